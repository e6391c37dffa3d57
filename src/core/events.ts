import type { CookieConsentEventMap } from './types.js';

export type CookieConsentEventName = keyof CookieConsentEventMap;

export const READY_EVENT = 'cookie-consent:ready';
export const CHANGE_EVENT = 'cookie-consent:change';

/** Dispatches a consent event on `document`, bubbling and composed. */
export function emit<K extends CookieConsentEventName>(name: K, detail: CookieConsentEventMap[K]['detail']): void {
  document.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
