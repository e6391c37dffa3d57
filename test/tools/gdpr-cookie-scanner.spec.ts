// @slashgear/gdpr-cookie-scanner on the demo article: it must find the consent banner, its accept and reject buttons,
// and run both flows (reject in one browser session, accept in a fresh one).
import { chromium } from 'playwright';
import { scan } from '@slashgear/gdpr-cookie-scanner';
import { chromiumLaunchOptions } from '../support/chromium.js';
import { expect, test } from '../e2e/fixtures.js';

// The scanner launches Playwright's own Chromium build, which cannot be downloaded here; it shares our `playwright`
// module, so its launch is pointed at the Chromium the other suites use (test/support/chromium.js).
const launch = chromium.launch.bind(chromium);
chromium.launch = (options = {}) => {
  const ours = chromiumLaunchOptions();
  return launch({ ...options, executablePath: ours.executablePath, args: [...(options.args ?? []), ...ours.args] });
};

test('the scanner detects the banner, finds « Tout accepter » and « Tout refuser », and runs both flows', async ({ site }) => {
  test.setTimeout(120_000);
  const result = await scan(`${site.origin}/demo/index.html`, { locale: 'fr-FR', timeout: 20_000 });
  const { modal, compliance } = result;
  console.log(`gdpr-cookie-scanner: grade ${compliance.grade}, score ${compliance.total}/100; modal ${modal.selector};`,
    `buttons ${JSON.stringify(modal.buttons.map((b) => [b.type, b.text]))}; issues ${JSON.stringify(compliance.issues.map((i) => i.type))}`);
  expect(modal.detected).toBe(true);
  const buttons = modal.buttons.map((b) => [b.type, b.text]);
  expect(buttons).toContainEqual(['accept', 'Tout accepter']);
  expect(buttons).toContainEqual(['reject', 'Tout refuser']);
  expect(modal.privacyPolicyUrl).toMatch(/\/demo\/confidentialite\.html$/);
  // Both flows ran: no "could not click", "no reject button", "no accept button".
  expect(result.errors).toEqual([]);
  const names = (cookies: Array<{ name: string }>) => cookies.map((c) => c.name).sort();
  expect(names(result.cookiesBeforeInteraction)).toEqual([]);
  // After « Tout refuser »: the stored refusal only. After « Tout accepter »: the stored choice (the scanner reads the
  // cookies as soon as the network is idle, which can be before the granted scripts have set theirs).
  expect(names(result.cookiesAfterReject)).toEqual(['cookie_consent']);
  expect(names(result.cookiesAfterAccept)).toContain('cookie_consent');
});
