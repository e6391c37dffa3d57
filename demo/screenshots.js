// Screenshots of the demo pages for the docs (docs/screenshots/): `npm run screenshots` (after `npm run build`).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../test/support/chromium.js';
import { startSite } from '../test/support/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const site = await startSite({ root });
const browser = await chromium.launch(chromiumLaunchOptions());
const shots = [
  ['article-bar', '/demo/index.html', { width: 1280, height: 800 }, 'light'],
  ['article-mobile', '/demo/index.html', { width: 375, height: 740 }, 'light'],
  ['layout-box', '/demo/box.html', { width: 1280, height: 720 }, 'light'],
  ['layout-modal', '/demo/modal.html', { width: 1280, height: 720 }, 'light'],
  ['theme-dark', '/demo/index.html', { width: 1280, height: 800 }, 'dark'],
  ['dialog', '/demo/index.html', { width: 1280, height: 900 }, 'light', true],
  ['dialog-dark', '/demo/index.html', { width: 1280, height: 900 }, 'dark', true],
];
for (const [name, path, viewport, colorScheme, openDialog] of shots) {
  const page = await browser.newPage({ viewport, colorScheme });
  await page.goto(site.origin + path);
  const banner = page.locator('cookie-consent').locator('[part~="banner"]');
  await banner.waitFor();
  await banner.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  if (openDialog) {
    await page.getByRole('button', { name: 'Paramétrer vos choix', exact: true }).click();
    await page.getByRole('switch', { name: 'Réseaux sociaux' }).check();
  }
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, out)) });
  await page.close();
  console.log(`docs/screenshots/${name}.png`);
}
await browser.close();
await site.close();
