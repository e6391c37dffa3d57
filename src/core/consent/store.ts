import { isolated } from '../util/log.js';
import type { CookieJar } from './cookie-jar.js';
import { decodeRecord, encodeRecord, isCurrentRecord, RECORD_FORMAT } from './record.js';
import type { CategoryId, ConsentChange, ConsentMethod, ConsentState, ResolvedConfig, ServiceId } from '../types.js';

/** Follows every recorded change; `remote` is true when it was read from the cookie (another tab decided). */
export type Subscriber = (change: ConsentChange, remote: boolean) => void;

/** Makes a store over a cookie jar: createStore, or a decorated one (regimes, variants). */
export type CreateStore = (config: ResolvedConfig, jar: CookieJar) => ConsentStore;

/** Category and service choices, as the state reports them. */
export type Choices = Pick<ConsentState, 'categories' | 'services'>;

/**
 * The one owner of the consent state. Recording a new state is its only write; everything that follows a decision
 * (events, callbacks, other tabs, the consent log, Consent Mode, revocation, gating, the UI) subscribes.
 */
export interface ConsentStore {
  readonly config: ResolvedConfig;
  readonly state: ConsentState;
  /** Choices of an outdated record (older revision), to pre-fill the dialog. */
  readonly previous: Choices | null;
  /**
   * Every category and service: required ones true; a service, and a category without services, takes `granted(id)`;
   * a category with services is granted when all of them are.
   */
  choices(granted: (id: CategoryId | ServiceId) => boolean): Choices;
  decide(method: ConsentMethod, granted: (id: CategoryId | ServiceId) => boolean): void;
  /** Re-reads the cookie and applies what another tab decided, if anything differs. */
  sync(): void;
  /** Forgets the decision; the next one gets a new consent id. */
  reset(): void;
  /** Adds a subscriber, isolated from the others: one that throws is reported under `name`. */
  subscribe(subscriber: Subscriber, name?: string): () => void;
}

const newConsentId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** An id's value in a state: category and service ids are unique across both, so one lookup serves either. */
export const choiceOf = ({ categories, services }: Choices, id: CategoryId | ServiceId): boolean | undefined => categories[id] ?? services[id];

/** A copy that callers may keep or change without touching the store. */
export const snapshot = <T extends ConsentState>(state: T): T => ({ ...state, categories: { ...state.categories }, services: { ...state.services } });

/** The ids whose value differs between two maps of choices. */
const differ = (next: Record<string, boolean>, before: Record<string, boolean>): string[] =>
  Object.keys(next).filter((id) => next[id] !== before[id]);

/** The non-required entries of a map of choices, as the record keeps them. */
const optional = (values: Record<string, boolean>, required: (id: string) => boolean): Record<string, boolean> =>
  Object.fromEntries(Object.entries(values).filter(([id]) => !required(id)));

/** What a regime changes in the store (issue 21; regimes.js gives it, a page without `regimes` passes nothing). */
export interface StoreRegime {
  /** Added to every state, and to the stored record (`g`, `r`). */
  fields: Pick<ConsentState, 'regime' | 'region'>;
  /** What is granted while undecided (nothing when absent). */
  granted?(id: CategoryId | ServiceId): boolean;
  /** The methods a stored record may have beside the core's own. */
  methods: readonly ConsentMethod[];
}

/**
 * Creates the store over a cookie jar. A record that is unreadable, outdated or expired is not a decision:
 * every optional category is refused.
 */
export function createStore(config: ResolvedConfig, jar: CookieJar, regime?: StoreRegime): ConsentStore {
  const subscribers = new Map<Subscriber, string>();
  const requiredIds = new Set(config.categories.filter((c) => c.required).flatMap((c) => [c.id, ...c.services]));
  const isRequired = (id: string): boolean => requiredIds.has(id);
  let consentId: string | null = null;
  let state: ConsentState;
  let previous: Choices | null = null;

  const choices = (granted: (id: string) => boolean): Choices => {
    const categories: Record<CategoryId, boolean> = {};
    const services: Record<ServiceId, boolean> = {};
    for (const { id, required, services: ids } of config.categories) {
      for (const service of ids) services[service] = required || granted(service);
      categories[id] = required || (ids.length ? ids.every((service) => services[service]) : granted(id));
    }
    return { categories, services };
  };
  const undecided = (): ConsentState => ({ decided: false, ...choices(regime?.granted ?? (() => false)), consentId: null, decidedAt: null, revision: config.revision, method: null, variant: null, ...regime?.fields });

  const read = (): ConsentState => {
    const record = decodeRecord(jar.read(), regime?.methods);
    consentId = record?.id ?? null;
    // A record made before services existed: each service takes its category's value. One that holds service
    // choices refuses a service it does not know (added since), as it does a new category.
    const stored = record && choices((id) => (Object.hasOwn(config.services, id) ? (record.s ? record.s[id] : record.c[config.services[id].category]) : record.c[id]) === true);
    if (record && isCurrentRecord(record, config.revision, config.cookie.lifetimeDays, Date.now())) {
      return { decided: true, ...stored!, consentId: record.id, decidedAt: record.at, revision: record.rev, method: record.m, variant: null, ...regime?.fields };
    }
    previous = stored;
    return undecided();
  };

  /** The only write: replaces the state, then tells every subscriber what changed. */
  const record = (next: ConsentState, remote = false): void => {
    const changed = [...differ(next.categories, state.categories), ...differ(next.services, state.services)];
    state = next;
    const change: ConsentChange = {
      ...snapshot(next),
      changed,
      granted: changed.filter((id) => choiceOf(next, id)),
      revoked: changed.filter((id) => !choiceOf(next, id)),
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
    choices,
    decide(method, granted) {
      const chosen = choices(granted);
      const at = new Date().toISOString();
      const id = (consentId ??= newConsentId());
      const services = optional(chosen.services, isRequired);
      previous = null;
      jar.write(encodeRecord({ v: RECORD_FORMAT, rev: config.revision, id, at, m: method, c: optional(chosen.categories, isRequired), ...(Object.keys(services).length && { s: services }), g: regime?.fields.regime, r: regime?.fields.region }));
      record({ decided: true, ...chosen, consentId: id, decidedAt: at, revision: config.revision, method, variant: null, ...regime?.fields });
    },
    sync() {
      const next = read();
      // Two tabs share the consent id and may decide in the same millisecond: the whole state is compared, choices too.
      if (JSON.stringify(next) !== JSON.stringify(state)) record(next, true);
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
