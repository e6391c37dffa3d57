// Unit tests of the pure modules: labels, recognition, presets, declarations, findings, reporters, arguments.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildLabels } from '../scripts/build-labels.js';
import { findChromium, NO_BROWSER } from '../src/browser.js';
import { main, parseArgs } from '../src/cli.js';
import { describeDuration, hostPort, isFirstParty } from '../src/collect.js';
import { labelPattern } from '../src/consent.js';
import { escapeHtml, htmlReport } from '../src/report/html.js';
import { presetForHost } from 'bandeau-catalog/presets/presets';
import { recognizeHost, recognizeName } from '../src/recognize.js';
import { declarationOf, declarations, siteConfigs } from '../src/site-config.js';

test('data/labels.json matches the widget’s 24 language tables', () => {
  const shipped = JSON.parse(readFileSync(new URL('../data/labels.json', import.meta.url), 'utf8'));
  const fresh = buildLabels();
  assert.equal(Object.keys(fresh.reject).length, 24);
  assert.deepEqual(shipped, fresh);
});

test('refusal and acceptance labels match in every language, not each other', () => {
  const reject = labelPattern('reject');
  const accept = labelPattern('accept');
  for (const label of ['Tout refuser', 'Reject all', 'Alle ablehnen', 'Odrzuć wszystkie', 'Απόρριψη όλων', '  tout   REFUSER ']) assert.match(label, reject);
  for (const label of ['Tout accepter', 'Accept all', 'Mindet elfogadom']) assert.match(label, accept);
  assert.doesNotMatch('Tout accepter', reject);
  assert.doesNotMatch('Tout refuser', accept);
  assert.doesNotMatch('Paramétrer vos choix', reject);
});

test('cookies are recognised by exact name, then by prefix', () => {
  assert.equal(recognizeName('_ga').platform, 'Google Analytics');
  assert.equal(recognizeName('_ga').category, 'analytics');
  assert.equal(recognizeName('_ga_ABC123').platform, 'Google Analytics');
  assert.equal(recognizeName('_hjSessionUser_42').platform, 'Hotjar');
  assert.equal(recognizeName('definitely_not_a_known_cookie'), null);
});

test('hosts are recognised as presets, subdomains included', () => {
  assert.equal(presetForHost('www.google-analytics.com'), 'google-analytics');
  // A host two presets list (the Facebook SDK and the Meta pixel): the first in id order.
  assert.equal(presetForHost('connect.facebook.net'), 'facebook');
  assert.equal(presetForHost('px.ads.linkedin.com'), 'linkedin-insight');
  assert.equal(presetForHost('www.youtube-nocookie.com'), 'youtube');
  assert.equal(presetForHost('notyoutube.com'), null);
  assert.deepEqual(recognizeHost('www.googletagmanager.com:443'), { preset: 'google-tag-manager', category: 'analytics' });
});

test('declarations: category names and regexes, services by name, prefix and type, presets, the consent cookie', () => {
  const declared = declarations([
    {
      cookie: { name: 'my_consent' },
      categories: {
        necessary: { required: true, cookies: ['PHPSESSID'] },
        analytics: { cookies: ['/^_pk_/'], services: { ga: { preset: 'google-analytics' } } },
        social: { services: { youtube: { cookies: [{ name: 'VISITOR_INFO1_LIVE' }, { name: 'yt-remote-', prefix: true, type: 'localStorage' }] } } },
      },
    },
  ]);
  assert.equal(declarationOf(declared, 'my_consent', 'cookie').required, true);
  assert.equal(declarationOf(declared, 'cookie_consent', 'cookie').category, 'necessary');
  assert.equal(declarationOf(declared, 'PHPSESSID', 'cookie').required, true);
  assert.equal(declarationOf(declared, '_pk_id.1', 'cookie').category, 'analytics');
  assert.equal(declarationOf(declared, '_ga_XYZ', 'cookie').category, 'analytics');
  assert.equal(declarationOf(declared, 'VISITOR_INFO1_LIVE', 'cookie').category, 'social');
  assert.equal(declarationOf(declared, 'yt-remote-device', 'localStorage').category, 'social');
  assert.equal(declarationOf(declared, 'yt-remote-device', 'cookie'), null);
  assert.equal(declarationOf(declared, '_fbp', 'cookie'), null);
});

test('declarations read the config as the widget does: "/regex/flags" match, what the widget rejects declares nothing', () => {
  const { configs, problems } = siteConfigs([
    { configText: JSON.stringify({ categories: { necessary: {}, analytics: { cookies: ['/^_GA/i', '/^_gid/g', 'plain'] } } }), api: true, categories: null },
  ]);
  const declared = declarations(configs);
  assert.equal(declarationOf(declared, '_ga', 'cookie')?.category, 'analytics');
  assert.equal(declarationOf(declared, 'plain', 'cookie')?.category, 'analytics');
  // The widget drops "/^_gid/g" (a flag it does not take) and says so on the console; the audit reports the same message.
  assert.equal(declarationOf(declared, '_gid', 'cookie'), null);
  assert.deepEqual(problems, [
    '[cookie-consent] config.categories.analytics.cookies[1]: expected a cookie name, or a valid "/regex/" string with flags among i, m, s, u (a cookie name never starts with "/"), got "/^_gid/g"; ignored.',
  ]);
});

test('durations, parties and host:port', () => {
  const now = Date.UTC(2026, 0, 1);
  assert.equal(describeDuration(-1, now), 'session');
  assert.equal(describeDuration(now / 1000 + 2 * 365.25 * 86400, now), '2 years');
  assert.equal(describeDuration(now / 1000 + 182 * 86400, now), '6 months');
  assert.equal(isFirstParty('.example.com', 'www.example.com'), true);
  assert.equal(isFirstParty('tracker.net', 'www.example.com'), false);
  assert.equal(hostPort('https://a.example/x'), 'a.example:443');
  assert.equal(hostPort('http://localhost:8080/x'), 'localhost:8080');
});

test('the HTML report escapes everything it shows', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const html = htmlReport({
    url: `http://127.0.0.1/?q=${evil}`,
    pages: [`http://127.0.0.1/${evil}`],
    finishedAt: 'now',
    findings: [{ phase: 'before-consent', kind: 'cookie', name: evil, reason: 'not-strictly-necessary', platform: null, category: null, pages: [evil] }],
    notices: [{ message: evil }],
    phases: [{ title: 'Before', decision: 'reject', control: { via: 'button', label: evil }, cookies: [{ name: evil, domain: 'x', path: '/', duration: 'session', firstParty: true, sameSite: 'Lax', known: null, declared: null, page: evil }], storage: [{ type: 'localStorage', name: evil, origin: 'x', page: evil }], requests: [{ host: evil, type: 'script', count: 1, page: evil }], pages: [{ url: evil, status: 200, ms: 1, timedOut: false, error: null }] }],
  });
  assert.ok(!html.includes(evil));
  assert.ok(html.includes(escapeHtml(evil)));
  assert.doesNotMatch(html, /<script/i);
});

test('arguments: options, defaults and mistakes', () => {
  const options = parseArgs(['audit', 'https://example.com', '--pages', '3', '--json', 'a.json', '--html=b.html', '--config-out', 'c.json', '--timeout', '5']);
  assert.deepEqual([options.url, options.pages, options.json, options.html, options.configOut, options.timeoutS], ['https://example.com', 3, 'a.json', 'b.html', 'c.json', 5]);
  assert.equal(parseArgs(['audit', 'https://example.com']).pages, 10);
  assert.throws(() => parseArgs(['audit', 'https://example.com', '--pages', 'x']), /--pages expects a number/);
  assert.throws(() => parseArgs(['audit']), /Missing <url>/);
  assert.throws(() => parseArgs(['scan', 'x']), /Unknown command/);
});

test('exit 2 with one line when there is no browser', async (t) => {
  if (findChromium({}, [])) return t.skip('Playwright’s own Chromium is installed here');
  let err = '';
  const code = await main(['audit', 'http://127.0.0.1:9/'], { env: {}, systemBrowsers: [], stdout: () => {}, stderr: (text) => (err += text) });
  assert.equal(code, 2);
  assert.equal(err, `bandeau-audit: ${NO_BROWSER}\n`);
});

test('exit 2 on a URL that is not http(s)', async () => {
  let err = '';
  assert.equal(await main(['audit', 'file:///etc/passwd'], { stdout: () => {}, stderr: (text) => (err += text) }), 2);
  assert.match(err, /Only http and https/);
});
