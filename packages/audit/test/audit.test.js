// End-to-end: the command against fixture sites on two local origins, in real Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { main } from '../src/cli.js';
import { startFixtures } from './fixtures/server.js';
import { gatedSite, hangingSite, klaroSite, leakySite, mismatchSite, refusalIgnoredSite, tarteaucitronSite, undeclaredSite, vanillaCookieconsentSite } from './fixtures/sites.js';
import { validate } from './schema.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs/audit-report.schema.json'), 'utf8'));
let f;
let dir;

before(async () => {
  if (!existsSync(join(ROOT, 'dist/cookie-consent.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  f = await startFixtures({ root: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'bandeau-audit-'));
});
after(async () => {
  await f?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the command; its exit code, terminal output, progress lines and JSON report. */
async function audit(url, ...extra) {
  let out = '';
  let err = '';
  const json = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const code = await main(['audit', url, '--json', json, '--timeout', '15', ...extra], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  const report = existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : null;
  return { code, out, err, report };
}

/** A local port nothing listens on. */
function closedPort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const findingsOf = (report, phase) => report.findings.filter((finding) => finding.phase === phase);

test('our demo is clean: exit 0, refusal and acceptance through the widget’s API', async () => {
  const { code, out, err, report } = await audit(`${f.origin}/demo/index.html`, '--pages', '3');
  assert.equal(code, 0, out);
  assert.deepEqual(report.findings, []);
  assert.deepEqual(validate(SCHEMA, report), []);
  assert.equal(report.pages.length, 3);
  assert.deepEqual(report.phases.map((p) => p.control?.via ?? null), [null, 'api', 'api']);
  const accepted = report.phases[2].cookies.map((c) => c.name).sort();
  assert.deepEqual(accepted, ['_ga_demo', 'comments_uid', 'cookie_consent', 'tg_session']);
  assert.match(out, /No finding/);
  assert.equal(err.trim().split('\n').length, 9, 'one progress line per page and phase');
});

let leakyDraft;
test('a leaky site: exit 1, `_ga` named as Google Analytics / analytics, the second origin reported', async () => {
  const configOut = join(dir, 'draft.json');
  const html = join(dir, 'report.html');
  const { code, out, report } = await audit(leakySite(f), '--config-out', configOut, '--html', html);
  assert.equal(code, 1);
  assert.deepEqual(validate(SCHEMA, report), []);
  const before = findingsOf(report, 'before-consent');
  const ga = before.find((finding) => finding.name === '_ga');
  assert.equal(ga.platform, 'Google Analytics');
  assert.equal(ga.category, 'analytics');
  assert.ok(before.some((finding) => finding.kind === 'request' && finding.name === f.thirdHost));
  assert.match(out, /_ga \(Google Analytics \/ analytics\)/);
  assert.ok(out.includes(f.thirdHost));
  assert.equal(report.phases[1].control.via, null);
  assert.ok(report.notices.some((notice) => notice.message === 'after-refusal: no refusal control found'));
  assert.match(out, /no refusal control found/);
  const cookie = report.phases[0].cookies.find((c) => c.name === '_ga');
  assert.deepEqual([cookie.firstParty, cookie.httpOnly, cookie.duration, cookie.page], [true, false, '13 months', `${f.origin}/leaky/`]); // Chromium caps expiry at 400 days
  assert.match(readFileSync(html, 'utf8'), /^<!doctype html>[\s\S]*_ga[\s\S]*<\/html>\n$/);
  leakyDraft = JSON.parse(readFileSync(configOut, 'utf8'));
  assert.deepEqual(leakyDraft.categories.analytics.services['google-analytics'], { preset: 'google-analytics' });
  assert.deepEqual(leakyDraft.categories.other.services['to-review'].cookies.map((c) => c.name), ['trk_uid']);
});

test('the leaky site’s draft config, fed back to the widget, gates it cleanly', async () => {
  assert.ok(leakyDraft, 'needs the draft of the previous test');
  const { code, out, report } = await audit(gatedSite(f, leakyDraft));
  assert.equal(code, 0, out);
  assert.deepEqual(report.findings, []);
  assert.deepEqual(report.phases[2].cookies.map((c) => c.name).sort(), ['_ga', 'cookie_consent', 'trk_uid']);
  assert.ok(report.phases[2].requests.some((r) => r.host === f.thirdHost), 'the tracker runs once accepted');
});

test('a site that keeps tracking after a refusal: exit 1, its button found and clicked', async () => {
  const { code, report } = await audit(refusalIgnoredSite(f));
  assert.equal(code, 1);
  assert.deepEqual(findingsOf(report, 'before-consent'), []);
  assert.deepEqual(report.phases[1].control, { via: 'button', label: 'Tout refuser' });
  const afterRefusal = findingsOf(report, 'after-refusal');
  assert.ok(afterRefusal.some((finding) => finding.kind === 'request' && finding.name === f.thirdHost));
  assert.ok(afterRefusal.some((finding) => finding.kind === 'cookie' && finding.name === 'trk_uid'));
  assert.deepEqual(report.phases[2].control, { via: 'button', label: 'Tout accepter' });
});

test('a cookie stored after acceptance and not declared is a finding; a declared one never seen, a notice', async () => {
  const { code, report } = await audit(undeclaredSite(f));
  assert.equal(code, 1);
  assert.deepEqual(
    report.findings.map((finding) => [finding.phase, finding.reason, finding.name, finding.platform]),
    [['after-acceptance', 'undeclared', '_hjSessionUser_42', 'Hotjar']],
  );
  assert.ok(report.notices.some((notice) => notice.kind === 'declared-not-seen' && notice.name === '_gid'));
});

test('an unreachable URL: exit 2 with a clear one-line message', async () => {
  const port = await closedPort();
  const { code, err } = await audit(`http://127.0.0.1:${port}/`);
  assert.equal(code, 2);
  const lines = err.trim().split('\n');
  assert.equal(lines.at(-1), `bandeau-audit: Could not load http://127.0.0.1:${port}/: page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:${port}/`);
});

test('a page that never finishes loading times out and the audit goes on', async () => {
  const { code, report } = await audit(hangingSite(f), '--timeout', '2');
  assert.equal(code, 0);
  assert.deepEqual(report.pages, [`${f.origin}/hang/`, `${f.origin}/hang/never.html`, `${f.origin}/hang/fine.html`]);
  for (const phase of report.phases) {
    assert.equal(phase.pages.find((p) => p.url.endsWith('never.html')).timedOut, true);
    assert.equal(phase.pages.find((p) => p.url.endsWith('fine.html')).status, 200);
  }
  assert.equal(report.notices.filter((notice) => notice.kind === 'timeout').length, 3);
});

test('after acceptance, lifetimes and types other than declared are warnings, declared and observed side by side (exit 1)', async () => {
  const html = join(dir, 'mismatch.html');
  const { code, out, report } = await audit(mismatchSite(f), '--html', html);
  assert.equal(code, 1, out);
  assert.deepEqual(validate(SCHEMA, report), []);
  const byName = Object.fromEntries(report.findings.map((finding) => [finding.name, finding]));
  assert.deepEqual(
    report.findings.map((finding) => [finding.level, finding.phase, finding.reason, finding.name]).sort(),
    [
      ['warning', 'after-acceptance', 'duration-mismatch', 'dm_session'],
      ['warning', 'after-acceptance', 'duration-mismatch', 'dm_short'],
      // Set by a gated script that arrives 1.5 s after the decision: seen only if the audit waits for it.
      ['warning', 'after-acceptance', 'duration-mismatch', 'slow_uid'],
      ['warning', 'after-acceptance', 'type-mismatch', 'dm_store'],
    ],
  );
  assert.deepEqual(byName.dm_short.declared, { type: 'cookie', duration: '1 year', lifetime: '1 year', source: 'categories.analytics.services.demo' });
  assert.equal(byName.dm_short.observed.type, 'cookie');
  assert.equal(byName.dm_short.observed.lifetime, '1 day');
  assert.deepEqual([byName.dm_store.declared.type, byName.dm_store.observed.type, byName.dm_store.category], ['cookie', 'localStorage', 'analytics']);
  assert.ok(!report.notices.some((notice) => notice.name === 'dm_store'), 'seen, as another type');
  assert.equal(byName.dm_session.declared.lifetime, 'session');
  // _ga: declared 2 years by its preset, kept 400 days by Chromium; dm_ok lasts as declared.
  const ga = report.phases[2].cookies.find((c) => c.name === '_ga');
  assert.ok(ga && ga.lifetimeS > 399 * 86400 && ga.lifetimeS <= 400 * 86400, `_ga kept ${ga?.lifetimeS} s`);
  assert.ok(report.phases[2].cookies.some((c) => c.name === 'dm_ok'));
  assert.match(out, /⚠ \[after-acceptance\] cookie dm_short .*lifetime differs from its declaration/);
  assert.match(out, /declared: cookie, 1 year \(categories\.analytics\.services\.demo\) · observed: cookie, 1 day/);
  const page = readFileSync(html, 'utf8');
  assert.match(page, /<h2>Declared and observed<\/h2><table>.*<td>dm_short<\/td><td>duration-mismatch<\/td><td>cookie<\/td><td>1 year<\/td><td>cookie<\/td><td>1 day<\/td>/s);
});

/** The three banners' pages: both controls found through autoconsent, the banner named, its consent cookie necessary. */
for (const [title, site, banner, consentCookie] of [
  ['vanilla-cookieconsent 3 (French, hideFromBots on)', vanillaCookieconsentSite, 'vanilla-cookieconsent', 'cc_cookie'],
  ['Klaro', klaroSite, 'Klaro', 'klaro'],
  ['tarteaucitron.js', tarteaucitronSite, 'tarteaucitron.js', 'tarteaucitron'],
]) {
  test(`another banner, ${title}: refused and accepted, named, its consent cookie strictly necessary`, async () => {
    const { out, report } = await audit(site(f));
    assert.deepEqual(validate(SCHEMA, report), []);
    assert.deepEqual(report.phases.slice(1).map((p) => [p.control.via, p.control.banner]), [['autoconsent', banner], ['autoconsent', banner]], out);
    assert.equal(report.banner.name, banner);
    assert.match(out, new RegExp(`Banner: ${banner.replace('.', '\\.')} \\(recognised by autoconsent rule`));
    const refused = report.phases[1];
    const consent = refused.cookies.find((c) => c.name === consentCookie);
    assert.ok(consent, `${consentCookie} stored after the refusal`);
    assert.equal(consent.necessary, true);
    assert.equal(consent.known.banner, banner);
    assert.match(consent.known.source, /^https:\/\//);
    assert.ok(!report.findings.some((finding) => finding.name === consentCookie), `${consentCookie} is no finding`);
    // The refusal is respected (the gated tracker does not run), the acceptance lets it run.
    assert.ok(!refused.cookies.some((c) => c.name === '_ga'), '_ga after the refusal');
    assert.ok(report.phases[2].cookies.some((c) => c.name === '_ga'), '_ga after the acceptance');
    assert.ok(!report.draftConfig.categories.necessary.services, 'the old banner’s cookie is not for the new config to declare');
  });
}
