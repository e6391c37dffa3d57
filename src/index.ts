/**
 * The ESM entry for developers. `configure(config)` starts the same core as the drop-in with a config object,
 * sets `window.cookieConsent` and returns it. A second call (or a page where the drop-in already runs) returns the
 * API already running.
 */
import { serverApi } from './core/api/server-api.js';
import { prepareGatesForHydration } from './core/gating/hydration.js';
import { startCookieConsent } from './core/start.js';
import type { ConsentConfig, CookieConsentApi } from './core/types.js';
import { logWarn } from './core/util/log.js';
import { LAZY_MODULES } from './lazy-modules.js';
import type { Load, SharedChunk } from './core/lazy.js';
import presets from 'virtual:presets';

export type * from './core/types.js';
// The elements' props and HTMLElementTagNameMap, generated from custom-elements.json.
export type { ConsentGateProps, CookieConsentButtonProps, CookieConsentProps, CookieDeclarationProps, ElementProps } from './bindings/elements.js';
export type { Texts } from './ui/contract.js';
export { CHANGE_EVENT, PLACEHOLDER_EVENT, READY_EVENT } from './core/api/events.js';
export { LANGUAGES } from './core/config/language.js';

// Apps that import this entry are the ones a framework may hydrate (Next.js, Nuxt): ready the gates for it as soon as
// the module loads, which is before hydration even where configure() runs after it.
if (typeof document !== 'undefined') prepareGatesForHydration();

const languageTables = import.meta.glob(['./i18n/[a-z][a-z].ts', './i18n/dialog/[a-z][a-z].ts', './i18n/notice/[a-z][a-z].ts', './i18n/uk/[a-z][a-z].ts']);
const modules: Record<string, () => Promise<unknown>> = LAZY_MODULES;
const shared: Record<string, () => Promise<unknown>> = { schema: async () => ({}), defaults: async () => ({}) } satisfies Record<SharedChunk, unknown>;

/**
 * Starts the widget with a config object (the same as the JSON block) and returns its API. On a server (no DOM) it
 * returns an undecided API and starts nothing.
 */
export function configure(config: ConsentConfig = {}): CookieConsentApi {
  if (typeof window === 'undefined' || typeof document === 'undefined') return serverApi(config);
  if (window.cookieConsent) {
    logWarn('configure(): cookie-consent already runs on this page (configure() called twice, or the drop-in is there); returning the running API, this config is not applied.');
    return window.cookieConsent;
  }
  return startCookieConsent({
    publish: (api) => (window.cookieConsent = api),
    configReady: () => true,
    readConfig: () => config,
    // A language table or a preset by its family (see src/core/lazy.ts), any other file by its own name; the chunks that
    // the lazy files share with this entry (the config's schema and defaults) are already here.
    load: ((name: string) =>
      (modules[name] ?? languageTables[`./${name}.ts`] ?? (name.startsWith('presets/') ? presets(name.slice('presets/'.length)) : undefined) ?? shared[name] ?? (() => Promise.reject(new Error(`no file ${name}`))))()) as Load,
  });
}
