import type { UIHandle, UIHost } from './contract.js';
import { CookieConsentElement } from './cookie-consent/cookie-consent.js';
import { categoryText, loadTexts } from './common.js';

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
  const { view, config, language, api } = host;
  const element = document.createElement(ELEMENT_NAME) as CookieConsentElement;
  element.context = {
    view,
    config,
    language,
    texts: table,
    categoryText: (category, field) => categoryText(host, table, category, field),
    host,
    acceptAll: api.acceptAll,
    rejectAll: api.rejectAll,
  };
  // The id auditors look for (gdpr-cookie-scanner, among the well-known banners' ids), unless the page already uses it.
  if (!document.getElementById(ELEMENT_NAME)) element.id = ELEMENT_NAME;
  document.body.prepend(element);
  return {
    showBanner: () => element.showBanner(),
    showPreferences: (options) => void element.showPreferences(options),
  };
}

export { CookieConsentElement };
