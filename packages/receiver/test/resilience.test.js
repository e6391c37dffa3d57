// The receiver survives its database (PostgreSQL): under load, a connection terminated, the
// server stopped fast or immediately and started again, a lock held longer than the time-out.
// Each time the process stays up, answers 503 with Retry-After within its time-out while the
// database is away, takes receipts again once it is back, and loses nothing it acknowledged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { freshStorage, spawnReceiver, receipt, post, exportAll, STORAGE, TOKEN } from './support.js';

const skip = STORAGE !== 'postgres' && 'PostgreSQL only: PGlite runs inside the process';
const TIMEOUT_S = 3;
// What "within the time-out" may take beyond it on a busy two-core machine.
const SLACK_MS = 2000;
const pgCtl = (/** @type {string[]} */ ...args) => promisify(execFile)(/** @type {string} */ (process.env.RECEIVER_TEST_PG_CTL), args);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a receiver process on a fresh database with 16 clients posting receipts, calls `during`
 * (the trouble), then waits for 201s again and checks what was stored.
 * @param {(ctx: { databaseUrl: string, url: string }) => Promise<void>} during
 */
async function underLoad(during) {
  const storage = await freshStorage();
  const r = await spawnReceiver(['--db-timeout', String(TIMEOUT_S)], storage.env);
  let exited = false;
  r.exited.then(() => { exited = true; });
  /** @type {Map<string, object>} */ const acked = new Map();
  /** @type {{ status: number, ms: number, retryAfter: string | null }[]} */ const answers = [];
  let stop = false;
  const worker = async () => {
    while (!stop && !exited) {
      const x = receipt({ decidedAt: new Date().toISOString() });
      const t0 = Date.now();
      try {
        const res = await post(r.url, x);
        answers.push({ status: res.status, ms: Date.now() - t0, retryAfter: res.headers.get('retry-after') });
        if (res.status === 201 || res.status === 200) acked.set(x.consentId, x);
        else await sleep(50);
      } catch {
        answers.push({ status: 0, ms: Date.now() - t0, retryAfter: null });
        await sleep(50);
      }
    }
  };
  try {
    const workers = Array.from({ length: 16 }, worker);
    while (acked.size < 200 && !exited) await sleep(20);
    const before = answers.length;
    await during({ databaseUrl: /** @type {string} */ (storage.databaseUrl), url: r.url });
    // Back to 201 by itself (the pool reconnects): wait for a run of fresh acknowledgements.
    const ackedThen = acked.size;
    for (let i = 0; i < 600 && acked.size < ackedThen + 100 && !exited; i++) await sleep(50);
    stop = true;
    await Promise.all(workers);
    assert.equal(exited, false, `the receiver exited: ${r.stderr()}`);
    assert.ok(acked.size >= ackedThen + 100, `no 201s again after the trouble (${acked.size - ackedThen} more)`);
    const trouble = answers.slice(before);
    for (const a of trouble) {
      assert.ok([200, 201, 503].includes(a.status), `answered ${a.status}`);
      if (a.status === 503) {
        assert.ok(Number(a.retryAfter) > 0, '503 without Retry-After');
        assert.ok(a.ms <= TIMEOUT_S * 1000 + SLACK_MS, `a 503 took ${a.ms} ms`);
      }
    }
    const stored = await exportAll(r.url);
    const ids = new Map(stored.map((s) => [s.receipt.consentId, s.receipt]));
    assert.equal(ids.size, stored.length, 'a receipt is stored twice');
    const lost = [...acked.keys()].filter((id) => !ids.has(id));
    assert.deepEqual(lost, [], `${lost.length} acknowledged receipt(s) lost`);
    const v = await (await fetch(`${r.url}/verify`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    assert.equal(v.ok, true, JSON.stringify(v));
    return trouble;
  } finally {
    stop = true;
    r.child.kill('SIGTERM');
    await r.exited;
    await storage.drop();
  }
}

test(`${STORAGE}: connections terminated under load (pg_terminate_backend): no exit, nothing acknowledged lost`, { skip }, async () => {
  await underLoad(async ({ databaseUrl }) => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      for (let i = 0; i < 5; i++) {
        const killed = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        );
        assert.ok(killed.rowCount && killed.rowCount > 0, 'no receiver connection to terminate');
        await sleep(200);
      }
    } finally { await admin.end(); }
  });
});

for (const mode of ['fast', 'immediate']) {
  test(`${STORAGE}: the server stopped (pg_ctl -m ${mode}) under load and started again: 503 with Retry-After while it is away, then 201`, { skip }, async () => {
    const trouble = await underLoad(async ({ url }) => {
      await pgCtl('stop', mode);
      try {
        // While it is away, a post is answered 503 within the time-out.
        const t0 = Date.now();
        const res = await post(url, receipt({ decidedAt: new Date().toISOString() }));
        assert.equal(res.status, 503, res.text);
        assert.ok(Number(res.headers.get('retry-after')) > 0);
        assert.ok(Date.now() - t0 <= TIMEOUT_S * 1000 + SLACK_MS);
        assert.equal((await fetch(`${url}/health`)).status, 503);
        await sleep(500);
      } finally {
        await pgCtl('start');
      }
    });
    assert.ok(trouble.some((a) => a.status === 503), 'no 503 while the server was away');
  });
}

test(`${STORAGE}: the chain heads locked longer than the time-out: 503 within it, then 201 once the lock is gone`, { skip }, async () => {
  const trouble = await underLoad(async ({ databaseUrl, url }) => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      await admin.query('BEGIN');
      await admin.query('SELECT * FROM chain_heads FOR UPDATE');
      const t0 = Date.now();
      const res = await Promise.all(Array.from({ length: 8 }, () => post(url, receipt({ decidedAt: new Date().toISOString() }))));
      const took = Date.now() - t0;
      for (const x of res) {
        assert.equal(x.status, 503, x.text);
        assert.ok(Number(x.headers.get('retry-after')) > 0);
      }
      assert.ok(took <= TIMEOUT_S * 1000 + SLACK_MS, `the 503s took ${took} ms`);
      // Held for twice the time-out, with the load going on.
      await sleep(TIMEOUT_S * 1000);
    } finally {
      await admin.query('ROLLBACK').catch(() => {});
      await admin.end();
    }
  });
  assert.ok(trouble.some((a) => a.status === 503));
});
