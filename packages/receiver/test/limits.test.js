// Rate limiting per client address, in memory; X-Forwarded-For only with trustProxy. Runs on a
// stub storage: the limit is decided before any database work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHandler } from '../src/server.js';
import { createValidator } from '../src/validate.js';
import { createRateLimiter } from '../src/rate-limit.js';
import { receipt, post, ORIGIN } from './support.js';

/** @param {{ rateLimit: number, trustProxy: boolean }} o */
async function stubServer(o) {
  let writes = 0;
  const db = /** @type {any} */ ({ kind: 'pglite', query: async () => [] });
  const writer = /** @type {any} */ ({ submit: async () => { writes++; return { status: 'created', hash: 'h' }; } });
  const server = createServer(createHandler({ db, writer, validate: createValidator(), origins: [ORIGIN], rateLimit: o.rateLimit, trustProxy: o.trustProxy, log: () => {} }));
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}`, writes: () => writes, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}

test('the N+1st request in a minute from one address gets 429 with Retry-After; other addresses go on', async () => {
  const s = await stubServer({ rateLimit: 3, trustProxy: true });
  try {
    const from = (/** @type {string} */ ip) => ({ headers: { 'x-forwarded-for': `198.51.100.7, ${ip}` } });
    for (let i = 0; i < 3; i++) assert.equal((await post(s.url, receipt(), from('192.0.2.1'))).status, 201);
    const limited = await post(s.url, receipt(), from('192.0.2.1'));
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.match(limited.json.error, /too many/);
    assert.equal((await post(s.url, receipt(), from('192.0.2.2'))).status, 201);
    assert.equal(s.writes(), 4);
  } finally { await s.close(); }
});

test('without trustProxy, X-Forwarded-For is ignored: the socket address is limited', async () => {
  const s = await stubServer({ rateLimit: 2, trustProxy: false });
  try {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(s.url, receipt(), { headers: { 'x-forwarded-for': `192.0.2.${i}` } })).status);
    assert.deepEqual(statuses, [201, 201, 429, 429]);
  } finally { await s.close(); }
});

test('the limiter forgets everything at the next minute, and 0 turns it off', () => {
  let now = 60000 * 1000 + 59000;
  const l = createRateLimiter(1, () => now);
  assert.equal(l.take('a').ok, true);
  const no = l.take('a');
  assert.equal(no.ok, false);
  assert.equal(no.ok === false && no.retryAfter, 1);
  now += 1000;
  assert.equal(l.take('a').ok, true);
  const off = createRateLimiter(0);
  for (let i = 0; i < 1000; i++) assert.equal(off.take('a').ok, true);
});

test('/export and /verify are off (404) without a token', async () => {
  const s = await stubServer({ rateLimit: 0, trustProxy: false });
  try {
    assert.equal((await fetch(`${s.url}/export`, { headers: { authorization: 'Bearer anything' } })).status, 404);
    assert.equal((await fetch(`${s.url}/verify`)).status, 404);
  } finally { await s.close(); }
});
