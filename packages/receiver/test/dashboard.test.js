// The dashboard in Chromium: it asks for the token and keeps it in sessionStorage (sent as a
// bearer header, never in a URL), draws its charts with their tables, filters by site and dates,
// downloads what it shows as CSV, loads nothing from elsewhere, and axe finds no WCAG 2.2 AA issue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright';
import { AxeBuilder } from '@axe-core/playwright';
import { findChromium, chromiumLaunchOptions } from '../../../test/support/chromium.js';
import { startOnFresh, receipt, post, ORIGIN, OTHER_ORIGIN, TOKEN, STORAGE } from './support.js';

const executablePath = findChromium();
const skip = !executablePath && 'no Chromium on this machine';

/** @type {Awaited<ReturnType<typeof startOnFresh>>} */ let r;
/** @type {import('playwright').Browser} */ let browser;
const today = new Date();
const day = (/** @type {number} */ back) => new Date(today.getTime() - back * 86400000).toISOString().slice(0, 10);

before(async () => {
  if (skip) return;
  r = await startOnFresh();
  const posts = [];
  // Two days back: variant a (12 of 30 accept all), b (24 of 30); one day back: the other site, no variant.
  for (let k = 0; k < 60; k++) {
    const variant = k < 30 ? 'a' : 'b';
    const method = (variant === 'a' ? k < 12 : k - 30 < 24) ? 'accept-all' : 'reject-all';
    posts.push(receipt({ decidedAt: `${day(2)}T08:00:00.${String(k).padStart(3, '0')}Z`, method, variant, categories: { necessary: true, analytics: method === 'accept-all' } }));
  }
  for (let k = 0; k < 3; k++) posts.push(receipt({ origin: OTHER_ORIGIN, decidedAt: `${day(1)}T08:00:00.${String(k).padStart(3, '0')}Z`, method: 'custom', categories: { necessary: true, analytics: true } }));
  for (const x of posts) assert.equal((await post(r.url, x)).status, 201);
  for (let k = 0; k < 4; k++) {
    await fetch(`${r.url}/impressions`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ origin: ORIGIN, variant: 'a', regime: null, language: 'fr' }) });
  }
  browser = await chromium.launch(chromiumLaunchOptions());
});
after(async () => { await browser?.close(); await r?.stop(); });

test(`${STORAGE}: the dashboard in Chromium: token, charts and tables, filters, CSV, nothing from elsewhere, axe clean`, { skip }, async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  /** @type {string[]} */ const requests = [];
  /** @type {string[]} */ const problems = [];
  page.on('request', (req) => requests.push(req.url()));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  /** @type {(string | undefined)[]} */ const auth = [];
  page.on('request', (req) => { if (req.url().includes('/stats')) auth.push(req.headers().authorization); });
  try {
    await page.goto(`${r.url}/dashboard`);
    // Asked for the token; a wrong one is said so, and not kept.
    await page.getByLabel(/Access token/).fill('w'.repeat(40));
    await page.getByRole('button', { name: 'Show statistics' }).click();
    await page.getByRole('alert').filter({ hasText: /not the receiver's/ }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    assert.deepEqual(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze().then((x) => x.violations.map((v) => v.id)), []);

    auth.length = 0;
    await page.getByLabel(/Access token/).fill(TOKEN);
    await page.getByRole('button', { name: 'Show statistics' }).click();
    await page.waitForSelector('body[data-state="ready"]');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('bandeau-receiver-token')), TOKEN);
    assert.ok(auth.length >= 2 && auth.every((a) => a === `Bearer ${TOKEN}`), 'sent as a bearer header');
    assert.ok(requests.every((u) => !u.includes(TOKEN)), 'never in a URL');
    assert.ok(requests.every((u) => u.startsWith(r.url) || u.startsWith('blob:') || u.startsWith('data:')), `a request elsewhere: ${requests.find((u) => !u.startsWith(r.url))}`);

    // All sites: 63 decisions. Charts drawn (Chart.js has data on each canvas), tables beside them.
    await page.getByRole('status').filter({ hasText: '63 decisions' }).waitFor();
    const drawn = await page.evaluate(() => ['chart-decisions', 'chart-granted', 'chart-rate'].map((id) => {
      const c = /** @type {any} */ (window).Chart.getChart(document.getElementById(id));
      return c ? c.data.datasets.map((/** @type {any} */ d) => [d.label, d.data.reduce((/** @type {number} */ s, /** @type {number | null} */ v) => s + (v ?? 0), 0)]) : null;
    }));
    assert.deepEqual(drawn[0], [['accept-all', 36], ['reject-all', 24], ['custom', 3]]);
    assert.equal(drawn[1]?.[0][0], 'share granted (%)');
    assert.ok(drawn[2], 'the decision rate is drawn: impressions are counted');
    const granted = await page.locator('#table-granted tbody tr').allTextContents();
    assert.ok(granted.some((t) => t.startsWith('analytics') && t.includes('39') && t.includes('61.9 %')), granted.join(' | '));
    const variants = await page.locator('#table-variants tbody tr').allTextContents();
    assert.equal(variants.length, 2, 'the receipts without a variant are no part of the test');
    assert.match(variants[0], /^a.*40\.0 %.*control$/);
    assert.match(variants[1], /^b.*80\.0 %.*3\.162.*0\.002.*significant$/);
    assert.doesNotMatch(variants[1], /not significant/);

    // Filter: one site, then a date range without decisions.
    await page.getByLabel('Site').selectOption(OTHER_ORIGIN);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('status').filter({ hasText: `3 decisions from ${day(29)} to ${day(0)} on ${OTHER_ORIGIN}` }).waitFor();
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).Chart.getChart(document.getElementById('chart-decisions')).data.datasets.map((/** @type {any} */ d) => d.label)), ['custom']);
    assert.equal(await page.locator('#rate-off').isVisible(), true, 'no impressions for that site');

    await page.getByLabel('Site').selectOption('');
    await page.getByLabel('From').fill(day(2));
    await page.getByLabel(/^To/).fill(day(2));
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('status').filter({ hasText: `60 decisions from ${day(2)} to ${day(2)}` }).waitFor();

    // CSV of what is shown.
    const [daily] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /daily figures/ }).click()]);
    const csv = await (await daily.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'));
    const lines = csv.trim().split('\r\n');
    assert.equal(lines[0], 'day,accept-all,reject-all,decisions,impressions,decision_rate,granted_analytics,granted_necessary');
    assert.equal(lines.length, 2);
    assert.equal(lines[1], `${day(2)},36,24,60,,,36,60`);
    const [vfile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /variants/ }).click()]);
    const vcsv = await (await vfile.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'));
    assert.match(vcsv, /^variant,decisions,accepted_all,acceptance_rate,ci95_low,ci95_high,z,p,verdict\r\na,30,12,0\.4000,0\.2[\d]+,0\.5[\d]+,,,control\r\nb,30,24,0\.8000,0\.6[\d]+,0\.9[\d]+,3\.162,0\.002,significant\r\n$/);

    assert.deepEqual(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze().then((x) => x.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)), []);
    assert.deepEqual(problems.filter((p) => !/401/.test(p)), [], 'console errors or CSP violations');

    // Signing out forgets the token.
    await page.getByRole('button', { name: 'Sign out' }).click();
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    assert.equal(await page.getByLabel(/Access token/).isVisible(), true);
  } finally {
    await context.close();
  }
});
