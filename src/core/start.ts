import { readConfig } from './config/read-config.js';
import { createCookieJar } from './cookie-jar.js';
import { whenParsed } from './dom.js';
import { CHANGE_EVENT, emit, READY_EVENT } from './events.js';
import { startGating } from './gating/gating.js';
import { startConsentMode } from './integrations/google-consent-mode.js';
import { pickLanguage } from './language.js';
import { logError, logWarn } from './log.js';
import { type ConsentStore, createStore, snapshot } from './store.js';
import { syncTabs } from './tab-sync.js';
import type { Category, CategoryId, ConsentChange, ConsentState, CookieConsentApi } from './types.js';
import type { FloatingButtonModule, PlaceholderModule, UIHandle, UIHost, UIModule } from './ui-contract.js';

/** The lazily loaded modules, by file name in dist/ (without .js). */
export interface LazyModules {
  'cookie-consent-ui': UIModule;
  'consent-placeholder': PlaceholderModule;
  'floating-button': FloatingButtonModule;
  'config-report': { reportConfig(input: unknown): void };
  'consent-log': typeof import('./integrations/consent-log.js');
  revocation: { revoke(categories: Category[]): void };
}

export interface StartOptions {
  /** The config: JSON text, an object, or undefined for none. Called once, when the core starts. */
  readConfig(): unknown;
  /** True when the config is present now; otherwise the core waits for the document to be parsed. */
  configReady(): boolean;
  /** Loads a lazy module: one of LazyModules, `lit-html`, `texts`, or `i18n/<language>` (default export: the table). */
  load(name: string): Promise<any>;
}

const parsed = (): Promise<void> => new Promise(whenParsed);

const loadFailed = (error: unknown): void =>
  logError(`a file of dist/ could not be loaded (${(error as Error)?.message ?? error}); nothing is granted.`);

/**
 * Starts the framework-free core: reads the config and the stored decision, gates content, speaks to
 * integrations, emits events, answers the API, and loads the UI only when something must be shown.
 */
export function startCookieConsent(options: StartOptions): CookieConsentApi {
  let store: ConsentStore | undefined;
  let host: UIHost;
  let ui: Promise<UIHandle> | undefined;
  let broadcast = (): void => {};
  const waiting: Array<(store: ConsentStore) => void> = [];
  const listeners = new Set<(change: ConsentChange) => void>();
  const load = <K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> => options.load(name);
  /**
   * Loads a UI module with what it imports (lit-html, the shared texts module, the language table) in parallel,
   * and waits for the parsed document: one round trip instead of a chain of them on a slow network.
   */
  const loadUI = <K extends keyof LazyModules>(name: K, ...more: string[]): Promise<LazyModules[K]> =>
    Promise.all([load(name), parsed(), ...['texts', `i18n/${host.language}`, ...more].map((file) => options.load(file))]).then(([m]) => m);
  /** Runs `action` once the config is read (the config block may come after the script tag). */
  const withStore = (action: (store: ConsentStore) => void): void => void (store ? action(store) : waiting.push(action));
  /** Records a decision made here: a word to the other tabs, then a receipt to the consent log (lazily loaded). */
  const decide = (action: (store: ConsentStore) => void): void =>
    withStore((s) => {
      action(s);
      broadcast();
      const endpoint = s.config.consentLog?.endpoint;
      const state = s.state;
      if (endpoint && state.decided) load('consent-log').then((m) => m.sendReceipt(endpoint, state, host.language), loadFailed);
    });

  /** Shows a view of the UI, loading it first; with no view, the banner unless a decision came meanwhile. */
  const show = (view?: keyof UIHandle): void =>
    withStore((s) =>
      // Asked for the dialog (a footer link), its module and texts come in the same round trip.
      (ui ??= loadUI('cookie-consent-ui', 'lit-html', ...(view === 'showPreferences' ? ['preferences-dialog', `i18n/dialog/${host.language}`] : [])).then((m) =>
        m.mount(host),
      ))
        .then((handle) => (view ? handle[view]() : s.state.decided || handle.showBanner()), (error) => {
          ui = undefined;
          loadFailed(error);
        }),
    );
  const showFloatingButton = (): void => {
    if (store!.config.floatingButton) loadUI('floating-button').then((m) => m.showFloatingButton(host), loadFailed);
  };

  const boot = (): void => {
    const input = options.readConfig();
    const { config, clean } = readConfig(input);
    if (!clean) load('config-report').then((m) => m.reportConfig(input), loadFailed);
    const started = (store = createStore(config, createCookieJar(config)));
    host = { store: started, config, language: pickLanguage(config.language, config.fallbackLanguage), api, load: options.load };
    // Consent Mode's default must reach the dataLayer before any tag can read it.
    if (config.googleConsentMode) startConsentMode(config.googleConsentMode, started);
    // Global Privacy Control: with no decision stored, it is a refusal of every optional category.
    if (!started.state.decided && config.gpc === 'honor' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true) {
      decide((s) => s.decide('gpc', () => false));
    }
    broadcast = syncTabs(started);
    const gating = startGating(started, (category, slot) =>
      loadUI('consent-placeholder').then((m) => m.renderPlaceholder(slot, category, host), loadFailed),
    );
    started.subscribe((change) => {
      const { revoked } = change;
      if (revoked.length) {
        load('revocation')
          .then((m) => m.revoke(config.categories.filter((category) => revoked.includes(category.id))), loadFailed)
          // Scripts that already ran cannot be unloaded: reload once the new choice is stored and cookies cleared.
          .then(() => config.reloadOnRevoke && gating.ranAny(revoked) && location.reload());
      }
      emit(CHANGE_EVENT, change);
      for (const listener of listeners) listener(change);
      if (change.decided) showFloatingButton();
      else show();
    });
    whenParsed(() => emit(READY_EVENT, snapshot(started.state)));
    if (started.state.decided) showFloatingButton();
    else show();
    for (const action of waiting.splice(0)) action(started);
  };

  const api: CookieConsentApi = {
    get: () => snapshot(store?.state ?? { decided: false, categories: {}, consentId: null, decidedAt: null, revision: 1, method: null }),
    isGranted: (id) => store?.state.categories[id] === true,
    whenGranted: (id) =>
      new Promise<ConsentState>((resolve) => {
        if (api.isGranted(id)) return resolve(api.get());
        const stop = api.onChange((change) => {
          if (change.categories[id]) {
            stop();
            resolve(api.get());
          }
        });
      }),
    onChange(callback) {
      if (typeof callback !== 'function') {
        logError(`onChange: expected a function, got ${typeof callback}.`);
        return () => {};
      }
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
    acceptAll: () => decide((s) => s.decide('accept-all', () => true)),
    rejectAll: () => decide((s) => s.decide('reject-all', () => false)),
    update: (choices) =>
      decide((s) => {
        const wanted = validChoices(s, choices);
        s.decide('custom', (id) => wanted[id] ?? s.state.categories[id]);
      }),
    showBanner: () => show('showBanner'),
    showPreferences: () => show('showPreferences'),
    reset: () => decide((s) => s.reset()),
  };

  // Links such as a footer "Paramétrer vos choix" work without the UI loaded: it loads on click.
  // composedPath() also finds links inside shadow roots (a consent-gate's placeholder).
  document.addEventListener('click', (event) => {
    if (event.composedPath().some((node) => (node as Element).getAttribute?.('data-cookie-consent') === 'preferences')) {
      event.preventDefault();
      api.showPreferences();
    }
  });

  if (options.configReady()) boot();
  else whenParsed(boot);
  return api;
}

/** Keeps the entries of `update()` that name an optional category with a boolean; logs the rest. */
function validChoices(store: ConsentStore, choices: unknown): Record<CategoryId, boolean> {
  const valid: Record<CategoryId, boolean> = {};
  if (typeof choices !== 'object' || choices === null) logError(`update: expected an object such as { "analytics": true }, got ${JSON.stringify(choices)}.`);
  else {
    for (const [id, granted] of Object.entries(choices)) {
      const category = store.config.categories.find((c) => c.id === id);
      // An unknown id is a warning (a category removed from the config); a value that is not a boolean, an error.
      if (category && typeof granted === 'boolean') {
        if (!category.required) valid[id] = granted;
      } else (category ? logError : logWarn)(`update: "${id}": ${JSON.stringify(granted)} ignored; expected a category id and true or false.`);
    }
  }
  return valid;
}
