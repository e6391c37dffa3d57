// The three phases, each in a fresh browser context: (1) no interaction, discovering up to N same-origin pages;
// (2) refuse all on the first page, then visit the others; (3) accept all, likewise. Pages of a phase after the
// first are visited a few at a time.
import { installAutoconsent } from './autoconsent.js';
import { visitorContext } from './browser.js';
import { decide } from './consent.js';
import { networkQuiet, readCookies, readLinks, readStorage, readWidget, watchRequests } from './collect.js';
import { DEFAULTS } from './options.js';

export const PHASES = [
  { id: 'before-consent', title: 'Before consent (no interaction)', decision: null },
  { id: 'after-refusal', title: 'After refusing all', decision: 'reject' },
  { id: 'after-acceptance', title: 'After accepting all', decision: 'accept' },
];

/** Thrown when the audit cannot run at all (exit code 2). */
export class AuditError extends Error {}

/**
 * @typedef {{ url: string, status: number | null, error: string | null, timedOut: boolean, ms: number }} PageVisit
 * @typedef {{ id: string, title: string, decision: string | null, control: { via: string | null, label?: string, banner?: string, rule?: string } | null,
 *   pages: PageVisit[], cookies: any[], storage: any[], requests: any[], widgets: any[] }} PhaseResult
 */

/**
 * Runs the three phases.
 * @param {import('playwright-core').Browser} browser
 * @param {string} startUrl
 * @param {{ pages?: number, timeoutS?: number, parallel?: number, progress?: (line: string) => void }} options
 * @returns {Promise<{ pages: string[], phases: PhaseResult[] }>}
 */
export async function crawl(browser, startUrl, { pages: maxPages = DEFAULTS.pages, timeoutS = DEFAULTS.timeoutS, parallel = DEFAULTS.parallel, progress = () => {} } = {}) {
  const origin = new URL(startUrl).origin;
  const siteHost = new URL(startUrl).hostname;
  const timeoutMs = timeoutS * 1000;
  const phases = [];
  const urls = [startUrl];
  for (const [index, spec] of PHASES.entries()) {
    const context = await visitorContext(browser);
    const phase = /** @type {PhaseResult & { cookieSeen?: any }} */ ({ ...spec, control: null, pages: [], cookies: [], storage: [], requests: [], widgets: [] });
    const visitOne = async (url, decision) => {
      const result = await visit(context, url, { origin, siteHost, timeoutMs, decision });
      merge(phase, url, result);
      const visit_ = phase.pages.length;
      const what = result.timedOut ? `timed out after ${timeoutS} s` : result.error ? `error: ${result.error}` : `${result.status ?? '-'}`;
      progress(
        `[${index + 1}/3 ${spec.id}] ${visit_}/${index === 0 ? `≤${maxPages}` : urls.length} ${url} ${what} · ${result.cookies.length} cookies, ${result.requests.length} requests to other origins (${(result.ms / 1000).toFixed(1)} s)`,
      );
      return result;
    };
    try {
      const first = await visitOne(urls[0], spec.decision);
      if (index === 0 && first.error && !first.timedOut && first.status === null) {
        throw new AuditError(`Could not load ${startUrl}: ${first.error}`);
      }
      if (spec.decision) phase.control = first.control;
      if (index === 0) {
        // Breadth first: each wave's links feed the next, up to maxPages pages in all.
        const seen = new Set([startUrl]);
        let wave = [first];
        while (wave.length && seen.size < maxPages) {
          const next = [];
          for (const result of wave) for (const link of result.links) if (!seen.has(link) && seen.size < maxPages) (seen.add(link), next.push(link));
          urls.push(...next);
          wave = await pool(next, parallel, (url) => visitOne(url, null));
        }
      } else {
        await pool(urls.slice(1), parallel, (url) => visitOne(url, null));
      }
      phase.cookies = await readCookies(context, siteHost).then((cookies) => attribute(cookies, phase.cookieSeen));
    } finally {
      delete phase.cookieSeen;
      await context.close().catch(() => {});
    }
    phases.push(phase);
  }
  return { pages: urls, phases };
}

/** Runs `fn` over `items`, at most `n` at once, keeping the order of results. */
async function pool(items, n, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}

/** Visits one page in `context`, deciding first when asked; what it stored and sent. */
async function visit(context, url, { origin, siteHost, timeoutMs, decision }) {
  const started = Date.now();
  const deadline = () => started + timeoutMs;
  const trace = process.env.BANDEAU_AUDIT_TRACE ? (step) => console.error(`  ${Date.now() - started} ms ${url} ${step}`) : () => {};
  const page = await context.newPage();
  trace('page');
  let recording = !decision;
  const requests = watchRequests(page, origin, () => recording);
  const quiet = networkQuiet(page, { deadline: () => Math.min(deadline(), Date.now() + 5000) });
  const out = { status: null, error: null, timedOut: false, control: null, requests, links: [], storage: [], cookies: [], widget: null, ms: 0, readAt: 0 };
  // autoconsent only where a decision is made: the other visits are left as they are.
  const autoconsent = decision ? await installAutoconsent(page).catch(() => null) : null;
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    out.status = response?.status() ?? null;
  trace('out.status = response?.st');
    await quiet.wait();
    if (decision) {
  trace('await quiet.wait();\n    i');
      out.control = await decide(page, decision, { waitMs: 1500, onDecide: () => (recording = true), autoconsent });
      recording = true;
      await quiet.wait();
  trace('recording = true;\n      a');
    }
  } catch (error) {
    if (error?.name === 'TimeoutError') out.timedOut = true;
    out.error = String(error?.message ?? error).split('\n')[0];
    if (decision && !out.control) out.control = { via: null };
  }
  quiet.stop();
  trace('quiet.stop();');
  out.links = await readLinks(page, origin);
  trace('out.links = await readLin');
  out.storage = await readStorage(page);
  trace('out.storage = await readS');
  out.widget = await readWidget(page);
  trace('out.widget = await readWi');
  out.readAt = Date.now() / 1000;
  out.cookies = await readCookies(context, siteHost).catch(() => []);
  trace('out.cookies = await readC');
  out.ms = Date.now() - started;
  await page.close({ runBeforeUnload: false }).catch(() => {});
  return out;
}

const cookieKey = (c) => `${c.name}\u0000${c.domain}\u0000${c.path}`;

/**
 * Adds one page's results to its phase; each cookie, key and request is attributed to the first page it was seen on,
 * and a cookie's lifetime is measured then (its expiry minus the moment it was read, before a later page renews it).
 */
function merge(phase, url, result) {
  phase.pages.push({ url, status: result.status, error: result.error, timedOut: result.timedOut, ms: result.ms });
  phase.cookieSeen ??= new Map();
  for (const cookie of result.cookies) {
    if (phase.cookieSeen.has(cookieKey(cookie))) continue;
    phase.cookieSeen.set(cookieKey(cookie), { url, lifetimeS: cookie.expires === -1 ? null : Math.round(cookie.expires - result.readAt) });
  }
  for (const item of result.storage) {
    if (!phase.storage.some((s) => s.type === item.type && s.origin === item.origin && s.name === item.name)) phase.storage.push({ ...item, page: url });
  }
  for (const request of result.requests) {
    const known = phase.requests.find((r) => r.host === request.host && r.type === request.type && r.page === url);
    if (known) known.count++;
    else phase.requests.push({ host: request.host, type: request.type, page: url, example: request.url, count: 1 });
  }
  if (result.widget) phase.widgets.push({ page: url, ...result.widget });
}

function attribute(cookies, seen) {
  return cookies.map((cookie) => {
    const first = seen?.get(cookieKey(cookie));
    const lifetimeS = first ? first.lifetimeS : cookie.expires === -1 ? null : Math.round(cookie.expires - Date.now() / 1000);
    return { ...cookie, lifetimeS, page: first?.url ?? null };
  });
}
