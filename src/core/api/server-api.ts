import { readConfig } from 'bandeau-catalog/config/read-config';
import { choiceOf } from '../consent/store.js';
import type { ConsentConfig, ConsentState, CookieConsentApi } from '../types.js';

const nothing = (): void => {};

/**
 * What `configure()` returns where there is no DOM (server rendering): undecided, every optional category refused,
 * `ready` resolved. It defines no global, starts no timer and records nothing; the browser's own call does the rest.
 */
export function serverApi(input: ConsentConfig): CookieConsentApi {
  const { config } = readConfig(input);
  const categories = Object.fromEntries(config.categories.map(({ id, required }) => [id, required]));
  const services = Object.fromEntries(Object.keys(config.services).map((id) => [id, categories[config.services[id].category]]));
  const get = (): ConsentState => ({ decided: false, categories: { ...categories }, services: { ...services }, consentId: null, decidedAt: null, revision: config.revision, method: null, variant: null });
  return {
    ready: Promise.resolve(get()),
    get,
    isGranted: (id) => choiceOf({ categories, services }, id) === true,
    // Never granted on the server: the promise stays pending (and holds no timer).
    whenGranted: () => new Promise(nothing),
    onChange: () => nothing,
    subscribe(run) {
      run(get());
      return nothing;
    },
    acceptAll: nothing,
    rejectAll: nothing,
    update: nothing,
    showBanner: nothing,
    showPreferences: nothing,
    reset: nothing,
  };
}
