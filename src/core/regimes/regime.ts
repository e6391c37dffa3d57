/** What a regime does to decisions (issue 21): pure rules, shared by the regime's store, its UI and their tests. */
import type { CategoryId, ConsentMethod, RegimeId, ResolvedConfig } from '../types.js';

/** The regime of this page view. */
export interface Regime {
  id: RegimeId;
  /** The visitor's region (`US-CA`, `FR`), or null when no source answered. */
  region: string | null;
  /** Categories granted before any decision: `objectable` under `uk`, all but `sensitive` under `opt-out`/`notice`. */
  byDefault: CategoryId[];
  /** Categories refused by « Do Not Sell or Share… » and, under `opt-out` and `notice`, by Global Privacy Control. */
  saleShare: CategoryId[];
}

/** Regimes that grant categories before any click: their decisions are not consent under `opt-in` or `uk`. */
export const grantsByDefault = (id: RegimeId | undefined): boolean => id === 'opt-out' || id === 'notice';

/**
 * A stored decision is a decision under the regime of this page view unless it left categories granted without the
 * visitor's choice (`notice`, `opt-out`, or `gpc` made under `opt-out`/`notice`) and this regime asks for consent
 * (`opt-in`, `uk`). A record without a regime was made under opt-in.
 */
export const validUnder = (current: RegimeId, method: ConsentMethod, madeUnder: RegimeId | undefined): boolean =>
  grantsByDefault(current) || !(method === 'notice' || method === 'opt-out' || (method === 'gpc' && grantsByDefault(madeUnder)));

/** What the store and the UI ask of the regime on this page (computed once, in regimes.js). */
export interface RegimeRules {
  /** The regime grants by default (opt-out, notice). */
  optOut: boolean;
  /** The browser sends Global Privacy Control and the config honours it. */
  signal: boolean;
  /** Whether a category or service is sold or shared (`saleShare`): a service counts as its category. */
  saleShare(id: string): boolean;
}

export const rulesOf = (regime: Regime, config: ResolvedConfig): RegimeRules => ({
  optOut: grantsByDefault(regime.id),
  signal: config.gpc === 'honor' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
  saleShare: (id) => regime.saleShare.includes(config.services[id]?.category ?? id),
});
