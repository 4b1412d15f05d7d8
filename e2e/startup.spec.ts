/**
 * Start-up (issue 16): a draft opened from its address (a bookmark, a link in a colleague's message, a reload)
 * shows its 三 grid in the first screen — no 正在加载… or 正在打开草稿… in between — having loaded at most 150 KiB
 * gzip of JavaScript and CSS before the first cell, and Dexie only afterwards; what is typed then is saved as ever.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { COMPILE_HINT } from '../config/compileHints';
import { strings as appStrings } from '../src/app/strings.zh-CN';
import { strings as wizardStrings } from '../src/features/wizard/strings.zh-CN';
import { DraftsPageModel } from './pages/drafts';
import { GridPageModel } from './pages/grid';
import { appUrl, expect, test, watchPage } from './test';

const FIRST_LOAD_BUDGET_KIB = 150;

/**
 * Before the app's scripts: every text the page shows, and the scripts and style sheets the page had asked for when
 * the first grid cell appeared (the entry, its modulepreloads and those the app adds for the chunks it imports).
 * From the DOM, not Resource Timing: the tests' fixed clock stands in for `performance`.
 */
function recordStartUp() {
  const seen: string[] = [];
  const record = { seen, firstCellLoaded: null as string[] | null };
  (window as unknown as { __startUp: typeof record }).__startUp = record;
  new MutationObserver(() => {
    const text = document.getElementById('root')?.textContent ?? '';
    if (text !== '' && seen.at(-1) !== text) seen.push(text);
    if (record.firstCellLoaded === null && document.querySelector('input[data-cell]')) {
      const links = document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"], link[rel="stylesheet"]');
      const scripts = document.querySelectorAll<HTMLScriptElement>('script[src]');
      record.firstCellLoaded = [...Array.from(links, (link) => link.href), ...Array.from(scripts, (script) => script.src)];
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function startUpOf(page: Page) {
  return page.evaluate(() => {
    const record = (window as unknown as { __startUp: { seen: string[]; firstCellLoaded: string[] | null } }).__startUp;
    return { seen: record.seen, first: [...new Set(record.firstCellLoaded ?? [])] };
  });
}

test('a draft opened from its address shows its 三 grid at once, loads ≤ 150 KiB first and Dexie after, and saves what is typed', async ({
  page,
  context,
  baseURL,
}) => {
  const grid = new GridPageModel(page);
  await grid.openNewDraftAt('s3');
  await grid.type('s3.new.natural', '5');
  await expect.poll(async () => (await grid.wizard.savedDraft())?.values['s3.new.natural']).toBe(5);
  const address = page.url();

  // The officer closes the window and later opens the bookmark in a new one.
  const opened = await context.newPage();
  const problems: string[] = [];
  watchPage(opened, baseURL ?? '', problems);
  await page.close();
  await opened.addInitScript(recordStartUp);
  await opened.goto(address);
  const again = new GridPageModel(opened);
  await expect(again.input('s3.new.natural')).toHaveValue('5');
  await expect(again.input('s3.new.natural')).toBeEditable();
  await expect(again.total('s3.new.total')).toHaveText('5');

  const { seen, first } = await startUpOf(opened);
  // The first screen with text already holds the grid's figures: no loading screen before it.
  expect(seen.join('\n')).not.toContain(appStrings.loading);
  expect(seen.join('\n')).not.toContain(wizardStrings.loading);
  expect(first.filter((url) => /\/WizardPage-[\w-]+\.js$/.test(url))).toHaveLength(1);
  // Dexie (with the repository and revisions) is not among what the first cell waited for.
  const dexieChunk = /\/(db|sessionStore|draftsRepository|revisions)-[\w-]+\.js$/;
  expect(first.filter((url) => dexieChunk.test(url))).toEqual([]);
  let kib = 0;
  const hinted = new Map<string, boolean>(); // script file name → starts with the compile hint
  for (const url of first) {
    const body = await (await opened.request.get(url)).body();
    kib += gzipSync(body, { level: 9 }).length / 1024;
    if (url.endsWith('.js')) hinted.set(url.replace(/.*\//, ''), body.toString('utf8', 0, COMPILE_HINT.length) === COMPILE_HINT);
  }
  expect(kib).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KIB);
  // The wizard's chunks ask Chromium to compile them while they stream (config/compileHints.ts); the entry does not.
  const hintedOf = (name: RegExp) => [...hinted].filter(([file]) => name.test(file)).map(([, hint]) => hint);
  expect(hintedOf(/^WizardPage-/)).toEqual([true]);
  expect(hintedOf(/^index-/)).toEqual([false]);
  // index.html asks for them at low fetch priority, so that the entry is fetched and compiled first
  // (config/pagePreload.ts); the entry keeps the browser's default.
  const priorities = await opened.evaluate(() => ({
    wizard: document.querySelector<HTMLLinkElement>('link[rel="modulepreload"][href*="/WizardPage-"]')?.fetchPriority,
    entry: document.querySelector<HTMLScriptElement>('script[type="module"][src*="/index-"]')?.fetchPriority,
  }));
  expect(priorities).toEqual({ wizard: 'low', entry: 'auto' });

  // What is typed is saved, Dexie arriving when needed.
  await again.type('s3.new.legal', '3');
  await expect(again.total('s3.new.total')).toHaveText('8');
  await expect.poll(async () => (await again.wizard.savedDraft())?.values['s3.new.legal']).toBe(3);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('an address of a draft that is not there says so, without the shell’s loading screen first', async ({ page }) => {
  await new DraftsPageModel(page).goto();
  await page.addInitScript(recordStartUp);
  await page.goto(appUrl('#/draft/no-such-draft/s3'));
  await page.reload();
  await expect(page.getByRole('heading', { name: wizardStrings.notFound })).toBeVisible();
  const { seen } = await startUpOf(page);
  expect(seen.join('\n')).not.toContain(appStrings.loading);
});
