import { defineConfig } from '@playwright/test';
// The root's Chromium finder (CHROME_PATH, Playwright's own, then /usr/bin/chromium) and its headless options.
import { chromiumLaunchOptions } from '../test/support/chromium.js';

// One test per example, each against its production build served on a free 127.0.0.1 port (see e2e/examples.spec.ts).
// Run from the root: node_modules/.bin/playwright test -c examples/playwright.config.ts (examples/run.sh does).
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions(), trace: 'retain-on-failure' },
});
