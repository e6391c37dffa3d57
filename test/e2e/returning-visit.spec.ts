import { banner, button, dialog, events, expect, storedRecord, test } from './fixtures.js';

const CONFIG = { revision: 1, categories: { necessary: { required: true }, analytics: {}, social: {}, ads: {} } };

test('after a decision, a reload shows no banner and ready carries the stored state', async ({ page, context, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Paramétrer vos choix').click();
  await page.getByRole('switch', { name: "Mesure d'audience" }).check();
  await button(page, 'Enregistrer mes choix').click();
  const { record } = (await storedRecord(context))!;
  await page.reload();
  await expect.poll(() => events(page).then((e) => e.length)).toBe(1);
  const [ready] = await events(page);
  expect(ready).toMatchObject({
    type: 'cookie-consent:ready',
    detail: {
      decided: true,
      method: 'custom',
      consentId: record.id,
      decidedAt: record.at,
      categories: { necessary: true, analytics: true, social: false, ads: false },
    },
  });
  await expect(banner(page)).toHaveCount(0);
  // The UI is not even loaded for a returning visitor.
  expect(await page.evaluate(() => !!customElements.get('cookie-consent'))).toBe(false);
});

test('the footer link reopens the dialog showing the stored choices', async ({ page, context, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Paramétrer vos choix').click();
  await page.getByRole('switch', { name: 'Réseaux sociaux' }).check();
  await button(page, 'Enregistrer mes choix').click();
  const first = (await storedRecord(context))!.record;
  await page.reload();
  await page.locator('#footer-link').click();
  await expect(dialog(page)).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Réseaux sociaux' })).toBeChecked();
  await expect(page.getByRole('switch', { name: "Mesure d'audience" })).not.toBeChecked();
  await expect(dialog(page).locator('[data-category="social"]')).toHaveAttribute('data-state', 'granted');
  await expect(banner(page)).toHaveCount(0);
  expect(page.url()).not.toContain('#');
  // Changing the choice keeps the consent id.
  await page.getByRole('switch', { name: 'Réseaux sociaux' }).uncheck();
  await button(page, 'Enregistrer mes choix').click();
  const second = (await storedRecord(context))!.record;
  expect(second.id).toBe(first.id);
  expect(second.c.social).toBe(false);
  const change = (await events(page)).find((e) => e.type === 'cookie-consent:change');
  expect(change?.detail).toMatchObject({ changed: ['social'], revoked: ['social'], granted: [] });
  // Focus returned to the link that opened the dialog.
  await expect(page.locator('#footer-link')).toBeFocused();
});

test('a revision bump asks again, with the old choices pre-filled', async ({ page, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Paramétrer vos choix').click();
  await page.getByRole('switch', { name: 'Publicité, création de profils' }).check();
  await button(page, 'Enregistrer mes choix').click();
  await open({ config: { ...CONFIG, revision: 2 } });
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => window.cookieConsent!.get())).toMatchObject({ decided: false, revision: 2, categories: { ads: false } });
  await button(page, 'Paramétrer vos choix').click();
  await expect(page.getByRole('switch', { name: 'Publicité, création de profils' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Réseaux sociaux' })).not.toBeChecked();
});

test('a decision older than lifetimeDays asks again (refusal as well as consent)', async ({ page, open }) => {
  // The browser expires cookies on its real clock: start the fake one at the real time.
  const start = Date.now();
  const day = 86_400_000;
  await page.clock.install({ time: start });
  await open({ config: CONFIG });
  await button(page, 'Tout refuser').click();
  await page.clock.setSystemTime(start + 150 * day);
  await page.reload();
  await expect.poll(() => events(page).then((e) => e.length)).toBe(1);
  await expect(banner(page)).toHaveCount(0);
  // 183 days later: expired even though the test keeps the browser's cookie.
  await page.clock.setSystemTime(start + 183 * day);
  await page.reload();
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => window.cookieConsent!.get().decided)).toBe(false);
});

test('a corrupt or tampered cookie is no decision and raises no page error', async ({ page, context, site, open }) => {
  for (const value of ['garbage', '%7B%22v%22%3A1', encodeURIComponent('{"v":1,"rev":1,"id":"x","at":"now","m":"accept-all","c":{"ads":"yes"}}')]) {
    await context.clearCookies();
    await context.addCookies([{ name: 'cookie_consent', value, url: site.origin }]);
    const { errors } = await open({ config: CONFIG });
    await expect(banner(page)).toBeVisible();
    expect(await page.evaluate(() => window.cookieConsent!.get().categories)).toEqual({
      necessary: true,
      analytics: false,
      social: false,
      ads: false,
    });
    expect(errors).toEqual([]);
  }
});

test('a broken config logs what is wrong, never throws, and the banner works', async ({ page, context, open }) => {
  const { errors, consoleErrors } = await open({ config: '{ "revision": 1, oops' });
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => consoleErrors.length).toBe(1);
  expect(consoleErrors[0]).toMatch(/config.*JSON/);
  await button(page, 'Tout accepter').click();
  expect((await storedRecord(context))?.record.m).toBe('accept-all');
  expect(errors).toEqual([]);
});

test('each invalid field is named, ignored, and the rest applies', async ({ page, open }) => {
  const { errors, consoleErrors, consoleWarnings } = await open({
    config: {
      revision: 'two',
      privacyPolicyUrl: 'javascript:alert(1)',
      colour: 'red',
      categories: { necessary: { required: true }, social: {}, newsletter: { description: 'no title' }, video: { title: 'Vidéos' } },
      cookie: { lifetimeDays: 500 },
    },
  });
  await expect(banner(page)).toBeVisible();
  // The messages come from a lazily loaded module: wait for them, then check there are exactly these.
  await expect.poll(() => consoleErrors.length + consoleWarnings.length).toBe(5);
  expect(consoleErrors).toHaveLength(3);
  expect(consoleErrors.join('\n')).toContain('config.revision');
  expect(consoleErrors.join('\n')).toContain('config.privacyPolicyUrl');
  expect(consoleErrors.join('\n')).toContain('config.categories.newsletter.title');
  expect(consoleWarnings.join('\n')).toContain('"colour"');
  expect(consoleWarnings.join('\n')).toMatch(/lifetimeDays.*395/);
  await expect(page.locator('cookie-consent').getByRole('link')).toHaveCount(0);
  await expect(page.locator('cookie-consent').getByText('Vidéos', { exact: true })).toBeVisible();
  expect(Object.keys(await page.evaluate(() => window.cookieConsent!.get().categories))).toEqual(['necessary', 'social', 'video']);
  expect(errors).toEqual([]);
});

test('lifetimeDays over 395 is clamped: the cookie expires after 395 days', async ({ page, context, open }) => {
  await open({ config: { ...CONFIG, cookie: { lifetimeDays: 900, name: 'my_consent' } } });
  await button(page, 'Tout accepter').click();
  const stored = (await storedRecord(context, 'my_consent'))!;
  const days = (stored.cookie.expires * 1000 - Date.now()) / 86_400_000;
  expect(Math.round(days)).toBe(395);
});

test('with no config at all, the default categories and French texts work', async ({ page, open }) => {
  await open();
  await expect(banner(page)).toBeVisible();
  await expect(page.locator('cookie-consent').getByText('Réseaux sociaux', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.cookieConsent!.get().categories)).toEqual({
    necessary: true,
    analytics: false,
    social: false,
    ads: false,
  });
});

test('the config may come after the tag; the drop-in works with defer and from the body', async ({ page, context, open }) => {
  for (const options of [
    { configAfter: true },
    { scriptAttributes: 'defer' },
    { scriptInBody: true },
    { scriptInBody: true, configAfter: true, scriptAttributes: 'defer' },
  ]) {
    await context.clearCookies();
    const { errors } = await open({
      ...options,
      config: { categories: { necessary: {}, video: { title: { fr: 'Vidéos', en: 'Videos' } } }, cookie: { name: 'cc_late' } },
    });
    await expect(page.locator('cookie-consent').getByText('Vidéos', { exact: true })).toBeVisible();
    await button(page, 'Tout accepter').click();
    expect((await storedRecord(context, 'cc_late'))?.record.c).toEqual({ video: true });
    expect(errors).toEqual([]);
  }
});

test('texts can be overridden per language and fr-BE falls back to French', async ({ page, open }) => {
  await open({ lang: 'fr-BE', config: { texts: { fr: { acceptAll: "J'accepte tout" } } } });
  await expect(button(page, "J'accepte tout")).toBeVisible();
  await expect(button(page, 'Tout refuser')).toBeVisible();
});

test('an unsupported language falls back to fallbackLanguage, then English', async ({ page, open }) => {
  await open({ lang: 'tlh' });
  await expect(button(page, 'Accept all')).toBeVisible();
  await open({ lang: 'tlh', config: { fallbackLanguage: 'fr' } });
  await expect(button(page, 'Tout accepter')).toBeVisible();
  await open({ lang: 'en', config: { language: 'fr' } });
  await expect(button(page, 'Tout accepter')).toBeVisible();
});

test('a category added after the decision counts as refused', async ({ page, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Tout accepter').click();
  await open({ config: { ...CONFIG, categories: { ...CONFIG.categories, video: { title: 'Vidéos' } } } });
  expect(await page.evaluate(() => window.cookieConsent!.get())).toMatchObject({
    decided: true,
    categories: { social: true, video: false },
  });
});

test('a page clock far from the real one: the cookie (max-age) keeps the decision; the widget ages it on the page clock', async ({ page, context, open }) => {
  await page.clock.install({ time: new Date('2025-01-01T10:00:00Z') });
  await open({ config: {} });
  await button(page, 'Tout accepter').click();
  expect((await storedRecord(context))?.record.m).toBe('accept-all');
  await page.clock.setSystemTime(new Date('2025-05-01T10:00:00Z'));
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.cookieConsent!.get().decided)).toBe(true);
  await expect(banner(page)).toHaveCount(0);
  await page.clock.setSystemTime(new Date('2025-07-03T10:00:00Z'));
  await page.reload();
  await expect(banner(page)).toBeVisible();
});
