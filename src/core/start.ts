import { parseConfig } from './config.js';
import { createCookieJar } from './cookie-jar.js';
import { CHANGE_EVENT, emit, READY_EVENT } from './events.js';
import { pickLanguage } from './language.js';
import { describe, logError, logWarn } from './log.js';
import { ConsentStore, snapshot } from './store.js';
import type { CategoryId, ConsentChange, ConsentState, CookieConsentApi } from './types.js';
import type { Texts, UIHandle, UIModule } from './ui-contract.js';

export interface StartOptions {
  /** The config: JSON text, an object, or undefined for none. Called once, when the core starts. */
  readConfig(): unknown;
  /** True when the config is present now; otherwise the core waits for the document to be parsed. */
  configReady(): boolean;
  loadUI(): Promise<UIModule>;
  loadTexts(language: string): Promise<Texts>;
}

/** Runs `callback` once the document is parsed (at once if it already is). */
export function whenParsed(callback: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}

/**
 * Starts the framework-free core: reads the stored decision, emits events, answers the API,
 * and loads the UI only when something must be shown.
 */
export function startCookieConsent(options: StartOptions): CookieConsentApi {
  let store: ConsentStore | undefined;
  let ui: Promise<UIHandle | undefined> | undefined;
  const waiting: Array<(store: ConsentStore) => void> = [];
  const listeners = new Set<(change: ConsentChange) => void>();
  const withStore = (action: (store: ConsentStore) => void): void => {
    if (store) action(store);
    else waiting.push(action);
  };

  const showUI = (view: keyof UIHandle): void =>
    withStore((started) => {
      ui ??= loadUI(started).catch((error) => {
        logError(`the banner could not be loaded (${(error as Error)?.message ?? error}); nothing is granted.`);
        ui = undefined;
        return undefined;
      });
      void ui.then((handle) => handle?.[view]());
    });

  const loadUI = async (started: ConsentStore): Promise<UIHandle> => {
    const { config } = started;
    const language = pickLanguage(config.language, config.fallbackLanguage);
    const [module, table] = await Promise.all([options.loadUI(), options.loadTexts(language)]);
    await new Promise<void>(whenParsed);
    return module.mount({
      store: started,
      config,
      language,
      texts: { ...table, ...config.texts[language] },
      acceptAll: api.acceptAll,
      rejectAll: api.rejectAll,
      update: api.update,
    });
  };

  const boot = (): void => {
    const config = parseConfig(options.readConfig());
    const started = (store = new ConsentStore(config, createCookieJar(config)));
    started.subscribe((change) => {
      emit(CHANGE_EVENT, change);
      for (const listener of listeners) listener(change);
    });
    whenParsed(() => emit(READY_EVENT, snapshot(started.state)));
    if (!started.state.decided) showUI('showBanner');
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
        logError(`onChange: expected a function, got ${describe(callback)}.`);
        return () => {};
      }
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
    acceptAll: () => withStore((s) => s.decide('accept-all', () => true)),
    rejectAll: () => withStore((s) => s.decide('reject-all', () => false)),
    update: (choices) =>
      withStore((s) => {
        const wanted = validChoices(s, choices);
        s.decide('custom', (id) => wanted[id] ?? s.state.categories[id]);
      }),
    showBanner: () => showUI('showBanner'),
    showPreferences: () => showUI('showPreferences'),
    reset: () =>
      withStore((s) => {
        s.reset();
        showUI('showBanner');
      }),
  };

  // Links such as a footer "Paramétrer vos choix" work without the UI loaded: it loads on click.
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (target?.closest?.('[data-cookie-consent="preferences"]')) {
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
    logError(`update: expected an object such as { "analytics": true }, got ${describe(choices)}.`);
    return valid;
  }
  for (const [id, granted] of Object.entries(choices)) {
    const category = store.config.categories.find((c) => c.id === id);
    if (!category) logWarn(`update: unknown category "${id}" ignored.`);
    else if (typeof granted !== 'boolean') logError(`update: expected true or false for "${id}", got ${describe(granted)}.`);
    else if (!category.required) valid[id] = granted;
  }
  return valid;
}
