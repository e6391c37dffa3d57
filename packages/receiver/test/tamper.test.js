// Tamper evidence and retention: a receipt changed, removed or inserted behind the receiver's back
// is named by GET /verify and by `bandeau-receiver verify` (exit 1); a retention purge keeps the
// chain verifiable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freshStorage, receipt, post, ORIGIN, OTHER_ORIGIN, CLI, STORAGE } from './support.js';
import { startReceiver } from '../src/index.js';
import { openDb } from '../src/storage/db.js';
import { verifyAll, appendBatch } from '../src/store.js';
import { purge } from '../src/purge.js';
import { canonicalJson } from '../src/canonical.js';
import { sha256, linkHash } from '../src/chain.js';

/** @type {Awaited<ReturnType<typeof freshStorage>>} */ let storage;
/** @type {object[]} */ const shop = [];

before(async () => {
  storage = await freshStorage();
  const r = await startReceiver({ origins: [ORIGIN, OTHER_ORIGIN], data: storage.data, databaseUrl: storage.databaseUrl, port: 0, rateLimit: 0, purgeEveryMs: 0, log: () => {} });
  for (let i = 0; i < 12; i++) {
    const x = receipt();
    shop.push(x);
    assert.equal((await post(r.url, x)).status, 201);
    assert.equal((await post(r.url, receipt({ origin: OTHER_ORIGIN }))).status, 201);
  }
  await r.close();
  shared = await openDb(storage);
});
after(async () => { await shared?.close(); await storage?.drop(); });

/** One connection for the tests that read and roll back (PGlite takes a while to open). */
/** @type {import('../src/storage/db.js').Db | undefined} */ let shared;

/** Runs fn inside a transaction that is always rolled back, and returns verify's answer. */
async function verifyAfter(/** @type {(tx: import('../src/storage/db.js').Queryable) => Promise<void>} */ fn) {
  const db = /** @type {import('../src/storage/db.js').Db} */ (shared);
  return db.transaction(async (tx) => {
    await fn(tx);
    const result = await verifyAll(tx);
    throw Object.assign(new Error('rollback'), { result });
  }).catch((err) => { if (err.result) return err.result; throw err; });
}

const key = (/** @type {any} */ x) => ({ consentId: x.consentId, decidedAt: x.decidedAt });
const pick = (/** @type {any} */ b) => b && { consentId: b.consentId, decidedAt: b.decidedAt };

test(`${STORAGE}: an untouched store verifies`, async () => {
  const v = await verifyAfter(async () => {});
  assert.deepEqual({ ok: v.ok, checked: v.checked, chains: v.chains, firstBreak: v.firstBreak }, { ok: true, checked: 24, chains: 2, firstBreak: null });
});

test(`${STORAGE}: a changed receipt is named`, async () => {
  const x = /** @type {any} */ (shop[5]);
  const v = await verifyAfter(async (tx) => {
    await tx.query(`UPDATE receipts SET body = replace(body, '"method":"custom"', '"method":"accept-all"') WHERE consent_id = $1`, [x.consentId]);
  });
  assert.equal(v.ok, false);
  assert.deepEqual(pick(v.firstBreak), key(x));
  assert.equal(v.firstBreak.kind, 'changed');
});

test(`${STORAGE}: a receipt changed along with its content hash is still named`, async () => {
  const x = /** @type {any} */ (shop[3]);
  const forged = canonicalJson({ ...x, method: 'accept-all' });
  const v = await verifyAfter(async (tx) => {
    await tx.query('UPDATE receipts SET body = $2, content_hash = $3 WHERE consent_id = $1', [x.consentId, forged, sha256(forged)]);
  });
  assert.deepEqual(pick(v.firstBreak), key(x));
  assert.equal(v.firstBreak.kind, 'changed');
});

test(`${STORAGE}: a removed receipt is named`, async () => {
  const x = /** @type {any} */ (shop[7]);
  const v = await verifyAfter(async (tx) => { await tx.query('DELETE FROM receipts WHERE consent_id = $1', [x.consentId]); });
  assert.deepEqual(pick(v.firstBreak), key(x));
  assert.equal(v.firstBreak.kind, 'removed');
});

test(`${STORAGE}: removing the last receipt is seen too`, async () => {
  const x = /** @type {any} */ (shop[11]);
  const v = await verifyAfter(async (tx) => { await tx.query('DELETE FROM receipts WHERE consent_id = $1', [x.consentId]); });
  assert.deepEqual(pick(v.firstBreak), key(x));
  assert.equal(v.firstBreak.kind, 'removed');
});

test(`${STORAGE}: an inserted receipt is named`, async () => {
  const fake = receipt({ consentId: 'inserted-by-hand-01' });
  const body = canonicalJson(fake);
  const after4 = /** @type {any} */ (shop[4]);
  const v = await verifyAfter(async (tx) => {
    const [{ seq, hash }] = await tx.query('SELECT seq::int AS seq, hash FROM receipts WHERE consent_id = $1', [after4.consentId]);
    // A forger who knows the scheme links the receipt to the one before it, hashes all right.
    const receivedAt = new Date().toISOString();
    const link = { origin: ORIGIN, seq: seq + 1, contentHash: sha256(body), prevHash: hash, prevConsentId: after4.consentId, prevDecidedAt: after4.decidedAt, receivedAt };
    // Make room after shop[4] and slip a receipt in, with plausible hashes of its own.
    await tx.query('UPDATE receipts SET seq = seq + 1000 WHERE origin = $1 AND seq > $2', [ORIGIN, seq]);
    await tx.query('UPDATE receipts SET seq = seq - 999 WHERE origin = $1 AND seq > $2', [ORIGIN, seq + 999]);
    await tx.query(
      `INSERT INTO receipts (origin, seq, consent_id, decided_at, decided_ts, received_at, body, content_hash, prev_hash, prev_consent_id, prev_decided_at, hash)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $12::timestamptz, $6, $7, $8, $9, $10, $11)`,
      [ORIGIN, seq + 1, fake.consentId, fake.decidedAt, fake.decidedAt, body, link.contentHash, hash, after4.consentId, after4.decidedAt, linkHash(link), receivedAt],
    );
  });
  assert.deepEqual(pick(v.firstBreak), key(fake));
  assert.equal(v.firstBreak.kind, 'inserted');
});

test(`${STORAGE}: receipts of an origin without a chain are named as inserted`, async () => {
  const fake = receipt({ consentId: 'stray-origin-000001', origin: 'https://other.example' });
  const v = await verifyAfter(async (tx) => {
    await tx.query(
      `INSERT INTO receipts (origin, seq, consent_id, decided_at, decided_ts, received_at, body, content_hash, prev_hash, prev_consent_id, prev_decided_at, hash)
       VALUES ($1, 1, $2, $3, $4::timestamptz, now(), '{}', '', '', '', '', '')`,
      [fake.origin, fake.consentId, fake.decidedAt, fake.decidedAt],
    );
  });
  assert.deepEqual(pick(v.firstBreak), key(fake));
});

/** @param {string[]} args */
async function cli(args) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...storage.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = ''; let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const [code] = await once(child, 'exit');
  return { code, out, err };
}

test(`${STORAGE}: retention purge removes old receipts as a chain prefix and the chain still verifies`, async () => {
  const db = /** @type {import('../src/storage/db.js').Db} */ (shared);
  {
    // Old receipts (decided 2015–2019) appended to a third origin, then a recent one.
    const mk = (/** @type {any} */ x) => { const body = canonicalJson(x); return { receipt: x, body, contentHash: sha256(body), decidedTs: x.decidedAt }; };
    const origin = 'https://old.example';
    const old = [2015, 2016, 2017, 2018, 2019].map((y) => receipt({ origin, decidedAt: `${y}-06-01T00:00:00Z` }));
    const recent = receipt({ origin, decidedAt: new Date().toISOString() });
    await db.transaction((tx) => appendBatch(tx, [...old, recent].map(mk)));
    const removed = await purge(db, 61);
    assert.equal(removed, 5);
    const left = await db.query('SELECT consent_id FROM receipts WHERE origin = $1', [origin]);
    assert.deepEqual(left.map((r) => r.consent_id), [recent.consentId]);
    const [start] = await db.query('SELECT start_seq::int AS s FROM chain_heads WHERE origin = $1', [origin]);
    assert.equal(start.s, 6);
    const [log] = await db.query('SELECT through_seq::int AS t, removed::int AS n FROM purges WHERE origin = $1', [origin]);
    assert.deepEqual(log, { t: 5, n: 5 });
    const v = await verifyAll(db);
    assert.equal(v.ok, true, JSON.stringify(v));
    assert.equal(v.checked, 25);
    assert.equal(await purge(db, 61), 0);
  }
});

test(`${STORAGE}: bandeau-receiver verify exits 0 on an intact store and 1 naming the first break`, async () => {
  // One process at a time on a PGlite folder: the CLI opens it itself.
  await shared?.close();
  shared = undefined;
  const ok = await cli(['verify', ...storage.args]);
  assert.equal(ok.code, 0, ok.err);
  assert.equal(JSON.parse(ok.out).ok, true);
  const x = /** @type {any} */ (shop[2]);
  const db = await openDb(storage);
  await db.query(`UPDATE receipts SET body = replace(body, '"revision":3', '"revision":4') WHERE consent_id = $1`, [x.consentId]);
  await db.close();
  const bad = await cli(['verify', ...storage.args]);
  assert.equal(bad.code, 1);
  const out = JSON.parse(bad.out);
  assert.deepEqual(pick(out.firstBreak), key(x));
  assert.match(bad.err, new RegExp(`${x.consentId}.*changed`));
});
