/**
 * Where the visitor is: each source answers a region code (ISO 3166-1 `FR` or ISO 3166-2 `US-CA`), or nothing. None
 * sends anything to a third party: the page's own <meta>, a same-origin endpoint, the browser's time zone.
 * Bundled into regimes.js alone, so it imports nothing at run time (no shared chunk to fetch).
 */
import type { ResolvedRegimes } from 'bandeau-catalog/config/check-regimes';
import type { Load } from '../lazy.js';
import type { RegionSource } from '../types.js';

/** How long the endpoint may take before it counts as no answer. */
export const ENDPOINT_TIMEOUT_MS = 1500;

const warn = (message: string): void => console.warn(`[cookie-consent] ${message}`);

/** Runs `callback` once the document is parsed. */
export const parsed = (): Promise<void> =>
  new Promise((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }) : resolve()));

/** A region code, or undefined. `XX` is what CDNs send for "no data" (Cloudflare's CF-IPCountry). */
export const regionCode = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(value) && !value.startsWith('XX') ? value : undefined;

/** `<meta name="consent-region" content="US-CA">`, looked for once the page is parsed (it may follow the script). */
async function fromMeta(): Promise<string | undefined> {
  await parsed();
  const meta = document.querySelector('meta[name="consent-region"]');
  const content = meta?.getAttribute('content');
  const code = regionCode(content);
  if (meta && !code) warn(`<meta name="consent-region">: expected a country code such as "FR" or a subdivision code such as "US-CA", got ${JSON.stringify(content)}; ignored.`);
  return code;
}

/** One GET to the same-origin endpoint, answering `{ "region": "US-CA" }`; 1,500 ms at most. */
async function fromEndpoint(endpoint: string): Promise<string | undefined> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ENDPOINT_TIMEOUT_MS);
  try {
    const response = await fetch(endpoint, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal: abort.signal });
    if (!response.ok) throw Error(`status ${response.status}`);
    const code = regionCode((await response.json())?.region);
    if (!code) throw Error('no valid "region" in the answer');
    return code;
  } catch (error) {
    warn(`regimes.endpoint ${endpoint}: no region (${abort.signal.aborted ? `no answer within ${ENDPOINT_TIMEOUT_MS} ms` : (error as Error).message}); trying the next source.`);
  } finally {
    clearTimeout(timer);
  }
}

/** The browser's IANA time zone, mapped to its country by the tz database's tables (fetched only here). */
function fromTimezone(load: Load): Promise<string | undefined> {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // UTC and Etc/* name no place (privacy modes report UTC).
  if (!zone || /^(Etc\/|UTC$|GMT$)/.test(zone)) return Promise.resolve(undefined);
  return load('regimes-timezones').then((m) => m.countryOfTimezone(zone), () => undefined);
}

/** Tries each source in order; the first that answers wins. */
export async function findRegion({ from, endpoint }: ResolvedRegimes, load: Load): Promise<string | null> {
  const sources: Record<RegionSource, () => Promise<string | undefined>> = {
    meta: fromMeta,
    endpoint: async () => endpoint && fromEndpoint(endpoint),
    timezone: () => fromTimezone(load),
  };
  for (const source of from) {
    const region = await sources[source]();
    if (region) return region;
  }
  return null;
}
