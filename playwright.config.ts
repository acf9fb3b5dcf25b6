import chromium from '@sparticuz/chromium';
import { defineConfig } from '@playwright/test';

// Browser tests run against the built site (`npm run build` first), served by
// `astro preview`. The browser is the Chromium that ships inside the npm
// package @sparticuz/chromium, so no browser is downloaded.
// TEST_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nb-NO',
    launchOptions: {
      executablePath: await chromium.executablePath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-zygote'],
    },
  },
  // Lighthouse measures speed on a simulated slow phone from the CPU time it
  // sees, so it runs alone, after the other browser tests, not beside them
  // (`playwright test tests/lighthouse.spec.ts --no-deps` runs it by itself).
  projects: [
    { name: 'site', testIgnore: 'lighthouse.spec.ts' },
    { name: 'lighthouse', testMatch: 'lighthouse.spec.ts', dependencies: ['site'] },
  ],
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
