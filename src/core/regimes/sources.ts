/**
 * Where the visitor is: each source answers a region code (ISO 3166-1 `FR` or ISO 3166-2 `US-CA`), or nothing. None
 * sends anything to a third party: the page's own <meta>, a same-origin endpoint, the browser's time zone.
 * What goes wrong is added to `problems`, which config-report.js tells (the messages are there). Bundled into
 * regimes.js alone, so it imports nothing at run time (no shared chunk to fetch).
 */
import { type RegimeProblem, regionCode, type ResolvedRegimes } from 'bandeau-catalog/config/check-regimes';
import type { LazyFiles, Load } from '../lazy.js';

/** `<meta name="consent-region" content="US-CA">`, looked for once the page is parsed (it may follow the script). */
async function fromMeta(problems: RegimeProblem[]): Promise<string | undefined> {
  // DOMContentLoaded bubbles from the document to the window.
  if (document.readyState === 'loading') await new Promise((parsed) => addEventListener('DOMContentLoaded', parsed));
  const meta = document.querySelector('meta[name="consent-region"]');
  const content = meta?.getAttribute('content');
  const code = regionCode(content);
  if (meta && !code) problems.push(['meta', content]);
  return code;
}

/**
 * Tries each source in order; the first that answers wins. The endpoint's code (regimes-endpoint.js) is fetched only
 * by pages that set `regimes.endpoint`, at once, beside the sources before it; the time-zone table
 * (regimes-timezones.js) only by pages that list `timezone`, when the sources before it gave no answer.
 */
export async function findRegion({ from, endpoint }: ResolvedRegimes, load: Load, problems: RegimeProblem[]): Promise<string | null> {
  const asked = endpoint && load('regimes-endpoint').catch(() => {});
  for (const source of from) {
    const region = await (source === 'meta'
      ? fromMeta(problems)
      : source === 'endpoint'
        ? (asked as Promise<LazyFiles['regimes-endpoint'] | void>).then((m) => m?.regionFromEndpoint(endpoint!, problems, regionCode))
        : load('regimes-timezones').then((m) => m.regionOfBrowser(), () => {}));
    if (region) return region;
  }
  return null;
}
