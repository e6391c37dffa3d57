/**
 * The same flow against each example's production build: the French banner shows, « Tout accepter » hides it, the
 * <consent-gate> comments and the useConsent('social') widget appear, and after a reload there is no banner and both
 * are there at once. No page error, no console error, and no request outside 127.0.0.1.
 */
import { expect, test, type Page } from '@playwright/test';
import { startServer, type Serve, type Server } from './servers.js';

interface Example {
  name: string;
  /** The production server, as `node <args>` in the example's folder, on `port`. */
  serve: Serve;
}

const vitePreview = (port: number) => ({
  args: ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
});

const EXAMPLES: Example[] = [
  { name: 'react', serve: vitePreview },
  { name: 'vue', serve: vitePreview },
  { name: 'svelte', serve: vitePreview },
  // adapter-node's server: node build, configured by HOST and PORT.
  { name: 'sveltekit', serve: (port) => ({ args: ['build'], env: { HOST: '127.0.0.1', PORT: String(port) } }) },
];

/** Collects page errors, console errors, failed responses and any request that leaves 127.0.0.1. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (/^https?:$/.test(protocol) && hostname !== '127.0.0.1') problems.push(`request outside 127.0.0.1: ${request.url()}`);
  });
  return problems;
}

for (const example of EXAMPLES) {
  test.describe(example.name, () => {
    let server: Server | undefined;
    test.beforeAll(async () => {
      server = await startServer(example.name, example.serve, 30_000);
    });
    test.afterAll(() => {
      server?.process.kill();
    });

    test('banner, « Tout accepter », gated comments and widget, reload', async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(server!.url);

      // The banner, in French (<html lang="fr">).
      const banner = page.locator('cookie-consent');
      const accept = banner.getByRole('button', { name: 'Tout accepter', exact: true });
      await expect(accept).toBeVisible();
      await expect(banner.getByRole('button', { name: 'Tout refuser', exact: true })).toBeVisible();
      await expect(banner.getByRole('button', { name: 'Paramétrer vos choix', exact: true })).toBeVisible();
      // Nothing gated before a decision.
      await expect(page.locator('#comments')).toHaveCount(0);
      await expect(page.locator('#social-widget')).toHaveCount(0);

      await accept.click();
      await expect(accept).toBeHidden();
      await expect(page.locator('consent-gate[category="social"] > #comments')).toBeVisible();
      await expect(page.locator('#social-widget')).toBeVisible();
      // <consent-gate service="…"> and <cookie-declaration> (typed in TSX, Vue and Svelte templates).
      await expect(page.locator('consent-gate[service="youtube"] > #video')).toBeVisible();
      await expect(page.locator('cookie-declaration').getByText('YouTube').first()).toBeVisible();

      await page.reload();
      // Wait for the widget to have read the stored decision before looking for (the absence of) the banner.
      await page.waitForFunction(() => window.cookieConsent !== undefined);
      expect(await page.evaluate(async () => (await window.cookieConsent!.ready).decided)).toBe(true);
      await expect(page.locator('consent-gate[category="social"] > #comments')).toBeVisible();
      await expect(page.locator('#social-widget')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Tout accepter', exact: true })).toHaveCount(0);
      await expect(banner.filter({ visible: true })).toHaveCount(0);

      expect(problems, `in ${example.name}`).toEqual([]);
    });
  });
}
