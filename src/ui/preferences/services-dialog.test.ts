import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { type ConsentStore, createStore } from '../../core/consent/store.js';
import { readOnlyView } from '../../core/consent/view.js';
import type { CookieConsentApi } from '../../core/types.js';
import { fakeCookieJar } from '../../testing/fake-cookie-jar.js';
import { FAKE_PRESETS } from '../../testing/fake-presets.js';

const PRESETS = FAKE_PRESETS;
import type { UIHost } from '../contract.js';
import type { CookieConsentElement } from '../cookie-consent/cookie-consent.js';
import { mount } from '../mount.js';
import { testLoad } from '../../testing/test-load.js';

/** The dialog with services: disclosures, per-service switches and rows, the partial state, the list of companies. */

const CONFIG = {
  theme: 'light',
  categories: {
    necessary: {},
    social: {
      services: {
        youtube: {
          label: 'YouTube',
          provider: 'Google Ireland Limited',
          privacyPolicyUrl: 'https://policies.google.com/privacy',
          cookies: [{ name: 'yt-remote-', prefix: true, type: 'localStorage', duration: 'persistant', purpose: 'Lecteur' }],
        },
        telegram: { preset: 'telegram' },
      },
    },
    ads: {},
  },
};

const loads: string[] = [];

const load = testLoad((name) => (name.startsWith('presets/') ? Promise.resolve({ default: PRESETS[name.slice(8)] }) : undefined), loads);

async function setup(config: unknown = CONFIG): Promise<{ store: ConsentStore; element: CookieConsentElement; root: ShadowRoot; calls: unknown[] }> {
  const store = createStore(parseConfig(config), fakeCookieJar());
  const calls: unknown[] = [];
  const api = {
    acceptAll: () => store.decide('accept-all', () => true),
    rejectAll: () => store.decide('reject-all', () => false),
    update: (choices: Record<string, boolean>) => {
      calls.push(structuredClone(choices));
      store.decide('custom', (id) => choices[id] ?? store.state.services[id] ?? store.state.categories[id]);
    },
  } as unknown as CookieConsentApi;
  const host: UIHost = { view: readOnlyView(store), config: store.config, language: 'fr', api, load };
  await mount(host);
  const element = document.body.firstElementChild as CookieConsentElement;
  return { store, element, root: element.shadowRoot!, calls };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('preferences dialog with services', () => {
  beforeEach(() => (loads.length = 0));
  afterEach(() => {
    for (const element of document.querySelectorAll('cookie-consent')) element.remove();
  });

  it('loads services.js and the presets with the dialog only, and lists each service behind a closed disclosure', async () => {
    const { element, root } = await setup();
    element.showBanner();
    expect(loads.filter((name) => name === 'services' || name.startsWith('presets/'))).to.deep.equal([]);
    await element.showPreferences();
    expect(loads).to.include.members(['services', 'presets/telegram']);
    const social = root.querySelector('[data-category="social"]')!;
    const disclosure = social.querySelector<HTMLButtonElement>('button[part="disclosure"]')!;
    expect(text(disclosure)).to.equal('2 services');
    expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
    const list = root.getElementById(disclosure.getAttribute('aria-controls')!)!;
    expect(list.hidden).to.equal(true);
    disclosure.click();
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    const rows = [...list.querySelectorAll<HTMLElement>('li[data-service]')];
    expect(rows.map((row) => [row.dataset.service, row.dataset.state])).to.deep.equal([
      ['youtube', 'denied'],
      ['telegram', 'denied'],
    ]);
    expect(rows[0].getAttribute('part')).to.equal('service service-denied');
    const youtubeSwitch = rows[0].querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(youtubeSwitch.labels![0].textContent).to.equal('YouTube');
    expect(text(rows[0].querySelector('.provider'))).to.contain('Société : Google Ireland Limited');
    const table = rows[0].querySelector('table[part="cookie-table"]')!;
    expect([...table.querySelectorAll('th')].map((th) => [text(th), th.getAttribute('scope')])).to.deep.equal([
      ['Nom', 'col'],
      ['Durée', 'col'],
      ['Finalité', 'col'],
    ]);
    expect(text(table.querySelector('tbody td'))).to.equal('yt-remote-* (stockage local)');
    expect(text(rows[1].querySelector('.provider'))).to.contain('Telegram Messenger Inc.');
    expect(root.querySelector('[data-category="ads"] button[part="disclosure"]')).to.equal(null);
  });

  it('shows and announces a partial category, and saves every service', async () => {
    const { element, root, calls, store } = await setup();
    await element.showPreferences();
    const social = root.querySelector<HTMLElement>('[data-category="social"]')!;
    const categorySwitch = social.querySelector<HTMLInputElement>('#cc-switch-social')!;
    const youtube = root.querySelector<HTMLInputElement>('#cc-service-youtube')!;
    youtube.click();
    expect(social.dataset.state).to.equal('partial');
    expect(social.getAttribute('part')).to.equal('category category-partial');
    expect(categorySwitch.checked).to.equal(false);
    const described = categorySwitch.getAttribute('aria-describedby')!.split(' ').map((id) => text(root.getElementById(id)));
    expect(described[0]).to.equal('Autorisés : 1 sur 2');
    expect(text(social.querySelector('.status'))).to.equal('Partiel');
    expect(getComputedStyle(social).borderInlineStartStyle).to.equal('double');
    categorySwitch.click();
    expect(social.dataset.state).to.equal('granted');
    expect(root.querySelector<HTMLInputElement>('#cc-service-telegram')!.checked).to.equal(true);
    root.querySelector<HTMLInputElement>('#cc-service-telegram')!.click();
    [...root.querySelectorAll('button')].find((b) => text(b) === 'Enregistrer mes choix')!.click();
    expect(calls).to.deep.equal([{ youtube: true, telegram: false, necessary: true, ads: false }]);
    expect(store.state.categories.social).to.equal(false);
    await element.showPreferences();
    expect(root.querySelector<HTMLElement>('[data-category="social"]')!.dataset.state).to.equal('partial');
  });

  it('Enter and Space toggle a disclosure, which keeps focus', async () => {
    const { element, root } = await setup();
    await element.showPreferences();
    const disclosure = root.querySelector<HTMLButtonElement>('[data-category="social"] button[part="disclosure"]')!;
    disclosure.focus();
    await sendKeys({ press: 'Enter' });
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(disclosure);
    await sendKeys({ press: 'Space' });
    expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
  });

  it('« Voir la liste des sociétés » opens the dialog with every disclosure open; not shown without services', async () => {
    const { element, root } = await setup();
    element.showBanner();
    // A light-DOM child of the banner (slotted), like its other words and buttons.
    const link = element.querySelector<HTMLButtonElement>(':scope > button.cc-companies')!;
    expect(text(link)).to.equal('Voir la liste des sociétés');
    link.click();
    await element.updateComplete;
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.preferences')?.open);
    expect(root.querySelector('[data-category="social"] button[part="disclosure"]')!.getAttribute('aria-expanded')).to.equal('true');
    element.remove();
    const plain = await setup({ categories: { necessary: {}, social: {} } });
    plain.element.showBanner();
    expect(plain.element.querySelector('.cc-companies')).to.equal(null);
  });

  it("a required category's services are on and cannot be switched off", async () => {
    const { element, root } = await setup({ categories: { necessary: { services: { session: { label: 'Session' } } }, social: {} } });
    await element.showPreferences();
    const session = root.querySelector<HTMLInputElement>('#cc-service-session')!;
    expect(session.checked).to.equal(true);
    expect(session.disabled).to.equal(true);
    expect(root.querySelector<HTMLElement>('[data-service="session"]')!.dataset.state).to.equal('granted');
    expect(text(root.querySelector('[data-service="session"] .note'))).to.equal('Aucun cookie déclaré.');
  });
});
