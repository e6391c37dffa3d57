import type { ConsentStore } from '../consent/store.js';
import { choiceOf, snapshot } from '../consent/store.js';
import type { CategoryId, ConsentState, CookieConsentApi, ResolvedConfig } from '../types.js';
import { logError, logWarn } from '../util/log.js';
import type { PageCallbacks } from './page-callbacks.js';

export interface ApiParts {
  /** The store, once the config is read. */
  store(): ConsentStore | undefined;
  /** Runs `action` once the config is read (the config block may come after the script tag). */
  withStore(action: (store: ConsentStore) => void): void;
  show(view: 'showBanner' | 'showPreferences'): void;
  callbacks: PageCallbacks;
  ready: Promise<ConsentState>;
}

const UNREAD: ConsentState = { decided: false, categories: {}, services: {}, consentId: null, decidedAt: null, revision: 1, method: null, variant: null };

/** The public API (`window.cookieConsent`): reads the store, and writes to it only by recording decisions. */
export function createApi({ store, withStore, show, callbacks, ready }: ApiParts): CookieConsentApi {
  const api: CookieConsentApi = {
    ready,
    get: () => snapshot(store()?.state ?? UNREAD),
    isGranted: (id) => choiceOf(store()?.state ?? UNREAD, id) === true,
    whenGranted: (id) =>
      new Promise<ConsentState>((resolve) => {
        if (api.isGranted(id)) return resolve(api.get());
        const stop = callbacks.add((change) => {
          // A category or a service id.
          if (choiceOf(change, id)) {
            stop();
            resolve(api.get());
          }
        });
      }),
    onChange(callback) {
      if (typeof callback === 'function') return callbacks.add(callback);
      logError(`onChange: expected a function, got ${typeof callback}.`);
      return () => {};
    },
    subscribe(run) {
      run(api.get());
      return api.onChange(() => run(api.get()));
    },
    acceptAll: () => withStore((s) => s.decide('accept-all', () => true)),
    rejectAll: () => withStore((s) => s.decide('reject-all', () => false)),
    update: (choices) =>
      withStore((s) => {
        const wanted = validChoices(s.config, choices);
        s.decide('custom', (id) => wanted[id] ?? choiceOf(s.state, id) === true);
      }),
    showBanner: () => show('showBanner'),
    showPreferences: () => show('showPreferences'),
    reset: () => withStore((s) => s.reset()),
  };
  return api;
}

/**
 * Keeps the entries of `update()` that name an optional category or service with a boolean (a category id stands for
 * all its services); logs the rest.
 */
function validChoices(config: ResolvedConfig, choices: unknown): Record<CategoryId, boolean> {
  const valid: Record<CategoryId, boolean> = {};
  const ignored = (log: typeof logError, value: unknown) => log(`update: ${JSON.stringify(value)} ignored; expected { "<id>": true|false }.`);
  if (typeof choices !== 'object' || !choices) ignored(logError, choices);
  else {
    for (const [id, granted] of Object.entries(choices)) {
      const category = config.categories.find((c) => c.id === (config.services[id]?.category ?? id));
      // An unknown id is a warning (a category removed from the config); a value that is not a boolean, an error.
      if (category && typeof granted === 'boolean') {
        if (!category.required) for (const each of category.id === id && category.services.length ? category.services : [id]) valid[each] = granted;
      } else ignored(category ? logError : logWarn, { [id]: granted });
    }
  }
  return valid;
}
