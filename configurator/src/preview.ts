/**
 * The live preview: a blank page holding exactly the two output tags, in an iframe, with the built widget from this
 * package (dist/, beside this page). Before each load the consent cookie is deleted, so the preview always starts
 * from no stored choice. The consent log endpoint is left out: the preview sends nothing.
 */
import type { Config } from './config-paths.js';

/** The built drop-in, beside this page's folder (dist/configurator/ → dist/cookie-consent.js). */
export const DROP_IN_URL = new URL('../cookie-consent.js', location.href).href;

/** The config block and the script tag, as the site owner pastes them. JSON is escaped so no text can end the tag. */
export function tags(config: Config, scriptUrl: string): string {
  const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  return `<script type="application/json" id="cookie-consent-config">\n${json}\n</script>\n<script src="${scriptUrl.replace(/"/g, '&quot;')}"></script>`;
}

export interface PreviewPage {
  language: string;
  heading: string;
  text: string;
  link: string;
}

/** The preview's whole document. */
export function previewDocument(config: Config, page: PreviewPage): string {
  const { consentLog: _, ...shown } = config;
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="${escape(page.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(page.heading)}</title><link rel="icon" href="data:,"><style>body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1rem 1.25rem 24rem;color:#1d1d1f;background:#f6f6f3}@media (prefers-color-scheme:dark){body{color:#eee;background:#222}a{color:#9cf}}</style>${tags(shown, DROP_IN_URL)}</head><body><main><h1>${escape(page.heading)}</h1><p>${escape(page.text)}</p><p><a href="#" data-cookie-consent="preferences">${escape(page.link)}</a></p></main></body></html>`;
}

/** Deletes the consent cookie (config's name, path and domain, and the defaults), so the next load has no choice. */
export function forgetChoice(config: Config): void {
  const name = typeof config.cookie?.name === 'string' ? config.cookie.name : 'cookie_consent';
  for (const cookieName of new Set([name, 'cookie_consent'])) {
    for (const path of new Set(['/', typeof config.cookie?.path === 'string' ? config.cookie.path : '/', location.pathname.replace(/[^/]*$/, '')])) {
      document.cookie = `${encodeURIComponent(cookieName)}=; max-age=0; path=${path}`;
      if (typeof config.cookie?.domain === 'string') document.cookie = `${encodeURIComponent(cookieName)}=; max-age=0; path=${path}; domain=${config.cookie.domain}`;
    }
  }
  try {
    localStorage.removeItem('cookie-consent:pending-receipts');
  } catch {
    // No storage: nothing to forget.
  }
}
