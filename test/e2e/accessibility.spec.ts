import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { banner, button, dialog, expect, test } from './fixtures.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`zero axe violations, ${scheme} theme: banner, dialog, consent-gate placeholder`, async ({ page, open }) => {
    test.slow(); // axe-core walks the whole page twice: slow on a loaded 2-core machine.
    await page.emulateMedia({ colorScheme: scheme });
    await open({
      config: { privacyPolicyUrl: '/confidentialite', continueWithoutAccepting: true },
      body: '<consent-gate category="social"><template><p>Commentaires</p></template></consent-gate>',
    });
    await expect(banner(page)).toBeVisible();
    await expect(page.locator('consent-gate').getByRole('button')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await button(page, 'Paramétrer vos choix').click();
    await expect(dialog(page)).toBeVisible();
    // Let the opening settle before measuring colours.
    await page.getByRole('switch', { name: 'Réseaux sociaux' }).check();
    expect(await violations(page)).toEqual([]);
  });
}

test('dark theme follows prefers-color-scheme, and theme="light|dark" forces one', async ({ page, open }) => {
  const background = () => banner(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await open({ config: {} });
  expect(await background()).toBe('rgb(28, 28, 33)');
  await open({ config: { theme: 'light' } });
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });
  await open({ config: {} });
  expect(await background()).toBe('rgb(255, 255, 255)');
  await open({ config: { theme: 'dark' } });
  expect(await background()).toBe('rgb(28, 28, 33)');
  await page.locator('cookie-consent').evaluate((el) => el.setAttribute('theme', 'light'));
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('keyboard only: the banner is reached first, every control works, the dialog traps and returns focus', async ({ page, open }) => {
  await open({ config: { privacyPolicyUrl: '/confidentialite' } });
  await expect(banner(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('cookie-consent').getByRole('link', { name: 'Politique de confidentialité' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button(page, 'Tout accepter')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button(page, 'Tout refuser')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button(page, 'Paramétrer vos choix')).toBeFocused();
  // A visible focus ring.
  const outline = await button(page, 'Paramétrer vos choix').evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  expect(outline).toBe('solid 3px');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // Focus moved inside; Tab cycles through the dialog and never leaves it.
  const focusedInDialog = () => dialog(page).evaluate((d) => d.contains((d.getRootNode() as ShadowRoot).activeElement));
  expect(await focusedInDialog()).toBe(true);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await focusedInDialog()).toBe(true);
  }
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInDialog()).toBe(true);
  }
  // Space toggles a switch.
  const social = page.getByRole('switch', { name: 'Réseaux sociaux' });
  await social.focus();
  await page.keyboard.press('Space');
  await expect(social).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button(page, 'Paramétrer vos choix')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(button(page, 'Tout accepter')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveCount(0);
  expect(await page.evaluate(() => window.cookieConsent!.get().method)).toBe('accept-all');
});

test('targets are at least 24×24 px and text contrast is at least 4.5:1', async ({ page, open }) => {
  await open({ config: { privacyPolicyUrl: '/confidentialite', continueWithoutAccepting: true } });
  await button(page, 'Paramétrer vos choix').click();
  await expect(dialog(page)).toBeVisible();
  const sizes = await page.locator('cookie-consent').evaluate((host) =>
    Array.from(host.shadowRoot!.querySelectorAll('dialog button, dialog input')).map((el) => {
      const r = el.getBoundingClientRect();
      return [el.getAttribute('part') ?? el.id, Math.round(r.width), Math.round(r.height)];
    }),
  );
  for (const [name, width, height] of sizes) {
    expect(width, String(name)).toBeGreaterThanOrEqual(24);
    expect(height, String(name)).toBeGreaterThanOrEqual(24);
  }
});

test('reflows at 320 px wide: nothing cut, no horizontal scroll, the three buttons visible', async ({ page, open }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open({ config: { privacyPolicyUrl: '/confidentialite' } });
  await expect(banner(page)).toBeVisible();
  for (const name of ['Tout accepter', 'Tout refuser', 'Paramétrer vos choix']) {
    await expect(button(page, name)).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const overflow = await banner(page).evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await button(page, 'Paramétrer vos choix').click();
  const box = await dialog(page).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
  await expect(button(page, 'Enregistrer mes choix')).toBeVisible();
});

test('prefers-reduced-motion turns animations off; lang is set on the UI root', async ({ page, open }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open({ config: {}, lang: 'fr-BE' });
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  expect(await page.locator('cookie-consent').getAttribute('lang')).toBe('fr');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open({ config: {} });
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('cc-in');
});
