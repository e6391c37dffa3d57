// Consent statistics against a known set of receipts: GET /stats by day, variant, regime and
// language, origin and date filters, impressions counted per day without a row each, a bad query
// named, and the variant figures (Wilson interval, two-proportion z-test) to 3 decimals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startOnFresh, receipt, post, ORIGIN, OTHER_ORIGIN, TOKEN, STORAGE } from './support.js';
import { openDb } from '../src/storage/db.js';
import { variantTable, twoProportionZ, wilson } from '../src/dashboard/stats-math.js';

/** @type {Awaited<ReturnType<typeof startOnFresh>>} */ let r;

/** variant → [method, count][] ; each on one of three days, in the "uk" regime for variant c. */
const PLAN = {
  a: [['accept-all', 60], ['reject-all', 30], ['custom', 10]],
  b: [['accept-all', 75], ['reject-all', 20], ['gpc', 5]],
  c: [['accept-all', 66], ['reject-all', 34]],
};
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03'];
const categoriesOf = (/** @type {string} */ m) => ({ necessary: true, analytics: m === 'accept-all' || m === 'custom', ads: m === 'accept-all' });

before(async () => {
  r = await startOnFresh();
  const all = [];
  let i = 0;
  for (const [variant, methods] of Object.entries(PLAN)) {
    for (const [method, count] of methods) {
      for (let k = 0; k < /** @type {number} */ (count); k++, i++) {
        const day = DAYS[i % 3];
        all.push(receipt({
          decidedAt: `${day}T${String(i % 24).padStart(2, '0')}:00:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}Z`,
          method, variant, regime: variant === 'c' ? 'uk' : 'opt-in', language: i % 2 ? 'fr' : 'en', categories: categoriesOf(/** @type {string} */ (method)),
        }));
      }
    }
  }
  // Another site's receipts, on the same days: filtered out by origin.
  for (let k = 0; k < 9; k++) all.push(receipt({ origin: OTHER_ORIGIN, decidedAt: `${DAYS[k % 3]}T12:00:00.${String(k).padStart(3, '0')}Z`, method: 'reject-all', categories: categoriesOf('reject-all') }));
  for (let k = 0; k < all.length; k += 50) {
    const res = await Promise.all(all.slice(k, k + 50).map((x) => post(r.url, x)));
    assert.ok(res.every((x) => x.status === 201), JSON.stringify(res.find((x) => x.status !== 201)));
  }
  // The same receipt again (200) adds nothing.
  assert.equal((await post(r.url, all[0])).status, 200);
});
after(async () => { await r?.stop(); });

/** @param {Record<string, string>} q */
async function stats(q, token = TOKEN) {
  const res = await fetch(`${r.url}/stats?${new URLSearchParams(q)}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

test(`${STORAGE}: GET /stats by day: decisions, methods and granted per day, in the documented shape`, async () => {
  const { status, body } = await stats({ origin: ORIGIN, from: '2026-03-01', to: '2026-03-03' });
  assert.equal(status, 200);
  assert.deepEqual(body.rows.map((/** @type {any} */ x) => x.key), DAYS);
  const sum = (/** @type {string} */ k) => body.rows.reduce((s, /** @type {any} */ x) => s + (x.methods[k] ?? 0), 0);
  assert.equal(body.rows.reduce((s, /** @type {any} */ x) => s + x.decisions, 0), 300);
  assert.deepEqual({ a: sum('accept-all'), r: sum('reject-all'), c: sum('custom'), g: sum('gpc') }, { a: 201, r: 84, c: 10, g: 5 });
  for (const row of body.rows) {
    assert.deepEqual(Object.keys(row).sort(), ['decisions', 'granted', 'key', 'methods']);
    assert.equal(row.decisions, 100);
    assert.equal(row.granted.necessary, 100);
    assert.equal(row.granted.analytics, (row.methods['accept-all'] ?? 0) + (row.methods.custom ?? 0));
    assert.equal(row.granted.ads, row.methods['accept-all']);
  }
  // All sites: the other origin's 9 are counted too; a range that misses the days is empty.
  const both = await stats({ from: '2026-03-01', to: '2026-03-03' });
  assert.equal(both.body.rows.reduce((s, /** @type {any} */ x) => s + x.decisions, 0), 309);
  assert.deepEqual((await stats({ from: '2026-03-02', to: '2026-03-02', origin: ORIGIN })).body.rows.map((/** @type {any} */ x) => x.key), ['2026-03-02']);
  assert.deepEqual((await stats({ from: '2026-04-01', to: '2026-04-30' })).body.rows, []);
});

test(`${STORAGE}: GET /stats by variant, regime and language`, async () => {
  const q = { origin: ORIGIN, from: '2026-03-01', to: '2026-03-03' };
  const v = (await stats({ ...q, by: 'variant' })).body.rows;
  assert.deepEqual(v.map((/** @type {any} */ x) => [x.key, x.decisions, x.methods['accept-all']]), [['a', 100, 60], ['b', 100, 75], ['c', 100, 66]]);
  const g = (await stats({ ...q, by: 'regime' })).body.rows;
  assert.deepEqual(g.map((/** @type {any} */ x) => [x.key, x.decisions]), [['opt-in', 200], ['uk', 100]]);
  const l = (await stats({ ...q, by: 'language' })).body.rows;
  assert.deepEqual(l.map((/** @type {any} */ x) => [x.key, x.decisions]), [['en', 150], ['fr', 150]]);
});

test(`${STORAGE}: the variant figures to 3 decimals: acceptance, 95 % interval (Wilson), z-test against the first`, async () => {
  const rows = (await stats({ origin: ORIGIN, from: '2026-03-01', to: '2026-03-03', by: 'variant' })).body.rows;
  const t = variantTable(rows);
  const r3 = (/** @type {number | null | undefined} */ x) => (x === null || x === undefined ? x : Number(x.toFixed(3)));
  assert.deepEqual(t.map((x) => [x.variant, r3(x.rate), r3(x.ci?.low), r3(x.ci?.high), r3(x.z), r3(x.p), x.verdict]), [
    ['a', 0.6, 0.502, 0.691, null, null, 'control'],
    ['b', 0.75, 0.657, 0.825, 2.265, 0.024, 'significant'],
    ['c', 0.66, 0.563, 0.745, 0.879, 0.380, 'not significant yet'],
  ]);
  assert.equal(twoProportionZ(0, 0, 1, 1), null);
  assert.equal(twoProportionZ(5, 10, 5, 10)?.p.toFixed(3), '1.000');
  assert.equal(wilson(0, 0), null);
  assert.deepEqual(wilson(0, 10)?.low, 0);
});

test(`${STORAGE}: POST /impressions adds to the day's count, keeps no row per impression, and /stats shows it`, async () => {
  const today = new Date().toISOString().slice(0, 10);
  const body = { origin: ORIGIN, variant: 'a', regime: 'opt-in', language: 'fr' };
  for (let k = 0; k < 5; k++) {
    const res = await fetch(`${r.url}/impressions`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: ORIGIN }, body: JSON.stringify(body) });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
  }
  assert.equal((await fetch(`${r.url}/impressions`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ ...body, variant: null, regime: null }) })).status, 204);
  for (const [bad, status] of [[{ ...body, consentId: 'x' }, 400], [{ ...body, origin: 'https://evil.example' }, 403], [{ ...body, regime: 'maybe' }, 400], ['nope', 400]]) {
    const res = await fetch(`${r.url}/impressions`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: typeof bad === 'string' ? bad : JSON.stringify(bad) });
    assert.equal(res.status, status, JSON.stringify(bad));
  }
  const rows = (await stats({ origin: ORIGIN, from: today, to: today })).body.rows;
  assert.deepEqual(rows.map((/** @type {any} */ x) => [x.key, x.impressions, x.decisions]), [[today, 6, 0]]);
  const byVariant = (await stats({ origin: ORIGIN, from: today, to: today, by: 'variant' })).body.rows;
  assert.deepEqual(byVariant.map((/** @type {any} */ x) => [x.key, x.impressions]), [[null, 1], ['a', 5]]);
});

test(`${STORAGE}: a bad /stats query is 400 naming the parameter; the token is required`, async () => {
  for (const [q, name] of /** @type {[Record<string, string>, string][]} */ ([
    [{ by: 'week' }, 'by'], [{ from: '2026-02-30' }, 'from'], [{ to: 'tomorrow' }, 'to'], [{ origin: 'shop' }, 'origin'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'from'], [{ limit: '3' }, 'limit'],
  ])) {
    const res = await stats(q);
    assert.equal(res.status, 400, JSON.stringify(q));
    assert.match(res.body.error, new RegExp(`\\b${name}\\b`));
  }
  assert.equal((await stats({}, 'w'.repeat(40))).status, 401);
  assert.equal((await fetch(`${r.url}/stats`)).status, 401);
});

test(`${STORAGE}: the aggregates hold nothing personal, and agree with the receipts they count`, async () => {
  await r.receiver.close();
  const db = await openDb(r.storage);
  try {
    const cols = await db.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_name LIKE 'stats_%' ORDER BY 1, 2`);
    const names = new Set(cols.map((c) => c.column_name));
    for (const personal of ['consent_id', 'path', 'ip', 'user_agent', 'body', 'received_at']) assert.ok(!names.has(personal), personal);
    const [counted] = await db.query(`SELECT sum(decisions)::int AS n FROM stats_by WHERE dim = 'day'`);
    for (const dim of ['variant', 'regime', 'language']) {
      const [d] = await db.query('SELECT sum(decisions)::int AS n FROM stats_by WHERE dim = $1', [dim]);
      assert.equal(d.n, counted.n, dim);
    }
    const [stored] = await db.query('SELECT count(*)::int AS n FROM receipts');
    assert.equal(counted.n, stored.n);
  } finally {
    await db.close();
  }
});
