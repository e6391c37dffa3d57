// The HTTP API against the storage under test (PGlite, or PostgreSQL with DATABASE_URL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startOnFresh, receipt, post, exportAll, ORIGIN, OTHER_ORIGIN, TOKEN, STORAGE } from './support.js';

/** @type {Awaited<ReturnType<typeof startOnFresh>>} */ let r;
before(async () => { r = await startOnFresh(); });
after(async () => { await r?.stop(); });

const stored = async (/** @type {string} */ consentId) => (await exportAll(r.url)).filter((x) => x.receipt.consentId === consentId);

test(`${STORAGE}: a valid receipt is stored (201), again is 200 and stored once, another body under its key is 409`, async () => {
  const x = receipt();
  const first = await post(r.url, x);
  assert.equal(first.status, 201, first.text);
  assert.match(first.json.hash, /^[0-9a-f]{64}$/);
  // The same receipt with its keys in another order is the same receipt.
  const reordered = Object.fromEntries(Object.entries(x).reverse());
  const again = await post(r.url, reordered, { type: 'application/json' });
  assert.equal(again.status, 200, again.text);
  assert.equal(again.json.hash, first.json.hash);
  const other = await post(r.url, { ...x, method: 'accept-all' });
  assert.equal(other.status, 409, other.text);
  const rows = await stored(x.consentId);
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0].receipt, x);
});

test(`${STORAGE}: text/plain (sendBeacon) and application/json (fetch) are both accepted; other types are not`, async () => {
  assert.equal((await post(r.url, receipt(), { type: 'text/plain;charset=UTF-8' })).status, 201);
  assert.equal((await post(r.url, receipt(), { type: 'application/json' })).status, 201);
  const x = receipt();
  const res = await post(r.url, x, { type: 'application/x-www-form-urlencoded' });
  assert.equal(res.status, 415);
  assert.deepEqual(await stored(x.consentId), []);
});

test(`${STORAGE}: bad input of every kind is refused with a one-line reason and nothing is stored`, async () => {
  const base = receipt();
  /** @type {[string, unknown, number][]} */
  const cases = [
    ['invalid JSON', '{"consentId": "abc', 400],
    ['not an object', '[1,2,3]', 400],
    ['empty body', '', 400],
    ['a missing field', (({ method, ...rest }) => rest)(base), 400],
    ['an unknown field', { ...base, ip: '203.0.113.9' }, 400],
    ['a wrong type', { ...base, revision: '3' }, 400],
    ['a bad enum', { ...base, method: 'maybe' }, 400],
    ['a bad date', { ...base, decidedAt: 'yesterday' }, 400],
    ['a non-boolean category', { ...base, categories: { analytics: 'yes' } }, 400],
    ['a bad consent id', { ...base, consentId: 'short' }, 400],
    ['a query string in path', { ...base, path: '/a?email=x@y.z' }, 400],
    ['a body over 8,192 bytes', { ...base, path: `/${'a'.repeat(9000)}` }, 413],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('latin1'), 400],
  ];
  for (const [what, body, status] of cases) {
    const res = await post(r.url, body);
    assert.equal(res.status, status, `${what}: ${res.text}`);
    assert.equal(typeof res.json?.error, 'string', what);
    assert.doesNotMatch(res.json.error, /\n/, what);
    assert.ok(res.json.error.length > 5, what);
  }
  const unknown = await post(r.url, { ...base, ip: '203.0.113.9' });
  assert.match(unknown.json.error, /ip/);
  assert.deepEqual(await stored(base.consentId), []);
});

test(`${STORAGE}: a body over 8,192 bytes is refused even without a Content-Length (chunked)`, async () => {
  const x = receipt({ path: `/${'b'.repeat(10000)}` });
  const enc = new TextEncoder().encode(JSON.stringify(x));
  const stream = new ReadableStream({ start(c) { for (let i = 0; i < enc.length; i += 1000) c.enqueue(enc.slice(i, i + 1000)); c.close(); } });
  const res = await fetch(`${r.url}/receipts`, /** @type {RequestInit} */ ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: stream, duplex: 'half' }));
  assert.equal(res.status, 413);
  assert.deepEqual(await stored(x.consentId), []);
});

test(`${STORAGE}: only the configured origins: CORS preflight, the Origin header and the receipt's own origin`, async () => {
  const ok = await fetch(`${r.url}/receipts`, { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } });
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
  assert.match(ok.headers.get('access-control-allow-headers') ?? '', /content-type/i);
  const no = await fetch(`${r.url}/receipts`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
  assert.equal(no.status, 403);
  assert.equal(no.headers.get('access-control-allow-origin'), null);

  const mine = await post(r.url, receipt(), { headers: { origin: ORIGIN } });
  assert.equal(mine.status, 201);
  assert.equal(mine.headers.get('access-control-allow-origin'), ORIGIN);
  const foreign = receipt({ origin: 'https://evil.example' });
  assert.equal((await post(r.url, foreign)).status, 403);
  const spoofed = receipt({ origin: OTHER_ORIGIN });
  assert.equal((await post(r.url, spoofed, { headers: { origin: ORIGIN } })).status, 403);
  assert.deepEqual(await stored(foreign.consentId), []);
  assert.deepEqual(await stored(spoofed.consentId), []);
  assert.equal((await post(r.url, receipt({ origin: OTHER_ORIGIN }), { headers: { origin: OTHER_ORIGIN } })).status, 201);
});

test(`${STORAGE}: GET /receipts/<consentId> gives that visitor's receipts, newest first, without a token`, async () => {
  const id = 'visitor-0123456789';
  const times = ['2026-02-01T10:00:00Z', '2026-03-01T10:00:00.500Z', '2026-01-15T08:00:00Z'];
  for (const decidedAt of times) assert.equal((await post(r.url, receipt({ consentId: id, decidedAt }))).status, 201);
  await post(r.url, receipt());
  const res = await fetch(`${r.url}/receipts/${id}`);
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.consentId, id);
  assert.deepEqual(body.receipts.map((/** @type {any} */ x) => x.receipt.decidedAt), [times[1], times[0], times[2]]);
  for (const x of body.receipts) {
    assert.match(x.hash, /^[0-9a-f]{64}$/);
    assert.ok(!Number.isNaN(Date.parse(x.receivedAt)));
    assert.deepEqual(Object.keys(x).sort(), ['hash', 'receipt', 'receivedAt']);
  }
  assert.equal((await fetch(`${r.url}/receipts/nobody-0123456789`)).status, 404);
  assert.equal((await fetch(`${r.url}/receipts/..%2F..%2Fetc`)).status, 404);
});

test(`${STORAGE}: /export and /verify need the bearer token; export streams NDJSON or CSV within from/to`, async () => {
  for (const path of ['/export', '/verify']) {
    assert.equal((await fetch(`${r.url}${path}`)).status, 401, path);
    assert.equal((await fetch(`${r.url}${path}`, { headers: { authorization: 'Bearer wrong' } })).status, 401, path);
  }
  const tag = `range-${Date.now()}`;
  const inside = [receipt({ consentId: `${tag}-a`, decidedAt: '2024-05-01T00:00:00Z' }), receipt({ consentId: `${tag}-b`, decidedAt: '2024-05-31T23:59:59Z' })];
  const outside = [receipt({ consentId: `${tag}-c`, decidedAt: '2024-04-30T23:59:59Z' }), receipt({ consentId: `${tag}-d`, decidedAt: '2024-06-01T00:00:00Z' })];
  for (const x of [...inside, ...outside]) assert.equal((await post(r.url, x)).status, 201);
  const got = await exportAll(r.url, '&from=2024-05-01T00:00:00Z&to=2024-06-01T00:00:00Z');
  assert.deepEqual(got.map((x) => x.receipt.consentId), inside.map((x) => x.consentId));

  const csv = await fetch(`${r.url}/export?format=csv&from=2024-05-01&to=2024-06-01`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  const lines = (await csv.text()).trim().split('\r\n');
  assert.match(lines[0], /^consentId,decidedAt,origin,/);
  assert.equal(lines.length, 3);
  assert.ok(lines[1].startsWith(`${tag}-a,2024-05-01T00:00:00Z,${ORIGIN},/checkout,custom,fr,3,`));

  const bad = await fetch(`${r.url}/export?from=soon`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(bad.status, 400);
  const badFormat = await fetch(`${r.url}/export?format=xml`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(badFormat.status, 400);

  const v = await fetch(`${r.url}/verify`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(v.status, 200);
  const result = await v.json();
  assert.equal(result.ok, true);
  assert.equal(result.firstBreak, null);
  assert.equal(result.checked, (await exportAll(r.url)).length);
});

test(`${STORAGE}: a large export streams every receipt once`, async () => {
  const before = (await exportAll(r.url)).length;
  const many = Array.from({ length: 1200 }, () => receipt());
  for (let i = 0; i < many.length; i += 100) {
    const res = await Promise.all(many.slice(i, i + 100).map((x) => post(r.url, x)));
    assert.ok(res.every((x) => x.status === 201));
  }
  const all = await exportAll(r.url);
  assert.equal(all.length, before + many.length);
  assert.equal(new Set(all.map((x) => `${x.receipt.consentId} ${x.receipt.decidedAt}`)).size, all.length);
});

test(`${STORAGE}: GET /health answers 200 while the database answers`, async () => {
  const res = await fetch(`${r.url}/health`);
  assert.equal(res.status, 200);
  assert.equal((await res.json()).storage, STORAGE);
});

test(`${STORAGE}: unknown paths are 404, wrong methods 405`, async () => {
  assert.equal((await fetch(`${r.url}/nope`)).status, 404);
  assert.equal((await fetch(`${r.url}/receipts`)).status, 405);
  assert.equal((await fetch(`${r.url}/health`, { method: 'DELETE' })).status, 405);
});
