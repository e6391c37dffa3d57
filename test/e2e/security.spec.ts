// Security end-to-end tests of the built dist/: a strict CSP with Trusted Types, hostile strings in the config,
// a sandboxed frame where document.cookie throws, hostile host pages, and the widget's own network footprint.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, ConsoleMessage, Page, Request } from '@playwright/test';
import frDialog from '../../src/i18n/dialog/fr.js';
import fr from '../../src/i18n/fr.js';
import { banner, button, dialog, expect, pageHtml, storedRecord, test } from './fixtures.js';

const CATEGORIES = { necessary: { required: true }, analytics: {}, social: {}, ads: {} };

/** A config as JSON that is safe inside a <script> element: "<" escaped, so "</script>" in a text cannot end it. */
const configText = (config: unknown): string => JSON.stringify(config).replace(/</g, '\\u003c');

/** A valid stored decision (as js-cookie writes it), for a returning visitor. */
function decisionCookie(origin: string, c: Record<string, boolean>, m = 'custom') {
  const record = { v: 1, rev: 1, id: 'security-test-0001', at: new Date().toISOString(), m, c };
  return { name: 'cookie_consent', value: encodeURIComponent(JSON.stringify(record)), url: origin };
}

const ALL_GRANTED = { analytics: true, social: true, ads: true };

const widgetMessages = (messages: string[]) => messages.filter((m) => m.startsWith('[cookie-consent]'));

// ---------------------------------------------------------------------------------------------------------------
// a. Strict CSP with Trusted Types

/** Records CSP violations (securitypolicyviolation) in window.__violations from the start of every document. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: string[] = ((window as any).__violations = []);
    document.addEventListener(
      'securitypolicyviolation',
      (e) => violations.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`),
      true,
    );
  });
}

/** Listens to a page's uncaught errors and console, as open() does, for pages this file builds itself. */
function listen(page: Page) {
  const seen = { errors: [] as Error[], consoleErrors: [] as string[], consoleWarnings: [] as string[] };
  page.on('pageerror', (error) => seen.errors.push(error));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
    if (message.type() === 'warning') seen.consoleWarnings.push(message.text());
  });
  return seen;
}

test('a. under a strict CSP with Trusted Types, everything works with zero violations', async ({ page, context, site }) => {
  const nonce = randomBytes(16).toString('base64');
  const csp =
    `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; ` +
    `require-trusted-types-for 'script'; trusted-types cookie-consent lit-html`;
  await recordViolations(context);
  const cspMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Trusted ?(Types?|HTML|Script)/i.test(message.text())) cspMessages.push(`${message.type()}: ${message.text()}`);
  });
  const id = randomBytes(4).toString('hex');
  // A same-origin external script for a gated tag, and a same-origin favicon (the fixture's data: one is not the
  // widget's and would be refused by img-src 'self').
  const external = new URL(
    site.page(`(window.__ran = window.__ran || []).push('external');`, { 'content-type': 'text/javascript; charset=utf-8' }, `csp-${id}.js`),
  ).pathname;
  const favicon = new URL(
    site.page('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { 'content-type': 'image/svg+xml' }, `csp-${id}.svg`),
  ).pathname;
  const html = pageHtml({
    config: { categories: CATEGORIES },
    body: `
      <script type="text/plain" data-category="analytics" nonce="${nonce}">(window.__ran = window.__ran || []).push('inline');</script>
      <script type="text/plain" data-category="analytics" data-src="${external}" nonce="${nonce}"></script>
      <consent-gate category="social" id="gate">
        <template><div id="comments">Commentaires</div><script nonce="${nonce}">(window.__ran = window.__ran || []).push('gate');</script></template>
      </consent-gate>`,
  }).replace('<link rel="icon" href="data:,">', `<link rel="icon" href="${favicon}">`);
  expect(html).toContain(favicon);
  const opened = listen(page);
  await page.goto(site.page(html, { 'Content-Security-Policy': csp }));
  const ran = () => page.evaluate(() => ((window as any).__ran ?? []) as string[]);

  // The banner renders, styled by its constructed stylesheet.
  await expect(banner(page)).toBeVisible();
  const accept = page.locator('cookie-consent').getByRole('button', { name: 'Tout accepter', exact: true });
  expect(await banner(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  const background = await accept.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  expect(background).not.toBe('transparent');
  // The consent-gate placeholder renders, styled too (its dashed border comes from its adopted stylesheet).
  const gate = page.locator('#gate');
  await expect(gate.getByRole('button', { name: 'Accepter les cookies « Réseaux sociaux »' })).toBeVisible();
  expect(await gate.locator('[part="placeholder"]').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
  expect(await ran()).toEqual([]);

  // « Tout accepter » stores the decision; the nonce'd gated scripts (inline, same-origin external) and the gate run.
  await accept.click();
  await expect(banner(page)).toBeHidden();
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'accept-all', c: ALL_GRANTED });
  await expect.poll(async () => (await ran()).sort()).toEqual(['external', 'gate', 'inline']);
  await expect(page.locator('#comments')).toBeVisible();

  // The preferences dialog (loaded on first open) opens and works.
  await page.locator('#footer-link').click();
  await expect(dialog(page)).toBeVisible();
  const ads = page.getByRole('switch', { name: 'Publicité, création de profils' });
  await expect(ads).toBeChecked();
  await ads.uncheck();
  await expect(dialog(page).locator('[data-category="ads"]')).toHaveAttribute('data-state', 'denied');
  await button(page, 'Enregistrer mes choix').click();
  await expect(dialog(page)).toBeHidden();
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'custom', c: { analytics: true, social: true, ads: false } });

  // Zero violations, reported neither as events nor on the console; no page error, no console error.
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(cspMessages).toEqual([]);
  expect(opened.errors).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------------------
// b. Hostile strings in every text

const HOSTILE = `<img src=x onerror="window.__xss=1">"><script>window.__xss=2</script>`;
const hostile = (name: string) => `«${name}» ${HOSTILE}`;

test('b. hostile strings in every text are shown as text; javascript: URLs are refused', async ({ page, context, open }) => {
  const texts = Object.fromEntries(Object.keys({ ...fr, ...frDialog }).map((key) => [key, hostile(key)]));
  const categories = Object.fromEntries(
    Object.entries(CATEGORIES).map(([id, category]) => [id, { ...category, title: hostile(`${id}.title`), description: hostile(`${id}.description`) }]),
  );
  const opened = await open({
    config: configText({
      categories,
      texts: { fr: texts },
      privacyPolicyUrl: 'javascript:window.__xss=3',
      consentLog: { endpoint: 'javascript:window.__xss=3' },
    }),
    body: `<consent-gate category="social" id="gate"><template><div id="comments">Commentaires</div></template></consent-gate>`,
  });

  /** Markup that could run code, anywhere: light DOM and every shadow root. */
  const dangerous = () =>
    page.evaluate(() => {
      const roots: Array<Document | ShadowRoot> = [document];
      for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
      const found: string[] = [];
      for (const root of roots) {
        for (const el of Array.from(root.querySelectorAll('img, iframe, object, embed, svg, [onerror], [onload]'))) found.push(el.outerHTML);
        for (const script of Array.from(root.querySelectorAll('script'))) {
          if (!(script.id === 'cookie-consent-config' || /cookie-consent\.js$/.test(script.src))) found.push(script.outerHTML);
        }
        for (const a of Array.from(root.querySelectorAll('a'))) if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) found.push(a.outerHTML);
      }
      return { found, xss: (window as any).__xss };
    });
  const shadowImages = () =>
    page.evaluate(() => document.querySelector('cookie-consent')?.shadowRoot?.querySelectorAll('img').length ?? -1);

  // The banner: each text shown literally, the privacy link left out (its URL was refused).
  await expect(banner(page)).toBeVisible();
  // (The banner's words and buttons are the element's light-DOM children, slotted into the frame.)
  const words = page.locator('cookie-consent');
  await expect(words.locator('> .cc-title')).toHaveText(hostile('bannerTitle'));
  await expect(words.locator('> .cc-actions > .cc-accept')).toHaveText(hostile('acceptAll'));
  await expect(words.locator('> .cc-actions > .cc-reject')).toHaveText(hostile('rejectAll'));
  await expect(words.locator('> .cc-actions > .cc-customize')).toHaveText(hostile('customize'));
  await expect(words.locator('> .cc-purposes li')).toHaveText(Object.keys(CATEGORIES).map((id) => hostile(`${id}.title`)));
  await expect(words).toContainText(hostile('bannerText'));
  await expect(words.locator('a.cc-link')).toHaveCount(0);
  expect(await shadowImages()).toBe(0);

  // The placeholder: texts with the (hostile) category title put in as text.
  const gate = page.locator('#gate');
  await expect(gate.locator('[part="placeholder"] p')).toHaveText(hostile('gateText').replace('{category}', hostile('social.title')));
  await expect(gate.getByRole('button')).toHaveText(hostile('gateAccept'));

  // The dialog.
  await page.locator('cookie-consent > .cc-actions > .cc-customize').click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).locator('#cc-dialog-title')).toHaveText(hostile('dialogTitle'));
  await expect(dialog(page).locator('[part~="button-close"]')).toHaveAttribute('aria-label', hostile('close'));
  for (const id of Object.keys(CATEGORIES)) {
    await expect(dialog(page).locator(`[data-category="${id}"] label`)).toHaveText(hostile(`${id}.title`));
    await expect(dialog(page).locator(`[data-category="${id}"] p`)).toHaveText(hostile(`${id}.description`));
  }
  await expect(dialog(page).locator('[data-category="necessary"] .status')).toHaveText(hostile('alwaysOn'));
  await expect(dialog(page).locator('[data-category="analytics"] .status')).toHaveText(hostile('denied'));
  expect(await shadowImages()).toBe(0);

  // Deciding still works, and sends nothing to the refused endpoint.
  await dialog(page).locator('[part~="button-accept"]').click();
  await expect(dialog(page)).toBeHidden();
  expect((await storedRecord(context))?.record).toMatchObject({ m: 'accept-all', c: ALL_GRANTED });
  await expect(page.locator('#comments')).toBeVisible();

  // Nothing ran, nothing dangerous was created, and the site owner is told which fields were refused.
  expect(await dangerous()).toEqual({ found: [], xss: undefined });
  await expect.poll(() => opened.consoleErrors.filter((m) => m.includes('config.privacyPolicyUrl'))).toHaveLength(1);
  expect(opened.consoleErrors.find((m) => m.includes('config.privacyPolicyUrl'))).toContain('javascript:window.__xss=3');
  expect(opened.consoleErrors.filter((m) => m.includes('config.consentLog.endpoint'))).toHaveLength(1);
  expect(opened.errors).toEqual([]);
});

test('b. a category title with "$" replacement patterns is shown literally in the placeholder', async ({ page, open }) => {
  const title = "Vidéos $' $& $$ $`";
  await open({
    config: { categories: { ...CATEGORIES, social: { title } } },
    body: `<consent-gate category="social" id="gate"><template><div id="comments">Commentaires</div></template></consent-gate>`,
  });
  const gate = page.locator('#gate');
  await expect(gate.getByRole('button')).toHaveText(fr.gateAccept.replace('{category}', () => title));
  await expect(gate.locator('[part="placeholder"] p')).toHaveText(fr.gateText.replace('{category}', () => title));
});

// ---------------------------------------------------------------------------------------------------------------
// c. document.cookie throws (sandboxed frame without allow-same-origin)

type Site = { origin: string; page(html: string, headers?: Record<string, string>, name?: string): string };

/**
 * A copy of dist/ served with `Access-Control-Allow-Origin: *`, as a site must serve it for sandboxed frames:
 * a frame without allow-same-origin has an opaque origin, so the drop-in's import() of its lazy modules is a
 * cross-origin (CORS) request. Returns the copy's drop-in path.
 */
function corsDist(site: Site): string {
  const dir = `cors-dist-${randomBytes(4).toString('hex')}`;
  const root = fileURLToPath(new URL('../../dist/', import.meta.url));
  const walk = (sub: string): string[] =>
    readdirSync(join(root, sub), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(sub, entry.name)) : entry.name.endsWith('.js') ? [join(sub, entry.name)] : [],
    );
  for (const file of walk('')) {
    site.page(readFileSync(join(root, file), 'utf8'), { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*' }, `${dir}/${file}`);
  }
  return `/pages/${dir}/cookie-consent.js`;
}

/** Serves the article inside `<iframe sandbox="allow-scripts">` and checks the widget there. */
async function sandboxedFrame(page: Page, context: BrowserContext, site: Site, dropIn: string): Promise<void> {
  const framed = site.page(pageHtml({ config: { categories: CATEGORIES } }).replace('/dist/cookie-consent.js', dropIn));
  const host = site.page(
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hôte</title></head>` +
      `<body><iframe sandbox="allow-scripts" src="${framed}" title="Article" width="900" height="600"></iframe></body></html>`,
  );
  const seen = listen(page); // page.on('console') and ('pageerror') also report the frame's
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  const frameBanner = frame.locator('cookie-consent').locator('[part~="banner"]');

  // document.cookie really throws in that frame.
  const inner = page.frames().find((f) => f.url() === framed)!;
  expect(inner).toBeTruthy();
  expect(
    await inner.evaluate(() => {
      try {
        void document.cookie;
        return 'readable';
      } catch (error) {
        return (error as Error).name;
      }
    }),
  ).toBe('SecurityError');

  await expect(frameBanner).toBeVisible();
  await frame.getByRole('button', { name: 'Tout refuser', exact: true }).click();
  await expect(frameBanner).toBeHidden();
  // Decided for this page view.
  expect(await inner.evaluate(() => window.cookieConsent!.get())).toMatchObject({
    decided: true,
    method: 'reject-all',
    categories: { necessary: true, analytics: false, social: false, ads: false },
  });
  expect(await inner.evaluate(() => window.cookieConsent!.isGranted('analytics'))).toBe(false);
  expect(await storedRecord(context)).toBeUndefined();

  // Exactly one warning from the widget, about cookies; no error, no page error.
  await expect.poll(() => widgetMessages(seen.consoleWarnings)).toHaveLength(1);
  expect(widgetMessages(seen.consoleWarnings)[0]).toMatch(/cookies are (unavailable|blocked).*this page view only/);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.errors).toEqual([]);
}


test('c. (dist/ served with CORS) in a sandboxed frame where document.cookie throws, the banner works for the page view, with one warning', async ({ page, context, site }) => {
  await sandboxedFrame(page, context, site, corsDist(site));
});

// ---------------------------------------------------------------------------------------------------------------
// d. Hostile host pages

test.describe('d. hostile host pages', () => {
  const GATED = `<script type="text/plain" data-category="analytics">window.__gated = 'ran';</script>`;

  test('(1) window.cookieConsent already defined: one clear error, nothing gated runs, even with a stored grant', async ({ page, context, site, open }) => {
    await context.addCookies([decisionCookie(site.origin, ALL_GRANTED, 'accept-all')]);
    const opened = await open({
      beforeScript: `<script>window.cookieConsent = {};</script>`,
      config: { categories: CATEGORIES },
      body: GATED,
    });
    await page.waitForLoadState('networkidle');
    await expect.poll(() => widgetMessages(opened.consoleErrors)).toHaveLength(1);
    expect(opened.consoleErrors[0]).toMatch(/window\.cookieConsent is already defined/);
    expect(opened.errors).toEqual([]);
    expect(await page.evaluate(() => (window as any).__gated)).toBeUndefined();
    expect(await page.locator('script[type="text/plain"][data-category="analytics"]').count()).toBe(1);
    expect(await page.evaluate(() => window.cookieConsent)).toEqual({});
    await expect(page.locator('cookie-consent')).toHaveCount(0);

    // Control: the same page and cookie without the hostile global do run the gated script.
    await open({ config: { categories: CATEGORIES }, body: GATED });
    await expect.poll(() => page.evaluate(() => (window as any).__gated)).toBe('ran');
  });

  test('(2) <cookie-consent> and <consent-gate> already defined: clear errors, gate content never stamped', async ({ page, context, open }) => {
    const opened = await open({
      beforeScript: `<script>
        customElements.define('cookie-consent', class extends HTMLElement {});
        customElements.define('consent-gate', class extends HTMLElement {});
      </script>`,
      config: { categories: CATEGORIES },
      body: `<consent-gate category="social" id="gate"><template><div id="comments">Commentaires</div></template></consent-gate>`,
    });
    await expect.poll(() => widgetMessages(opened.consoleErrors)).toHaveLength(2);
    expect(opened.consoleErrors.filter((m) => /<consent-gate> is already defined/.test(m))).toHaveLength(1);
    expect(opened.consoleErrors.filter((m) => /<cookie-consent> is already defined/.test(m))).toHaveLength(1);
    expect(opened.errors).toEqual([]);
    // The API still records decisions; the page's own <consent-gate> is never stamped by the widget.
    await page.evaluate(() => window.cookieConsent!.acceptAll());
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'accept-all', c: ALL_GRANTED });
    expect(await page.evaluate(() => window.cookieConsent!.isGranted('social'))).toBe(true);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#comments')).toHaveCount(0);
    expect(await page.evaluate(() => document.getElementById('gate')!.shadowRoot)).toBeNull();
    expect(widgetMessages(opened.consoleErrors)).toHaveLength(2);
    expect(opened.errors).toEqual([]);
  });

  test('(3) window.dataLayer is not an array: one clear error naming dataLayer, the banner still works', async ({ page, context, open }) => {
    const opened = await open({
      beforeScript: `<script>window.dataLayer = "oops";</script>`,
      config: { categories: CATEGORIES, googleConsentMode: true },
    });
    await expect(banner(page)).toBeVisible();
    await expect.poll(() => opened.consoleErrors.filter((m) => m.includes('dataLayer'))).toHaveLength(1);
    expect(opened.consoleErrors[0]).toMatch(/^\[cookie-consent\] googleConsentMode: window\.dataLayer is not an array/);
    await button(page, 'Tout accepter').click();
    await expect(banner(page)).toBeHidden();
    expect((await storedRecord(context))?.record).toMatchObject({ m: 'accept-all', c: ALL_GRANTED });
    expect(await page.evaluate(() => (window as any).dataLayer)).toBe('oops');
    expect(widgetMessages(opened.consoleErrors)).toHaveLength(1);
    expect(opened.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// e. No network request of its own

test('e. no request besides the page, dist/, the consent log and (after consent) the gated third parties', async ({ page, site, thirdParty, open }) => {
  const tp = thirdParty.origin;
  const gatedUrls = [`${tp}/script/analytics.js`, `${tp}/frame/social`, `${tp}/img/ad.svg`, `${tp}/script/comments.js`];
  const body = `
    <script type="text/plain" data-category="analytics" data-src="${tp}/script/analytics.js"></script>
    <iframe title="Vidéo" data-category="social" data-src="${tp}/frame/social"></iframe>
    <img alt="" data-category="ads" data-src="${tp}/img/ad.svg">
    <consent-gate category="social"><template><div id="comments">Commentaires</div><script src="${tp}/script/comments.js"></script></template></consent-gate>`;
  const config = { categories: CATEGORIES, consentLog: { endpoint: '/consent-log' } };

  let consented = false;
  const seen: Array<{ url: string; method: string; consented: boolean }> = [];
  page.on('request', (request: Request) => seen.push({ url: request.url(), method: request.method(), consented }));
  const siteBefore = site.requests.length;
  const tpBefore = thirdParty.requests.length;

  /** Every request must be one of the allowed kinds; third-party ones only once consent was given. */
  const check = (pageUrl: string, requests: typeof seen) => {
    const unexpected = requests.filter(({ url, method, consented: after }) => {
      if (url === pageUrl) return false;
      if (url === 'data:,') return false; // the page's own favicon link
      if (url.startsWith(`${site.origin}/dist/`) && method === 'GET') return false;
      if (url === `${site.origin}/consent-log` && method === 'POST' && after) return false;
      if (gatedUrls.includes(url) && after) return false;
      return true;
    });
    expect(unexpected).toEqual([]);
  };

  // First visit: banner, « Tout accepter », then the dialog.
  const opened = await open({ config, body });
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accepter les cookies « Réseaux sociaux »' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(seen.filter((r) => r.url.startsWith(tp))).toEqual([]);
  consented = true;
  await button(page, 'Tout accepter').click();
  await expect(page.locator('#comments')).toBeVisible();
  await page.locator('#footer-link').click();
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => seen.filter((r) => r.url.endsWith('/consent-log')).length).toBe(1);
  await expect.poll(() => gatedUrls.filter((url) => seen.some((r) => r.url === url))).toEqual(gatedUrls);
  await page.waitForLoadState('networkidle');
  check(opened.url, seen);
  const firstVisit = seen.splice(0);
  // The widget's own files, from dist/ only.
  const files = firstVisit.filter((r) => r.url.startsWith(`${site.origin}/dist/`)).map((r) => r.url.slice(`${site.origin}/dist/`.length));
  // The drop-in carries the banner and the French table; the dialog's files come when it opens.
  expect(files).toEqual(expect.arrayContaining(['cookie-consent.js', 'lit-html.js', 'i18n/dialog/fr.js', 'preferences-dialog.js', 'texts.js']));

  // Returning visit: the stored consent applies at once; opening the dialog loads the UI from dist/ only.
  const loadedOnReturn = gatedUrls;
  await page.reload();
  await expect(page.locator('#comments')).toBeVisible();
  await page.locator('#footer-link').click();
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => loadedOnReturn.filter((url) => seen.some((r) => r.url === url))).toEqual(loadedOnReturn);
  await page.waitForLoadState('networkidle');
  check(opened.url, seen);
  expect(seen.filter((r) => r.url.endsWith('/consent-log'))).toEqual([]);

  // The servers agree: the site saw only the page, dist/ and one consent log; the third party only the gated URLs.
  const siteSeen = site.requests.slice(siteBefore).filter((r) => !(r.path.startsWith('/dist/') || r.url === new URL(opened.url).pathname));
  expect(siteSeen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /consent-log']);
  expect(new Set(thirdParty.requests.slice(tpBefore))).toEqual(new Set(gatedUrls.map((url) => new URL(url).pathname)));
  expect(opened.errors).toEqual([]);
});

test('e. a returning visitor who granted the category gets the gated iframe of the HTML loaded', async ({ page, context, site, thirdParty, open }) => {
  await context.addCookies([decisionCookie(site.origin, ALL_GRANTED, 'accept-all')]);
  const before = thirdParty.requests.length;
  const src = `${thirdParty.origin}/frame/returning`;
  await open({ config: { categories: CATEGORIES }, body: `<iframe id="tg" title="Vidéo" data-category="social" data-src="${src}"></iframe><p>Suite</p>` });
  await expect(page.locator('#tg')).toHaveAttribute('src', src);
  await expect.poll(() => page.frames().map((frame) => frame.url())).toContain(src);
  expect(thirdParty.requests.slice(before)).toContain('/frame/returning');
});
