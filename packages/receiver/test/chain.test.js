// The chain walker on its own: rows built in memory, broken one way at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENESIS, linkHash, sha256, verifyChain } from '../src/chain.js';
import { canonicalJson } from '../src/canonical.js';

const origin = 'https://shop.example';
/** @param {number} n */
function chain(n) {
  /** @type {any[]} */ const rows = [];
  let prev = { hash: GENESIS, consentId: '', decidedAt: '' };
  for (let seq = 1; seq <= n; seq++) {
    const r = { consentId: `visitor-${String(seq).padStart(4, '0')}`, decidedAt: `2026-01-01T00:00:${String(seq).padStart(2, '0')}Z`, origin };
    const body = canonicalJson(r);
    const link = { origin, seq, contentHash: sha256(body), prevHash: prev.hash, prevConsentId: prev.consentId, prevDecidedAt: prev.decidedAt, receivedAt: '2026-01-02T00:00:00.000Z' };
    const row = { ...link, consentId: r.consentId, decidedAt: r.decidedAt, body, hash: linkHash(link) };
    rows.push(row);
    prev = row;
  }
  return rows;
}
const START = { seq: 1, prevHash: GENESIS, prevConsentId: '', prevDecidedAt: '' };
const headOf = (/** @type {any[]} */ rows) => { const l = rows[rows.length - 1]; return { seq: l.seq, hash: l.hash, consentId: l.consentId, decidedAt: l.decidedAt }; };
async function* iter(/** @type {any[]} */ rows) { yield* rows; }
const walk = (/** @type {any[]} */ rows, head = headOf(chain(10))) => verifyChain(origin, START, head, iter(rows));

test('an intact chain verifies, and counts every receipt', async () => {
  let n = 0;
  assert.equal(await verifyChain(origin, START, headOf(chain(10)), iter(chain(10)), (c) => { n = c; }), null);
  assert.equal(n, 10);
  assert.equal(await verifyChain(origin, START, { seq: 0, hash: GENESIS, consentId: '', decidedAt: '' }, iter([])), null);
});

test('changed content, removed, inserted and a missing tail are each named', async () => {
  const changed = chain(10); changed[3] = { ...changed[3], body: changed[3].body.replace('shop', 'shoq') };
  assert.deepEqual(await walk(changed), { origin, consentId: 'visitor-0004', decidedAt: '2026-01-01T00:00:04Z', kind: 'changed', reason: 'its content no longer matches its content hash' });

  const removed = chain(10); removed.splice(6, 1);
  const b = await walk(removed);
  assert.equal(b?.kind, 'removed');
  assert.equal(b?.consentId, 'visitor-0007');

  const tail = chain(10).slice(0, 9);
  const t = await walk(tail);
  assert.equal(t?.kind, 'removed');
  assert.equal(t?.consentId, 'visitor-0010');

  const first = chain(10).slice(1);
  const f = await walk(first);
  assert.equal(f?.kind, 'removed');
  assert.equal(f?.consentId, 'visitor-0001');

  const swapped = chain(10); [swapped[2], swapped[3]] = [swapped[3], swapped[2]];
  assert.notEqual(await walk(swapped), null);
});
