// Collectors: what one page stores (cookies of the browser context, Web Storage keys and IndexedDB databases of
// each frame) and the requests it sends to other origins.
import { withTimeout } from 'bandeau-catalog/with-timeout';

/**
 * @typedef {{ name: string, domain: string, path: string, expires: number, httpOnly: boolean, secure: boolean,
 *   sameSite: string, firstParty: boolean, duration: string }} CookieRecord
 * @typedef {{ type: 'localStorage' | 'sessionStorage' | 'indexedDB', origin: string, name: string }} StorageRecord
 * @typedef {{ host: string, url: string, type: string }} RequestRecord
 */

/** How long reading a page (links, storage, config) may take: generous, a busy machine is slow. */
const STEP_MS = 10_000;

/** The origin a request is compared with: scheme, host and port. */
export function originOf(url) {
  try {
    const parsed = new URL(url);
    return /^(https?|wss?):$/.test(parsed.protocol) ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** host:port of a URL, the port made explicit. */
export function hostPort(url) {
  const parsed = new URL(url);
  const port = parsed.port || ({ 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' }[parsed.protocol] ?? '');
  return `${parsed.hostname}:${port}`;
}

/**
 * Records every request of `page` (its frames included) whose origin is not `pageOrigin`, while `isOn()`.
 * @param {import('playwright-core').Page} page
 * @param {string} pageOrigin
 * @param {() => boolean} isOn
 * @returns {RequestRecord[]}
 */
export function watchRequests(page, pageOrigin, isOn) {
  /** @type {RequestRecord[]} */
  const requests = [];
  page.on('request', (request) => {
    if (!isOn()) return;
    const origin = originOf(request.url());
    if (!origin || origin === pageOrigin) return;
    requests.push({ host: hostPort(request.url()), url: request.url(), type: request.resourceType() });
  });
  return requests;
}

/**
 * Resolves once no request of the page has been in flight for `quietMs`, or at `deadline` (epoch ms). Each wait() is a
 * wait of its own: after a decision the gated scripts start loading, and their storage is read only once they are done.
 * @param {import('playwright-core').Page} page
 */
export function networkQuiet(page, { quietMs = 400, deadline }) {
  let inFlight = 0;
  let timer;
  /** The resolver of the wait in progress, if any. */
  let resolveQuiet = null;
  const arm = () => {
    clearTimeout(timer);
    if (inFlight <= 0 && resolveQuiet) timer = setTimeout(resolveQuiet, quietMs);
  };
  const up = () => (inFlight++, arm());
  const down = () => (inFlight = Math.max(0, inFlight - 1), arm());
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  return {
    /** Waits for quiet (counting from now) or the deadline. */
    async wait() {
      const quiet = new Promise((resolve) => (resolveQuiet = resolve));
      arm();
      const cap = Math.max(0, deadline() - Date.now());
      let capTimer;
      await Promise.race([quiet, new Promise((resolve) => (capTimer = setTimeout(resolve, cap)))]);
      resolveQuiet = null;
      clearTimeout(capTimer);
      clearTimeout(timer);
    },
    stop() {
      clearTimeout(timer);
      page.off('request', up);
      page.off('requestfinished', down);
      page.off('requestfailed', down);
    },
  };
}

/** A human duration for a cookie's expiry (epoch seconds, -1 for a session cookie). */
export function describeDuration(expires, now = Date.now()) {
  if (expires === -1 || expires === undefined) return 'session';
  const seconds = expires - now / 1000;
  if (seconds <= 0) return 'expired';
  const day = 86400;
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (seconds < day) return `${Math.round(seconds / 3600)} h`;
  if (seconds < 60 * day) return `${Math.round(seconds / day)} days`;
  if (seconds < 700 * day) return `${Math.round(seconds / (30.44 * day))} months`;
  return `${Math.round(seconds / (365.25 * day))} years`;
}

/** Whether a cookie of `domain` belongs to the site of `host` (domain-match either way). */
export function isFirstParty(domain, host) {
  const cookieDomain = domain.replace(/^\./, '').toLowerCase();
  const pageHost = host.toLowerCase();
  return pageHost === cookieDomain || pageHost.endsWith(`.${cookieDomain}`) || cookieDomain.endsWith(`.${pageHost}`);
}

/**
 * The cookies of the context, described.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} siteHost
 * @returns {Promise<CookieRecord[]>}
 */
export async function readCookies(context, siteHost) {
  const cookies = await context.cookies();
  return cookies.map((cookie) => ({
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    expires: cookie.expires,
    duration: describeDuration(cookie.expires),
    firstParty: isFirstParty(cookie.domain, siteHost),
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
  }));
}

/**
 * localStorage and sessionStorage keys and IndexedDB database names of every frame of the page.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<StorageRecord[]>}
 */
export async function readStorage(page) {
  const found = [];
  for (const frame of page.frames()) {
    const result = await withTimeout(
      frame.evaluate(async () => {
        const out = { origin: location.origin, local: [], session: [], idb: [] };
        try {
          out.local = Object.keys(localStorage);
        } catch {}
        try {
          out.session = Object.keys(sessionStorage);
        } catch {}
        try {
          out.idb = (await indexedDB.databases()).map((db) => db.name).filter(Boolean);
        } catch {}
        return out;
      }),
      STEP_MS,
    ).catch(() => null);
    if (!result || result.origin === 'null') continue;
    for (const name of result.local) found.push({ type: 'localStorage', origin: result.origin, name });
    for (const name of result.session) found.push({ type: 'sessionStorage', origin: result.origin, name });
    for (const name of result.idb) found.push({ type: 'indexedDB', origin: result.origin, name });
  }
  return found;
}

/**
 * The text of the page's config block and whether window.cookieConsent is there (and its category ids).
 * @param {import('playwright-core').Page} page
 */
export async function readWidget(page) {
  return withTimeout(
    page.evaluate(() => {
      const block = document.getElementById('cookie-consent-config');
      let categories = null;
      try {
        categories = Object.keys(window.cookieConsent?.get?.().categories ?? {});
      } catch {}
      return { configText: block ? block.textContent : null, api: typeof window.cookieConsent?.get === 'function', categories };
    }),
    STEP_MS,
  ).catch(() => ({ configText: null, api: false, categories: null }));
}

/**
 * Same-origin links of the page (hash removed), in document order.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 */
export async function readLinks(page, origin) {
  const hrefs = await withTimeout(page.$$eval('a[href]', (links) => links.map((a) => /** @type {HTMLAnchorElement} */ (a).href)), STEP_MS).catch(() => []);
  const out = [];
  for (const href of hrefs) {
    try {
      const url = new URL(href);
      url.hash = '';
      if (url.origin !== origin) continue;
      if (/\.(pdf|zip|gz|jpe?g|png|gif|svg|webp|mp4|mp3|docx?|xlsx?|pptx?|css|js|json|xml|txt)$/i.test(url.pathname)) continue;
      if (!out.includes(url.href)) out.push(url.href);
    } catch {}
  }
  return out;
}
