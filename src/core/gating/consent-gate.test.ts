// <consent-gate> under hydration (issue 19): server-rendered gates that React and Vue hydrate, as configure() readies
// them (hydration.ts). A stand-in core answers the gate's host request; the tests flip its answer.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createSSRApp, h } from 'vue';
import { consoleProblems } from '../../bindings/test-widget.js';
import { ConsentGateElement, GATE_EVENT, type GateHost } from './consent-gate.js';
import { prepareGatesForHydration } from './hydration.js';

let granted = false;
document.addEventListener(GATE_EVENT, (event) => {
  (event as CustomEvent<{ host?: GateHost }>).detail.host = { isGranted: () => granted, ran: () => {} };
});
prepareGatesForHydration();
customElements.define('consent-gate', ConsentGateElement);

const EMBED = '/src/core/gating/consent-gate.test.ts?embed';
/** What a server renders (React and Vue alike): the gate and its template, as the page's HTML. */
const SERVER_HTML = `<consent-gate category="social"><template><div id="comments"><iframe src="${EMBED}"></iframe></div></template></consent-gate>`;

/** The page's HTML, parsed (the gate is parser-created, as in a server-rendered page). */
function serverRendered(html = SERVER_HTML): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  container.innerHTML = html;
  return container;
}

/** Whether an iframe for the embed is in the document (an iframe in the document loads; one in a template does not). */
const embedInPage = () => document.querySelector(`iframe[src="${EMBED}"]`) !== null;
const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

const reactGate = (tag = 'consent-gate') =>
  createElement(tag, { category: 'social' }, createElement('template', null, createElement('div', { id: 'comments' }, createElement('iframe', { src: EMBED }))));

describe('<consent-gate> hydrated by React and Vue', () => {
  afterEach(() => {
    granted = false;
  });

  it('React: a returning visitor who accepted; hydration matches, the content is stamped after it', async () => {
    granted = true;
    const console = consoleProblems();
    const container = serverRendered();
    const gate = container.querySelector('consent-gate')!;
    // Nothing in the light DOM but the server's template until hydration is over.
    expect(gate.childElementCount).to.equal(1);
    expect(embedInPage()).to.equal(false);
    const errors: unknown[] = [];
    const root = hydrateRoot(container, reactGate(), { onRecoverableError: (error: unknown) => void errors.push(error) });
    await waitUntil(() => gate.querySelector(':scope > #comments iframe'), 'stamped after hydration');
    await idle();
    console.stop();
    expect(errors).to.deep.equal([]);
    expect(console.problems).to.deep.equal([]);
    expect(gate.querySelector(':scope > template')).to.not.equal(null);
    root.unmount();
    container.remove();
  });

  it('(the check can fail) React mismatches on a parsed template in an element the gate does not ready', async () => {
    const console = consoleProblems();
    const container = serverRendered(SERVER_HTML.replaceAll('consent-gate', 'other-gate'));
    const errors: unknown[] = [];
    const root = hydrateRoot(container, reactGate('other-gate'), { onRecoverableError: (error: unknown) => void errors.push(error) });
    await waitUntil(() => errors.length > 0 || console.problems.length > 0, 'a hydration mismatch');
    console.stop();
    root.unmount();
    container.remove();
  });

  it('React on the client (no server HTML): the gate stamps at once when granted, nothing before', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    root.render(reactGate());
    await waitUntil(() => container.querySelector('consent-gate template'));
    expect(embedInPage()).to.equal(false);
    granted = true;
    container.querySelector<ConsentGateElement>('consent-gate')!.refresh();
    expect(container.querySelector('consent-gate > #comments iframe')).to.not.equal(null);
    root.unmount();
    container.remove();
  });

  it('Vue (development build): its swap of the template for its content is refused, nothing loads; stamped after consent', async () => {
    const console = consoleProblems();
    const container = serverRendered();
    const gate = container.querySelector<ConsentGateElement>('consent-gate')!;
    const warnings: string[] = [];
    const app = createSSRApp({
      render: () => h('consent-gate', { category: 'social' }, [h('template', null, [h('div', { id: 'comments' }, [h('iframe', { src: EMBED })])])]),
    });
    app.config.warnHandler = (message) => void warnings.push(message);
    app.mount(container);
    await idle();
    console.stop();
    expect(warnings).to.deep.equal([]);
    expect(console.problems).to.deep.equal([]);
    expect(gate.querySelector(':scope > template')).to.not.equal(null);
    expect(embedInPage()).to.equal(false);
    granted = true;
    gate.refresh();
    expect(gate.querySelector(':scope > #comments iframe')).to.not.equal(null);
    app.unmount();
    container.remove();
  });
});
