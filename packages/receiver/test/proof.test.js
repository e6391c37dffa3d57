// What verify proves: every column an answer reads is covered (receipt time, decision time),
// purges are accounted for by their records, and signed checkpoints kept elsewhere catch what a
// chain alone cannot: receipts removed at the end, a head rewritten, an origin deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshStorage, receipt, post, ORIGIN, OTHER_ORIGIN, CLI, STORAGE, TOKEN } from './support.js';
import { startReceiver } from '../src/index.js';
import { openDb } from '../src/storage/db.js';
import { verifyAll, appendBatch } from '../src/store.js';
import { purge } from '../src/purge.js';
import { generateCheckpointKey, parseCheckpoint } from '../src/checkpoint.js';
import { canonicalJson } from '../src/canonical.js';
import { sha256, linkHash } from '../src/chain.js';

/** @type {Awaited<ReturnType<typeof freshStorage>>} */ let storage;
/** @type {import('../src/storage/db.js').Db | undefined} */ let shared;
/** @type {import('../src/checkpoint.js').Checkpoint} */ let cp;
/** @type {any[]} */ const shop = [];
const key = generateCheckpointKey();
const dir = mkdtempSync(join(tmpdir(), 'bandeau-receiver-proof-'));

before(async () => {
  storage = await freshStorage();
  const r = await startReceiver({
    origins: [ORIGIN, OTHER_ORIGIN], data: storage.data, databaseUrl: storage.databaseUrl, port: 0, rateLimit: 0, purgeEveryMs: 0,
    token: TOKEN, checkpointKey: key.privatePem, checkpointEveryMs: 0, log: () => {},
  });
  try {
    for (let i = 0; i < 10; i++) {
      const x = receipt({ decidedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
      shop.push(x);
      assert.equal((await post(r.url, x)).status, 201);
      assert.equal((await post(r.url, receipt({ origin: OTHER_ORIGIN }))).status, 201);
    }
    cp = await r.checkpoint();
    // GET /checkpoint: the newest, to anyone, signed.
    const served = await fetch(`${r.url}/checkpoint`);
    assert.equal(served.status, 200);
    const body = await served.text();
    assert.deepEqual(parseCheckpoint(body, key.publicKey), cp);
    writeFileSync(join(dir, 'cp1.json'), body);
    // Two more receipts after the checkpoint: the chain extends it.
    for (let i = 0; i < 2; i++) assert.equal((await post(r.url, receipt())).status, 201);
  } finally {
    await r.close();
  }
  shared = await openDb(storage);
});
after(async () => { await shared?.close(); await storage?.drop(); });

/** Runs fn in a transaction that is always rolled back, and returns verify's answer. */
async function verifyAfter(/** @type {(tx: import('../src/storage/db.js').Queryable) => Promise<void>} */ fn, checkpoints = [cp]) {
  const db = /** @type {import('../src/storage/db.js').Db} */ (shared);
  return db.transaction(async (tx) => {
    await fn(tx);
    throw Object.assign(new Error('rollback'), { result: await verifyAll(tx, { checkpoints }) });
  }).catch((err) => { if (err.result) return err.result; throw err; });
}

test(`${STORAGE}: the untouched store verifies, and extends its checkpoint`, async () => {
  const v = await verifyAfter(async () => {});
  assert.equal(v.ok, true, JSON.stringify(v));
  assert.equal(v.checked, 22);
  assert.deepEqual(cp.checkpoint.chains.map((c) => [c.origin, c.length]), [[OTHER_ORIGIN, 10], [ORIGIN, 10]].sort());
});

test(`${STORAGE}: a receipt time changed is named`, async () => {
  const x = shop[4];
  const v = await verifyAfter(async (tx) => {
    await tx.query(`UPDATE receipts SET received_at = received_at + interval '1 day' WHERE consent_id = $1`, [x.consentId]);
  }, []);
  assert.equal(v.ok, false);
  assert.equal(v.firstBreak.consentId, x.consentId);
  assert.equal(v.firstBreak.kind, 'changed');
});

test(`${STORAGE}: a decision time moved (to 1990) is named`, async () => {
  const x = shop[6];
  const v = await verifyAfter(async (tx) => {
    await tx.query(`UPDATE receipts SET decided_ts = '1990-01-01T00:00:00Z' WHERE consent_id = $1`, [x.consentId]);
  }, []);
  assert.equal(v.ok, false);
  assert.equal(v.firstBreak.consentId, x.consentId);
  assert.match(v.firstBreak.reason, /decision time/);
});

test(`${STORAGE}: the oldest receipts removed and the chain's start moved, without a purge record, is named`, async () => {
  const v = await verifyAfter(async (tx) => {
    const [k] = await tx.query('SELECT seq, prev_hash, prev_consent_id, prev_decided_at FROM receipts WHERE origin = $1 AND seq = 4', [ORIGIN]);
    await tx.query('DELETE FROM receipts WHERE origin = $1 AND seq < 4', [ORIGIN]);
    await tx.query('UPDATE chain_heads SET start_seq = 4, start_prev_hash = $2, start_prev_consent_id = $3, start_prev_decided_at = $4 WHERE origin = $1',
      [ORIGIN, k.prev_hash, k.prev_consent_id, k.prev_decided_at]);
  }, []);
  assert.equal(v.ok, false);
  assert.equal(v.firstBreak.kind, 'removed');
  assert.equal(v.firstBreak.origin, ORIGIN);
  assert.equal(v.firstBreak.consentId, shop[2].consentId);
});

test(`${STORAGE}: a whole origin deleted (rows and head) is caught by the checkpoint, naming the origin`, async () => {
  const del = async (/** @type {import('../src/storage/db.js').Queryable} */ tx) => {
    await tx.query('DELETE FROM receipts WHERE origin = $1', [OTHER_ORIGIN]);
    await tx.query('DELETE FROM chain_heads WHERE origin = $1', [OTHER_ORIGIN]);
  };
  assert.equal((await verifyAfter(del, [])).ok, true, 'without a checkpoint nothing shows it');
  const v = await verifyAfter(del);
  assert.equal(v.ok, false);
  assert.equal(v.firstBreak.origin, OTHER_ORIGIN);
  assert.match(v.firstBreak.reason, /deleted/);
});

test(`${STORAGE}: the newest receipts removed and the head rewritten is caught by the checkpoint`, async () => {
  const cut = async (/** @type {import('../src/storage/db.js').Queryable} */ tx) => {
    const [k] = await tx.query('SELECT seq, hash, consent_id, decided_at FROM receipts WHERE origin = $1 AND seq = 7', [ORIGIN]);
    await tx.query('DELETE FROM receipts WHERE origin = $1 AND seq > 7', [ORIGIN]);
    await tx.query('UPDATE chain_heads SET seq = 7, hash = $2, consent_id = $3, decided_at = $4 WHERE origin = $1', [ORIGIN, k.hash, k.consent_id, k.decided_at]);
  };
  assert.equal((await verifyAfter(cut, [])).ok, true, 'without a checkpoint nothing shows it');
  const v = await verifyAfter(cut);
  assert.equal(v.ok, false);
  assert.equal(v.firstBreak.origin, ORIGIN);
  assert.equal(v.firstBreak.kind, 'removed');
});

test(`${STORAGE}: a chain rewritten from the checkpoint's head on, hashes and head included, is caught by the checkpoint`, async () => {
  const rewrite = async (/** @type {import('../src/storage/db.js').Queryable} */ tx) => {
    const rows = await tx.query(
      `SELECT seq::int AS seq, consent_id, body, prev_hash, prev_consent_id, prev_decided_at, to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS received_at
       FROM receipts WHERE origin = $1 AND seq >= 10 ORDER BY seq`, [ORIGIN]);
    let prevHash = rows[0].prev_hash;
    let prev = { c: rows[0].prev_consent_id, d: rows[0].prev_decided_at };
    let last;
    for (const r of rows) {
      const x = JSON.parse(r.body);
      if (r.seq === 10) x.method = 'accept-all';
      const body = canonicalJson(x);
      const link = { origin: ORIGIN, seq: r.seq, contentHash: sha256(body), prevHash, prevConsentId: prev.c, prevDecidedAt: prev.d, receivedAt: r.received_at };
      const hash = linkHash(link);
      await tx.query('UPDATE receipts SET body = $2, content_hash = $3, prev_hash = $4, hash = $5 WHERE origin = $1 AND seq = $6', [ORIGIN, body, link.contentHash, prevHash, hash, r.seq]);
      prevHash = hash; prev = { c: x.consentId, d: x.decidedAt }; last = { hash, ...prev };
    }
    await tx.query('UPDATE chain_heads SET hash = $2 WHERE origin = $1', [ORIGIN, last?.hash]);
  };
  assert.equal((await verifyAfter(rewrite, [])).ok, true, 'without a checkpoint nothing shows it');
  const v = await verifyAfter(rewrite);
  assert.equal(v.ok, false);
  assert.equal(v.firstBreak.consentId, shop[9].consentId);
  assert.equal(v.firstBreak.kind, 'changed');
});

test('a checkpoint changed after signing, or signed by another key, is refused', () => {
  const text = readFileSync(join(dir, 'cp1.json'), 'utf8');
  const forged = JSON.parse(text);
  forged.checkpoint.chains[0].length = 3;
  assert.throws(() => parseCheckpoint(JSON.stringify(forged)), /signature/);
  assert.throws(() => parseCheckpoint(text, generateCheckpointKey().publicKey), /another key/);
  assert.throws(() => parseCheckpoint('{"a":1}'), /not a bandeau-receiver checkpoint/);
});

test(`${STORAGE}: a retention purge leaves a record that verify checks`, async () => {
  const db = /** @type {import('../src/storage/db.js').Db} */ (shared);
  const origin = 'https://old.example';
  const mk = (/** @type {any} */ x) => { const body = canonicalJson(x); return { receipt: x, body, contentHash: sha256(body), decidedTs: new Date(x.decidedAt).toISOString() }; };
  const old = [2015, 2016, 2017, 2018, 2019].map((y) => receipt({ origin, decidedAt: `${y}-06-01T00:00:00Z` }));
  const recent = receipt({ origin, decidedAt: new Date().toISOString() });
  await db.transaction((tx) => appendBatch(tx, [...old, recent].map(mk)));
  assert.equal(await purge(db, 61), 5);
  const [rec] = await db.query('SELECT from_seq::int AS f, through_seq::int AS t, removed::int AS n, retention_months AS m, chained_to_consent_id AS c FROM purges WHERE origin = $1', [origin]);
  assert.deepEqual(rec, { f: 1, t: 5, n: 5, m: 61, c: old[4].consentId });
  assert.equal((await verifyAfter(async () => {})).ok, true);
  for (const [what, sql] of [
    ['its count changed', 'UPDATE purges SET removed = 4 WHERE origin = $1'],
    ['its rule changed', 'UPDATE purges SET retention_months = 1 WHERE origin = $1'],
    ['the record removed', 'DELETE FROM purges WHERE origin = $1'],
  ]) {
    const v = await verifyAfter(async (tx) => { await tx.query(sql, [origin]); });
    assert.equal(v.ok, false, what);
    assert.equal(v.firstBreak.origin, origin, what);
  }
  // A purge record forged to cover receipts removed by hand, by a rule that would have kept them.
  const v = await verifyAfter(async (tx) => {
    await tx.query('DELETE FROM purges WHERE origin = $1', [origin]);
    await tx.query(`INSERT INTO purges (origin, purged_at, cutoff, retention_months, from_seq, through_seq, removed, head_seq, chained_to_hash, chained_to_consent_id, chained_to_decided_at, prev_record_hash, record_hash)
      VALUES ($1, now(), now(), 0, 1, 5, 5, 6, '', '', '', '', '')`, [origin]);
  });
  assert.equal(v.ok, false);
});

/** @param {string[]} args @param {Record<string, string>} [env] */
async function cli(args, env = storage.env) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = ''; let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const [code] = await once(child, 'exit');
  return { code, out, err };
}

test(`${STORAGE}: keygen, checkpoint --key, verify --checkpoint (repeatable) on the command line`, async () => {
  await shared?.close();
  shared = undefined;
  const keyFile = join(dir, 'receiver.key');
  const made = await cli(['keygen', '--out', keyFile]);
  assert.equal(made.code, 0, made.err);
  assert.equal(statSync(keyFile).mode & 0o777, 0o600);
  assert.match(JSON.parse(made.out).publicKey, /^[A-Za-z0-9+/=]+$/);
  assert.equal((await cli(['keygen', '--out', keyFile])).code, 2, 'an existing key is not overwritten');

  const c2 = await cli(['checkpoint', '--key', keyFile, ...storage.args]);
  assert.equal(c2.code, 0, c2.err);
  writeFileSync(join(dir, 'cp2.json'), c2.out);
  const parsed = parseCheckpoint(c2.out);
  assert.deepEqual(parsed.checkpoint.chains.find((c) => c.origin === ORIGIN)?.length, 12);

  const ok = await cli(['verify', ...storage.args, '--checkpoint', join(dir, 'cp1.json'), '--checkpoint', join(dir, 'cp2.json')]);
  assert.equal(ok.code, 0, ok.err);
  assert.equal(JSON.parse(ok.out).ok, true);

  // The newest receipt removed and the head rewritten: only the second checkpoint sees it.
  const db = await openDb(storage);
  const [k] = await db.query('SELECT hash, consent_id, decided_at FROM receipts WHERE origin = $1 AND seq = 11', [ORIGIN]);
  await db.query('DELETE FROM receipts WHERE origin = $1 AND seq = 12', [ORIGIN]);
  await db.query('UPDATE chain_heads SET seq = 11, hash = $2, consent_id = $3, decided_at = $4 WHERE origin = $1', [ORIGIN, k.hash, k.consent_id, k.decided_at]);
  await db.close();
  assert.equal((await cli(['verify', ...storage.args, '--checkpoint', join(dir, 'cp1.json')])).code, 0);
  const bad = await cli(['verify', ...storage.args, '--checkpoint', join(dir, 'cp1.json'), '--checkpoint', join(dir, 'cp2.json')]);
  assert.equal(bad.code, 1, bad.err);
  assert.match(bad.err, new RegExp(`chain broken at ${ORIGIN.replace(/\./g, '\\.')}`));

  const tampered = JSON.parse(readFileSync(join(dir, 'cp2.json'), 'utf8'));
  tampered.checkpoint.time = '2020-01-01T00:00:00.000Z';
  writeFileSync(join(dir, 'cp3.json'), JSON.stringify(tampered));
  const refused = await cli(['verify', ...storage.args, '--checkpoint', join(dir, 'cp3.json')]);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /signature/);
});

test('verify on a folder that holds no receiver data exits 2 and creates nothing', async () => {
  const wrong = join(dir, 'not-a-receiver');
  const res = await cli(['verify', '--data', wrong], { DATABASE_URL: '' });
  assert.equal(res.code, 2);
  assert.match(res.err, /no receiver data/);
  assert.equal(existsSync(wrong), false);
});

test(`${STORAGE}: verify on a database without the receiver's tables exits 2`, { skip: STORAGE !== 'postgres' && 'PostgreSQL only' }, async () => {
  const empty = await freshStorage();
  try {
    const res = await cli(['verify'], empty.env);
    assert.equal(res.code, 2, res.out + res.err);
    assert.match(res.err, /no receiver data/);
  } finally {
    await empty.drop();
  }
});
