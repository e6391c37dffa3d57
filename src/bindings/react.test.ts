import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { useConsent } from './react.js';
import { consoleProblems, runningWidget } from './test-widget.js';

/** Hydrates `server` (the server's HTML: useConsent is false there) with a component reading `read()`. */
async function hydrate(read: () => boolean) {
  const container = document.createElement('div');
  container.innerHTML = '<p>non</p>';
  document.body.append(container);
  const seen: boolean[] = [];
  const errors: unknown[] = [];
  const Widget = () => {
    const social = read();
    seen.push(social);
    return createElement('p', null, social ? 'oui' : 'non');
  };
  const root = hydrateRoot(container, createElement(Widget), { onRecoverableError: (error: unknown) => void errors.push(error) });
  await waitUntil(() => seen.length > 0 && container.textContent === (seen.at(-1) ? 'oui' : 'non'));
  return { container, seen, errors, done: () => (root.unmount(), container.remove()) };
}

describe('bandeau/react: useConsent during hydration', () => {
  it('answers the server value (false) while hydrating, then the stored decision; no mismatch', async () => {
    const widget = runningWidget(['social']);
    const console = consoleProblems();
    const { container, seen, errors, done } = await hydrate(() => useConsent('social'));
    await waitUntil(() => container.textContent === 'oui', 'the live value after hydration');
    console.stop();
    widget.stop();
    done();
    expect(seen[0]).to.equal(false);
    expect(errors).to.deep.equal([]);
    expect(console.problems.filter((text) => /hydrat/i.test(text))).to.deep.equal([]);
  });

  it('follows later decisions', async () => {
    const widget = runningWidget([]);
    const { container, done } = await hydrate(() => useConsent('social'));
    expect(container.textContent).to.equal('non');
    widget.grant('social');
    await waitUntil(() => container.textContent === 'oui');
    widget.stop();
    done();
  });

  it('(the check can fail) a component reading the live value while hydrating mismatches', async () => {
    const widget = runningWidget(['social']);
    const console = consoleProblems();
    const { errors, done } = await hydrate(() => window.cookieConsent!.isGranted('social'));
    console.stop();
    widget.stop();
    done();
    expect(errors.length + console.problems.filter((text) => /hydrat/i.test(text)).length).to.be.greaterThan(0);
  });
});
