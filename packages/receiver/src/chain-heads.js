// Every origin's chain start and head, as the chain_heads table keeps them: read by verification
// (store.js) and by checkpoints (checkpoint.js), which each need the other's work otherwise.
/** @typedef {import('./storage/db.js').Queryable} Queryable */

/** Every origin's chain start and head, by origin. @param {Queryable} db */
export async function chainHeads(db) {
  const rows = await db.query(
    `SELECT origin, start_seq::text AS start_seq, start_prev_hash, start_prev_consent_id, start_prev_decided_at,
            seq::text AS seq, hash, consent_id, decided_at FROM chain_heads ORDER BY origin`,
  );
  return rows.map((h) => ({
    origin: /** @type {string} */ (h.origin),
    start: { seq: Number(h.start_seq), prevHash: h.start_prev_hash, prevConsentId: h.start_prev_consent_id, prevDecidedAt: h.start_prev_decided_at },
    head: { seq: Number(h.seq), hash: h.hash, consentId: h.consent_id, decidedAt: h.decided_at },
  }));
}
