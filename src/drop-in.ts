/**
 * The script-tag entry, built as a classic script (dist/cookie-consent.js). It runs the framework-free core at once,
 * so `window.cookieConsent` exists for the next inline script, and fetches the Lit UI (and one language table)
 * from beside itself only when something must be shown.
 */
import { startCookieConsent } from './core/start.js';
import type { PlaceholderModule, Texts, UIModule } from './core/ui-contract.js';

const CONFIG_ID = 'cookie-consent-config';
const script = document.currentScript as HTMLScriptElement | null;
// Resolved against the drop-in's own URL, so dist/ can be copied anywhere.
const base = new URL('.', script?.src || location.href).href;
const load = <T>(file: string): Promise<T> => import(/* @vite-ignore */ base + file);

window.cookieConsent = startCookieConsent({
  configReady: () => !!document.getElementById(CONFIG_ID),
  readConfig: () => document.getElementById(CONFIG_ID)?.textContent ?? undefined,
  loadUI: () => load<UIModule>('cookie-consent-ui.js'),
  loadPlaceholder: () => load<PlaceholderModule>('consent-placeholder.js'),
  loadTexts: (language) => load<{ default: Texts }>(`i18n/${language}.js`).then((module) => module.default),
});
