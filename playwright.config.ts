import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './tests/e2e/chromium';
import { E2E_AUTH_SECRET, E2E_PORT, E2E_PORTS, E2E_SECRETS_FILE, RESEND_RECORDER_URL } from './tests/e2e/stack';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
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
  webServer: [
    {
      // The stand-in for Resend's API: every e-mail the app sends lands here, nowhere else.
      command: `tsx tests/fixtures/resend-recorder.ts ${E2E_PORTS.resend}`,
      url: `${RESEND_RECORDER_URL}/recorded`,
      reuseExistingServer: false,
    },
    {
      // The production build on its own in-memory stack (`npm run start:local`).
      command: 'tsx lib/local-stack/cli.ts start --memory',
      url: `http://localhost:${E2E_PORT}`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        // Always in memory: with DATABASE_URL set, only the specs that start a stack of their own use it.
        DATABASE_URL: '',
        PORT: String(E2E_PORT),
        TURA_API_PORT: String(E2E_PORTS.api),
        TURA_DB_PORT: String(E2E_PORTS.database),
        TURA_POSTGREST_PORT: String(E2E_PORTS.postgrest),
        TURA_POSTGREST_ADMIN_PORT: String(E2E_PORTS.postgrestAdmin),
        RESEND_API_KEY: 're_e2e_test_key',
        RESEND_BASE_URL: RESEND_RECORDER_URL,
        EMAIL_FROM: 'Tura <tura@tura.test>',
        OUTBOX_DISPATCH_SECRET: 'e2e-outbox-dispatch-secret-at-least-32-chars',
        AUTH_SECRET: E2E_AUTH_SECRET,
        TURA_SECRETS_FILE: E2E_SECRETS_FILE,
      },
    },
  ],
});
