/**
 * Issue 13, done when: the seed exported as .docx from the print view holds the format's tables as real Word tables
 * with the official merged headers (gridSpan / vMerge as the declaration groups them), header rows repeated, A4
 * with the GB/T 9704 margins and the 公文 fonts; LibreOffice turns it into a PDF with every label and figure, about
 * as many pages as the print view's. The web page from 检查与预览 has every label and figure, passes axe, and
 * pasted into 导入已发布年报 gives back the same values. A report with errors exports with its 草稿 line; the seed
 * without. Expectations come from the format declaration and the fixtures.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { reportReadiness, validate } from '../src/engine';
import { printFontStacks } from '../src/features/print/printFonts';
import { attachPageImage, convertWithLibreOffice, docxParts, ExportReportModel, wordTables } from './pages/exportReport';
import { PrintPageModel } from './pages/print';
import { PublishedPageModel } from './pages/published';
import {
  figuresBetweenTables,
  figuresOf,
  format,
  headerGroups,
  headerRowCount,
  missingAnywhere,
  printedTables,
  reportOfFixture,
  sectionTitle,
  tableLabels,
  titleOf,
} from './pages/reportExpectations';
import type { ReportFixture } from './pages/reportExpectations';
import { expect, test } from './test';

const seed = JSON.parse(
  readFileSync(new URL('./fixtures/2021-puyang-gongxin.json', import.meta.url), 'utf8'),
) as ReportFixture;
const fileName = (extension: string) => `${seed.meta.agency}-${seed.meta.year}年政府信息公开工作年度报告.${extension}`;
const mm = (twips: string | undefined) => (Number(twips) * 25.4) / 1440;

/** The labels and figures every export of the seed must show. */
const seedLabels = [
  titleOf(seed),
  ...format.sections.map(sectionTitle),
  ...printedTables(seed).flatMap(tableLabels),
];
const seedFigures = printedTables(seed)
  .filter((table) => /^s[234]\./.test(table.id))
  .flatMap((table) => figuresOf(reportOfFixture(seed), table));

/** The free fonts the test machine draws each office font with: the print view's own stacks. */
const freeFontOf = Object.fromEntries(printFontStacks.flatMap((stack) => stack.office.map((name) => [name, stack.free[0] ?? ''])));

test.describe('导出 Word 与网页 (issue 13)', () => {
  test('导出 Word: the seed as a .docx with the official tables, A4 公文 geometry and fonts; LibreOffice reads every label and figure', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    const print = new PrintPageModel(page);
    const exporter = new ExportReportModel(page);
    const draftId = await print.createDraftFrom(seed);
    await print.open(draftId);
    const printed = await print.savePdf(testInfo, 'print-view');

    const docx = await exporter.download(exporter.wordButton, testInfo);
    expect(docx.fileName).toBe(fileName('docx'));
    await expect(exporter.status).toHaveText(`已导出“${fileName('docx')}”。`);

    const parts = docxParts(docx.file);
    const documentXml = parts['word/document.xml'] ?? '';
    // A4, 天头 37 mm, 下白边 35, 订口 28 (left), 翻口 26: the 版心 is 156 × 225 mm.
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(documentXml);
    expect(Math.abs(mm(size?.[1]) - 210)).toBeLessThan(0.1);
    expect(Math.abs(mm(size?.[2]) - 297)).toBeLessThan(0.1);
    const margins = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(documentXml);
    expect([margins?.[1], margins?.[2], margins?.[3], margins?.[4]].map((value) => Math.round(mm(value) * 10) / 10)).toEqual([37, 26, 35, 28]);
    // The 公文 fonts by their office names: 小标宋 title, 仿宋 body, 黑体 一、, 楷体 （一）, 宋体 page numbers.
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(documentXml).toContain(`w:eastAsia="${font}"`);
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toMatch(/—\s*<\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*>\s*—/);
    }
    // Odd pages number on the right, even pages on the left.
    // 双面印刷: margins mirrored (the 订口 alternates sides with the page numbers), before evenAndOddHeaders as the schema orders.
    expect(parts['word/settings.xml']).toContain('<w:mirrorMargins/><w:evenAndOddHeaders/>');
    // Body text on a fixed 28.95 pt line, paragraphs indented two characters (2 × 16 pt).
    expect(documentXml).toContain('w:line="579" w:lineRule="exact"');
    expect(documentXml).toContain('w:firstLine="640"');
    // The seed is final: no 草稿 anywhere, no page header.
    expect(Object.values(parts).join('')).not.toContain('草稿');

    // The tables as the declaration prints them, each merged header cell as wide or as high as its group.
    const tables = printedTables(seed);
    const words = wordTables(documentXml);
    expect(words).toHaveLength(tables.length);
    tables.forEach((table, index) => {
      const word = words[index];
      if (!word) throw new Error(`table ${table.id} missing`);
      const headerRows = headerRowCount(table);
      expect(word.rows.map((row) => row.header), table.id).toEqual(word.rows.map((_, row) => row < headerRows));
      const cells = word.rows.flatMap((row) => row.cells).filter((cell) => cell.vMerge !== 'continue');
      for (const group of headerGroups(table)) {
        const cell = cells.find((candidate) => candidate.text === group.label);
        expect(cell, `${table.id} ${group.label}`).toBeDefined();
        if (group.columns !== undefined) expect(cell?.gridSpan, `${table.id} ${group.label}`).toBe(group.columns);
        if (group.rows !== undefined) expect(cell?.rowsCovered, `${table.id} ${group.label}`).toBe(group.rows);
      }
      // Every row is as wide as the table: the merges leave no hole and no overhang.
      const width = word.rows[0]?.cells.reduce((sum, cell) => sum + cell.gridSpan, 0);
      for (const row of word.rows) expect(row.cells.reduce((sum, cell) => sum + cell.gridSpan, 0)).toBe(width);
    });
    const mergedAcross = (documentXml.match(/<w:gridSpan /g) ?? []).length;
    const mergedDown = (documentXml.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length;
    testInfo.annotations.push({ type: 'merges', description: `gridSpan ${mergedAcross}, vMerge restart ${mergedDown}` });

    // LibreOffice, as WPS or Word would open it: every label and figure, about as many pages as the print view.
    const converted = convertWithLibreOffice(docx.file, testInfo, freeFontOf);
    await testInfo.attach('libreoffice.pdf', { path: converted.file, contentType: 'application/pdf' });
    expect(missingAnywhere(converted.raw, seedLabels)).toEqual([]);
    expect(figuresBetweenTables(converted.raw)).toEqual(seedFigures);
    expect(Math.abs(converted.pages - printed.pages.length)).toBeLessThanOrEqual(1);
    testInfo.annotations.push({
      type: 'pages',
      description: `docx ${readFileSync(docx.file).length} bytes; LibreOffice ${converted.pages} pages, print view ${printed.pages.length}`,
    });
    await attachPageImage(testInfo, converted.file, 3, 'libreoffice-page-3');
  });

  test('导出网页 from 检查与预览: a clean page with every label and figure, axe-clean, that 导入已发布年报 reads back to the same values', async ({
    page,
    context,
  }, testInfo) => {
    const print = new PrintPageModel(page);
    const exporter = new ExportReportModel(page);
    const draftId = await print.createDraftFrom(seed);
    await page.goto(`/#/draft/${encodeURIComponent(draftId)}/review`);
    const html = await exporter.download(exporter.htmlButton, testInfo);
    expect(html.fileName).toBe(fileName('html'));
    await expect(exporter.status).toHaveText(`已导出“${fileName('html')}”。`);
    const source = readFileSync(html.file, 'utf8');
    // Self-contained: no script, no class, nothing fetched, nothing linked; tables merged as the format prints them.
    expect(source).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|\sclass=|url\(/i);
    expect(source).toContain('rowspan=');
    expect(source).toContain('colspan=');
    expect(source).not.toContain('草稿');
    // 导出 Word is on 检查与预览 too.
    const word = await exporter.download(exporter.wordButton, testInfo);
    expect(word.fileName).toBe(fileName('docx'));
    expect(wordTables(docxParts(word.file)['word/document.xml'] ?? '')).toHaveLength(printedTables(seed).length);
    await page.screenshot({ path: testInfo.outputPath('review-step.png'), fullPage: false });

    // Opened in the browser from disk, as the officer checks it before pasting it into the portal.
    const opened = await context.newPage();
    const requests: string[] = [];
    opened.on('request', (request) => requests.push(request.url()));
    await opened.goto(pathToFileURL(html.file).href);
    expect(requests).toEqual([pathToFileURL(html.file).href]);
    const text = await opened.locator('body').innerText();
    expect(missingAnywhere(text, seedLabels)).toEqual([]);
    expect(figuresBetweenTables(text)).toEqual(seedFigures);
    const axe = await new AxeBuilder({ page: opened }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    // Select all and copy, as on a portal: the text goes into 导入已发布年报.
    await opened.keyboard.press('Control+A');
    const selected = await opened.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    await opened.close();

    const published = new PublishedPageModel(page);
    const panel = await published.openPanel('导入已发布年报');
    await published.text(panel).fill(selected);
    await panel.getByRole('button', { name: '导入', exact: true }).click();
    await expect(page).toHaveURL(/#\/draft\/[^/]+\/review$/);
    const importedId = decodeURIComponent(/#\/draft\/([^/?]+)/.exec(page.url())?.[1] ?? '');
    const imported = await page.evaluate(
      (id) =>
        new Promise<{ values: Record<string, unknown>; meta: { agency: string; year: number } }>((resolve, reject) => {
          const open = indexedDB.open('nianbao');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('drafts').objectStore('drafts').get(id);
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result);
            };
            get.onerror = () => reject(get.error);
          };
        }),
      importedId,
    );
    expect(imported.meta.agency).toBe(seed.meta.agency);
    expect(imported.meta.year).toBe(seed.meta.year);
    const asText = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).map(([id, value]) => [id, String(value)]));
    expect(asText(imported.values)).toEqual(asText(seed.values));
  });

  test('a report with errors exports as 草稿 (a page-header line in Word, a line under the title on the web page)', async ({ page }, testInfo) => {
    const print = new PrintPageModel(page);
    const exporter = new ExportReportModel(page);
    const broken = { ...seed, values: { ...seed.values, 's3.new.natural': 3 } };
    const report = reportOfFixture(broken);
    const errors = reportReadiness(report, validate(report)).errors;
    expect(errors).toBeGreaterThan(0);
    const draftLine = `草稿：尚有 ${errors} 处错误，不能作为正式报告。`;
    const draftId = await print.createDraftFrom(broken);
    await print.open(draftId);

    const docx = await exporter.download(exporter.wordButton, testInfo);
    await expect(exporter.status).toHaveText(`已导出“${fileName('docx')}”，文件带有“草稿”字样：报告尚有错误或未填写的内容。`);
    const parts = docxParts(docx.file);
    const headers = Object.entries(parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml);
    // On odd and even pages alike.
    expect(headers).toHaveLength(2);
    for (const header of headers) expect(header).toContain(draftLine);
    expect(parts['word/document.xml']).not.toContain('<w:pict');
    expect(parts['word/document.xml']).not.toContain('<w:drawing');

    const html = await exporter.download(exporter.htmlButton, testInfo);
    const source = readFileSync(html.file, 'utf8');
    expect(source.indexOf(draftLine)).toBeGreaterThan(source.indexOf('</h1>'));
    expect(source.indexOf(draftLine)).toBeLessThan(source.indexOf('<h2>'));
  });

  test('复制网页版 puts the report on the clipboard as HTML and text, also on plain http, and says so when it cannot', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const print = new PrintPageModel(page);
    const exporter = new ExportReportModel(page);
    const draftId = await print.createDraftFrom(seed);
    // Read back unsanitised: the sanitiser would parse the HTML under the app's CSP.
    const readClipboard = () =>
      page.evaluate(async () => {
        const read = navigator.clipboard.read as (options?: { unsanitized: string[] }) => Promise<ClipboardItems>;
        const [item] = await read.call(navigator.clipboard, { unsanitized: ['text/html'] });
        if (!item) return { html: '', text: '' };
        return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
      });
    const clearClipboard = () => page.evaluate(() => navigator.clipboard.writeText(''));
    const copiedMessage = '已复制网页版，可在门户网站编辑器中粘贴（表格保留）。';

    await print.open(draftId);
    await exporter.copyButton.click();
    await expect(exporter.status).toHaveText(copiedMessage);
    const copied = await readClipboard();
    // The tables with their merged cells and the inline styles a CMS keeps; the text for editors without HTML.
    expect(copied.html).toContain('<table');
    expect(copied.html).toMatch(/rowspan="\d+"/);
    expect(copied.html).toContain('style="border-collapse:collapse;width:100%"');
    expect(copied.html).toContain(titleOf(seed));
    expect(missingAnywhere(copied.text, seedLabels)).toEqual([]);

    // An intranet address over plain http (no secure context): the same content.
    await clearClipboard();
    await page.addInitScript(() => Object.defineProperty(window, 'isSecureContext', { value: false }));
    await page.reload();
    await expect(print.document).toBeVisible();
    await exporter.copyButton.click();
    await expect(exporter.status).toHaveText(copiedMessage);
    expect(await readClipboard()).toEqual(copied);

    // A browser that refuses the copy command: the async clipboard API, with the markup unstyled.
    await clearClipboard();
    const refuseCopyCommand = () => {
      document.execCommand = () => false;
    };
    await page.evaluate(refuseCopyCommand);
    await page.evaluate(() => Object.defineProperty(window, 'isSecureContext', { value: true }));
    await exporter.copyButton.click();
    await expect(exporter.status).toHaveText(copiedMessage);
    const viaAsync = await readClipboard();
    expect(viaAsync.html).toContain('<table');
    expect(viaAsync.html).toMatch(/rowspan="\d+"/);
    expect(viaAsync.text).toBe(copied.text);

    // Refused both ways (plain http, no copy command): the officer is told, and pointed to 导出网页.
    await page.evaluate(() => Object.defineProperty(window, 'isSecureContext', { value: false }));
    await exporter.copyButton.click();
    await expect(exporter.alert).toHaveText('未能复制到剪贴板：浏览器不允许本页写入剪贴板。请改用“导出网页”，打开文件后全选复制。');
  });
});
