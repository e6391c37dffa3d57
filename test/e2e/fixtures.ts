// Shared fixtures: a real HTTP site serving the built dist/, a third-party origin, and helpers to open pages.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startSite, startThirdParty } from '../support/server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type Site = Awaited<ReturnType<typeof startSite>>;
type ThirdParty = Awaited<ReturnType<typeof startThirdParty>>;

export interface PageOptions {
  /** The config block: an object (serialised) or raw text. Omitted: no config block at all. */
  config?: unknown;
  /** Put the config block after the drop-in tag (at the end of body). */
  configAfter?: boolean;
  lang?: string;
  /** Markup in <head> before the config and the drop-in. */
  beforeScript?: string;
  /** Extra markup at the end of <head> and inside <main>. */
  head?: string;
  body?: string;
  /** Attributes of the drop-in tag, e.g. "defer". */
  scriptAttributes?: string;
  /** Put the drop-in at the end of body instead of in head. */
  scriptInBody?: boolean;
  headers?: Record<string, string>;
}

export function pageHtml(options: PageOptions = {}): string {
  const { config, lang = 'fr', head = '', body = '', scriptAttributes = '' } = options;
  const configBlock =
    config === undefined
      ? ''
      : `<script type="application/json" id="cookie-consent-config">${typeof config === 'string' ? config : JSON.stringify(config)}</script>`;
  const tag = `<script src="/dist/cookie-consent.js" ${scriptAttributes}></script>`;
  const inHead = (options.beforeScript ?? '') + (options.configAfter ? '' : configBlock) + (options.scriptInBody ? '' : tag);
  const inBody = (options.scriptInBody ? tag : '') + (options.configAfter ? configBlock : '');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title>${inHead}${head}</head>
<body><main><h1 id="headline">Un article</h1><p>Premier paragraphe.</p>${body}</main>
<footer><a href="#" id="footer-link" data-cookie-consent="preferences">Paramétrer vos choix</a></footer>${inBody}</body></html>`;
}

export interface Opened {
  url: string;
  /** Uncaught exceptions of the page. */
  errors: Error[];
  /** console.error and console.warn texts. */
  consoleErrors: string[];
  consoleWarnings: string[];
}

/** Records cookie-consent events in window.__events from the very start of every document. */
async function recordEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const events: Array<{ type: string; detail: unknown }> = ((window as any).__events = []);
    for (const type of ['cookie-consent:ready', 'cookie-consent:change']) {
      document.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
    }
  });
}

export const test = base.extend<
  { open: (options?: PageOptions) => Promise<Opened> },
  { site: Site; thirdParty: ThirdParty }
>({
  site: [
    async ({}, use) => {
      const site = await startSite({ root: ROOT });
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  thirdParty: [
    async ({}, use) => {
      const server = await startThirdParty();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  open: async ({ page, site, context }, use) => {
    await recordEvents(context);
    await use(async (options = {}) => {
      const url = site.page(pageHtml(options), options.headers);
      const opened: Opened = { url, errors: [], consoleErrors: [], consoleWarnings: [] };
      page.on('pageerror', (error) => opened.errors.push(error));
      page.on('console', (message) => {
        if (message.type() === 'error') opened.consoleErrors.push(message.text());
        if (message.type() === 'warning') opened.consoleWarnings.push(message.text());
      });
      await page.goto(url);
      return opened;
    });
  },
});

export { expect };

/** The banner (first layer) and the dialog, through the open shadow root. */
export const banner = (page: Page) => page.locator('cookie-consent').locator('[part~="banner"]');
export const dialog = (page: Page) => page.locator('cookie-consent').locator('dialog[part="dialog"]');
/** Waits for the element's animations (the banner's slide-in) to finish, before measuring geometry. */
export const settled = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)).then(() => undefined));
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The stored consent record, decoded, or undefined. */
export async function storedRecord(context: BrowserContext, name = 'cookie_consent') {
  const cookie = (await context.cookies()).find((c) => c.name === name);
  return cookie ? { cookie, record: JSON.parse(decodeURIComponent(cookie.value)) } : undefined;
}

export const events = (page: Page) =>
  page.evaluate(() => (window as any).__events as Array<{ type: string; detail: any }>);
