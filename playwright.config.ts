import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// Tests drive the built app (the service worker exists only in a build) served by `vite preview`.
// E2E_PORT lets several runs share a machine: each builds into and serves its own folder.
const port = Number(process.env.E2E_PORT ?? 4317);
const dist = `.e2e-dist/${port}`;

// Issue 11: the same build also as officers get it — from an intranet address over plain http under a sub-path
// (not a secure context: no crypto.subtle, randomUUID, Web Locks, storage manager or service worker), and as
// nianbao.html opened from disk.
const lanAddress =
  Object.values(networkInterfaces())
    .flat()
    .find((address) => address?.family === 'IPv4' && !address.internal)?.address ?? '127.0.0.1';
if (lanAddress === '127.0.0.1') console.warn('e2e: this machine has no non-loopback IPv4; the intranet project uses 127.0.0.1');
const lanPort = port + 1;
const subPath = '/apps/nianbao/2021/';
const lanURL = `http://${lanAddress}:${lanPort}${subPath}`;
const fileURL = pathToFileURL(resolve(dist, 'nianbao.html')).href;
// Specs that are about one of the three ways in; `deploy-core-flow` runs in all three.
const onlyLan = /deploy-plain-http\.spec\.ts$/;
const onlyFile = /deploy-file\.spec\.ts$/;
const coreFlow = /deploy-core-flow\.spec\.ts$/;

const chromium = { ...devices['Desktop Chrome'], channel: undefined };

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
  projects: [
    { name: 'chromium', testIgnore: [onlyLan, onlyFile], use: chromium },
    { name: 'intranet-http-subpath', testMatch: [coreFlow, onlyLan], use: { ...chromium, baseURL: lanURL } },
    { name: 'file', testMatch: [coreFlow, onlyFile], use: { ...chromium, baseURL: fileURL } },
  ],
  // Web servers start in order: the second serves what the first built.
  webServer: [
    {
      command: `npx vite build --logLevel warn --outDir ${dist} && npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
      // Test builds honour test-only hooks (src/components/ThrowForTest.tsx, issue 12); other builds compile them out.
      env: { VITE_TEST_HOOKS: '1' },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --outDir ${dist} --base ${subPath} --host ${lanAddress} --port ${lanPort} --strictPort`,
      url: lanURL,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
