/**
 * Page model of 导出 Word, 导出网页 and 复制网页版 (issue 13), and the readers the export tests check the files with:
 * the .docx unzipped (fflate) with its tables read back into merged cells, and LibreOffice headless turning it
 * into a PDF that poppler reads, as a colleague opening it in WPS or Word would see it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from '../test';

export interface Downloaded {
  readonly fileName: string;
  readonly file: string;
}

/** A cell of a Word table as read back: its text, how many grid columns it spans, where its vertical merge stands. */
export interface WordCell {
  readonly text: string;
  readonly gridSpan: number;
  readonly vMerge: 'restart' | 'continue' | undefined;
  /** The grid column it starts at. */
  readonly column: number;
  /** Rows it covers, counting the rows its vMerge continues into (1 when not merged down). */
  rowsCovered: number;
}

export interface WordRow {
  readonly header: boolean;
  readonly cells: readonly WordCell[];
}

export interface WordTable {
  readonly rows: readonly WordRow[];
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The tables of word/document.xml (not nested: the report has none), merged cells resolved. */
export function wordTables(documentXml: string): WordTable[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) => {
    const rows = [...(table[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row): WordRow => {
      let column = 0;
      const cells = [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc): WordCell => {
        const xml = tc[1] ?? '';
        const gridSpan = Number(/<w:gridSpan w:val="(\d+)"/.exec(xml)?.[1] ?? 1);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml);
        const vMerge = merge ? (merge[1] === 'restart' ? 'restart' : 'continue') : undefined;
        const cell: WordCell = { text: textOf(xml), gridSpan, vMerge, column, rowsCovered: 1 };
        column += gridSpan;
        return cell;
      });
      return { header: /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(row[1] ?? ''), cells };
    });
    // A vMerge restart covers the rows below whose cell at the same grid column continues it.
    rows.forEach((row, index) =>
      row.cells
        .filter((cell) => cell.vMerge === 'restart')
        .forEach((cell) => {
          for (let below = index + 1; below < rows.length; below += 1) {
            const next = rows[below]?.cells.find((candidate) => candidate.column === cell.column);
            if (next?.vMerge !== 'continue') break;
            cell.rowsCovered += 1;
          }
        }),
    );
    return { rows };
  });
}

export class ExportReportModel {
  constructor(readonly page: Page) {}

  get wordButton(): Locator {
    return this.page.getByRole('button', { name: /Word/ });
  }

  get htmlButton(): Locator {
    return this.page.getByRole('button', { name: '导出网页', exact: true });
  }

  get copyButton(): Locator {
    return this.page.getByRole('button', { name: '复制网页版', exact: true });
  }

  get status(): Locator {
    return this.page.getByRole('group', { name: '导出报告' }).getByRole('status');
  }

  get alert(): Locator {
    return this.page.getByRole('group', { name: '导出报告' }).getByRole('alert');
  }

  /** Presses a button that downloads a file and keeps the file in the test's output. */
  async download(button: Locator, testInfo: TestInfo): Promise<Downloaded> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const fileName = download.suggestedFilename();
    const file = testInfo.outputPath(fileName);
    await download.saveAs(file);
    await testInfo.attach(fileName, { path: file });
    return { fileName, file };
  }
}

/** The parts of a .docx, by path inside the zip, as text. */
export function docxParts(file: string): Record<string, string> {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/**
 * Fontconfig for LibreOffice alone: the Windows names the file asks for are drawn with the free fonts of the
 * print view's stacks (TOOLCHAIN.md), so that the page images look like the 公文 they stand for.
 */
function fontAliases(folder: string, aliases: Readonly<Record<string, string>>): string {
  const file = path.join(folder, 'fonts.conf');
  const rules = Object.entries(aliases)
    .map(([name, free]) => `<alias binding="same"><family>${name}</family><prefer><family>${free}</family></prefer></alias>`)
    .join('\n');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${rules}\n</fontconfig>\n`,
  );
  return file;
}

export interface ConvertedPdf {
  readonly file: string;
  /** pdftotext -raw: the text in the order it was drawn. */
  readonly raw: string;
  readonly pages: number;
}

/** LibreOffice headless: .docx → PDF (one conversion, ~5–20 s), read with pdftotext -raw and pdfinfo. */
export function convertWithLibreOffice(docx: string, testInfo: TestInfo, aliases: Readonly<Record<string, string>>): ConvertedPdf {
  const folder = testInfo.outputPath('libreoffice');
  const profile = path.join(folder, 'profile');
  mkdirSync(profile, { recursive: true });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, docx],
    {
      env: { ...process.env, HOME: folder, FONTCONFIG_FILE: fontAliases(folder, aliases) },
      stdio: 'pipe',
      timeout: 120_000,
    },
  );
  const file = path.join(folder, `${path.basename(docx, '.docx')}.pdf`);
  const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { file, raw, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

/** One page of a PDF as a PNG in the test output (for a look by eye). */
export async function attachPageImage(testInfo: TestInfo, pdf: string, pageNumber: number, name: string): Promise<string> {
  const prefix = testInfo.outputPath(name);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', pdf, prefix]);
  await testInfo.attach(`${name}.png`, { path: `${prefix}.png`, contentType: 'image/png' });
  expect(readFileSync(`${prefix}.png`).length).toBeGreaterThan(1000);
  return `${prefix}.png`;
}
