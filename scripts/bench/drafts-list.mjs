// Drafts-list benchmark (issue 4): time to list 1,000 drafts. Builds the app, serves it with `vite preview`,
// seeds 1,000 drafts (the seed report under 1,000 names, full values and texts) into IndexedDB in Debian's
// Chromium, then reloads and measures navigation start → the list showing all 1,000 rows (each row's
// error count comes from the rules engine). It prints figures; it is not a test.
/* global document, indexedDB -- the page callbacks run in the browser */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = new URL('../..', import.meta.url).pathname;
const outDir = '.bench-dist-drafts';
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error('vite preview stopped');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url}`);
}

const seed = JSON.parse(readFileSync(join(root, 'e2e', 'fixtures', '2021-puyang-gongxin.json'), 'utf8'));
const day = 24 * 3600 * 1000;
const drafts = Array.from({ length: DRAFTS }, (_, index) => {
  const agency = `第${index + 1}号测试机关`;
  const at = new Date(Date.UTC(2026, 0, 15) - index * day / 24).toISOString();
  return { ...seed, id: `bench-${index}`, title: `${agency}2021年政府信息公开工作年度报告`, meta: { ...seed.meta, agency }, createdAt: at, updatedAt: at };
});

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const port = await freePort();
const preview = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
});
const url = `http://127.0.0.1:${port}/`;
let browser;
try {
  await waitForServer(url, preview);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ serviceWorkers: 'block' });
  // The first load creates the database at its current schema version.
  await page.goto(url);
  await page.getByRole('heading', { name: '我的草稿' }).waitFor();
  const bytes = await page.evaluate(
    (records) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('drafts', 'readwrite');
          for (const record of records) tx.objectStore('drafts').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(records).length);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    drafts,
  );
  // Each load: navigation start → all rows shown, and → every row's error count shown. The first load after
  // seeding checks every draft (cold); later loads read the remembered counts (warm).
  const loads = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.reload();
    await page.waitForFunction((count) => document.querySelectorAll('table.drafts-list tbody tr').length === count, DRAFTS, {
      timeout: 120_000,
      polling: 'raf',
    });
    const listed = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => !document.querySelector('table.drafts-list')?.textContent?.includes('检查中'), null, {
      timeout: 300_000,
      polling: 100,
    });
    const counted = await page.evaluate(() => performance.now());
    loads.push({ listed, counted });
  }
  const [cold, ...warm] = loads;
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = (value) => `${value.toFixed(0)} ms`;
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} (figures scale with load)`);
  console.log(`drafts seeded: ${DRAFTS} (${(bytes / 1024 / 1024).toFixed(1)} MB of JSON)`);
  console.log(`first load (no remembered checks): list of ${DRAFTS} rendered ${ms(cold.listed)}, all error counts ${ms(cold.counted)}`);
  console.log(
    `later loads (median of ${warm.length}): list of ${DRAFTS} rendered ${ms(median(warm.map((load) => load.listed)))}, all error counts ${ms(median(warm.map((load) => load.counted)))}`,
  );
} finally {
  await browser?.close();
  process.kill(-preview.pid);
  rmSync(join(root, outDir), { recursive: true, force: true });
}
