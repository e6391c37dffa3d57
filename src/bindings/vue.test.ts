import { expect, waitUntil } from '@open-wc/testing';
import { createApp, createSSRApp, defineComponent, h, nextTick, Suspense } from 'vue';
import { useConsent } from './vue.js';
import { consoleProblems, runningWidget } from './test-widget.js';

/** Mounts a component showing useConsent('social') over `<p>non</p>` (what the server rendered), hydrating or not. */
function mount(create: typeof createApp, read: () => boolean) {
  const container = document.createElement('div');
  container.innerHTML = '<p>non</p>';
  document.body.append(container);
  const seen: boolean[] = [];
  const warnings: string[] = [];
  const Widget = defineComponent({
    setup() {
      const social = read();
      return () => (seen.push(social), h('p', social ? 'oui' : 'non'));
    },
  });
  const app = create(Widget);
  app.config.warnHandler = (message) => void warnings.push(message);
  app.mount(container);
  return { container, seen, warnings, done: () => (app.unmount(), container.remove()) };
}

const hydrateConsent = () => {
  const Widget = defineComponent({
    setup() {
      const social = useConsent('social');
      return () => h('p', social.value ? 'oui' : 'non');
    },
  });
  const container = document.createElement('div');
  container.innerHTML = '<p>non</p>';
  document.body.append(container);
  const seen: string[] = [];
  const warnings: string[] = [];
  const app = createSSRApp(Widget);
  app.config.warnHandler = (message) => void warnings.push(message);
  app.mount(container);
  seen.push(container.textContent!);
  return { container, seen, warnings, done: () => (app.unmount(), container.remove()) };
};

describe('bandeau/vue: useConsent during hydration', () => {
  it('answers the server value (false) while hydrating, then the stored decision; no mismatch', async () => {
    const widget = runningWidget(['social']);
    const console = consoleProblems();
    const { container, seen, warnings, done } = hydrateConsent();
    await waitUntil(() => container.textContent === 'oui', 'the live value once mounted');
    console.stop();
    widget.stop();
    done();
    expect(seen).to.deep.equal(['non']);
    expect(warnings).to.deep.equal([]);
    expect(console.problems.filter((text) => /hydrat/i.test(text))).to.deep.equal([]);
  });

  it('keeps the server value until mounted when the widget reports between setup and the hydrating render', async () => {
    const widget = runningWidget([]);
    const console = consoleProblems();
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    // An async setup under <Suspense> (as Nuxt renders pages): its render comes a task after its setup.
    const Widget = defineComponent({
      async setup() {
        const social = useConsent('social');
        await paused;
        return () => h('p', social.value ? 'oui' : 'non');
      },
    });
    const container = document.createElement('div');
    container.innerHTML = '<p>non</p>';
    document.body.append(container);
    const app = createSSRApp({ render: () => h(Suspense, null, { default: () => h(Widget) }) });
    const warnings: string[] = [];
    app.config.warnHandler = (message) => void warnings.push(message);
    app.mount(container);
    widget.grant('social');
    resume();
    await waitUntil(() => container.textContent === 'oui', 'the live value once mounted');
    console.stop();
    widget.stop();
    app.unmount();
    container.remove();
    expect(warnings).to.deep.equal([]);
    expect(console.problems.filter((text) => /hydrat/i.test(text))).to.deep.equal([]);
  });

  it('a fresh (client-only) mount starts from the stored decision; later decisions follow', async () => {
    const widget = runningWidget([]);
    const { container, done } = hydrateConsent();
    await nextTick();
    expect(container.textContent).to.equal('non');
    widget.grant('social');
    await waitUntil(() => container.textContent === 'oui');
    done();
    widget.stop();
    const granted = runningWidget(['social']);
    const fresh = document.createElement('div');
    document.body.append(fresh);
    const app = createApp(defineComponent({ setup: () => { const social = useConsent('social'); return () => h('p', social.value ? 'oui' : 'non'); } }));
    app.mount(fresh);
    expect(fresh.textContent).to.equal('oui');
    app.unmount();
    fresh.remove();
    granted.stop();
  });

  it('(the check can fail) a component reading the live value while hydrating mismatches', async () => {
    const widget = runningWidget(['social']);
    const console = consoleProblems();
    const { warnings, done } = mount(createSSRApp, () => window.cookieConsent!.isGranted('social'));
    console.stop();
    widget.stop();
    done();
    expect(warnings.length + console.problems.filter((text) => /hydrat/i.test(text)).length).to.be.greaterThan(0);
  });
});
