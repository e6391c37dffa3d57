// Issue 21: regimes. Each visitor gets the regime of where they are: opt-in, uk, opt-out, notice.
import type { Page } from '@playwright/test';
import { banner, button, dialog, events, expect, storedRecord, test } from './fixtures.js';

const CATEGORIES = { necessary: {}, analytics: {}, social: {}, ads: {} };
const config = (regimes: Record<string, unknown> = {}, more: Record<string, unknown> = {}) => ({
  categories: CATEGORIES,
  regimes: { objectable: ['analytics'], saleShare: ['ads'], ...regimes },
  ...more,
});
const meta = (code: string) => `<meta name="consent-region" content="${code}">`;
/** A gated script per optional category: window.__ran lists those that ran. */
const gated = (origin: string) =>
  ['analytics', 'social', 'ads'].map((id) => `<script type="text/plain" data-category="${id}" data-src="${origin}/script/${id}.js"></script>`).join('');
const ran = (page: Page) => page.evaluate(() => ((window as any).__ran ?? []).slice().sort());
const state = (page: Page) => page.evaluate(() => window.cookieConsent!.ready.then(() => window.cookieConsent!.get()));
/** The notice of the opt-out and notice regimes, which the banner shows in its place. */
const notice = (page: Page) => page.locator('cookie-consent').locator('[part="regime-notice"]');
const gpcOn = (page: Page) =>
  page.context().addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));

test.describe('regimes by region (meta)', () => {
  test('opt-in (FR): today\'s banner, nothing runs, the decision keeps its regime and region', async ({ page, context, open, thirdParty }) => {
    await open({ config: config(), beforeScript: meta('FR'), body: gated(thirdParty.origin) });
    await expect(banner(page)).toBeVisible();
    expect(await state(page)).toMatchObject({ decided: false, regime: 'opt-in', region: 'FR', categories: { analytics: false, social: false, ads: false } });
    expect(await ran(page)).toEqual([]);
    expect(await storedRecord(context)).toBeUndefined();
    await button(page, 'Tout accepter').click();
    await expect.poll(() => ran(page)).toEqual(['ads', 'analytics', 'social']);
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'accept-all', g: 'opt-in', r: 'FR' });
    const change = (await events(page)).find((e) => e.type === 'cookie-consent:change')!;
    expect(change.detail).toMatchObject({ method: 'accept-all', regime: 'opt-in', region: 'FR' });
  });

  test('the map: most specific key first, built-in entries replaced or added by `regions`', async ({ page, open }) => {
    const cases: Array<[string, Record<string, string>, string]> = [
      ['DE', {}, 'opt-in'],
      ['NO', {}, 'opt-in'],
      ['CH', {}, 'opt-in'],
      ['BR', {}, 'opt-in'],
      ['CA-QC', {}, 'opt-in'],
      ['CA-ON', {}, 'opt-out'],
      ['CA', {}, 'opt-out'],
      ['GB', {}, 'uk'],
      ['US', {}, 'opt-out'],
      ['US-TX', {}, 'opt-out'],
      ['JP', {}, 'notice'],
      ['JP', { JP: 'opt-in' }, 'opt-in'],
      ['US-CA', { 'US-CA': 'opt-in' }, 'opt-in'],
      ['US-NY', { 'US-CA': 'opt-in' }, 'opt-out'],
      ['FR', { EU: 'notice' }, 'notice'],
      ['NO', { EU: 'notice' }, 'opt-in'],
      ['DE-BY', { DE: 'uk', EU: 'notice' }, 'uk'],
      ['AR', { '*': 'opt-in' }, 'opt-in'],
    ];
    for (const [region, regions, regime] of cases) {
      await open({ config: config({ regions }), beforeScript: meta(region) });
      expect(await state(page), `${region} with ${JSON.stringify(regions)}`).toMatchObject({ regime, region });
    }
  });

  test('uk (GB): the banner still shows, objectable categories are on until refused, « Tout refuser » refuses them', async ({ page, context, open, thirdParty }) => {
    await open({ config: config(), beforeScript: meta('GB'), body: gated(thirdParty.origin) });
    await expect(banner(page)).toBeVisible();
    await expect(page.locator('cookie-consent')).toContainText("Activés tant que vous ne vous y opposez pas : Mesure d'audience.");
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    expect(await state(page)).toMatchObject({ decided: false, regime: 'uk', categories: { analytics: true, social: false, ads: false } });
    expect(await storedRecord(context)).toBeUndefined();
    // The dialog shows what is on.
    await button(page, 'Paramétrer vos choix').click();
    await expect(page.getByRole('switch', { name: "Mesure d'audience" })).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Publicité, création de profils' })).not.toBeChecked();
    // Mesure d'audience ran: refusing it reloads the page once (reloadOnRevoke), awaited rather than raced.
    const reloaded = page.waitForEvent('load');
    await dialog(page).getByRole('button', { name: 'Tout refuser' }).click();
    await reloaded;
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'reject-all', c: { analytics: false, ads: false }, g: 'uk', r: 'GB' });
    expect(await state(page)).toMatchObject({ decided: true, categories: { analytics: false } });
  });

  test('opt-out (US-CA): granted at once except sensitive, a notice with three buttons, « OK » records method notice', async ({ page, context, open, thirdParty }) => {
    await open({ config: config({ sensitive: ['social'] }), beforeScript: meta('US-CA'), body: gated(thirdParty.origin) });
    await expect(notice(page)).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    await expect(button(page, 'OK')).toBeVisible();
    await expect(button(page, 'Ne pas vendre ni partager mes informations personnelles')).toBeVisible();
    await expect(button(page, 'Paramétrer vos choix')).toBeVisible();
    await expect.poll(() => ran(page)).toEqual(['ads', 'analytics']);
    expect(await state(page)).toMatchObject({ decided: false, regime: 'opt-out', region: 'US-CA', categories: { analytics: true, social: false, ads: true } });
    expect(await storedRecord(context)).toBeUndefined();
    await button(page, 'OK').click();
    await expect(notice(page)).toHaveCount(0);
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'notice', c: { analytics: true, social: false, ads: true }, g: 'opt-out', r: 'US-CA' });
    await page.reload();
    expect(await state(page)).toMatchObject({ decided: true, method: 'notice', regime: 'opt-out' });
    await expect(notice(page)).toHaveCount(0);
  });

  test('opt-out in English: "Do Not Sell or Share My Personal Information" refuses the saleShare categories (method opt-out)', async ({ page, context, open }) => {
    await open({ lang: 'en', config: config(), beforeScript: meta('US') });
    await button(page, 'Do Not Sell or Share My Personal Information').click();
    await expect(notice(page)).toHaveCount(0);
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'opt-out', c: { analytics: true, social: true, ads: false } });
    const change = (await events(page)).filter((e) => e.type === 'cookie-consent:change');
    expect(change.map((e) => e.detail)).toMatchObject([{ method: 'opt-out', revoked: ['ads'], regime: 'opt-out', region: 'US' }]);
  });

  test('a page element with data-cookie-consent="do-not-sell" does the same', async ({ page, context, open }) => {
    await open({ config: config(), beforeScript: meta('US-CO'), body: '<a href="#" id="dns" data-cookie-consent="do-not-sell">Do Not Sell</a>' });
    await expect(notice(page)).toBeVisible();
    await page.locator('#dns').click();
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'opt-out', c: { ads: false, analytics: true } });
    await expect(notice(page)).toHaveCount(0);
  });

  test('notice (JP): granted except sensitive, a dismissible notice with « OK » and « Paramétrer vos choix », no do-not-sell', async ({ page, context, open }) => {
    await open({ config: config({ sensitive: ['ads'] }), beforeScript: meta('JP') });
    await expect(notice(page)).toBeVisible();
    await expect(button(page, 'Ne pas vendre ni partager mes informations personnelles')).toHaveCount(0);
    expect(await state(page)).toMatchObject({ regime: 'notice', categories: { analytics: true, social: true, ads: false } });
    await button(page, 'Paramétrer vos choix').click();
    await expect(dialog(page)).toBeVisible();
    await page.getByRole('switch', { name: "Mesure d'audience" }).uncheck();
    await button(page, 'Enregistrer mes choix').click();
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'custom', c: { analytics: false, social: true, ads: false }, g: 'notice', r: 'JP' });
    await expect(notice(page)).toHaveCount(0);
  });

  test('a bad meta content is ignored with one warning; no source answers: `unknown` (default opt-in)', async ({ page, open }) => {
    const opened = await open({ config: config(), beforeScript: meta('California') });
    expect(await state(page)).toMatchObject({ regime: 'opt-in', region: null });
    expect(opened.consoleWarnings.filter((m) => m.includes('consent-region'))).toHaveLength(1);
    await open({ config: config({ unknown: 'notice' }) });
    expect(await state(page)).toMatchObject({ regime: 'notice', region: null });
  });

  test('Google Consent Mode\'s default follows the regime', async ({ page, open }) => {
    const defaults = () => page.evaluate(() => (window as any).dataLayer.map((e: any) => Array.from(e)).filter((e: any[]) => e[1] === 'default')[0][2]);
    await open({ config: config({}, { googleConsentMode: true }), beforeScript: meta('US-CA') });
    await state(page);
    expect(await defaults()).toMatchObject({ ad_storage: 'granted', analytics_storage: 'granted' });
    await open({ config: config({}, { googleConsentMode: true }), beforeScript: meta('GB') });
    await state(page);
    expect(await defaults()).toMatchObject({ ad_storage: 'denied', analytics_storage: 'granted' });
    await open({ config: config({}, { googleConsentMode: true }), beforeScript: meta('FR') });
    await state(page);
    expect(await defaults()).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied' });
  });

  test('the receipt carries the regime, the region and the new methods', async ({ page, open, site }) => {
    // The site's request log is shared by the worker's tests: only this page's receipts count.
    const before = site.requests.length;
    await open({ config: config({}, { consentLog: { endpoint: '/consent-log' } }), beforeScript: meta('US-CA') });
    await button(page, 'OK').click();
    const receipts = () => site.requests.slice(before).filter((r) => r.path === '/consent-log' && r.body?.includes('"regime"'));
    await expect.poll(() => receipts().length).toBe(1);
    const body = JSON.parse(receipts()[0].body);
    expect(body).toMatchObject({ method: 'notice', regime: 'opt-out', region: 'US-CA', categories: { ads: true } });
  });
});

test.describe('Global Privacy Control under each regime', () => {
  for (const [region, regime] of [['FR', 'opt-in'], ['GB', 'uk']]) {
    test(`${regime}: every optional category refused (method gpc), no banner`, async ({ page, context, open, thirdParty }) => {
      await gpcOn(page);
      await open({ config: config(), beforeScript: meta(region), body: gated(thirdParty.origin) });
      await expect.poll(async () => (await storedRecord(context))?.record.m).toBe('gpc');
      expect((await storedRecord(context))?.record).toMatchObject({ c: { analytics: false, social: false, ads: false }, g: regime });
      await expect(banner(page)).toHaveCount(0);
      expect(await ran(page)).toEqual([]);
    });
  }

  for (const [region, regime] of [['US-CA', 'opt-out'], ['JP', 'notice']]) {
    test(`${regime}: saleShare refused at once (one change, method gpc), "Opt-Out Request Honored" shown without a click and in the dialog`, async ({ page, context, open, thirdParty }) => {
      await gpcOn(page);
      await open({ lang: 'en', config: config(), beforeScript: meta(region), body: gated(thirdParty.origin) });
      await expect.poll(async () => (await storedRecord(context))?.record.m).toBe('gpc');
      expect((await storedRecord(context))?.record).toMatchObject({ c: { analytics: true, social: true, ads: false }, g: regime });
      const changes = (await events(page)).filter((e) => e.type === 'cookie-consent:change');
      expect(changes.map((e) => e.detail)).toMatchObject([{ method: 'gpc', regime }]);
      const status = page.locator('cookie-consent').getByRole('status');
      await expect(status).toContainText('Opt-Out Request Honored');
      await expect(notice(page)).toHaveCount(0);
      await expect.poll(() => ran(page)).toEqual(['analytics', 'social']);
      // Non-blocking: the page stays usable; the dialog says it too, its saleShare switch off.
      await page.locator('#footer-link').click();
      await expect(dialog(page).getByText('Opt-Out Request Honored')).toBeVisible();
      await expect(page.getByRole('switch', { name: 'Advertising and profiling' })).not.toBeChecked();
      await expect(page.getByRole('switch', { name: 'Audience measurement' })).toBeChecked();
    });
  }

  test('opt-out: GPC also overrides an earlier « OK », and what it refuses never runs meanwhile', async ({ page, context, open, thirdParty }) => {
    await open({ config: config(), beforeScript: meta('US-CA'), body: gated(thirdParty.origin) });
    await button(page, 'OK').click();
    await gpcOn(page);
    await page.reload();
    await expect.poll(async () => (await storedRecord(context))?.record).toMatchObject({ m: 'gpc', c: { ads: false, analytics: true } });
    // No reload for a revocation: ads never ran on this page view, and the one change revokes nothing.
    await expect.poll(() => ran(page)).toEqual(['analytics', 'social']);
    const changes = (await events(page)).filter((e) => e.type === 'cookie-consent:change');
    expect(changes.map((e) => e.detail)).toMatchObject([{ method: 'gpc', revoked: [] }]);
  });
});

test.describe('sources and their order', () => {
  const answer = (page: Page, json: unknown, status = 200) =>
    page.route('**/consent-region', (route) => route.fulfill({ status, contentType: 'application/json', body: typeof json === 'string' ? json : JSON.stringify(json) }));
  const asked = (site: { requests: Array<{ path: string }> }) => site.requests.filter((r) => r.path === '/consent-region').length;

  test('endpoint: one same-origin GET answering { "region": … }', async ({ page, open, site }) => {
    let requests = 0;
    await page.route('**/consent-region', (route) => (requests++, route.fulfill({ json: { region: 'US-CA' } })));
    await open({ config: config({ endpoint: '/consent-region' }) });
    expect(await state(page)).toMatchObject({ regime: 'opt-out', region: 'US-CA' });
    expect(requests).toBe(1);
    expect(asked(site)).toBe(0);
  });

  test('default order: the meta first, then the endpoint (not asked when the meta answers)', async ({ page, open }) => {
    let requests = 0;
    await page.route('**/consent-region', (route) => (requests++, route.fulfill({ json: { region: 'US-CA' } })));
    await open({ config: config({ endpoint: '/consent-region' }), beforeScript: meta('GB') });
    expect(await state(page)).toMatchObject({ regime: 'uk', region: 'GB' });
    expect(requests).toBe(0);
    await open({ config: config({ endpoint: '/consent-region', from: ['endpoint', 'meta'] }), beforeScript: meta('GB') });
    expect(await state(page)).toMatchObject({ regime: 'opt-out', region: 'US-CA' });
    expect(requests).toBe(1);
  });

  for (const [name, body, status] of [
    ['a non-2xx status', { region: 'US-CA' }, 503],
    ['bad JSON', '{ region: ', 200],
    ['a bad code', { region: 'California' }, 200],
  ] as const) {
    test(`endpoint with ${name}: no answer, the next source`, async ({ page, open }) => {
      await answer(page, body, status);
      const opened = await open({ config: config({ endpoint: '/consent-region', from: ['endpoint', 'meta'] }), beforeScript: meta('JP') });
      expect(await state(page)).toMatchObject({ regime: 'notice', region: 'JP' });
      expect(opened.consoleWarnings.filter((m) => m.includes('regimes.endpoint'))).toHaveLength(1);
    });
  }

  test('a cross-origin endpoint is refused by the config checker and never asked', async ({ page, open, thirdParty }) => {
    const opened = await open({ config: config({ endpoint: `${thirdParty.origin}/consent-region` }) });
    expect(await state(page)).toMatchObject({ regime: 'opt-in', region: null });
    await expect.poll(() => opened.consoleErrors.filter((m) => m.includes('config.regimes.endpoint'))).toHaveLength(1);
    expect(thirdParty.requests).not.toContain('/consent-region');
  });

  test('fail closed: until the endpoint answers nothing gated runs, no banner, no ready; then the regime applies', async ({ page, open, thirdParty }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/consent-region', async (route) => {
      await held;
      await route.fulfill({ json: { region: 'US-CA' } });
    });
    await open({ config: config({ endpoint: '/consent-region' }), body: gated(thirdParty.origin) });
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.cookieConsent!.get())).toMatchObject({ decided: false, categories: {} });
    const readyYet = await page.evaluate(() => Promise.race([window.cookieConsent!.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 300))]));
    expect(readyYet).toBe(false);
    expect((await events(page)).map((e) => e.type)).toEqual([]);
    expect(await ran(page)).toEqual([]);
    await expect(notice(page)).toHaveCount(0);
    await expect(banner(page)).toHaveCount(0);
    release();
    await expect(notice(page)).toBeVisible();
    expect(await state(page)).toMatchObject({ regime: 'opt-out' });
    await expect.poll(() => ran(page)).toEqual(['ads', 'analytics', 'social']);
  });

  test('an endpoint that never answers: after 1,500 ms the next source (here none: unknown), then the banner', async ({ page, open }) => {
    await page.route('**/consent-region', () => {});
    const started = Date.now();
    const opened = await open({ config: config({ endpoint: '/consent-region' }) });
    await expect(banner(page)).toBeVisible({ timeout: 5000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(await state(page)).toMatchObject({ regime: 'opt-in', region: null });
    expect(opened.consoleWarnings.some((m) => m.includes('no answer within 1500 ms'))).toBe(true);
  });

  test.describe('timezone', () => {
    test.use({ timezoneId: 'America/Los_Angeles' });
    test('the browser\'s time zone, through the tz tables, fetched only for this source', async ({ page, open, site }) => {
      await open({ config: config({ from: ['meta', 'timezone'] }) });
      expect(await state(page)).toMatchObject({ regime: 'opt-out', region: 'US' });
      expect(site.requests.some((r) => r.path === '/dist/regimes-timezones.js')).toBe(true);
      // Without the source, the table is not fetched.
      site.requests.length = 0;
      await open({ config: config() });
      expect(await state(page)).toMatchObject({ regime: 'opt-in', region: null });
      expect(site.requests.some((r) => r.path === '/dist/regimes-timezones.js')).toBe(false);
    });
  });

  for (const [zone, regime, region] of [['Europe/Paris', 'opt-in', 'FR'], ['Europe/London', 'uk', 'GB'], ['Asia/Tokyo', 'notice', 'JP'], ['UTC', 'opt-in', null]] as const) {
    test.describe(`timezone ${zone}`, () => {
      test.use({ timezoneId: zone });
      test(`${zone} → ${region ?? 'no answer'}`, async ({ page, open }) => {
        await open({ config: config({ from: ['timezone'] }) });
        expect(await state(page)).toMatchObject({ regime, region });
      });
    });
  }
});

test.describe('a decision across regimes', () => {
  test('opt-out « OK » (method notice), then under opt-in: the banner again, nothing runs', async ({ page, context, open, thirdParty }) => {
    await open({ config: config(), beforeScript: meta('US-CA'), body: gated(thirdParty.origin) });
    await button(page, 'OK').click();
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'notice', g: 'opt-out' });
    await open({ config: config(), beforeScript: meta('FR'), body: gated(thirdParty.origin) });
    await expect(banner(page)).toBeVisible();
    expect(await state(page)).toMatchObject({ decided: false, regime: 'opt-in', categories: { analytics: false, social: false, ads: false } });
    expect(await ran(page)).toEqual([]);
    // The dialog pre-fills nothing: no pre-ticked box.
    await button(page, 'Paramétrer vos choix').click();
    await expect(page.getByRole('switch', { name: 'Publicité, création de profils' })).not.toBeChecked();
    await dialog(page).getByRole('button', { name: 'Tout accepter' }).click();
    const { record } = (await storedRecord(context))!;
    expect(record).toMatchObject({ m: 'accept-all', g: 'opt-in', r: 'FR' });
  });

  test('opt-out refusal (do not sell), then under uk: the banner again, its refusal stands, only objectable runs', async ({ page, open, thirdParty }) => {
    await open({ config: config(), beforeScript: meta('US-CA') });
    await button(page, 'Ne pas vendre ni partager mes informations personnelles').click();
    await open({ config: config({ objectable: ['analytics', 'ads'] }), beforeScript: meta('GB'), body: gated(thirdParty.origin) });
    await expect(banner(page)).toBeVisible();
    expect(await state(page)).toMatchObject({ decided: false, regime: 'uk', categories: { analytics: true, social: false, ads: false } });
    await expect.poll(() => ran(page)).toEqual(['analytics']);
  });

  test('decisions that granted nothing by default stay valid everywhere; a notice decision stays valid under notice', async ({ page, open }) => {
    await open({ config: config(), beforeScript: meta('FR') });
    await button(page, 'Tout refuser').click();
    await open({ config: config(), beforeScript: meta('US-CA') });
    expect(await state(page)).toMatchObject({ decided: true, method: 'reject-all', regime: 'opt-out', categories: { ads: false } });
    await expect(notice(page)).toHaveCount(0);
    await page.evaluate(() => window.cookieConsent!.reset());
    await expect(notice(page)).toBeVisible();
    await button(page, 'OK').click();
    await open({ config: config(), beforeScript: meta('JP') });
    expect(await state(page)).toMatchObject({ decided: true, method: 'notice', regime: 'notice' });
    await open({ config: config(), beforeScript: meta('GB') });
    expect(await state(page)).toMatchObject({ decided: false, regime: 'uk' });
  });

  test('without `regimes`, a decision made by notice is not read (fail closed)', async ({ page, open }) => {
    await open({ config: config(), beforeScript: meta('US-CA') });
    await button(page, 'OK').click();
    await open({ config: { categories: CATEGORIES } });
    await expect(banner(page)).toBeVisible();
    expect(await state(page)).toMatchObject({ decided: false, categories: { ads: false } });
  });
});

test('the ESM entry: configure() with regimes waits for the region the same way', async ({ page, site }) => {
  await page.goto(
    site.page(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="consent-region" content="US-CA">
<script type="module">
  import { configure } from '/dist/index.js';
  configure({ categories: { necessary: {}, analytics: {}, ads: {} }, regimes: {} });
</script></head><body><main><p>ESM</p></main></body></html>`),
  );
  await expect(page.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })).toBeVisible();
  expect(await state(page)).toMatchObject({ decided: false, regime: 'opt-out', region: 'US-CA', categories: { analytics: true, ads: true } });
});
