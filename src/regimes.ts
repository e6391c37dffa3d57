/**
 * dist/regimes.js, fetched only when the config has `regimes` (issue 21): the regime of this page view
 * (core/regimes/resolve.ts) and its store (core/regimes/regime-store.ts). Once the regime is known, what only some
 * regimes need comes beside, in parallel: under uk, opt-out and notice, what they grant without a click and their
 * texts (regimes-by-default.js, with i18n/notice/<language>.js when the banner asks for its table); under opt-out and
 * notice their notice (regimes-notice.js). Everything else it imports is bundled into it: it fetches no shared chunk.
 */
import { grantsByDefault } from './core/regimes/regime.js';
import { regimeStore, type StoreDefaults } from './core/regimes/regime-store.js';
import { findRegime, type ResolveRegime } from './core/regimes/resolve.js';

export const resolveRegime: ResolveRegime = async (config, given, load, create, ui) => {
  const regime = await findRegime(config, given, load);
  // If they cannot load, nothing is granted without a click (fail closed), and the notice or its texts are missing.
  const [more, notice] = await Promise.all([
    regime.id !== 'opt-in' && load('regimes-by-default').catch(() => {}),
    grantsByDefault(regime.id) && load('regimes-notice').catch(() => {}),
  ]);
  return (config, jar) => {
    const store = (defaults?: StoreDefaults) => regimeStore(create, config, jar, regime, defaults);
    return more ? more.storeByDefault(regime, config, store, ui, load, notice) : store();
  };
};
