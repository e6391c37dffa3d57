import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromium.js';

// End-to-end tests of the built dist/ files on real pages over HTTP (run `npm run build` first; `npm test` does).
export default defineConfig({
  testDir: 'test/e2e',
  workers: 2,
  // One retry: a test that passes only on its retry is still printed as flaky, but a busy 2-core CI machine's timing
  // alone does not fail the run.
  retries: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions() },
});
