import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromium.js';

// End-to-end tests of the built dist/ files on real pages over HTTP (run `npm run build` first; `npm test` does).
export default defineConfig({
  testDir: 'test/e2e',
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions() },
});
