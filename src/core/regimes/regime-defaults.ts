/**
 * What the regimes that grant without a click (uk, opt-out, notice) add to their store (issue 21), in
 * regimes-by-default.js, fetched only for them:
 * - while undecided, what the regime grants (`objectable` under uk, all but `sensitive` under opt-out and notice),
 *   except the refusals of a stored decision that is not consent here (they stand);
 * - with Global Privacy Control on, what its refusal will refuse is not granted even before it is recorded: under uk
 *   every optional category, under opt-out and notice the sale/share ones; there GPC refuses those only, and it wins
 *   over an earlier « OK » (read without what it refuses: nothing runs and is then revoked; recorded as `gpc` once
 *   the page is ready, by regime-notice.ts, which also makes that record refuse those alone).
 */
import type { CategoryId, ResolvedConfig } from '../types.js';
import type { Regime } from './regime.js';
import type { ConsentStore } from '../consent/store.js';
import type { StoreDefaults } from './regime-store.js';

/** What the store and the UI ask of a regime that grants without a click, on this page. */
export interface RegimeRules {
  /** What is granted before any decision: `objectable` under uk, all but `sensitive` under opt-out and notice. */
  byDefault: CategoryId[];
  /** opt-out or notice (not uk). */
  optOut: boolean;
  /** The browser sends Global Privacy Control and the config honours it. */
  signal: boolean;
  /** Whether a category or service is sold or shared (`saleShare`): a service counts as its category. */
  saleShare(id: string): boolean;
}

export const rulesOf = (regime: Regime, config: ResolvedConfig): RegimeRules => ({
  byDefault: regime.id === 'uk' ? regime.objectable : config.categories.filter((c) => !c.required && !regime.sensitive.includes(c.id)).map((c) => c.id),
  optOut: regime.id !== 'uk',
  signal: config.gpc === 'honor' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
  saleShare: (id) => regime.saleShare.includes(config.services[id]?.category ?? id),
});

/** The store's defaults, and `adapt`, which the store gets once made. */
export function storeDefaults(config: ResolvedConfig, { byDefault, optOut, signal, saleShare }: RegimeRules): StoreDefaults & { adapt(store: ConsentStore): void } {
  const categoryOf = (id: string): string => config.services[id]?.category ?? id;
  /** The choices of a stored decision that is not consent under this regime: its refusals stand (until a reset). */
  let stale: Record<string, boolean> = {};
  return {
    read(record, valid) {
      stale = valid ? {} : { ...record.c, ...record.s };
      if (valid && signal && optOut && record.m === 'notice') for (const choices of [record.c, record.s]) for (const id in choices) choices[id] &&= !saleShare(id);
    },
    // A service's standing refusal is its own, or its category's in a record made before services.
    granted: (id) => byDefault.includes(categoryOf(id)) && (stale[id] ?? stale[categoryOf(id)]) !== false && !(signal && (!optOut || saleShare(id))),
    adapt(store) {
      const { reset } = store;
      store.reset = () => {
        stale = {};
        reset();
      };
    },
  };
}
