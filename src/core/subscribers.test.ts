import { expect, waitUntil } from '@open-wc/testing';
import { fakeCookieJar } from '../testing/fake-cookie-jar.js';
import { emitChange } from './api/document-events.js';
import { CHANGE_EVENT } from './api/events.js';
import { createPageCallbacks } from './api/page-callbacks.js';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { type ConsentStore, createStore } from './consent/store.js';
import { readOnlyView } from './consent/view.js';
import { type Gating, startGating } from './gating/gating.js';
import { logReceipts } from './integrations/consent-log.js';
import { startConsentMode } from './integrations/google-consent-mode.js';
import { gpcApplies, recordGpcRefusal } from './integrations/gpc.js';
import { revokeWithdrawn } from './integrations/revocation.js';
import { syncTabs } from './integrations/tab-sync.js';
import type { Load } from './lazy.js';
import { withImports } from './load.js';
import type { CategoryId, ConsentChange, ConsentState, CookieConsentApi, ResolvedConfig } from './types.js';
import { createUIBridge } from './ui-bridge.js';
import type { UIHost } from '../ui/contract.js';

/** waitUntil, polling often (the default waits 50 ms before the first check) and failing after 2 s. */
const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 2000, interval: 5 });

/**
 * Each subscriber that start.ts wires, tested on its own against a real store over a fake cookie jar
 * (or a minimal fake where the subscriber loads a module or touches the page).
 */

const storeWith = (config: unknown = undefined, jar = fakeCookieJar()): ConsentStore => createStore(parseConfig(config), jar);

/** Replaces console.error (or warn) until restore(); collects every call's arguments. */
function captureConsole(method: 'error' | 'warn') {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => void (console[method] = original) };
}

/**
 * Resolves once every zero-delay timer already scheduled has run (timers of equal delay run in the order they were
 * set). Not a sleep: it is the ordering barrier for subscribers that defer their work with setTimeout(…, 0).
 */
const afterPendingTimers = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** A fake lazy loader: records every name asked for and answers with the given fake modules. */
function fakeLoader(modules: Record<string, unknown>) {
  const names: string[] = [];
  const load = ((name: string) => {
    names.push(name);
    return name in modules ? Promise.resolve(modules[name]) : Promise.reject(new Error(`unexpected module ${name}`));
  }) as Load;
  return { names, load };
}

let uniqueCount = 0;
/** A cookie name used by one test only, so that tab-sync channels of different tests never hear each other. */
const uniqueCookieName = (): string => `cc_sub_${Date.now().toString(36)}_${uniqueCount++}`;

describe('subscribers', () => {
  describe('isolation in the store', () => {
    let console_: ReturnType<typeof captureConsole>;
    afterEach(() => console_?.restore());

    it('a subscriber that throws does not stop the next ones, and yields exactly one console.error naming it', async () => {
      const store = storeWith();
      const callbacks = createPageCallbacks();
      const seen: string[] = [];
      callbacks.add((change) => seen.push(`callback:${change.method}`));
      const events: ConsentChange[] = [];
      const listener = (event: CustomEvent<ConsentChange>) => events.push(event.detail);
      document.addEventListener(CHANGE_EVENT, listener);
      try {
        store.subscribe(() => {
          throw new Error('boom from a subscriber');
        }, 'the faulty subscriber');
        store.subscribe(emitChange, 'a cookie-consent:change listener');
        store.subscribe(callbacks.notify, 'onChange callbacks');
        console_ = captureConsole('error');
        expect(() => store.decide('accept-all', () => true)).not.to.throw();
        console_.restore();
      } finally {
        document.removeEventListener(CHANGE_EVENT, listener);
      }
      expect(events.map((change) => change.method), 'the event after the faulty subscriber').to.deep.equal(['accept-all']);
      expect(seen, 'the callbacks after the faulty subscriber').to.deep.equal(['callback:accept-all']);
      expect(console_.calls).to.have.length(1);
      expect(String(console_.calls[0][0])).to.contain('the faulty subscriber');
      expect(String(console_.calls[0][0])).to.contain('[cookie-consent]');
      expect((console_.calls[0][1] as Error).message).to.equal('boom from a subscriber');
    });
  });

  describe('document events (emitChange)', () => {
    it('turns every recorded change into one cookie-consent:change on document, bubbling and composed', () => {
      const store = storeWith();
      store.subscribe(emitChange, 'a cookie-consent:change listener');
      const events: CustomEvent<ConsentChange>[] = [];
      const listener = (event: CustomEvent<ConsentChange>) => events.push(event);
      document.addEventListener(CHANGE_EVENT, listener);
      let consentId: string | null = null;
      try {
        store.decide('custom', (id) => id === 'social');
        consentId = store.state.consentId;
        store.reset();
      } finally {
        document.removeEventListener(CHANGE_EVENT, listener);
      }
      expect(events).to.have.length(2);
      const [decided, reset] = events.map((event) => event.detail);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(consentId).to.be.a('string');
      expect(decided).to.include({ decided: true, method: 'custom', consentId });
      expect(decided.categories).to.deep.equal({ necessary: true, analytics: false, social: true, ads: false });
      expect(decided.granted).to.deep.equal(['social']);
      expect(reset.decided).to.equal(false);
      expect(reset.revoked).to.deep.equal(['social']);
    });
  });

  describe('page callbacks (createPageCallbacks)', () => {
    let console_: ReturnType<typeof captureConsole>;
    afterEach(() => console_?.restore());

    it('the first callback throws, the second still runs; one console.error names an onChange callback', () => {
      const store = storeWith();
      const callbacks = createPageCallbacks();
      store.subscribe(callbacks.notify, 'onChange callbacks');
      const calls: string[] = [];
      callbacks.add(() => {
        calls.push('first');
        throw new Error('page callback failure');
      });
      callbacks.add((change) => calls.push(`second:${change.method}`));
      console_ = captureConsole('error');
      store.decide('reject-all', () => false);
      console_.restore();
      expect(calls).to.deep.equal(['first', 'second:reject-all']);
      expect(console_.calls).to.have.length(1);
      expect(String(console_.calls[0][0])).to.contain('an onChange callback');
      expect((console_.calls[0][1] as Error).message).to.equal('page callback failure');
    });

    it('gives each callback its own copy: a change mutated by one is intact for the next and in the store', () => {
      const store = storeWith();
      const callbacks = createPageCallbacks();
      store.subscribe(callbacks.notify, 'onChange callbacks');
      const received: ConsentChange[] = [];
      callbacks.add((change) => {
        received.push(change);
        change.categories.ads = false;
        change.granted.length = 0;
        change.method = 'reject-all';
      });
      callbacks.add((change) => received.push(structuredClone(change)));
      store.decide('accept-all', () => true);
      expect(received).to.have.length(2);
      expect(received[0]).not.to.equal(received[1]);
      expect(received[1].categories).to.deep.equal({ necessary: true, analytics: true, social: true, ads: true });
      expect(received[1].granted).to.deep.equal(['analytics', 'social', 'ads']);
      expect(received[1].method).to.equal('accept-all');
      expect(store.state.categories.ads).to.equal(true);
      expect(store.state.method).to.equal('accept-all');
    });

    it('stops calling a callback once its unsubscribe function ran', () => {
      const store = storeWith();
      const callbacks = createPageCallbacks();
      store.subscribe(callbacks.notify, 'onChange callbacks');
      const methods: Array<string | null> = [];
      const off = callbacks.add((change) => methods.push(change.method));
      store.decide('accept-all', () => true);
      off();
      store.decide('reject-all', () => false);
      expect(methods).to.deep.equal(['accept-all']);
    });
  });

  describe('tab sync (syncTabs)', () => {
    const originalPost = BroadcastChannel.prototype.postMessage;
    /** Names of the channels posted on, as each post happens (a synchronous record, unlike delivery). */
    let posts: string[];
    let observer: BroadcastChannel | undefined;

    beforeEach(() => {
      posts = [];
      BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
        posts.push(this.name);
        return originalPost.call(this, message);
      };
    });

    afterEach(() => {
      BroadcastChannel.prototype.postMessage = originalPost;
      observer?.close();
      observer = undefined;
    });

    /** A second channel of the same name: what another tab would hear. */
    function listen(channelName: string): unknown[] {
      const heard: unknown[] = [];
      observer = new BroadcastChannel(channelName);
      observer.onmessage = (event) => heard.push(event.data);
      return heard;
    }

    it('posts once on cookie-consent:<cookie name> after a local decision', async () => {
      const name = uniqueCookieName();
      const store = storeWith({ cookie: { name } });
      const heard = listen(`cookie-consent:${name}`);
      store.subscribe(syncTabs(store), 'tab sync');
      store.decide('accept-all', () => true);
      expect(posts, 'posted after the paint, not during the click').to.deep.equal([]);
      await until(() => heard.length === 1, 'the other tab heard nothing');
      await afterPendingTimers();
      expect(posts).to.deep.equal([`cookie-consent:${name}`]);
      expect(heard).to.have.length(1);
    });

    it("re-reads the cookie on another tab's message, and does not echo that remote change", async () => {
      const name = uniqueCookieName();
      const jar = fakeCookieJar();
      const store = storeWith({ cookie: { name } }, jar);
      const seen: boolean[] = [];
      store.subscribe(syncTabs(store), 'tab sync');
      store.subscribe((_change, remote) => seen.push(remote), 'a probe');
      const heard = listen(`cookie-consent:${name}`);

      // Another tab decides on the same cookie and says so.
      storeWith({ cookie: { name } }, jar).decide('custom', (id) => id === 'analytics');
      observer!.postMessage(1);
      posts.length = 0;
      await until(() => store.state.decided, 'the store did not re-read the cookie');
      expect(store.state.categories).to.deep.equal({ necessary: true, analytics: true, social: false, ads: false });
      expect(seen).to.deep.equal([true]);
      await afterPendingTimers();
      expect(posts, 'a change read from another tab is not posted back').to.deep.equal([]);

      // A local decision after it is still posted (the subscriber is alive).
      store.decide('reject-all', () => false);
      await until(() => heard.length === 1, 'the local decision was not posted');
      expect(posts).to.deep.equal([`cookie-consent:${name}`]);
    });

    it('does not post after store.sync() applies a remote decision', async () => {
      const name = uniqueCookieName();
      const jar = fakeCookieJar();
      const store = storeWith({ cookie: { name } }, jar);
      store.subscribe(syncTabs(store), 'tab sync');
      const heard = listen(`cookie-consent:${name}`);
      storeWith({ cookie: { name } }, jar).decide('accept-all', () => true);
      posts.length = 0;
      store.sync();
      expect(store.state.decided).to.equal(true);
      await afterPendingTimers();
      expect(posts).to.deep.equal([]);
      expect(heard).to.deep.equal([]);
    });

    // Two tabs share the consent id (read from the cookie): a different decision made by another tab in the same
    // millisecond as this tab's last one must still be followed (sync() compares the choices too). Date is pinned
    // here to make the collision deterministic.
    it('follows a different decision from another tab made in the same millisecond', async () => {
      const name = uniqueCookieName();
      const jar = fakeCookieJar();
      const store = storeWith({ cookie: { name } }, jar);
      const RealDate = Date;
      const fixed = RealDate.now();
      globalThis.Date = class extends RealDate {
        constructor(...args: unknown[]) {
          super(...((args.length ? args : [fixed]) as [number]));
        }
        static override now = () => fixed;
      } as DateConstructor;
      try {
        store.decide('reject-all', () => false);
        storeWith({ cookie: { name } }, jar).decide('accept-all', () => true);
      } finally {
        globalThis.Date = RealDate;
      }
      store.subscribe(syncTabs(store), 'tab sync');
      listen(`cookie-consent:${name}`);
      observer!.postMessage(1);
      await until(() => store.state.categories.ads === true, 'the other tab’s accept-all was not applied');
    });
  });

  describe('consent log (logReceipts)', () => {
    const ENDPOINT = 'https://log.example.test/consent';

    function setup(config: unknown = { consentLog: { endpoint: ENDPOINT } }, jar = fakeCookieJar()) {
      const store = storeWith(config, jar);
      const sent: Array<{ endpoint: string; change: ConsentState; language: string }> = [];
      const loader = fakeLoader({
        'consent-log': { sendReceipt: (endpoint: string, change: ConsentState, language: string) => sent.push({ endpoint, change, language }) },
      });
      store.subscribe(logReceipts(store.config, 'fr', loader.load), 'the consent log');
      return { store, sent, loads: loader.names, jar };
    }

    it('loads the sender lazily and sends a receipt of a local decision', async () => {
      const { store, sent, loads } = setup();
      expect(loads, 'nothing loaded before a decision').to.deep.equal([]);
      store.decide('custom', (id) => id === 'ads');
      expect(loads).to.deep.equal(['consent-log']);
      await until(() => sent.length === 1, 'no receipt was sent');
      expect(sent[0].endpoint).to.equal(ENDPOINT);
      expect(sent[0].language).to.equal('fr');
      expect(sent[0].change).to.include({ decided: true, method: 'custom', consentId: store.state.consentId, decidedAt: store.state.decidedAt });
      expect(sent[0].change.categories).to.deep.equal({ necessary: true, analytics: false, social: false, ads: true });
    });

    it('sends nothing for a decision read from another tab, nor for a reset', async () => {
      const jar = fakeCookieJar();
      const { store, sent, loads } = setup(undefined, jar);
      storeWith({ consentLog: { endpoint: ENDPOINT } }, jar).decide('accept-all', () => true);
      store.sync();
      expect(store.state.decided, 'the remote decision was applied').to.equal(true);
      expect(loads, 'nothing loaded for a remote decision').to.deep.equal([]);

      store.decide('reject-all', () => false);
      expect(loads).to.deep.equal(['consent-log']);
      await until(() => sent.length === 1, 'the local decision was not sent');

      store.reset();
      expect(loads, 'nothing loaded for a reset').to.deep.equal(['consent-log']);
      expect(sent).to.have.length(1);
      expect(sent[0].change.method).to.equal('reject-all');
    });

    it('loads nothing when no consent log is configured', () => {
      const { store, loads } = setup({});
      store.decide('accept-all', () => true);
      store.decide('reject-all', () => false);
      expect(loads).to.deep.equal([]);
    });
  });

  describe('revocation (revokeWithdrawn)', () => {
    const config = {
      reloadOnRevoke: true,
      categories: {
        necessary: {},
        analytics: { cookies: ['_ga', '/^_ga_/'] },
        social: { cookies: ['fb_session'] },
        ads: { cookies: ['ad_id'] },
      },
    };

    function setup(configInput: unknown = config) {
      const store = storeWith(configInput);
      /** What the revocation module was asked to delete: the config, the revoked ids and the raw loader. */
      const revoked: Array<{ config: ResolvedConfig; ids: string[]; raw: Load }> = [];
      const asked: CategoryId[][] = [];
      // ranAny answers false: the test page is never reloaded.
      const gating: Gating = {
        ranAny: (categories) => {
          asked.push([...categories]);
          return false;
        },
      };
      const loader = fakeLoader({
        revocation: { revoke: async (given: ResolvedConfig, ids: string[], raw: Load) => void revoked.push({ config: given, ids: [...ids], raw }) },
      });
      const raw: Load = () => Promise.reject(new Error('the raw loader is only handed over'));
      store.subscribe(revokeWithdrawn(store.config, gating, loader.load, raw), 'revocation');
      return { store, revoked, asked, loads: loader.names, raw };
    }

    it('loads nothing while nothing is revoked', () => {
      const { store, loads } = setup();
      store.decide('custom', (id) => id === 'ads');
      store.decide('accept-all', () => true);
      store.decide('accept-all', () => true);
      expect(loads).to.deep.equal([]);
    });

    it('loads the revocation module once and passes exactly the revoked categories', async () => {
      const { store, revoked, asked, loads, raw } = setup();
      store.decide('accept-all', () => true);
      store.decide('custom', (id) => id === 'analytics');
      expect(loads).to.deep.equal(['revocation']);
      await until(() => asked.length === 1, 'ranAny was not asked');
      expect(revoked).to.have.length(1);
      expect(revoked[0].ids).to.deep.equal(['social', 'ads']);
      expect(revoked[0].config === store.config, 'given the resolved config').to.equal(true);
      expect(revoked[0].raw === raw, 'given the raw loader').to.equal(true);
      expect(asked, 'reload only if scripts of those ran').to.deep.equal([['social', 'ads']]);
    });

    it('revokes on a reset too, and does not consult gating when reloadOnRevoke is false', async () => {
      const { store, revoked, asked, loads } = setup({ ...config, reloadOnRevoke: false });
      store.decide('custom', (id) => id === 'ads');
      store.reset();
      expect(loads).to.deep.equal(['revocation']);
      await until(() => revoked.length === 1, 'nothing was revoked');
      expect(revoked[0].ids).to.deep.equal(['ads']);
      await Promise.resolve();
      await Promise.resolve();
      expect(asked).to.deep.equal([]);
    });
  });

  describe('Google Consent Mode (startConsentMode)', () => {
    const w = window as unknown as { dataLayer?: unknown; gtag?: unknown };
    let saved: { dataLayer: unknown; gtag: unknown; had: [boolean, boolean] };

    beforeEach(() => {
      saved = { dataLayer: w.dataLayer, gtag: w.gtag, had: ['dataLayer' in w, 'gtag' in w] };
      delete w.dataLayer;
      delete w.gtag;
    });

    afterEach(() => {
      if (saved.had[0]) w.dataLayer = saved.dataLayer;
      else delete w.dataLayer;
      if (saved.had[1]) w.gtag = saved.gtag;
      else delete w.gtag;
    });

    const MAPPING = { ad_storage: ['ads'], analytics_storage: ['analytics'], personalization_storage: ['social', 'analytics'], security_storage: [] };
    const entries = (): unknown[][] => (w.dataLayer as IArguments[]).map((entry) => Array.from(entry));

    it('pushes the default (all denied but the empty mappings) as an arguments object, then an update on each change', () => {
      const store = storeWith();
      startConsentMode(MAPPING, store);
      const layer = w.dataLayer as unknown[];
      expect(layer).to.have.length(1);
      expect(Object.prototype.toString.call(layer[0])).to.equal('[object Arguments]');
      expect(entries()[0]).to.deep.equal([
        'consent',
        'default',
        { ad_storage: 'denied', analytics_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500 },
      ]);
      expect(typeof w.gtag).to.equal('function');

      store.decide('custom', (id) => id === 'analytics');
      store.decide('accept-all', () => true);
      expect(entries().slice(1)).to.deep.equal([
        ['consent', 'update', { ad_storage: 'denied', analytics_storage: 'granted', personalization_storage: 'denied', security_storage: 'granted' }],
        ['consent', 'update', { ad_storage: 'granted', analytics_storage: 'granted', personalization_storage: 'granted', security_storage: 'granted' }],
      ]);
    });

    it('follows a stored decision at once, keeps the page’s dataLayer entries and its own gtag', () => {
      const jar = fakeCookieJar();
      storeWith(undefined, jar).decide('custom', (id) => id === 'ads');
      const store = storeWith(undefined, jar);
      const pageGtag = () => {};
      w.dataLayer = [{ event: 'page-entry' }];
      w.gtag = pageGtag;
      startConsentMode(MAPPING, store);
      expect(w.gtag === pageGtag, 'the page’s gtag is kept').to.equal(true);
      const layer = w.dataLayer as unknown[];
      expect(layer[0]).to.deep.equal({ event: 'page-entry' });
      expect(layer.slice(1).map((entry) => Array.from(entry as IArguments))).to.deep.equal([
        ['consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500 }],
        ['consent', 'update', { ad_storage: 'granted', analytics_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' }],
      ]);
    });

    it('sends nothing and reports once when window.dataLayer is not an array', () => {
      const store = storeWith();
      w.dataLayer = { not: 'an array' };
      const console_ = captureConsole('error');
      try {
        startConsentMode(MAPPING, store);
        store.decide('accept-all', () => true);
      } finally {
        console_.restore();
      }
      expect(w.dataLayer).to.deep.equal({ not: 'an array' });
      expect(w.gtag).to.equal(undefined);
      expect(console_.calls).to.have.length(1);
      expect(String(console_.calls[0][0])).to.contain('dataLayer is not an array');
    });
  });

  describe('Global Privacy Control (gpcApplies, recordGpcRefusal)', () => {
    const setSignal = (value: boolean | undefined) =>
      Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
    afterEach(() => void delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl);

    it('applies only to an undecided visitor sending the signal, when the config honours it', () => {
      setSignal(true);
      expect(gpcApplies(storeWith())).to.equal(true);
      expect(gpcApplies(storeWith({ gpc: 'ignore' }))).to.equal(false);
      const decided = storeWith();
      decided.decide('accept-all', () => true);
      expect(gpcApplies(decided)).to.equal(false);
      setSignal(false);
      expect(gpcApplies(storeWith())).to.equal(false);
      setSignal(undefined);
      expect(gpcApplies(storeWith())).to.equal(false);
    });

    it('records the refusal as a change like any other, with method "gpc"', () => {
      const jar = fakeCookieJar();
      const store = storeWith(undefined, jar);
      const changes: ConsentChange[] = [];
      store.subscribe((change) => changes.push(change), 'a probe');
      recordGpcRefusal(store);
      expect(changes).to.have.length(1);
      expect(changes[0]).to.include({ decided: true, method: 'gpc' });
      expect(changes[0].categories).to.deep.equal({ necessary: true, analytics: false, social: false, ads: false });
      expect(jar.writes).to.have.length(1);
    });
  });

  describe('gating (startGating)', () => {
    let store: ConsentStore;
    let gating: Gating;
    const added: Element[] = [];
    const w = window as unknown as { __ccGatedRuns?: string[] };

    let scans = 0;

    before(() => {
      store = storeWith();
      gating = startGating(store, () => scans++);
    });

    beforeEach(() => {
      w.__ccGatedRuns = [];
      if (store.state.decided) store.reset();
    });

    afterEach(() => {
      for (const element of added.splice(0)) element.remove();
      delete w.__ccGatedRuns;
    });

    function add(markup: string): Element {
      const template = document.createElement('template');
      template.innerHTML = markup;
      const element = template.content.firstElementChild!;
      document.body.append(element);
      added.push(element);
      return element;
    }

    /** A gated inline script; running it records its label. */
    const gatedScript = (category: string, label: string) =>
      add(`<script type="text/plain" data-category="${category}">window.__ccGatedRuns.push(${JSON.stringify(label)})</script>`);

    it('keeps a gated script and iframe blocked while refused, and runs/loads them one frame after consent', async () => {
      const script = gatedScript('analytics', 'analytics-1');
      const frame = add('<iframe data-category="social" data-src="/package.json" title="gated"></iframe>') as HTMLIFrameElement;
      await afterPendingTimers();
      expect(w.__ccGatedRuns).to.deep.equal([]);
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(gating.ranAny(['analytics'])).to.equal(false);

      store.decide('custom', (id) => id === 'analytics');
      expect(w.__ccGatedRuns, 'not during the click').to.deep.equal([]);
      await until(() => w.__ccGatedRuns!.length === 1, 'the granted script did not run');
      expect(w.__ccGatedRuns).to.deep.equal(['analytics-1']);
      expect(script.isConnected, 'the inert script is replaced by a real one').to.equal(false);
      expect(frame.hasAttribute('src'), 'social is still refused').to.equal(false);
      expect(gating.ranAny(['analytics'])).to.equal(true);
      expect(gating.ranAny(['social', 'ads'])).to.equal(false);

      store.decide('custom', (id) => id === 'analytics' || id === 'social');
      await until(() => frame.getAttribute('src') === '/package.json', 'the granted iframe did not load');

      store.decide('custom', (id) => id === 'analytics');
      await until(() => frame.getAttribute('src') === 'about:blank', 'the revoked iframe was not unloaded');
      expect(w.__ccGatedRuns, 'a script runs at most once').to.deep.equal(['analytics-1']);
    });

    it('gates elements inserted later: run at once when granted, blocked when refused', async () => {
      store.decide('custom', (id) => id === 'ads');
      gatedScript('analytics', 'analytics-late');
      gatedScript('ads', 'ads-late');
      await until(() => w.__ccGatedRuns!.includes('ads-late'), 'the inserted granted script did not run');
      await afterPendingTimers();
      expect(w.__ccGatedRuns).to.deep.equal(['ads-late']);
      // Each batch of added nodes is also offered to the UI bridge (a <cookie-declaration> added later).
      expect(scans).to.be.greaterThan(0);
    });

    it('keeps an unknown category blocked, warning once', async () => {
      store.decide('accept-all', () => true);
      const console_ = captureConsole('warn');
      try {
        gatedScript('video', 'video-1');
        gatedScript('video', 'video-2');
        await until(() => console_.calls.length > 0, 'no warning for an unknown category');
        await afterPendingTimers();
      } finally {
        console_.restore();
      }
      expect(w.__ccGatedRuns).to.deep.equal([]);
      expect(console_.calls).to.have.length(1);
      expect(String(console_.calls[0][0])).to.contain('unknown category "video"');
    });
  });

  describe('UI bridge (createUIBridge)', () => {
    function setup(config: unknown = {}, jar = fakeCookieJar()) {
      const store = storeWith(config, jar);
      const requested: string[] = [];
      const calls: string[] = [];
      const mounted: UIHost[] = [];
      const floating: UIHost[] = [];
      const modules: Record<string, unknown> = {
        'cookie-consent-ui': {
          mount: async (host: UIHost) => {
            mounted.push(host);
            return { showBanner: () => calls.push('showBanner'), showPreferences: () => calls.push('showPreferences') };
          },
        },
        'floating-button': { showFloatingButton: async (host: UIHost) => void floating.push(host) },
      };
      // As start.ts hands it: what a file imports (IMPORTS) is fetched beside it.
      const load = withImports(((name: string) => {
        requested.push(name);
        return Promise.resolve(modules[name] ?? {});
      }) as Load);
      const bridge = createUIBridge(load);
      const api = { showPreferences: () => calls.push('api.showPreferences') } as unknown as CookieConsentApi;
      const host: UIHost = { view: readOnlyView(store), config: store.config, language: 'fr', api, load };
      bridge.attach(host);
      store.subscribe(bridge.follow, 'the UI');
      return { store, bridge, host, requested, calls, mounted, floating };
    }

    it('shows the banner when undecided: loads the UI with its texts, mounts it once', async () => {
      const { bridge, store, host, requested, calls, mounted } = setup({ floatingButton: true });
      bridge.follow(store.state);
      await until(() => calls.length === 1, 'the banner was not shown');
      expect(calls).to.deep.equal(['showBanner']);
      expect(mounted.length === 1 && mounted[0] === host, 'mounted once with the host').to.equal(true);
      // The first layer is plain DOM: no lit-html (the dialog brings it).
      expect([...requested].sort()).to.deep.equal(['cookie-consent-ui', 'i18n/fr', 'texts']);
      expect(requested, 'no floating button before a decision').not.to.include('floating-button');

      bridge.show('showPreferences');
      await until(() => calls.length === 2, 'the preferences were not shown');
      expect(calls).to.deep.equal(['showBanner', 'showPreferences']);
      expect(mounted, 'the UI is mounted once').to.have.length(1);
    });

    it('loads the preferences dialog and its texts along with the UI when the preferences are asked for first', async () => {
      const { bridge, requested, calls } = setup();
      bridge.show('showPreferences');
      await until(() => calls.length === 1, 'the preferences were not shown');
      expect(calls).to.deep.equal(['showPreferences']);
      expect(requested).to.include.members(['cookie-consent-ui', 'preferences-dialog', 'i18n/dialog/fr']);
    });

    it('does not show the banner when a decision came while the UI was loading', async () => {
      const { bridge, store, calls } = setup();
      bridge.follow(store.state);
      store.decide('reject-all', () => false);
      // The same UI promise: its handlers run in order, so once showPreferences ran, the banner's turn has passed.
      bridge.show('showPreferences');
      await until(() => calls.length > 0, 'the UI was not loaded');
      expect(calls).to.deep.equal(['showPreferences']);
    });

    it('loads the floating button once decided when the config asks for it', async () => {
      const { store, host, requested, floating, mounted } = setup({ floatingButton: true });
      store.decide('accept-all', () => true);
      expect(requested).to.include('floating-button');
      expect(requested).not.to.include('cookie-consent-ui');
      await until(() => floating.length === 1, 'showFloatingButton was not called');
      expect(floating[0] === host, 'given the host').to.equal(true);
      expect(mounted).to.deep.equal([]);
    });

    it('shows the banner again after a reset', async () => {
      const { store, calls } = setup();
      store.decide('accept-all', () => true);
      expect(calls).to.deep.equal([]);
      store.reset();
      await until(() => calls.length === 1, 'the banner was not shown after the reset');
      expect(calls).to.deep.equal(['showBanner']);
    });

    it('loads nothing once decided without a floating button', () => {
      const { store, requested } = setup({ floatingButton: false });
      store.decide('accept-all', () => true);
      expect(requested).to.deep.equal([]);
    });

    it('a page link with data-cookie-consent="preferences" opens the preferences through the api', () => {
      const { calls } = setup();
      const link = document.createElement('a');
      link.href = '#not-followed';
      link.setAttribute('data-cookie-consent', 'preferences');
      document.body.append(link);
      try {
        let prevented = false;
        const check = (event: Event) => void (prevented = event.defaultPrevented);
        window.addEventListener('click', check);
        link.click();
        window.removeEventListener('click', check);
        expect(calls).to.deep.equal(['api.showPreferences']);
        expect(prevented).to.equal(true);
        expect(location.hash).not.to.equal('#not-followed');
      } finally {
        link.remove();
      }
    });
  });
});
