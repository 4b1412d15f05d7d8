// The checker on published reports (issue 7), as a colleague runs it: all six real reports in one run
// (pairing 平潭 years by itself), one report with --last-year, and --json carrying the values read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const reports = join(root, 'e2e/fixtures/reports');
const report = (name: string) => join(reports, name);
const all = [
  '2021-puyang-gongxinju.txt',
  '2019-shanghai-shizhengfu-bangongting.txt',
  '2020-pingtan-shiyanqu.txt',
  '2021-pingtan-shiyanqu.txt',
  '2022-pingtan-shiyanqu.txt',
  '2023-pingtan-shiyanqu.txt',
];

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/check.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

interface JsonFile {
  file: string;
  agency: string;
  year: number;
  lastYear?: string;
  format: string;
  errors: number;
  warnings: number;
  values: Record<string, string>;
  unplaced: string[];
  findings: { ruleId: string; severity: string; message: string }[];
}

const ruleIds = (file: JsonFile) =>
  file.findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.ruleId)
    .sort();

describe('npm run check -- published reports', () => {
  it('reports exactly INDEX.md findings for the six reports in one run, pairing 平潭 years', () => {
    const result = check('--json', ...all.map(report));
    expect(result.code).toBe(1);
    const files = (JSON.parse(result.out) as { files: JsonFile[] }).files;
    const byName = Object.fromEntries(files.map((file) => [file.file.split('/').at(-1), file]));
    expect(Object.fromEntries(Object.entries(byName).map(([name, file]) => [name, ruleIds(file as JsonFile)]))).toEqual({
      '2021-puyang-gongxinju.txt': ['FMT-LEGACY', 'S6-FEE', 'TXT-NUM'],
      '2019-shanghai-shizhengfu-bangongting.txt': ['T3-EMPTY', 'T4-EMPTY', 'TXT-CLAIM', 'TXT-NUM', 'TXT-NUM'],
      '2020-pingtan-shiyanqu.txt': ['T3-SUM', 'T3-SUM'],
      '2021-pingtan-shiyanqu.txt': [],
      '2022-pingtan-shiyanqu.txt': [],
      '2023-pingtan-shiyanqu.txt': ['T2-XY-VALID', 'TXT-NUM'],
    });
    expect(byName['2023-pingtan-shiyanqu.txt']?.lastYear).toBe(report('2022-pingtan-shiyanqu.txt'));
    expect(byName['2022-pingtan-shiyanqu.txt']?.lastYear).toBe(report('2021-pingtan-shiyanqu.txt'));
    expect(byName['2019-shanghai-shizhengfu-bangongting.txt']?.format).toBe('2019');
    // The values read, as printed: typed totals included, empty cells empty.
    expect(byName['2023-pingtan-shiyanqu.txt']?.values['s2.normativeDocs.inForce']).toBe('470');
    expect(byName['2022-pingtan-shiyanqu.txt']?.values['s3.new.total']).toBe('74');
    expect(byName['2019-shanghai-shizhengfu-bangongting.txt']?.values['s3.disclosed.total']).toBe('');
    expect(byName['2021-pingtan-shiyanqu.txt']?.unplaced).toHaveLength(1);
  }, 60_000);

  it('prints each file then the closing table (file, agency, year, errors, warnings)', () => {
    const result = check(...all.map(report));
    expect(result.code).toBe(1);
    const table = result.out.split('\n文件\t机关\t年度\t错误\t提醒\n')[1]?.trim().split('\n');
    expect(table).toEqual([
      `${report('2021-puyang-gongxinju.txt')}\t濮阳市工业和信息化局\t2021\t0\t3`,
      `${report('2019-shanghai-shizhengfu-bangongting.txt')}\t上海市人民政府办公厅\t2019\t0\t5`,
      `${report('2020-pingtan-shiyanqu.txt')}\t平潭综合实验区\t2020\t2\t0`,
      `${report('2021-pingtan-shiyanqu.txt')}\t平潭综合实验区\t2021\t0\t0`,
      `${report('2022-pingtan-shiyanqu.txt')}\t平潭综合实验区\t2022\t0\t0`,
      `${report('2023-pingtan-shiyanqu.txt')}\t平潭综合实验区\t2023\t0\t2`,
    ]);
    expect(result.out).toContain('[提醒] TXT-NUM 一、总体情况中“2021年我局共制定规范性文件9项”写的是 9，而表格“行政规范性文件 本年制发件数”是 10');
    expect(result.out).toContain('[未导入] 第 11 行：“行政规范性文件”的数字连在一起（693665）');
  }, 60_000);

  it('--last-year names last year for a single file; alone, the 2023 report has nothing to compare', () => {
    const paired = check('--json', '--last-year', report('2022-pingtan-shiyanqu.txt'), report('2023-pingtan-shiyanqu.txt'));
    expect(paired.code).toBe(0);
    const [file] = (JSON.parse(paired.out) as { files: JsonFile[] }).files;
    expect(ruleIds(file as JsonFile)).toEqual(['T2-XY-VALID', 'TXT-NUM']);
    const alone = check('--json', report('2023-pingtan-shiyanqu.txt'));
    const [single] = (JSON.parse(alone.out) as { files: JsonFile[] }).files;
    expect(ruleIds(single as JsonFile)).toEqual([]);
    expect(single?.unplaced[0]).toContain('行政规范性文件');
  }, 60_000);

  it('reads a saved .html page', () => {
    const text = readFileSync(report('2021-puyang-gongxinju.txt'), 'utf8');
    const html = `<!DOCTYPE html><html><body>${text
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('')}</body></html>`;
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-check-')), '年报.html');
    writeFileSync(file, html);
    const result = check(file);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`${file}\t濮阳市工业和信息化局\t2021\t0\t3`);
  }, 30_000);
});

describe('npm run check -- a Word file and a PDF (issue 14)', () => {
  it('reads a .docx report’s tables and refuses a PDF it cannot open (exit 2, a Chinese message)', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const { baseText } = await import('../engine/published/shapes.testkit');
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = baseText()
      .split('\n')
      .map((line) => {
        const cells = /^(.*?)((?: [\d.]+)+)$/.exec(line);
        if (!cells || /^\d/.test(line)) return `<w:p><w:r><w:t>${escape(line)}</w:t></w:r></w:p>`;
        const tc = (text: string) => `<w:tc><w:p><w:r><w:t>${escape(text)}</w:t></w:r></w:p></w:tc>`;
        return `<w:tbl><w:tr>${[cells[1] ?? '', ...(cells[2] ?? '').trim().split(' ')].map(tc).join('')}</w:tr></w:tbl>`;
      })
      .join('');
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-files-'));
    const docx = join(dir, '测试县2022年报.docx');
    writeFileSync(docx, zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`) }));
    const read = check('--json', docx);
    expect(read.code).toBe(0);
    const [file] = (JSON.parse(read.out) as { files: JsonFile[] }).files;
    expect(file).toMatchObject({ agency: '测试县人民政府办公室', year: 2022, errors: 0, unplaced: [] });
    expect(Object.keys(file?.values ?? {})).toHaveLength(200);

    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.4 not really');
    const refused = check(broken);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('无法打开这个 PDF 文件（文件可能已损坏或加密）。');
  }, 60_000);

  it('reads a PDF whose Chinese font is not embedded, with the CMap files of the installed pdf.js', async () => {
    const { baseFigures, baseText } = await import('../engine/published/shapes.testkit');
    const { cjkPdf } = await import('../engine/published/files/pdf.testkit');
    const figures = baseFigures();
    const pdf = join(mkdtempSync(join(tmpdir(), 'nianbao-files-')), '宋体未嵌入.pdf');
    writeFileSync(pdf, cjkPdf(baseText(figures).split('\n').filter((line) => line !== '')));
    const read = check('--json', pdf);
    expect(read.code).toBe(0);
    const [file] = (JSON.parse(read.out) as { files: JsonFile[] }).files;
    expect(file).toMatchObject({ agency: '测试县人民政府办公室', year: 2022, errors: 0, unplaced: [] });
    expect(file?.values).toEqual(Object.fromEntries([...figures].filter(([id]) => /^s[234]\./.test(id))));
  }, 60_000);
});
