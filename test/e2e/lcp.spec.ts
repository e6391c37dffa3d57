// Issue 22: the banner is never the page's Largest Contentful Paint, on a phone and on a desktop, with and without
// reduced motion: a site's LCP must not become the banner's arrival time. Measured with a `largest-contentful-paint`
// PerformanceObserver on the demo article, registered before any script of the page.
import { banner, expect, test } from './fixtures.js';

const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
];

// A page whose own text is small (a site's stylesheet): the banner's words are then the largest text on screen, and the
// banner must still not be the LCP (it is never a candidate, whatever its size).
const SMALL_PAGE = '<style>main, main h1, main h2, main p { font-size: 9px; }</style>';

for (const viewport of VIEWPORTS) {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    for (const smallPage of [false, true]) {
    test(`the banner is not the LCP element: ${viewport.width}×${viewport.height}, prefers-reduced-motion: ${reducedMotion}${smallPage ? ', the page\'s own text small' : ''}`, async ({ browser, site }) => {
      const context = await browser.newContext({ viewport, reducedMotion });
      const page = await context.newPage();
      if (smallPage) {
        await page.route('**/demo/index.html', async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace('</head>', `${SMALL_PAGE}</head>`) });
        });
      }
      await page.addInitScript(() => {
        const entries: Array<{ tag: string; inBanner: boolean; text: string }> = ((window as any).__lcp = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { element: Element | null }>) {
            const element = entry.element;
            entries.push({
              tag: element?.localName ?? '(none)',
              // The banner's words are light-DOM children of <cookie-consent>; its frame is in the shadow root.
              inBanner: !element || !!element.closest('cookie-consent') || element.getRootNode() !== document,
              text: (element?.textContent ?? '').trim().slice(0, 40),
            });
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(`${site.origin}/demo/index.html`);
      await expect(banner(page)).toBeVisible();
      // The banner's entrance has run to its end, and two frames have been painted since.
      await page.evaluate(async () => {
        const frame = document.querySelector('cookie-consent')!.shadowRoot!.querySelector('.banner')!;
        await Promise.all(frame.getAnimations({ subtree: true }).map((animation) => animation.finished));
        for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      });
      const entries: Array<{ tag: string; inBanner: boolean; text: string }> = await page.evaluate(() => (window as any).__lcp);
      expect(entries.length, 'an LCP entry was reported').toBeGreaterThan(0);
      expect(entries.filter((entry) => entry.inBanner), `LCP entries: ${JSON.stringify(entries)}`).toEqual([]);
      await context.close();
    });
    }
  }
}

// Issue 22: FCP no later than the page without the widget, because nothing of ours holds the first render: the drop-in
// (with `defer`, as README recommends, or `async`) and every file it fetches are non-blocking (Resource Timing).
for (const attribute of ['defer', 'async']) {
  test(`nothing of ours is render-blocking (the drop-in with ${attribute})`, async ({ page, site }) => {
    await page.route('**/demo/index.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<script src="/dist/cookie-consent.js" defer>', `<script src="/dist/cookie-consent.js" ${attribute}>`);
      await route.fulfill({ response, body });
    });
    await page.goto(`${site.origin}/demo/index.html`);
    await expect(banner(page)).toBeVisible();
    expect(await page.locator('script[src="/dist/cookie-consent.js"]').evaluate((script, name) => script.hasAttribute(name), attribute)).toBe(true);
    const ours = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/'))
        .map((entry) => `${new URL(entry.name).pathname} ${(entry as PerformanceResourceTiming & { renderBlockingStatus: string }).renderBlockingStatus}`),
    );
    expect(ours).toContain('/dist/cookie-consent.js non-blocking');
    expect(ours.filter((line) => !line.endsWith(' non-blocking'))).toEqual([]);
  });
}
