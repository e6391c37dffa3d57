import { fakeCookieJar } from '../../testing/fake-cookie-jar.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { decodeRecord, RECORD_FORMAT } from '../../core/consent/record.js';
import { type ConsentStore, createStore } from '../../core/consent/store.js';
import { readOnlyView } from '../../core/consent/view.js';
import type { CookieConsentApi } from '../../core/types.js';
import type { UIHandle, UIHost } from '../contract.js';
import { mount } from '../mount.js';
import type { CookieConsentElement } from './cookie-consent.js';
import { testLoad } from '../../testing/test-load.js';

const TITLES = {
  necessary: 'Cookies techniques',
  analytics: "Mesure d'audience",
  social: 'Réseaux sociaux',
  ads: 'Publicité, création de profils',
};

const fakeJar = fakeCookieJar;

interface Setup {
  store: ConsentStore;
  jar: ReturnType<typeof fakeJar>;
  handle: UIHandle;
  element: CookieConsentElement;
  root: ShadowRoot;
}

async function setup(config: unknown = { privacyPolicyUrl: '/privacy' }, jar = fakeJar()): Promise<Setup> {
  const store = createStore(parseConfig(config), jar);
  // The part of the API the UI calls, wired straight to the store as the core does.
  const api = {
    acceptAll: () => store.decide('accept-all', () => true),
    rejectAll: () => store.decide('reject-all', () => false),
    update: (choices) => store.decide('custom', (id) => choices[id] ?? store.state.categories[id]),
  } as CookieConsentApi;
  const host: UIHost = { view: readOnlyView(store), config: store.config, language: 'fr', api, load: testLoad() };
  const handle = await mount(host);
  const element = document.body.firstElementChild as CookieConsentElement;
  expect(element.localName).to.equal('cookie-consent');
  await element.updateComplete;
  return { store, jar, handle, element, root: element.shadowRoot! };
}

const name = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

const banner = (root: ShadowRoot) => root.querySelector<HTMLElement>('.banner');
/** The preferences dialog; rendered once its module has loaded, on first open. */
const dialogOf = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog.preferences')!;

function button(scope: ParentNode, label: string): HTMLButtonElement {
  const matches = [...scope.querySelectorAll('button')].filter((candidate) => name(candidate) === label);
  expect(matches, `one button "${label}"`).to.have.length(1);
  return matches[0];
}

const isVisible = (element: Element | null): boolean =>
  !!element && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';

async function openBanner(setupResult: Setup): Promise<HTMLElement> {
  setupResult.handle.showBanner();
  await setupResult.element.updateComplete;
  const section = banner(setupResult.root);
  expect(section, 'banner rendered').to.exist;
  return section!;
}

async function openDialogFromBanner(setupResult: Setup): Promise<HTMLDialogElement> {
  await openBanner(setupResult);
  const customize = button(setupResult.element, 'Paramétrer vos choix');
  customize.focus();
  customize.click();
  await waitUntil(() => dialogOf(setupResult.root)?.open, 'the dialog did not open', { timeout: 2000 });
  await setupResult.element.updateComplete;
  return dialogOf(setupResult.root);
}

const row = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`[data-category="${id}"]`)!;
const switchOf = (root: ShadowRoot, id: string) => row(root, id).querySelector<HTMLInputElement>('input[role=switch]')!;

describe('<cookie-consent> through mount()', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  afterEach(() => {
    for (const element of document.querySelectorAll('cookie-consent')) element.remove();
  });

  it('prepends one <cookie-consent> to <body>, in the context language, showing nothing until asked', async () => {
    const marker = document.createElement('p');
    document.body.prepend(marker);
    try {
      const { element, root } = await setup();
      expect(document.body.firstElementChild).to.equal(element);
      expect(element.nextElementSibling).to.equal(marker);
      expect(element.lang).to.equal('fr');
      expect(root.mode).to.equal('open');
      expect(banner(root)).to.equal(null);
      expect(dialogOf(root)?.open ?? false).to.equal(false);
    } finally {
      marker.remove();
    }
  });

  describe('banner', () => {
    it('renders the three buttons, every category title and the policy link', async () => {
      const result = await setup();
      const section = await openBanner(result);
      expect(isVisible(section)).to.equal(true);
      // The words and buttons are the element's light-DOM children, slotted into the frame (for privacy tools).
      const content = result.element;
      const names = [...content.querySelectorAll('button')].map(name);
      expect(names).to.deep.equal(['Tout accepter', 'Tout refuser', 'Paramétrer vos choix']);
      for (const child of content.children) expect(isVisible(child), child.outerHTML).to.equal(true);
      expect([...content.children].every((child) => (child as HTMLElement).assignedSlot && section.contains((child as HTMLElement).assignedSlot))).to.equal(true);
      const purposes = [...content.querySelectorAll('.cc-purposes li')].map(name);
      expect(purposes).to.deep.equal(Object.values(TITLES));
      const link = content.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/privacy');
      expect(name(link)).to.equal('Politique de confidentialité');
      expect(section.getAttribute('role')).to.equal('region');
      expect(section.getAttribute('aria-label')).to.equal('Vos choix en matière de cookies');
      expect(name(content.querySelector('h2')!)).to.equal('Vos choix en matière de cookies');
      expect(content.id).to.equal('cookie-consent');
    });

    it('renders no link when there is no privacy policy URL', async () => {
      const result = await setup({});
      await openBanner(result);
      expect(result.element.querySelector('a')).to.equal(null);
    });

    it('uses a custom category title from the config', async () => {
      const result = await setup({ categories: { necessary: {}, video: { title: { en: 'Videos', fr: 'Vidéos' } } } });
      await openBanner(result);
      expect([...result.element.querySelectorAll('.cc-purposes li')].map(name)).to.deep.equal(['Cookies techniques', 'Vidéos']);
    });

    it('gives "Tout accepter" and "Tout refuser" the same size and look', async () => {
      const result = await setup();
      await openBanner(result);
      const section = result.element;
      const accept = button(section, 'Tout accepter');
      const reject = button(section, 'Tout refuser');
      const acceptBox = accept.getBoundingClientRect();
      const rejectBox = reject.getBoundingClientRect();
      expect(acceptBox.width).to.be.greaterThan(0);
      expect(acceptBox.height).to.be.greaterThan(0);
      expect(rejectBox.width).to.equal(acceptBox.width);
      expect(rejectBox.height).to.equal(acceptBox.height);
      const a = getComputedStyle(accept);
      const r = getComputedStyle(reject);
      for (const property of ['width', 'height', 'font-size', 'font-weight', 'color', 'background-color', 'border-color', 'border-width', 'padding']) {
        expect(r.getPropertyValue(property), property).to.equal(a.getPropertyValue(property));
      }
      // And it is really a filled button, not a transparent one like "Paramétrer vos choix".
      expect(a.backgroundColor).not.to.equal(getComputedStyle(button(section, 'Paramétrer vos choix')).backgroundColor);
    });

    it('"Tout accepter" records the decision and the banner disappears', async () => {
      const result = await setup();
      await openBanner(result);
      button(result.element, 'Tout accepter').click();
      expect(result.store.state.decided).to.equal(true);
      expect(result.store.state.method).to.equal('accept-all');
      expect(result.store.state.categories).to.deep.equal({ necessary: true, analytics: true, social: true, ads: true });
      expect(result.jar.writes).to.have.length(1);
      await result.element.updateComplete;
      expect(banner(result.root)).to.equal(null);
    });

    it('"Tout refuser" records a refusal of every optional category and the banner disappears', async () => {
      const result = await setup();
      await openBanner(result);
      button(result.element, 'Tout refuser').click();
      expect(result.store.state.method).to.equal('reject-all');
      expect(result.store.state.categories).to.deep.equal({ necessary: true, analytics: false, social: false, ads: false });
      expect(decodeRecord(result.jar.value)!.c).to.deep.equal({ analytics: false, social: false, ads: false });
      await result.element.updateComplete;
      expect(banner(result.root)).to.equal(null);
    });

    it('closes when a decision is made elsewhere (API or another tab)', async () => {
      const result = await setup();
      await openBanner(result);
      result.store.decide('reject-all', () => false);
      await result.element.updateComplete;
      expect(banner(result.root)).to.equal(null);
    });
  });

  describe('preferences dialog', () => {
    it('"Paramétrer vos choix" opens a modal native <dialog> with one row per category', async () => {
      const result = await setup();
      const dialog = await openDialogFromBanner(result);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(isVisible(dialog)).to.equal(true);
      expect(name(result.root.getElementById(dialog.getAttribute('aria-labelledby')!)!)).to.equal('Paramétrer vos choix');

      const rows = [...dialog.querySelectorAll<HTMLElement>('[data-category]')];
      expect(rows.map((r) => r.dataset.category)).to.deep.equal(['necessary', 'analytics', 'social', 'ads']);
      expect(rows.map((r) => r.dataset.state)).to.deep.equal(['granted', 'denied', 'denied', 'denied']);

      const necessary = switchOf(result.root, 'necessary');
      expect(necessary.checked).to.equal(true);
      expect(necessary.disabled).to.equal(true);
      for (const id of ['analytics', 'social', 'ads']) {
        expect(switchOf(result.root, id).checked, id).to.equal(false);
        expect(switchOf(result.root, id).disabled, id).to.equal(false);
      }

      for (const [id, title] of Object.entries(TITLES)) {
        const input = switchOf(result.root, id);
        expect(input.type).to.equal('checkbox');
        expect(input.getAttribute('role')).to.equal('switch');
        expect(input.labels, id).to.have.length(1);
        const label = input.labels![0];
        expect(label.htmlFor).to.equal(input.id);
        expect(name(label)).to.equal(title);
        expect(row(result.root, id).contains(label)).to.equal(true);
      }
      // The banner is hidden behind the dialog.
      expect(isVisible(banner(result.root))).to.equal(false);
    });

    it('toggling the social switch flips its row to granted', async () => {
      const result = await setup();
      await openDialogFromBanner(result);
      const social = switchOf(result.root, 'social');
      social.click();
      await result.element.updateComplete;
      expect(switchOf(result.root, 'social').checked).to.equal(true);
      expect(row(result.root, 'social').dataset.state).to.equal('granted');
      expect(row(result.root, 'analytics').dataset.state).to.equal('denied');
      expect(result.jar.writes, 'nothing is recorded before saving').to.have.length(0);

      switchOf(result.root, 'social').click();
      await result.element.updateComplete;
      expect(row(result.root, 'social').dataset.state).to.equal('denied');
    });

    it('"Enregistrer mes choix" records a custom decision and closes the dialog', async () => {
      const result = await setup();
      const dialog = await openDialogFromBanner(result);
      switchOf(result.root, 'social').click();
      await result.element.updateComplete;
      button(dialog, 'Enregistrer mes choix').click();

      expect(result.store.state.decided).to.equal(true);
      expect(result.store.state.method).to.equal('custom');
      expect(result.store.state.categories).to.deep.equal({ necessary: true, analytics: false, social: true, ads: false });
      expect(decodeRecord(result.jar.value)).to.include({ m: 'custom', v: RECORD_FORMAT });
      expect(decodeRecord(result.jar.value)!.c).to.deep.equal({ analytics: false, social: true, ads: false });
      expect(dialog.open).to.equal(false);
      await waitUntil(() => !dialog.matches(':modal'), 'the dialog is still modal');
      await result.element.updateComplete;
      expect(banner(result.root)).to.equal(null);
    });

    it('"Tout accepter" in the dialog records accept-all and closes it', async () => {
      const result = await setup();
      const dialog = await openDialogFromBanner(result);
      button(dialog, 'Tout accepter').click();
      expect(result.store.state.method).to.equal('accept-all');
      expect(dialog.open).to.equal(false);
    });

    it('Escape closes the dialog without a decision and the banner shows again', async () => {
      const result = await setup();
      const dialog = await openDialogFromBanner(result);
      switchOf(result.root, 'ads').click();
      await result.element.updateComplete;
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog', { timeout: 2000 });
      await waitUntil(() => isVisible(banner(result.root)), 'the banner did not show again', { timeout: 2000 });
      expect(result.store.state.decided).to.equal(false);
      expect(result.store.state.categories.ads).to.equal(false);
      expect(result.jar.writes).to.have.length(0);
      expect(banner(result.root)!.hidden).to.equal(false);
    });

    it('the close button closes the dialog without a decision', async () => {
      const result = await setup();
      const dialog = await openDialogFromBanner(result);
      button(dialog, '×').click();
      await waitUntil(() => isVisible(banner(result.root)), 'the banner did not show again', { timeout: 2000 });
      expect(dialog.open).to.equal(false);
      expect(result.store.state.decided).to.equal(false);
      expect(result.jar.writes).to.have.length(0);
      expect(button(dialog, '×').getAttribute('aria-label')).to.equal('Fermer');
    });

    // Focus comes back once the banner is visible again (it is display: none while the dialog is open).
    it('gives focus back to "Paramétrer vos choix" after Escape', async () => {
      const result = await setup();
      const dialog = await openDialogFromBanner(result);
      const customize = button(result.element, 'Paramétrer vos choix');
      expect(dialog.contains(result.root.activeElement), 'focus is in the dialog while it is open').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog', { timeout: 2000 });
      await waitUntil(() => document.activeElement === customize, 'focus did not come back to the opener', { timeout: 2000 });
      expect(isVisible(customize)).to.equal(true);
    });

    it('showPreferences() shows the stored choices', async () => {
      const jar = fakeJar();
      const stored = createStore(parseConfig(undefined), jar);
      stored.decide('custom', (id) => id === 'analytics');
      const result = await setup({ privacyPolicyUrl: '/privacy' }, jar);
      expect(result.store.state.decided).to.equal(true);
      result.handle.showPreferences();
      await waitUntil(() => dialogOf(result.root)?.open, 'the dialog did not open', { timeout: 2000 });
      await result.element.updateComplete;
      expect(banner(result.root)).to.equal(null);
      expect(switchOf(result.root, 'analytics').checked).to.equal(true);
      expect(row(result.root, 'analytics').dataset.state).to.equal('granted');
      expect(switchOf(result.root, 'social').checked).to.equal(false);
      expect(row(result.root, 'ads').dataset.state).to.equal('denied');
    });

    it('showPreferences() after a revision bump pre-fills the old choices, recording nothing', async () => {
      const old = JSON.stringify({ v: 1, rev: 1, id: 'old-consent-id', at: new Date().toISOString(), m: 'custom', c: { ads: true, social: false } });
      const result = await setup({ revision: 2 }, fakeJar(old));
      expect(result.store.state.decided).to.equal(false);
      result.handle.showPreferences();
      await waitUntil(() => dialogOf(result.root)?.open, 'the dialog did not open', { timeout: 2000 });
      await result.element.updateComplete;
      expect(row(result.root, 'ads').dataset.state).to.equal('granted');
      expect(row(result.root, 'social').dataset.state).to.equal('denied');
      expect(row(result.root, 'analytics').dataset.state).to.equal('denied');
      expect(result.store.state.categories.ads).to.equal(false);
      expect(result.jar.writes).to.have.length(0);
    });
  });
});
