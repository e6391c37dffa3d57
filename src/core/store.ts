import type { CookieJar } from './cookie-jar.js';
import { decodeRecord, encodeRecord, isCurrentRecord, RECORD_FORMAT } from './record.js';
import type { CategoryId, ConsentChange, ConsentMethod, ConsentState, ResolvedConfig } from './types.js';

type Listener = (change: ConsentChange) => void;

const newConsentId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** A copy that callers may keep or change without touching the store. */
export const snapshot = (state: ConsentState): ConsentState => ({ ...state, categories: { ...state.categories } });

/**
 * The one source of truth: reads the stored record, records decisions, notifies listeners.
 * A record that is unreadable, outdated or expired is not a decision: every optional category is refused.
 */
export class ConsentStore {
  state: ConsentState;
  /** Choices of an outdated record (older revision), to pre-fill the dialog. */
  previous: Record<CategoryId, boolean> | null = null;
  #consentId: string | null = null;
  #listeners = new Set<Listener>();

  constructor(
    readonly config: ResolvedConfig,
    private jar: CookieJar,
  ) {
    this.state = this.read();
  }

  /** Reads the cookie (start-up, or another tab's decision). */
  read(): ConsentState {
    const { revision, cookie } = this.config;
    const record = decodeRecord(this.jar.read());
    this.#consentId = record?.id ?? null;
    if (record && isCurrentRecord(record, revision, cookie.lifetimeDays, Date.now())) {
      const { c, id, at, rev, m } = record;
      return { decided: true, categories: this.categories((id) => c[id] === true), consentId: id, decidedAt: at, revision: rev, method: m };
    }
    this.previous = record && { ...record.c };
    return this.#undecided();
  }

  #undecided(): ConsentState {
    return { decided: false, categories: this.categories(() => false), consentId: null, decidedAt: null, revision: this.config.revision, method: null };
  }

  /** Required categories are always true; the others take `granted(id)`. */
  categories(granted: (id: CategoryId) => boolean): Record<CategoryId, boolean> {
    const result: Record<CategoryId, boolean> = {};
    for (const { id, required } of this.config.categories) result[id] = required || granted(id);
    return result;
  }

  decide(method: ConsentMethod, granted: (id: CategoryId) => boolean): void {
    const categories = this.categories(granted);
    const record = { v: RECORD_FORMAT, rev: this.config.revision, id: (this.#consentId ??= newConsentId()), at: new Date().toISOString(), m: method, c: {} as Record<CategoryId, boolean> };
    for (const { id, required } of this.config.categories) if (!required) record.c[id] = categories[id];
    this.previous = null;
    this.jar.write(encodeRecord(record));
    this.set({ decided: true, categories, consentId: record.id, decidedAt: record.at, revision: record.rev, method });
  }

  /** Re-reads the cookie and applies what another tab decided, if anything differs. */
  sync(): void {
    const next = this.read();
    const now = this.state;
    if (next.decided !== now.decided || next.decidedAt !== now.decidedAt || next.consentId !== now.consentId) this.set(next);
  }

  /** Forgets the decision; the next one gets a new consent id. */
  reset(): void {
    this.previous = this.#consentId = null;
    this.jar.remove();
    this.set(this.#undecided());
  }

  /** Replaces the state and tells listeners what changed. */
  set(next: ConsentState): void {
    const before = this.state.categories;
    const changed = Object.keys(next.categories).filter((id) => next.categories[id] !== before[id]);
    this.state = next;
    const change: ConsentChange = {
      ...snapshot(next),
      changed,
      granted: changed.filter((id) => next.categories[id]),
      revoked: changed.filter((id) => !next.categories[id]),
    };
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        // A faulty listener must not stop the others; the error still reaches the console.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
