// Fuzzed bodies: whatever is posted, the receiver answers with a status it documents, never
// crashes, and stores nothing that the receipt schema refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startOnFresh, receipt, post, exportAll, ORIGIN, STORAGE } from './support.js';
import { createValidator } from '../src/validate.js';
import { canonicalJson } from '../src/canonical.js';

/** @type {Awaited<ReturnType<typeof startOnFresh>>} */ let r;
before(async () => { r = await startOnFresh(); });
after(async () => { await r?.stop(); });

const valid = fc.record({
  consentId: fc.stringMatching(/^[\w-]{8,64}$/),
  decidedAt: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date(), noInvalidDate: true }).map((d) => d.toISOString()),
  revision: fc.nat(),
  categories: fc.dictionary(fc.stringMatching(/^[A-Za-z][\w-]{0,39}$/), fc.boolean(), { maxKeys: 6 }),
  method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'gpc'),
  language: fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  origin: fc.constant(ORIGIN),
  path: fc.stringMatching(/^\/[^?#]*$/),
});

/** A valid receipt with one field broken, dropped or added. */
const mutated = fc.tuple(valid, fc.constantFrom('consentId', 'decidedAt', 'revision', 'categories', 'method', 'language', 'origin', 'path', 'extra'), fc.jsonValue(), fc.boolean())
  .map(([x, field, value, drop]) => {
    const y = /** @type {Record<string, unknown>} */ ({ ...x });
    if (drop && field !== 'extra') delete y[field]; else y[field] = value;
    return JSON.stringify(y);
  });

const body = fc.oneof(
  valid.map((x) => JSON.stringify(x)),
  mutated,
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  valid.map((x) => JSON.stringify(x).slice(0, -1 - (x.path.length % 7))),
);

test(`${STORAGE}: fuzzed bodies never store anything invalid and never crash the receiver`, async () => {
  const check = createValidator();
  const allowed = new Set([200, 201, 400, 403, 409, 413]);
  /** @type {Map<string, string>} canonical bodies the receiver said it stored */
  const acknowledged = new Map();
  await fc.assert(
    fc.asyncProperty(body, fc.constantFrom('text/plain;charset=UTF-8', 'application/json'), async (text, type) => {
      const res = await post(r.url, text, { type });
      assert.ok(allowed.has(res.status), `status ${res.status} for ${JSON.stringify(text)}: ${res.text}`);
      const verdict = check(text);
      if (res.status === 201) {
        assert.ok(verdict.ok, `stored an invalid body: ${text}`);
        acknowledged.set(`${verdict.receipt.consentId} ${verdict.receipt.decidedAt}`, canonicalJson(verdict.receipt));
      }
      if (res.status === 400) assert.equal(typeof res.json?.error, 'string');
    }),
    { numRuns: 400, seed: Number(process.env.FUZZ_SEED ?? 20260101), endOnFailure: true },
  );
  assert.equal((await fetch(`${r.url}/health`)).status, 200, 'the receiver still answers');
  const stored = await exportAll(r.url);
  for (const x of stored) assert.ok(check(JSON.stringify(x.receipt)).ok, `invalid receipt stored: ${JSON.stringify(x.receipt)}`);
  assert.equal(stored.length, acknowledged.size);
  for (const x of stored) assert.equal(canonicalJson(x.receipt), acknowledged.get(`${x.receipt.consentId} ${x.receipt.decidedAt}`));
  assert.ok(acknowledged.size > 20, `only ${acknowledged.size} valid bodies were generated`);
});

test(`${STORAGE}: the receipt's own fields are stored exactly; a date out of the database's range is refused, not crashed on`, async () => {
  const far = receipt({ decidedAt: '0000-01-01T00:00:00Z' });
  const res = await post(r.url, far);
  assert.equal(res.status, 400, res.text);
  assert.match(res.json.error, /decidedAt/);
  assert.doesNotMatch(res.json.error, /database|postgres|timestamp/i);
  assert.equal((await post(r.url, receipt())).status, 201);
});
