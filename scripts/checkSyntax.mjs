// Issue 11: the built JavaScript must run in the oldest browser officers use (Chromium 86, README 支持的浏览器).
// es-check parses every built script — the chunks of dist/assets and the inline script of nianbao.html — as
// ES2021 (all Chromium 86 parses) and looks for built-ins newer than that. Ignored, with reasons:
//   ObjectHasOwn, ArrayPrototypeAt  filled in by src/app/legacyApis.ts before the app renders;
//   ErrorCause                      `new Error(message, { cause })`: an older browser ignores the second argument;
//   ArrayPrototypeGroup             a false match: TanStack Table's `columnHelper.group(...)`, not Array#group.
// Usage: node scripts/checkSyntax.mjs [build folder]  (default dist; built first if it is missing).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root, run } from './setup.mjs';

const IGNORED = ['ObjectHasOwn', 'ArrayPrototypeAt', 'ErrorCause', 'ArrayPrototypeGroup'];

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
    const status = run('npx', [
      'es-check', 'es2021', `${dist}/assets/*.js`, `${scratch}/*.js`,
      '--module', '--checkFeatures', `--ignore=${IGNORED.join(',')}`, '--noColor',
    ]);
    return status === 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(checkBuiltSyntax(process.argv[2]) ? 0 : 1);
