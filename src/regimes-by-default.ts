/**
 * dist/regimes-by-default.js (issue 21), fetched by regimes.js only under the regimes that grant without a click
 * (uk, opt-out, notice), once the regime is known: what they add to the store (core/regimes/regime-defaults.ts),
 * their texts over the language's tables (ui/notice/regime-texts.ts) and, under opt-out and notice, their notice
 * (regimes-notice.js, fetched beside it). It imports nothing at run time (no shared chunk).
 */
import type { ConsentStore } from './core/consent/store.js';
import type { Load } from './core/lazy.js';
import type { Regime } from './core/regimes/regime.js';
import { rulesOf, storeDefaults } from './core/regimes/regime-defaults.js';
import type { StoreDefaults } from './core/regimes/regime-store.js';
import type { ResolvedConfig } from './core/types.js';
import type { UIBridge } from './core/ui-bridge.js';
import { regimeTexts } from './ui/notice/regime-texts.js';

/** The store under the regime (`store` makes it with these defaults), and the UI told of the regime. */
export function storeByDefault(
  regime: Regime,
  config: ResolvedConfig,
  store: (defaults: StoreDefaults) => ConsentStore,
  ui: UIBridge,
  load: Load,
  notice: typeof import('./ui/notice/regime-notice.js') | false | void,
): ConsentStore {
  const rules = rulesOf(regime, config);
  const defaults = storeDefaults(config, rules);
  const made = store(defaults);
  defaults.adapt(made);
  regimeTexts(regime, rules, ui, load);
  if (notice) notice.regimeNotice(made, regime, rules, ui);
  return made;
}
