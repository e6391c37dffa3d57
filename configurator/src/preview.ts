/**
 * The live preview: a blank page (preview.html) holding exactly the two output tags, in an iframe, with the built
 * widget from this package (dist/, beside this page). Before each load the consent cookie is deleted, so the preview always starts
 * from no stored choice. The consent log endpoint is left out: the preview sends nothing.
 */
import type { Config } from './config-paths.js';


/** The config block and the script tag, as the site owner pastes them. JSON is escaped so no text can end the tag. */
export function tags(config: Config, scriptUrl: string): string {
  const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  return `<script type="application/json" id="cookie-consent-config">\n${json}\n</script>\n<script src="${scriptUrl.replace(/"/g, '&quot;')}"></script>`;
}

export interface PreviewPage {
  language: string;
  /** The visitor's region (a `<meta name="consent-region">`), to see the regime it gets. */
  region?: string;
  heading: string;
  text: string;
  link: string;
}

/** The preview page's URL for this config: preview.html, the config in its fragment, a fresh query so it reloads. */
let loads = 0;
export function previewUrl(config: Config, page: PreviewPage): string {
  const { consentLog: _, ...shown } = config;
  const url = new URL('preview.html', location.href);
  url.search = `?load=${++loads}`;
  url.hash = encodeURIComponent(JSON.stringify({ config: shown, page }));
  return url.href;
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

/** What the preview's widget logged (preview-page.ts forwards its console messages to this page). */
export interface PreviewLog {
  type: 'bandeau-preview-log';
  level: 'error' | 'warning';
  message: string;
}
