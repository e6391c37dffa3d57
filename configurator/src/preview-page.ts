/**
 * The preview's page (preview.html, beside the configurator): a blank page that receives, in its URL's fragment, the
 * config and its page language, and then holds exactly the two tags a site owner pastes: the config block, then the
 * drop-in from this package's dist/. A real http(s) page, so relative URLs in the config resolve as on a site.
 */
import type { PreviewLog, PreviewPage } from './preview.js';

// The widget's console messages go to the configurator too, which shows them with the checker's: a safety net for
// anything only the running widget checks.
for (const [method, level] of [['error', 'error'], ['warn', 'warning']] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    original(...args);
    const message = String(args[0] ?? '');
    if (message.startsWith('[cookie-consent]') && parent !== window) parent.postMessage({ type: 'bandeau-preview-log', level, message: message.replace(/^\[cookie-consent\]\s*/, '') } satisfies PreviewLog, location.origin);
  };
}

const { config, page } = JSON.parse(decodeURIComponent(location.hash.slice(1)) || '{}') as { config: Record<string, unknown>; page: PreviewPage };
document.documentElement.lang = page.language;
document.title = page.heading;
document.querySelector('h1')!.textContent = page.heading;
document.querySelector('main p')!.textContent = page.text;
document.querySelector('a[data-cookie-consent]')!.textContent = page.link;
const block = document.createElement('script');
block.type = 'application/json';
block.id = 'cookie-consent-config';
block.textContent = JSON.stringify(config);
if (page.region) {
  const meta = document.createElement('meta');
  meta.name = 'consent-region';
  meta.content = page.region;
  document.head.append(meta);
}
const dropIn = document.createElement('script');
dropIn.src = new URL('../cookie-consent.js', location.href).href;
document.head.append(block, dropIn);
