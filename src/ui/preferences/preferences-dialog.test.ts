import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { type ConsentStore, createStore } from '../../core/consent/store.js';
import { readOnlyView } from '../../core/consent/view.js';
import type { CookieConsentApi } from '../../core/types.js';
import { fakeCookieJar } from '../../testing/fake-cookie-jar.js';
import type { UIHandle, UIHost } from '../contract.js';
import type { CookieConsentElement } from '../cookie-consent/cookie-consent.js';
import { mount } from '../mount.js';
import { testLoad } from '../../testing/test-load.js';

/** waitUntil, polling often (the default waits 50 ms before the first check) and failing after 2 s. */
const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 2000, interval: 5 });

/**
 * The preferences dialog (preferences-dialog.ts) as the core shows it: mount(), then handle.showPreferences(),
 * with the api recorded. cookie-consent.test.ts covers opening it from the banner, its rows and labels for the default
 * categories, the social toggle, Save/accept from the dialog against the store, the × button and focus back to the
 * banner's button; this file covers what the dialog does on its own.
 */

const GREEN = 'rgb(23, 112, 58)'; // --cc-granted, light theme (#17703a)
const RED = 'rgb(179, 38, 30)'; // --cc-denied, light theme (#b3261e)

interface Setup {
  store: ConsentStore;
  jar: ReturnType<typeof fakeCookieJar>;
  handle: UIHandle;
  element: CookieConsentElement;
  root: ShadowRoot;
  /** Every call the UI made to the api, in order, with a copy of its argument. */
  calls: Array<[string, unknown?]>;
}

async function setup(config: Record<string, unknown> = {}, jar = fakeCookieJar()): Promise<Setup> {
  const store = createStore(parseConfig({ theme: 'light', ...config }), jar);
  const calls: Setup['calls'] = [];
  // Recorded, then wired straight to the store as the core does (so the dialog closes on a decision).
  const api = {
    acceptAll: () => {
      calls.push(['acceptAll']);
      store.decide('accept-all', () => true);
    },
    rejectAll: () => {
      calls.push(['rejectAll']);
      store.decide('reject-all', () => false);
    },
    update: (choices: Record<string, boolean>) => {
      calls.push(['update', structuredClone(choices)]);
      store.decide('custom', (id) => choices[id] ?? store.state.categories[id]);
    },
  } as unknown as CookieConsentApi;
  const host: UIHost = {
    view: readOnlyView(store),
    config: store.config,
    language: 'fr',
    api,
    load: testLoad(),
  };
  const handle = await mount(host);
  const element = document.body.firstElementChild as CookieConsentElement;
  expect(element.localName).to.equal('cookie-consent');
  await element.updateComplete;
  return { store, jar, handle, element, root: element.shadowRoot!, calls };
}

const dialogOf = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog.preferences');

async function open(result: Setup): Promise<HTMLDialogElement> {
  result.handle.showPreferences();
  await result.element.updateComplete;
  await until(() => dialogOf(result.root)?.open, 'the dialog did not open');
  return dialogOf(result.root)!;
}

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const row = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`li[data-category="${id}"]`)!;
const switchOf = (root: ShadowRoot, id: string) => row(root, id).querySelector<HTMLInputElement>('input[role=switch]')!;
const statusOf = (root: ShadowRoot, id: string) => row(root, id).querySelector<HTMLElement>('.status')!;

function buttonNamed(scope: ParentNode, name: string): HTMLButtonElement {
  const matches = [...scope.querySelectorAll('button')].filter((b) => text(b) === name || b.getAttribute('aria-label') === name);
  expect(matches, `one button "${name}"`).to.have.length(1);
  return matches[0];
}

/** The accessible name of a form control, in the order the spec gives (aria-labelledby, aria-label, <label>). */
function accessibleName(control: HTMLInputElement): string {
  const root = control.getRootNode() as ShadowRoot;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => text(root.getElementById(id))).join(' ');
  const label = control.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  return [...(control.labels ?? [])].map((l) => text(l)).join(' ');
}

const description = (control: HTMLInputElement): string =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text((control.getRootNode() as ShadowRoot).getElementById(id)))
    .join(' ');

/** The state's colour as the visitor sees it: the row's band and the switch's track. */
const colours = (root: ShadowRoot, id: string) => ({
  band: getComputedStyle(row(root, id)).borderInlineStartColor,
  track: getComputedStyle(switchOf(root, id)).backgroundColor,
  status: getComputedStyle(statusOf(root, id)).color,
});

describe('preferences dialog', () => {
  const extra: Element[] = [];

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  afterEach(() => {
    for (const element of [...document.querySelectorAll('cookie-consent'), ...extra.splice(0)]) element.remove();
  });

  it('gives one enabled switch per optional category, each with an accessible name and description', async () => {
    const result = await setup({
      categories: {
        necessary: {},
        security: { required: true, title: 'Sécurité', description: 'Protection contre la fraude.' },
        analytics: {},
        video: { title: { en: 'Videos', fr: 'Vidéos' }, description: 'Lecteurs vidéo intégrés.' },
      },
    });
    const dialog = await open(result);
    expect(dialog.matches(':modal')).to.equal(true);
    const switches = [...dialog.querySelectorAll<HTMLInputElement>('input')];
    expect(switches.map((input) => input.getAttribute('role'))).to.deep.equal(['switch', 'switch', 'switch', 'switch']);
    const enabled = switches.filter((input) => !input.disabled);
    expect(enabled.map((input) => input.closest('li')!.dataset.category)).to.deep.equal(['analytics', 'video']);

    const names = switches.map(accessibleName);
    expect(names).to.deep.equal(['Cookies techniques', 'Sécurité', "Mesure d'audience", 'Vidéos']);
    expect(new Set(switches.map((input) => input.id)).size, 'unique ids for the label associations').to.equal(4);
    for (const input of switches) {
      expect(input.labels![0].getClientRects().length, `label of ${input.id} is visible`).to.be.greaterThan(0);
      expect(input.closest('[aria-hidden="true"]') === null, `${input.id} is exposed`).to.equal(true);
    }
    expect(description(switchOf(result.root, 'video'))).to.equal('Lecteurs vidéo intégrés.');
    expect(description(switchOf(result.root, 'analytics'))).to.equal(
      "Nous permettent de mesurer la fréquentation du site et l'utilisation de ses rubriques afin de les améliorer.",
    );
    // The "Autorisé / Refusé" word is decoration: the switch's checked state is what assistive tech reads.
    expect(statusOf(result.root, 'analytics').getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows required categories checked and disabled ("Toujours actif"); clicking them changes nothing', async () => {
    const result = await setup({ categories: { necessary: {}, security: { required: true, title: 'Sécurité' }, ads: {} } });
    await open(result);
    for (const id of ['necessary', 'security']) {
      const input = switchOf(result.root, id);
      expect(input.checked, id).to.equal(true);
      expect(input.disabled, id).to.equal(true);
      expect(text(statusOf(result.root, id)), id).to.equal('Toujours actif');
      expect(row(result.root, id).dataset.state, id).to.equal('granted');
      input.click();
      await result.element.updateComplete;
      expect(switchOf(result.root, id).checked, `${id} after a click`).to.equal(true);
    }
    buttonNamed(dialogOf(result.root)!, 'Enregistrer mes choix').click();
    expect(result.calls).to.deep.equal([['update', { necessary: true, security: true, ads: false }]]);
    expect(result.store.state.categories).to.deep.equal({ necessary: true, security: true, ads: false });
  });

  it('shows each state in green or red, band, track and word, and flips it with the switch', async () => {
    const result = await setup();
    await open(result);
    const { root } = result;
    expect(colours(root, 'necessary')).to.deep.equal({ band: GREEN, track: GREEN, status: GREEN });
    for (const id of ['analytics', 'social', 'ads']) {
      expect(colours(root, id), id).to.deep.equal({ band: RED, track: RED, status: RED });
      expect(row(root, id).getAttribute('part')!.split(' '), id).to.have.members(['category', 'category-denied']);
      expect(text(statusOf(root, id)), id).to.equal('Refusé');
    }
    expect(row(root, 'necessary').getAttribute('part')!.split(' ')).to.have.members(['category', 'category-granted']);

    switchOf(root, 'ads').click();
    await result.element.updateComplete;
    expect(colours(root, 'ads')).to.deep.equal({ band: GREEN, track: GREEN, status: GREEN });
    expect(row(root, 'ads').getAttribute('part')!.split(' ')).to.have.members(['category', 'category-granted']);
    expect(text(statusOf(root, 'ads'))).to.equal('Autorisé');
    expect(colours(root, 'analytics').band, 'the others keep their colour').to.equal(RED);
    expect(result.calls, 'a toggle records nothing').to.deep.equal([]);
  });

  it('records exactly the toggled choices through api.update on Save, nothing else', async () => {
    const result = await setup();
    const dialog = await open(result);
    for (const id of ['analytics', 'ads', 'social', 'ads']) {
      switchOf(result.root, id).click();
      await result.element.updateComplete;
    }
    expect(result.calls).to.deep.equal([]);
    buttonNamed(dialog, 'Enregistrer mes choix').click();
    expect(result.calls).to.deep.equal([['update', { necessary: true, analytics: true, social: true, ads: false }]]);
    expect(result.store.state).to.include({ decided: true, method: 'custom' });
    expect(result.store.state.categories).to.deep.equal({ necessary: true, analytics: true, social: true, ads: false });
    await until(() => !dialog.open, 'Save did not close the dialog');
  });

  it('Save without a toggle is a decision: it records the refusal shown', async () => {
    const result = await setup();
    await open(result);
    buttonNamed(dialogOf(result.root)!, 'Enregistrer mes choix').click();
    expect(result.calls).to.deep.equal([['update', { necessary: true, analytics: false, social: false, ads: false }]]);
    expect(result.store.state.decided).to.equal(true);
    expect(result.jar.writes).to.have.length(1);
  });

  it('starts from the stored decision: switching one off and saving withdraws only that one', async () => {
    const jar = fakeCookieJar();
    createStore(parseConfig({}), jar).decide('accept-all', () => true);
    const result = await setup({}, jar);
    const dialog = await open(result);
    expect(['analytics', 'social', 'ads'].map((id) => switchOf(result.root, id).checked)).to.deep.equal([true, true, true]);
    switchOf(result.root, 'social').click();
    await result.element.updateComplete;
    buttonNamed(dialog, 'Enregistrer mes choix').click();
    expect(result.calls).to.deep.equal([['update', { necessary: true, analytics: true, social: false, ads: true }]]);
    expect(result.store.state.categories).to.deep.equal({ necessary: true, analytics: true, social: false, ads: true });
  });

  it('Escape closes without deciding; reopening shows the stored choices, not the discarded toggles', async () => {
    const jar = fakeCookieJar();
    createStore(parseConfig({}), jar).decide('custom', (id) => id === 'analytics');
    const result = await setup({}, jar);
    const writes = jar.writes.length;
    const dialog = await open(result);
    switchOf(result.root, 'analytics').click();
    switchOf(result.root, 'ads').click();
    await result.element.updateComplete;
    expect(switchOf(result.root, 'ads').checked).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'Escape did not close the dialog');
    expect(result.calls).to.deep.equal([]);
    expect(jar.writes).to.have.length(writes);
    expect(result.store.state.categories).to.deep.equal({ necessary: true, analytics: true, social: false, ads: false });
    expect(result.root.querySelector('.banner') === null, 'a decided visitor gets no banner').to.equal(true);

    await open(result);
    expect(switchOf(result.root, 'analytics').checked).to.equal(true);
    expect(switchOf(result.root, 'ads').checked).to.equal(false);
    expect(row(result.root, 'ads').dataset.state).to.equal('denied');
  });

  it('gives focus back to a page opener after Escape, and after Save', async () => {
    const result = await setup();
    const opener = document.createElement('button');
    opener.textContent = 'Gérer mes cookies';
    opener.addEventListener('click', () => result.handle.showPreferences());
    document.body.append(opener);
    extra.push(opener);

    opener.focus();
    opener.click();
    await result.element.updateComplete;
    const dialog = dialogOf(result.root)!;
    await until(() => dialog.open, 'the dialog did not open');
    expect(document.activeElement === result.element, 'focus moved into the component').to.equal(true);
    expect(dialog.contains(result.root.activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => document.activeElement === opener, 'focus did not come back after Escape');

    opener.click();
    await result.element.updateComplete;
    await until(() => dialog.open, 'the dialog did not open again');
    buttonNamed(dialog, 'Enregistrer mes choix').click();
    await until(() => document.activeElement === opener, 'focus did not come back after Save');
    expect(dialog.open).to.equal(false);
  });

  it('gives focus back to an opener inside another shadow root (such as the floating button)', async () => {
    const result = await setup();
    const outer = document.createElement('div');
    const inner = document.createElement('button');
    inner.textContent = 'Cookies';
    outer.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    extra.push(outer);
    inner.focus();
    expect(outer.shadowRoot!.activeElement === inner, 'the inner button has focus').to.equal(true);

    const dialog = await open(result);
    expect(outer.shadowRoot!.activeElement === null, 'focus left the inner button').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'Escape did not close the dialog');
    await until(() => outer.shadowRoot!.activeElement === inner, 'focus did not come back to the inner button');
    expect(document.activeElement === outer, 'the page sees focus on the outer host').to.equal(true);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const result = await setup();
    const dialog = await open(result);
    const close = buttonNamed(dialog, 'Fermer');
    const save = buttonNamed(dialog, 'Enregistrer mes choix');
    save.focus();
    await sendKeys({ press: 'Tab' });
    expect(result.root.activeElement === close, 'Tab from the last control wraps to the close button').to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    expect(result.root.activeElement === save, 'Shift+Tab from the first control wraps to Save').to.equal(true);
    expect(dialog.open).to.equal(true);
  });

  it('explains a Global Privacy Control refusal in a note', async () => {
    const jar = fakeCookieJar();
    createStore(parseConfig({}), jar).decide('gpc', () => false);
    const result = await setup({}, jar);
    const dialog = await open(result);
    const note = dialog.querySelector('[role="note"]');
    expect(text(note)).to.contain('Global Privacy Control');

    const plain = await setup();
    await open(plain);
    expect(dialogOf(plain.root)!.querySelector('[role="note"]') === null, 'no note without GPC').to.equal(true);
  });
});
