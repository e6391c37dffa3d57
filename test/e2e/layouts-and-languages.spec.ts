import { banner, button, dialog, expect, settled, test } from './fixtures.js';
import frDialog from '../../src/i18n/dialog/fr.js';
import fr from '../../src/i18n/fr.js';

const LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');

test('layout "bar" (default): full width at the bottom', async ({ page, open }) => {
  await open({ config: {} });
  await settled(banner(page));
  const box = (await banner(page).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(await page.locator('cookie-consent').getAttribute('layout')).toBe('bar');
  expect(box.x).toBe(0);
  expect(box.width).toBe(viewport.width);
  expect(Math.round(box.y + box.height)).toBe(viewport.height);
});

test('layout "box": a card in the bottom corner', async ({ page, open }) => {
  await open({ config: { layout: 'box' } });
  await settled(banner(page));
  const box = (await banner(page).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeLessThanOrEqual(26 * 16);
  expect(Math.round(viewport.width - (box.x + box.width))).toBe(16);
  expect(Math.round(viewport.height - (box.y + box.height))).toBe(16);
  expect(await banner(page).evaluate((el) => getComputedStyle(el).borderRadius)).toBe('8px');
  for (const name of ['Tout accepter', 'Tout refuser', 'Paramétrer vos choix']) await expect(button(page, name)).toBeInViewport();
});

test('layout "modal": centred, page dimmed and inert until a choice', async ({ page, open }) => {
  await open({ config: { layout: 'modal' } });
  await settled(banner(page));
  const box = (await banner(page).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(2);
  expect(Math.abs(box.y + box.height / 2 - viewport.height / 2)).toBeLessThan(2);
  const backdrop = await page
    .locator('cookie-consent')
    .evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('dialog.banner-modal')!, '::backdrop').backgroundColor);
  expect(backdrop).toBe('rgba(0, 0, 0, 0.55)');
  // The page behind cannot be reached; Escape does not dismiss the banner.
  await page.keyboard.press('Escape');
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => document.elementFromPoint(5, 5)?.tagName)).toBe('COOKIE-CONSENT');
  await button(page, 'Paramétrer vos choix').click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(banner(page)).toBeVisible();
  await button(page, 'Tout refuser').click();
  await expect(banner(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.elementFromPoint(5, 5)?.tagName)).not.toBe('COOKIE-CONSENT');
});

for (const language of LANGUAGES) {
  test(`the banner in ${language}: every string from its table, no key missing`, async ({ page, open }) => {
    const table: Record<string, string> = {
      ...(await import(`../../src/i18n/${language}.ts`)).default,
      ...(await import(`../../src/i18n/dialog/${language}.ts`)).default,
    };
    await open({ lang: language, config: { privacyPolicyUrl: '/privacy' } });
    for (const key of ['acceptAll', 'rejectAll', 'customize']) await expect(button(page, table[key])).toBeVisible();
    await expect(page.locator('cookie-consent').getByText(table.bannerTitle)).toBeVisible();
    await expect(page.locator('cookie-consent').getByRole('link', { name: table.privacyLink })).toBeVisible();
    await button(page, table.customize).click();
    await expect(dialog(page).getByText(table.dialogText)).toBeVisible();
    await expect(button(page, table.save)).toBeVisible();
    await expect(page.getByRole('switch', { name: table.socialTitle })).toBeVisible();
    const shown = await page.locator('cookie-consent').evaluate((host) => (host.textContent ?? '') + (host.shadowRoot!.textContent ?? ''));
    for (const key of Object.keys({ ...fr, ...frDialog })) expect(shown, `raw key ${key} shown`).not.toContain(key);
    expect(await page.locator('cookie-consent').getAttribute('lang')).toBe(language);
  });
}

test('regional tags fall back to their base language: pt-BR -> pt, de-AT -> de', async ({ page, open }) => {
  await open({ lang: 'pt-BR' });
  await expect(button(page, 'Aceitar tudo')).toBeVisible();
  await open({ lang: 'de-AT' });
  await expect(button(page, 'Alle akzeptieren')).toBeVisible();
});

test('only the language in use is fetched', async ({ page, site, open }) => {
  const before = site.requests.length;
  await open({ lang: 'pl' });
  await expect(button(page, 'Zaakceptuj wszystkie')).toBeVisible();
  const fetched = site.requests.slice(before).map((r) => r.path).filter((p) => p.includes('/i18n/'));
  expect(fetched).toEqual(['/dist/i18n/pl.js']);
});
