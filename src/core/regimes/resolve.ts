/**
 * The regime of this page view (issue 21), in regimes.js (src/regimes.ts): the `regimes` key checked, the visitor's
 * region from the sources, the regime from the map. Until it has answered, the core starts nothing (fail closed).
 */
import { checkRegimes } from 'bandeau-catalog/config/check-regimes';
import type { Load } from '../lazy.js';
import type { RegimesConfig, ResolvedConfig } from '../types.js';
import type { UIBridge } from '../ui-bridge.js';
import type { Regime } from './regime.js';
import type { CreateStore } from './regime-store.js';
import { regimeOf } from './regions.js';
import { findRegion } from './sources.js';

/**
 * regimes.js's entry, as the core calls it: once the regime is known, the store maker under it (called as the core's
 * createStore would be), which also gives the UI the regime.
 */
export type ResolveRegime = (config: ResolvedConfig, given: RegimesConfig, load: Load, create: CreateStore, ui: UIBridge) => Promise<CreateStore>;

/** The visitor's region through the map, or `unknown` when no source answered. */
export async function findRegime(config: ResolvedConfig, given: RegimesConfig, load: Load): Promise<Regime> {
  const { regimes, problems } = checkRegimes(given, config.categories);
  const region = await findRegion(regimes, load, problems);
  // Told before the regime applies (and `ready`), as the core's own config messages are.
  if (problems[0]) await load('config-report').then((m) => m.reportRegimes(problems), () => {});
  return { ...regimes, id: region ? regimeOf(region, regimes.regions) : regimes.unknown, region };
}
