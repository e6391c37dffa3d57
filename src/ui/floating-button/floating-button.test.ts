import { expect, waitUntil } from '@open-wc/testing';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { createStore } from '../../core/consent/store.js';
import { readOnlyView } from '../../core/consent/view.js';
import type { CookieConsentApi } from '../../core/types.js';
import fr from '../../i18n/fr.js';
import { fakeCookieJar } from '../../testing/fake-cookie-jar.js';
import type { UIHost } from '../contract.js';
import { showFloatingButton } from './floating-button.js';
import { testLoad } from '../../testing/test-load.js';

/** waitUntil, polling often (the default waits 50 ms before the first check) and failing after 2 s. */
const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 2000, interval: 5 });

function setup(config: unknown = { floatingButton: true }) {
  const store = createStore(parseConfig(config), fakeCookieJar());
  store.decide('accept-all', () => true);
  const opened: unknown[] = [];
  const api = { showPreferences: () => void opened.push(true) } as unknown as CookieConsentApi;
  const host: UIHost = {
    view: readOnlyView(store),
    config: store.config,
    language: 'fr',
    api,
    load: testLoad(),
  };
  return { host, opened };
}

const hosts = () => [...document.querySelectorAll('cookie-consent-button')];
const buttonOf = (element: Element) => element.shadowRoot!.querySelector('button')!;

describe('showFloatingButton', () => {
  const extra: Element[] = [];

  afterEach(() => {
    for (const element of [...hosts(), ...extra.splice(0)]) element.remove();
  });

  it('adds one <cookie-consent-button> whose button is named from the language table', async () => {
    const { host } = setup();
    expect(hosts()).to.have.length(0);
    await showFloatingButton(host);
    expect(hosts()).to.have.length(1);
    const element = hosts()[0];
    expect(element.parentElement === document.body, 'a child of <body>').to.equal(true);
    const buttons = element.shadowRoot!.querySelectorAll('button');
    expect(buttons).to.have.length(1);
    const button = buttons[0];
    expect(fr.manageCookies).to.equal('Gérer mes cookies');
    expect(button.getAttribute('aria-label')).to.equal(fr.manageCookies);
    expect(button.lang).to.equal('fr');
    // The icon is decoration only: the name comes from aria-label.
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect((button.textContent ?? '').trim()).to.equal('');
    // Visible, fixed in a corner of the viewport.
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(getComputedStyle(button).position).to.equal('fixed');
    expect(box.bottom).to.be.closeTo(window.innerHeight - 16, 2);
    expect(box.left).to.be.closeTo(16, 2);
  });

  it('uses a text override of manageCookies from the config', async () => {
    const { host } = setup({ floatingButton: true, texts: { fr: { manageCookies: 'Mes cookies' } } });
    await showFloatingButton(host);
    expect(buttonOf(hosts()[0]).getAttribute('aria-label')).to.equal('Mes cookies');
  });

  it('a click opens the preferences through the api', async () => {
    const { host, opened } = setup();
    await showFloatingButton(host);
    expect(opened).to.have.length(0);
    buttonOf(hosts()[0]).click();
    expect(opened).to.have.length(1);
  });

  it('a second call, sequential or concurrent, adds no second button', async () => {
    const { host, opened } = setup();
    await showFloatingButton(host);
    await showFloatingButton(host);
    expect(hosts()).to.have.length(1);
    hosts()[0].remove();
    await Promise.all([showFloatingButton(host), showFloatingButton(host)]);
    expect(hosts()).to.have.length(1);
    buttonOf(hosts()[0]).click();
    expect(opened).to.have.length(1);
  });

  it('moves to the other side while a focused element sits under it, and back when focus leaves', async () => {
    const { host } = setup();
    await showFloatingButton(host);
    const element = hosts()[0];
    const button = buttonOf(element);
    const startBox = button.getBoundingClientRect();

    const under = document.createElement('button');
    under.textContent = 'A page button in the bottom-left corner';
    under.style.cssText = 'position: fixed; left: 0; bottom: 0; width: 200px; height: 80px;';
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'A page button at the top';
    elsewhere.style.cssText = 'position: fixed; left: 40%; top: 0;';
    document.body.append(under, elsewhere);
    extra.push(under, elsewhere);

    elsewhere.focus();
    expect(element.hasAttribute('side')).to.equal(false);

    under.focus();
    expect(element.getAttribute('side')).to.equal('end');
    const movedBox = button.getBoundingClientRect();
    expect(movedBox.right).to.be.closeTo(document.documentElement.clientWidth - 16, 2);
    expect(movedBox.left).to.be.greaterThan(startBox.right);
    const underBox = under.getBoundingClientRect();
    expect(movedBox.left >= underBox.right || movedBox.right <= underBox.left, 'no longer over the focused element').to.equal(true);

    elsewhere.focus();
    await until(() => !element.hasAttribute('side'), 'it did not come back');
    expect(button.getBoundingClientRect().left).to.be.closeTo(startBox.left, 1);
  });
});
