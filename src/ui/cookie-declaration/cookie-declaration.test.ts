import { expect, waitUntil } from '@open-wc/testing';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { createStore } from '../../core/consent/store.js';
import { readOnlyView } from '../../core/consent/view.js';
import type { CookieConsentApi } from '../../core/types.js';
import { fakeCookieJar } from '../../testing/fake-cookie-jar.js';
import { FAKE_PRESETS } from '../../testing/fake-presets.js';

const PRESETS = FAKE_PRESETS;
import type { UIHost } from '../contract.js';
import { type CookieDeclarationElement, defineDeclaration } from './cookie-declaration.js';
import { testLoad } from '../../testing/test-load.js';

const CONFIG = {
  categories: {
    necessary: {},
    analytics: { services: { 'google-analytics': { preset: 'google-analytics' } } },
    social: {
      services: {
        youtube: { label: 'YouTube', provider: 'Google Ireland Limited', privacyPolicyUrl: 'https://policies.google.com/privacy', cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: '6 mois', purpose: 'Préférences' }] },
        telegram: { preset: 'telegram' },
      },
    },
    ads: { cookies: ['ads_id', '/^_ad/'] },
  },
};

const tables: Record<string, () => Promise<unknown>> = {
  'i18n/fr': () => import('../../i18n/fr.js'),
  'i18n/en': () => import('../../i18n/en.js'),
  'i18n/dialog/fr': () => import('../../i18n/dialog/fr.js'),
  'i18n/dialog/en': () => import('../../i18n/dialog/en.js'),
  ...Object.fromEntries(
    ['de', 'ga', 'mt', 'pl'].flatMap((l) => [
      [`i18n/${l}`, () => import(`../../i18n/${l}.ts`)],
      [`i18n/dialog/${l}`, () => import(`../../i18n/dialog/${l}.ts`)],
    ]),
  ),
};

function setup() {
  const store = createStore(parseConfig(CONFIG), fakeCookieJar());
  const shown: string[] = [];
  const api = {
    update: (choices: Record<string, boolean>) => store.decide('custom', (id) => choices[id] ?? store.state.services[id] ?? store.state.categories[id]),
    acceptAll: () => store.decide('accept-all', () => true),
    showPreferences: () => shown.push('preferences'),
  } as unknown as CookieConsentApi;
  const host: UIHost = {
    view: readOnlyView(store),
    config: store.config,
    language: 'fr',
    api,
    load: testLoad((name) => (name.startsWith('presets/') ? Promise.resolve({ default: PRESETS[name.slice(8)] }) : name.startsWith('i18n/') ? (tables[name] ?? tables['i18n/fr'])() : undefined)),
  };
  defineDeclaration(host);
  return { store, api, shown };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cookie-declaration>', () => {
  let element: CookieDeclarationElement;
  const lang = document.documentElement.lang;

  afterEach(() => {
    element?.remove();
    document.documentElement.lang = lang;
  });

  async function render() {
    document.documentElement.lang = 'fr';
    const result = setup();
    element = document.createElement('cookie-declaration') as CookieDeclarationElement;
    document.body.append(element);
    await element.updateComplete;
    return { ...result, root: element.shadowRoot! };
  }

  it('renders per category its services with provider, privacy link, cookie table and the current choice', async () => {
    const { root } = await render();
    expect(root.mode).to.equal('open');
    const sections = [...root.querySelectorAll<HTMLElement>('section[data-category]')];
    expect(sections.map((s) => [s.dataset.category, s.dataset.state])).to.deep.equal([
      ['necessary', 'granted'],
      ['analytics', 'denied'],
      ['social', 'denied'],
      ['ads', 'denied'],
    ]);
    const social = sections[2];
    expect(text(social.querySelector('[role="heading"]'))).to.equal('Réseaux sociaux');
    expect(social.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(text(social.querySelector('.choice'))).to.equal('Votre choix : Refusé (aucun choix enregistré)');
    const youtube = social.querySelector<HTMLElement>('[data-service="youtube"]')!;
    expect(youtube.getAttribute('part')).to.equal('service service-denied');
    expect(youtube.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(text(youtube.querySelector('.provider'))).to.contain('Société : Google Ireland Limited');
    expect(youtube.querySelector('a')!.getAttribute('href')).to.equal('https://policies.google.com/privacy');
    expect(text(youtube.querySelector('tbody tr'))).to.equal('VISITOR_INFO1_LIVE 6 mois Préférences');
    expect(text(social.querySelector('[data-service="telegram"] caption'))).to.equal('Cookies et traceurs de Telegram');
    expect(text(sections[3])).to.contain('Cookies : ads_id, /^_ad/');
    expect(text(sections[0].querySelector('.choice'))).to.equal('Votre choix : Toujours actif');
  });

  it('follows every decision, and its button opens the preferences', async () => {
    const { root, api, shown } = await render();
    api.update({ youtube: true });
    const social = root.querySelector<HTMLElement>('[data-category="social"]')!;
    expect(social.dataset.state).to.equal('partial');
    expect(text(social.querySelector('.choice'))).to.equal('Votre choix : Partiel (Autorisés : 1 sur 2)');
    expect(root.querySelector<HTMLElement>('[data-service="youtube"]')!.dataset.state).to.equal('granted');
    api.acceptAll();
    expect(social.dataset.state).to.equal('granted');
    expect(text(social.querySelector('.choice'))).to.equal('Votre choix : Autorisé');
    const button = root.querySelector<HTMLButtonElement>('button')!;
    expect(text(button)).to.equal('Modifier mes choix');
    button.click();
    expect(shown).to.deep.equal(['preferences']);
  });

  it('follows the page language', async () => {
    const { root } = await render();
    document.documentElement.lang = 'en';
    await waitUntil(() => element.language === 'en', 'the language did not change');
    expect(element.lang).to.equal('en');
    expect(text(root.querySelector('[data-category="social"] [role="heading"]'))).to.equal('Social networks');
    expect(text(root.querySelector('[data-service="telegram"] .provider'))).to.contain('Company: Telegram Messenger Inc.');
    expect(text(root.querySelector('button'))).to.equal('Change my choices');
  });

  it('words the presets\' durations in the page language, Irish and Maltese included (their own plural forms)', async () => {
    const { root } = await render();
    const duration = (id: string) => text(root.querySelector(`[data-service="${id}"] tbody td:nth-child(2)`));
    const expected: Record<string, [string, string]> = {
      fr: ['13 mois', 'session'],
      en: ['13 months', 'session'],
      de: ['13 Monate', 'Sitzung'],
      pl: ['13 miesięcy', 'sesja'],
      ga: ['13 mí', 'seisiún'],
      mt: ['13-il xahar', 'sessjoni'],
    };
    for (const [language, [months, session]] of Object.entries(expected)) {
      document.documentElement.lang = language;
      await waitUntil(() => element.language === language, `the language did not change to ${language}`);
      await element.updateComplete;
      expect([duration('google-analytics'), duration('telegram')], language).to.deep.equal([months, session]);
    }
  });
});
