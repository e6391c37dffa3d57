/**
 * The lazily loaded files of dist/, by name (dist/<name>.js): the one list that feeds the ESM entry (these imports),
 * the core (their names and types) and the build (vite.config.ts reads the paths here as entries).
 */
export const LAZY_MODULES = {
  'cookie-consent-ui': () => import('./ui/mount.js'),
  // Shared by the UI modules, with the gates' placeholder; an entry so that its file name is stable and the core can
  // fetch it early.
  texts: () => import('./ui/common.js'),
  'preferences-dialog': () => import('./ui/preferences/preferences-dialog.js'),
  'floating-button': () => import('./ui/floating-button/floating-button.js'),
  // <cookie-declaration>, for the privacy-policy page: loaded only when the page has one.
  'cookie-declaration': () => import('./ui/cookie-declaration/cookie-declaration.js'),
  'config-report': () => import('bandeau-catalog/config/report-problems'),
  'consent-log': () => import('./core/integrations/send-receipt.js'),
  revocation: () => import('./core/integrations/revoke-cookies.js'),
  // The services' details over their presets (each preset is a file of its own: presets/<id>.js).
  services: () => import('./services/services.js'),
};
