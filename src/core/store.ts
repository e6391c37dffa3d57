import type { CookieJar } from './cookie-jar.js';
import { decodeRecord, encodeRecord, isCurrentRecord, RECORD_FORMAT } from './record.js';
import type { CategoryId, ConsentChange, ConsentMethod, ConsentState, ResolvedConfig } from './types.js';

type Listener = (change: ConsentChange) => void;

/** The one source of truth: reads the stored record, records decisions, notifies listeners. */
export interface ConsentStore {
  readonly config: ResolvedConfig;
  state: ConsentState;
  /** Choices of an outdated record (older revision), to pre-fill the dialog. */
  previous: Record<CategoryId, boolean> | null;
  /** Required categories are always true; the others take `granted(id)`. */
  categories(granted: (id: CategoryId) => boolean): Record<CategoryId, boolean>;
  decide(method: ConsentMethod, granted: (id: CategoryId) => boolean): void;
  /** Re-reads the cookie and applies what another tab decided, if anything differs. */
  sync(): void;
  /** Forgets the decision; the next one gets a new consent id. */
  reset(): void;
  subscribe(listener: Listener): () => void;
}

const newConsentId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** A copy that callers may keep or change without touching the store. */
export const snapshot = (state: ConsentState): ConsentState => ({ ...state, categories: { ...state.categories } });

/**
 * Creates the store over a cookie jar. A record that is unreadable, outdated or expired is not a decision:
 * every optional category is refused.
 */
export function createStore(config: ResolvedConfig, jar: CookieJar): ConsentStore {
  const listeners = new Set<Listener>();
  let consentId: string | null = null;

  const state = (decided: boolean, categories: Record<CategoryId, boolean>, id: string | null = null, at: string | null = null, revision = config.revision, method: ConsentMethod | null = null): ConsentState =>
    ({ decided, categories, consentId: id, decidedAt: at, revision, method });

  const read = (): ConsentState => {
    const record = decodeRecord(jar.read());
    consentId = record?.id ?? null;
    if (record && isCurrentRecord(record, config.revision, config.cookie.lifetimeDays, Date.now())) {
      return state(true, store.categories((id) => record.c[id] === true), record.id, record.at, record.rev, record.m);
    }
    store.previous = record && record.c;
    return state(false, store.categories(() => false));
  };

  /** Replaces the state and tells listeners what changed. */
  const set = (next: ConsentState): void => {
    const before = store.state.categories;
    const changed = Object.keys(next.categories).filter((id) => next.categories[id] !== before[id]);
    store.state = next;
    const change: ConsentChange = {
      ...snapshot(next),
      changed,
      granted: changed.filter((id) => next.categories[id]),
      revoked: changed.filter((id) => !next.categories[id]),
    };
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (error) {
        // A faulty listener must not stop the others; the error still reaches the console.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const store: ConsentStore = {
    config,
    state: undefined!,
    previous: null,
    categories(granted) {
      const result: Record<CategoryId, boolean> = {};
      for (const { id, required } of config.categories) result[id] = required || granted(id);
      return result;
    },
    decide(method, granted) {
      const categories = store.categories(granted);
      const c: Record<CategoryId, boolean> = {};
      for (const { id, required } of config.categories) if (!required) c[id] = categories[id];
      const record = { v: RECORD_FORMAT, rev: config.revision, id: (consentId ??= newConsentId()), at: new Date().toISOString(), m: method, c };
      store.previous = null;
      jar.write(encodeRecord(record));
      set(state(true, categories, record.id, record.at, record.rev, method));
    },
    sync() {
      const next = read();
      const now = store.state;
      if (next.decided !== now.decided || next.decidedAt !== now.decidedAt || next.consentId !== now.consentId) set(next);
    },
    reset() {
      store.previous = consentId = null;
      jar.remove();
      set(state(false, store.categories(() => false)));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  store.state = read();
  return store;
}
