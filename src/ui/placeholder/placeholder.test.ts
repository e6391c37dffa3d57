import { expect } from '@open-wc/testing';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { createStore } from '../../core/consent/store.js';
import { readOnlyView } from '../../core/consent/view.js';
import type { CookieConsentApi } from '../../core/types.js';
import { fakeCookieJar } from '../../testing/fake-cookie-jar.js';
import type { UIHost } from '../contract.js';
import { renderPlaceholder } from './placeholder.js';
import { testLoad } from '../../testing/test-load.js';

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface Setup {
  host: UIHost;
  updates: Array<Record<string, boolean>>;
  /** The placeholder slot, in the open shadow root of a gate-like element attached to the page. */
  slot: HTMLSlotElement;
  root: ShadowRoot;
  loads: string[];
}

const mounted: Element[] = [];

function setup(config: unknown = {}): Setup {
  const store = createStore(parseConfig(config), fakeCookieJar());
  const updates: Array<Record<string, boolean>> = [];
  const loads: string[] = [];
  const api = { update: (choices: Record<string, boolean>) => void updates.push(choices) } as unknown as CookieConsentApi;
  const host: UIHost = {
    view: readOnlyView(store),
    config: store.config,
    language: 'fr',
    api,
    load: testLoad((name) => (name.startsWith('i18n/') ? import('../../i18n/fr.js') : undefined), loads),
  };
  const gate = document.createElement('div');
  const root = gate.attachShadow({ mode: 'open' });
  const slot = document.createElement('slot');
  slot.name = 'placeholder';
  root.append(slot);
  document.body.append(gate);
  mounted.push(gate);
  return { host, updates, slot, root, loads };
}

const boxOf = (slot: HTMLSlotElement) => slot.querySelector<HTMLElement>('.placeholder')!;

describe('renderPlaceholder', () => {
  afterEach(() => {
    for (const element of mounted.splice(0)) element.remove();
  });

  it('renders the French text naming the category, a button and a preferences link, in the page language', async () => {
    const { host, slot, loads } = setup();
    await renderPlaceholder(slot, 'social', host);
    expect(loads).to.deep.equal(['i18n/fr']);
    expect(slot.children).to.have.length(1);
    const box = boxOf(slot);
    expect(box.getAttribute('lang')).to.equal('fr');
    expect(box.getAttribute('part')).to.equal('placeholder');
    expect(text(box.querySelector('p'))).to.equal(
      'Pour afficher ce contenu et laisser des commentaires, veuillez accepter le dépôt des cookies « Réseaux sociaux », soit ici, soit via la rubrique « Paramétrer vos choix ».',
    );
    const buttons = box.querySelectorAll('button');
    expect(buttons).to.have.length(1);
    expect(buttons[0].type).to.equal('button');
    expect(text(buttons[0])).to.equal('Accepter les cookies « Réseaux sociaux »');
    const links = box.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('data-cookie-consent')).to.equal('preferences');
    expect(links[0].hasAttribute('href'), 'a real, focusable link').to.equal(true);
    expect(text(links[0])).to.equal('Paramétrer vos choix');
    // Fallback content of a slot is shown (nothing is assigned to it), and it is styled.
    expect(slot.assignedNodes()).to.have.length(0);
    expect(box.getClientRects().length).to.be.greaterThan(0);
    expect(slot.getRootNode() === mounted[0].shadowRoot, 'the slot stays in the gate’s shadow root').to.equal(true);
    expect((slot.getRootNode() as ShadowRoot).adoptedStyleSheets).to.have.length(1);
  });

  it('the button grants that category alone, once per click', async () => {
    const { host, slot, updates } = setup();
    await renderPlaceholder(slot, 'ads', host);
    const button = boxOf(slot).querySelector('button')!;
    expect(updates).to.deep.equal([]);
    button.click();
    expect(updates).to.deep.equal([{ ads: true }]);
    button.click();
    expect(updates).to.deep.equal([{ ads: true }, { ads: true }]);
  });

  it('each placeholder grants its own category', async () => {
    const first = setup();
    const second = setup();
    await renderPlaceholder(first.slot, 'social', first.host);
    await renderPlaceholder(second.slot, 'analytics', second.host);
    expect(text(boxOf(second.slot).querySelector('button'))).to.equal("Accepter les cookies « Mesure d'audience »");
    boxOf(second.slot).querySelector('button')!.click();
    expect(second.updates).to.deep.equal([{ analytics: true }]);
    expect(first.updates).to.deep.equal([]);
  });

  it('renders a hostile category title as text, not HTML, and keeps "$&" literal', async () => {
    const title = '<img src=x onerror="window.__ccPwned=1"><b>Vidéos</b> $& $1 $`';
    const { host, slot, updates } = setup({ categories: { necessary: {}, video: { title } } });
    await renderPlaceholder(slot, 'video', host);
    const box = boxOf(slot);
    expect(box.querySelectorAll('img, b, script').length, 'elements parsed from the title').to.equal(0);
    expect(text(box.querySelector('button'))).to.equal(`Accepter les cookies « ${title} »`);
    expect(box.querySelector('p')!.textContent).to.contain(`« ${title} »`);
    expect((window as { __ccPwned?: number }).__ccPwned).to.equal(undefined);
    box.querySelector('button')!.click();
    expect(updates).to.deep.equal([{ video: true }]);
  });

  it("uses the config's localized title and text overrides", async () => {
    const { host, slot } = setup({
      categories: { necessary: {}, video: { title: { en: 'Videos', fr: 'Vidéos' } } },
      texts: { fr: { gateAccept: 'Oui aux {category}' } },
    });
    await renderPlaceholder(slot, 'video', host);
    expect(text(boxOf(slot).querySelector('button'))).to.equal('Oui aux Vidéos');
    expect(text(boxOf(slot).querySelector('a'))).to.equal('Paramétrer vos choix');
  });

  it('replaces what the slot held, so rendering twice leaves one placeholder', async () => {
    const { host, slot } = setup();
    slot.append(document.createTextNode('old fallback'));
    await renderPlaceholder(slot, 'social', host);
    await renderPlaceholder(slot, 'social', host);
    expect(slot.childNodes).to.have.length(1);
    expect(text(slot)).not.to.contain('old fallback');
  });
});
