// Stops `npm test` with one clear line when no Chromium can be found.
import { findChromium } from './chromium.js';

if (!findChromium()) {
  console.error(
    'No Chromium found: set CHROME_PATH to a Chrome/Chromium binary, or install one (Debian: apt-get install -y chromium).',
  );
  process.exit(1);
}
