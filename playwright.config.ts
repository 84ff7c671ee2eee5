import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// E2E_PORT / E2E_OUT_DIR let several test runs share one machine without clashing.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
// The order service: its own port (E2E_API_PORT; derived from E2E_PORT so parallel runs differ),
// a fresh PGlite data folder per run and a known production token the tests log in with.
const API_PORT = Number(process.env.E2E_API_PORT ?? (process.env.E2E_PORT ? PORT + 20_000 : 8787));
const DATA_DIR = process.env.E2E_DATA_DIR ?? join(tmpdir(), `mto-e2e-data-${PORT}-${Date.now()}`);
process.env.E2E_PRODUCTION_TOKEN ??= 'e2e-production-token-not-secret';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // On CI (a shared, loaded machine) a test that fails is run once more; the list reporter then marks
  // it "flaky" in the log, so a flake is seen and not hidden, and a real regression still fails twice.
  // Locally there is no retry: a failure is shown at once.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: process.env.E2E_OUT_DIR ? `test-results-${PORT}` : 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    acceptDownloads: true,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: 'npx tsx src/server/main.ts',
      url: `http://127.0.0.1:${API_PORT}/api/health`,
      env: { API_PORT: String(API_PORT), DATA_DIR, PRODUCTION_TOKEN: process.env.E2E_PRODUCTION_TOKEN, RATE_LIMIT_PER_MINUTE: '1000' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // Test the production build, as shoppers get it; vite preview proxies /api to the service.
      command: `npx vite build --logLevel warn --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      env: { API_PORT: String(API_PORT) },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
