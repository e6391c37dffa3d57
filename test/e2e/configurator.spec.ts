// Issue 24: the configurator page (dist/configurator/), built from scratch and from imports, checked by the widget's
// own checker, its output pasted into a blank page; accessible, and it fetches nothing from another origin.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { banner, button, expect, test } from './fixtures.js';

const FIXTURES = new URL('../fixtures/migrate/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** Opens the configurator in English and records every request and console error. */
async function openConfigurator(page: Page, origin: string) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'en-GB' }));
  await page.goto(`${origin}/dist/configurator/index.html`);
  await expect(page.getByRole('heading', { name: 'bandeau configurator', level: 1 })).toBeVisible();
  await expect(page.locator('.verdict')).toContainText('accepts this config');
  return { requests, errors };
}

const preview = (page: Page) => page.frameLocator('#preview-frame').locator('cookie-consent');
const outputText = (page: Page) => page.getByLabel('Tags to paste').inputValue();
/** The config in the output tags. */
async function outputConfig(page: Page): Promise<any> {
  const text = await outputText(page);
  return JSON.parse(/<script type="application\/json" id="cookie-consent-config">\n([^]*)\n<\/script>/.exec(text)![1]);
}

/** What a visitor sees of the first layer: its words and buttons, where it sits, its theme. */
const bannerView = (element: Locator) =>
  element.evaluate((el: any) => ({
    layout: el.layout,
    theme: el.getAttribute('theme'),
    words: (el.innerText as string).replace(/\s+/g, ' ').trim(),
    buttons: [...el.querySelectorAll('button')].map((b: HTMLElement) => b.textContent!.trim()),
    privacy: el.querySelector('a.cc-link')?.getAttribute('href') ?? null,
  }));

async function importText(page: Page, text: string) {
  const section = page.locator('section.import');
  if (!(await section.locator('details').evaluate((d: HTMLDetailsElement) => d.open))) await section.getByText('Import', { exact: true }).click();
  await page.getByLabel('Text to import').fill(text);
  await page.getByRole('button', { name: 'Import the text' }).click();
}

test('a config built from scratch, with services, shows the same banner pasted into a blank page as in the preview', async ({ page, site }) => {
  test.slow();
  const { errors } = await openConfigurator(page, site.origin);
  await page.getByLabel('Privacy policy URL', { exact: true }).fill('/confidentialite');
  await page.getByLabel('Card in a corner').check();
  await page.getByLabel('Dark', { exact: true }).check();
  await page.getByLabel('« Continuer sans accepter » link (records a refusal)').check();
  // A ready-made service, found by its company's name, in "social".
  const social = page.locator('li.category[data-category="social"]');
  await social.getByLabel('Find a ready-made service (name or company)').fill('vimeo');
  await social.getByRole('button', { name: /^Add Vimeo/ }).click();
  await social.getByLabel('Find a ready-made service (name or company)').fill('Meta Platforms');
  await social.getByRole('button', { name: 'Add Instagram (Meta Platforms Ireland Limited)' }).click();
  // A custom category with a title in both languages, and a custom service with one cookie.
  await page.getByLabel('New category id').fill('comments');
  await page.getByRole('button', { name: 'Add a category' }).click();
  const comments = page.locator('li.category[data-category="comments"]');
  await comments.getByRole('group', { name: 'Title' }).getByLabel('French (fr)').fill('Commentaires');
  await comments.getByRole('group', { name: 'Title' }).getByLabel('English (en)').fill('Comments');
  await comments.getByLabel('New service id').fill('talk');
  await comments.getByRole('button', { name: 'Add a custom service' }).click();
  const talk = comments.locator('li.service[data-service="talk"]');
  await talk.getByLabel('Company that receives the data').fill('Talk SAS');
  await talk.getByRole('button', { name: /^Add a cookie to/ }).click();
  await talk.getByLabel('Name', { exact: true }).fill('talk_uid');
  await talk.getByRole('group', { name: 'Duration' }).getByLabel('French (fr)').fill('1 an');
  await talk.getByRole('group', { name: 'Purpose' }).getByLabel('French (fr)').fill('Identifie l’auteur');
  await expect(page.locator('.verdict')).toContainText('accepts this config');

  const config = await outputConfig(page);
  expect(config).toMatchObject({
    privacyPolicyUrl: '/confidentialite',
    layout: 'box',
    theme: 'dark',
    continueWithoutAccepting: true,
    categories: {
      necessary: { required: true },
      social: { services: { vimeo: { preset: 'vimeo' }, instagram: { preset: 'instagram' } } },
      comments: {
        title: { fr: 'Commentaires', en: 'Comments' },
        services: { talk: { provider: 'Talk SAS', cookies: [{ name: 'talk_uid', duration: { fr: '1 an' }, purpose: { fr: 'Identifie l’auteur' } }] } },
      },
    },
  });

  // The preview shows this config (French page), from no stored choice.
  await expect(preview(page)).toHaveAttribute('layout', 'box');
  await expect(preview(page).locator('.cc-purposes')).toContainText('Commentaires');
  const shown = await bannerView(preview(page));
  // A choice made in the preview is forgotten at the next change: the banner is back.
  await preview(page).getByRole('button', { name: 'Tout accepter' }).click();
  await expect(preview(page).locator('[part~="banner"]')).toBeHidden();
  await page.getByLabel('Bar at the bottom').check();
  await expect(preview(page)).toHaveAttribute('layout', 'bar');
  await expect(preview(page).locator('[part~="banner"]')).toBeVisible();
  await page.getByLabel('Card in a corner').check();
  await expect(preview(page)).toHaveAttribute('layout', 'box');

  // The output pasted into a blank page with dist/.
  const tags = (await outputText(page)).replace('/dist/cookie-consent.js', `${site.origin}/dist/cookie-consent.js`);
  const blank = await page.context().newPage();
  const blankErrors: string[] = [];
  blank.on('console', (message) => ['error', 'warning'].includes(message.type()) && blankErrors.push(message.text()));
  await blank.goto(site.page(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blank</title>${tags}</head><body><main><h1>Blank</h1></main></body></html>`));
  await expect(banner(blank)).toBeVisible();
  expect(await bannerView(blank.locator('cookie-consent'))).toEqual(shown);
  // The dialog lists the same services, without any message from the widget's checks.
  await button(blank, 'Paramétrer vos choix').click();
  await expect(blank.locator('cookie-consent').locator('dialog')).toContainText('Vimeo');
  await expect(blank.locator('cookie-consent').locator('dialog')).toContainText('Instagram');
  await expect(blank.locator('cookie-consent').locator('dialog')).toContainText('Talk SAS');
  expect(blankErrors).toEqual([]);
  expect(errors).toEqual([]);
});

test('the tags are copied with one button, and the config downloads as a JSON file', async ({ page, site, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await openConfigurator(page, site.origin);
  await page.getByLabel('Privacy policy URL', { exact: true }).fill('/vie-privee');
  await expect.poll(async () => (await outputConfig(page)).privacyPolicyUrl).toBe('/vie-privee');
  await page.getByRole('button', { name: 'Copy the tags' }).click();
  await expect(page.locator('.copy-status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await outputText(page));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the config (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe('cookie-consent-config.json');
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(await outputConfig(page));
});

test('a config error is shown next to its field, in words, and left out of the output', async ({ page, site }) => {
  await openConfigurator(page, site.origin);
  const field = page.getByLabel('Privacy policy URL', { exact: true });
  await field.fill('javascript:alert(1)');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/expected an http\(s\) or relative URL, got "javascript:alert\(1\)"/);
  const message = page.locator(`#${await field.getAttribute('aria-describedby').then((ids) => ids!.split(' ').pop())}`);
  await expect(message).toBeVisible();
  await expect(page.locator('.verdict')).toContainText('1 problem(s)');
  expect(await outputConfig(page)).not.toHaveProperty('privacyPolicyUrl');
  // A service cookie without its duration: the services reader's words, beside the duration.
  const social = page.locator('li.category[data-category="social"]');
  await social.getByLabel('New service id').fill('chat');
  await social.getByRole('button', { name: 'Add a custom service' }).click();
  await social.getByRole('button', { name: /^Add a cookie to/ }).click();
  await social.getByLabel('Name', { exact: true }).fill('chat_id');
  await expect(social.getByRole('group', { name: 'Duration' })).toHaveAccessibleDescription(/expected a text such as "13 mois"/);
  await field.fill('/privacy');
  await expect(field).not.toHaveAttribute('aria-invalid');
  const config = await outputConfig(page);
  expect(config.privacyPolicyUrl).toBe('/privacy');
  expect(config.categories.social.services.chat.cookies ?? []).toEqual([]);
});

test('imports a bandeau-audit report: observed services become services, unknown cookies are listed', async ({ page, site }) => {
  await openConfigurator(page, site.origin);
  // The real report, and one cookie made unknown to the site and to the database, to be listed.
  const report = JSON.parse(fixture('audit-report.json'));
  const accepted = report.phases.find((phase: any) => phase.id === 'after-acceptance');
  const like = accepted.cookies.find((c: any) => c.name === 'comments_uid');
  accepted.cookies.push({ ...like, name: 'mystery_id', declared: null });
  // And the consent cookie of a banner being replaced, as the audit names it.
  const klaro = { platform: 'Klaro', category: 'necessary', purpose: 'Stores the consent choices.', retention: '', controller: '', privacyUrl: '', matched: 'klaro', banner: 'Klaro', source: 'https://klaro.org/docs' };
  accepted.cookies.push({ ...like, name: 'klaro', declared: null, known: klaro, necessary: true });
  await importText(page, JSON.stringify(report));
  await expect(page.locator('.import-result')).toContainText('Read as a bandeau-audit report');
  await expect(page.locator('.import-result .notes')).toContainText('cookie mystery_id: seen by the audit but known to no service');
  await expect(page.locator('.import-result .notes')).toContainText("cookie klaro: another banner's own consent key");
  const config = await outputConfig(page);
  expect(config.privacyPolicyUrl).toBe('/demo/confidentialite.html');
  expect(config.categories.analytics.services['google-analytics']).toEqual({ preset: 'google-analytics' });
  expect(config.categories.social.cookies).toEqual(['tg_session', 'comments_uid']);
  // The owner places the unknown cookie in a category.
  await page.getByLabel('Category for mystery_id').selectOption('analytics');
  await page.getByRole('button', { name: 'Place mystery_id' }).click();
  await expect(page.locator('.import-result .notes')).toContainText('placed in analytics');
  expect((await outputConfig(page)).categories.analytics.cookies).toEqual(['mystery_id']);
  await expect(preview(page).locator('.cc-purposes')).toContainText('Mesure d');
});

test('imports an existing bandeau config (its two tags) to edit it', async ({ page, site }) => {
  await openConfigurator(page, site.origin);
  const tags = `<script type="application/json" id="cookie-consent-config">
{ "revision": 3, "privacyPolicyUrl": "/confidentialite", "layout": "modal", "unknownKey": true,
  "categories": { "necessary": { "required": true }, "videos": { "title": { "fr": "Vidéos", "it": "Video" }, "services": { "yt": { "preset": "youtube" } } } } }
</script>
<script src="/dist/cookie-consent.js"></script>`;
  await importText(page, tags);
  await expect(page.locator('.import-result')).toContainText('Read as a bandeau config');
  await expect(page.getByLabel('Privacy policy URL', { exact: true })).toHaveValue('/confidentialite');
  await expect(page.getByLabel('Revision')).toHaveValue('3');
  await expect(page.getByLabel('Centred over the dimmed page')).toBeChecked();
  const videos = page.locator('li.category[data-category="videos"]');
  await expect(videos.getByRole('group', { name: 'Title' }).getByLabel('Italian (it)')).toHaveValue('Video');
  await expect(videos.locator('li.service[data-service="yt"]')).toContainText('YouTube');
  // Its unknown key is named beside nothing, in the output's list, and left out of the tags.
  await expect(page.locator('section.output .problems')).toContainText('config: unknown key "unknownKey" ignored.');
  await videos.getByRole('group', { name: 'Title' }).getByLabel('French (fr)').fill('Vidéos et podcasts');
  const config = await outputConfig(page);
  expect(config).not.toHaveProperty('unknownKey');
  expect(config.categories.videos).toEqual({ title: { fr: 'Vidéos et podcasts', it: 'Video' }, services: { yt: { preset: 'youtube' } } });
  await expect(preview(page).locator('.cc-purposes')).toContainText('Vidéos et podcasts');
});

test('imports a vanilla-cookieconsent v3 config from its documentation (a file)', async ({ page, site }) => {
  await openConfigurator(page, site.origin);
  await page.locator('section.import summary').click();
  await page.getByLabel('Or a file').setInputFiles({ name: 'cookieconsent-config.js', mimeType: 'text/javascript', buffer: Buffer.from(fixture('vanilla-cookieconsent.js')) });
  await expect(page.locator('.import-result')).toContainText('Read as a vanilla-cookieconsent config');
  await expect(page.locator('.import-result .notes')).toContainText('onConsent: code (a function or a computed value) is never run');
  const config = await outputConfig(page);
  expect(config).toMatchObject({
    language: 'en',
    categories: {
      necessary: { required: true, title: { en: 'Strictly Necessary cookies' } },
      analytics: { cookies: ['/^_ga/', '_gid'], title: { en: 'Performance and Analytics' } },
    },
    texts: { en: { bannerTitle: 'We use cookies', acceptAll: 'Accept all', rejectAll: 'Reject all', customize: 'Manage Individual preferences' } },
  });
  await expect(preview(page).locator('h2')).toHaveText('We use cookies');
  await expect(preview(page).getByRole('button', { name: 'Manage Individual preferences' })).toBeVisible();
});

test('imports a Klaro config from its documentation', async ({ page, site }) => {
  await openConfigurator(page, site.origin);
  await importText(page, fixture('klaro.js'));
  await expect(page.locator('.import-result')).toContainText('Read as a Klaro config');
  await expect(page.locator('.import-result .notes')).toContainText('services[2].callback: code');
  await expect(page.locator('.import-result .notes')).toContainText('(mouseflow): no preset for this service');
  const config = await outputConfig(page);
  expect(config).toMatchObject({
    privacyPolicyUrl: '/#privacy',
    cookie: { name: 'klaro', lifetimeDays: 365 },
    categories: {
      analytics: { services: { matomo: { preset: 'matomo' }, mouseflow: { label: 'Mouseflow' } }, cookies: ['/^_pk_.*$/', 'piwik_ignore', 'inline-tracker', 'external-tracker'] },
      ads: { services: { youtube: { preset: 'youtube' }, 'google-adsense': { preset: 'google-adsense' } } },
      necessary: { required: true, services: { cloudflare: { label: 'Cloudflare' } } },
    },
  });
  // Its German texts come with it: the editing languages follow.
  await expect(page.getByRole('group', { name: 'Languages you write texts in' }).getByLabel('German (de)')).toBeChecked();
});

test('imports a tarteaucitron.js setup from its documentation', async ({ page, site }) => {
  await openConfigurator(page, site.origin);
  await importText(page, fixture('tarteaucitron.html'));
  await expect(page.locator('.import-result')).toContainText('Read as a tarteaucitron.js setup');
  await expect(page.locator('.import-result .notes')).toContainText("tarteaucitron.user.gtagUa: the service's own setting");
  expect(await outputConfig(page)).toMatchObject({
    layout: 'modal',
    floatingButton: true,
    cookie: { name: 'tarteaucitron' },
    categories: { analytics: { services: { 'google-analytics': { preset: 'google-analytics' } } }, social: { services: { youtube: { preset: 'youtube' } } } },
  });
  await expect(preview(page)).toHaveAttribute('layout', 'modal');
});

/**
 * axe-core's WCAG 2.2 AA violations on the configurator's own page. The preview's frame is left out: it is the widget
 * itself, whose banner and dialog accessibility.spec.ts checks with axe on real pages, and whose fade-in, replayed at
 * every preview reload, made colour contrast here depend on when axe happened to read it on a busy machine.
 */
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).exclude('#preview-frame').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** The configurator holding Klaro's example config: a long form, with services, notes and the preview's banner. */
async function withKlaro(page: Page, origin: string) {
  const opened = await openConfigurator(page, origin);
  await importText(page, fixture('klaro.js'));
  await expect(page.locator('.import-result')).toContainText('Read as a Klaro config');
  await expect(preview(page).locator('.cc-purposes')).toBeVisible();
  return opened;
}

test('axe finds no WCAG 2.2 AA violation on the filled-in page', async ({ page, site }) => {
  test.slow(); // axe-core walks a long form and the preview: slow on a loaded 2-core machine.
  await withKlaro(page, site.origin);
  expect(await axe(page)).toEqual([]);
});

test('at 360 px wide, in French, with the phone-width preview: nothing overflows and axe finds no violation', async ({ page, site }) => {
  test.slow();
  await withKlaro(page, site.origin);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configurateur bandeau');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByLabel('Largeur de téléphone (360 px)').check();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await axe(page)).toEqual([]);
});

test('nothing is fetched from another origin; a ready-made service is added with the keyboard alone', async ({ page, site }) => {
  const { requests, errors } = await withKlaro(page, site.origin);
  const search = page.locator('li.category[data-category="ads"]').getByLabel('Find a ready-made service (name or company)');
  await search.focus();
  await page.keyboard.type('dailymotion');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/Add Dailymotion/);
  await page.keyboard.press('Enter');
  await expect(page.locator('li.service[data-service="dailymotion"]')).toBeVisible();
  await expect(preview(page).locator('.cc-purposes')).toBeVisible();
  const origins = new Set(requests.map((url) => new URL(url).origin));
  expect([...origins].filter((origin) => origin !== site.origin && origin !== 'null')).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(`${site.origin}/dist/`) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the demo links to the configurator', async ({ page, site }) => {
  await page.goto(`${site.origin}/demo/index.html`);
  await button(page, 'Tout refuser').click();
  await page.getByRole('navigation', { name: 'Autres démonstrations' }).getByRole('link', { name: 'Configurateur' }).click();
  await expect(page).toHaveURL(/\/dist\/configurator\/index\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

// Regimes (issue 21): offered and tested once the widget's config checker reads the key.
const WIDGET_READS_REGIMES = /TOP_KEYS = '[^']*\bregimes\b/.test(readFileSync(new URL('../../packages/consent-catalog/src/config/schema.ts', import.meta.url), 'utf8'));

test('regimes: a region rule built in the form shows the same notice in the preview and pasted into a blank page of that region', async ({ page, site }) => {
  test.skip(!WIDGET_READS_REGIMES, 'the widget does not read regimes yet');
  await openConfigurator(page, site.origin);
  await page.getByLabel('Apply rules by region (regimes)').check();
  await page.getByRole('button', { name: 'Add a region' }).click();
  await page.getByLabel('Regime for JP').selectOption('notice');
  await page.getByRole('group', { name: /Sale or sharing/ }).getByLabel('ads').check();
  expect((await outputConfig(page)).regimes).toEqual({ regions: { JP: 'notice' }, saleShare: ['ads'] });
  const region = page.getByLabel('Visitor’s region in the preview (e.g. FR, GB, US-CA)');
  await region.fill('JP');
  await region.press('Enter');
  // The notice takes the banner's place: its frame, and its words (the element's light-DOM children).
  const notice = (root: { locator: Page['locator'] }) => root.locator('cookie-consent').locator('[part="regime-notice"]');
  const words = (root: { locator: Page['locator'] }) => root.locator('cookie-consent').textContent();
  await expect(notice(page.frameLocator('#preview-frame'))).toBeVisible();
  const shown = await words(page.frameLocator('#preview-frame'));
  const tags = (await outputText(page)).replace('/dist/cookie-consent.js', `${site.origin}/dist/cookie-consent.js`);
  const blank = await page.context().newPage();
  await blank.goto(site.page(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="consent-region" content="JP"><title>Blank</title>${tags}</head><body><main><h1>Blank</h1></main></body></html>`));
  await expect(notice(blank)).toBeVisible();
  expect(await words(blank)).toBe(shown);
  // A field only the running widget checks (an endpoint on another origin) is shown and left out of the tags.
  await page.getByLabel('Region endpoint (same origin, answers { "region": "US-CA" })').fill('https://geo.example/region');
  await expect(page.locator('.verdict')).toContainText('1 problem(s)');
  await expect.poll(async () => (await outputConfig(page)).regimes.endpoint).toBeUndefined();
});

// Variants (issue 23): offered once the widget's config checker reads the key.
const WIDGET_READS_VARIANTS = /TOP_KEYS = '[^']*\bvariants\b/.test(readFileSync(new URL('../../packages/consent-catalog/src/config/schema.ts', import.meta.url), 'utf8'));

test('variants: built in the form, checked by the widget\'s checker, a refused one left out of the tags', async ({ page, site }) => {
  test.skip(!WIDGET_READS_VARIANTS, 'the widget does not read variants yet');
  await openConfigurator(page, site.origin);
  const add = page.getByRole('button', { name: 'Add a variant' });
  await add.click();
  await add.click();
  await page.getByLabel('Layout of variant b').selectOption('box');
  await page.getByLabel('Banner title of variant b (French (fr))').fill('Vos choix en bref');
  await expect.poll(async () => (await outputConfig(page)).variants).toEqual([
    { id: 'a', weight: 1 },
    { id: 'b', weight: 1, layout: 'box', texts: { fr: { bannerTitle: 'Vos choix en bref' } } },
  ]);
  await page.getByLabel('Weight of variant b (default 1)').fill('-1');
  await expect(page.locator('.verdict')).toContainText('1 problem(s)');
  await expect(page.getByText('config.variants[1].weight: expected a positive number, got -1; variant dropped.')).toBeVisible();
  await expect.poll(async () => (await outputConfig(page)).variants).toEqual([{ id: 'a', weight: 1 }]);
  // The consent log's impressions: offered once there is an endpoint, off by default.
  await page.getByLabel('Consent log endpoint (receives a JSON receipt of every decision)').fill('/consent-log');
  const impressions = page.getByLabel(/Also count each banner shown/);
  await expect(impressions).not.toBeChecked();
  await impressions.check();
  await expect.poll(async () => (await outputConfig(page)).consentLog).toEqual({ endpoint: '/consent-log', impressions: true });
});

test('every control of the page is reached with the Tab key', async ({ page, site }) => {
  await openConfigurator(page, site.origin);
  await page.getByRole('heading', { level: 1 }).click();
  // Tab through the whole page, into the preview's frame (the widget's own controls, tested elsewhere) and out again.
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const done = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return false;
      if (active.dataset.reached) return active.tagName !== 'IFRAME';
      active.dataset.reached = '1';
      return false;
    });
    if (done) break;
  }
  const missed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], summary')]
      .filter((el) => el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && !el.dataset.reached && !el.closest('.skip'))
      // A group of radio buttons is one Tab stop (the arrow keys move within it).
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && document.querySelector(`input[type=radio][name="${el.name}"]:checked`)))
      .map((el) => el.id || el.textContent?.trim() || el.outerHTML.slice(0, 60)),
  );
  expect(missed).toEqual([]);
});
