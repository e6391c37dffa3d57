// Finds a Chromium the way the repository's tests do (CHROME_PATH, then Playwright's own, then the system's) and
// launches it headless. This package is published on its own, hence its own copy of that small logic.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** One line saying how to get a browser. */
export const NO_BROWSER =
  'No Chromium found: set CHROME_PATH to a Chrome/Chromium binary, or install one (npx playwright install chromium; Debian: apt-get install -y chromium).';

/**
 * The path of a Chromium binary, or null when there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {string[]} [systemPaths] where the system's browser may be
 * @returns {string | null}
 */
export function findChromium(env = process.env, systemPaths = SYSTEM_CHROMIUM) {
  const candidates = [env.CHROME_PATH, safe(() => chromium.executablePath()), ...systemPaths];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

function safe(read) {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Launches a headless Chromium (no sandbox when running as root; no background traffic of its own) that browses as a
 * visitor's browser does: without Playwright's --enable-automation and with the AutomationControlled feature off, so
 * navigator.webdriver is false and banners that hide from automated browsers (vanilla-cookieconsent's hideFromBots)
 * show as they do to visitors.
 * @param {string} executablePath
 */
export function launch(executablePath) {
  const args = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    '--disable-blink-features=AutomationControlled'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launch({ executablePath, headless: true, args, ignoreDefaultArgs: ['--enable-automation'] });
}

/** The browser's user agent without the « Headless » that no visitor's browser sends. */
export function visitorUserAgent(browser) {
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;
}

/**
 * A fresh context as a visitor's browser has one; navigator.webdriver is also made false by an init script, in case
 * the launch flag is not honoured by the Chromium at hand.
 * @param {import('playwright-core').Browser} browser
 */
export async function visitorContext(browser) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block', userAgent: visitorUserAgent(browser) });
  await context.addInitScript(() => {
    try {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
    } catch {}
  });
  return context;
}
