import { banner, button, dialog, expect, test } from './fixtures.js';

test('dist/ is self-contained: served from another path, the drop-in loads its chunks from beside itself', async ({ page, site }) => {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  const url = site.page(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <script src="/elsewhere/static/cookie-consent.js"></script></head><body><p>Page</p></body></html>`);
  await page.goto(url);
  await expect(banner(page)).toBeVisible();
  await button(page, 'Paramétrer vos choix').click();
  await expect(dialog(page)).toBeVisible();
  const assets = paths.filter((p) => p.endsWith('.js'));
  expect(assets.length).toBeGreaterThan(3);
  expect(assets.every((p) => p.startsWith('/elsewhere/static/'))).toBe(true);
});

test('the ESM entry: configure() with a config object', async ({ page, site }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const url = site.page(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
    <body><p>App</p><script type="module">
      import { configure, CHANGE_EVENT } from '/dist/index.js';
      const consent = configure({ revision: 3, categories: { necessary: {}, video: { title: { en: 'Videos', fr: 'Vidéos' } } } });
      window.__same = consent === window.cookieConsent;
      document.addEventListener(CHANGE_EVENT, (e) => (window.__change = e.detail));
    </script></body></html>`);
  await page.goto(url);
  await expect(page.locator('cookie-consent').getByText('Videos', { exact: true })).toBeVisible();
  await button(page, 'Accept all').click();
  expect(await page.evaluate(() => (window as any).__same)).toBe(true);
  expect(await page.evaluate(() => (window as any).__change)).toMatchObject({ revision: 3, categories: { necessary: true, video: true } });
  expect(errors).toEqual([]);
});

test('with no <html lang> and no config language, the browser language decides', async ({ browser, site }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(site.page(`<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/dist/cookie-consent.js"></script></head><body></body></html>`));
  await expect(button(page, 'Alle akzeptieren')).toBeVisible();
  await context.close();
});
