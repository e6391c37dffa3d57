// The retention purge, and the records it leaves. A purge deletes the oldest receipts of an
// origin's chain as a prefix and moves the chain's start; its record says what was removed
// (seq from–through, how many), by which rule (retention months, the cut-off, when) and the
// hash the chain now starts from. Records are hash-linked per origin, and verify checks that
// they account for the chain's start exactly.
import { GENESIS, sha256 } from './chain.js';

/**
 * @typedef {import('./storage/db.js').Db} Db @typedef {import('./storage/db.js').Queryable} Queryable
 * @typedef {import('./chain.js').ChainStart} ChainStart @typedef {import('./chain.js').Break} Break
 * @typedef {{ origin: string, purgedAt: string, cutoff: string, months: number, fromSeq: number, throughSeq: number,
 *   removed: number, headSeq: number, chainedTo: ChainStart, prevRecordHash: string }} PurgeRecord
 */

const MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The same instant `months` earlier; a day past the end of the shorter month is its last day,
 * as PostgreSQL's interval arithmetic does it. @param {Date} d @param {number} months
 */
export function monthsBefore(d, months) {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
}

/** @param {PurgeRecord} p */
export const purgeRecordHash = (p) => sha256(JSON.stringify([
  p.origin, p.purgedAt, p.cutoff, p.months, p.fromSeq, p.throughSeq, p.removed, p.headSeq,
  p.chainedTo.seq, p.chainedTo.prevHash, p.chainedTo.prevConsentId, p.chainedTo.prevDecidedAt, p.prevRecordHash,
]));

/**
 * Deletes, per origin, the oldest receipts decided more than `months` ago, as a prefix of the
 * chain, and records where the chain now starts, so that it still verifies.
 * @param {Db} db @param {number} months @param {Date} [now] @returns {Promise<number>} receipts removed
 */
export async function purge(db, months, now = new Date()) {
  const purgedAt = now.toISOString();
  const cutoff = monthsBefore(now, months).toISOString();
  const origins = (await db.query('SELECT origin FROM chain_heads ORDER BY origin')).map((r) => r.origin);
  let removed = 0;
  for (const origin of origins) {
    removed += await db.transaction(async (tx) => {
      const [h] = await tx.query(
        `SELECT start_seq::text AS start_seq, seq::text AS seq, hash, consent_id, decided_at FROM chain_heads WHERE origin = $1 FOR UPDATE`,
        [origin],
      );
      const startSeq = Number(h.start_seq);
      const headSeq = Number(h.seq);
      // The chain is cut before the first receipt still within the retention period.
      const [k] = await tx.query(
        `SELECT seq::text AS seq, prev_hash, prev_consent_id, prev_decided_at FROM receipts
         WHERE origin = $1 AND seq = (SELECT min(seq) FROM receipts WHERE origin = $1 AND decided_ts >= $2::timestamptz)`,
        [origin, cutoff],
      );
      /** @type {ChainStart} */
      const start = k
        ? { seq: Number(k.seq), prevHash: k.prev_hash, prevConsentId: k.prev_consent_id, prevDecidedAt: k.prev_decided_at }
        : { seq: headSeq + 1, prevHash: h.hash, prevConsentId: h.consent_id, prevDecidedAt: h.decided_at };
      if (start.seq <= startSeq) return 0;
      const [{ n }] = await tx.query(
        `WITH d AS (DELETE FROM receipts WHERE origin = $1 AND seq < $2::bigint RETURNING 1) SELECT count(*)::int AS n FROM d`,
        [origin, start.seq],
      );
      await tx.query(
        `UPDATE chain_heads SET start_seq = $2, start_prev_hash = $3, start_prev_consent_id = $4, start_prev_decided_at = $5 WHERE origin = $1`,
        [origin, start.seq, start.prevHash, start.prevConsentId, start.prevDecidedAt],
      );
      const [last] = await tx.query('SELECT record_hash FROM purges WHERE origin = $1 ORDER BY id DESC LIMIT 1', [origin]);
      /** @type {PurgeRecord} */
      const rec = {
        origin, purgedAt, cutoff, months, fromSeq: startSeq, throughSeq: start.seq - 1, removed: n, headSeq,
        chainedTo: start, prevRecordHash: last?.record_hash ?? GENESIS,
      };
      await tx.query(
        `INSERT INTO purges (origin, purged_at, cutoff, retention_months, from_seq, through_seq, removed, head_seq,
           chained_to_hash, chained_to_consent_id, chained_to_decided_at, prev_record_hash, record_hash)
         VALUES ($1, $2::timestamptz, $3::timestamptz, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [origin, purgedAt, cutoff, months, rec.fromSeq, rec.throughSeq, n, headSeq,
          start.prevHash, start.prevConsentId, start.prevDecidedAt, rec.prevRecordHash, purgeRecordHash(rec)],
      );
      return n;
    }, { long: true });
  }
  return removed;
}

/**
 * Checks an origin's purge records against each other and against its chain's recorded start:
 * a chain that starts after seq 1 must have been cut there by a purge that followed its rule.
 * @param {Queryable} db @param {string} origin @param {ChainStart} start @returns {Promise<Break | null>}
 */
export async function verifyPurges(db, origin, start) {
  const rows = await db.query(
    `SELECT id::text AS id, to_char(purged_at AT TIME ZONE 'UTC', ${MS}) AS purged_at, to_char(cutoff AT TIME ZONE 'UTC', ${MS}) AS cutoff,
            retention_months, from_seq::text AS from_seq, through_seq::text AS through_seq, removed::text AS removed, head_seq::text AS head_seq,
            chained_to_hash, chained_to_consent_id, chained_to_decided_at, prev_record_hash, record_hash
     FROM purges WHERE origin = $1 ORDER BY id`,
    [origin],
  );
  /** @type {ChainStart} */
  let want = { seq: 1, prevHash: GENESIS, prevConsentId: '', prevDecidedAt: '' };
  let prevRecord = GENESIS;
  /** @param {string} reason @param {'changed' | 'removed'} [kind] @returns {Break} */
  const brk = (reason, kind = 'removed') => ({ origin, consentId: want.prevConsentId, decidedAt: want.prevDecidedAt, kind, reason });
  for (const r of rows) {
    /** @type {PurgeRecord} */
    const p = {
      origin, purgedAt: r.purged_at, cutoff: r.cutoff, months: Number(r.retention_months), fromSeq: Number(r.from_seq),
      throughSeq: Number(r.through_seq), removed: Number(r.removed), headSeq: Number(r.head_seq),
      chainedTo: { seq: Number(r.through_seq) + 1, prevHash: r.chained_to_hash, prevConsentId: r.chained_to_consent_id, prevDecidedAt: r.chained_to_decided_at },
      prevRecordHash: r.prev_record_hash,
    };
    if (p.prevRecordHash !== prevRecord || purgeRecordHash(p) !== r.record_hash) return brk(`purge record ${r.id} was changed, or one before it removed`, 'changed');
    if (p.fromSeq !== want.seq || p.throughSeq < p.fromSeq || p.removed !== p.throughSeq - p.fromSeq + 1 || p.headSeq < p.throughSeq) {
      return brk(`purge record ${r.id} does not continue the chain's start (seq ${want.seq})`);
    }
    if (!(p.months >= 1) || p.cutoff !== monthsBefore(new Date(p.purgedAt), p.months).toISOString() || Date.parse(p.purgedAt) > Date.now() + 60_000) {
      return brk(`purge record ${r.id} does not follow its own rule (${p.months} months before ${p.purgedAt})`, 'changed');
    }
    // The rule cuts before the first receipt still within the period: when that receipt was
    // kept and is still here, it must be within the period.
    if (p.throughSeq < p.headSeq) {
      const [kept] = await db.query('SELECT decided_at FROM receipts WHERE origin = $1 AND seq = $2', [origin, p.throughSeq + 1]);
      if (kept && Date.parse(kept.decided_at) < Date.parse(p.cutoff)) {
        return brk(`purge record ${r.id} removed receipts up to seq ${p.throughSeq} although its rule kept them`);
      }
    }
    want = p.chainedTo;
    prevRecord = r.record_hash;
  }
  if (start.seq !== want.seq || start.prevHash !== want.prevHash || start.prevConsentId !== want.prevConsentId || start.prevDecidedAt !== want.prevDecidedAt) {
    return { origin, consentId: start.prevConsentId || want.prevConsentId, decidedAt: start.prevDecidedAt || want.prevDecidedAt, kind: 'removed', reason: `the chain starts at seq ${start.seq} but its purge records account for a start at seq ${want.seq}` };
  }
  return null;
}
