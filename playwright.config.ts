import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './tests/e2e/chromium';

// Its own ports, so the tests run beside a developer's `npm run dev`.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: systemChromium
          ? {
              executablePath: systemChromium,
              // No calls home: this machine's network is closed, and tests should not depend on it.
              args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
            }
          : {},
      },
    },
  ],
  webServer: {
    command: 'tsx lib/local-stack/cli.ts start --memory',
    url: `http://localhost:${port}`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      TURA_API_PORT: String(port + 52221),
      TURA_DB_PORT: String(port + 52222),
      TURA_POSTGREST_PORT: String(port + 52223),
      TURA_POSTGREST_ADMIN_PORT: String(port + 52224),
    },
  },
});
