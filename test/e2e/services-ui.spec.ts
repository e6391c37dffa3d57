// Issue 12 (UI): services in the dialog (disclosures, partial state), the first layer's list of companies, a
// service's placeholder, <cookie-declaration>, and their accessibility.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { banner, button, dialog, expect, test } from './fixtures.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const CONFIG = {
  privacyPolicyUrl: '/confidentialite',
  reloadOnRevoke: false,
  categories: {
    necessary: { services: { session: { label: 'Session', provider: 'Le site', cookies: [{ name: 'sid', duration: 'session', purpose: 'Session' }] } } },
    analytics: { services: { 'google-analytics': { preset: 'google-analytics' } } },
    social: {
      services: {
        youtube: {
          label: 'YouTube',
          provider: 'Google Ireland Limited',
          privacyPolicyUrl: 'https://policies.google.com/privacy',
          cookies: [
            { name: 'VISITOR_INFO1_LIVE', duration: '6 mois', purpose: 'Préférences du lecteur' },
            { name: 'yt-remote-', prefix: true, type: 'localStorage', duration: 'persistant', purpose: 'Lecteur' },
          ],
        },
        telegram: { preset: 'telegram' },
      },
    },
    ads: { cookies: ['ads_id'] },
  },
};

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const row = (page: Page, id: string) => dialog(page).locator(`[data-category="${id}"]`);
const serviceRow = (page: Page, id: string) => dialog(page).locator(`[data-service="${id}"]`);

test('dialog: services behind a closed disclosure, each with its switch, provider, link and cookies; partial state', async ({ page, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Paramétrer vos choix').click();
  await expect(dialog(page)).toBeVisible();
  const social = row(page, 'social');
  const disclosure = social.getByRole('button', { name: '2 services' });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await expect(serviceRow(page, 'youtube')).toBeHidden();
  await expect(row(page, 'analytics').getByRole('button', { name: '1 service' })).toBeVisible();
  await disclosure.click();
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  const youtube = serviceRow(page, 'youtube');
  await expect(youtube).toBeVisible();
  await expect(youtube).toHaveAttribute('data-state', 'denied');
  await expect(youtube).toContainText('Société : Google Ireland Limited');
  await expect(youtube.getByRole('link', { name: 'Politique de confidentialité de YouTube' })).toHaveAttribute('href', 'https://policies.google.com/privacy');
  const table = youtube.getByRole('table', { name: 'Cookies et traceurs de YouTube' });
  await expect(table.getByRole('columnheader')).toHaveText(['Nom', 'Durée', 'Finalité']);
  await expect(table.getByRole('row').nth(2)).toContainText('yt-remote-*');
  await expect(table.getByRole('row').nth(2)).toContainText('stockage local');
  // The preset's texts, in French.
  await expect(serviceRow(page, 'telegram')).toContainText('Telegram Messenger Inc.');
  await expect(serviceRow(page, 'telegram').getByRole('table')).toContainText('stel_ssid');

  // One service of two: the category is partial, shown and announced.
  await page.getByRole('switch', { name: 'YouTube' }).check();
  await expect(social).toHaveAttribute('data-state', 'partial');
  await expect(youtube).toHaveAttribute('data-state', 'granted');
  const categorySwitch = page.getByRole('switch', { name: 'Réseaux sociaux' });
  await expect(categorySwitch).not.toBeChecked();
  await expect(social.locator(':scope > .row-head .status')).toHaveText('Partiel');
  await expect(categorySwitch).toHaveAccessibleDescription(/^Autorisés : 1 sur 2/);
  // The category's switch sets all its services.
  await categorySwitch.check();
  await expect(social).toHaveAttribute('data-state', 'granted');
  await expect(page.getByRole('switch', { name: 'Telegram' })).toBeChecked();
  await page.getByRole('switch', { name: 'Telegram' }).uncheck();
  await button(page, 'Enregistrer mes choix').click();
  await expect(dialog(page)).toBeHidden();
  expect(await page.evaluate(() => window.cookieConsent!.get())).toMatchObject({
    categories: { social: false },
    services: { youtube: true, telegram: false, 'google-analytics': false },
  });
  // Reopened: the stored partial state.
  await page.evaluate(() => window.cookieConsent!.showPreferences());
  await expect(row(page, 'social')).toHaveAttribute('data-state', 'partial');
  // A required category's services are on and cannot be switched off.
  await row(page, 'necessary').getByRole('button', { name: '1 service' }).click();
  await expect(page.getByRole('switch', { name: 'Session' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Session' })).toBeDisabled();
});

test('the first layer links to the list of companies: the dialog opens with every disclosure open', async ({ page, open }) => {
  await open({ config: CONFIG });
  await page.locator('cookie-consent').getByRole('button', { name: 'Voir la liste des sociétés' }).click();
  await expect(dialog(page)).toBeVisible();
  for (const id of ['necessary', 'analytics', 'social']) {
    await expect(row(page, id).locator('[part~="disclosure"]')).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(serviceRow(page, 'telegram')).toBeVisible();
  await expect(row(page, 'ads').locator('[part~="disclosure"]')).toHaveCount(0);
  // Without services, no such link.
  await open({ config: { privacyPolicyUrl: '/confidentialite' } });
  await expect(banner(page)).toBeVisible();
  await expect(page.locator('cookie-consent').getByRole('button', { name: 'Voir la liste des sociétés' })).toHaveCount(0);
});

test('keyboard: disclosures follow the switch in focus order, Enter and Space toggle them', async ({ page, open }) => {
  await open({ config: CONFIG });
  await button(page, 'Paramétrer vos choix').click();
  await expect(dialog(page)).toBeVisible();
  const categorySwitch = page.getByRole('switch', { name: 'Réseaux sociaux' });
  const disclosure = row(page, 'social').getByRole('button', { name: '2 services' });
  await categorySwitch.focus();
  await page.keyboard.press('Tab');
  await expect(disclosure).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await expect(disclosure).toBeFocused();
  // Next in order: the first service's switch, then its privacy link, then the next service.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('switch', { name: 'YouTube' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('switch', { name: 'YouTube' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(serviceRow(page, 'youtube').getByRole('link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('switch', { name: 'Telegram' })).toBeFocused();
  await disclosure.focus();
  await page.keyboard.press('Space');
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await expect(serviceRow(page, 'youtube')).toBeHidden();
  // Closed: Tab goes past the hidden services to the next category.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('switch', { name: 'Publicité, création de profils' })).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`zero axe violations with services expanded, partial state, service placeholder and declaration, ${scheme}`, async ({ page, open }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await open({
      config: CONFIG,
      body: '<consent-gate service="youtube"><template><p>Vidéo</p></template></consent-gate><h2>Cookies</h2><cookie-declaration heading-level="3"></cookie-declaration>',
    });
    await expect(page.locator('consent-gate').getByRole('button', { name: 'Accepter « YouTube »' })).toBeVisible();
    await expect(page.locator('cookie-declaration [data-service="telegram"]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.locator('cookie-consent').getByRole('button', { name: 'Voir la liste des sociétés' }).click();
    await expect(serviceRow(page, 'youtube')).toBeVisible();
    await page.getByRole('switch', { name: 'YouTube' }).check();
    await expect(row(page, 'social')).toHaveAttribute('data-state', 'partial');
    expect(await violations(page)).toEqual([]);
  });
}

test("a service's placeholder names it and grants that one service", async ({ page, open }) => {
  await open({
    config: CONFIG,
    body: '<consent-gate service="telegram"><template><p id="tg">Telegram</p></template></consent-gate>',
  });
  const gate = page.locator('consent-gate');
  await expect(gate).toContainText('« Telegram » (Réseaux sociaux)');
  await gate.getByRole('button', { name: 'Accepter « Telegram »' }).click();
  await expect(page.locator('#tg')).toBeVisible();
  expect(await page.evaluate(() => window.cookieConsent!.get())).toMatchObject({ services: { telegram: true, youtube: false }, categories: { social: false } });
});

test('<cookie-declaration>: per category its services, provider, link, cookies and the current choice; follows changes and the language', async ({ page, open }) => {
  const files: string[] = [];
  page.on('request', (r) => r.url().includes('/dist/') && files.push(new URL(r.url()).pathname));
  await open({ config: CONFIG, body: '<cookie-declaration></cookie-declaration>' });
  const declaration = page.locator('cookie-declaration');
  const social = declaration.locator('[data-category="social"]');
  await expect(social.getByRole('heading', { name: 'Réseaux sociaux', level: 2 })).toBeVisible();
  await expect(social).toHaveAttribute('data-state', 'denied');
  await expect(social.locator('[data-service="youtube"]').getByRole('heading', { name: 'YouTube', level: 3 })).toBeVisible();
  await expect(social.locator('[data-service="youtube"]')).toContainText('Société : Google Ireland Limited');
  await expect(social.locator('[data-service="youtube"]').getByRole('link', { name: 'Politique de confidentialité de YouTube' })).toBeVisible();
  await expect(social.locator('[data-service="telegram"]').getByRole('table')).toContainText('stel_ssid');
  await expect(social.locator('.choice').first()).toHaveText('Votre choix : Refusé (aucun choix enregistré)');
  await expect(declaration.locator('[data-category="necessary"] .choice').first()).toHaveText('Votre choix : Toujours actif');
  await expect(declaration.locator('[data-category="ads"]')).toContainText('Cookies : ads_id');
  expect(files).toContain('/dist/services.js');
  expect(files).toContain('/dist/presets/telegram.js');

  // Follows every decision.
  await page.evaluate(() => window.cookieConsent!.update({ youtube: true }));
  await expect(social).toHaveAttribute('data-state', 'partial');
  await expect(social.locator('.choice').first()).toHaveText('Votre choix : Partiel (Autorisés : 1 sur 2)');
  await expect(social.locator('[data-service="youtube"]')).toHaveAttribute('data-state', 'granted');
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  await expect(social).toHaveAttribute('data-state', 'granted');

  // Its button opens the preferences.
  await declaration.getByRole('button', { name: 'Modifier mes choix' }).click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // Follows <html lang>.
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  await expect(social.getByRole('heading', { level: 2 })).toHaveText('Social networks');
  await expect(social.locator('[data-service="telegram"]')).toContainText('Company: Telegram Messenger Inc.');
  await expect(social.locator('[data-service="youtube"] th').first()).toHaveText('Name');
  await expect(declaration.getByRole('button')).toHaveText('Change my choices');
  expect(files).toContain('/dist/i18n/dialog/en.js');
});

test('<cookie-declaration> prints: no button, links followed by their address', async ({ page, open }) => {
  await open({ config: CONFIG, body: '<cookie-declaration></cookie-declaration>' });
  const declaration = page.locator('cookie-declaration');
  await expect(declaration.getByRole('button', { name: 'Modifier mes choix' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(declaration.getByRole('button', { name: 'Modifier mes choix' })).toBeHidden();
  const after = await declaration.locator('[data-service="youtube"] a').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('policies.google.com');
});

test('presets, services.js and the declaration load only with the dialog or <cookie-declaration>', async ({ page, open }) => {
  const files: string[] = [];
  page.on('request', (r) => r.url().includes('/dist/') && files.push(new URL(r.url()).pathname));
  await open({ config: CONFIG });
  await expect(banner(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(files.filter((f) => /services|presets|declaration|service-details/.test(f))).toEqual([]);
  await page.evaluate(() => window.cookieConsent!.acceptAll());
  files.length = 0;
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(files).toEqual(['/dist/cookie-consent.js']);
});

test('the demo: services in the dialog and a privacy-policy page with the declaration', async ({ page, site }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${site.origin}/demo/index.html`);
  await page.locator('cookie-consent').getByRole('button', { name: 'Voir la liste des sociétés' }).click();
  await expect(serviceRow(page, 'telegram')).toBeVisible();
  await expect(serviceRow(page, 'comments')).toContainText('Commentaires Express');
  await expect(serviceRow(page, 'google-analytics')).toBeVisible();
  await page.getByRole('switch', { name: 'Espace commentaires' }).check();
  await button(page, 'Enregistrer mes choix').click();
  await expect(page.locator('#comments-thread li')).toHaveCount(2);
  await expect(page.locator('#telegram consent-gate').getByRole('button', { name: 'Accepter « Telegram »' })).toBeVisible();
  await page.goto(`${site.origin}/demo/confidentialite.html`);
  const social = page.locator('cookie-declaration [data-category="social"]');
  await expect(social).toHaveAttribute('data-state', 'partial');
  await expect(social.getByRole('heading', { name: 'Réseaux sociaux', level: 3 })).toBeVisible();
  expect(errors).toEqual([]);
});

test("<cookie-declaration> words the presets' durations in the page language, Irish and Maltese included", async ({ page, open }) => {
  await open({ config: CONFIG, body: '<cookie-declaration></cookie-declaration>' });
  const ga = page.locator('cookie-declaration [data-service="google-analytics"] tbody tr');
  // _ga lasts 2 years, _gid a day (presets.json: "P2Y", "P1D"); each language words them (Intl, or the table's forms).
  const durationOf = (name: string) => ga.filter({ has: page.locator('code', { hasText: new RegExp(`^${name}$`) }) }).locator('td').nth(1);
  for (const [language, years, day] of [
    ['fr', '2 ans', '1 jour'],
    ['de', '2 Jahre', '1 Tag'],
    ['ga', '2 bhliain', '1 lá'],
    ['mt', '2 snin', '1 jum'],
  ]) {
    await page.evaluate((lang) => (document.documentElement.lang = lang), language);
    await expect(durationOf('_ga'), language).toHaveText(years);
    await expect(durationOf('_gid'), language).toHaveText(day);
  }
});

// The presets' purposes in the page's language: French and English are in the preset (dist/presets/<id>.js), the 22
// other languages in one small file per preset and language (dist/presets/<id>/<lang>.js, from
// packages/consent-catalog/src/presets/purposes/<lang>.json), fetched beside the preset only on a page in one of them.
const TRANSLATED = /^\/dist\/(presets\/[^/]+\/[a-z]{2}|i18n\/presets\/[a-z]{2})\.js$/;
const distFiles = (page: Page): string[] => {
  const files: string[] = [];
  page.on('request', (r) => r.url().includes('/dist/') && files.push(new URL(r.url()).pathname));
  return files;
};
const purposeOf = (scope: Locator, name: string) =>
  scope.locator('tbody tr').filter({ has: scope.page().locator('code', { hasText: new RegExp(`^${name}$`) }) }).locator('td').nth(2);
// The site owner's own entry for one of the preset's cookies: its purpose wins over the preset's, in every language.
const OWN_GID = { name: '_gid', duration: 'P1D', purpose: 'Der eigene Zweck der Website' };
const WITH_OWN_GID = { ...CONFIG, categories: { ...CONFIG.categories, analytics: { services: { 'google-analytics': { preset: 'google-analytics', cookies: [OWN_GID] } } } } };

test("the dialog on a German page: the presets' purposes in German, fetched beside the presets; the config's own purpose wins", async ({ page, open }) => {
  const files = distFiles(page);
  // The preset's file is held until its German purposes are asked for: fetched one after the other, they never would be.
  const purposesAsked = page.waitForRequest((r) => r.url().endsWith('/dist/presets/google-analytics/de.js'), { timeout: 10_000 }).then(() => true, () => false);
  let beside: boolean | undefined;
  await page.route('**/dist/presets/google-analytics.js', async (route) => {
    beside = await purposesAsked;
    await route.continue();
  });
  const { errors, consoleErrors } = await open({ lang: 'de', config: WITH_OWN_GID });
  await page.evaluate(() => window.cookieConsent!.showPreferences());
  await expect(dialog(page)).toBeVisible();
  await row(page, 'analytics').getByRole('button', { name: '1 Dienst' }).click();
  const ga = serviceRow(page, 'google-analytics');
  // purposes/de.json, for _ga's "ID used to identify users.".
  await expect(purposeOf(ga, '_ga')).toHaveText('Kennung zur Unterscheidung der Nutzer.');
  await expect(purposeOf(ga, '_gid')).toHaveText(OWN_GID.purpose);
  await row(page, 'social').getByRole('button', { name: '2 Dienste' }).click();
  await expect(purposeOf(serviceRow(page, 'telegram'), 'stel_ssid')).toHaveText('Sitzungskennung der Telegram-Widgets (eingebettete Beiträge, Anmeldung, Kommentare).');
  expect(beside).toBe(true);
  expect(files.filter((f) => TRANSLATED.test(f)).sort()).toEqual(['/dist/presets/google-analytics/de.js', '/dist/presets/telegram/de.js']);
  expect([...errors, ...consoleErrors]).toEqual([]);
});

for (const [lang, services, purpose] of [
  ['fr', '1 service', 'Identifiant utilisé pour distinguer les visiteurs.'],
  ['en', '1 service', 'ID used to identify users.'],
]) {
  test(`the dialog on a page in ${lang}: the preset's own purposes, and no file of purposes fetched`, async ({ page, open }) => {
    const files = distFiles(page);
    await open({ lang, config: CONFIG });
    await page.evaluate(() => window.cookieConsent!.showPreferences());
    await row(page, 'analytics').getByRole('button', { name: services }).click();
    await expect(purposeOf(serviceRow(page, 'google-analytics'), '_ga')).toHaveText(purpose);
    await page.waitForLoadState('networkidle');
    expect(files).toContain('/dist/presets/google-analytics.js');
    expect(files.filter((f) => TRANSLATED.test(f))).toEqual([]);
  });
}

test("a German page whose purposes file cannot load shows the presets' English purposes, and the dialog works", async ({ page, open }) => {
  await page.route('**/dist/presets/*/de.js', (route) => route.abort());
  const { errors } = await open({ lang: 'de', config: CONFIG });
  await page.evaluate(() => window.cookieConsent!.showPreferences());
  await row(page, 'analytics').getByRole('button', { name: '1 Dienst' }).click();
  await expect(purposeOf(serviceRow(page, 'google-analytics'), '_ga')).toHaveText('ID used to identify users.');
  await page.getByRole('switch', { name: 'Google Analytics' }).check();
  await button(page, 'Auswahl speichern').click();
  await expect(dialog(page)).toBeHidden();
  expect(await page.evaluate(() => window.cookieConsent!.get().services)).toMatchObject({ 'google-analytics': true });
  expect(errors).toEqual([]);
});

test("<cookie-declaration> follows <html lang> for the presets' purposes too", async ({ page, open }) => {
  const files = distFiles(page);
  await open({ config: WITH_OWN_GID, body: '<cookie-declaration></cookie-declaration>' });
  const ga = page.locator('cookie-declaration [data-service="google-analytics"]');
  await expect(purposeOf(ga, '_ga')).toHaveText('Identifiant utilisé pour distinguer les visiteurs.');
  await page.evaluate(() => (document.documentElement.lang = 'de'));
  await expect(purposeOf(ga, '_ga')).toHaveText('Kennung zur Unterscheidung der Nutzer.');
  await expect(purposeOf(ga, '_gid')).toHaveText(OWN_GID.purpose);
  expect(files).toContain('/dist/presets/google-analytics/de.js');
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  await expect(purposeOf(ga, '_ga')).toHaveText('ID used to identify users.');
});

test("the ESM entry: the presets' purposes in the page's language too", async ({ page, site }) => {
  const files = distFiles(page);
  await page.goto(
    site.page(`<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><p>App</p>
    <script type="module">
      import { configure } from '/dist/index.js';
      configure({ categories: { necessary: {}, social: { services: { telegram: { preset: 'telegram' } } } } }).showPreferences();
    </script></body></html>`),
  );
  await row(page, 'social').getByRole('button', { name: '1 Dienst' }).click();
  await expect(purposeOf(serviceRow(page, 'telegram'), 'stel_ssid')).toHaveText('Sitzungskennung der Telegram-Widgets (eingebettete Beiträge, Anmeldung, Kommentare).');
  expect(files.filter((f) => TRANSLATED.test(f)).sort()).toEqual(['/dist/i18n/presets/de.js', '/dist/presets/telegram/de.js']);
});
