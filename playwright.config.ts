import { defineConfig, devices } from '@playwright/test';

// Tests drive the built app (the service worker exists only in a build) served by `vite preview`.
// E2E_PORT lets several runs share a machine: each builds into and serves its own folder.
const port = Number(process.env.E2E_PORT ?? 4317);
const dist = `.e2e-dist/${port}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: `test-results/${port}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? `test-results/report-${port}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium' },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${dist} && npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
    // Test builds honour test-only hooks (src/components/ThrowForTest.tsx, issue 12); other builds compile them out.
    env: { VITE_TEST_HOOKS: '1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
