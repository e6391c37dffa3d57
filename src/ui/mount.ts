import type { UIHandle, UIHost } from './contract.js';
import { CookieConsentElement } from './cookie-consent/cookie-consent.js';
import { loadTexts } from './common.js';

export const ELEMENT_NAME = 'cookie-consent';

/**
 * Defines `<cookie-consent>`, puts one at the start of `<body>` (first in tab order) and returns its controls.
 * The core calls it once the document is parsed.
 */
export async function mount(host: UIHost): Promise<UIHandle> {
  const table = await loadTexts(host);
  const defined = customElements.get(ELEMENT_NAME);
  if (!defined) customElements.define(ELEMENT_NAME, CookieConsentElement);
  else if (defined !== CookieConsentElement) {
    console.error(`[cookie-consent] <${ELEMENT_NAME}> is already defined by another script; the banner cannot be shown (nothing is granted).`);
    return { showBanner() {}, showPreferences() {} };
  }
  const element = document.createElement(ELEMENT_NAME) as CookieConsentElement;
  element.context = { host, texts: table };
  // The id auditors look for (gdpr-cookie-scanner, among the well-known banners' ids), unless the page already uses it.
  if (!document.getElementById(ELEMENT_NAME)) element.id = ELEMENT_NAME;
  document.body.prepend(element);
  return {
    showBanner: () => element.showBanner(),
    showPreferences: (options) => void element.showPreferences(options),
  };
}

export { CookieConsentElement };
