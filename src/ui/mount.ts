import type { UIContext, UIHandle } from '../core/ui-contract.js';
import { CookieConsentElement } from './cookie-consent/cookie-consent.js';

export const ELEMENT_NAME = 'cookie-consent';

/** Defines `<cookie-consent>`, puts one at the start of `<body>` (first in tab order) and returns its controls. */
export function mount(context: UIContext): UIHandle {
  const defined = customElements.get(ELEMENT_NAME);
  if (!defined) customElements.define(ELEMENT_NAME, CookieConsentElement);
  else if (defined !== CookieConsentElement) {
    console.error(`[cookie-consent] <${ELEMENT_NAME}> is already defined by another script; the banner cannot be shown (nothing is granted).`);
    return { showBanner() {}, showPreferences() {} };
  }
  const element = document.createElement(ELEMENT_NAME) as CookieConsentElement;
  element.context = context;
  document.body.prepend(element);
  return {
    showBanner: () => element.showBanner(),
    showPreferences: () => void element.showPreferences(),
  };
}

export { CookieConsentElement };
