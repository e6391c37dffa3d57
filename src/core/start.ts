import { readConfig } from './config/read-config.js';
import type { Problem } from './config/rules.js';
import { createCookieJar } from './cookie-jar.js';
import { whenParsed } from './dom.js';
import { CHANGE_EVENT, emit, READY_EVENT } from './events.js';
import { startGating } from './gating/gating.js';
import { startConsentMode } from './integrations/google-consent-mode.js';
import { pickLanguage } from './language.js';
import { localize } from './localize.js';
import { logError, logWarn } from './log.js';
import { clearCookies } from './revocation.js';
import { ConsentStore, snapshot } from './store.js';
import { syncTabs } from './tab-sync.js';
import type { Category, CategoryId, ConsentChange, ConsentState, CookieConsentApi } from './types.js';
import type { FloatingButtonModule, PlaceholderModule, Texts, UIHandle, UIModule } from './ui-contract.js';

/** The lazily loaded modules, by file name in dist/ (without .js). */
export interface LazyModules {
  'cookie-consent-ui': UIModule;
  'consent-placeholder': PlaceholderModule;
  'floating-button': FloatingButtonModule;
  'config-report': { reportProblems(problems: Problem[]): void };
  'consent-log': typeof import('./integrations/consent-log.js');
}

export interface StartOptions {
  /** The config: JSON text, an object, or undefined for none. Called once, when the core starts. */
  readConfig(): unknown;
  /** True when the config is present now; otherwise the core waits for the document to be parsed. */
  configReady(): boolean;
  /** Loads a lazy module: one of LazyModules, or `i18n/<language>` (default export: the table). */
  load(name: string): Promise<any>;
}

const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () =>
    (promise ??= load().catch((error) => {
      promise = undefined;
      throw error;
    }));
};

const loadFailed = (what: string) => (error: unknown) =>
  logError(`${what} could not be loaded (${(error as Error)?.message ?? error}); nothing is granted.`);

/**
 * Starts the framework-free core: reads the config and the stored decision, gates content, speaks to
 * integrations, emits events, answers the API, and loads the UI only when something must be shown.
 */
export function startCookieConsent(options: StartOptions): CookieConsentApi {
  let store: ConsentStore | undefined;
  let language = 'en';
  let broadcast = (): void => {};
  const waiting: Array<(store: ConsentStore) => void> = [];
  const listeners = new Set<(change: ConsentChange) => void>();
  const load = <K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> => options.load(name);
  const withStore = (action: (store: ConsentStore) => void): void => {
    if (store) action(store);
    else waiting.push(action);
  };
  /** Records a decision made here: receipt to the consent log (lazily loaded), then a word to the other tabs. */
  const decide = (action: (store: ConsentStore) => void): void =>
    withStore((s) => {
      action(s);
      broadcast();
      const endpoint = s.config.consentLog?.endpoint;
      const state = s.state;
      if (endpoint && state.decided) load('consent-log').then((m) => m.sendReceipt(endpoint, state, language), loadFailed('the consent log'));
    });

  const texts = once(async (): Promise<Texts> => {
    const table = (await options.load(`i18n/${language}`)).default as Texts;
    return { ...table, ...store!.config.texts[language] };
  });
  const categoryText = (table: Texts, category: Category, field: 'title' | 'description'): string =>
    localize(category[field], language, store!.config.fallbackLanguage) ??
    table[category.id + (field === 'title' ? 'Title' : 'Description')] ??
    (field === 'title' ? category.id : '');

  const ui = once(async (): Promise<UIHandle> => {
    // lit-html is fetched alongside the UI module that imports it, not after it: one round trip saved.
    const [module, table] = await Promise.all([load('cookie-consent-ui'), texts(), options.load('lit-html')]);
    await new Promise<void>(whenParsed);
    return module.mount({
      store: store!,
      config: store!.config,
      language,
      texts: table,
      categoryText: (category, field) => categoryText(table, category, field),
      acceptAll: api.acceptAll,
      rejectAll: api.rejectAll,
      update: api.update,
    });
  });
  const showUI = (view: keyof UIHandle): void =>
    withStore(() => void ui().then((handle) => handle[view](), loadFailed('the banner')));
  /** The banner asked for by the core itself: skipped if a decision came while the UI was loading. */
  const promptIfUndecided = (): void =>
    withStore((s) => void ui().then((handle) => s.state.decided || handle.showBanner(), loadFailed('the banner')));

  const showFloatingButton = (): void =>
    void Promise.all([load('floating-button'), texts(), new Promise<void>(whenParsed)]).then(
      ([module, table]) => module.showFloatingButton({ label: table.manageCookies, language, open: api.showPreferences }),
      loadFailed('the floating button'),
    );

  const renderPlaceholder = (gate: { category: string }, slot: HTMLSlotElement): void =>
    void Promise.all([load('consent-placeholder'), texts()]).then(([module, table]) => {
      const category = store!.config.categories.find((c) => c.id === gate.category);
      module.renderPlaceholder(slot, {
        language,
        texts: table,
        title: category ? categoryText(table, category, 'title') : gate.category,
        accept: () => api.update({ [gate.category]: true }),
      });
    }, loadFailed('the placeholder'));

  const boot = (): void => {
    const { config, problems } = readConfig(options.readConfig());
    if (problems.length) load('config-report').then((m) => m.reportProblems(problems), loadFailed('the config report'));
    language = pickLanguage(config.language, config.fallbackLanguage);
    const started = (store = new ConsentStore(config, createCookieJar(config)));
    // Consent Mode's default must reach the dataLayer before any tag can read it.
    if (config.googleConsentMode) startConsentMode(config.googleConsentMode, started);
    // Global Privacy Control: with no decision stored, it is a refusal of every optional category.
    if (!started.state.decided && config.gpc === 'honor' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true) {
      decide((s) => s.decide('gpc', () => false));
    }
    broadcast = syncTabs(started);
    const gating = startGating(started, renderPlaceholder);
    started.subscribe((change) => {
      if (change.revoked.length) {
        clearCookies(config.categories.filter((category) => change.revoked.includes(category.id)));
        // Scripts that already ran cannot be unloaded: reload once, after the new choice is stored.
        if (config.reloadOnRevoke && gating.ranAny(change.revoked)) setTimeout(() => location.reload());
      }
      emit(CHANGE_EVENT, change);
      for (const listener of listeners) listener(change);
      if (!change.decided) promptIfUndecided();
      else if (config.floatingButton) showFloatingButton();
    });
    whenParsed(() => emit(READY_EVENT, snapshot(started.state)));
    if (!started.state.decided) promptIfUndecided();
    else if (config.floatingButton) showFloatingButton();
    for (const action of waiting.splice(0)) action(started);
  };

  const api: CookieConsentApi = {
    get: () =>
      snapshot(store?.state ?? { decided: false, categories: {}, consentId: null, decidedAt: null, revision: 1, method: null }),
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
    showBanner: () => showUI('showBanner'),
    showPreferences: () => showUI('showPreferences'),
    reset: () => decide((s) => s.reset()),
  };

  // Links such as a footer "Paramétrer vos choix" work without the UI loaded: it loads on click.
  // composedPath() also finds links inside shadow roots (a consent-gate's placeholder).
  document.addEventListener('click', (event) => {
    const link = event
      .composedPath()
      .find((node) => node instanceof Element && node.getAttribute('data-cookie-consent') === 'preferences');
    if (link) {
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
  if (typeof choices !== 'object' || choices === null) {
    logError(`update: expected an object such as { "analytics": true }, got ${JSON.stringify(choices)}.`);
    return valid;
  }
  for (const [id, granted] of Object.entries(choices)) {
    const category = store.config.categories.find((c) => c.id === id);
    if (!category) logWarn(`update: unknown category "${id}" ignored.`);
    else if (typeof granted !== 'boolean') logError(`update: expected true or false for "${id}", got ${JSON.stringify(granted)}.`);
    else if (!category.required) valid[id] = granted;
  }
  return valid;
}
