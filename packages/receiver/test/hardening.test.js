// Small hardening: wrong tokens rate limited and logged (address and time only), a short token
// refused at start, a malformed URL answered 400 without a stack trace, the CSV export safe to
// open in a spreadsheet, and exactly one of two `serve` started at once on one PGlite folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { startOnFresh, freshStorage, spawnReceiver, receipt, post, CLI, ORIGIN, TOKEN, STORAGE } from './support.js';
import { csvCell } from '../src/server.js';

/** @type {string[]} */ const logged = [];
/** @type {Awaited<ReturnType<typeof startOnFresh>>} */ let r;
before(async () => { r = await startOnFresh({ log: (m) => { logged.push(m); } }); });
after(async () => { await r?.stop(); });

test(`${STORAGE}: a malformed URL is 400, and no stack trace is logged`, async () => {
  logged.length = 0;
  for (const path of ['/receipts/%E0%A4%A', '/receipts/%']) {
    const res = await fetch(`${r.url}${path}`);
    assert.equal(res.status, 400, path);
    assert.equal(typeof (await res.json()).error, 'string');
  }
  assert.deepEqual(logged.filter((l) => /\n\s+at /.test(l) || /internal error/.test(l)), []);
});

test(`${STORAGE}: the CSV export escapes control characters and defuses formulas (OWASP)`, async () => {
  const x = receipt({ path: '/=HYPERLINK("http://evil.example")\u0000\t\r\n' });
  const y = receipt({ path: '/a', language: 'fr' });
  assert.equal((await post(r.url, x)).status, 201);
  assert.equal((await post(r.url, y)).status, 201);
  const res = await fetch(`${r.url}/export?format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const text = await res.text();
  assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/, 'a raw control character');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n\t]/, 'a line break or tab inside a cell');
  const line = text.split('\r\n').find((l) => l.startsWith(x.consentId));
  assert.ok(line);
  assert.ok(line.includes('/=HYPERLINK(""http://evil.example"")\\u0000\\u0009\\u000d\\u000a'), line);
});

// Last of the tests on this receiver: it leaves this address blocked for the minute.
test(`${STORAGE}: 10 wrong tokens a minute from one address, then 429 with Retry-After (the right token too); each logged with address and time only`, async () => {
  logged.length = 0;
  const wrong = 'x'.repeat(40);
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`${r.url}/verify`, { headers: { authorization: `Bearer ${wrong}${i}` } });
    assert.equal(res.status, 401, `attempt ${i + 1}`);
  }
  for (const auth of [`Bearer ${wrong}`, `Bearer ${TOKEN}`]) {
    const res = await fetch(`${r.url}/export`, { headers: { authorization: auth } });
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
  }
  const lines = logged.filter((l) => /wrong token/.test(l));
  assert.equal(lines.length, 10);
  for (const l of lines) {
    assert.match(l, /^wrong token from (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1) at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(!l.includes(wrong), 'the token tried is not logged');
  }
  // Posting receipts is not what is limited here.
  assert.equal((await post(r.url, receipt())).status, 201);
});

test('csvCell: the OWASP formula prefixes get a quote; plain cells stay as they are', () => {
  for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) {
    const c = csvCell(s);
    assert.match(c, /^"'/, JSON.stringify(s));
  }
  assert.equal(csvCell('custom'), 'custom');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('a\u0000b'), 'a\\u0000b');
});

/** @param {string[]} args @param {Record<string, string>} [env] */
async function cli(args, env = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = ''; let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const [code] = await once(child, 'exit');
  return { code, out, err };
}

test('a token shorter than 32 characters is refused at start (exit 2), saying how to make one', async () => {
  const res = await cli(['serve', '--origin', ORIGIN, '--port', '0', '--token', 'a'.repeat(31), '--data', '/nonexistent/never-created']);
  assert.equal(res.code, 2);
  assert.match(res.err, /32/);
  assert.match(res.err, /randomBytes/);
});

test('pglite: of two serve started at once on one folder, exactly one comes up', { skip: STORAGE !== 'pglite' && 'PGlite only' }, async () => {
  for (let round = 0; round < 3; round++) {
    const storage = await freshStorage();
    try {
      const starts = await Promise.allSettled([spawnReceiver(storage.args, storage.env), spawnReceiver(storage.args, storage.env)]);
      const up = starts.filter((s) => s.status === 'fulfilled');
      assert.equal(up.length, 1, `round ${round}: ${up.length} came up`);
      const down = /** @type {PromiseRejectedResult} */ (starts.find((s) => s.status === 'rejected'));
      assert.match(String(down.reason), /in use/);
      const [only] = /** @type {PromiseFulfilledResult<Awaited<ReturnType<typeof spawnReceiver>>>[]} */ (up);
      only.value.child.kill('SIGTERM');
      await only.value.exited;
    } finally {
      await storage.drop();
    }
  }
});
