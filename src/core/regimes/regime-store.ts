/**
 * The store under a regime (issue 21): the core's store, decorated. The core's own store and record stay exactly as
 * they are without `regimes`, so a page without the key pays nothing for them. The decorator
 * - writes the regime and region the decision was made under into the record (`g`, `r`);
 * - reads a record that is not consent under this regime (validUnder) as an expired one: the banner shows again,
 *   its refusals stand, and only what this regime grants without a click is granted;
 * - hands the core's record reader the methods it does not know (`notice`, `opt-out`) as `custom`, and reports them
 *   as they are (a core without `regimes` then never reads such a decision: fail closed);
 * - reports, while undecided, what the regime grants by default, and `regime` and `region` in every state;
 * - records GPC under `opt-out` and `notice` as a refusal of the `saleShare` categories only.
 * Bundled into regimes.js alone: it imports nothing at run time.
 */
import type { ConsentStore, Subscriber } from '../consent/store.js';
import type { CookieJar } from '../consent/cookie-jar.js';
import type { CategoryId, ConsentChange, ConsentMethod, ConsentState, ResolvedConfig, ServiceId } from '../types.js';
import { grantsByDefault, type Regime, validUnder } from './regime.js';

type Leaves = Record<string, boolean>;
export type CreateStore = (config: ResolvedConfig, jar: CookieJar) => ConsentStore;

const own: readonly unknown[] = ['notice', 'opt-out'];
const diff = (next: Leaves, before: Leaves): string[] => Object.keys(next).filter((id) => next[id] !== before[id]);
const valueOf = (state: ConsentState, id: string): boolean | undefined => state.categories[id] ?? state.services[id];

export function regimeStore(createStore: CreateStore, config: ResolvedConfig, jar: CookieJar, regime: Regime): ConsentStore {
  const categoryOf = (id: CategoryId | ServiceId): CategoryId => config.services[id]?.category ?? id;
  /** Leaves (services, categories without services) the stored record refused, standing under this regime. */
  let refused = new Set<string>();
  /** The stored record was not consent here (read as expired). */
  let stale = false;
  /** A stored decision whose method the core's reader does not know: its time and method. */
  let stored: { at: string; m: ConsentMethod } | undefined;

  const read = (): string | undefined => {
    const raw = jar.read();
    refused = new Set();
    stale = false;
    stored = undefined;
    let record: any;
    try {
      record = JSON.parse(raw!);
    } catch {
      return raw;
    }
    if (!record || typeof record.c !== 'object' || !record.c) return raw;
    if (!validUnder(regime.id, record.m, record.g)) {
      stale = true;
      // Each leaf as the core's store reads it: a service from `s`, or from its category in an older record.
      for (const { id, services } of config.categories) {
        for (const leaf of services.length ? services : [id]) if ((record.s && leaf !== id ? record.s[leaf] : record.c[id]) === false) refused.add(leaf);
      }
      return JSON.stringify({ ...record, m: 'custom', at: new Date(0).toISOString() });
    }
    if (own.includes(record.m)) {
      stored = { at: record.at, m: record.m };
      return JSON.stringify({ ...record, m: 'custom' });
    }
    return raw;
  };
  const inner = createStore(config, {
    read,
    write: (value) => jar.write(JSON.stringify({ ...JSON.parse(value), g: regime.id, r: regime.region })),
    remove: jar.remove,
  });

  // With Global Privacy Control on, what its refusal will refuse is not granted even before it is recorded (nothing
  // runs and is then revoked): under opt-in and uk every optional category, under opt-out and notice the sale/share ones.
  const signal = config.gpc === 'honor' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const byDefault = (id: string): boolean =>
    regime.byDefault.includes(categoryOf(id)) && !refused.has(id) && !(signal && (!grantsByDefault(regime.id) || saleShare(id)));
  const saleShare = (id: string): boolean => regime.saleShare.includes(categoryOf(id));
  /** The inner state (or change) as this regime reports it. */
  const view = (given: ConsentState): ConsentState => {
    const { decided, consentId, decidedAt, revision } = given;
    const method = decided && stored?.at === decidedAt && given.method === 'custom' ? stored.m : given.method;
    // With GPC on, an earlier « OK » keeps nothing that the signal refuses (it is recorded as `gpc` once ready).
    const overruled = signal && method === 'notice' && grantsByDefault(regime.id);
    return {
      decided,
      ...(!decided ? inner.choices(byDefault) : overruled ? inner.choices((id) => !saleShare(id) && valueOf(given, id) === true) : { categories: given.categories, services: given.services }),
      consentId,
      decidedAt,
      revision,
      method,
      regime: regime.id,
      region: regime.region,
      // Set by the variants' store, which decorates this one (src/core/variants/).
      variant: null,
    };
  };

  const subscribers = new Map<Subscriber, string>();
  let state = view(inner.state);
  // The decorated state changes when the inner one does; the change is recomputed against what was reported.
  inner.subscribe((change, remote) => {
    const next = view(change);
    const changed = [...diff(next.categories, state.categories), ...diff(next.services, state.services)];
    state = next;
    const reported: ConsentChange = { ...next, changed, granted: changed.filter((id) => valueOf(next, id)), revoked: changed.filter((id) => !valueOf(next, id)) };
    for (const [subscriber, name] of subscribers) {
      try {
        subscriber(reported, remote);
      } catch (error) {
        console.error(`[cookie-consent] ${name} threw (the others still run):`, error);
      }
    }
  }, 'the regime');

  return {
    config,
    get state() {
      return state;
    },
    // While undecided, the dialog starts from what is granted now; after a revision bump, from the older choices.
    get previous() {
      return state.decided ? null : !stale && inner.previous ? inner.previous : state;
    },
    choices: inner.choices,
    decide(method, granted) {
      // GPC under opt-out and notice: a request to opt out of sale and sharing; every other choice stays.
      if (method === 'gpc' && grantsByDefault(regime.id)) granted = (id) => !saleShare(id) && valueOf(state, id) === true;
      stored = undefined;
      inner.decide(method, granted);
    },
    sync: inner.sync,
    reset() {
      refused = new Set();
      stale = false;
      inner.reset();
    },
    subscribe(subscriber, name = 'a subscriber') {
      subscribers.set(subscriber, name);
      return () => void subscribers.delete(subscriber);
    },
  };
}
