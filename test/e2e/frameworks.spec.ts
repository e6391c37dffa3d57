// Issue 11: elements as frameworks drive them (properties, also before definition; Vue's way of rendering <template>).
import { banner, button, expect, test } from './fixtures.js';

const page = (body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
  <body><main id="app"></main><script type="module">${body}</script></body></html>`;

test('a gate whose category is a property set before the element is defined, filled the way Vue renders <template>', async ({ page: tab, site, thirdParty }) => {
  const errors: Error[] = [];
  tab.on('pageerror', (error) => errors.push(error));
  const thirdPartyRequests: string[] = [];
  tab.on('request', (request) => request.url().startsWith(thirdParty.origin) && thirdPartyRequests.push(request.url()));
  await tab.goto(
    site.page(
      page(`
      // The app starts the widget first (so <consent-gate> is defined), then renders as React 19 and Vue do: create
      // the element, set its property (before upgrade), fill the template element itself, insert.
      const { configure } = await import('/dist/index.js');
      const consent = configure({ categories: { necessary: {}, social: {} } });
      const gate = document.createElement('consent-gate');
      gate.category = 'social';
      const template = document.createElement('template');
      const list = document.createElement('ul');
      list.id = 'comments';
      list.innerHTML = '<li>Un commentaire</li>';
      const frame = document.createElement('iframe');
      frame.src = '${thirdParty.origin}/embed.html';
      template.append(list, frame);
      gate.append(template);
      document.getElementById('app').append(gate);
      window.__property = gate.category;
      window.__attribute = gate.getAttribute('category');
    `),
    ),
  );
  await expect(banner(tab)).toBeVisible();
  expect(await tab.evaluate(() => [(window as any).__property, (window as any).__attribute])).toEqual(['social', 'social']);
  // Nothing rendered nor loaded before consent: the template's children went into its inert content.
  await expect(tab.locator('#comments')).toHaveCount(0);
  expect(await tab.evaluate(() => document.querySelector('consent-gate template')!.childNodes.length)).toBe(0);
  await tab.waitForLoadState('networkidle');
  expect(thirdPartyRequests).toEqual([]);
  await button(tab, 'Tout accepter').click();
  await expect(tab.locator('#comments li')).toHaveText('Un commentaire');
  await expect.poll(() => thirdPartyRequests.some((url) => url.endsWith('/embed.html'))).toBe(true);
  expect(errors).toEqual([]);
});

test('changing a gate\'s category property re-checks it; <cookie-consent> and the floating button take properties', async ({ page: tab, site }) => {
  await tab.goto(
    site.page(
      page(`
      const { configure } = await import('/dist/index.js');
      const consent = configure({ categories: { necessary: {}, analytics: {}, social: {} }, floatingButton: true });
      document.getElementById('app').innerHTML = '<consent-gate category="analytics"><template><p id="gated">Contenu</p></template></consent-gate>';
      consent.update({ social: true });
    `),
    ),
  );
  await expect(tab.locator('consent-gate').getByRole('button', { name: /^Accepter/ })).toBeVisible();
  await expect(tab.locator('#gated')).toHaveCount(0);
  await tab.evaluate(() => ((document.querySelector('consent-gate') as any).category = 'social'));
  await expect(tab.locator('#gated')).toBeVisible();
  await tab.evaluate(() => ((document.querySelector('consent-gate') as any).category = 'analytics'));
  await expect(tab.locator('#gated')).toHaveCount(0);

  await tab.evaluate(() => window.cookieConsent!.showBanner());
  await expect(banner(tab)).toBeVisible();
  const layout = await tab.evaluate(() => {
    const element = document.querySelector('cookie-consent') as HTMLElement & { layout: string; theme: string };
    const before = element.layout;
    element.layout = 'box';
    element.theme = 'dark';
    return [before, element.getAttribute('layout'), element.getAttribute('theme')];
  });
  expect(layout).toEqual(['bar', 'box', 'dark']);
  await expect(tab.locator('cookie-consent')).toHaveAttribute('layout', 'box');
  await expect(tab.locator('cookie-consent-button')).toBeAttached();
  expect(await tab.evaluate(() => {
    const element = document.querySelector('cookie-consent-button') as HTMLElement & { side: string };
    element.side = 'end';
    return element.getAttribute('side');
  })).toBe('end');
});

test('the ESM entry: a <cookie-declaration> a single-page app adds after configure() lists the services, with no console error', async ({ page: tab, site }) => {
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await tab.goto(
    site.page(
      page(`
      const { configure } = await import('/dist/index.js');
      configure({ categories: { necessary: {}, social: { services: { youtube: { preset: 'youtube' } } } } });
      // A route rendered later, as a framework does.
      requestAnimationFrame(() => document.getElementById('app').append(document.createElement('cookie-declaration')));
    `),
    ),
  );
  await expect(tab.locator('cookie-declaration').getByText('YouTube').first()).toBeVisible();
  expect(problems).toEqual([]);
});
