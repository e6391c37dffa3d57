// Canonical receipts: what is stored is exactly what was accepted. Numbers JSON would change are
// refused, decidedAt is UTC with Z within 2000-01-01 .. the receiver's clock + 10 minutes, one
// instant is one receipt, and a bad receipt is answered in the receiver's own words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startOnFresh, receipt, post, exportAll, STORAGE } from './support.js';
import { createValidator } from '../src/validate.js';

/** @type {Awaited<ReturnType<typeof startOnFresh>>} */ let r;
before(async () => { r = await startOnFresh(); });
after(async () => { await r?.stop(); });

const stored = async (/** @type {string} */ consentId) => (await exportAll(r.url)).filter((x) => x.receipt.consentId === consentId);

/** A receipt's JSON with one value written as raw text. @param {string} field @param {string} raw */
const withRaw = (field, raw, x = receipt()) => JSON.stringify({ ...x, [field]: '@@' }).replace('"@@"', raw);

test(`${STORAGE}: numbers that JSON would change are refused (400 naming the field), never stored changed`, async () => {
  for (const raw of ['1e400', '12345678901234567890', '9007199254740992', '-9007199254740992', '3.0', '3e0', '-0', '0.5']) {
    const x = receipt();
    const res = await post(r.url, withRaw('revision', raw, x));
    assert.equal(res.status, 400, `${raw}: ${res.text}`);
    assert.match(res.json.error, /\/revision/, raw);
    assert.deepEqual(await stored(x.consentId), [], raw);
  }
  const edge = receipt({ revision: Number.MAX_SAFE_INTEGER });
  assert.equal((await post(r.url, edge)).status, 201);
  assert.equal((await stored(edge.consentId))[0].receipt.revision, Number.MAX_SAFE_INTEGER);
});

test(`${STORAGE}: decidedAt is RFC 3339 UTC with Z, milliseconds optional; anything else is 400 naming decidedAt`, async () => {
  const soon = new Date(Date.now() + 60_000).toISOString();
  for (const ok of ['2026-01-01T10:00:00Z', '2026-01-01T10:00:01.123Z', '2000-01-01T00:00:00Z', soon]) {
    const x = receipt({ decidedAt: ok });
    const res = await post(r.url, x);
    assert.equal(res.status, 201, `${ok}: ${res.text}`);
    const [s] = await stored(x.consentId);
    assert.equal(s.receipt.decidedAt, ok, 'stored as posted');
  }
  const bad = [
    '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '1999-12-31T23:59:59.999Z', '2026-01-01T10:00:00+23:59',
    '2026-01-01T10:00:00+00:00', '2026-01-01t10:00:00z', '2026-01-01 10:00:00Z', '2026-01-01T10:00:00.5Z',
    '2026-01-01T10:00:00.123456Z', '2026-02-30T10:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01', '2099-01-01T00:00:00Z',
    new Date(Date.now() + 11 * 60_000).toISOString(),
  ];
  for (const decidedAt of bad) {
    const x = receipt({ decidedAt });
    const res = await post(r.url, x);
    assert.equal(res.status, 400, `${decidedAt}: ${res.text}`);
    assert.match(res.json.error, /decidedAt/, decidedAt);
    assert.deepEqual(await stored(x.consentId), [], decidedAt);
  }
});

test(`${STORAGE}: one instant written two ways is one receipt: the second writing is 409 and nothing more is stored`, async () => {
  const x = receipt({ decidedAt: '2026-02-02T02:02:02Z' });
  assert.equal((await post(r.url, x)).status, 201);
  const same = await post(r.url, { ...x, decidedAt: '2026-02-02T02:02:02.000Z' });
  assert.equal(same.status, 409, same.text);
  assert.equal((await stored(x.consentId)).length, 1);
});

test(`${STORAGE}: what is stored and returned is the accepted receipt byte for byte (its canonical JSON)`, async () => {
  const x = receipt({ path: '/caf\u00e9/\u0000\u2028"q"\\', regime: 'opt-out', region: 'US-CA', variant: 'b', method: 'opt-out' });
  assert.equal((await post(r.url, x)).status, 201);
  const [s] = await stored(x.consentId);
  assert.deepEqual(s.receipt, x);
  const visitor = await (await fetch(`${r.url}/receipts/${x.consentId}`)).json();
  assert.deepEqual(visitor.receipts[0].receipt, x);
});

test(`${STORAGE}: the fields in flight (regime, region, variant; methods notice and opt-out) are accepted, and checked`, async () => {
  for (const extra of [{ regime: 'uk', region: null, variant: null }, { method: 'notice', regime: 'notice' }, { regime: 'opt-in', region: 'FR', variant: 'a' }]) {
    const res = await post(r.url, receipt(extra));
    assert.equal(res.status, 201, `${JSON.stringify(extra)}: ${res.text}`);
  }
  for (const [field, value] of [['regime', 'maybe'], ['region', 'france'], ['variant', ''], ['variant', 3]]) {
    const res = await post(r.url, receipt({ [field]: value }));
    assert.equal(res.status, 400, `${field}=${value}`);
    assert.match(res.json.error, new RegExp(String(field)));
  }
});

test('a refused receipt is answered in the receiver\'s own words, not the database\'s', () => {
  const check = createValidator({ now: () => Date.parse('2026-06-01T00:00:00Z') });
  const v = check(JSON.stringify(receipt({ decidedAt: '2026-06-01T00:09:59.999Z' })));
  assert.equal(v.ok, true);
  const late = check(JSON.stringify(receipt({ decidedAt: '2026-06-01T00:10:00.001Z' })));
  assert.equal(late.ok, false);
  assert.match(late.ok === false ? late.reason : '', /10 minutes ahead/);
});
