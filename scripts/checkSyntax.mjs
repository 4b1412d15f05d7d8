// Issue 11: the built JavaScript must run in the oldest browser officers use (Chromium 86, README 支持的浏览器).
// es-check parses every built script — the chunks of dist/assets and the inline script of nianbao.html — as
// ES2021 (all Chromium 86 parses) and looks for built-ins newer than that. Ignored, with reasons:
//   ObjectHasOwn, ArrayPrototypeAt  filled in by src/app/legacyApis.ts before the app renders;
//   ErrorCause                      `new Error(message, { cause })`: an older browser ignores the second argument;
//   ArrayPrototypeGroup             a false match: TanStack Table's `columnHelper.group(...)`, not Array#group;
//   ArrayFindLast                   a false match: our `findLastYear(...)`; our code does not call Array#findLast;
//   Float16Array                    only `typeof Float16Array` in get-intrinsic (inside the docx chunk).
// pdf.js (the pdf*.js chunks, loaded only when a PDF is opened, issue 14) is checked for syntax only: its legacy build
// brings its own polyfills for the newer built-ins it names, and pdf.js itself supports Chromium 118 and later (README).
// The inline script of nianbao.html is the same code as dist/assets, pdf.js included: it is checked for syntax only,
// the chunks above for built-ins.
// Usage: node scripts/checkSyntax.mjs [build folder]  (default dist; built first if it is missing).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root, run } from './setup.mjs';

const IGNORED = ['ObjectHasOwn', 'ArrayPrototypeAt', 'ErrorCause', 'ArrayPrototypeGroup', 'ArrayFindLast', 'Float16Array'];

/** es-check over a build; `rebuild` (or a folder without nianbao.html) builds it first. */
export function checkBuiltSyntax(folder = 'dist', rebuild = false) {
  const dist = resolve(root, folder);
  if ((rebuild || !existsSync(join(dist, 'nianbao.html'))) && run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist]) !== 0) return false;
  const html = readFileSync(join(dist, 'nianbao.html'), 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!inline) {
    console.log('nianbao.html 中没有内联脚本。');
    return false;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'nianbao-syntax-'));
  try {
    writeFileSync(join(scratch, 'nianbao.html.js'), inline);
    const chunks = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
    const isPdfJs = (name) => /^pdf[.-]/.test(name);
    const ours = chunks.filter((name) => !isPdfJs(name)).map((name) => join(dist, 'assets', name));
    const syntaxOnly = [...chunks.filter(isPdfJs).map((name) => join(dist, 'assets', name)), join(scratch, 'nianbao.html.js')];
    const features = run('npx', ['es-check', 'es2021', ...ours, '--module', '--checkFeatures', `--ignore=${IGNORED.join(',')}`, '--noColor']);
    const syntax = run('npx', ['es-check', 'es2021', ...syntaxOnly, '--module', '--noColor']);
    return features === 0 && syntax === 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(checkBuiltSyntax(process.argv[2]) ? 0 : 1);
