/**
 * dist/regimes.js, fetched only when the config has `regimes` (issue 21): the regime of this page view
 * (core/regimes/resolve.ts) and its store (core/regimes/regime-store.ts). Under the regimes other than opt-in, what the
 * UI does under them comes beside: regimes-ui.js (ui/notice/regime-ui.ts: their texts, the do-not-sell links, the
 * notice the banner shows in its place), fetched once the regime is known. Everything else it imports is bundled into
 * it: it fetches no shared chunk.
 */
import { regimeStore } from './core/regimes/regime-store.js';
import { rulesOf } from './core/regimes/regime.js';
import { findRegime, type ResolveRegime } from './core/regimes/resolve.js';

export const resolveRegime: ResolveRegime = async (config, given, load, create, ui) => {
  const regime = await findRegime(config, given, load);
  // If it cannot load, the regime's store still applies (fail closed: nothing more is granted for want of a notice).
  const regimeUI = regime.id === 'opt-in' ? undefined : await load('regimes-ui').catch(() => undefined);
  return {
    store(config, jar) {
      const rules = rulesOf(regime, config);
      const store = regimeStore(create, config, jar, regime, rules);
      regimeUI?.attachRegimeUI(store, regime, rules, ui, load);
      return store;
    },
  };
};
