/**
 * `npm run check -- FILE...`: checks draft files (bare drafts or exported envelopes) and published reports
 * (.txt/.html, issue 7; .pdf/.docx, issue 14) with the same engine as the browser and prints each file's findings in Chinese,
 * then a table (file, agency, year, errors, warnings). `--last-year FILE` names last year's report;
 * reports of one agency a year apart in one run are paired by themselves. Exit 0: no error; 1: an error was found;
 * 2: a file could not be read. `--json` prints one JSON document instead.
 */
import { readFile, stat } from 'node:fs/promises';
import { checkFiles } from './checkFiles';
import { nodeCMapFiles } from './cMapFiles';
import { renderJson, renderText } from './render';

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const lastYearAt = argv.indexOf('--last-year');
  const lastYearFile = lastYearAt >= 0 ? argv[lastYearAt + 1] : undefined;
  const files = argv.filter((arg, index) => !arg.startsWith('--') && !(lastYearAt >= 0 && index === lastYearAt + 1));
  if (files.length === 0 || (lastYearAt >= 0 && !lastYearFile)) {
    process.stderr.write('用法：npm run check -- [--json] [--last-year 上年报告] 文件...（草稿 .json，已发布年报 .txt/.html/.pdf/.docx）\n');
    return 2;
  }
  const results = await checkFiles(
    files,
    {
      readBytes: async (path) => new Uint8Array(await readFile(path)),
      sizeOf: async (path) => (await stat(path)).size,
      cMapFiles: nodeCMapFiles,
    },
    lastYearFile ? { lastYearFile } : {},
  );
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
