// The presets check fails on a cookie fact that is neither the Open Cookie Database's nor sourced (node --test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSource, provenanceProblems } from './check.js';
import { PURPOSE_LANGUAGES, purposeProblems, purposesOf } from './purposes.js';

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

// Every cookie's purpose in every language: translated from the English presets.json has now, else reported.
const PRESETS = { acme: { cookies: [{ name: '_acme', purpose: { fr: 'Mesure.', en: 'Measurement.' } }, { name: '_acme_s', purpose: { fr: 'Session.', en: 'Session.' } }] } };
const GERMAN = { acme: { _acme: { en: 'Measurement.', de: 'Messung.' }, _acme_s: { en: 'Session.', de: 'Sitzung.' } } };

test('a language whose file translates every cookie from its current English has no problem', () => {
  assert.deepEqual(purposeProblems(PRESETS, GERMAN, 'de'), []);
  assert.deepEqual(purposesOf(PRESETS.acme, GERMAN.acme, 'de'), { _acme: 'Messung.', _acme_s: 'Sitzung.' });
});

test('a missing, stale, empty or extra purpose is a problem, and a stale one is left out of the build', () => {
  const missing = { acme: { _acme: GERMAN.acme._acme } };
  assert.match(purposeProblems(PRESETS, missing, 'de').join(), /de: acme: cookie "_acme_s": no purpose/);
  assert.match(purposeProblems(PRESETS, {}, 'de').join('\n'), /_acme": no purpose\n.*_acme_s": no purpose/);
  const stale = { acme: { ...GERMAN.acme, _acme: { en: 'Old measurement.', de: 'Alte Messung.' } } };
  assert.match(purposeProblems(PRESETS, stale, 'de').join(), /cookie "_acme": translated from another English \("Old measurement\."\)/);
  assert.deepEqual(purposesOf(PRESETS.acme, stale.acme, 'de'), { _acme_s: 'Sitzung.' });
  const empty = { acme: { ...GERMAN.acme, _acme: { en: 'Measurement.', de: ' ' } } };
  assert.match(purposeProblems(PRESETS, empty, 'de').join(), /"de" missing or empty/);
  assert.deepEqual(purposesOf(PRESETS.acme, empty.acme, 'de'), { _acme_s: 'Sitzung.' });
  const wrongLanguage = { acme: { ...GERMAN.acme, _acme: { en: 'Measurement.', es: 'Medición.' } } };
  assert.equal(purposeProblems(PRESETS, wrongLanguage, 'de').length, 1);
  const extra = { acme: { ...GERMAN.acme, _gone: { en: 'Gone.', de: 'Weg.' } }, other: {} };
  assert.deepEqual(purposeProblems(PRESETS, extra, 'de'), ['de: acme: cookie "_gone" is not in presets.json', 'de: other: no such preset in presets.json']);
});

test('the languages with a purposes file are the widget\'s (src/i18n) but French and English', () => {
  assert.equal(PURPOSE_LANGUAGES.length, 22);
  assert.ok(PURPOSE_LANGUAGES.includes('de') && !PURPOSE_LANGUAGES.includes('fr') && !PURPOSE_LANGUAGES.includes('en'));
});
