// Issue 16: opening a draft's 三 step (`#/draft/<id>/s3`) loads at most 150 KiB of JavaScript and CSS (gzip -9)
// before its first cell. Computed from the build's chunk map (.vite/manifest.json): the entry with its static imports
// and style sheets, plus what the shell preloads for a wizard address (src/app/App.tsx preloadPageOf: the wizard page
// and the early read of the draft) with theirs. What loads after the first frame (Dexie and the repository, export,
// service worker) is not counted. `npm test` runs it over the build the end-to-end tests served, so the budget cannot
// be lost silently again (it had grown to ~158 KiB). `npm run bench -- keystrokes` measures the same in the browser.
// Usage: node scripts/checkFirstLoad.mjs [build folder]  (default dist; built first if it is missing).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { root, run } from './setup.mjs';

export const FIRST_LOAD_BUDGET_KIB = 150;
/** The chunks App.tsx preloads for a wizard address, by source file or (for a chunk without one) by name. */
const WIZARD_ROUTE = ['src/features/wizard/WizardPage.tsx', 'earlyDraft'];

/** The files (JS and CSS, relative to the build folder) the 三 step loads before its first cell. */
export function firstLoadFiles(manifest) {
  const entries = Object.entries(manifest);
  const byKey = new Map(entries);
  const files = new Set();
  const visit = (key) => {
    const chunk = byKey.get(key);
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = entries.find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  visit(entry[0]);
  for (const wanted of WIZARD_ROUTE) {
    const found = entries.find(([key, chunk]) => chunk.src === wanted || chunk.name === wanted || key === wanted);
    if (!found) throw new Error(`the wizard route's chunk ${wanted} is not in the manifest: update WIZARD_ROUTE`);
    visit(found[0]);
  }
  return [...files];
}

/** Prints each file's gzip size and the total; false when over budget (or the build could not be read). */
export function checkFirstLoad(folder = 'dist') {
  const dist = resolve(root, folder);
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile) && run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist]) !== 0) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const sizes = firstLoadFiles(manifest)
      .map((file) => ({ file, kib: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024 }))
      .sort((a, b) => b.kib - a.kib);
    const total = sizes.reduce((sum, { kib }) => sum + kib, 0);
    for (const { file, kib } of sizes) console.log(`${kib.toFixed(1).padStart(7)} KiB  ${file}`);
    const within = total <= FIRST_LOAD_BUDGET_KIB;
    console.log(`三 步首次加载 ${total.toFixed(1)} KiB (gzip)，预算 ≤ ${FIRST_LOAD_BUDGET_KIB} KiB：${within ? '符合' : '超出'}`);
    return within;
  } catch (error) {
    console.log(`无法计算首次加载体积：${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(checkFirstLoad(process.argv[2]) ? 0 : 1);
}
