// `npm test`: install what is missing, then every check — types, lint, unit (vitest), end-to-end
// (Playwright in Debian chromium) — and close with the plain line CI reads:
// `tests: N passed, N failed, N skipped`. Every stage runs even when an earlier one fails.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkFirstLoad } from './checkFirstLoad.mjs';
import { checkBuiltSyntax } from './checkSyntax.mjs';
import { ensureNodeModules, ensureSystemPackages, root, run } from './setup.mjs';

const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

ensureNodeModules();
const browserReady = ensureSystemPackages();

const tally = { passed: 0, failed: 0, skipped: 0 };
const stage = (name, ok) => {
  console.log(`\n== ${name}: ${ok ? '通过' : '失败'}`);
  if (ok) tally.passed += 1;
  else tally.failed += 1;
};

stage('类型检查 (tsc)', run('npx', ['tsc', '-b']) === 0);
stage('代码检查 (eslint)', run('npx', ['eslint', '.', '--max-warnings=0']) === 0);

const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'vitest.json')}`], {
  env: { ...process.env, NO_COLOR: '1' },
});
const vitestFile = join(reports, 'vitest.json');
if (existsSync(vitestFile)) {
  const result = JSON.parse(readFileSync(vitestFile, 'utf8'));
  tally.passed += result.numPassedTests ?? 0;
  tally.failed += result.numFailedTests ?? 0;
  tally.skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  if (vitestStatus !== 0 && (result.numFailedTests ?? 0) === 0) tally.failed += 1;
} else {
  tally.failed += 1;
}

if (browserReady) {
  const e2eStatus = run('npx', ['playwright', 'test'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') },
  });
  const e2eFile = join(reports, 'playwright.json');
  if (existsSync(e2eFile)) {
    const { stats } = JSON.parse(readFileSync(e2eFile, 'utf8'));
    tally.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    tally.failed += stats.unexpected ?? 0;
    tally.skipped += stats.skipped ?? 0;
    if (e2eStatus !== 0 && (stats.unexpected ?? 0) === 0) tally.failed += 1;
  } else {
    tally.failed += 1;
  }
} else {
  console.log('缺少 chromium 或中文字体，端到端测试未运行。');
  tally.failed += 1;
}

// The build the end-to-end tests just served (built afresh when they could not run) must parse in Chromium 86.
const e2eBuild = `.e2e-dist/${process.env.E2E_PORT ?? 4317}`;
stage('构建产物语法 (es-check, Chromium 86)', checkBuiltSyntax(e2eBuild, !browserReady));
// Issue 16: the 三 step's first load (entry, its imports and the wizard's preloaded chunks) stays ≤ 150 KiB gzip.
stage('三 步首次加载体积 (≤ 150 KiB gzip)', checkFirstLoad(e2eBuild));

console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed > 0 ? 1 : 0);
