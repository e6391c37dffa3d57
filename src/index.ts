/**
 * The ESM entry for developers. `configure(config)` starts the same core as the drop-in with a config object,
 * sets `window.cookieConsent` and returns it. Call it once, before first render.
 */
import { startCookieConsent } from './core/start.js';
import type { ConsentConfig, CookieConsentApi } from './core/types.js';
import type { Texts } from './core/ui-contract.js';

export type * from './core/types.js';
export type { Texts } from './core/ui-contract.js';
export { CHANGE_EVENT, READY_EVENT } from './core/events.js';
export { LANGUAGES } from './core/language.js';

const languageTables = import.meta.glob<{ default: Texts }>('./i18n/[a-z][a-z].ts');

export function configure(config: ConsentConfig = {}): CookieConsentApi {
  return (window.cookieConsent = startCookieConsent({
    configReady: () => true,
    readConfig: () => config,
    loadUI: () => import('./ui/mount.js'),
    loadPlaceholder: () => import('./ui/placeholder/placeholder.js'),
    loadTexts: (language) => languageTables[`./i18n/${language}.ts`]().then((module) => module.default),
  }));
}
