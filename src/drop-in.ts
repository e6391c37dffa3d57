/**
 * The script-tag entry, built as a classic script (dist/cookie-consent.js). It runs the framework-free core at once,
 * so `window.cookieConsent` exists for the next inline script. It carries the first layer (the banner, the texts
 * module with the gates' placeholder, and the French and English tables), built only when a banner or a placeholder
 * must show: a first visit sees the banner without a second round trip. The rest (the dialog, other languages, the
 * floating button, the declaration) is fetched from beside it when needed.
 */
import type { Bundled } from './core/lazy.js';
import { startCookieConsent } from './core/start.js';
import { logError } from './core/util/log.js';
import en from './i18n/en.js';
import fr from './i18n/fr.js';
import { categoryTitle, renderPlaceholder } from './ui/common.js';
import { mount } from './ui/mount.js';

// French first, and English, the default fallback language; any other language's table is fetched (i18n/<code>.js).
// Each bundled file is what its manifest entry exports (lazy.ts), no more: a module's whole namespace would keep every
// export and the bundler's code that builds it.
const BUNDLED: Bundled = {
  'cookie-consent-ui': { mount },
  texts: { renderPlaceholder, categoryTitle },
  'i18n/fr': { default: fr },
  'i18n/en': { default: en },
};

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
    bundled: BUNDLED,
    readCookieLater: true,
  });
}
