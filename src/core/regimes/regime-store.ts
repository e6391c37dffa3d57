/**
 * The store under a regime (issue 21): the core's store, with what the regime adds to it (StoreRegime: its methods
 * `notice` and `opt-out`, `regime` and `region` in every state and in the record, as `g` and `r`), over a cookie jar
 * that reads a record that is not consent under this regime (validUnder) as no decision: the banner shows again.
 * Under opt-in that is all: nothing is granted without a click. The regimes that grant without a click (uk, opt-out,
 * notice) add their defaults (regime-defaults.ts, fetched only for them). Bundled into regimes.js alone: it imports
 * nothing at run time.
 */
import type { ConsentStore, createStore } from '../consent/store.js';
import type { CookieJar } from '../consent/cookie-jar.js';
import type { CategoryId, ResolvedConfig, ServiceId } from '../types.js';
import { type Regime, validUnder } from './regime.js';

export type CreateStore = typeof createStore;

/** What a regime that grants without a click adds to its store (regime-defaults.ts). */
export interface StoreDefaults {
  /** Sees every stored record as read, and whether it is consent here; it may change the record's choices. */
  read(record: Record<string, any>, valid: boolean): void;
  /** What is granted while undecided. */
  granted(id: CategoryId | ServiceId): boolean;
}

export function regimeStore(create: CreateStore, config: ResolvedConfig, jar: CookieJar, regime: Regime, defaults?: StoreDefaults): ConsentStore {
  return create(
    config,
    {
      ...jar,
      read() {
        let record: any = {};
        try {
          record = JSON.parse(jar.read()!) ?? {};
        } catch {
          // No record, or not one: the core's reader says so.
        }
        const valid = validUnder(regime.id, record.m, record.g);
        defaults?.read(record, valid);
        if (valid) return JSON.stringify(record);
      },
    },
    { fields: { regime: regime.id, region: regime.region }, granted: defaults?.granted, methods: ['notice', 'opt-out'] },
  );
}
