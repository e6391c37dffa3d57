// Signed checkpoints, as transparency logs keep signed tree heads: every origin's chain (its
// length and head hash) at a time, signed with an Ed25519 key. Kept where the database's
// administrator cannot rewrite them, they prove later that a chain still extends what it was:
// no receipt removed at the end, no head rewritten, no origin deleted.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import { chainHeads } from './chain-heads.js';

/**
 * @typedef {{ origin: string, length: number, head: string, start: number }} ChainState
 *   length: seq of the chain's last receipt; head: its hash; start: seq of its first kept receipt
 * @typedef {{ log: 'bandeau-receiver', time: string, publicKey: string, chains: ChainState[] }} CheckpointBody
 * @typedef {{ checkpoint: CheckpointBody, signature: string }} Checkpoint
 */

/** A new Ed25519 key pair: the private key as PKCS #8 PEM (keep it secret), the public key as SPKI base64. */
export function generateCheckpointKey() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: /** @type {string} */ (privateKey.export({ type: 'pkcs8', format: 'pem' })),
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}

/** @param {string} pem @returns {import('node:crypto').KeyObject} */
export function readPrivateKey(pem) {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the checkpoint key is not an Ed25519 private key (make one with `bandeau-receiver keygen`)');
  return key;
}

/**
 * Signs the current state of every chain.
 * @param {import('./storage/db.js').Queryable} db @param {import('node:crypto').KeyObject} key
 * @returns {Promise<Checkpoint>}
 */
export async function makeCheckpoint(db, key) {
  const heads = await chainHeads(db);
  /** @type {CheckpointBody} */
  const body = {
    log: 'bandeau-receiver',
    time: new Date().toISOString(),
    publicKey: createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64'),
    chains: heads.map((h) => ({ origin: h.origin, length: h.head.seq, head: h.head.hash, start: h.start.seq })),
  };
  return { checkpoint: body, signature: sign(null, Buffer.from(canonicalJson(body)), key).toString('base64') };
}

/** Stores a checkpoint, the newest of which GET /checkpoint serves. @param {import('./storage/db.js').Queryable} db @param {Checkpoint} cp */
export async function storeCheckpoint(db, cp) {
  await db.query('INSERT INTO checkpoints (body) VALUES ($1)', [JSON.stringify(cp)]);
}

/** @param {import('./storage/db.js').Queryable} db @returns {Promise<Checkpoint | null>} */
export async function latestCheckpoint(db) {
  const [r] = await db.query('SELECT body FROM checkpoints ORDER BY id DESC LIMIT 1');
  return r ? JSON.parse(r.body) : null;
}

/**
 * Reads a checkpoint and checks its signature (against `publicKey` when given, else the key it names).
 * @param {string} text @param {string} [publicKey] SPKI base64
 * @returns {Checkpoint} @throws {Error} naming what is wrong
 */
export function parseCheckpoint(text, publicKey) {
  let cp;
  try { cp = JSON.parse(text); } catch { throw new Error('not JSON'); }
  const body = cp?.checkpoint;
  if (typeof cp?.signature !== 'string' || !body || body.log !== 'bandeau-receiver' || typeof body.time !== 'string'
    || typeof body.publicKey !== 'string' || !Array.isArray(body.chains)) {
    throw new Error('not a bandeau-receiver checkpoint');
  }
  for (const c of body.chains) {
    if (typeof c?.origin !== 'string' || !Number.isSafeInteger(c.length) || typeof c.head !== 'string' || !Number.isSafeInteger(c.start)) {
      throw new Error('a chain in it is malformed');
    }
  }
  if (publicKey && publicKey !== body.publicKey) throw new Error('it is signed with another key');
  let ok = false;
  try {
    const key = createPublicKey({ key: Buffer.from(body.publicKey, 'base64'), format: 'der', type: 'spki' });
    ok = key.asymmetricKeyType === 'ed25519' && verify(null, Buffer.from(canonicalJson(body)), key, Buffer.from(cp.signature, 'base64'));
  } catch { ok = false; }
  if (!ok) throw new Error('its signature does not verify');
  return cp;
}

/**
 * Does every chain of the checkpoint still extend to the chain stored now? The chains themselves
 * are checked by verifyAll; here only that each reaches what the checkpoint saw.
 * @param {import('./storage/db.js').Queryable} db @param {Checkpoint} cp
 * @param {Awaited<ReturnType<typeof chainHeads>>} heads
 * @returns {Promise<import('./chain.js').Break | null>}
 */
export async function extendsCheckpoint(db, cp, heads) {
  const when = cp.checkpoint.time;
  for (const c of cp.checkpoint.chains) {
    if (c.length === 0) continue;
    const h = heads.find((x) => x.origin === c.origin);
    const at = `the checkpoint of ${when} (length ${c.length})`;
    if (!h) return { origin: c.origin, consentId: '', decidedAt: '', kind: 'removed', reason: `the origin is in ${at} but has no chain now: deleted` };
    const name = { origin: c.origin, consentId: h.head.consentId, decidedAt: h.head.decidedAt };
    if (h.head.seq < c.length) return { ...name, kind: 'removed', reason: `the chain ends at seq ${h.head.seq}, before ${at}: receipts removed at the end` };
    if (c.length >= h.start.seq) {
      const [r] = await db.query('SELECT hash, consent_id, decided_at FROM receipts WHERE origin = $1 AND seq = $2', [c.origin, c.length]);
      if (!r) return { ...name, kind: 'removed', reason: `the receipt at seq ${c.length}, the head of ${at}, is missing` };
      if (r.hash !== c.head) return { origin: c.origin, consentId: r.consent_id, decidedAt: r.decided_at, kind: 'changed', reason: `the chain no longer extends ${at}: its receipt at seq ${c.length} has another hash` };
    } else if (c.length === h.start.seq - 1 && h.start.prevHash !== c.head) {
      return { ...name, kind: 'changed', reason: `the chain no longer extends ${at}: its start links to another hash` };
    }
    // Purged past the checkpoint's head: the purge records (checked by verifyAll) account for it.
  }
  return null;
}
