import { banner, button, dialog, events, expect, storedRecord, test } from './fixtures.js';

test('window.cookieConsent exists for the inline script right after the tag', async ({ page, open }) => {
  await open({
    config: {},
    head: `<script>window.__early = { type: typeof window.cookieConsent, state: window.cookieConsent.get() };</script>`,
  });
  expect(await page.evaluate(() => (window as any).__early)).toMatchObject({
    type: 'object',
    state: { decided: false, consentId: null, decidedAt: null, method: null, revision: 1, categories: { necessary: true, social: false } },
  });
});

test('a stored decision is readable right after the tag, and `ready` has it when nothing asked earlier', async ({ page, open }) => {
  // The core reads the cookie without blocking (Cookie Store API) unless the page asks for the state first.
  const early = `<script>window.__early = window.cookieConsent.get();</script>`;
  await open({ config: {} });
  await page.evaluate(() => window.cookieConsent!.update({ social: true }));
  await open({ config: {}, head: early });
  expect(await page.evaluate(() => (window as any).__early)).toMatchObject({ decided: true, method: 'custom', categories: { social: true, analytics: false } });
  await open({ config: {} });
  expect(await page.evaluate(() => window.cookieConsent!.ready)).toMatchObject({ decided: true, method: 'custom', categories: { social: true } });
  // A later decision is what a later read sees (the early answer is used once).
  await page.evaluate(() => window.cookieConsent!.rejectAll());
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  expect(await page.evaluate(() => window.cookieConsent!.get())).toMatchObject({ method: 'reject-all', categories: { social: false } });
});

test('whenGranted resolves on grant (and at once when already granted); onChange unsubscribes', async ({ page, open }) => {
  await open({ config: {} });
  const result = await page.evaluate(async () => {
    const api = window.cookieConsent!;
    const calls: string[][] = [];
    const stop = api.onChange((change) => calls.push(change.changed));
    const social = api.whenGranted('social').then((state) => state.categories.social);
    api.update({ analytics: true });
    const afterAnalytics = api.isGranted('social');
    api.update({ social: true });
    const resolved = await social;
    stop();
    api.rejectAll();
    const immediate = await Promise.race([api.whenGranted('necessary').then(() => 'resolved'), new Promise((r) => setTimeout(() => r('pending'), 50))]);
    return { calls, afterAnalytics, resolved, immediate, state: api.get() };
  });
  expect(result).toMatchObject({
    calls: [['analytics'], ['social']],
    afterAnalytics: false,
    resolved: true,
    immediate: 'resolved',
    state: { method: 'reject-all', categories: { analytics: false, social: false } },
  });
  await expect(banner(page)).toHaveCount(0);
});

test('update() keeps unnamed categories, ignores bad entries with a message, never grants required-off', async ({ page, open }) => {
  const opened = await open({ config: {} });
  const state = await page.evaluate(() => {
    const api = window.cookieConsent!;
    api.acceptAll();
    api.update({ ads: false, nope: true, social: 'yes' as any, necessary: false });
    return api.get();
  });
  expect(state).toMatchObject({ method: 'custom', categories: { necessary: true, analytics: true, social: true, ads: false } });
  expect(opened.consoleWarnings.join('\n')).toContain('"nope"');
  expect(opened.consoleErrors.join('\n')).toContain('"social"');
  expect(opened.errors).toEqual([]);
});

test('get() returns a copy the page cannot use to grant itself anything', async ({ page, open }) => {
  await open({ config: {} });
  expect(
    await page.evaluate(() => {
      const state = window.cookieConsent!.get();
      state.categories.ads = true;
      return window.cookieConsent!.isGranted('ads');
    }),
  ).toBe(false);
});

test('reset() forgets the decision, shows the banner, and the next decision gets a new consent id', async ({ page, context, open }) => {
  await open({ config: {} });
  await button(page, 'Tout accepter').click();
  const first = (await storedRecord(context))!.record.id;
  await page.reload();
  await page.evaluate(() => window.cookieConsent!.reset());
  await expect(banner(page)).toBeVisible();
  expect(await storedRecord(context)).toBeUndefined();
  expect(await page.evaluate(() => window.cookieConsent!.get())).toMatchObject({ decided: false, consentId: null, categories: { social: false } });
  await button(page, 'Tout refuser').click();
  const second = (await storedRecord(context))!.record.id;
  expect(second).not.toBe(first);
});

test('showBanner() and showPreferences() open the UI for a returning visitor', async ({ page, open }) => {
  await open({ config: {} });
  await button(page, 'Tout refuser').click();
  await page.reload();
  await page.evaluate(() => window.cookieConsent!.showBanner());
  await expect(banner(page)).toBeVisible();
  await page.evaluate(() => window.cookieConsent!.showPreferences());
  await expect(dialog(page)).toBeVisible();
});

test('events bubble, are composed, and reach listeners on window', async ({ page, open }) => {
  await open({ config: {}, head: `<script>window.__seen=[];window.addEventListener('cookie-consent:change',e=>__seen.push([e.bubbles,e.composed]))</script>` });
  await button(page, 'Tout accepter').click();
  expect(await page.evaluate(() => (window as any).__seen)).toEqual([[true, true]]);
  expect((await events(page)).map((e) => e.type)).toEqual(['cookie-consent:ready', 'cookie-consent:change']);
});
