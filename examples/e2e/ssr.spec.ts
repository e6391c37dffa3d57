/**
 * Server-rendered examples (issue 19): Next.js (App Router), Nuxt and Astro (static), each as a production build and
 * under its development server. Three visitors: a first visit, a returning visitor who accepted and one who refused.
 * Each hydrates with no console warning or error that mentions hydration (nor any console error or page error), the
 * gated iframe (/embed.html) is requested only after consent, and the server logs no error.
 */
import { expect, test, type Page } from '@playwright/test';
import { startServer, type Server } from './servers.js';

/** Servers' environment: Nuxt's production server (Nitro) reads HOST and PORT; no telemetry prompts anywhere. */
const serverEnv = (port: number, mode: 'production' | 'development') => ({
  HOST: '127.0.0.1', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: mode,
});

interface Example {
  name: string;
  /** `node <args>` in the example's folder, serving on 127.0.0.1:`port`. */
  production(port: number): string[];
  development(port: number): string[];
  /** Whether the page has the useConsent() component (#social-widget); all show the state in #social-state. */
  binding: boolean;
}

const EXAMPLES: Example[] = [
  {
    name: 'nextjs',
    production: (port) => ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    development: (port) => ['node_modules/next/dist/bin/next', 'dev', '-H', '127.0.0.1', '-p', String(port)],
    binding: true,
  },
  {
    name: 'nuxt',
    production: () => ['.output/server/index.mjs'],
    development: (port) => ['node_modules/nuxt/bin/nuxt.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    binding: true,
  },
  {
    name: 'astro',
    production: (port) => ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    development: (port) => ['node_modules/astro/astro.js', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    binding: false,
  },
];

/** Console messages that are warnings or errors, page errors, HTTP errors, requests outside 127.0.0.1. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || (/hydrat/i.test(text) && message.type() !== 'debug')) problems.push(`console ${message.type()}: ${text}`);
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

/** Counts the requests for the gated iframe's page. */
function countEmbedRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => new URL(request.url()).pathname === '/embed.html' && count++);
  return () => count;
}

/** Waits until the page is loaded, the widget ready, hydration over (an idle main thread after the load event). */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => window.cookieConsent !== undefined);
  await page.evaluate(async () => void (await window.cookieConsent!.ready));
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
}

const banner = (page: Page) => page.locator('cookie-consent');
const button = (page: Page, name: string) => banner(page).getByRole('button', { name, exact: true });

/** Server log lines that report an error (the development servers' own noise is not an error). */
const serverErrors = (server: Server) => server.output.join('').split('\n').filter((line) => /\berror\b|\bERR_|\[vue warn\]/i.test(line));

for (const example of EXAMPLES) {
  for (const mode of ['production', 'development'] as const) {
    test.describe(`${example.name} (${mode})`, () => {
      test.describe.configure({ mode: 'serial', timeout: 120_000 });
      let server: Server | undefined;
      test.beforeAll(async ({ browser }) => {
        // Up to 150 s for the server to answer, and as much again for a development server's first compile.
        test.setTimeout(320_000);
        server = await startServer(example.name, (port) => ({ args: example[mode](port), env: serverEnv(port, mode) }), 150_000, `${example.name} (${mode})`);
        if (mode === 'development') {
          // A development server compiles the client's modules on their first request (Vite may then re-optimise its
          // dependencies and reload): one throwaway visit first, so that the tests time the app, not the compiler.
          const page = await browser.newPage();
          await page.goto(server.url);
          await page.waitForFunction(() => window.cookieConsent !== undefined, undefined, { timeout: 150_000 });
          await page.close();
        }
      });
      test.afterAll(() => {
        server?.process.kill();
      });

      test('first visit, then « Tout accepter », then a returning visitor who accepted', async ({ page }) => {
        const problems = watchProblems(page);
        const embeds = countEmbedRequests(page);
        await page.goto(server!.url);
        await expect(button(page, 'Tout accepter')).toBeVisible();
        await settled(page);
        // Nothing gated before a decision: the server's template is still there, nothing stamped, nothing requested.
        await expect(page.locator('consent-gate[category="social"] > template')).toHaveCount(1);
        await expect(page.locator('#comments')).toHaveCount(0);
        expect(embeds()).toBe(0);
        await expect(page.locator('#social-state')).toHaveText('social : non accepté');
        if (example.binding) await expect(page.locator('#social-widget')).toHaveCount(0);

        await button(page, 'Tout accepter').click();
        await expect(button(page, 'Tout accepter')).toBeHidden();
        await expect(page.locator('consent-gate[category="social"] > #comments iframe')).toBeVisible();
        await expect.poll(embeds).toBe(1);
        if (example.binding) await expect(page.locator('#social-widget')).toBeVisible();

        // The returning visitor who accepted: the server renders the undecided page, hydration must not mind.
        await page.reload();
        await settled(page);
        await expect(page.locator('consent-gate[category="social"] > #comments iframe')).toBeVisible();
        await expect.poll(embeds).toBe(2);
        await expect(page.locator('#social-state')).toHaveText('social : accepté');
        if (example.binding) await expect(page.locator('#social-widget')).toBeVisible();
        await expect(banner(page).filter({ visible: true })).toHaveCount(0);
        expect(problems).toEqual([]);
        expect(serverErrors(server!)).toEqual([]);
      });

      test('a returning visitor who refused', async ({ page }) => {
        const problems = watchProblems(page);
        const embeds = countEmbedRequests(page);
        await page.goto(server!.url);
        await button(page, 'Tout refuser').click();
        await expect(button(page, 'Tout refuser')).toBeHidden();
        await page.reload();
        await settled(page);
        // The default placeholder (its Accept button), nothing stamped, nothing requested.
        await expect(page.locator('consent-gate').getByRole('button', { name: /^Accepter/ })).toBeVisible();
        await expect(page.locator('#comments')).toHaveCount(0);
        await expect(page.locator('#social-state')).toHaveText('social : non accepté');
        expect(embeds()).toBe(0);
        expect(problems).toEqual([]);
        expect(serverErrors(server!)).toEqual([]);
      });
    });
  }
}
