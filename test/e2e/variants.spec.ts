// Issue 23, the widget: A/B variants of the first layer (drawn by weight per page view, refused when they would break
// equal prominence, recorded with the decision) and banner impressions sent to the consent log when turned on.
import type { Page } from '@playwright/test';
import { banner, button, events, expect, storedRecord, test } from './fixtures.js';

const state = (page: Page) => page.evaluate(() => window.cookieConsent!.ready.then(() => window.cookieConsent!.get()));
const LOG = '/consent-log';

test('variants are drawn by weight on each page view, and nothing is stored before a decision', async ({ page, context, site }) => {
  test.setTimeout(90_000);
  // Weights 3:1 over 200 page views, each in its own frame (200 documents, each running the drop-in, loaded in
  // parallel). Expected 150 « a »; the bounds are 4.6 standard deviations (6.1) away from it (a false failure about
  // once in 250,000 runs), while an unweighted draw (100) or a fixed one (200) fails.
  const config = { variants: [{ id: 'a', weight: 3 }, { id: 'b', weight: 1, layout: 'box' }] };
  const view = site.page(`<!doctype html><html lang="fr"><head><script type="application/json" id="cookie-consent-config">${JSON.stringify(config)}</script><script src="/dist/cookie-consent.js"></script></head><body></body></html>`);
  await page.goto(site.page(`<!doctype html><title>200 page views</title>${'<iframe src="VIEW"></iframe>'.replaceAll('VIEW', view).repeat(200)}`));
  // Read from the page, in one round trip: each frame's state once its drop-in is ready.
  const drawn = await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('iframe')].map(
        (frame) =>
          new Promise<string | null>((resolve) => {
            const read = (): unknown => {
              const api = (frame.contentWindow as (Window & typeof globalThis) | null)?.cookieConsent;
              return api ? api.ready.then(({ decided, variant }) => resolve(decided ? 'decided' : variant)) : setTimeout(read, 20);
            };
            read();
          }),
      ),
    ),
  );
  expect(drawn).toHaveLength(200);
  const counts: Record<string, number> = {};
  for (const variant of drawn) counts[String(variant)] = (counts[String(variant)] ?? 0) + 1;
  expect(Object.keys(counts).sort()).toEqual(['a', 'b']);
  expect(counts.a).toBeGreaterThanOrEqual(122);
  expect(counts.a).toBeLessThanOrEqual(178);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

test('the variant changes the banner\'s layout, theme and texts, and is in the state, the cookie, the change event and the receipt', async ({ page, context, open, site }) => {
  const before = site.requests.length;
  const config = {
    consentLog: { endpoint: LOG },
    variants: [{ id: 'b', weight: 1, layout: 'box', theme: 'dark', texts: { fr: { bannerTitle: 'Vos choix, en bref', acceptAll: 'Oui à tout' } } }],
  };
  await open({ config });
  await expect(banner(page)).toBeVisible();
  await expect(page.locator('cookie-consent')).toHaveAttribute('layout', 'box');
  await expect(page.locator('cookie-consent')).toHaveAttribute('theme', 'dark');
  await expect(page.locator('cookie-consent')).toContainText('Vos choix, en bref');
  expect(await state(page)).toMatchObject({ decided: false, variant: 'b' });
  expect(await storedRecord(context)).toBeUndefined();
  // The other buttons keep their labels.
  await expect(button(page, 'Tout refuser')).toBeVisible();
  await button(page, 'Oui à tout').click();
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'accept-all', variant: 'b' });
  expect(await state(page)).toMatchObject({ decided: true, method: 'accept-all', variant: 'b' });
  const change = (await events(page)).find((e) => e.type === 'cookie-consent:change')!;
  expect(change.detail).toMatchObject({ method: 'accept-all', variant: 'b' });
  const receipts = () => site.requests.slice(before).filter((r) => r.path === LOG && r.body);
  await expect.poll(() => receipts().length).toBe(1);
  expect(JSON.parse(receipts()[0].body)).toMatchObject({ method: 'accept-all', variant: 'b' });
});

test('a returning visitor: `variant` is the one recorded with the decision, and a banner shown again keeps it', async ({ page, context, open }) => {
  const variants = [{ id: 'a', weight: 1 }, { id: 'b', weight: 1, layout: 'box' }];
  await open({ config: { variants: [variants[1]] } });
  await button(page, 'Tout refuser').click();
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'reject-all', variant: 'b' });
  // Both variants now; « b » was recorded: every later page view reports and shows it.
  for (let i = 0; i < 6; i++) {
    await open({ config: { variants } });
    expect(await state(page)).toMatchObject({ decided: true, variant: 'b' });
  }
  await page.evaluate(() => window.cookieConsent!.reset());
  await expect(banner(page)).toBeVisible();
  await expect(page.locator('cookie-consent')).toHaveAttribute('layout', 'box');
  expect(await state(page)).toMatchObject({ decided: false, variant: 'b' });
  // « b » is gone from the config: the decision still reports it; nothing else is made up.
  await button(page, 'Tout accepter').click();
  await open({ config: { variants: [{ id: 'c', weight: 1 }] } });
  expect(await state(page)).toMatchObject({ decided: true, variant: 'b' });
  // A decision recorded without variants reports null, under a config that has some.
  await context.clearCookies();
  await open({ config: {} });
  await button(page, 'Tout accepter').click();
  await open({ config: { variants } });
  expect(await state(page)).toMatchObject({ decided: true, variant: null });
});

test('without `variants`, `variant` is null in the state, the change event and the receipt, and the cookie is as before', async ({ page, context, open, site }) => {
  const before = site.requests.length;
  await open({ config: { consentLog: { endpoint: LOG } } });
  expect(await state(page)).toMatchObject({ decided: false, variant: null });
  await button(page, 'Tout accepter').click();
  expect(await state(page)).toMatchObject({ decided: true, variant: null });
  const change = (await events(page)).find((e) => e.type === 'cookie-consent:change')!;
  expect(change.detail.variant).toBeNull();
  expect(Object.keys((await storedRecord(context))!.record).sort()).toEqual(['at', 'c', 'id', 'm', 'rev', 'v']);
  const receipts = () => site.requests.slice(before).filter((r) => r.path === LOG && r.body);
  await expect.poll(() => receipts().length).toBe(1);
  expect(JSON.parse(receipts()[0].body).variant).toBeNull();
  // No variants.js was fetched.
  expect(site.requests.slice(before).filter((r) => r.path.endsWith('/variants.js'))).toEqual([]);
});

test('with `regimes` too: the variant and the regime are both in the state and the record', async ({ page, context, open }) => {
  await open({ config: { regimes: {}, variants: [{ id: 'b', layout: 'box' }] }, beforeScript: '<meta name="consent-region" content="FR">' });
  await expect(banner(page)).toBeVisible();
  await expect(page.locator('cookie-consent')).toHaveAttribute('layout', 'box');
  expect(await state(page)).toMatchObject({ decided: false, regime: 'opt-in', region: 'FR', variant: 'b' });
  await button(page, 'Tout refuser').click();
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'reject-all', g: 'opt-in', r: 'FR', variant: 'b' });
  const change = (await events(page)).find((e) => e.type === 'cookie-consent:change')!;
  expect(change.detail).toMatchObject({ regime: 'opt-in', variant: 'b' });
});

test('variants.js cannot load: the config\'s own banner, `variant` null, nothing granted', async ({ page, context, open }) => {
  await page.route('**/dist/variants.js', (route) => route.abort());
  const opened = await open({ config: { layout: 'bar', variants: [{ id: 'b', layout: 'box' }] } });
  await expect(banner(page)).toBeVisible();
  await expect(page.locator('cookie-consent')).toHaveAttribute('layout', 'bar');
  expect(await state(page)).toMatchObject({ decided: false, variant: null, categories: { analytics: false } });
  expect(opened.consoleErrors.some((m) => m.includes('could not be loaded'))).toBe(true);
  await button(page, 'Tout accepter').click();
  expect(Object.keys((await storedRecord(context))!.record)).not.toContain('variant');
});

test('refused variants: one console message naming the field, that variant dropped, the others still drawn', async ({ page, open }) => {
  const refused: Array<[unknown, string]> = [
    [{ id: 'x1', weight: 1, categories: {} }, 'variants[0].categories'],
    [{ id: 'x2', weight: 1, texts: { fr: { acceptAll: '' } } }, 'variants[1].texts.fr.acceptAll'],
    [{ id: 'x3', weight: 1, texts: { en: { rejectAll: '  \u200b ' } } }, 'variants[2].texts.en.rejectAll'],
    [{ id: 'x4', weight: 1, texts: { fr: { customize: '\t' } } }, 'variants[3].texts.fr.customize'],
    [{ id: 'x5', weight: 1, texts: { fr: { dialogTitle: 'Autre' } } }, 'variants[4].texts.fr.dialogTitle'],
    [{ id: 'x6', weight: 0 }, 'variants[5].weight'],
    [{ id: 'x7', weight: '2' }, 'variants[6].weight'],
    [{ id: 'x8', weight: -1 }, 'variants[7].weight'],
    [{ id: 'a b', weight: 1 }, 'variants[8].id'],
    [{ weight: 1 }, 'variants[9].id'],
    [{ id: 'x11', layout: 'corner' }, 'variants[10].layout'],
    [{ id: 'x12', theme: 'pink' }, 'variants[11].theme'],
    ['b', 'variants[12]'],
  ];
  const good = [{ id: 'a', weight: 1 }, { id: 'b', weight: 1, texts: { fr: { acceptAll: 'Accepter' } } }];
  // A repeated id: the later one is dropped, the first keeps it.
  const variants = [...refused.map(([v]) => v), ...good, { id: 'a', weight: 100, layout: 'modal' }];
  const seen = new Set<string>();
  for (let i = 0; i < 24 && seen.size < 2; i++) {
    const opened = await open({ config: { variants } });
    seen.add((await state(page)).variant!);
    await expect.poll(() => opened.consoleErrors.length).toBe(refused.length + 1);
    const messages = opened.consoleErrors;
    for (const [, field] of refused) expect(messages.filter((m) => m.includes(`config.${field}:`)), field).toHaveLength(1);
    expect(messages.filter((m) => m.includes('config.variants[15].id:'))).toHaveLength(1);
    expect(messages.every((m) => m.includes('variant dropped'))).toBe(true);
    await expect(page.locator('cookie-consent')).not.toHaveAttribute('layout', 'modal');
  }
  expect([...seen].sort()).toEqual(['a', 'b']);
});

test('`variants` that is not an array: one message, no variants', async ({ page, open }) => {
  const opened = await open({ config: { variants: { id: 'a' } } });
  expect(await state(page)).toMatchObject({ variant: null });
  await expect.poll(() => opened.consoleErrors.filter((m) => m.includes('config.variants:')).length).toBe(1);
  expect(opened.consoleErrors).toHaveLength(1);
});

test.describe('consentLog.impressions', () => {
  const impressions = (site: { requests: any[] }, before: number) => site.requests.slice(before).filter((r) => r.path === `${LOG}/impressions`);

  test('on: one POST per banner shown, exactly { origin, variant, regime, language }, no cookie, nothing stored', async ({ page, context, open, site }) => {
    await context.addCookies([{ name: 'site_session', value: 'secret', url: site.origin }]);
    const before = site.requests.length;
    await open({ config: { consentLog: { endpoint: LOG, impressions: true }, variants: [{ id: 'b', weight: 1 }] } });
    await expect(banner(page)).toBeVisible();
    await expect.poll(() => impressions(site, before).filter((r) => r.body).length).toBe(1);
    const [request] = impressions(site, before);
    expect(request.method).toBe('POST');
    expect(request.cookie).toBeUndefined();
    const body = JSON.parse(request.body);
    expect(Object.keys(body).sort()).toEqual(['language', 'origin', 'regime', 'variant']);
    expect(body).toEqual({ origin: new URL(page.url()).origin, variant: 'b', regime: null, language: 'fr' });
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect((await context.cookies()).map((c) => c.name)).toEqual(['site_session']);
    // A decision: no other impression; a returning visitor's page view and the dialog alone send none.
    await button(page, 'Tout accepter').click();
    await open({ config: { consentLog: { endpoint: LOG, impressions: true }, variants: [{ id: 'b', weight: 1 }] } });
    await expect.poll(() => state(page)).toMatchObject({ decided: true });
    await page.evaluate(() => window.cookieConsent!.showPreferences());
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(impressions(site, before)).toHaveLength(1);
  });

  test('on, with `regimes` and without `variants`: the regime id and a null variant', async ({ page, open, site }) => {
    const before = site.requests.length;
    await open({ config: { consentLog: { endpoint: `${LOG}/`, impressions: true }, regimes: {} }, beforeScript: '<meta name="consent-region" content="FR">' });
    await expect(banner(page)).toBeVisible();
    await expect.poll(() => impressions(site, before).filter((r) => r.body).length).toBe(1);
    expect(JSON.parse(impressions(site, before)[0].body)).toEqual({ origin: new URL(page.url()).origin, variant: null, regime: 'opt-in', language: 'fr' });
  });

  test('on, under opt-out: the notice shown in the banner\'s place is no impression; the receipt of « OK » comes alone', async ({ page, open, site }) => {
    const before = site.requests.length;
    await open({ config: { consentLog: { endpoint: LOG, impressions: true }, regimes: {} }, beforeScript: '<meta name="consent-region" content="US-CA">' });
    await button(page, 'OK').click();
    // Had an impression been sent when the notice showed, it would be there before the receipt.
    await expect.poll(() => site.requests.slice(before).filter((r) => r.path === LOG && r.body).length).toBe(1);
    expect(impressions(site, before)).toEqual([]);
  });

  test('off by default: no request', async ({ page, open, site }) => {
    const before = site.requests.length;
    await open({ config: { consentLog: { endpoint: LOG }, variants: [{ id: 'a', weight: 1 }] } });
    await expect(banner(page)).toBeVisible();
    // The receipt of a decision arrives: had an impression been sent when the banner showed, it would be there first.
    await button(page, 'Tout refuser').click();
    await expect.poll(() => site.requests.slice(before).filter((r) => r.path === LOG && r.body).length).toBe(1);
    expect(impressions(site, before)).toEqual([]);
    await open({ config: { consentLog: { endpoint: LOG, impressions: false } } });
    await page.evaluate(() => window.cookieConsent!.reset());
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => window.cookieConsent!.acceptAll());
    await expect.poll(() => site.requests.slice(before).filter((r) => r.path === LOG && r.body).length).toBe(2);
    expect(impressions(site, before)).toEqual([]);
  });
});
