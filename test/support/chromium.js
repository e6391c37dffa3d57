// The one place that finds a Chromium for every test runner: CHROME_PATH, then Playwright's own, then the system's.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of a Chromium binary, or null when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, safe(() => chromium.executablePath()), ...SYSTEM_CHROMIUM];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

function safe(read) {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Launch options for a headless run here: no sandbox as root, no background traffic to a closed network. */
export function chromiumLaunchOptions() {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return { executablePath: findChromium() ?? undefined, headless: true, args };
}
