import type { Page } from '@playwright/test';
import { banner, button, dialog, expect, test } from './fixtures.js';

const CONFIG = {
  categories: {
    necessary: { required: true },
    analytics: { cookies: ['/^tp_analytics/'] },
    social: { cookies: ['/^tp_social/', 'frame_social', 'page_social'] },
    ads: {},
  },
};

/** A page with gated scripts, embeds and a consent-gate, all pointing at the third-party origin. */
function gatedMarkup(tp: string): string {
  return `
    <script type="text/plain" data-category="social" data-src="${tp}/script/social_a.js?delay=200"></script>
    <script type="text/plain" data-category="social">(window.__ran = window.__ran || []).push('social_inline'); document.cookie = 'page_social=1; path=/';</script>
    <script type="text/plain" data-category="social" data-src="${tp}/script/social_b.js"></script>
    <script type="text/plain" data-category="analytics" data-src="${tp}/script/analytics.js"></script>
    <script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('analytics_inline');</script>
    <iframe id="tg" title="Telegram" data-category="social" data-src="${tp}/frame/social"></iframe>
    <img id="ad" alt="" data-category="ads" data-src="${tp}/img/ad.svg">
    <consent-gate category="social" id="gate">
      <template><div id="comments">Commentaires</div><script src="${tp}/script/comments.js"></script></template>
    </consent-gate>`;
}

const ran = (page: Page) => page.evaluate(() => ((window as any).__ran ?? []) as string[]);

test('nothing reaches the third party before a decision, nor after « Tout refuser »', async ({ page, thirdParty, open }) => {
  const before = thirdParty.requests.length;
  await open({ config: CONFIG, body: gatedMarkup(thirdParty.origin) });
  await page.waitForLoadState('networkidle');
  expect(thirdParty.requests.slice(before)).toEqual([]);
  await button(page, 'Tout refuser').click();
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(thirdParty.requests.slice(before)).toEqual([]);
  expect(await ran(page)).toEqual([]);
  expect(await page.locator('#comments').count()).toBe(0);
});

test('granting only social loads the social resources, in document order, and nothing else', async ({ page, thirdParty, open }) => {
  const before = thirdParty.requests.length;
  await open({ config: CONFIG, body: gatedMarkup(thirdParty.origin) });
  await button(page, 'Paramétrer vos choix').click();
  await page.getByRole('switch', { name: 'Réseaux sociaux' }).check();
  await button(page, 'Enregistrer mes choix').click();
  await expect.poll(() => ran(page)).toEqual(['social_a', 'social_inline', 'social_b', 'comments']);
  await expect(page.locator('#tg')).toHaveAttribute('src', `${thirdParty.origin}/frame/social`);
  await expect(page.locator('#comments')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const seen = thirdParty.requests.slice(before);
  expect(seen.sort()).toEqual(['/frame/social', '/script/comments.js', '/script/social_a.js', '/script/social_b.js']);
  expect(await page.locator('#ad').getAttribute('src')).toBeNull();
  // The real scripts kept their other attributes and replaced the gated ones.
  expect(await page.locator('script[type="text/plain"][data-category="social"]').count()).toBe(0);
  expect(await page.locator('script[type="text/plain"][data-category="analytics"]').count()).toBe(2);
});

test('a returning visitor who accepted gets everything without loading the UI', async ({ page, thirdParty, open }) => {
  await open({ config: CONFIG, body: gatedMarkup(thirdParty.origin) });
  await button(page, 'Tout accepter').click();
  await expect.poll(() => ran(page).then((r) => r.length)).toBe(6);
  await page.reload();
  await expect.poll(() => ran(page)).toEqual(['social_a', 'social_inline', 'social_b', 'analytics', 'analytics_inline', 'comments']);
  await expect(page.locator('#ad')).toHaveAttribute('src', `${thirdParty.origin}/img/ad.svg`);
  await expect(page.locator('#comments')).toBeVisible();
  expect(await page.evaluate(() => !!customElements.get('cookie-consent'))).toBe(false);
});

test('a returning visitor whose gating starts after parsing (defer) gets a gate\'s scripts after the gated scripts above it', async ({ page, thirdParty, open }) => {
  await open({ config: CONFIG, body: gatedMarkup(thirdParty.origin) });
  await button(page, 'Tout accepter').click();
  await expect.poll(() => ran(page).then((r) => r.length)).toBe(6);
  // Deferred, the drop-in runs once the page is parsed: the gate is there with the scripts at the start's one pass.
  await open({ config: CONFIG, body: gatedMarkup(thirdParty.origin), scriptAttributes: 'defer' });
  await expect.poll(() => ran(page)).toEqual(['social_a', 'social_inline', 'social_b', 'analytics', 'analytics_inline', 'comments']);
});

test('granted external scripts load in parallel and still run in order; a page\'s onload attribute is kept', async ({ page, thirdParty, open }) => {
  await open({
    config: CONFIG,
    body: `
      <script type="text/plain" data-category="social" data-src="${thirdParty.origin}/script/slow.js?delay=600"></script>
      <script type="text/plain" data-category="social" data-src="${thirdParty.origin}/script/fast.js" onload="window.__loaded = true"></script>
      <script type="text/plain" data-category="social">(window.__ran = window.__ran || []).push('inline');</script>`,
  });
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  await expect.poll(() => ran(page)).toEqual(['slow', 'fast', 'inline']);
  expect(await page.evaluate(() => (window as any).__loaded)).toBe(true);
  // The second was requested while the first was still loading (one after the other, it would start after 600 ms).
  const [slow, fast] = await page.evaluate(() =>
    ['slow.js', 'fast.js'].map((name) => performance.getEntriesByType('resource').find((entry) => entry.name.includes(name)) as PerformanceResourceTiming),
  );
  expect(fast.startTime).toBeLessThan(slow.responseEnd);
});

test('a gated script still waiting its turn when its category is withdrawn stays blocked; granted again, it runs', async ({ page, thirdParty, open }) => {
  await open({
    config: { ...CONFIG, reloadOnRevoke: false },
    body: `
      <script type="text/plain" data-category="social" data-src="${thirdParty.origin}/script/withdrawn.js?delay=2000"></script>
      <script type="text/plain" data-category="social">(window.__ran = window.__ran || []).push('inline');</script>`,
  });
  const before = thirdParty.requests.length; // the third party's request log is the worker's
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  // Withdrawn while withdrawn.js loads: it is in the page and runs (nothing can stop it), the inline script after it does not.
  await expect.poll(() => thirdParty.requests.slice(before).includes('/script/withdrawn.js'), { intervals: [20] }).toBe(true);
  await page.evaluate(() => window.cookieConsent!.rejectAll());
  await expect.poll(() => ran(page)).toEqual(['withdrawn']);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  expect(await ran(page)).toEqual(['withdrawn']);
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  await expect.poll(() => ran(page)).toEqual(['withdrawn', 'inline']);
});

test('a gated script still loading when its category is withdrawn runs, and its cookies are deleted once it has', async ({ page, context, thirdParty, open }) => {
  await open({
    config: { ...CONFIG, reloadOnRevoke: false },
    body: `<script type="text/plain" data-category="social" data-src="${thirdParty.origin}/script/social_late.js?delay=1500"></script>`,
  });
  const before = thirdParty.requests.length;
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  await expect.poll(() => thirdParty.requests.slice(before).includes('/script/social_late.js'), { intervals: [20] }).toBe(true);
  await page.evaluate(() => window.cookieConsent!.rejectAll());
  // It runs after the withdrawal (nothing can stop it) and sets tp_social_late, which the social category declares.
  await expect.poll(() => ran(page)).toEqual(['social_late']);
  await expect.poll(async () => (await context.cookies()).map((c) => c.name)).not.toContain('tp_social_late');
  expect((await context.cookies()).map((c) => c.name)).toContain('cookie_consent');
});

test('a script inserted before consent waits for it; one inserted after consent runs at once', async ({ page, thirdParty, open }) => {
  await open({ config: CONFIG });
  const insert = (name: string) =>
    page.evaluate(
      ([tp, n]) => {
        const s = document.createElement('script');
        s.type = 'text/plain';
        s.dataset.category = 'social';
        s.dataset.src = `${tp}/script/${n}.js`;
        document.body.append(s);
        const frame = document.createElement('iframe');
        frame.dataset.category = 'social';
        frame.dataset.src = `${tp}/frame/${n}`;
        frame.id = `frame_${n}`;
        document.body.append(frame);
      },
      [thirdParty.origin, name],
    );
  await insert('early');
  await page.waitForLoadState('networkidle');
  expect(await ran(page)).toEqual([]);
  expect(await page.locator('#frame_early').getAttribute('src')).toBeNull();
  await page.evaluate(() => window.cookieConsent!.update({ social: true }));
  await expect.poll(() => ran(page)).toEqual(['early']);
  await insert('late');
  await expect.poll(() => ran(page)).toEqual(['early', 'late']);
  await expect(page.locator('#frame_late')).toHaveAttribute('src', /\/frame\/late$/);
});

test('a granted consent-gate whose template arrives in two network chunks is stamped whole, once', async ({ page, open }) => {
  await open({ config: CONFIG });
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  // The parser reaches the template's first half, then waits 400 ms for the rest.
  await open({
    config: CONFIG,
    body: `<consent-gate category="social"><template><p id="first">1</p><!--pause--><p id="second">2</p>
      <script>(window.__late = window.__late || []).push(1)</script></template></consent-gate>`,
  });
  await expect(page.locator('#second')).toBeVisible();
  await expect(page.locator('#first')).toHaveCount(1);
  expect(await page.evaluate(() => (window as any).__late)).toEqual([1]);
});

test('consent-gate shows the French placeholder; its Accept button grants that category alone', async ({ page, thirdParty, open }) => {
  await open({ config: CONFIG, body: gatedMarkup(thirdParty.origin) });
  const gate = page.locator('#gate');
  await expect(gate.getByText(/laisser des commentaires.*« Réseaux sociaux »/)).toBeVisible();
  const accept = gate.getByRole('button', { name: /^Accepter/ });
  await expect(accept).toHaveAccessibleName('Accepter les cookies « Réseaux sociaux »');
  await accept.click();
  await expect(page.locator('#comments')).toBeVisible();
  await expect(gate.getByRole('button', { name: /^Accepter/ })).toBeHidden();
  await expect.poll(() => ran(page)).toContain('comments');
  expect(await page.evaluate(() => window.cookieConsent!.get())).toMatchObject({
    method: 'custom',
    categories: { social: true, analytics: false, ads: false },
  });
  await expect(banner(page)).toHaveCount(0);
});

test('the placeholder link opens the dialog; slot="placeholder" replaces the default; English wording', async ({ page, open }) => {
  await open({
    lang: 'en',
    body: `<consent-gate category="social" id="g1"><template><p>Video</p></template></consent-gate>
      <consent-gate category="analytics" id="g2"><template><p>Stats</p></template><p slot="placeholder">Custom placeholder</p></consent-gate>`,
  });
  await expect(page.locator('#g1').getByRole('button', { name: 'Accept “Social networks” cookies' })).toBeVisible();
  await expect(page.locator('#g2').getByText('Custom placeholder')).toBeVisible();
  await expect(page.locator('#g2').getByRole('button')).toHaveCount(0);
  await page.locator('#g1').getByRole('link', { name: 'Customize' }).click();
  await expect(dialog(page)).toBeVisible();
});

test('revoking deletes the category cookies, reloads once, and the category no longer runs', async ({ page, context, thirdParty, open }) => {
  await open({ config: CONFIG, body: gatedMarkup(thirdParty.origin) });
  await button(page, 'Tout accepter').click();
  await expect.poll(() => ran(page).then((r) => r.length)).toBe(6);
  // Cookies set by the third-party scripts, the third-party frame (same host) and the page itself.
  await expect.poll(async () => (await context.cookies()).map((c) => c.name).sort()).toEqual(
    expect.arrayContaining(['frame_social', 'page_social', 'tp_social_a', 'tp_social_b', 'tp_analytics', 'cookie_consent']),
  );
  await page.evaluate(() => (window as any).__beforeReload = true);
  await page.locator('#footer-link').click();
  await page.getByRole('switch', { name: 'Réseaux sociaux' }).uncheck();
  const reloaded = page.waitForEvent('load');
  await button(page, 'Enregistrer mes choix').click();
  await reloaded;
  expect(await page.evaluate(() => (window as any).__beforeReload)).toBeUndefined();
  const names = (await context.cookies()).map((c) => c.name);
  expect(names).not.toContain('tp_social_a');
  expect(names).not.toContain('page_social');
  expect(names).not.toContain('frame_social');
  expect(names).toContain('tp_analytics');
  await expect.poll(() => ran(page)).toEqual(['analytics', 'analytics_inline']);
  await page.waitForLoadState('networkidle');
  expect(await ran(page)).toEqual(['analytics', 'analytics_inline']);
  await expect(page.locator('#comments')).toHaveCount(0);
  await expect(page.locator('#gate').getByRole('button', { name: /^Accepter/ })).toBeVisible();
});

test('with reloadOnRevoke false, revocation unloads embeds and gate content in place', async ({ page, thirdParty, open }) => {
  await open({ config: { ...CONFIG, reloadOnRevoke: false }, body: gatedMarkup(thirdParty.origin) });
  await button(page, 'Tout accepter').click();
  await expect(page.locator('#comments')).toBeVisible();
  await expect.poll(() => ran(page)).toContain('comments');
  await page.evaluate(() => ((window as any).__marker = 1));
  const changes = page.evaluate(
    () => new Promise((resolve) => document.addEventListener('cookie-consent:change', (e) => resolve((e as CustomEvent).detail), { once: true })),
  );
  await page.evaluate(() => window.cookieConsent!.update({ social: false, ads: false }));
  expect(await changes).toMatchObject({ changed: ['social', 'ads'], revoked: ['social', 'ads'], granted: [] });
  await expect(page.locator('#tg')).toHaveAttribute('src', 'about:blank');
  expect(await page.locator('#ad').getAttribute('src')).toBeNull();
  await expect(page.locator('#comments')).toHaveCount(0);
  await expect(page.locator('#gate').getByRole('button', { name: /^Accepter/ })).toBeVisible();
  expect(await page.evaluate(() => (window as any).__marker)).toBe(1);
  // Granting again restores the embeds; the scripts that ran do not run twice.
  await page.evaluate(() => window.cookieConsent!.update({ social: true }));
  await expect(page.locator('#comments')).toBeVisible();
  await expect(page.locator('#tg')).toHaveAttribute('src', /\/frame\/social$/);
  expect((await ran(page)).filter((n) => n === 'comments')).toHaveLength(1);
});

test('two tabs stay in step without a reload', async ({ context, site, thirdParty }) => {
  const { pageHtml } = await import('./fixtures.js');
  const url = site.page(pageHtml({ config: CONFIG, body: gatedMarkup(thirdParty.origin) }));
  const [first, second] = [await context.newPage(), await context.newPage()];
  await first.goto(url);
  await second.goto(url);
  await expect(banner(first)).toBeVisible();
  await expect(banner(second)).toBeVisible();
  await second.evaluate(() => ((window as any).__marker = 1));
  await button(first, 'Tout accepter').click();
  await expect(banner(second)).toHaveCount(0, { timeout: 1000 });
  await expect(second.locator('#comments')).toBeVisible({ timeout: 1000 });
  expect(await second.evaluate(() => window.cookieConsent!.get().method)).toBe('accept-all');
  expect(await second.evaluate(() => (window as any).__marker)).toBe(1);
  // Revoking in the second tab reaches the first one (which reloads, as social scripts ran there: wait until they
  // have, social_a.js arrives 200 ms late and the others run after it, in order).
  await expect.poll(() => ran(first)).toEqual(expect.arrayContaining(['social_a', 'social_inline', 'social_b', 'comments']));
  const reloaded = first.waitForEvent('load');
  await second.evaluate(() => window.cookieConsent!.update({ social: false }));
  await reloaded;
  expect(await first.evaluate(() => window.cookieConsent!.isGranted('social'))).toBe(false);
});

test('bad markup stays blocked with a clear message', async ({ page, thirdParty, open }) => {
  const before = thirdParty.requests.length;
  const opened = await open({
    config: CONFIG,
    body: `
      <script type="text/plain" data-category="social" data-src="javascript:window.__bad=1"></script>
      <script type="text/plain" data-category="social" data-src="data:text/javascript,window.__bad=2"></script>
      <script type="text/plain" data-category="social"></script>
      <iframe id="bad-frame" title="x" data-category="social" data-src="javascript:parent.__bad=3"></iframe>
      <script type="text/plain" data-category="videos" data-src="${thirdParty.origin}/script/unknown.js"></script>
      <iframe id="unknown-frame" title="y" data-category="videos" data-src="${thirdParty.origin}/frame/unknown"></iframe>`,
  });
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as any).__bad)).toBeUndefined();
  expect(await page.locator('#bad-frame').getAttribute('src')).toBeNull();
  expect(await page.locator('#unknown-frame').getAttribute('src')).toBeNull();
  expect(thirdParty.requests.slice(before)).toEqual([]);
  expect(opened.consoleErrors.filter((m) => m.includes('data-src'))).toHaveLength(4);
  expect(opened.consoleWarnings.filter((m) => m.includes('"videos"')).length).toBeGreaterThanOrEqual(2);
  expect(opened.errors).toEqual([]);
});

test('data-type="module" and the nonce carry over, under a nonce-based CSP', async ({ page, thirdParty, open }) => {
  const opened = await open({
    config: CONFIG,
    headers: { 'content-security-policy': `script-src 'self' 'nonce-r4nd0m' ${thirdParty.origin}` },
    body: `
      <script type="text/plain" data-category="analytics" data-type="module" data-src="${thirdParty.origin}/module/mod.js"></script>
      <script type="text/plain" data-category="analytics" nonce="r4nd0m" id="with-nonce">(window.__ran = window.__ran || []).push('nonced_inline');</script>`,
  });
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  await expect.poll(() => ran(page).then((r) => r.sort())).toEqual(['mod', 'nonced_inline']);
  expect(await page.locator('script[src$="/module/mod.js"]').getAttribute('type')).toBe('module');
  expect(await page.locator('#with-nonce').evaluate((s) => (s as HTMLScriptElement).nonce)).toBe('r4nd0m');
  expect(opened.errors).toEqual([]);
});

/**
 * A page that records, from its first line, when the banner's element is inserted and when each gate asks for its
 * placeholder, and that builds a gate the way React does (a template filled as an element, then put in the gate) as
 * soon as the widget announces `cookie-consent:ready`: before the gates have started on a first visit.
 */
const orderProbe = (tp: string) => `<script>
  window.__order = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.localName === 'cookie-consent') __order.push('banner');
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('cookie-consent:placeholder', (e) => __order.push('placeholder:' + e.target.id));
  document.addEventListener('cookie-consent:ready', () => {
    const gate = document.createElement('consent-gate');
    gate.id = 'built';
    gate.setAttribute('category', 'social');
    const template = document.createElement('template');
    const frame = document.createElement('iframe');
    frame.id = 'built-frame';
    frame.src = '${tp}/frame/built';
    template.appendChild(frame);
    gate.appendChild(template);
    document.querySelector('main').append(gate);
  });
</script>`;

test('first visit: the banner comes before the gates start, and nothing gated runs or loads meanwhile', async ({ page, thirdParty, open }) => {
  const before = thirdParty.requests.length;
  await open({
    config: CONFIG,
    beforeScript: orderProbe(thirdParty.origin),
    body: `${gatedMarkup(thirdParty.origin)}
      <script type="text/plain" data-category="necessary">(window.__ran = window.__ran || []).push('necessary_inline');</script>`,
  });
  await expect(banner(page)).toBeVisible();
  // The required category's gated script still runs without a decision, once the gates start.
  await expect.poll(() => ran(page)).toEqual(['necessary_inline']);
  const order = () => page.evaluate(() => (window as any).__order as string[]);
  await expect.poll(() => order().then((o) => o.length)).toBe(3);
  expect((await order())[0]).toBe('banner');
  await page.waitForLoadState('networkidle');
  expect(thirdParty.requests.slice(before)).toEqual([]);
  expect(await page.locator('#built-frame').count()).toBe(0);
  await button(page, 'Tout accepter').click();
  await expect(page.locator('#built-frame')).toHaveCount(1);
  await expect.poll(() => ran(page).then((r) => r.length)).toBe(7);
  await expect.poll(() => thirdParty.requests.slice(before)).toContain('/frame/built');
});

test('returning visitor: the gates start at once, with no banner to wait for', async ({ page, thirdParty, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Tout refuser').click();
  await open({ config: CONFIG, beforeScript: orderProbe(thirdParty.origin), body: gatedMarkup(thirdParty.origin) });
  await expect(page.locator('#gate').getByRole('button', { name: /^Accepter/ })).toBeVisible();
  await expect(page.locator('#built').getByRole('button', { name: /^Accepter/ })).toBeVisible();
  expect(await page.evaluate(() => ((window as any).__order as string[]).sort())).toEqual(['placeholder:built', 'placeholder:gate']);
  expect(await ran(page)).toEqual([]);
});

test('a decision the page records before the gates start (at cookie-consent:ready) is applied when they start', async ({ page, thirdParty, open }) => {
  await open({
    config: CONFIG,
    beforeScript: `<script>document.addEventListener('cookie-consent:ready', () => cookieConsent.update({ social: true }));</script>`,
    body: gatedMarkup(thirdParty.origin),
  });
  await expect.poll(() => ran(page)).toEqual(['social_a', 'social_inline', 'social_b', 'comments']);
  await expect(page.locator('#tg')).toHaveAttribute('src', `${thirdParty.origin}/frame/social`);
  await expect(banner(page)).toHaveCount(0);
});
