/**
 * The ESM entry for developers. `configure(config)` starts the same core as the drop-in with a config object,
 * sets `window.cookieConsent` and returns it. Call it once, before first render.
 */
import { startCookieConsent } from './core/start.js';
import type { ConsentConfig, CookieConsentApi } from './core/types.js';

export type * from './core/types.js';
export type { Texts } from './core/ui-contract.js';
export { CHANGE_EVENT, READY_EVENT } from './core/events.js';
export { LANGUAGES } from './core/language.js';

const languageTables = import.meta.glob(['./i18n/[a-z][a-z].ts', './i18n/dialog/[a-z][a-z].ts']);
const modules: Record<string, () => Promise<unknown>> = {
  'cookie-consent-ui': () => import('./ui/mount.js'),
  // The drop-in fetches these beside the UI to save round trips; a bundler already does that here.
  'lit-html': () => import('./ui/mount.js'),
  'preferences-dialog': () => import('./ui/preferences/preferences-dialog.js'),
  texts: () => import('./ui/texts.js'),
  'consent-placeholder': () => import('./ui/placeholder/placeholder.js'),
  'floating-button': () => import('./ui/floating-button/floating-button.js'),
  'config-report': () => import('./core/config/report-problems.js'),
  'consent-log': () => import('./core/integrations/consent-log.js'),
  revocation: () => import('./core/revocation.js'),
};

export function configure(config: ConsentConfig = {}): CookieConsentApi {
  return (window.cookieConsent = startCookieConsent({
    configReady: () => true,
    readConfig: () => config,
    load: (name) => (modules[name] ?? languageTables[`./${name}.ts`])(),
  }));
}
