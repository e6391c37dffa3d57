// The presets check fails on a cookie fact that is neither the Open Cookie Database's nor sourced (node --test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSource, provenanceProblems } from './check.js';

const OCD = [
  { platform: 'Acme', name: '_acme', wildcard: false, domain: 'acme.com', retention: '1 year' },
  { platform: 'Acme', name: '_acme_s', wildcard: true, domain: '', retention: '30 minutes' },
];
const preset = (cookies) => ({ acme: { cookies } });
const services = (cookies, ocd = [{ platform: 'Acme' }]) => ({ acme: { ocd, cookies } });
const PAGE = 'https://acme.example/cookies';

test("a cookie with the OCD's facts needs no source", () => {
  const cookies = [{ name: '_acme', domain: 'acme.com', duration: 'P1Y' }, { name: '_acme_s', prefix: true, duration: 'PT30M' }];
  assert.deepEqual(provenanceProblems(preset(cookies), services({}), OCD), []);
});

test('a duration, domain, type, prefix or name that differs from the OCD needs a source', () => {
  const changed = [
    { name: '_acme', domain: 'acme.com', duration: 'P2Y' },
    { name: '_acme', duration: 'P1Y' },
    { name: '_acme', type: 'localStorage', domain: 'acme.com', duration: 'P1Y' },
    { name: '_acme_s', duration: 'PT30M' },
  ];
  for (const cookie of changed) {
    const problems = provenanceProblems(preset([cookie]), services({}), OCD);
    assert.equal(problems.length, 1, JSON.stringify(cookie));
    assert.match(problems[0], /acme: cookie "_acme(_s)?": .*must name the source/);
    assert.deepEqual(provenanceProblems(preset([cookie]), services({ [cookie.name]: { source: PAGE } }), OCD), []);
  }
  const renamed = [{ name: 'acme_id', domain: 'acme.com', duration: 'P1Y' }];
  assert.match(provenanceProblems(preset(renamed), services({ _acme: { name: 'acme_id' } }), OCD)[0], /name \(OCD: _acme\)/);
  assert.deepEqual(provenanceProblems(preset(renamed), services({ _acme: { name: 'acme_id', source: PAGE } }), OCD), []);
});

test('a cookie absent from the OCD (or from its service there) needs a source', () => {
  const cookies = [{ name: 'other', duration: 'session' }];
  assert.match(provenanceProblems(preset(cookies), services({}), OCD)[0], /no row of its name/);
  assert.match(provenanceProblems(preset([{ name: '_acme', domain: 'acme.com', duration: 'P1Y' }]), services({}, []), OCD)[0], /no row/);
  assert.deepEqual(provenanceProblems(preset(cookies), services({ other: { source: PAGE } }), OCD), []);
});

test('a source is an https URL (or a list of them), not a note', () => {
  assert.equal(isSource(PAGE), true);
  assert.equal(isSource([PAGE, 'https://acme.example/privacy']), true);
  for (const bad of ['Acme cookie policy', 'http://acme.example', '', [], ['https://a.example', 'see docs'], undefined]) assert.equal(isSource(bad), false);
  const cookies = [{ name: 'other', duration: 'session' }];
  assert.equal(provenanceProblems(preset(cookies), services({ other: { source: 'Acme cookie policy' } }), OCD).length, 2);
});
