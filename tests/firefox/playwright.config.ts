import { defineConfig } from '@playwright/test';

// Runs against the Firefox build (.output/firefox-mv3) in Debian's Firefox ESR, over WebDriver BiDi:
// see docs/firefox.md. One Firefox at a time: each test starts its own.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/firefox',
});
