/**
 * The store under a regime (issue 21): the core's store, over a cookie jar that
 * - writes the regime and region the decision was made under into the record (`g`, `r`);
 * - reads a record that is not consent under this regime (validUnder) as no decision: the banner shows again, its
 *   refusals stand, and only what this regime grants without a click is granted;
 * - under opt-out and notice with Global Privacy Control on, reads an earlier « OK » without what the signal refuses
 *   (nothing runs and is then revoked; the refusal is recorded as `gpc` once the page is ready);
 * and with what the regime adds to the core's store (StoreRegime): its methods (`notice`, `opt-out`), `regime` and
 * `region` in every state, what it grants while undecided. GPC under opt-out and notice refuses the sale/share
 * categories only. Bundled into regimes.js alone: it imports nothing at run time.
 */
import type { ConsentStore, createStore } from '../consent/store.js';
import type { CookieJar } from '../consent/cookie-jar.js';
import type { ResolvedConfig } from '../types.js';
import { type Regime, type RegimeRules, validUnder } from './regime.js';

export type CreateStore = typeof createStore;

export function regimeStore(create: CreateStore, config: ResolvedConfig, jar: CookieJar, regime: Regime, { optOut, signal, saleShare }: RegimeRules): ConsentStore {
  const categoryOf = (id: string): string => config.services[id]?.category ?? id;
  /** The choices of a stored decision that is not consent under this regime: its refusals stand. */
  let stale: Record<string, boolean> = {};
  const store = create(
    config,
    {
      read() {
        const raw = jar.read();
        stale = {};
        try {
          const record = JSON.parse(raw!);
          if (!validUnder(regime.id, record.m, record.g)) {
            stale = { ...record.c, ...record.s };
            return;
          }
          if (signal && optOut && record.m === 'notice') {
            for (const choices of [record.c, record.s ?? {}]) for (const id in choices) choices[id] &&= !saleShare(id);
            return JSON.stringify(record);
          }
        } catch {
          // Not a record: the core's reader says so.
        }
        return raw;
      },
      write: (value) => jar.write(JSON.stringify({ ...JSON.parse(value), g: regime.id, r: regime.region })),
      remove() {
        stale = {};
        jar.remove();
      },
    },
    {
      fields: { regime: regime.id, region: regime.region },
      // A service's standing refusal is its own, or its category's in a record made before services. With the signal
      // on, what its refusal will refuse is not granted even before it is recorded: under opt-in and uk every optional
      // category, under opt-out and notice the sale/share ones.
      granted: (id) => regime.byDefault.includes(categoryOf(id)) && (stale[id] ?? stale[categoryOf(id)]) !== false && !(signal && (!optOut || saleShare(id))),
      methods: ['notice', 'opt-out'],
    },
  );
  if (optOut) {
    // GPC under opt-out and notice: a request to opt out of sale and sharing; every other choice stays.
    const decide = store.decide;
    store.decide = (method, granted) =>
      decide(method, method === 'gpc' ? (id) => !saleShare(id) && (store.state.categories[id] ?? store.state.services[id]) === true : granted);
  }
  return store;
}
