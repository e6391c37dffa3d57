/**
 * The script-tag entry, built as a classic script (dist/cookie-consent.js). It runs the framework-free core at once,
 * so `window.cookieConsent` exists for the next inline script, and fetches the Lit UI (and one language table)
 * from beside itself only when something must be shown.
 */
import { startCookieConsent } from './core/start.js';
import { logError } from './core/util/log.js';

const CONFIG_ID = 'cookie-consent-config';
const script = document.currentScript as HTMLScriptElement | null;
// Resolved against the drop-in's own URL, so dist/ can be copied anywhere.
const base = new URL('.', script?.src || location.href).href;

// Loaded twice, or another script owns the name: stop here, so nothing is granted by mistake (fail closed).
if (window.cookieConsent) {
  logError('window.cookieConsent is already defined (script included twice?); this copy does not start.');
} else {
  startCookieConsent({
    publish: (api) => (window.cookieConsent = api),
    configReady: () => !!document.getElementById(CONFIG_ID),
    readConfig: () => document.getElementById(CONFIG_ID)?.textContent ?? undefined,
    load: (name) => import(/* @vite-ignore */ `${base}${name}.js`),
  });
}
