/**
 * Issue 14 end to end, as an officer does it: a report is printed to PDF (Chromium page.pdf, the print
 * view's own output), then 导入已发布年报 is given that PDF file, and the text `pdftotext -layout` and
 * `-raw` make of it. Each import must give exactly the values typed — for the seed (all 0) and for a
 * report with every cell non-zero and a 万元 amount with 4 decimals — with nothing left unread; so must the
 * same text in a PDF whose Chinese font is not embedded (pdf.js's CMap files, bundled). A Word
 * file goes the same way, and a scanned PDF (no text) is refused with a clear message.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import type { Page, TestInfo } from '@playwright/test';
import { cjkPdf, pdfFile } from '../src/engine/published/files/pdf.testkit';
import { PrintPageModel } from './pages/print';
import type { DraftFixture } from './pages/print';
import { PublishedPageModel } from './pages/published';
import { TransferModel } from './pages/transfer';
import { expect, test } from './test';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as DraftFixture;
const reports = { seed: fixture('2021-puyang-gongxin.json'), allNonZero: fixture('print-all-nonzero.json') };

/** Prints the fixture as the print view shows it and returns the PDF file. */
async function printToPdf(page: Page, testInfo: TestInfo, report: DraftFixture, name: string): Promise<string> {
  const print = new PrintPageModel(page);
  const draftId = await print.createDraftFrom(report);
  await print.open(draftId);
  return (await print.savePdf(testInfo, name)).file;
}

/** Imports through 导入已发布年报 (a file, or pasted text) and returns the new draft's stored values. */
async function importPublished(page: Page, input: { file: string; name: string; mimeType: string } | { text: string }) {
  const published = new PublishedPageModel(page);
  const panel = await published.openPanel('导入已发布年报');
  if ('file' in input) {
    await published.file(panel).setInputFiles({ name: input.name, mimeType: input.mimeType, buffer: readFileSync(input.file) });
    await expect(panel.getByRole('status').first()).toHaveText(new RegExp(`已读入文件「${input.name}」`));
  } else {
    await published.text(panel).fill(input.text);
  }
  await panel.getByRole('button', { name: '导入', exact: true }).click();
  // Nothing was left unread, so no review of what could not be placed: the draft opens at once.
  await expect(page).toHaveURL(/#\/draft\/[^/]+\/review$/);
  const id = decodeURIComponent(/#\/draft\/([^/]+)\//.exec(page.url())?.[1] ?? '');
  const stored = await new TransferModel(page).storedDraft(id);
  return { values: stored?.values as Record<string, unknown>, meta: stored?.meta as Record<string, unknown> };
}

/** The typed values of 二、三、四 (the tables the importer reads). */
const tableValues = (report: DraftFixture) => Object.fromEntries(Object.entries(report.values).filter(([id]) => /^s[234]\./.test(id)));

for (const [name, report] of Object.entries(reports)) {
  test(`${name}: print → PDF → 导入已发布年报 gives exactly the values typed (the PDF, pdftotext -layout, -raw)`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const pdf = await printToPdf(page, testInfo, report, name);
    const fromPdf = await importPublished(page, { file: pdf, name: `${name}.pdf`, mimeType: 'application/pdf' });
    expect(fromPdf.meta).toMatchObject(report.meta);
    expect(fromPdf.values).toEqual(tableValues(report));

    // The checker reads the same PDF the same way (npm run check -- FILE.pdf).
    const checked = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', '--json', pdf], { encoding: 'utf8' });
    const [file] = (JSON.parse(checked.stdout) as { files: { agency: string; values: Record<string, string>; unplaced: string[]; errors: number }[] }).files;
    expect(file?.agency).toBe(report.meta.agency);
    expect(file?.unplaced).toEqual([]);
    expect(file?.errors).toBe(0);
    for (const [id, value] of Object.entries(tableValues(report))) expect({ id, value: file?.values[id] }).toEqual({ id, value: String(value) });

    for (const mode of ['-layout', '-raw']) {
      const text = execFileSync('pdftotext', [mode, pdf, '-'], { encoding: 'utf8' });
      // The print view numbers its pages (— 1 —): the text carries them between the rows.
      expect(text).toMatch(/—\s*\d+\s*—/);
      const fromText = await importPublished(page, { text });
      expect(fromText.values, mode).toEqual(tableValues(report));
    }

    // The same text in a PDF whose Chinese font is not embedded (as older office software writes it): only
    // readable with pdf.js's CMap files, which the app carries.
    const rawLines = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\f/g, '\n').split('\n');
    const unembedded = testInfo.outputPath(`${name}-unembedded.pdf`);
    writeFileSync(unembedded, cjkPdf(rawLines.filter((line) => line.trim() !== '')));
    const fromUnembedded = await importPublished(page, { file: unembedded, name: `${name}-宋体未嵌入.pdf`, mimeType: 'application/pdf' });
    expect(fromUnembedded.values).toEqual(tableValues(report));
  });
}

test('a Word file’s tables are read as tables', async ({ page }, testInfo) => {
  const report = reports.allNonZero;
  // A small .docx as Word writes one: paragraphs, and the 二 table with a cell per figure.
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const v = (id: string) => String(report.values[id]);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    paragraph('测试县人民政府办公室2022年政府信息公开工作年度报告'),
    paragraph('一、总体情况'),
    paragraph(report.texts.s1 ?? ''),
    paragraph('二、主动公开政府信息情况'),
    '<w:tbl>',
    row(['第二十条第（一）项', '', '', '']),
    row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']),
    row(['规章', v('s2.rules.issued'), v('s2.rules.repealed'), v('s2.rules.inForce')]),
    row(['行政规范性文件', v('s2.normativeDocs.issued'), v('s2.normativeDocs.repealed'), v('s2.normativeDocs.inForce')]),
    '</w:tbl>',
    '</w:body></w:document>',
  ].join('');
  const file = testInfo.outputPath('word.docx');
  writeFileSync(file, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }));
  const published = new PublishedPageModel(page);
  const panel = await published.openPanel('导入已发布年报');
  await published.file(panel).setInputFiles({ name: '年报.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: readFileSync(file) });
  await expect(panel.getByRole('status').first()).toHaveText('已读入文件「年报.docx」：已从 Word 中取出文字，请点“导入”。');
  await expect(published.text(panel)).toHaveValue(/规章\t1\t6\t2/);
  await panel.getByRole('button', { name: '导入', exact: true }).click();
  // Only 二's first table is in this file: the review names what was not read, and the officer goes on.
  await expect(panel.getByRole('list', { name: '未能导入的内容' })).toContainText('没有找到“行政许可”这一行');
  await panel.getByRole('button', { name: '仍然导入' }).click();
  await expect(page).toHaveURL(/#\/draft\/[^/]+\/review$/);
  const id = decodeURIComponent(/#\/draft\/([^/]+)\//.exec(page.url())?.[1] ?? '');
  const values = (await new TransferModel(page).storedDraft(id))?.values as Record<string, unknown>;
  expect(Object.fromEntries(Object.entries(values).filter(([key]) => key.startsWith('s2.')))).toEqual(
    Object.fromEntries(['s2.rules.issued', 's2.rules.repealed', 's2.rules.inForce', 's2.normativeDocs.issued', 's2.normativeDocs.repealed', 's2.normativeDocs.inForce'].map((key) => [key, report.values[key]])),
  );
  // Rows not read are named, never called empty: no 未填写 about them, no error.
  const findings = page.getByRole('region', { name: '校验结果' });
  await expect(findings).toContainText('这一行未能从原文读出（未导入）');
  await expect(findings).not.toContainText('没有的请填 0');
  await expect(findings.getByRole('link', { name: /^错误：/ })).toHaveCount(0);
});

test('a PDF without text (a scan) is refused with a clear message and nothing changes', async ({ page }) => {
  const published = new PublishedPageModel(page);
  const panel = await published.openPanel('导入已发布年报');
  // A one-page PDF that draws a rectangle and has no text.
  const content = '0 0 m 100 0 l 100 100 l h f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  await published.file(panel).setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfFile(objects)) });
  await expect(panel.getByRole('status').first()).toHaveText('这个 PDF 文件里没有可读取的文字（可能是扫描件），请改用网页、Word 文件，或直接粘贴全文。');
  await expect(published.text(panel)).toHaveValue('');
});

test('a joined row with several splits is offered as choices; the one picked is imported, last year’s ranks first', async ({ page }) => {
  const published = new PublishedPageModel(page);
  const text = (name: string) => readFileSync(new URL(`./fixtures/reports/${name}`, import.meta.url), 'utf8');
  // Last year (2022) is among the officer's drafts: it ranks 2023's candidate splits.
  let panel = await published.openPanel('导入已发布年报');
  await published.text(panel).fill(text('2022-pingtan-shiyanqu.txt'));
  await panel.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page).toHaveURL(/#\/draft\/[^/]+\/review$/);

  panel = await published.openPanel('导入已发布年报');
  await published.text(panel).fill(text('2023-pingtan-shiyanqu.txt'));
  await panel.getByRole('button', { name: '导入', exact: true }).click();
  const choices = panel.getByRole('group', { name: '“行政规范性文件”（原文：77132470）' });
  await expect(choices.getByRole('radio').first()).toHaveAccessibleName('77 | 132 | 470');
  await expect(choices.getByRole('radio')).not.toHaveCount(1);
  await choices.getByRole('radio', { name: '77 | 132 | 470' }).check();
  // The row is no longer among what could not be imported; the note says the officer chose it.
  await expect(panel.getByRole('list', { name: '未能导入的内容' })).toHaveCount(0);
  await expect(panel).toContainText('“行政规范性文件”的数字连在一起，按您选择的拆法导入：77 | 132 | 470。');
  await panel.getByRole('button', { name: '仍然导入' }).click();
  await expect(page).toHaveURL(/#\/draft\/[^/]+\/review$/);
  const id = decodeURIComponent(/#\/draft\/([^/]+)\//.exec(page.url())?.[1] ?? '');
  const values = (await new TransferModel(page).storedDraft(id))?.values as Record<string, unknown>;
  expect([values['s2.normativeDocs.issued'], values['s2.normativeDocs.repealed'], values['s2.normativeDocs.inForce']]).toEqual([77, 132, 470]);
});
