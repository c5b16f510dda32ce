import {execFileSync} from 'node:child_process';
import {defineConfig, devices} from '@playwright/test';

// Browser tests run against the production build in an installed Chrome or
// Chromium, found by scripts/chrome-path.mjs (run as its own process: it is an
// ES module, which Playwright's config loader would turn into CommonJS); no
// browser is ever downloaded.
function chromePath(): string {
  try {
    return execFileSync(process.execPath, ['scripts/chrome-path.mjs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    const said = (error as {stderr?: string}).stderr?.trim();
    throw new Error(said || 'No Chrome or Chromium found.');
  }
}
const executablePath = chromePath();
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
  projects: [{name: 'desktop', use: {...devices['Desktop Chrome'], channel: undefined}}],
  webServer: {
    command: `node scripts/serve-build.mjs`,
    env: {PORT: String(port)},
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
