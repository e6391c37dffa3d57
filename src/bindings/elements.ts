// Generated from custom-elements.json by scripts/element-typings.mjs (npm run build): do not edit by hand; change the
// element's JSDoc (@attr) instead.
import type { ConsentGateElement } from '../core/gating/consent-gate.js';
import type { CookieConsentElement } from '../ui/cookie-consent/cookie-consent.js';
import type { CookieConsentButtonElement } from '../ui/floating-button/floating-button.js';
import type { CookieDeclarationElement } from '../ui/cookie-declaration/cookie-declaration.js';

/** The attributes of `<consent-gate>`. */
export interface ConsentGateProps {
  /** The category whose consent the content needs. */
  category?: string;
  /** Or the one service whose consent it needs (then `category` may be left out). */
  service?: string;
}

/** The attributes of `<cookie-consent>`. */
export interface CookieConsentProps {
  /** Where the banner sits (default: the config's `layout`, else "bar"). */
  layout?: 'bar'|'box'|'modal';
  /** Forces a theme; without it the banner follows prefers-color-scheme. */
  theme?: 'light'|'dark';
}

/** The attributes of `<cookie-consent-button>`. */
export interface CookieConsentButtonProps {
  /** The corner it sits in; it moves to "end" while the focused element would sit under it. */
  side?: 'start'|'end';
}

/** The attributes of `<cookie-declaration>`. */
export interface CookieDeclarationProps {
  /** The level of the categories' headings (default 2; the services' are one below). */
  'heading-level'?: string;
  /** Forces the colour scheme of the state words and bands (default: the page's). */
  theme?: 'light'|'dark';
}

/** Every element of the package, by tag name: its attributes (for the frameworks' template typings). */
export interface ElementProps {
  'consent-gate': ConsentGateProps;
  'cookie-consent': CookieConsentProps;
  'cookie-consent-button': CookieConsentButtonProps;
  'cookie-declaration': CookieDeclarationProps;
}

/** Tag names a framework must treat as custom elements (Vue: compilerOptions.isCustomElement). */
export const ELEMENT_NAMES: ReadonlyArray<keyof ElementProps> = ['consent-gate', 'cookie-consent', 'cookie-consent-button', 'cookie-declaration'];

declare global {
  interface HTMLElementTagNameMap {
    'consent-gate': ConsentGateElement;
    'cookie-consent': CookieConsentElement;
    'cookie-consent-button': CookieConsentButtonElement;
    'cookie-declaration': CookieDeclarationElement;
  }
}
