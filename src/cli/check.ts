/**
 * `npm run check -- FILE...`: checks draft files (bare drafts or exported envelopes) with the same engine
 * as the browser and prints each file's findings in Chinese. Exit 0: no error; 1: an error was found;
 * 2: a file could not be read. `--json` prints one JSON document instead.
 */
import { readFile, stat } from 'node:fs/promises';
import { checkFiles } from './checkFiles';
import { renderJson, renderText } from './render';

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('用法：npm run check -- [--json] 文件...\n');
    return 2;
  }
  const results = await checkFiles(files, {
    readText: (path) => readFile(path, 'utf8'),
    sizeOf: async (path) => (await stat(path)).size,
  });
  process.stdout.write(json ? renderJson(results) : renderText(results));
  if (results.some((result) => !result.ok)) return 2;
  return results.some((result) => result.ok && result.errors > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`检查程序出错：${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
