// Issue 12 (core): per-service state, gating by service, old records, precise revocation, presets loaded lazily.
import { expect, storedRecord, test, type PageOptions } from './fixtures.js';

const SERVICES_CONFIG = {
  categories: {
    necessary: {},
    analytics: { services: { 'google-analytics': { preset: 'google-analytics' } } },
    social: {
      cookies: ['social_cat'],
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
    ads: {},
  },
  reloadOnRevoke: false,
};

const page = (thirdParty: string, extra: Partial<PageOptions> = {}): PageOptions => ({
  config: SERVICES_CONFIG,
  body: `
    <script type="text/plain" data-service="youtube" data-src="${thirdParty}/script/youtube.js"></script>
    <script type="text/plain" data-category="social" data-src="${thirdParty}/script/social-all.js"></script>
    <iframe data-service="telegram" data-src="${thirdParty}/frame/telegram.html" title="Telegram"></iframe>
    <consent-gate service="youtube"><template><p id="youtube-content">Vidéo</p></template></consent-gate>
    <consent-gate category="social"><template><p id="social-content">Tout le social</p></template></consent-gate>`,
  ...extra,
});

const state = (tab: import('@playwright/test').Page) => tab.evaluate(() => window.cookieConsent!.get());

test('one service granted: only its script, embed and gate; the category stays refused until every service is', async ({ page: tab, open, thirdParty }) => {
  const requests: string[] = [];
  tab.on('request', (r) => r.url().startsWith(thirdParty.origin) && requests.push(new URL(r.url()).pathname));
  await open(page(thirdParty.origin));
  expect(await state(tab)).toMatchObject({
    categories: { necessary: true, analytics: false, social: false, ads: false },
    services: { 'google-analytics': false, youtube: false, telegram: false },
  });
  const changes = await tab.evaluate(() => {
    const seen: unknown[] = [];
    window.cookieConsent!.onChange((change) => seen.push({ granted: change.granted, revoked: change.revoked }));
    window.cookieConsent!.update({ youtube: true });
    return seen;
  });
  expect(changes).toEqual([{ granted: ['youtube'], revoked: [] }]);
  await expect(tab.locator('#youtube-content')).toBeVisible();
  await expect.poll(() => requests).toContain('/script/youtube.js');
  expect(await tab.evaluate(() => [window.cookieConsent!.isGranted('youtube'), window.cookieConsent!.isGranted('social')])).toEqual([true, false]);
  expect(await state(tab)).toMatchObject({ categories: { social: false }, services: { youtube: true, telegram: false } });
  await expect(tab.locator('#social-content')).toHaveCount(0);
  expect(requests).not.toContain('/script/social-all.js');
  expect(requests).not.toContain('/frame/telegram.html');

  // The other service of the category: now the whole category is granted, and the change says so.
  const second = await tab.evaluate(async () => {
    const whenSocial = window.cookieConsent!.whenGranted('social').then(() => 'social granted');
    const whenTelegram = window.cookieConsent!.whenGranted('telegram').then(() => 'telegram granted');
    let detail: any;
    document.addEventListener('cookie-consent:change', (e) => (detail = (e as CustomEvent).detail), { once: true });
    window.cookieConsent!.update({ telegram: true });
    return { granted: detail.granted.sort(), resolved: await Promise.all([whenSocial, whenTelegram]) };
  });
  expect(second).toEqual({ granted: ['social', 'telegram'], resolved: ['social granted', 'telegram granted'] });
  await expect(tab.locator('#social-content')).toBeVisible();
  await expect.poll(() => requests).toContain('/frame/telegram.html');
  await expect.poll(() => requests).toContain('/script/social-all.js');
  // The record keeps each service's choice.
  expect((await storedRecord(tab.context()))!.record).toMatchObject({ m: 'custom', c: { social: true, analytics: false }, s: { youtube: true, telegram: true, 'google-analytics': false } });
});

test('a category id sets all its services; acceptAll and rejectAll cover every service', async ({ page: tab, open, thirdParty }) => {
  await open(page(thirdParty.origin));
  await tab.evaluate(() => window.cookieConsent!.update({ social: true }));
  expect(await state(tab)).toMatchObject({ categories: { social: true, analytics: false }, services: { youtube: true, telegram: true, 'google-analytics': false } });
  await tab.evaluate(() => window.cookieConsent!.acceptAll());
  expect((await state(tab)).services).toEqual({ 'google-analytics': true, youtube: true, telegram: true });
  const revoked = await tab.evaluate(() => {
    let detail: any;
    document.addEventListener('cookie-consent:change', (e) => (detail = (e as CustomEvent).detail), { once: true });
    window.cookieConsent!.rejectAll();
    return detail.revoked.sort();
  });
  expect(revoked).toEqual(['ads', 'analytics', 'google-analytics', 'social', 'telegram', 'youtube']);
  expect((await state(tab)).services).toEqual({ 'google-analytics': false, youtube: false, telegram: false });
});

test('a record stored before services: each service takes its category value; a service added later is refused', async ({ page: tab, open, context, site, thirdParty }) => {
  const at = new Date().toISOString();
  const cookie = (record: object) => ({ name: 'cookie_consent', value: encodeURIComponent(JSON.stringify(record)), url: site.origin });
  await context.addCookies([cookie({ v: 1, rev: 1, id: 'old-record-0001', at, m: 'custom', c: { analytics: false, social: true, ads: false } })]);
  await open(page(thirdParty.origin));
  expect(await state(tab)).toMatchObject({ decided: true, categories: { social: true }, services: { youtube: true, telegram: true, 'google-analytics': false } });
  await expect(tab.locator('#youtube-content')).toBeVisible();

  await context.addCookies([cookie({ v: 1, rev: 1, id: 'old-record-0002', at, m: 'custom', c: { analytics: false, social: true, ads: false }, s: { youtube: true } })]);
  await tab.reload();
  expect(await state(tab)).toMatchObject({ decided: true, categories: { social: false }, services: { youtube: true, telegram: false } });
});

test('withdrawing a service deletes exactly its declared cookies and storage keys', async ({ page: tab, open, context, site, thirdParty }) => {
  await open(page(thirdParty.origin));
  await tab.evaluate(() => window.cookieConsent!.acceptAll());
  await context.addCookies(['VISITOR_INFO1_LIVE', 'social_cat', 'unrelated', 'stel_ssid'].map((name) => ({ name, value: '1', url: site.origin })));
  await tab.evaluate(() => {
    localStorage.setItem('yt-remote-device', '1');
    localStorage.setItem('yt-remote-cast', '1');
    localStorage.setItem('unrelated-key', '1');
  });
  await tab.evaluate(() => window.cookieConsent!.update({ youtube: false }));
  const names = async () => (await context.cookies()).map((c) => c.name).sort();
  await expect.poll(names).not.toContain('VISITOR_INFO1_LIVE');
  // The category went from granted to partial: its own cookies go too; Telegram's preset cookie stays.
  await expect.poll(names).not.toContain('social_cat');
  expect(await names()).toEqual(expect.arrayContaining(['unrelated', 'stel_ssid', 'cookie_consent']));
  expect(await tab.evaluate(() => Object.keys(localStorage).sort())).toEqual(['unrelated-key']);

  // The preset's declared cookie is deleted when its service is withdrawn.
  await tab.evaluate(() => window.cookieConsent!.update({ telegram: false }));
  await expect.poll(names).not.toContain('stel_ssid');
  expect(await names()).toContain('unrelated');
});

test('presets and the services module load only with the dialog, never on a plain returning view', async ({ page: tab, open, thirdParty }) => {
  const files: string[] = [];
  tab.on('request', (r) => r.url().includes('/dist/') && files.push(new URL(r.url()).pathname));
  await open(page(thirdParty.origin));
  await tab.evaluate(() => window.cookieConsent!.acceptAll());
  files.length = 0;
  await tab.reload();
  await expect(tab.locator('#youtube-content')).toBeVisible();
  await tab.waitForLoadState('networkidle');
  expect(files).toEqual(['/dist/cookie-consent.js']);
  await tab.evaluate(() => window.cookieConsent!.showPreferences());
  await expect.poll(() => files).toContain('/dist/presets/telegram.js');
  expect(files).toContain('/dist/presets/google-analytics.js');
  expect(files).toContain('/dist/services.js');
  expect(files.filter((f) => f.startsWith('/dist/presets/'))).toHaveLength(2);
});

test('bad service entries: one clear message each, ignored; ids are unique across categories and services', async ({ page: tab, open }) => {
  const opened = await open({
    config: {
      categories: {
        necessary: {},
        social: { services: { youtube: { preset: 'youtube' }, social: {}, bad: 'nope' } },
        analytics: { services: { youtube: { label: 'Encore' } } },
      },
    },
  });
  expect(await state(tab)).toMatchObject({ categories: { social: false, analytics: false }, services: { youtube: false } });
  expect(Object.keys((await state(tab)).services)).toEqual(['youtube']);
  await expect.poll(() => opened.consoleErrors.filter((m) => m.includes('config.categories'))).toHaveLength(3);
  const text = opened.consoleErrors.join('\n');
  expect(text).toContain('config.categories.social.services.social');
  expect(text).toContain('config.categories.social.services.bad');
  expect(text).toContain('config.categories.analytics.services.youtube');
});

// On a first visit the gates, and the observer of what the page adds, start after the banner has painted: an element
// added before that (here at `cookie-consent:ready`) is found when they start.
test('a <cookie-declaration> added before the gates start (at cookie-consent:ready, first visit) is rendered too', async ({ page: tab, open, thirdParty }) => {
  const addAtReady = `<script>document.addEventListener('cookie-consent:ready', () => document.querySelector('main').append(document.createElement('cookie-declaration')), { once: true });</script>`;
  await open(page(thirdParty.origin, { beforeScript: addAtReady }));
  await expect(tab.locator('#cd-provider-youtube')).toContainText('Google Ireland Limited');
});

test('a <cookie-declaration> that a single-page app adds after load is rendered too', async ({ page: tab, open, thirdParty }) => {
  await open(page(thirdParty.origin));
  await tab.evaluate(() => window.cookieConsent!.rejectAll());
  await tab.evaluate(() => document.querySelector('main')!.append(document.createElement('cookie-declaration')));
  await expect(tab.locator('#cd-provider-youtube')).toContainText('Google Ireland Limited');
  await expect(tab.locator('cookie-declaration').getByRole('button', { name: 'Modifier mes choix' })).toBeVisible();
});
