// What the audit's page functions (page.evaluate, waitForFunction) read on a site's window: the widget's API, when
// the site runs it. Its shape is the widget's business; the audit only checks that it is there.
interface Window {
  cookieConsent?: any;
}
