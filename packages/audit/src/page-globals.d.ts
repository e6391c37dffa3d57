// What the audit's page functions (page.evaluate, waitForFunction) read on a site's window: the widget's API, when
// the site runs it (its shape is the widget's business; the audit only checks that it is there), and autoconsent's.
interface Window {
  cookieConsent?: any;
  /** DuckDuckGo's autoconsent content script, injected by the audit (src/autoconsent.js). */
  autoconsentReceiveMessage?: (message: unknown) => unknown;
}
