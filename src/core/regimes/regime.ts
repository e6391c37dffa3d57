/** What a regime does to decisions (issue 21): pure rules, for the regime's store and its tests (in regimes.js). */
import type { ResolvedRegimes } from 'bandeau-catalog/config/check-regimes';
import type { ConsentMethod, RegimeId } from '../types.js';

/** The regime of this page view, with the checked `regimes` key. */
export interface Regime extends ResolvedRegimes {
  id: RegimeId;
  /** The visitor's region (`US-CA`, `FR`), or null when no source answered. */
  region: string | null;
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
