// Component tests (src/**/*.test.ts, and the catalog's) in a real Chromium, through Playwright.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './test/support/chromium.js';

export default {
  files: ['src/**/*.test.ts', 'packages/consent-catalog/src/**/*.test.ts'],
  // The catalog is served from its TypeScript source, as vite bundles it.
  nodeResolve: { exportConditions: ['source'] },
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: chromiumLaunchOptions() })],
  testFramework: { config: { timeout: 5000 } },
};
