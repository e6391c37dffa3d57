/**
 * What the framework bindings share: the state as the running widget reports it, followed through the document's
 * events. Nothing here starts the widget or needs it to be there yet (configure() may run after the first render),
 * and nothing touches the DOM on a server.
 */
import { CHANGE_EVENT, READY_EVENT } from '../core/api/events.js';
import type { CategoryId, ConsentState } from '../core/types.js';

const inBrowser = typeof document !== 'undefined';

/** Before the widget runs, and on a server: undecided, nothing granted. */
export const UNDECIDED: ConsentState = Object.freeze({ decided: false, categories: {}, services: {}, consentId: null, decidedAt: null, revision: 1, method: null, variant: null });

/** Calls `listener` on `cookie-consent:ready` and on every `cookie-consent:change`; returns the unsubscribe function. */
export function followConsent(listener: () => void): () => void {
  if (!inBrowser) return () => {};
  for (const type of [READY_EVENT, CHANGE_EVENT]) document.addEventListener(type, listener);
  return () => {
    for (const type of [READY_EVENT, CHANGE_EVENT]) document.removeEventListener(type, listener);
  };
}

/** True only when the running widget says that category (or service) is granted. */
export const isGranted = (id: CategoryId): boolean => (inBrowser && window.cookieConsent?.isGranted(id)) === true;

let last: ConsentState = UNDECIDED;
let lastKey = '';

/** The current state, the same object until it changes (what React's useSyncExternalStore needs). */
export function currentState(): ConsentState {
  const state = inBrowser ? window.cookieConsent?.get() : undefined;
  if (!state) return UNDECIDED;
  const key = JSON.stringify(state);
  if (key !== lastKey) {
    lastKey = key;
    last = state;
  }
  return last;
}
