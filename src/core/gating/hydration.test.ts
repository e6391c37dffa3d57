// configure() called after React hydrated (in an effect): the gates parsed before the entry loaded were readied as it
// loaded (prepareGatesForHydration, run by the ESM entry at load), so hydration matches; once defined, they stamp.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { consoleProblems } from '../../bindings/test-widget.js';
import { ConsentGateElement, GATE_EVENT, type GateHost } from './consent-gate.js';
import { prepareGatesForHydration } from './hydration.js';

const EMBED = '/src/core/gating/hydration.test.ts?embed';

it('a gate defined only after React hydrated it: no mismatch, nothing loads before, stamped once defined', async () => {
  const container = document.createElement('div');
  document.body.append(container);
  container.innerHTML = `<consent-gate category="social"><template><iframe src="${EMBED}"></iframe></template></consent-gate>`;
  prepareGatesForHydration(); // what loading the ESM entry does
  const console = consoleProblems();
  const errors: unknown[] = [];
  let hydrated!: () => void;
  const done = new Promise<void>((resolve) => (hydrated = resolve));
  const Gate = () => {
    return createElement('consent-gate', { category: 'social', ref: () => hydrated() }, createElement('template', null, createElement('iframe', { src: EMBED })));
  };
  const root = hydrateRoot(container, createElement(Gate), { onRecoverableError: (error: unknown) => void errors.push(error) });
  await done;
  await new Promise((resolve) => requestIdleCallback(resolve));
  console.stop();
  expect(errors).to.deep.equal([]);
  expect(console.problems).to.deep.equal([]);
  expect(document.querySelector(`iframe[src="${EMBED}"]`)).to.equal(null);
  // configure() now: the core answers the gate (granted) and defines it.
  document.addEventListener(GATE_EVENT, (event) => {
    (event as CustomEvent<{ host?: GateHost }>).detail.host = { isGranted: () => true, ran: () => {} };
  });
  customElements.define('consent-gate', ConsentGateElement);
  await waitUntil(() => container.querySelector(`consent-gate > iframe[src="${EMBED}"]`), 'stamped once defined');
  root.unmount();
  container.remove();
});
