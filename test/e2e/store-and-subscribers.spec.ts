// Issue 10: one store, isolated subscribers, a ready promise, GPC as a change, configure() once.
import { banner, button, events, expect, pageHtml, storedRecord, test } from './fixtures.js';

const CONFIG = { categories: { necessary: {}, analytics: {}, social: {} }, floatingButton: true };

test('an onChange callback that throws silences nobody: the next callback runs and the floating button appears', async ({ page, open }) => {
  const opened = await open({
    config: CONFIG,
    body: `<script>
      window.__seen = [];
      cookieConsent.onChange(() => { window.__seen.push('first'); throw new Error('page bug'); });
      cookieConsent.onChange((change) => window.__seen.push('second:' + change.method));
      document.addEventListener('cookie-consent:change', () => { throw new Error('listener bug'); });
      document.addEventListener('cookie-consent:change', (e) => window.__seen.push('listener:' + e.detail.method));
    </script>`,
  });
  await button(page, 'Tout accepter').click();
  await expect.poll(() => page.evaluate(() => (window as any).__seen)).toEqual(['listener:accept-all', 'first', 'second:accept-all']);
  await expect(page.locator('cookie-consent-button')).toBeAttached();
  // One console message names the faulty callback; the document listener's error is the browser's own report.
  await expect.poll(() => opened.consoleErrors.filter((m) => m.includes('onChange callback'))).toHaveLength(1);
  expect(opened.errors.map((e) => e.message)).toEqual(['listener bug']);
});

test('whenGranted resolves even when an onChange callback before it throws', async ({ page, open }) => {
  await open({
    config: CONFIG,
    body: `<script>
      cookieConsent.onChange(() => { throw new Error('page bug'); });
      cookieConsent.whenGranted('social').then((state) => (window.__social = state.categories.social));
    </script>`,
  });
  await button(page, 'Tout accepter').click();
  await expect.poll(() => page.evaluate(() => (window as any).__social)).toBe(true);
});

test('ready: one Promise, resolved with the state when cookie-consent:ready fires; with defaults for a broken config', async ({ page, open }) => {
  await open({
    config: CONFIG,
    body: `<script>
      window.__same = cookieConsent.ready === cookieConsent.ready;
      window.__order = [];
      document.addEventListener('cookie-consent:ready', () => window.__order.push('event'));
      cookieConsent.ready.then((state) => { window.__order.push('promise'); window.__ready = state; });
    </script>`,
  });
  await expect.poll(() => page.evaluate(() => (window as any).__ready)).toMatchObject({ decided: false, categories: { necessary: true, analytics: false, social: false } });
  expect(await page.evaluate(() => (window as any).__same)).toBe(true);
  expect(await page.evaluate(() => (window as any).__order)).toEqual(['event', 'promise']);

  await open({ config: '{ "categories": oops' });
  const state = await page.evaluate(() => window.cookieConsent!.ready);
  expect(state).toMatchObject({ decided: false, categories: { necessary: true, analytics: false, social: false, ads: false } });
});

test('ready after a decision carries the stored state; code that runs late still has it', async ({ page, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Tout refuser').click();
  await page.reload();
  await page.waitForLoadState('load');
  const state = await page.evaluate(() => new Promise((resolve) => setTimeout(() => window.cookieConsent!.ready.then(resolve), 50)));
  expect(state).toMatchObject({ decided: true, method: 'reject-all', categories: { analytics: false } });
});

// `open` is requested for its side effect: it records every consent event of the context's pages in window.__events.
test('GPC: the refusal is one change after ready, with method "gpc", and other open tabs learn it', async ({ context, site, open: _recording }) => {
  const url = site.page(pageHtml({ config: CONFIG }));
  const other = await context.newPage();
  await other.goto(url);
  await expect(banner(other)).toBeVisible();
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
  });
  await page.goto(url);
  await expect.poll(async () => (await storedRecord(context))?.record.m).toBe('gpc');
  const seen = await events(page);
  expect(seen.map((e) => e.type)).toEqual(['cookie-consent:ready', 'cookie-consent:change']);
  expect(seen[1].detail).toMatchObject({ method: 'gpc', decided: true });
  await expect(banner(page)).toHaveCount(0);
  // The other tab hears it on the broadcast channel: its banner closes and it records the change.
  await expect(banner(other)).toBeHidden();
  await expect.poll(async () => (await events(other)).filter((e) => e.type === 'cookie-consent:change').map((e) => e.detail.method)).toEqual(['gpc']);
});

test('configure() twice, or beside the drop-in, returns the running API with a warning and starts nothing else', async ({ page, site }) => {
  const warnings: string[] = [];
  const errors: Error[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(
    site.page(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><p>App</p>
    <script type="module">
      import { configure } from '/dist/index.js';
      const first = configure({ categories: { necessary: {}, social: {} } });
      const second = configure({ categories: { necessary: {}, social: {} } });
      window.__same = first === second && first === window.cookieConsent;
      window.__ready = await second.ready;
    </script></body></html>`),
  );
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => (window as any).__same)).toBe(true);
  expect(await page.locator('cookie-consent').count()).toBe(1);
  expect(await page.evaluate(() => (window as any).__ready.decided)).toBe(false);
  expect(warnings.filter((w) => w.includes('already runs'))).toHaveLength(1);

  await page.goto(
    site.page(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <script src="/dist/cookie-consent.js"></script></head><body><p>App</p>
    <script type="module">
      import { configure } from '/dist/index.js';
      window.__same = configure({}) === window.cookieConsent;
    </script></body></html>`),
  );
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as any).__same)).toBe(true);
  expect(await page.locator('cookie-consent').count()).toBe(1);
  expect(warnings.filter((w) => w.includes('already runs'))).toHaveLength(2);
  expect(errors).toEqual([]);
});

test('a page that renders its own placeholder for a gate cancels cookie-consent:placeholder', async ({ page, open }) => {
  await open({
    config: CONFIG,
    head: `<script>document.addEventListener('cookie-consent:placeholder', (e) => {
      e.preventDefault();
      e.detail.slot.textContent = 'Own placeholder for ' + e.detail.category;
    });</script>`,
    body: `<consent-gate category="social"><template><p id="gated">Gated</p></template></consent-gate>`,
  });
  await expect(page.locator('consent-gate').getByText('Own placeholder for social')).toBeVisible();
  await expect(page.locator('consent-gate').getByRole('button')).toHaveCount(0);
  await button(page, 'Tout accepter').click();
  await expect(page.locator('#gated')).toBeVisible();
});

test('configure() after the page is parsed: ready listeners and the bindings already see the API and the stored decision', async ({ page, site }) => {
  const url = site.page(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><p>App</p>
    <script type="module">
      document.addEventListener('cookie-consent:ready', () => (window.__inReady = window.cookieConsent?.get().categories.social));
      const { consentFor } = await import('/dist/svelte.js');
      consentFor('social').subscribe((granted) => (window.__social = granted));
      await new Promise((resolve) => setTimeout(resolve));
      const { configure } = await import('/dist/index.js');
      configure({ categories: { necessary: {}, social: {} } });
    </script></body></html>`);
  await page.goto(url);
  await page.waitForFunction(() => window.cookieConsent);
  expect(await page.evaluate(() => [(window as any).__inReady, (window as any).__social])).toEqual([false, false]);
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  await page.reload();
  await expect.poll(() => page.evaluate(() => [(window as any).__inReady, (window as any).__social])).toEqual([true, true]);
});
