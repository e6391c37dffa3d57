// Unit tests of declared against observed: reading declared durations, comparing lifetimes, the mismatch findings,
// and the network-quiet wait that lets gated scripts store before the audit reads.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import { networkQuiet } from '../src/collect.js';
import { presetCookies } from '../src/declared-cookies.js';
import { findings, mismatchOf } from '../src/findings.js';
import { BROWSER_CAP_S, declaredLifetime, lifetimesDiffer, observedLifetime } from '../src/lifetime.js';

const DAY = 86400;
const fixed = (days) => ({ kind: 'fixed', seconds: days * DAY });

test('declared durations are read from texts, texts per language, ISO 8601 and structured values', () => {
  assert.deepEqual(declaredLifetime('13 months'), { kind: 'fixed', seconds: 13 * 30.44 * DAY });
  assert.deepEqual(declaredLifetime({ fr: '1 an', en: '1 year' }), { kind: 'fixed', seconds: 365.25 * DAY });
  assert.deepEqual(declaredLifetime('2 ans'), { kind: 'fixed', seconds: 2 * 365.25 * DAY });
  assert.deepEqual(declaredLifetime('30 minutes after last activity'), { kind: 'fixed', seconds: 1800 });
  assert.deepEqual(declaredLifetime('P1Y'), { kind: 'fixed', seconds: 365.25 * DAY });
  assert.deepEqual(declaredLifetime('PT30M'), { kind: 'fixed', seconds: 1800 });
  assert.deepEqual(declaredLifetime({ value: 90, unit: 'days' }), fixed(90));
  assert.deepEqual(declaredLifetime({ en: 'session', fr: 'session' }), { kind: 'session' });
  assert.deepEqual(declaredLifetime({ fr: 'persistant' }), { kind: 'persistent' });
  assert.equal(declaredLifetime('30 seconds till 1 year'), null, 'a range has no one lifetime');
  assert.equal(declaredLifetime('a while'), null);
  assert.equal(declaredLifetime(undefined), null);
});

test('lifetimes differ beyond 10 %, or session against expiry either way; the browser’s 400-day cap is not a difference', () => {
  assert.equal(lifetimesDiffer(fixed(365), fixed(360)), false);
  assert.equal(lifetimesDiffer(fixed(365), fixed(300)), true);
  assert.equal(lifetimesDiffer(fixed(30), fixed(33.5)), true);
  assert.equal(lifetimesDiffer(fixed(730), { kind: 'fixed', seconds: BROWSER_CAP_S }), false, '2 years declared, kept 400 days');
  assert.equal(lifetimesDiffer(fixed(730), fixed(200)), true, 'capped at 400 days, not at 200');
  assert.equal(lifetimesDiffer(fixed(365), { kind: 'session' }), true, 'no expiry where a duration is declared');
  assert.equal(lifetimesDiffer({ kind: 'session' }, fixed(1)), true, 'an expiry where a session is declared');
  assert.equal(lifetimesDiffer({ kind: 'session' }, { kind: 'session' }), false);
  assert.equal(lifetimesDiffer({ kind: 'session' }, observedLifetime({ type: 'localStorage' })), true, 'localStorage outlives the session');
  assert.equal(lifetimesDiffer(fixed(1), observedLifetime({ type: 'localStorage' })), false, 'a script may expire its own key');
  assert.equal(lifetimesDiffer(fixed(1), observedLifetime({ type: 'sessionStorage' })), true);
  assert.equal(lifetimesDiffer(null, fixed(1)), false, 'an unreadable declaration is not compared');
});

test('mismatchOf: a type or a lifetime other than declared, with declared and observed side by side', () => {
  const declared = [
    { name: 'a', prefix: false, type: 'cookie', duration: { en: '1 year', fr: '1 an' }, category: 'x', source: 'categories.x.services.s' },
    { name: 'p_', prefix: true, type: 'cookie', duration: '30 days', category: 'x', source: 'categories.x.services.s' },
    { name: 'k', prefix: false, type: 'cookie', duration: 'persistent', category: 'x', source: 'categories.x.services.s' },
  ];
  assert.deepEqual(mismatchOf({ name: 'a', type: 'cookie', lifetimeS: DAY }, declared), {
    reason: 'duration-mismatch',
    category: 'x',
    declared: { type: 'cookie', duration: '1 year', lifetime: '1 year', source: 'categories.x.services.s' },
    observed: { type: 'cookie', lifetime: '1 day', seconds: DAY },
  });
  assert.equal(mismatchOf({ name: 'a', type: 'cookie', lifetimeS: 365 * DAY }, declared), null);
  assert.equal(mismatchOf({ name: 'p_123', type: 'cookie', lifetimeS: 30 * DAY - 5 }, declared), null);
  assert.equal(mismatchOf({ name: 'p_123', type: 'cookie', lifetimeS: null }, declared).reason, 'duration-mismatch');
  assert.deepEqual(mismatchOf({ name: 'k', type: 'localStorage' }, declared).reason, 'type-mismatch');
  assert.equal(mismatchOf({ name: 'other', type: 'cookie', lifetimeS: 1 }, declared), null, 'not declared: another finding’s business');
  // The most specific declaration counts: a category's list names `p_demo` (no duration), the preset's `p_*` says 30 days.
  const listed = [...declared, { name: 'p_demo', prefix: false, type: null, duration: undefined, category: 'x', source: 'categories.x.cookies' }];
  assert.equal(mismatchOf({ name: 'p_demo', type: 'cookie', lifetimeS: 3600 }, listed), null);
  assert.equal(mismatchOf({ name: 'p_other', type: 'cookie', lifetimeS: 3600 }, listed).reason, 'duration-mismatch');
});

test('findings: mismatches after acceptance are warnings (and not also “undeclared”); other findings are errors', () => {
  const config = { categories: { analytics: { services: { s: { label: 'S', cookies: [{ name: 'a', duration: '1 year', purpose: 'p' }, { name: 'k', duration: 'persistent', purpose: 'p' }] } } } } };
  const cookie = (name, lifetimeS, page = 'https://x/') => ({ name, domain: 'x', page, lifetimeS, declared: null, known: null, necessary: false });
  const phases = [
    { id: 'before-consent', decision: null, control: null, pages: [], cookies: [cookie('t', DAY)], storage: [], requests: [] },
    { id: 'after-acceptance', decision: 'accept', control: { via: 'api' }, pages: [], cookies: [{ ...cookie('a', DAY), declared: { category: 'analytics', required: false, source: 's' } }], storage: [{ type: 'localStorage', origin: 'https://x', name: 'k', page: 'https://x/', declared: null, known: null }], requests: [] },
  ];
  const rules = [{ name: 'k', type: 'cookie', category: 'analytics', required: false, source: 'categories.analytics.services.s', explicit: true }];
  const result = findings(phases, { rules }, { widgetSeen: true, configs: [config] });
  assert.deepEqual(result.findings.map((f) => [f.level, f.phase, f.reason, f.name, f.category]), [
    ['error', 'before-consent', 'not-strictly-necessary', 't', null],
    ['warning', 'after-acceptance', 'duration-mismatch', 'a', 'analytics'],
    ['warning', 'after-acceptance', 'type-mismatch', 'k', 'analytics'],
  ]);
  assert.deepEqual(result.notices, [], 'k was seen, as another type: no « declared but never seen »');
});

test('a preset’s cookies and their durations are read from the widget’s presets', () => {
  const ga = presetCookies('google-analytics').find((c) => c.name === '_ga');
  assert.ok(declaredLifetime(ga.duration)?.kind === 'fixed');
  assert.deepEqual(presetCookies('no-such-preset'), []);
  assert.deepEqual(presetCookies('__proto__'), []);
});

test('networkQuiet: every wait waits for the requests in flight (not only the first)', async () => {
  const page = new EventEmitter();
  page.off = page.removeListener;
  const quiet = networkQuiet(page, { quietMs: 30, deadline: () => Date.now() + 5000 });
  await quiet.wait(); // nothing in flight: quiet after 30 ms
  page.emit('request'); // a gated script starts loading after the decision
  let done = false;
  const second = quiet.wait().then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 120));
  assert.equal(done, false, 'still loading: the second wait must not be over');
  page.emit('requestfinished');
  await second;
  assert.equal(done, true);
  quiet.stop();
});
