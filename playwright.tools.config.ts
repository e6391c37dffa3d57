import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromium.js';

// The privacy tools run against the built demo (`npm run build` first): DuckDuckGo's autoconsent and the
// gdpr-cookie-scanner. Slower than the end-to-end suite (the scanner waits on its own clock), so a suite of its own:
// `npm run test:tools`.
export default defineConfig({
  testDir: 'test/tools',
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions() },
});
