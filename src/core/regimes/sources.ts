/**
 * Where the visitor is: each source answers a region code (ISO 3166-1 `FR` or ISO 3166-2 `US-CA`), or nothing. None
 * sends anything to a third party: the page's own <meta>, a same-origin endpoint, the browser's time zone.
 * What goes wrong is added to `problems`, which config-report.js tells (the messages are there). Bundled into
 * regimes.js alone, so it imports nothing at run time (no shared chunk to fetch).
 */
import type { RegimeProblem, ResolvedRegimes } from 'bandeau-catalog/config/check-regimes';
import type { Load } from '../lazy.js';
import type { RegionSource } from '../types.js';

/** How long the endpoint may take before it counts as no answer. */
export const ENDPOINT_TIMEOUT_MS = 1500;

/** A region code, or undefined. `XX` is what CDNs send for "no data" (Cloudflare's CF-IPCountry). */
export const regionCode = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(value) && !value.startsWith('XX') ? value : undefined;

const SOURCES: Record<RegionSource, (regimes: ResolvedRegimes, load: Load, problems: RegimeProblem[]) => Promise<string | undefined>> = {
  /** `<meta name="consent-region" content="US-CA">`, looked for once the page is parsed (it may follow the script). */
  async meta(_, __, problems) {
    if (document.readyState === 'loading') await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
    const meta = document.querySelector('meta[name="consent-region"]');
    const content = meta?.getAttribute('content');
    const code = regionCode(content);
    if (meta && !code) problems.push(['meta', content]);
    return code;
  },
  /** One GET to the same-origin endpoint, answering `{ "region": "US-CA" }`; 1,500 ms at most. */
  async endpoint({ endpoint }, _, problems) {
    if (!endpoint) return;
    try {
      const response = await fetch(endpoint, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(ENDPOINT_TIMEOUT_MS) });
      if (!response.ok) throw Error(`status ${response.status}`);
      const code = regionCode((await response.json())?.region);
      if (!code) throw Error('no valid "region" in the answer');
      return code;
    } catch (error) {
      problems.push(['answer', (error as Error).name === 'TimeoutError' ? `no answer within ${ENDPOINT_TIMEOUT_MS} ms` : (error as Error).message]);
    }
  },
  /** The browser's IANA time zone, mapped to its country by the tz database's tables (fetched only here). */
  timezone: (_, load) => load('regimes-timezones').then((m) => m.regionOfBrowser(), () => undefined),
};

/** Tries each source in order; the first that answers wins. */
export async function findRegion(regimes: ResolvedRegimes, load: Load, problems: RegimeProblem[]): Promise<string | null> {
  for (const source of regimes.from) {
    const region = await SOURCES[source](regimes, load, problems);
    if (region) return region;
  }
  return null;
}
