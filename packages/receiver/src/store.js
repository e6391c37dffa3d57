// What the receiver does with its database, in the one SQL dialect both storages speak:
// schema set-up, appending receipts to their origin's chain, reading them back, export and
// chain verification (the retention purge is in purge.js, checkpoints in checkpoint.js).
import { readFileSync } from 'node:fs';
import { GENESIS, linkHash, verifyChain } from './chain.js';
import { verifyPurges } from './purge.js';
import { chainHeads } from './chain-heads.js';
import { extendsCheckpoint } from './checkpoint.js';
import { backfillStats, pendingStats, queueStats } from './stats.js';

/** @typedef {import('./storage/db.js').Db} Db @typedef {import('./storage/db.js').Queryable} Queryable */
/**
 * @typedef {{ receipt: import('./validate.js').Receipt, body: string, contentHash: string, decidedTs: string }} Item
 *   decidedTs: the receipt's decidedAt as toISOString() writes it
 * @typedef {{ status: 'created' | 'duplicate' | 'conflict', hash?: string }} Outcome
 */

const SCHEMA_SQL = readFileSync(new URL('./storage/schema.sql', import.meta.url), 'utf8');
const ISO_US = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * What a database error means for the receipts that were being written.
 * @param {unknown} err @returns {'data' | 'conflict' | 'retry' | 'unavailable' | 'bug'}
 */
export function classify(err) {
  const code = /** @type {{ code?: unknown }} */ (err)?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    if (code.startsWith('22')) return 'data'; // a value the database refuses (out of range…)
    if (code.startsWith('23')) return 'conflict'; // another writer got there first: try again
    if (code.startsWith('40')) return 'retry'; // deadlock or serialization failure
    // connection, resources, shutdown, system, internal: the database is not answering well
    if (/^(08|53|54|55|57|58|XX)/.test(code)) return 'unavailable';
    return 'bug'; // a query this receiver got wrong
  }
  return 'unavailable'; // no SQLSTATE: the connection itself failed, or a time-out
}

/** @param {Db} db */
export async function migrate(db) {
  await db.transaction(async (tx) => {
    // Several receivers may start at once on one server: one sets the schema up at a time.
    await tx.query('SELECT pg_advisory_xact_lock(7163003)');
    const [{ fresh }] = await tx.query(`SELECT to_regclass('stats_by') IS NULL AS fresh`);
    for (const stmt of SCHEMA_SQL.split(/;\s*(?:\n|$)/)) {
      if (stmt.replace(/--.*$/gm, '').trim()) await tx.query(stmt);
    }
    // Statistics came after receipts: the first start with them counts what is stored already.
    if (fresh) await backfillStats(tx);
  }, { long: true });
}

/**
 * Appends receipts in one transaction. A receipt whose key (consentId, decidedAt) is stored
 * already is a duplicate when its canonical body is the same, a conflict otherwise.
 * @param {Queryable} tx @param {Item[]} items @returns {Promise<Outcome[]>}
 */
export async function appendBatch(tx, items) {
  const origins = [...new Set(items.map((i) => i.receipt.origin))].sort();
  // A receipt's key is its consent id and its instant: one decision written two ways
  // (with and without milliseconds) is one receipt.
  const keyOf = (/** @type {Item} */ i) => JSON.stringify([i.receipt.consentId, i.decidedTs]);
  const keys = items.map((i) => ({ c: i.receipt.consentId, t: i.decidedTs }));
  // The receipt time is covered by the link hash, so it is set here rather than by the database.
  const receivedAt = new Date().toISOString();
  // One round trip: every origin of the batch gets a chain and its head is locked (in origin
  // order, so that two receivers on one server never wait on each other), and the receipts
  // stored under the batch's keys are read. A key stored by another receiver after this
  // statement's snapshot makes the insert below fail on the unique key; the writer then retries.
  const rows = await tx.query(
    `WITH heads AS (
       INSERT INTO chain_heads (origin, start_seq, start_prev_hash, start_prev_consent_id, start_prev_decided_at, seq, hash, consent_id, decided_at)
       SELECT o, 1, $2, '', '', 0, $2, '', '' FROM jsonb_array_elements_text($1::jsonb) AS o ORDER BY o
       ON CONFLICT (origin) DO UPDATE SET origin = excluded.origin
       RETURNING origin, seq, hash, consent_id, decided_at
     ), known AS (
       SELECT r.consent_id, k.t, r.body, r.hash FROM receipts r
       JOIN jsonb_to_recordset($3::jsonb) AS k(c text, t text) ON r.consent_id = k.c AND r.decided_ts = k.t::timestamptz
     )
     SELECT 'head' AS kind, origin, seq::text AS seq, hash, consent_id, decided_at, NULL AS body FROM heads
     UNION ALL
     SELECT 'known', NULL, NULL, hash, consent_id, t, body FROM known`,
    [JSON.stringify(origins), GENESIS, JSON.stringify(keys)],
  );
  const heads = new Map(rows.filter((r) => r.kind === 'head')
    .map((h) => [h.origin, { seq: Number(h.seq), hash: h.hash, consentId: h.consent_id, decidedAt: h.decided_at }]));
  /** @type {Map<string, { body: string, hash: string }>} */
  const known = new Map(rows.filter((r) => r.kind === 'known')
    .map((r) => [JSON.stringify([r.consent_id, r.decided_at]), { body: r.body, hash: r.hash }]));

  /** @type {Outcome[]} */ const out = [];
  const fresh = [];
  for (const item of items) {
    const { receipt } = item;
    const key = keyOf(item);
    const seen = known.get(key);
    if (seen) {
      out.push(seen.body === item.body ? { status: 'duplicate', hash: seen.hash } : { status: 'conflict' });
      continue;
    }
    const head = /** @type {{ seq: number, hash: string, consentId: string, decidedAt: string }} */ (heads.get(receipt.origin));
    const link = {
      origin: receipt.origin, seq: head.seq + 1, contentHash: item.contentHash,
      prevHash: head.hash, prevConsentId: head.consentId, prevDecidedAt: head.decidedAt, receivedAt,
    };
    const hash = linkHash(link);
    fresh.push({
      origin: link.origin, seq: link.seq, consent_id: receipt.consentId, decided_at: receipt.decidedAt,
      decided_ts: item.decidedTs, received_at: receivedAt, body: item.body, content_hash: item.contentHash, prev_hash: link.prevHash,
      prev_consent_id: link.prevConsentId, prev_decided_at: link.prevDecidedAt, hash,
    });
    heads.set(receipt.origin, { seq: link.seq, hash, consentId: receipt.consentId, decidedAt: receipt.decidedAt });
    known.set(key, { body: item.body, hash });
    out.push({ status: 'created', hash });
  }
  if (fresh.length) {
    const moved = [...heads].filter(([o]) => fresh.some((r) => r.origin === o))
      .map(([origin, h]) => ({ origin, seq: h.seq, hash: h.hash, consent_id: h.consentId, decided_at: h.decidedAt }));
    const stats = items.filter((_, i) => out[i].status === 'created').map((i) => pendingStats(i.receipt, i.decidedTs));
    // One round trip: the receipts, what they add to the statistics, and their chains' new heads
    // (a data-modifying WITH always runs).
    await tx.query(
      `WITH ${queueStats('$3')}, ins AS (
         INSERT INTO receipts (origin, seq, consent_id, decided_at, decided_ts, received_at, body, content_hash, prev_hash, prev_consent_id, prev_decided_at, hash)
         SELECT origin, seq, consent_id, decided_at, decided_ts, received_at, body, content_hash, prev_hash, prev_consent_id, prev_decided_at, hash
         FROM jsonb_to_recordset($1::jsonb) AS x(origin text, seq bigint, consent_id text, decided_at text, decided_ts timestamptz,
           received_at timestamptz, body text, content_hash text, prev_hash text, prev_consent_id text, prev_decided_at text, hash text)
       )
       UPDATE chain_heads h SET seq = x.seq, hash = x.hash, consent_id = x.consent_id, decided_at = x.decided_at
       FROM jsonb_to_recordset($2::jsonb) AS x(origin text, seq bigint, hash text, consent_id text, decided_at text)
       WHERE h.origin = x.origin`,
      [JSON.stringify(fresh), JSON.stringify(moved), JSON.stringify(stats)],
    );
  }
  return out;
}

/** @param {Queryable} db @param {string} consentId */
export async function receiptsOf(db, consentId) {
  const rows = await db.query(
    `SELECT body, hash, to_char(received_at AT TIME ZONE 'UTC', ${ISO_MS}) AS received_at FROM receipts
     WHERE consent_id = $1 ORDER BY receipts.decided_ts DESC, receipts.seq DESC LIMIT 1000`,
    [consentId],
  );
  return rows.map((r) => ({ receipt: JSON.parse(r.body), receivedAt: r.received_at, hash: r.hash }));
}

/**
 * Receipts decided in [from, to), oldest first, read in pages so that any number streams out.
 * @param {Queryable} db @param {string} from ISO instant @param {string} to ISO instant
 */
export async function* exportRows(db, from, to, pageSize = 500) {
  let after = { ts: '-infinity', id: '0' };
  for (;;) {
    const page = await db.query(
      `SELECT id::text AS id, decided_ts::text AS ts, origin, seq::text AS seq, body, hash,
              to_char(received_at AT TIME ZONE 'UTC', ${ISO_MS}) AS received_at
       FROM receipts WHERE decided_ts >= $1::timestamptz AND decided_ts < $2::timestamptz
         AND (decided_ts, id) > ($3::timestamptz, $4::bigint)
       ORDER BY receipts.decided_ts, receipts.id LIMIT ${pageSize}`,
      [from, to, after.ts, after.id],
    );
    for (const r of page) yield { receipt: JSON.parse(r.body), receivedAt: r.received_at, origin: r.origin, seq: Number(r.seq), hash: r.hash };
    if (page.length < pageSize) return;
    after = { ts: page[page.length - 1].ts, id: page[page.length - 1].id };
  }
}

/** A stored instant read with microseconds, as toISOString() writes it when it has none. @param {string} s */
const fromUs = (s) => (s.endsWith('000Z') ? `${s.slice(0, -4)}Z` : s);

/** @param {Queryable} db @param {string} origin @returns {AsyncGenerator<import('./chain.js').ChainRow>} */
export async function* chainRows(db, origin, pageSize = 1000) {
  let after = { seq: '-9223372036854775808', id: '0' };
  for (;;) {
    const page = await db.query(
      `SELECT id::text AS id, seq::text AS seq, consent_id, decided_at, body, content_hash, prev_hash, prev_consent_id, prev_decided_at, hash,
              to_char(received_at AT TIME ZONE 'UTC', ${ISO_US}) AS received_at, to_char(decided_ts AT TIME ZONE 'UTC', ${ISO_US}) AS decided_ts
       FROM receipts WHERE origin = $1 AND (seq, id) > ($2::bigint, $3::bigint) ORDER BY receipts.seq, receipts.id LIMIT ${pageSize}`,
      [origin, after.seq, after.id],
    );
    for (const r of page) {
      yield {
        origin, seq: Number(r.seq), consentId: r.consent_id, decidedAt: r.decided_at, body: r.body, contentHash: r.content_hash,
        prevHash: r.prev_hash, prevConsentId: r.prev_consent_id, prevDecidedAt: r.prev_decided_at, hash: r.hash,
        receivedAt: fromUs(r.received_at), decidedTs: fromUs(r.decided_ts),
      };
    }
    if (page.length < pageSize) return;
    after = { seq: page[page.length - 1].seq, id: page[page.length - 1].id };
  }
}

/** True when the database holds the receiver's tables (`verify` refuses anything else). @param {Queryable} db */
export async function hasReceiverTables(db) {
  const [r] = await db.query(`SELECT to_regclass('receipts') IS NOT NULL AND to_regclass('chain_heads') IS NOT NULL AND to_regclass('purges') IS NOT NULL AS ok`);
  return r.ok === true;
}

/**
 * @typedef {{ ok: boolean, checked: number, chains: number, firstBreak: import('./chain.js').Break | null }} Verdict
 */

/**
 * Recomputes every origin's chain, from the start its purge records give it to its recorded
 * head; then, for each checkpoint given, that the chain still extends it. firstBreak names the
 * first receipt changed, removed or inserted.
 * @param {Queryable} db @param {{ checkpoints?: import('./checkpoint.js').Checkpoint[] }} [opts]
 * @returns {Promise<Verdict>}
 */
export async function verifyAll(db, { checkpoints = [] } = {}) {
  const heads = await chainHeads(db);
  let checked = 0;
  const fail = (/** @type {import('./chain.js').Break} */ b) => ({ ok: false, checked, chains: heads.length, firstBreak: b });
  // Receipts of an origin that has no chain at all were put there by hand.
  const [stray] = await db.query(
    `SELECT consent_id, decided_at, origin FROM receipts r
     WHERE NOT EXISTS (SELECT 1 FROM chain_heads h WHERE h.origin = r.origin) ORDER BY id LIMIT 1`,
  );
  if (stray) return fail({ origin: stray.origin, consentId: stray.consent_id, decidedAt: stray.decided_at, kind: 'inserted', reason: 'its origin has no chain' });
  for (const h of heads) {
    const purged = await verifyPurges(db, h.origin, h.start);
    if (purged) return fail(purged);
    let here = 0;
    const brk = await verifyChain(h.origin, h.start, h.head, chainRows(db, h.origin), (n) => { here = n; });
    checked += here;
    if (brk) return fail(brk);
  }
  for (const cp of checkpoints) {
    const brk = await extendsCheckpoint(db, cp, heads);
    if (brk) return fail(brk);
  }
  return { ok: true, checked, chains: heads.length, firstBreak: null };
}
