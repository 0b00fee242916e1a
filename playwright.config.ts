import { defineConfig } from '@playwright/test';

/** End-to-end tests drive the real built extension (.output/chrome-mv3) in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  // Server-renders and bundles the framework fixture apps (tests/fixtures/apps) into their dist folder.
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  // Each test launches its own Chromium with the extension; two cores are shared with the build.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
});
