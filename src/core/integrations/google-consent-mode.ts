import type { ConsentStore } from '../consent/store.js';
import { logError } from '../util/log.js';
import type { CategoryId } from '../types.js';

type Mapping = Record<string, CategoryId[]>;

/** Each consent type is granted when every category it maps to is granted (an empty list: always granted). */
const consentValues = (mapping: Mapping, categories: Record<CategoryId, boolean>): Record<string, string> =>
  Object.fromEntries(Object.entries(mapping).map(([type, ids]) => [type, ids.every((id) => categories[id]) ? 'granted' : 'denied']));

/**
 * Google Consent Mode v2 without Google's script: pushes to `window.dataLayer` exactly what
 * `gtag('consent', …)` would push (an arguments object), the default first, then an update from the stored
 * decision and on every change. Defines `window.gtag` only when the page has not.
 */
export function startConsentMode(mapping: Mapping, store: ConsentStore): void {
  const w = window as unknown as { dataLayer?: unknown; gtag?: unknown };
  const dataLayer = (w.dataLayer ??= []);
  if (!Array.isArray(dataLayer)) {
    logError('googleConsentMode: window.dataLayer is not an array; Google tags stay denied.');
    return;
  }
  const push = function (..._: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  };
  if (typeof w.gtag !== 'function') w.gtag = push;
  // Undecided, the state is the regime's defaults (nothing granted under opt-in, or without regimes).
  push('consent', 'default', { ...consentValues(mapping, (store.state.decided ? store.choices(() => false) : store.state).categories), wait_for_update: 500 });
  const update = (): void => push('consent', 'update', consentValues(mapping, store.state.categories));
  if (store.state.decided) update();
  store.subscribe(update, 'Google Consent Mode');
}
