// What the widget sends with `consentLog: { endpoint: "<receiver>/receipts", impressions: true }` (issue 23): its
// impressions go to `<endpoint>/impressions`, i.e. /receipts/impressions, counted as POST /impressions; its receipts
// carry `variant` (a string, or null without variants), counted by variant.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startOnFresh, receipt, post, ORIGIN, TOKEN, STORAGE } from './support.js';

/** @type {Awaited<ReturnType<typeof startOnFresh>>} */ let r;
before(async () => { r = await startOnFresh(); });
after(async () => { await r.stop(); });

test(`${STORAGE}: /receipts/impressions is /impressions; receipts with variant "b" or null are stored and counted`, async () => {
  const today = new Date().toISOString().slice(0, 10);
  // As the widget posts it: text/plain (no preflight), the page's Origin, no cookie.
  const impression = (body) => fetch(`${r.url}/receipts/impressions`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', origin: ORIGIN }, body: JSON.stringify(body) });
  assert.equal((await impression({ origin: ORIGIN, variant: 'b', regime: null, language: 'fr' })).status, 204);
  assert.equal((await impression({ origin: ORIGIN, variant: null, regime: null, language: 'fr' })).status, 204);
  assert.equal((await impression({ origin: ORIGIN, variant: 'b', regime: null, language: 'fr', consentId: 'x' })).status, 400);
  // A GET there is still a consent id's lookup (none here).
  assert.equal((await fetch(`${r.url}/receipts/impressions`)).status, 404);
  const at = new Date().toISOString();
  assert.equal((await post(r.url, receipt({ decidedAt: at, method: 'accept-all', variant: 'b', language: 'fr' }))).status, 201);
  assert.equal((await post(r.url, receipt({ decidedAt: at, method: 'reject-all', variant: null, language: 'fr' }))).status, 201);
  assert.equal((await post(r.url, receipt({ decidedAt: at, method: 'reject-all', variant: '', language: 'fr' }))).status, 400);
  const res = await fetch(`${r.url}/stats?origin=${encodeURIComponent(ORIGIN)}&from=${today}&to=${today}&by=variant`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const rows = (await res.json()).rows.map((/** @type {any} */ x) => [x.key, x.decisions, x.impressions]);
  assert.deepEqual(rows, [[null, 1, 1], ['b', 1, 1]]);
});
