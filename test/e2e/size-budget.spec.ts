// Size budget: gzip -9 of every JS/CSS file the browser fetches from dist/ on the demo article, per scenario.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { banner, button, expect, test } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * TARGET: issue 10's budgets (issue 5's for the refused scenario). CEILING: what this build must not exceed: the target
 * where it is met, else a little above what the build weighs now (a regression guard); the gap is printed on every run
 * and explained in README.md (Weight).
 */
const BUDGETS = {
  // Not met: the framework-free core (config reader, gating and <consent-gate>, store, API, subscribers) is 7.2 KB.
  'returning visitor, accepted all': { target: 5 * 1024, ceiling: 7.35 * 1024 },
  'returning visitor, refused all (placeholders)': { target: 6 * 1024, ceiling: 9.6 * 1024 },
  // Met: the first layer is plain DOM (no lit-html), and the placeholder ships in texts.js.
  'first visit (banner, one language)': { target: 13 * 1024, ceiling: 13 * 1024 },
  // Issue 12: presets and cookie tables are fetched only here (or by <cookie-declaration>), never on a plain view. The
  // dialog's opening logic and styles moved here from the first layer (issue 10): 15.4 -> 15.6 KB.
  'the dialog opened on the demo (services, presets, cookie tables)': { target: 15.5 * 1024, ceiling: 15.8 * 1024 },
};
/** The core before services (issue 12's reference): it may have grown at most 0.6 KB since (service gating 0.35 KB). */
const CORE_BEFORE_SERVICES = 6909;
type Scenario = keyof typeof BUDGETS;

function recordDistFiles(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/') && /\.(js|css)$/.test(path)) files.push(path);
  });
  return files;
}

const gzipSize = (files: string[]) =>
  [...new Set(files)].reduce((sum, path) => sum + gzipSync(readFileSync(ROOT + path.slice(1)), { level: 9 }).length, 0);

function check(scenario: Scenario, files: string[]) {
  const bytes = gzipSize(files);
  const { target, ceiling } = BUDGETS[scenario];
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  console.log(`size: ${scenario}: ${kb(bytes)} gzip (target ${kb(target)}, ceiling ${kb(ceiling)}) — ${[...new Set(files)].join(', ')}`);
  expect(bytes, `${scenario} over its ceiling`).toBeLessThanOrEqual(ceiling);
  return bytes;
}

test('first visit: the banner in one language', async ({ page, site }) => {
  const files = recordDistFiles(page);
  await page.goto(`${site.origin}/demo/index.html`);
  await expect(banner(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  // One language, and only the first layer's texts: the dialog's come when it opens.
  expect(files.filter((f) => f.includes('/i18n/'))).toEqual(['/dist/i18n/fr.js']);
  expect(files).not.toContain('/dist/preferences-dialog.js');
  // The first layer is plain DOM: lit-html comes with the dialog.
  expect(files).not.toContain('/dist/lit-html.js');
  check('first visit (banner, one language)', files);
});

test('returning visitor who accepted all: no UI, comments stamped', async ({ page, site }) => {
  await page.goto(`${site.origin}/demo/index.html`);
  await button(page, 'Tout accepter').click();
  const files = recordDistFiles(page);
  await page.reload();
  await expect(page.locator('#comments-thread li')).toHaveCount(2);
  await page.waitForLoadState('networkidle');
  expect(files).toEqual(['/dist/cookie-consent.js']);
  check('returning visitor, accepted all', files);
});

test('returning visitor who refused all: placeholders, no banner', async ({ page, site }) => {
  await page.goto(`${site.origin}/demo/index.html`);
  await button(page, 'Tout refuser').click();
  const files = recordDistFiles(page);
  await page.reload();
  await expect(page.locator('#comments consent-gate').getByRole('button', { name: /^Accepter/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(files).not.toContain('/dist/cookie-consent-ui.js');
  expect(files).not.toContain('/dist/lit-html.js');
  check('returning visitor, refused all (placeholders)', files);
});

test('the dialog with services: presets and cookie tables arrive with it, and only then', async ({ page, site }) => {
  await page.goto(`${site.origin}/demo/index.html`);
  await button(page, 'Tout refuser').click();
  await page.reload();
  await page.waitForLoadState('networkidle');
  const files = recordDistFiles(page);
  await page.evaluate(() => window.cookieConsent!.showPreferences());
  await expect(page.locator('cookie-consent').locator('dialog[part="dialog"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(files).toContain('/dist/services.js');
  expect(files.some((f) => f.startsWith('/dist/presets/'))).toBe(true);
  check('the dialog opened on the demo (services, presets, cookie tables)', files);
});

test('the core grew at most 0.6 KB since services (service gating 0.35 KB of it)', () => {
  const core = gzipSync(readFileSync(`${ROOT}dist/cookie-consent.js`), { level: 9 }).length;
  console.log(`size: the core: ${(core / 1024).toFixed(2)} KB gzip; before services ${(CORE_BEFORE_SERVICES / 1024).toFixed(2)} KB; +${((core - CORE_BEFORE_SERVICES) / 1024).toFixed(2)} KB (services, and since then the retry of failed receipts, the API published before ready, the declaration for single-page apps)`);
  expect(core - CORE_BEFORE_SERVICES).toBeLessThanOrEqual(0.6 * 1024);
});

// Issue 21: with `regimes`, a first visit downloads at most 14 KB gzip up to the banner or the notice; the time-zone
// table and the notice's texts only where they are needed. The demo's region picker (?region=) adds `regimes`.
// Met for the notice (opt-out, notice); not for the banner (opt-in, uk): regimes.js (the checker, the sources, the map,
// the regime's store: 2.8 KB) comes on top of the 13 KB banner. The ceiling is then a regression guard (README: Weight).
const REGIME_BUDGETS = {
  'US-CA': { shown: 'notice', target: 14 * 1024, ceiling: 14 * 1024 },
  FR: { shown: 'banner', target: 14 * 1024, ceiling: 16.15 * 1024 },
  GB: { shown: 'banner', target: 14 * 1024, ceiling: 16.6 * 1024 },
} as const;
for (const [region, { shown, target, ceiling }] of Object.entries(REGIME_BUDGETS)) {
  test(`first visit with regimes (${region}): the ${shown}`, async ({ page, site }) => {
    const files = recordDistFiles(page);
    await page.goto(`${site.origin}/demo/index.html?region=${region}`);
    if (shown === 'banner') await expect(banner(page)).toBeVisible();
    else await expect(page.locator('cookie-consent-notice').getByRole('button', { name: 'OK' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(files).not.toContain('/dist/regimes-timezones.js');
    // The notice's texts only under the regimes that show them (and the UK line); its module only under opt-out/notice.
    expect(files.includes('/dist/i18n/notice/fr.js')).toBe(region !== 'FR');
    expect(files.includes('/dist/consent-notice.js')).toBe(shown === 'notice');
    const bytes = gzipSize(files);
    const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
    console.log(`size: first visit with regimes (${region}, the ${shown}): ${kb(bytes)} gzip (target ${kb(target)}, ceiling ${kb(ceiling)}) — ${[...new Set(files)].join(', ')}`);
    expect(bytes).toBeLessThanOrEqual(ceiling);
  });
}
