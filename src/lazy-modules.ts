import type { LazyFiles, SharedChunk } from './core/lazy.js';

/**
 * The lazy files that are entries of their own: not the families (i18n/ and presets/, built from their folders), nor
 * the shared chunks.
 */
type Modules = {
  [K in keyof LazyFiles as string extends K ? never : K extends `${string}/${string}` | SharedChunk ? never : K]: () => Promise<LazyFiles[K]>;
};

/**
 * Where each lazy file of src/core/lazy.ts comes from: the ESM entry imports them through this table, and the build
 * (vite.config.ts) makes each one an entry, dist/<name>.js. `satisfies` checks the table against the manifest: a file
 * missing here, one too many, or one that does not export what the manifest says fails the type-check.
 */
export const LAZY_MODULES = {
  'cookie-consent-ui': () => import('./ui/mount.js'),
  texts: () => import('./ui/common.js'),
  'preferences-dialog': () => import('./ui/preferences/preferences-dialog.js'),
  'floating-button': () => import('./ui/floating-button/floating-button.js'),
  'cookie-declaration': () => import('./ui/cookie-declaration/cookie-declaration.js'),
  'config-report': () => import('bandeau-catalog/config/report-problems'),
  'consent-log': () => import('./core/integrations/send-receipt.js'),
  revocation: () => import('./core/integrations/revoke-cookies.js'),
  services: () => import('./services/services.js'),
  'lit-html': () => import('lit-html'),
  'service-details': () => import('./ui/preferences/service-details.js'),
  language: () => import('./core/config/language.js'),
  // Issue 21, only with `regimes` in the config: the regime and its store, the time-zone table (only for the `timezone`
  // source), and what the UI does under the regimes other than opt-in (their notice in the banner's place).
  regimes: () => import('./regimes.js'),
  'regimes-timezones': () => import('./core/regimes/timezones.js'),
  'regimes-by-default': () => import('./regimes-by-default.js'),
  'regimes-endpoint': () => import('./core/regimes/endpoint.js'),
  'regimes-notice': () => import('./ui/notice/regime-notice.js'),
  // Issue 23, only with `variants` in the config.
  variants: () => import('./core/variants/variants.js'),
} satisfies Modules;
