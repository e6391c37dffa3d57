// Phones: the banner's share of the screen, its three choices in view, no clipped text, 44 px targets, reflow at
// 320 px and at 400 % zoom, and the dialog's actions kept in view while its categories scroll.
import type { Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.js';
import { banner, button, dialog, expect, settled, test } from './fixtures.js';

// Headless Chromium hides scrollbars by default; show them, to measure that the text region has one.
test.use({ launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--hide-scrollbars'] } });

const CHOICES = ['Tout accepter', 'Tout refuser', 'Paramétrer vos choix'];
const CONFIG = { privacyPolicyUrl: '/confidentialite' };

/** The text region of the banner (in the shadow root), where the words are slotted. */
const textRegion = (page: Page) => page.locator('cookie-consent').locator('.banner .text');

async function openOn(page: Page, open: (o?: object) => Promise<unknown>, size: { width: number; height: number }, config: object = CONFIG) {
  await page.setViewportSize(size);
  await open({ config });
  await expect(banner(page)).toBeVisible();
  await settled(banner(page));
}

/** Every element of the banner (frame and light-DOM content) fits the viewport's width. */
async function noSidewaysOverflow(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const overflowing = await page.locator('cookie-consent').evaluate((host, width) => {
    const all = [...host.shadowRoot!.querySelectorAll('.banner, .banner *'), ...host.querySelectorAll('*')];
    return all
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < -0.5 || r.right > width + 0.5 || el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => el.outerHTML.slice(0, 80));
  }, width);
  expect(overflowing).toEqual([]);
}

/** Accept and refuse: same box size, font and colours. */
async function equallyProminent(page: Page) {
  const look = (name: string) =>
    button(page, name).evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return [Math.round(r.width), Math.round(r.height), s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.borderColor];
    });
  expect(await look('Tout refuser')).toEqual(await look('Tout accepter'));
}

/** The last line of text (the privacy link) can be scrolled into the region and is then entirely inside it. */
async function linkReachable(page: Page) {
  const link = page.locator('cookie-consent').getByRole('link', { name: 'Politique de confidentialité' });
  await link.scrollIntoViewIfNeeded();
  const [region, box] = [(await textRegion(page).boundingBox())!, (await link.boundingBox())!];
  expect(box.y).toBeGreaterThanOrEqual(region.y - 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(region.y + region.height + 0.5);
  await expect(link).toBeInViewport({ ratio: 1 });
}

for (const size of [
  { width: 360, height: 640 },
  { width: 375, height: 667 },
]) {
  test(`portrait ${size.width}×${size.height}: at most 40 % of the height, three choices in view, the text scrolls visibly`, async ({ page, open }) => {
    await openOn(page, open, size);
    const box = (await banner(page).boundingBox())!;
    expect(box.height / size.height).toBeLessThanOrEqual(0.4);
    expect(Math.round(box.y + box.height)).toBe(size.height);
    for (const name of CHOICES) await expect(button(page, name)).toBeInViewport({ ratio: 1 });
    await equallyProminent(page);
    // The text does not fit: it scrolls in its own region, which says so (a scrollbar and an edge shadow).
    const region = await textRegion(page).evaluate((el) => ({
      overflows: el.scrollHeight > el.clientHeight,
      overflowY: getComputedStyle(el).overflowY,
      scrollbar: (el as HTMLElement).offsetWidth - el.clientWidth,
      cue: getComputedStyle(el).backgroundImage,
      attachment: getComputedStyle(el).backgroundAttachment,
    }));
    expect(region.overflows).toBe(true);
    expect(region.overflowY).toBe('auto');
    expect(region.scrollbar).toBeGreaterThan(0);
    // Overlay scrollbars (phones) show only while scrolling: an edge shadow, fixed to the region, that the text's own
    // background (scrolling with it) covers once the end is reached.
    expect(region.cue.match(/gradient\(/g)).toHaveLength(4);
    expect(region.attachment).toBe('local, local, scroll, scroll');
    await linkReachable(page);
    // And nothing of the text is lost: every sentence is there, in the light DOM.
    await expect(page.locator('cookie-consent')).toContainText('seuls les cookies techniques');
    await noSidewaysOverflow(page, size.width);
  });
}

test('landscape 667×375: at most 60 % of the height, three choices in view', async ({ page, open }) => {
  await openOn(page, open, { width: 667, height: 375 });
  const box = (await banner(page).boundingBox())!;
  expect(box.height / 375).toBeLessThanOrEqual(0.6);
  for (const name of CHOICES) await expect(button(page, name)).toBeInViewport({ ratio: 1 });
  await equallyProminent(page);
  await linkReachable(page);
  await noSidewaysOverflow(page, 667);
});

for (const layout of ['bar', 'box', 'modal']) {
  test(`320 px wide, layout ${layout}: nothing overflows sideways, buttons at least 44×44 px`, async ({ page, open }) => {
    await openOn(page, open, { width: 320, height: 640 }, { ...CONFIG, layout, continueWithoutAccepting: true });
    await noSidewaysOverflow(page, 320);
    for (const name of CHOICES) {
      await expect(button(page, name)).toBeInViewport({ ratio: 1 });
      const box = (await button(page, name).boundingBox())!;
      expect(box.width, name).toBeGreaterThanOrEqual(44);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
    await linkReachable(page);
  });
}

test('400 % zoom of a 1280×1024 window (320×256 CSS px): every word and button of the banner is reachable', async ({ page, open }) => {
  await openOn(page, open, { width: 320, height: 256 });
  await noSidewaysOverflow(page, 320);
  const host = page.locator('cookie-consent');
  for (const name of CHOICES) {
    await button(page, name).scrollIntoViewIfNeeded();
    await expect(button(page, name)).toBeInViewport({ ratio: 1 });
  }
  for (const child of await host.locator(':scope > *').all()) {
    await child.scrollIntoViewIfNeeded();
    await expect(child).toBeInViewport();
  }
  // The page under it is still there once a choice is made.
  await button(page, 'Tout refuser').click();
  await expect(banner(page)).toHaveCount(0);
});

for (const size of [
  { width: 360, height: 640 },
  { width: 667, height: 375 },
  { width: 320, height: 256 },
]) {
  test(`the dialog at ${size.width}×${size.height}: its action buttons stay in view while the categories scroll`, async ({ page, open }) => {
    await openOn(page, open, size);
    await button(page, 'Paramétrer vos choix').click();
    await expect(dialog(page)).toBeVisible();
    const actions = ['Tout accepter', 'Tout refuser', 'Enregistrer mes choix'];
    const inView = async () => {
      for (const name of actions) await expect(dialog(page).getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    };
    // The categories do not fit: the dialog scrolls, and the buttons are in view at the top, the middle and the end.
    expect(await dialog(page).evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
    await inView();
    await dialog(page).evaluate((d) => (d.scrollTop = d.scrollHeight / 2));
    await inView();
    const last = page.getByRole('switch', { name: 'Publicité, création de profils' });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 1 });
    await inView();
    // The bar of buttons ends at the dialog's bottom edge: no category shows below it.
    const [d, bar] = await dialog(page).evaluate((el) => [el.getBoundingClientRect().bottom, el.querySelector('.actions')!.getBoundingClientRect().bottom]);
    expect(Math.abs(d - 1 - bar)).toBeLessThanOrEqual(1.5); // 1 px: the dialog's border
    // Not hidden under the actions bar: the last switch can be pressed.
    await last.check();
    await expect(last).toBeChecked();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  });
}
