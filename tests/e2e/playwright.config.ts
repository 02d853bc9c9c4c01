import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the real browser host. Each test starts its own host on a free port
 * with its own data file (see fixtures.ts), so tests run in parallel without sharing state.
 * `npm run test:e2e` builds first; this config starts no web server.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  // One retry on CI only: a test that passes on its retry is listed as "flaky" in the output (and must
  // be looked into), but one slow moment on a shared machine does not discard a whole submission.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
