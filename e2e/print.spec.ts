/**
 * Issue 5, done when: the seed prints (page.pdf → pdftotext -layout) with its title, every section
 * title, every row and column label and every number in reading order, on A4 pages; a table that
 * continues on the next page repeats its header; a report with a balance error prints as 草稿, the seed
 * clean; page images are attached for a look by eye. Expectations are derived from the format
 * declaration and the fixtures, never written out again.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { computedTotal, reportReadiness, validate } from '../src/engine';
import type { Report } from '../src/engine';
import { cellsOfTable, format2021 } from '../src/format';
import type { FormatSpec, TableSpec } from '../src/format';
import { PrintPageModel } from './pages/print';
import type { DraftFixture, PrintedPdf } from './pages/print';
import { expect, test } from './test';

const readFixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as DraftFixture & {
    meta: { agency: string; year: number };
  };
const seed = readFixture('2021-puyang-gongxin.json');
/** A real report with long texts (平潭综合实验区 2021): its table 三 runs over a page break. */
const longTexts = readFixture('print-pingtan-2021.json');

const format: FormatSpec = format2021;
const reportOf = (fixture: DraftFixture & { meta: { agency: string; year: number } }): Report => ({
  format: '2021',
  meta: fixture.meta,
  values: fixture.values,
  texts: fixture.texts,
  notes: {},
});
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const sectionTitle = (section: { number: string; title: string }) => `${section.number}、${section.title}`;
const titleOf = (fixture: { meta: { agency: string; year: number } }) =>
  format.titleTemplate.replace('{机关名称}', fixture.meta.agency).replace('{年度}', String(fixture.meta.year));

/** Tables as they print: an optional table (六's fee figures) only when one of its figures is filled. */
const printedTables = (fixture: DraftFixture) =>
  format.sections.flatMap((section) =>
    (section.tables ?? []).filter(
      (table) => !table.optional || cellsOfTable(format, table.id).some((cell) => fixture.values[cell.id] !== undefined),
    ),
  );

/** Every figure of a table as it should print, row by row: values as typed, totals computed. */
const figuresOf = (report: Report, table: TableSpec): string[] =>
  cellsOfTable(format, table.id).map((cell) => {
    if (cell.sumOf) return String(computedTotal(report, cell) ?? '');
    return String(report.values[cell.id as keyof Report['values']] ?? '');
  });

const SLACK = 60;
/**
 * Where `wanted` starts in `flat` at or after `from`: its characters in order, within a short stretch
 * (a label wrapped in its cell has the neighbouring cells' text between its lines).
 */
function findSpread(flat: string, wanted: string, from: number, slack = SLACK): number {
  const chars = [...wanted.replace(/\s+/g, '')];
  const first = chars[0];
  if (first === undefined) return from;
  for (let start = flat.indexOf(first, from); start >= 0; start = flat.indexOf(first, start + 1)) {
    let position = start;
    const found = chars.slice(1).every((char) => {
      position = flat.indexOf(char, position + 1);
      return position >= 0 && position - start <= chars.length + slack;
    });
    if (found) return start;
  }
  return -1;
}

/** The items not found in reading order (each one after the start of the previous one). */
function missingInOrder(text: string, items: readonly string[]): string[] {
  const flat = text.replace(/\s+/g, '');
  const missing: string[] = [];
  let from = 0;
  for (const item of items) {
    const at = findSpread(flat, item, from);
    if (at < 0) missing.push(item);
    else from = at + 1;
  }
  return missing;
}

/**
 * pdfinfo names the pages A4. Chromium 156 quantises a CSS page size to 594.96 × 841.92 pt whatever
 * unit `size` uses (A4 is 595.28 × 841.89): within 0.5 pt, i.e. 0.2 mm.
 */
function expectA4(pdf: PrintedPdf): void {
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(pdf.info);
  expect(size, pdf.info).not.toBeNull();
  expect(Math.abs(Number(size?.[1]) - 595.28)).toBeLessThan(0.5);
  expect(Math.abs(Number(size?.[2]) - 841.89)).toBeLessThan(0.5);
}

const isPageNumberLine = (line: string) => /^\s*—\s*\d+\s*—\s*$/.test(line);
const textLines = (page: string) => page.split('\n').filter((line) => line.trim() !== '' && !isPageNumberLine(line));

/** What a reader meets, in order: title, section titles, paragraph openings, captions, labels. */
function readingOrder(fixture: DraftFixture & { meta: { agency: string; year: number } }): string[] {
  const tables = new Set(printedTables(fixture));
  return [
    titleOf(fixture),
    ...format.sections.flatMap((section) => [
      sectionTitle(section),
      ...(fixture.texts[section.id] ?? '')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => line.trim().slice(0, 12)),
      ...(section.tables ?? [])
        .filter((table) => tables.has(table))
        .flatMap((table) => [
          ...(table.caption ? [table.caption] : []),
          ...(table.cornerLabel ?? table.note ? [table.cornerLabel ?? table.note ?? ''] : []),
          ...table.columns.map((column) => column.label),
          ...table.rows.map((row) => row.label).filter((label) => label !== ''),
        ]),
    ]),
  ];
}

/** Header cells above several columns or beside several rows (申请人情况, 行政诉讼, （三）不予公开…). */
const groupLabels = (tables: readonly TableSpec[]) => [
  ...new Set(
    tables.flatMap((table) => [
      ...(table.columnHeader ? [table.columnHeader] : []),
      ...table.columns.flatMap((column) => column.groups ?? []),
      ...table.rows.flatMap((row) => row.groups ?? []),
    ]),
  ),
];

/** Whole numbers and decimals standing alone between section 二's title and section 五's: the table figures. */
function tableFigures(pdf: PrintedPdf): string[] {
  const all = pdf.pages.flatMap(textLines);
  const start = all.findIndex((line) => line.includes(sectionTitle(format.sections[1] ?? { number: '', title: '' })));
  const end = all.findIndex((line) => line.includes(sectionTitle(format.sections[4] ?? { number: '', title: '' })));
  return all
    .slice(start, end)
    .flatMap((line) => line.trim().split(/\s+/))
    .filter((token) => /^\d+(\.\d+)?$/.test(token));
}

test.describe('打印 (issue 5)', () => {
  test('the seed prints on A4 with its title, every section, label and figure in reading order, and no 草稿', async ({
    page,
  }, testInfo) => {
    const print = new PrintPageModel(page);
    await print.countPrintCalls();
    const draftId = await print.createDraftFrom(seed);
    await print.open(draftId);
    await expect(print.title).toHaveText(titleOf(seed));
    await expect(page.getByText('草稿', { exact: true })).toHaveCount(0);
    // On screen: an A4 sheet (210 mm = 793.7 CSS px) with 打印 and 返回.
    const sheet = await print.document.boundingBox();
    expect(Math.abs((sheet?.width ?? 0) - (210 * 96) / 25.4)).toBeLessThan(1.5);
    await expect(print.printButton).toBeVisible();
    await expect(print.backButton).toBeVisible();

    const pdf = await print.savePdf(testInfo, 'seed');
    expectA4(pdf);
    const text = pdf.pages.join('\n');
    expect(missingInOrder(text, readingOrder(seed))).toEqual([]);
    const flat = text.replace(/\s+/g, '');
    // A group cell beside many rows wraps in a narrow column, its lines far apart in the text.
    expect(groupLabels(printedTables(seed)).filter((label) => findSpread(flat, label, 0, 2000) < 0)).toEqual([]);
    const report = reportOf(seed);
    expect(tableFigures(pdf)).toEqual(
      printedTables(seed)
        .filter((table) => table.id.startsWith('s2') || table.id.startsWith('s3') || table.id.startsWith('s4'))
        .flatMap((table) => figuresOf(report, table)),
    );
    expect(text).not.toContain('草稿');
    // Every page carries its number 「— N —」.
    pdf.pages.forEach((pageText, index) => expect(pageText).toMatch(new RegExp(`—\\s*${index + 1}\\s*—`)));
    // Nothing of the app prints.
    for (const word of ['年报', '打印', '返回', '我的草稿']) expect(text).not.toContain(word);

    const images = await print.attachPageImages(testInfo, pdf, 'seed');
    expect(images).toHaveLength(pdf.pages.length);

    // A clean report prints at once, without asking, after keeping a revision 「打印前」.
    await print.printButton.click();
    await expect.poll(() => print.printCalls()).toBe(1);
    await expect(print.confirmDialog).toBeHidden();
    expect(await print.revisionReasons(draftId)).toContain('print');
  });

  test('a long report breaks table 三 across pages, repeating its header and never splitting a row', async ({
    page,
  }, testInfo) => {
    const print = new PrintPageModel(page);
    const draftId = await print.createDraftFrom(longTexts);
    await print.open(draftId);
    const pdf = await print.savePdf(testInfo, 'long-texts');
    expectA4(pdf);
    await print.attachPageImages(testInfo, pdf, 'long-texts');
    expect(missingInOrder(pdf.pages.join('\n'), readingOrder(longTexts))).toEqual([]);
    expect(tableFigures(pdf)).toEqual(
      printedTables(longTexts)
        .filter((table) => /^s[234]\./.test(table.id))
        .flatMap((table) => figuresOf(reportOf(longTexts), table)),
    );

    const grid = format.sections.find((section) => section.id === 's3')?.tables?.[0];
    if (!grid) throw new Error('no table 三');
    const header = grid.columnHeader ?? '';
    const flatPages = pdf.pages.map((pageText) => pageText.replace(/\s+/g, ''));
    const rowPages = grid.rows.map((row) => flatPages.findIndex((flat) => findSpread(flat, row.label, 0) >= 0));
    // Every row printed whole on one page, and the table runs over two pages.
    expect(rowPages.every((index) => index >= 0)).toBe(true);
    const first = rowPages[0] ?? -1;
    const last = rowPages.at(-1) ?? -1;
    expect(last).toBe(first + 1);
    // The continuation page starts with the header rows again: 申请人情况 first, then the column labels.
    const continued = textLines(pdf.pages[last] ?? '').filter((line) => line.trim() !== '草稿');
    expect(continued[0]).toContain(header);
    const continuedFlat = continued.slice(0, 8).join('');
    expect(missingInOrder(continuedFlat, grid.columns.map((column) => column.label))).toEqual([]);
    // A section heading is never the last line of a page.
    const headings = format.sections.map(sectionTitle);
    for (const pageText of pdf.pages) {
      const lastLine = textLines(pageText).at(-1)?.trim() ?? '';
      expect(headings).not.toContain(lastLine);
    }
    // 双面打印 (the default): the 28 mm 订口 is left on odd pages and right on even ones, so on page 2 a line of
    // body text starts 26 mm in (pages 1 and 2 hold paragraphs that run to the left edge of the 版心).
    const [firstStart, secondStart] = print.textLeftEdges(pdf);
    expect(Math.abs((firstStart ?? 0) - 28)).toBeLessThan(0.6);
    expect(Math.abs((secondStart ?? 0) - 26)).toBeLessThan(0.6);
    // The closing block chosen on 基本信息: agency and date, at the end.
    const end = textLines(pdf.pages.at(-1) ?? '').map((line) => line.trim());
    expect(end.slice(-2)).toEqual([longTexts.meta.agency, '2022年1月28日']);
  });

  test('printed on one side only, every page keeps the 订口 on the left; the choice is remembered', async ({ page }, testInfo) => {
    const print = new PrintPageModel(page);
    const draftId = await print.createDraftFrom(longTexts);
    await print.open(draftId);
    await expect(print.bothSides).toBeChecked();
    const bothSides = print.textLeftEdges(await print.savePdf(testInfo, 'both-sides'));
    await print.bothSides.uncheck();
    const oneSide = print.textLeftEdges(await print.savePdf(testInfo, 'one-side'));
    expect(oneSide.length).toBeGreaterThan(3);
    expect(oneSide).toHaveLength(bothSides.length);
    expect(Math.abs((oneSide[1] ?? 0) - 28)).toBeLessThan(0.6);
    // The same pages, with even pages 2 mm further right than when printed on both sides.
    oneSide.forEach((start, index) =>
      expect(Math.abs(start - (bothSides[index] ?? 0) - (index % 2 === 1 ? 2 : 0)), `page ${index + 1}`).toBeLessThan(0.2),
    );
    await page.reload();
    await expect(print.bothSides).not.toBeChecked();
  });

  test('a report with a balance error prints with the 草稿 marking, and 打印 asks first', async ({ page }, testInfo) => {
    const print = new PrintPageModel(page);
    await print.countPrintCalls();
    const broken: DraftFixture = {
      ...seed,
      values: { ...seed.values, 's3.new.natural': 3 },
      // Whatever the officer typed prints as text, never as markup.
      texts: { ...seed.texts, s5: '<b>加粗</b><img src="x" alt="图">存在的问题。' },
    };
    const brokenReport = reportOf({ ...broken, meta: seed.meta });
    const errors = reportReadiness(brokenReport, validate(brokenReport)).errors;
    expect(errors).toBeGreaterThan(0);
    const draftLine = `草稿：尚有 ${errors} 处错误，不能作为正式报告。`;
    const draftId = await print.createDraftFrom(broken);
    await print.open(draftId);
    await expect(print.document.getByText(draftLine)).toBeVisible();
    await expect(print.document.getByText('<b>加粗</b><img src="x" alt="图">存在的问题。')).toBeVisible();
    await expect(print.document.locator('img, b')).toHaveCount(0);

    const pdf = await print.savePdf(testInfo, 'balance-error');
    await print.attachPageImages(testInfo, pdf, 'balance-error');
    // The watermark on every page, and the line under the title.
    for (const pageText of pdf.pages) expect(pageText).toContain('草稿');
    expect(pdf.pages[0]?.replace(/\s+/g, '')).toContain(draftLine.replace(/\s+/g, ''));

    // The preview, its toolbar and the confirmation pass axe.
    expect(await axeViolations(page)).toEqual([]);
    await print.printButton.click();
    await expect(print.confirmDialog).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await print.confirmDialog.getByRole('button', { name: '取消' }).click();
    await expect(print.confirmDialog).toBeHidden();
    expect(await print.printCalls()).toBe(0);
    await print.printButton.click();
    await print.confirmDialog.getByRole('button', { name: '仍然打印' }).click();
    await expect(print.confirmDialog).toBeHidden();
    await expect.poll(() => print.printCalls()).toBe(1);
  });

  test('the print view is reached from the drafts list and from every wizard step', async ({ page }) => {
    const print = new PrintPageModel(page);
    const draftId = await print.createDraftFrom(seed);
    await page.goto('/#/');
    await page.getByRole('link', { name: '打印', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/draft/${draftId}/print$`));
    await expect(print.title).toHaveText(titleOf(seed));
    for (const step of ['meta', ...format.sections.map((section) => section.id), 'review']) {
      await page.goto(`/#/draft/${draftId}/${step}`);
      await page.getByRole('link', { name: '打印', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#/draft/${draftId}/print$`));
      await expect(print.document).toBeVisible();
    }
  });

  test('the report is set in 仿宋, 黑体, 楷体 and 小标宋 stacks that reach real Chinese fonts', async ({ page }) => {
    const print = new PrintPageModel(page);
    const draftId = await print.createDraftFrom(seed);
    await print.open(draftId);
    await page.emulateMedia({ media: 'print' });
    const body = print.document.locator('.print-section p').filter({ hasNotText: '（' }).first();
    // Office PCs draw these with 仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体; this machine with its free fallbacks.
    expect((await print.fontsOf(body)).join()).toMatch(/FandolFang/);
    expect((await print.fontsOf(print.document.getByRole('heading', { level: 2 }).first())).join()).toMatch(/Noto Sans CJK SC/);
    expect((await print.fontsOf(print.document.locator('.print-subheading-run').first())).join()).toMatch(/AR PL UKai CN/);
    expect((await print.fontsOf(print.title.locator('span').first())).join()).toMatch(/Noto Serif CJK SC/);
  });

  test('a machine without the office fonts is told which fonts stand in, the same ones the print is drawn with', async ({ page }, testInfo) => {
    const print = new PrintPageModel(page);
    const draftId = await print.createDraftFrom(seed);
    await print.open(draftId);
    // This machine has the free fonts npm test installs, none of the office ones.
    await expect(page.getByRole('note')).toHaveText(
      '本机没有公文常用的字体，打印时以相近字体代替：标题应为“方正小标宋简体”，现用“Noto Serif CJK SC”；' +
        '正文应为“仿宋_GB2312”，现用“FandolFang”；二级标题应为“楷体_GB2312”，现用“AR PL UKai CN”；' +
        '一级标题和表头应为“黑体”，现用“Noto Sans CJK SC”；页码应为“宋体”，现用“Noto Serif CJK SC”。' +
        '字形略有不同，版式不变；要与正式公文完全一致，请在装有这些字体的电脑上打印。',
    );
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('note')).toBeHidden();
    const pdf = await print.savePdf(testInfo, 'font-notice');
    expect(pdf.pages.join('\n')).not.toContain('本机没有');
  });

  test('返回 leaves the preview for the wizard’s 检查与预览 step', async ({ page }) => {
    const print = new PrintPageModel(page);
    const draftId = await print.createDraftFrom(seed);
    await print.open(draftId);
    await print.backButton.click();
    await expect(page).toHaveURL(new RegExp(`#/draft/${draftId}/review$`));
  });
});
