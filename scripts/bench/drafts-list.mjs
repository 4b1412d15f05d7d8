// Drafts-list benchmark (issue 4): time to list 1,000 drafts. Builds the app, serves it with `vite preview`,
// seeds 1,000 drafts (the seed report under 1,000 names, full values and texts) into IndexedDB in Debian's
// Chromium, then reloads and measures navigation start → the list showing all 1,000 rows (each row's
// error count comes from the rules engine). It prints figures; it is not a test.
/* global document, indexedDB -- the page callbacks run in the browser */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { root, serveBuild } from '../benchServer.mjs';

const outDir = '.bench-dist-drafts';
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const seed = JSON.parse(readFileSync(join(root, 'e2e', 'fixtures', '2021-puyang-gongxin.json'), 'utf8'));
const day = 24 * 3600 * 1000;
const drafts = Array.from({ length: DRAFTS }, (_, index) => {
  const agency = `第${index + 1}号测试机关`;
  const at = new Date(Date.UTC(2026, 0, 15) - index * day / 24).toISOString();
  return { ...seed, id: `bench-${index}`, title: `${agency}2021年政府信息公开工作年度报告`, meta: { ...seed.meta, agency }, createdAt: at, updatedAt: at };
});

const { url, stop } = await serveBuild(outDir);
let browser;
try {
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
  stop();
}
