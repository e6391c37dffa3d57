import { createApi } from './api/create-api.js';
import { emitChange } from './api/document-events.js';
import { emit, READY_EVENT } from './api/events.js';
import { createPageCallbacks } from './api/page-callbacks.js';
import { pickLanguage } from './config/language.js';
import { readConfig } from 'bandeau-catalog/config/read-config';
import { createCookieJar } from './consent/cookie-jar.js';
import { type ConsentStore, createStore, snapshot } from './consent/store.js';
import { readOnlyView } from './consent/view.js';
import { startGating } from './gating/gating.js';
import { logReceipts, resendPendingReceipts } from './integrations/consent-log.js';
import { startConsentMode } from './integrations/google-consent-mode.js';
import { gpcApplies, recordGpcRefusal } from './integrations/gpc.js';
import { revokeWithdrawn } from './integrations/revocation.js';
import { syncTabs } from './integrations/tab-sync.js';
import type { Bundled, Load } from './lazy.js';
import { lazyLoader, loadFailed, withImports } from './load.js';
import type { CreateStore } from './consent/store.js';
import type { ConsentState, CookieConsentApi } from './types.js';
import { createUIBridge } from './ui-bridge.js';
import { whenParsed } from './util/dom.js';

/** What variants.js makes of the store maker: the same store, for the variant of this page view. */
type VariantHook = (create: CreateStore) => CreateStore;

export interface StartOptions {
  /** The config: JSON text, an object, or undefined for none. Called once, when the core starts. */
  readConfig(): unknown;
  /** True when the config is present now; otherwise the core waits for the document to be parsed. */
  configReady(): boolean;
  /** Fetches a lazy file of dist/ by name (src/core/lazy.ts). */
  load: Load;
  /** Lazy files that the running script carries (the drop-in: the first layer and its commonest texts). */
  bundled?: Bundled;
  /**
   * Reads the consent cookie without blocking where the browser can (the drop-in). Not for `configure()`: a framework
   * renders from the state, and defines its gates, right after the call.
   */
  readCookieLater?: boolean;
  /** Makes the API public (`window.cookieConsent`) before anything is announced, so `ready` listeners can read it. */
  publish(api: CookieConsentApi): void;
}

/**
 * Starts the framework-free core. Start-up only wires: it reads the config and the stored record into the store,
 * subscribes every effect of a decision to it, then announces readiness. It decides nothing itself; a Global
 * Privacy Control refusal is recorded after `cookie-consent:ready`, as a change like any other.
 */
export function startCookieConsent({ readConfig: input, configReady, load: fetchFile, bundled, readCookieLater, publish }: StartOptions): CookieConsentApi {
  let store: ConsentStore | undefined;
  let resolveReady!: (state: ConsentState) => void;
  const ready = new Promise<ConsentState>((resolve) => (resolveReady = resolve));
  const waiting: Array<(store: ConsentStore) => void> = [];
  /** Wires at once a store whose cookie is still being read without blocking: the page asked for the state now. */
  let wireNow: (() => void) | undefined;
  const current = (): ConsentStore | undefined => (wireNow?.(), store);
  const withStore = (action: (store: ConsentStore) => void): void => {
    const now = current();
    if (now) action(now);
    else waiting.push(action);
  };
  // What a file imports comes with it, in parallel: a chain of round trips on a slow network costs more than bytes.
  const rawLoad = withImports(fetchFile, bundled);
  const load = lazyLoader(rawLoad);
  const callbacks = createPageCallbacks();
  const ui = createUIBridge(rawLoad);
  const api = createApi({ store: current, withStore, show: (view) => withStore(() => ui.show(view)), callbacks, ready });

  const boot = (): void => {
    const raw = input();
    const { config, clean, regimes, variants } = readConfig(raw);
    if (!clean) load('config-report').then((m) => m.reportConfig(raw));

    /**
     * Wires the store and its subscribers; with `regimes`, under the regime of this page view (regimes.js); with
     * `variants`, for the variant of this page view (variants.js: the store's config is then the variant's).
     */
    const jar = createCookieJar(config);
    const wire = (regime?: CreateStore | void, variant: VariantHook = (create) => create): void => {
      wireNow = undefined;
      if (store) return;
      const started = variant(regime || createStore)(config, jar);
      const language = pickLanguage(config.language, config.fallbackLanguage);
      ui.attach({ view: readOnlyView(started), config: started.config, language, api, load: rawLoad });
      // Every subscriber is wired before any decision can be recorded. Consent Mode first: its default must reach
      // the dataLayer before any tag can read it.
      if (config.googleConsentMode) startConsentMode(config.googleConsentMode, started);
      const gpc = gpcApplies(started);
      // A banner that the running script can build at once (the drop-in, in French or English) comes first and the
      // gates start after it (two short tasks, not one long one); a returning visitor's gated content starts at once.
      const banner = gpc ? undefined : ui.follow(started.state);
      const gating = startGating(started, ui.scan, bundled?.[`i18n/${language}`] && banner);
      started.subscribe(emitChange, 'a cookie-consent:change listener');
      started.subscribe(callbacks.notify, 'onChange callbacks');
      started.subscribe(syncTabs(started), 'tab sync');
      started.subscribe(logReceipts(config, language, load), 'the consent log');
      started.subscribe(revokeWithdrawn(config, gating, load, rawLoad), 'revocation');
      started.subscribe(ui.follow, 'the UI');
      store = started;
      resendPendingReceipts(config, load);
      whenParsed(() => {
        emit(READY_EVENT, snapshot(started.state));
        resolveReady(snapshot(started.state));
        if (gpc) recordGpcRefusal(started);
      });
      for (const action of waiting.splice(0)) action(started);
    };

    // With `regimes`, nothing starts until the visitor's region is known: no gating, no banner, no `ready` (fail
    // closed). If regimes.js cannot load, today's opt-in behaviour applies. Likewise with `variants`, until this page
    // view's variant is drawn (without variants.js, the config's own banner and `variant` null). A file that did not
    // load gives undefined: wire's defaults.
    if (regimes || variants)
      Promise.all([
        regimes && rawLoad('regimes').then((m) => m.resolveRegime(config, regimes, rawLoad, createStore, ui)).catch(loadFailed),
        variants && rawLoad('variants').then((m) => m.variantStore(variants, rawLoad), loadFailed),
      ]).then((hooks) => wire(...(hooks as [CreateStore | void, VariantHook | undefined])));
    else {
      // Reading document.cookie blocks the page until the browser process answers (several milliseconds at start-up
      // on a phone): where the Cookie Store API exists the record is read without blocking, and the core wires when it
      // answers, unless the page asks for the state first (an inline script right after the tag): then at once. Not
      // with Consent Mode: the default and a returning visitor's update must be in the dataLayer before the next tag.
      const reading = readCookieLater && !config.googleConsentMode ? jar.preload?.() : undefined;
      if (reading) {
        wireNow = () => wire();
        reading.then(wireNow);
      } else wire();
    }
  };

  publish(api);
  if (configReady()) boot();
  else whenParsed(boot);
  return api;
}
