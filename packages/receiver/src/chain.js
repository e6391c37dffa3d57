// The hash chain: each stored receipt carries the hash of its content and a link hash over the
// previous receipt of the same site origin. verifyChain() walks one origin's chain and names the
// first receipt that was changed, removed or inserted.
import { createHash } from 'node:crypto';

/** An ISO date-time as toISOString() writes it, or '' when it is none. @param {unknown} s */
const isoMs = (s) => { const t = Date.parse(String(s)); return Number.isNaN(t) ? '' : new Date(t).toISOString(); };

/** The previous-hash of the first receipt of every chain. */
export const GENESIS = '0'.repeat(64);

/** @param {string} s */
export const sha256 = (s) => createHash('sha256').update(s).digest('hex');

/**
 * @typedef {object} Link
 * @property {string} origin
 * @property {number} seq          position in the origin's chain, 1, 2, 3…
 * @property {string} contentHash  sha256 of the receipt's canonical JSON
 * @property {string} prevHash     link hash of the previous receipt (GENESIS for the first)
 * @property {string} prevConsentId  key of the previous receipt ('' for the first)
 * @property {string} prevDecidedAt
 * @property {string} receivedAt   when the receiver stored it (ISO, milliseconds, Z)
 */

/** @param {Link} l */
export function linkHash(l) {
  return sha256(JSON.stringify([l.origin, l.seq, l.prevHash, l.prevConsentId, l.prevDecidedAt, l.contentHash, l.receivedAt]));
}

/**
 * @typedef {Link & { consentId: string, decidedAt: string, decidedTs?: string, body: string, hash: string }} ChainRow
 *   decidedTs: the stored decision instant (ISO with milliseconds) that ranges, ordering and
 *   retention read; it must be the body's decidedAt
 * @typedef {{ seq: number, prevHash: string, prevConsentId: string, prevDecidedAt: string }} ChainStart
 *   where the chain begins: seq 1 and GENESIS, or the first receipt kept after a retention purge
 * @typedef {{ seq: number, hash: string, consentId: string, decidedAt: string }} ChainHead  the last receipt appended
 * @typedef {{ origin: string, consentId: string, decidedAt: string, kind: 'changed'|'removed'|'inserted', reason: string }} Break
 */

/**
 * Walks the rows of one origin's chain, in seq order, and returns the first break, or null.
 * Rows are pulled from an async iterable so that a chain of any length is checked in pages.
 * @param {string} origin
 * @param {ChainStart} start
 * @param {ChainHead} head
 * @param {AsyncIterable<ChainRow>} rows
 * @param {(n: number) => void} [count] called with the number of receipts checked so far
 * @returns {Promise<Break | null>}
 */
export async function verifyChain(origin, start, head, rows, count = () => {}) {
  /** @type {ChainRow | null} */ let prev2 = null;
  /** @type {ChainRow | null} */ let prev = null;
  /** @type {ChainRow | null} */ let cur = null;
  let checked = 0;
  const brk = (/** @type {{consentId: string, decidedAt: string}} */ r, /** @type {Break['kind']} */ kind, /** @type {string} */ reason) =>
    ({ origin, consentId: r.consentId, decidedAt: r.decidedAt, kind, reason });

  /** @param {ChainRow} r @param {ChainRow | null} next @returns {Break | null} */
  const check = (r, next) => {
    let parsed;
    try { parsed = JSON.parse(r.body); } catch { parsed = null; }
    if (sha256(r.body) !== r.contentHash || !parsed || parsed.consentId !== r.consentId || parsed.decidedAt !== r.decidedAt || parsed.origin !== origin) {
      return brk(r, 'changed', 'its content no longer matches its content hash');
    }
    if (r.decidedTs !== undefined && r.decidedTs !== isoMs(parsed.decidedAt)) {
      return brk(r, 'changed', 'its stored decision time is not the one in its content');
    }
    // r links to the receipt before the previous one: the previous one was slipped in (and r
    // renumbered to make room, which is why this comes before r's own link hash).
    if (prev && r.prevHash !== prev.hash && r.prevHash === (prev2 ? prev2.hash : start.prevHash)) {
      return brk(prev, 'inserted', 'the receipt after it links past it');
    }
    if (linkHash(r) !== r.hash) return brk(r, 'changed', 'its link hash does not match its fields');
    const want = prev
      ? { seq: prev.seq + 1, prevHash: prev.hash, prevConsentId: prev.consentId, prevDecidedAt: prev.decidedAt }
      : start;
    if (r.prevHash === want.prevHash && r.seq === want.seq) return null;
    if (next && next.prevHash === want.prevHash) return brk(r, 'inserted', 'it is not linked from the receipt before it, and the one after it skips it');
    if (r.prevConsentId !== want.prevConsentId || r.prevDecidedAt !== want.prevDecidedAt || r.seq !== want.seq) {
      if (r.prevConsentId) return brk({ consentId: r.prevConsentId, decidedAt: r.prevDecidedAt }, 'removed', `the receipt before seq ${r.seq} is missing`);
      return brk(r, 'inserted', 'it claims to start the chain, which starts elsewhere');
    }
    if (prev) return brk(prev, 'changed', 'the next receipt links to another hash for it');
    return brk(r, 'changed', 'its link to the chain start does not match');
  };

  for await (const row of rows) {
    if (cur) {
      const b = check(cur, row);
      if (b) return b;
      checked++; count(checked);
      prev2 = prev;
      prev = cur;
    }
    cur = row;
  }
  if (cur) {
    const b = check(cur, null);
    if (b) return b;
    checked++; count(checked);
    prev = cur;
  }
  // The end of the chain must be the head recorded at the last append.
  const lastSeq = prev ? prev.seq : start.seq - 1;
  const lastHash = prev ? prev.hash : start.prevHash;
  if (lastSeq !== head.seq || lastHash !== head.hash) {
    if (head.consentId && lastSeq < head.seq) return brk(head, 'removed', 'the last receipt appended is missing');
    return brk(prev ?? head, 'changed', 'the chain does not end at the recorded head');
  }
  return null;
}
