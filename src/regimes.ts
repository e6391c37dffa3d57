/**
 * dist/regimes.js, fetched only when the config has `regimes` (issue 21): the regime of this page view
 * (core/regimes/resolve.ts) and its store (core/regimes/regime-store.ts). Once the regime is known, what only some
 * regimes need comes beside, in parallel: under uk, opt-out and notice their texts (regimes-texts.js, with
 * i18n/notice/<language>.js when the banner asks for its table), under opt-out and notice their notice
 * (regimes-notice.js). Everything else it imports is bundled into it: it fetches no shared chunk.
 */
import { regimeStore } from './core/regimes/regime-store.js';
import { rulesOf } from './core/regimes/regime.js';
import { findRegime, type ResolveRegime } from './core/regimes/resolve.js';

export const resolveRegime: ResolveRegime = async (config, given, load, create, ui) => {
  const regime = await findRegime(config, given, load);
  const rules = rulesOf(regime, config);
  // If they cannot load, the regime's store still applies (nothing more is granted for want of a text or a notice).
  const [texts, notice] = await Promise.all([
    regime.id === 'opt-in' ? undefined : load('regimes-texts').catch(() => undefined),
    rules.optOut ? load('regimes-notice').catch(() => undefined) : undefined,
  ]);
  return {
    store(config, jar) {
      const store = regimeStore(create, config, jar, regime, rules);
      texts?.regimeTexts(regime, rules, ui, load);
      notice?.regimeNotice(store, regime, rules, ui);
      return store;
    },
  };
};
