// The HTTP API on node:http: POST /receipts, GET /receipts/<consentId>, GET /export, GET /verify,
// GET /checkpoint, GET /health. Only what a receipt says is stored: addresses live in the rate
// limiters' memory (and in the log line of a wrong token).
import { createHash, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import { sha256 } from './chain.js';
import { sendJson, sendError, readBody } from './http.js';
import { createRateLimiter } from './rate-limit.js';
import { classify, receiptsOf, exportRows, verifyAll } from './store.js';
import { latestCheckpoint } from './checkpoint.js';
import { STATS_BY, countImpression, rollUpStats, statsRows } from './stats.js';
import { dashboardFile } from './dashboard.js';
import { MAX_BODY_BYTES, createImpressionValidator } from './validate.js';
import { withTimeout } from 'bandeau-catalog/with-timeout';

const RETRY_AFTER = '5';
const CONSENT_ID = /^[\w-]{8,64}$/;
/** Wrong bearer tokens allowed per client address per minute before 429. */
export const TOKEN_FAILURES_PER_MINUTE = 10;

/**
 * @typedef {object} HandlerOptions
 * @property {import('./storage/db.js').Db} db
 * @property {ReturnType<typeof import('./writer.js').createWriter>} writer
 * @property {ReturnType<typeof import('./validate.js').createValidator>} validate
 * @property {string[]} origins     sites allowed to post (CORS and the receipt's own origin)
 * @property {string} [token]       bearer token for /export and /verify; without one they are off
 * @property {number} rateLimit     requests per client address per minute, 0 for none
 * @property {boolean} trustProxy   take the client address from X-Forwarded-For
 * @property {number} [timeoutMs]   a request waiting on the database gets 503 after this long (default 15 s)
 * @property {(msg: string) => void} log
 */

/** @param {HandlerOptions} o @returns {import('node:http').RequestListener} */
export function createHandler(o) {
  const allowed = new Set(o.origins);
  const limiter = createRateLimiter(o.rateLimit);
  const guesses = createRateLimiter(TOKEN_FAILURES_PER_MINUTE);
  const timeoutMs = o.timeoutMs ?? 15000;
  const validateImpression = createImpressionValidator();
  let statsRolledAt = 0;
  const tokenDigest = o.token ? createHash('sha256').update(o.token).digest() : null;

  /** @param {import('node:http').IncomingMessage} req */
  const clientAddress = (req) => {
    if (o.trustProxy) {
      // The last address is the one the trusted proxy appended; earlier ones are the client's say.
      const xff = String(req.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (xff.length) return xff[xff.length - 1];
    }
    return req.socket.remoteAddress ?? '?';
  };

  /** CORS headers for an allowed Origin, none otherwise. @param {import('node:http').IncomingMessage} req */
  /** @returns {Record<string, string>} */
  const cors = (req) => {
    const origin = req.headers.origin;
    return origin && allowed.has(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' };
  };

  /** @param {import('node:http').IncomingMessage} req */
  const authorized = (req) => {
    const m = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''));
    if (!m || !tokenDigest) return false;
    return timingSafeEqual(createHash('sha256').update(m[1].trim()).digest(), tokenDigest);
  };

  /** A database that does not answer: 503 and when to try again; a refused value: 400. */
  const dbFailure = (/** @type {import('node:http').ServerResponse} */ res, /** @type {unknown} */ err, headers = {}) => {
    const kind = classify(err);
    // The database's own words stay in the log: they describe its internals, not the receipt.
    if (kind === 'data') {
      o.log(`receipt refused by the database: ${/** @type {Error} */ (err).message}`);
      return sendError(res, 400, 'the receipt holds a value this receiver cannot store', headers);
    }
    if (kind === 'bug') {
      o.log(`database error: ${/** @type {Error} */ (err)?.message ?? err}`);
      return sendError(res, 500, 'internal error', headers);
    }
    o.log(`database unavailable: ${/** @type {Error} */ (err)?.message ?? err}`);
    return sendError(res, 503, 'storage unavailable, try again later', { ...headers, 'Retry-After': RETRY_AFTER });
  };

  /** @type {Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => Promise<void> | void>} */
  const routes = {
    'OPTIONS /receipts': (req, res) => {
      const origin = req.headers.origin;
      if (!origin || !allowed.has(origin)) return sendError(res, 403, 'origin not allowed', { Vary: 'Origin' });
      res.writeHead(204, {
        ...cors(req),
        'Access-Control-Allow-Methods': 'POST, GET',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '86400',
      });
      res.end();
    },

    'OPTIONS /impressions': (req, res) => routes['OPTIONS /receipts'](req, res, new URL('http://receiver/')),

    // One banner shown: added to its day's count, nothing else kept (no row, no id, no address).
    'POST /impressions': async (req, res) => {
      const h = cors(req);
      if (!take(req, res, h)) return;
      const body = await readJsonBody(req, res, h);
      if (body === null) return;
      const v = validateImpression(body);
      if (!v.ok) return sendError(res, 400, v.reason, h);
      if (!allowed.has(v.impression.origin)) return sendError(res, 403, `origin ${JSON.stringify(v.impression.origin)} is not one this receiver accepts`, h);
      if (req.headers.origin && req.headers.origin !== v.impression.origin) return sendError(res, 403, 'the impression\'s origin is not the request\'s Origin', h);
      try {
        await withTimeout(countImpression(o.db, v.impression, new Date().toISOString().slice(0, 10)), timeoutMs);
      } catch (err) { return dbFailure(res, err, h); }
      res.writeHead(204, { ...h, 'Cache-Control': 'no-store' });
      res.end();
    },

    'GET /stats': async (req, res, url) => {
      if (!guard(req, res)) return;
      const q = statsQuery(url);
      if (!q.ok) return sendError(res, 400, q.reason);
      // Counts up to the last receipt this receiver committed: what it queued is added first
      // (other receivers' queues are rolled up by them, every second).
      const answer = async () => {
        if (o.writer.committedSince(statsRolledAt)) { statsRolledAt = Date.now(); await rollUpStats(o.db); }
        return statsRows(o.db, q);
      };
      try { sendJson(res, 200, { rows: await withTimeout(answer(), timeoutMs) }); } catch (err) { dbFailure(res, err); }
    },

    // The dashboard and its files: all from here (no CDN). The page asks for the token itself.
    'GET /dashboard': (_req, res) => serveFile(res, dashboardFile('index.html', o.origins)),
    'GET /dashboard/': (_req, res, url) => serveFile(res, dashboardFile(url.pathname.slice('/dashboard/'.length), o.origins)),

    'POST /receipts': async (req, res) => {
      const h = cors(req);
      if (!take(req, res, h)) return;
      const text = await readJsonBody(req, res, h);
      if (text === null) return;
      const v = o.validate(text);
      if (!v.ok) return sendError(res, 400, v.reason, h);
      const { receipt, decidedTs } = v;
      if (!allowed.has(receipt.origin)) return sendError(res, 403, `origin ${JSON.stringify(receipt.origin)} is not one this receiver accepts`, h);
      if (req.headers.origin && req.headers.origin !== receipt.origin) return sendError(res, 403, 'the receipt\'s origin is not the request\'s Origin', h);
      const canonical = canonicalJson(receipt);
      let outcome;
      try {
        // Answered within the time-out whatever the database does: a receipt still queued then
        // is not written at all, one in a transaction under way may be (a retry then gets 200).
        outcome = await withTimeout(o.writer.submit({ receipt, body: canonical, contentHash: sha256(canonical), decidedTs }, Date.now() + timeoutMs), timeoutMs);
      } catch (err) {
        return dbFailure(res, err, h);
      }
      const key = { consentId: receipt.consentId, decidedAt: receipt.decidedAt };
      if (outcome.status === 'created') return sendJson(res, 201, { stored: true, ...key, hash: outcome.hash }, h);
      if (outcome.status === 'duplicate') return sendJson(res, 200, { stored: true, duplicate: true, ...key, hash: outcome.hash }, h);
      return sendError(res, 409, 'another receipt is stored under this consentId and decidedAt', h);
    },

    'GET /receipts/': async (req, res, url) => {
      const h = cors(req);
      if (!take(req, res, h)) return;
      let id;
      try { id = decodeURIComponent(url.pathname.slice('/receipts/'.length)); } catch { return sendError(res, 400, 'malformed percent-encoding in the path', h); }
      if (!CONSENT_ID.test(id)) return sendError(res, 404, 'no receipts for this consent id', h);
      let receipts;
      try { receipts = await receiptsOf(o.db, id); } catch (err) { return dbFailure(res, err, h); }
      if (!receipts.length) return sendError(res, 404, 'no receipts for this consent id', h);
      return sendJson(res, 200, { consentId: id, receipts }, h);
    },

    'GET /export': async (req, res, url) => {
      if (!guard(req, res)) return;
      const range = rangeOf(url);
      if (!range.ok) return sendError(res, 400, range.reason);
      const format = url.searchParams.get('format') ?? 'ndjson';
      if (format !== 'ndjson' && format !== 'csv') return sendError(res, 400, 'format must be ndjson or csv');
      const rows = exportRows(o.db, range.from, range.to);
      let first;
      try { first = await rows.next(); } catch (err) { return dbFailure(res, err); }
      res.writeHead(200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="consent-receipts.${format}"`,
        'Cache-Control': 'no-store',
      });
      if (format === 'csv') res.write(CSV_HEADER);
      let aborted = false;
      res.on('close', () => { aborted = !res.writableFinished; });
      try {
        for (let r = first; !r.done && !aborted; r = await rows.next()) {
          const line = format === 'csv' ? csvLine(r.value) : `${JSON.stringify(r.value)}\n`;
          if (!res.write(line)) await drained(res);
        }
        res.end();
      } catch (err) {
        o.log(`export stopped: ${/** @type {Error} */ (err).message}`);
        res.destroy(); // the client sees a cut transfer, not a complete file
      } finally {
        await rows.return(undefined);
      }
    },

    'GET /verify': async (req, res) => {
      if (!guard(req, res)) return;
      try { sendJson(res, 200, await verifyAll(o.db)); } catch (err) { dbFailure(res, err); }
    },

    // Public, as a transparency log's signed tree head is: anyone may keep a copy.
    'GET /checkpoint': async (_req, res) => {
      let cp;
      try { cp = await withTimeout(latestCheckpoint(o.db), timeoutMs); } catch (err) { return dbFailure(res, err); }
      if (!cp) return sendError(res, 404, 'no checkpoint made yet (start serve with --key, or run bandeau-receiver checkpoint)');
      return sendJson(res, 200, cp);
    },

    'GET /health': async (_req, res) => {
      try {
        await withTimeout(o.db.query('SELECT 1'), 3000);
        sendJson(res, 200, { ok: true, storage: o.db.kind });
      } catch {
        sendJson(res, 503, { ok: false, storage: o.db.kind }, { 'Retry-After': RETRY_AFTER });
      }
    },
  };

  /**
   * A text/plain or application/json body within the size limit, or null when refused (answered).
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {Record<string, string>} h
   */
  const readJsonBody = async (req, res, h) => {
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'text/plain' && type !== 'application/json') {
      sendError(res, 415, 'content type must be text/plain or application/json', { ...h, Connection: 'close' });
      return null;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok) { sendError(res, body.status, body.reason, { ...h, Connection: 'close' }); return null; }
    return body.text;
  };

  /** Rate limit; answers 429 itself. */
  const take = (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res, /** @type {Record<string,string>} */ h) => {
    const t = limiter.take(clientAddress(req));
    if (t.ok) return true;
    sendError(res, 429, 'too many requests from this address', { ...h, 'Retry-After': String(t.retryAfter), Connection: 'close' });
    return false;
  };

  /**
   * Bearer token; answers 404 (off), 401 or 429 itself. Wrong tokens are counted per client
   * address: past the allowance, every attempt is 429 until the minute is over, the right token
   * included, so that guessing costs a minute per ten tries.
   */
  const guard = (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) => {
    if (!tokenDigest) { sendError(res, 404, 'not found (no token configured)'); return false; }
    const addr = clientAddress(req);
    const blocked = guesses.check(addr);
    if (!blocked.ok) {
      sendError(res, 429, 'too many wrong tokens from this address', { 'Retry-After': String(blocked.retryAfter), Connection: 'close' });
      return false;
    }
    if (authorized(req)) return true;
    guesses.take(addr);
    o.log(`wrong token from ${addr} at ${new Date().toISOString()}`);
    sendError(res, 401, 'a valid bearer token is required', { 'WWW-Authenticate': 'Bearer' });
    return false;
  };

  return (req, res) => {
    let url;
    try { url = new URL(req.url ?? '/', 'http://receiver'); } catch { return sendError(res, 400, 'bad request target'); }
    // The widget posts impressions to `<consentLog endpoint>/impressions`: with the endpoint it is given
    // (`<receiver>/receipts`), that is /receipts/impressions, the same route as /impressions.
    const path = url.pathname === '/receipts/impressions' && req.method !== 'GET' ? '/impressions' : url.pathname;
    const prefix = ['/receipts/', '/dashboard/'].find((p) => path.startsWith(p) && path.length > p.length);
    const key = prefix ? `${req.method} ${prefix}` : `${req.method} ${path}`;
    const route = routes[key];
    if (!route) {
      const known = Object.keys(routes).some((k) => k.split(' ')[1] === (key.split(' ')[1]));
      return known ? sendError(res, 405, 'method not allowed') : sendError(res, 404, 'not found');
    }
    Promise.resolve(route(req, res, url)).catch((err) => {
      o.log(`internal error on ${req.method} ${path}: ${oneLine(String(err?.message ?? err))}`);
      if (!res.headersSent) sendError(res, 500, 'internal error'); else res.destroy();
    });
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * GET /stats's query: origin (optional), from and to (UTC dates, inclusive; by default the last
 * 30 days), by (default day). A bad one is named.
 * @param {URL} url
 * @returns {({ ok: true } & Parameters<typeof statsRows>[1]) | { ok: false, reason: string }}
 */
export function statsQuery(url, now = Date.now()) {
  const p = url.searchParams;
  for (const k of p.keys()) {
    if (!['origin', 'from', 'to', 'by'].includes(k)) return { ok: false, reason: `unknown parameter ${k} (known: origin, from, to, by)` };
  }
  const by = /** @type {any} */ (p.get('by') ?? 'day');
  if (!STATS_BY.includes(by)) return { ok: false, reason: `by must be one of ${STATS_BY.join(', ')}` };
  const origin = p.get('origin') || null;
  if (origin !== null && !/^https?:\/\/[^/?#\s]+$/.test(origin)) return { ok: false, reason: 'origin must be an origin (scheme://host[:port])' };
  /** @param {'from' | 'to'} k @param {string} dflt */
  const day = (k, dflt) => {
    const v = p.get(k);
    if (v === null || v === '') return dflt;
    const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v ? v : null;
  };
  const to = day('to', new Date(now).toISOString().slice(0, 10));
  if (to === null) return { ok: false, reason: 'to must be a date, YYYY-MM-DD' };
  const from = day('from', new Date(Date.parse(to) - 29 * DAY_MS).toISOString().slice(0, 10));
  if (from === null) return { ok: false, reason: 'from must be a date, YYYY-MM-DD' };
  if (from > to) return { ok: false, reason: 'from must not be after to' };
  return { ok: true, origin, from, to, by };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {{ body: Buffer | string, type: string } | null} file
 */
function serveFile(res, file) {
  if (!file) return sendError(res, 404, 'not found');
  res.writeHead(200, {
    'Content-Type': file.type,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    // Everything from here, nothing inline that could run: the token is worth protecting.
    'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
    'Referrer-Policy': 'no-referrer',
  });
  res.end(file.body);
}

/** @param {URL} url @returns {{ ok: true, from: string, to: string } | { ok: false, reason: string }} */
function rangeOf(url) {
  const out = { from: '-infinity', to: 'infinity' };
  for (const k of /** @type {const} */ (['from', 'to'])) {
    const v = url.searchParams.get(k);
    if (v === null || v === '') continue;
    const t = Date.parse(v);
    if (Number.isNaN(t)) return { ok: false, reason: `${k} must be an ISO 8601 date or date-time` };
    out[k] = new Date(t).toISOString();
  }
  return { ok: true, ...out };
}

/** @param {string} s */
const oneLine = (s) => s.replace(/\s+/g, ' ').slice(0, 300);

const CSV_COLUMNS = ['consentId', 'decidedAt', 'origin', 'path', 'method', 'language', 'revision', 'categories', 'receivedAt', 'seq', 'hash', 'receipt'];
const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/**
 * One CSV cell. Control characters are written as \uXXXX (no raw NUL, no stray line break), and
 * a cell that a spreadsheet would take for a formula (it begins with =, +, -, @, a tab or a
 * carriage return) is prefixed with ' and quoted: OWASP's rule against CSV injection.
 * @param {string} s
 */
export function csvCell(s) {
  const formula = /^[=+\-@\t\r]/.test(s);
  const text = (formula ? `'${s}` : s).replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return formula || /[",;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @param {{ receipt: Record<string, any>, receivedAt: string, seq: number, hash: string }} r */
function csvLine(r) {
  const x = r.receipt;
  const cells = [x.consentId, x.decidedAt, x.origin, x.path, x.method, x.language, String(x.revision),
    JSON.stringify(x.categories), r.receivedAt, String(r.seq), r.hash, JSON.stringify(x)];
  return `${cells.map((c) => csvCell(String(c))).join(',')}\r\n`;
}

/** Resolves when the response can take more, or is gone. @param {import('node:http').ServerResponse} res */
function drained(res) {
  return new Promise((resolve) => {
    const done = () => { res.off('drain', done); res.off('close', done); resolve(undefined); };
    res.on('drain', done);
    res.on('close', done);
  });
}
