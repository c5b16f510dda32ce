import {defineConfig, devices} from '@playwright/test';
import {findChrome, NO_CHROME} from './scripts/chrome-path.mjs';

// Browser tests run against the production build in an installed Chrome or
// Chromium (scripts/chrome-path.mjs); no browser is ever downloaded.
const executablePath = findChrome();
if (!executablePath) throw new Error(NO_CHROME);
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
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
  projects: [
    {name: 'desktop', use: {...devices['Desktop Chrome'], channel: undefined}},
  ],
  webServer: {
    command: `node scripts/serve-build.mjs`,
    env: {PORT: String(port)},
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
