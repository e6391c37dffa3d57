import { banner, button, dialog, events, expect, settled, storedRecord, test } from './fixtures.js';

const CONFIG = {
  revision: 1,
  privacyPolicyUrl: '/confidentialite',
  categories: { necessary: { required: true }, analytics: {}, social: {}, ads: {} },
};

test('first visit shows the French banner with the purposes, the policy link and three buttons', async ({ page, open }) => {
  const { errors, consoleErrors } = await open({ config: CONFIG });
  await expect(banner(page)).toBeVisible();
  for (const name of ['Tout accepter', 'Tout refuser', 'Paramétrer vos choix']) {
    await expect(button(page, name)).toBeVisible();
  }
  for (const title of ['Cookies techniques', "Mesure d'audience", 'Réseaux sociaux', 'Publicité, création de profils']) {
    await expect(page.locator('cookie-consent').getByText(title, { exact: true })).toBeVisible();
  }
  await expect(page.locator('cookie-consent').getByRole('link', { name: 'Politique de confidentialité' })).toHaveAttribute('href', '/confidentialite');
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the banner is fixed at the bottom and never shifts page content', async ({ page, open }) => {
  await open({ config: CONFIG });
  await expect(banner(page)).toBeVisible();
  await settled(banner(page));
  const box = await banner(page).boundingBox();
  const viewport = page.viewportSize()!;
  expect(await banner(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(Math.round(box!.y + box!.height)).toBe(viewport.height);
  const headlineWithBanner = await page.locator('#headline').boundingBox();
  await button(page, 'Tout refuser').click();
  await expect(banner(page)).toHaveCount(0);
  expect(await page.locator('#headline').boundingBox()).toEqual(headlineWithBanner);
});

test('"Tout accepter" and "Tout refuser" are equally prominent', async ({ page, open }) => {
  await open({ config: CONFIG });
  const style = (name: string) =>
    button(page, name).evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return [r.width, r.height, s.fontFamily, s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.borderColor];
    });
  expect(await style('Tout accepter')).toEqual(await style('Tout refuser'));
});

test('"Tout accepter" stores every category granted and emits the change', async ({ page, context, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Tout accepter').click();
  await expect(banner(page)).toHaveCount(0);
  const stored = await storedRecord(context);
  expect(stored?.record).toMatchObject({ v: 1, rev: 1, m: 'accept-all', c: { analytics: true, social: true, ads: true } });
  expect(stored?.record.c).not.toHaveProperty('necessary');
  expect(stored?.record.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(Math.abs(Date.parse(stored!.record.at) - Date.now())).toBeLessThan(60_000);
  expect(stored?.cookie).toMatchObject({ path: '/', sameSite: 'Lax' });
  const days = (stored!.cookie.expires * 1000 - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(181.9);
  expect(days).toBeLessThan(182.1);
  const recorded = await events(page);
  expect(recorded.map((e) => e.type)).toEqual(['cookie-consent:ready', 'cookie-consent:change']);
  expect(recorded[0].detail).toMatchObject({ decided: false, categories: { necessary: true, analytics: false, social: false, ads: false } });
  expect(recorded[1].detail).toMatchObject({
    decided: true,
    method: 'accept-all',
    consentId: stored!.record.id,
    decidedAt: stored!.record.at,
    revision: 1,
    categories: { necessary: true, analytics: true, social: true, ads: true },
    changed: ['analytics', 'social', 'ads'],
  });
  expect(await page.evaluate(() => window.cookieConsent!.isGranted('social'))).toBe(true);
});

test('"Tout refuser" stores every optional category refused', async ({ page, context, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Tout refuser').click();
  await expect(banner(page)).toHaveCount(0);
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'reject-all', c: { analytics: false, social: false, ads: false } });
  const change = (await events(page)).find((e) => e.type === 'cookie-consent:change');
  expect(change?.detail).toMatchObject({ decided: true, method: 'reject-all', changed: [] });
  expect(await page.evaluate(() => window.cookieConsent!.get().categories)).toEqual({
    necessary: true,
    analytics: false,
    social: false,
    ads: false,
  });
});

test('"Paramétrer vos choix" opens the modal dialog; saving records a custom choice', async ({ page, context, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Paramétrer vos choix').click();
  await expect(dialog(page)).toBeVisible();
  expect(await dialog(page).evaluate((el) => el.matches(':modal'))).toBe(true);
  // Focus is inside the dialog.
  expect(await dialog(page).evaluate((el) => el.contains(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).activeElement : null))).toBe(true);
  const rows = dialog(page).locator('[data-category]');
  await expect(rows).toHaveCount(4);
  await expect(dialog(page).locator('[data-category="necessary"]')).toHaveAttribute('data-state', 'granted');
  for (const id of ['analytics', 'social', 'ads']) {
    await expect(dialog(page).locator(`[data-category="${id}"]`)).toHaveAttribute('data-state', 'denied');
  }
  const necessary = page.getByRole('switch', { name: 'Cookies techniques' });
  await expect(necessary).toBeChecked();
  await expect(necessary).toBeDisabled();
  const social = page.getByRole('switch', { name: 'Réseaux sociaux' });
  await expect(social).not.toBeChecked();
  await social.press('Space');
  await expect(social).toBeChecked();
  const row = dialog(page).locator('[data-category="social"]');
  await expect(row).toHaveAttribute('data-state', 'granted');
  const band = (el: Element) => getComputedStyle(el).borderInlineStartColor;
  expect(await row.evaluate(band)).toBe('rgb(23, 112, 58)');
  expect(await dialog(page).locator('[data-category="ads"]').evaluate(band)).toBe('rgb(179, 38, 30)');
  await button(page, 'Enregistrer mes choix').click();
  await expect(dialog(page)).toBeHidden();
  await expect(banner(page)).toHaveCount(0);
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'custom', c: { analytics: false, social: true, ads: false } });
  const change = (await events(page)).find((e) => e.type === 'cookie-consent:change');
  expect(change?.detail).toMatchObject({ method: 'custom', changed: ['social'], granted: ['social'], revoked: [] });
});

test('the dialog also offers "Tout accepter" and "Tout refuser"', async ({ page, context, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Paramétrer vos choix').click();
  await dialog(page).getByRole('button', { name: 'Tout refuser', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  expect((await storedRecord(context))?.record.m).toBe('reject-all');
});

test('Escape closes the dialog without deciding; the banner is still there', async ({ page, context, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Paramétrer vos choix').click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(banner(page)).toBeVisible();
  // Focus went back to the button that opened the dialog.
  await expect(button(page, 'Paramétrer vos choix')).toBeFocused();
  expect(await storedRecord(context)).toBeUndefined();
  expect((await events(page)).filter((e) => e.type === 'cookie-consent:change')).toEqual([]);
  expect(await page.evaluate(() => window.cookieConsent!.get().decided)).toBe(false);
});

test('English through <html lang="en">', async ({ page, open }) => {
  await open({ config: CONFIG, lang: 'en' });
  for (const name of ['Accept all', 'Reject all', 'Customize']) await expect(button(page, name)).toBeVisible();
  await button(page, 'Customize').click();
  await expect(button(page, 'Save my choices')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Social networks' })).not.toBeChecked();
  expect(await page.locator('cookie-consent').getAttribute('lang')).toBe('en');
});
