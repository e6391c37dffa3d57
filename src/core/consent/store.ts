import { isolated } from '../util/log.js';
import type { CookieJar } from './cookie-jar.js';
import { decodeRecord, encodeRecord, isCurrentRecord, RECORD_FORMAT } from './record.js';
import type { CategoryId, ConsentChange, ConsentMethod, ConsentState, ResolvedConfig } from '../types.js';

/** Follows every recorded change; `remote` is true when it was read from the cookie (another tab decided). */
export type Subscriber = (change: ConsentChange, remote: boolean) => void;

/**
 * The one owner of the consent state. Recording a new state is its only write; everything that follows a decision
 * (events, callbacks, other tabs, the consent log, Consent Mode, revocation, gating, the UI) subscribes.
 */
export interface ConsentStore {
  readonly config: ResolvedConfig;
  readonly state: ConsentState;
  /** Choices of an outdated record (older revision), to pre-fill the dialog. */
  readonly previous: Record<CategoryId, boolean> | null;
  /** Required categories are always true; the others take `granted(id)`. */
  categories(granted: (id: CategoryId) => boolean): Record<CategoryId, boolean>;
  decide(method: ConsentMethod, granted: (id: CategoryId) => boolean): void;
  /** Re-reads the cookie and applies what another tab decided, if anything differs. */
  sync(): void;
  /** Forgets the decision; the next one gets a new consent id. */
  reset(): void;
  /** Adds a subscriber, isolated from the others: one that throws is reported under `name`. */
  subscribe(subscriber: Subscriber, name?: string): () => void;
}

const newConsentId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** A copy that callers may keep or change without touching the store. */
export const snapshot = <T extends ConsentState>(state: T): T => ({ ...state, categories: { ...state.categories } });

/**
 * Creates the store over a cookie jar. A record that is unreadable, outdated or expired is not a decision:
 * every optional category is refused.
 */
export function createStore(config: ResolvedConfig, jar: CookieJar): ConsentStore {
  const subscribers = new Map<Subscriber, string>();
  let consentId: string | null = null;
  let state: ConsentState;
  let previous: Record<CategoryId, boolean> | null = null;

  const categories = (granted: (id: CategoryId) => boolean): Record<CategoryId, boolean> => {
    const result: Record<CategoryId, boolean> = {};
    for (const { id, required } of config.categories) result[id] = required || granted(id);
    return result;
  };
  const undecided = (): ConsentState => ({ decided: false, categories: categories(() => false), consentId: null, decidedAt: null, revision: config.revision, method: null });

  const read = (): ConsentState => {
    const record = decodeRecord(jar.read());
    consentId = record?.id ?? null;
    if (record && isCurrentRecord(record, config.revision, config.cookie.lifetimeDays, Date.now())) {
      return { decided: true, categories: categories((id) => record.c[id] === true), consentId: record.id, decidedAt: record.at, revision: record.rev, method: record.m };
    }
    previous = record && record.c;
    return undecided();
  };

  /** The only write: replaces the state, then tells every subscriber what changed. */
  const record = (next: ConsentState, remote = false): void => {
    const before = state.categories;
    const changed = Object.keys(next.categories).filter((id) => next.categories[id] !== before[id]);
    state = next;
    const change: ConsentChange = {
      ...snapshot(next),
      changed,
      granted: changed.filter((id) => next.categories[id]),
      revoked: changed.filter((id) => !next.categories[id]),
    };
    for (const [subscriber, name] of subscribers) isolated(name, () => subscriber(change, remote));
  };

  state = read();
  return {
    config,
    get state() {
      return state;
    },
    get previous() {
      return previous;
    },
    categories,
    decide(method, granted) {
      const chosen = categories(granted);
      const c: Record<CategoryId, boolean> = {};
      for (const { id, required } of config.categories) if (!required) c[id] = chosen[id];
      const at = new Date().toISOString();
      const id = (consentId ??= newConsentId());
      previous = null;
      jar.write(encodeRecord({ v: RECORD_FORMAT, rev: config.revision, id, at, m: method, c }));
      record({ decided: true, categories: chosen, consentId: id, decidedAt: at, revision: config.revision, method });
    },
    sync() {
      const next = read();
      if (next.decided !== state.decided || next.decidedAt !== state.decidedAt || next.consentId !== state.consentId) record(next, true);
    },
    reset() {
      previous = consentId = null;
      jar.remove();
      record(undecided());
    },
    subscribe(subscriber, name = 'a subscriber') {
      subscribers.set(subscriber, name);
      return () => void subscribers.delete(subscriber);
    },
  };
}
