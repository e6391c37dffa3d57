import { banner, button, dialog, events, expect, storedRecord, test } from './fixtures.js';

test('silence is refusal: scrolling, clicking the page and Escape grant nothing', async ({ page, context, open }) => {
  await open({ config: {}, body: '<div style="height:3000px"></div>' });
  await expect(banner(page)).toBeVisible();
  await page.mouse.wheel(0, 1500);
  // A click on the page itself, at a point the bar banner never covers (the headline may still be scrolling away).
  await page.mouse.click(10, 10);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(banner(page)).toBeVisible();
  expect(await storedRecord(context)).toBeUndefined();
  expect(await page.evaluate(() => window.cookieConsent!.get().categories)).toMatchObject({ analytics: false, social: false, ads: false });
});

test('« Continuer sans accepter » records a refusal and closes; absent by default', async ({ page, context, open }) => {
  await open({ config: {} });
  await expect(banner(page)).toBeVisible();
  await expect(page.getByText('Continuer sans accepter')).toHaveCount(0);
  await open({ config: { continueWithoutAccepting: true } });
  const link = page.locator('cookie-consent').getByRole('link', { name: /Continuer sans accepter/ });
  await expect(link).toBeVisible();
  // In the banner's top corner.
  const [linkBox, bannerBox] = [await link.boundingBox(), await banner(page).boundingBox()];
  expect(linkBox!.y - bannerBox!.y).toBeLessThan(20);
  expect(bannerBox!.x + bannerBox!.width - (linkBox!.x + linkBox!.width)).toBeLessThan(30);
  await link.click();
  await expect(banner(page)).toHaveCount(0);
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'reject-all', c: { analytics: false, social: false, ads: false } });
});

test('English: « Continue without accepting »', async ({ page, open }) => {
  await open({ lang: 'en', config: { continueWithoutAccepting: true } });
  await expect(page.locator('cookie-consent').getByRole('link', { name: /Continue without accepting/ })).toBeVisible();
});

test('the floating button reopens the dialog, has a name, and moves away from the focused element', async ({ page, open }) => {
  await open({ config: { floatingButton: true }, body: '<p style="position:fixed;left:0;bottom:0;margin:0"><a href="#" id="corner">Lien en bas à gauche</a></p>' });
  await expect(page.getByRole('button', { name: 'Gérer mes cookies' })).toHaveCount(0);
  await button(page, 'Tout refuser').click();
  const floating = page.getByRole('button', { name: 'Gérer mes cookies' });
  await expect(floating).toBeVisible();
  const before = await floating.boundingBox();
  expect(before!.width).toBeGreaterThanOrEqual(24);
  expect(before!.height).toBeGreaterThanOrEqual(24);
  await page.locator('#corner').focus();
  await expect.poll(async () => (await floating.boundingBox())!.x).toBeGreaterThan(before!.x + 100);
  const corner = await page.locator('#corner').boundingBox();
  const after = await floating.boundingBox();
  const overlaps = corner!.x < after!.x + after!.width && after!.x < corner!.x + corner!.width && corner!.y < after!.y + after!.height && after!.y < corner!.y + corner!.height;
  expect(overlaps).toBe(false);
  await floating.click();
  await expect(dialog(page)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Gérer mes cookies' })).toBeVisible();
});

test('GPC: no banner, a stored refusal with method "gpc", the dialog says so, opting in is "custom"', async ({ page, context, open }) => {
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await open({ config: {} });
  await expect.poll(async () => (await storedRecord(context))?.record.m).toBe('gpc');
  expect((await storedRecord(context))?.record.c).toEqual({ analytics: false, social: false, ads: false });
  await expect(banner(page)).toHaveCount(0);
  // Recorded after ready, like any decision: listeners anywhere in the page get both, and exactly one change.
  const seen = await events(page);
  expect(seen.map((e) => e.type)).toEqual(['cookie-consent:ready', 'cookie-consent:change']);
  expect(seen[0].detail).toMatchObject({ decided: false });
  expect(seen[1].detail).toMatchObject({ decided: true, method: 'gpc', revoked: [] });
  await page.locator('#footer-link').click();
  await expect(dialog(page).getByText(/Global Privacy Control/)).toBeVisible();
  await page.getByRole('switch', { name: "Mesure d'audience" }).check();
  await button(page, 'Enregistrer mes choix').click();
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'custom', c: { analytics: true } });
  await page.reload();
  await expect(banner(page)).toHaveCount(0);
});

test('GPC with gpc: "ignore" shows the banner as usual', async ({ page, context, open }) => {
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await open({ config: { gpc: 'ignore' } });
  await expect(banner(page)).toBeVisible();
  expect(await storedRecord(context)).toBeUndefined();
});

const GCM_HEAD = `<script>window.__tagSawConsent = () => (window.dataLayer || []).map((e) => Array.from(e));</script>`;

test('Google Consent Mode: default then updates in dataLayer, exactly as gtag pushes them', async ({ page, open }) => {
  await open({
    config: { googleConsentMode: true },
    head: `<script>window.__first = window.dataLayer.slice(); window.__gtagType = typeof window.gtag;</script>${GCM_HEAD}`,
  });
  const first = await page.evaluate(() => (window as any).__first.map((e: ArrayLike<unknown>) => ({ isArguments: Object.prototype.toString.call(e), args: Array.from(e) })));
  expect(first).toEqual([
    {
      isArguments: '[object Arguments]',
      args: [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
          functionality_storage: 'granted',
          personalization_storage: 'denied',
          security_storage: 'granted',
          wait_for_update: 500,
        },
      ],
    },
  ]);
  expect(await page.evaluate(() => (window as any).__gtagType)).toBe('function');
  await button(page, 'Paramétrer vos choix').click();
  await page.getByRole('switch', { name: "Mesure d'audience" }).check();
  await button(page, 'Enregistrer mes choix').click();
  const layer = await page.evaluate(() => (window as any).__tagSawConsent());
  expect(layer).toHaveLength(2);
  expect(layer[1]).toEqual([
    'consent',
    'update',
    {
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'denied',
      security_storage: 'granted',
    },
  ]);
  // A returning visitor: default, then the stored decision, before anything else.
  await page.reload();
  const reloaded = await page.evaluate(() => (window as any).__first.length);
  expect(reloaded).toBe(2);
  expect((await page.evaluate(() => (window as any).__tagSawConsent()))[1][2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
});

test('Google Consent Mode: a custom mapping, and the page\'s own gtag is kept', async ({ page, open }) => {
  await open({
    beforeScript: '<script>window.dataLayer = []; function gtag() { dataLayer.push(arguments); } window.__pageGtag = gtag;</script>',
    config: { googleConsentMode: { ad_storage: ['ads', 'social'], analytics_storage: ['analytics'] } },
  });
  expect(await page.evaluate(() => (window as any).gtag === (window as any).__pageGtag)).toBe(true);
  await page.evaluate(() => window.cookieConsent!.update({ ads: true }));
  const layer = await page.evaluate(() => (window as any).dataLayer.map((e: ArrayLike<unknown>) => Array.from(e)));
  expect(layer).toEqual([
    ['consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500 }],
    ['consent', 'update', { ad_storage: 'denied', analytics_storage: 'denied' }],
  ]);
  await page.evaluate(() => window.cookieConsent!.update({ social: true }));
  expect(await page.evaluate(() => Array.from((window as any).dataLayer[2]))).toEqual(['consent', 'update', { ad_storage: 'granted', analytics_storage: 'denied' }]);
});

test('Google Consent Mode is off by default and never loads a Google script', async ({ page, open }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await open({ config: { googleConsentMode: true } });
  await button(page, 'Tout accepter').click();
  expect(requests.filter((url) => /google|gtag/.test(url))).toEqual([]);
  await open({ config: {} });
  expect(await page.evaluate(() => (window as any).dataLayer)).toBeUndefined();
});

test('the consent log receives one JSON receipt per decision, and nothing else', async ({ page, site, open }) => {
  const before = site.requests.length;
  await open({ config: { consentLog: { endpoint: '/consent-log' } } });
  await button(page, 'Tout accepter').click();
  await expect.poll(() => site.requests.slice(before).filter((r) => r.path === '/consent-log' && r.body).length).toBe(1);
  await page.evaluate(() => window.cookieConsent!.update({ ads: false }));
  await expect.poll(() => site.requests.slice(before).filter((r) => r.path === '/consent-log' && r.body).length).toBe(2);
  const receipts = site.requests.slice(before).filter((r) => r.path === '/consent-log').map((r) => JSON.parse(r.body!));
  const state = await page.evaluate(() => window.cookieConsent!.get());
  const url = new URL(page.url());
  expect(receipts[0]).toEqual({
    consentId: state.consentId,
    decidedAt: receipts[0].decidedAt,
    revision: 1,
    categories: { necessary: true, analytics: true, social: true, ads: true },
    method: 'accept-all',
    // Issue 23: the banner variant shown; null without `variants`.
    variant: null,
    language: 'fr',
    origin: url.origin,
    path: url.pathname,
  });
  expect(receipts[1]).toMatchObject({ consentId: state.consentId, method: 'custom', decidedAt: state.decidedAt, categories: { ads: false } });
  expect(Object.keys(receipts[1]).sort()).toEqual(['categories', 'consentId', 'decidedAt', 'language', 'method', 'origin', 'path', 'revision', 'variant']);
});

test('the receipt matches its published JSON Schema', async ({ page, site, open }) => {
  const schema = (await import('../../docs/consent-receipt.schema.json', { with: { type: 'json' } })).default as any;
  const before = site.requests.length;
  await open({ config: { consentLog: { endpoint: '/consent-log' } } });
  await button(page, 'Tout refuser').click();
  await expect.poll(() => site.requests.slice(before).filter((r) => r.path === '/consent-log').length).toBe(1);
  const receipt = JSON.parse(site.requests.slice(before).find((r) => r.path === '/consent-log')!.body!);
  // The required fields, and `variant` (null without `variants`; optional, as older widgets leave it out).
  expect(Object.keys(receipt).sort()).toEqual([...schema.required, 'variant'].sort());
  expect(receipt.variant).toBeNull();
  expect(schema.additionalProperties).toBe(false);
  for (const [key, rule] of Object.entries<any>(schema.properties)) {
    if (rule.type === 'string') expect(typeof receipt[key], key).toBe('string');
    if (rule.enum) expect(rule.enum, key).toContain(receipt[key]);
    if (rule.pattern) expect(receipt[key], key).toMatch(new RegExp(rule.pattern));
  }
  expect(Object.values(receipt.categories).every((v) => typeof v === 'boolean')).toBe(true);
});
