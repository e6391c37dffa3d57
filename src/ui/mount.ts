import type { UIContext, UIHandle } from '../core/ui-contract.js';
import { CookieConsentElement } from './cookie-consent/cookie-consent.js';

export const ELEMENT_NAME = 'cookie-consent';

/** Defines `<cookie-consent>`, puts one at the start of `<body>` (first in tab order) and returns its controls. */
export function mount(context: UIContext): UIHandle {
  if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, CookieConsentElement);
  const element = document.createElement(ELEMENT_NAME) as CookieConsentElement;
  element.context = context;
  document.body.prepend(element);
  return {
    showBanner: () => element.showBanner(),
    showPreferences: () => void element.showPreferences(),
  };
}

export { CookieConsentElement };
