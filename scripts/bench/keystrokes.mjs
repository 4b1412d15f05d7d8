// Keystroke benchmark of the 三 grid (issue 3 item 8). Builds the app, serves it with `vite preview`,
// and in Debian's Chromium measures, over ≥ 100 keystrokes spread across the grid:
//   key → DOM updated: from the keydown event to the DOM showing the row's new 总计 (or, for a refused
//                      key, the cell's message) — seen by a MutationObserver in the page;
//   key → next frame:  from the keydown to the first task after the next animation frame;
// unthrottled and at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), plus navigation → first
// editable cell and the gzip size of the JS and CSS the page loaded. It prints figures; it is not a test.
/* global window, document, MutationObserver, requestAnimationFrame -- instrument() and the page callbacks run in the browser */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { root, serveBuild } from '../benchServer.mjs';

const outDir = '.bench-dist';
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 120);
const BUDGET = { unthrottled: 16, throttled: 60, firstLoadKb: 150 };
// Key → next frame (issue 16): 0.6× the hand-written grid of the peer benchmark (../shared/bench-peers, run of
// 2026-12-02: 35.7 / 82.8 ms at 1×, 102.0 / 174.0 ms at 4×, median / p95), i.e. one frame beyond React's own.
const FRAME_BUDGET = { 1: { median: 21, p95: 50 }, 4: { median: 61, p95: 104 } };
// Navigation → first editable cell (issue 16): the peer benchmark asks for ≤ 1.2× the hand-written grid, which
// took 431 ms at 1× and 1274 ms at 4× CPU on this machine kind (2026-12-02, ../shared/bench-peers). A ratio needs
// that grid beside us, so these are the absolute figures it gives: 1.2 × those, rounded down.
const READY_BUDGET_MS = { 1: 500, 4: 1500 };

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

const ms = (value) => `${value.toFixed(1)} ms`;

// In the page: every keydown the script announces is timed until its expected DOM change and next frame.
function instrument() {
  const bench = { expect: null, results: [], firstCell: null };
  window.__bench = bench;
  const seen = () => {
    if (bench.firstCell === null && document.querySelector('input[data-cell]')) bench.firstCell = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
  document.addEventListener(
    'keydown',
    (event) => {
      const expected = bench.expect;
      if (!expected) return;
      bench.expect = null;
      const start = event.timeStamp;
      const record = { dom: null, frame: null, kind: expected.kind };
      bench.results.push(record);
      const done = () => {
        if (expected.kind === 'total') {
          return document.getElementById(`cell-${expected.id}`)?.textContent === expected.text;
        }
        return document.getElementById(`cell-${expected.id}-problem`) !== null;
      };
      const observer = new MutationObserver(() => {
        if (record.dom === null && done()) {
          record.dom = performance.now() - start;
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      requestAnimationFrame(() => setTimeout(() => (record.frame = performance.now() - start), 0));
    },
    true,
  );
}

/**
 * Navigation to the first editable cell, and the JS and CSS fetched: what was requested before the cell
 * appeared is what it was loaded for (the budget); what the page fetched afterwards, once idle (service-worker
 * registration, the 导出草稿 button), is listed apart. The page is given a few seconds to settle first.
 */
async function firstLoad(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.firstCell !== null);
  await page.waitForTimeout(3000);
  return page.evaluate(() => {
    const firstCell = window.__bench.firstCell;
    const entries = performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime }))
      .filter((entry) => /\.(js|css)$/.test(entry.path));
    return {
      firstCell,
      resources: entries.filter((entry) => entry.start < firstCell).map((entry) => entry.path),
      later: entries.filter((entry) => entry.start >= firstCell).map((entry) => entry.path),
    };
  });
}

/** Gzip size of each file loaded, largest first, so an over-budget figure says where the bytes are. */
function gzipSizes(resources) {
  const files = [...new Set(resources)].map((path) => ({
    path,
    kb: gzipSync(readFileSync(join(root, outDir, decodeURIComponent(path))), { level: 9 }).length / 1024,
  }));
  return files.sort((a, b) => b.kb - a.kb);
}

/** ≥ 100 keystrokes over the 三 grid's input cells, spread by a stride; every 10th is a refused letter. */
async function typeAcrossGrid(page, cellIds, values) {
  const stride = 37; // coprime with the 144 input cells of 三: visits rows and columns all over the grid
  const results = { total: [], message: [], frame: [] };
  for (let k = 0; k < KEYSTROKES; k += 1) {
    const id = cellIds[(k * stride) % cellIds.length];
    const input = page.locator(`[id="cell-${id}"]`);
    await input.focus();
    await input.evaluate((element) => element.select());
    const refused = k % 10 === 9;
    const rowPrefix = id.slice(0, id.lastIndexOf('.'));
    let key;
    if (refused) {
      key = 'x';
      await page.evaluate((cell) => (window.__bench.expect = { kind: 'message', id: cell }), id);
    } else {
      const digit = ((values.get(id) ?? 0) % 9) + 1; // always differs from what the cell holds
      values.set(id, digit);
      let total = 0;
      for (const [other, value] of values) if (other.startsWith(`${rowPrefix}.`) && other.slice(rowPrefix.length + 1).indexOf('.') < 0) total += value;
      key = String(digit);
      await page.evaluate(
        (expected) => (window.__bench.expect = expected),
        { kind: 'total', id: `${rowPrefix}.total`, text: String(total) },
      );
    }
    await page.keyboard.press(key);
    await page.waitForFunction(() => {
      const last = window.__bench.results.at(-1);
      return last && last.dom !== null && last.frame !== null;
    });
    if (refused) {
      // Put the figure back (not measured) so the cell holds a number again.
      await input.evaluate((element) => element.select());
      await page.keyboard.press(String(values.get(id) ?? 0));
    }
  }
  const records = await page.evaluate(() => window.__bench.results.splice(0));
  for (const record of records) {
    results[record.kind].push(record.dom);
    results.frame.push(record.frame);
  }
  return results;
}

async function main() {
  console.log(`building into ${outDir} …`);
  const { url: base, stop } = await serveBuild(outDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
    await context.addInitScript(instrument);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(base);
    await page.getByRole('button', { name: '新建草稿' }).click();
    await page.waitForURL(/#\/draft\/[^/]+\/meta$/);
    const draftUrl = page.url().replace(/\/meta$/, '/s3');
    const cdp = await context.newCDPSession(page);

    // Other work on the machine slows every figure: say how busy it was.
    console.log(`load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (1/5/15 min) on ${availableParallelism()} cores`);
    for (const rate of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const load = await firstLoad(page, draftUrl);
      const cellIds = await page.locator('input[data-cell^="s3."]').evaluateAll((inputs) => inputs.map((input) => input.dataset.cell));
      // The draft carries over between runs: start from what the cells hold now.
      const values = new Map();
      for (const id of cellIds) {
        const text = await page.locator(`[id="cell-${id}"]`).inputValue();
        if (text !== '') values.set(id, Number(text));
      }
      await page.evaluate(() => (window.__bench.results.length = 0));
      const result = await typeAcrossGrid(page, cellIds, values);
      // The last keystroke's autosave finishes before the next load, as after an officer's pause: a page left while
      // a save is pending reopens through the leave journal (DraftsRepository.load, with Dexie), not the early read.
      await page.waitForTimeout(1000);
      const files = gzipSizes(load.resources);
      const kb = files.reduce((sum, file) => sum + file.kb, 0);
      const dom = stats([...result.total, ...result.message]);
      const frame = stats(result.frame);
      const budget = rate === 1 ? BUDGET.unthrottled : BUDGET.throttled;
      console.log(`\nCPU ${rate === 1 ? 'unthrottled' : `throttled ${rate}×`} — ${dom.n} keystrokes over ${cellIds.length} input cells of 三`);
      console.log(`  key → DOM updated (total or message): median ${ms(dom.median)}, p95 ${ms(dom.p95)}, max ${ms(dom.max)}  (budget p95 ≤ ${budget} ms: ${dom.p95 <= budget ? 'within' : 'OVER'})`);
      const totals = stats(result.total);
      const messages = stats(result.message);
      console.log(`    of which totals: median ${ms(totals.median)}, p95 ${ms(totals.p95)} (n=${totals.n}); messages: median ${ms(messages.median)}, p95 ${ms(messages.p95)} (n=${messages.n})`);
      console.log(`  key → next frame: median ${ms(frame.median)}, p95 ${ms(frame.p95)}, max ${ms(frame.max)}`);
      const frameBudget = FRAME_BUDGET[rate];
      const within = (value, limit) => (value <= limit ? 'within' : 'OVER');
      console.log(
        `  budget key → next frame at ${rate}×: median ≤ ${frameBudget.median} ms: ${within(frame.median, frameBudget.median)}; p95 ≤ ${frameBudget.p95} ms: ${within(frame.p95, frameBudget.p95)}`,
      );
      const readyBudget = READY_BUDGET_MS[rate];
      console.log(`  navigation → first editable cell: ${ms(load.firstCell)}  (budget ≤ ${readyBudget} ms: ${load.firstCell <= readyBudget ? 'within' : 'OVER'})`);
      console.log(`  JS + CSS loaded for it (requested before it appeared): ${files.length} files, ${kb.toFixed(1)} KB gzip (budget ≤ ${BUDGET.firstLoadKb} KB: ${kb <= BUDGET.firstLoadKb ? 'within' : 'OVER'})`);
      const list = (loaded) => loaded.map((file) => `    ${file.kb.toFixed(1).padStart(5)} KB  ${file.path}`).join('\n');
      if (rate === 1) console.log(list(files));
      const later = gzipSizes(load.later);
      const laterKb = later.reduce((sum, file) => sum + file.kb, 0);
      console.log(`  loaded after it, once the page was idle: ${later.length} files, ${laterKb.toFixed(1)} KB gzip (all together ${(kb + laterKb).toFixed(1)} KB)`);
      if (rate === 1 && later.length > 0) console.log(list(later));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  } finally {
    await browser.close();
    stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
