import type { CookieConsentEventMap } from '../types.js';

export type CookieConsentEventName = keyof CookieConsentEventMap;

export const READY_EVENT = 'cookie-consent:ready';
export const CHANGE_EVENT = 'cookie-consent:change';
/** A refused `<consent-gate>` asks for its placeholder (cancelable: a page that renders its own calls preventDefault()). */
export const PLACEHOLDER_EVENT = 'cookie-consent:placeholder';

/**
 * Dispatches a consent event (or an internal one, by its name) on `target` (default `document`), bubbling and composed;
 * returns false when cancelled.
 */
export const emit = <K extends CookieConsentEventName | `cookie-consent:${string}`>(
  name: K,
  detail: K extends CookieConsentEventName ? CookieConsentEventMap[K]['detail'] : unknown,
  target: EventTarget = document,
): boolean => target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
