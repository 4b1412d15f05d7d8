// Issue 14: the readers of the files officers have — a PDF's text items rebuilt into lines and cells,
// a Word file's tables read as tables — each giving text the published-report parser reads right.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePublishedReport } from '..';
import { baseFigures, baseText, expectEveryCell, rowFigures } from '../shapes.testkit';
import { documentXmlText, docxText } from './docxText';
import { cjkPdf, pdfFile } from './pdf.testkit';
import { pageLines } from './pdfLayout';
import type { PositionedText } from './pdfLayout';
import { pdfText } from './pdfText';
import { reportFileText } from './reportText';

/** A minimal PDF drawing the given lines in Helvetica, one object per part, offsets counted. */
function minimalPdf(lines: readonly { x: number; y: number; text: string }[]): Uint8Array {
  const content = lines.map((line) => `BT /F1 12 Tf ${line.x} ${line.y} Td (${line.text}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  return pdfFile(objects);
}

describe('PDF text items → lines', () => {
  const item = (text: string, x: number, y: number, width = text.length * 10): PositionedText => ({ text, x, y, width, height: 10 });

  it('puts items of one baseline on one line, cells apart, top to bottom', () => {
    const lines = pageLines([
      item('0', 300, 700),
      item('（一）予以公开', 50, 700.8),
      item('12', 250, 700),
      item('2.重复申请', 50, 680),
      item('3', 250, 680),
    ]);
    expect(lines).toEqual(['（一）予以公开   12   0', '2.重复申请   3']);
  });

  it('joins the pieces of one word without a space', () => {
    expect(pageLines([item('行政', 50, 500, 20), item('许可', 70, 500, 20), item('4', 200, 500)])).toEqual(['行政许可   4']);
  });

  it('reads pdf.js items from a real (minimal) PDF in Node', async () => {
    const text = await pdfText(minimalPdf([
      { x: 20, y: 300, text: '12' },
      { x: 120, y: 300, text: '7' },
      { x: 20, y: 280, text: '305' },
    ]));
    expect(text.split('\n')).toEqual(['12   7', '305']);
  });
});

describe('a PDF whose Chinese font is not embedded (STSong-Light under UniGB-UCS2-H)', () => {
  const figures = baseFigures();
  const pdf = cjkPdf(baseText(figures).split('\n').filter((line) => line !== ''));
  const asked: string[] = [];
  const cMapFiles = async (name: string) => {
    asked.push(name);
    return new Uint8Array(readFileSync(new URL(`../../../../node_modules/pdfjs-dist/cmaps/${name}`, import.meta.url)));
  };

  it("reads every cell with pdf.js's CMap files, asking only for the maps the file names", async () => {
    const read = await reportFileText(pdf, cMapFiles);
    expect(read).toMatchObject({ ok: true, kind: 'pdf' });
    expectEveryCell(parsePublishedReport(read.ok ? read.text : ''), figures);
    expect([...new Set(asked)].sort()).toEqual(['Adobe-GB1-UCS2.bcmap', 'UniGB-UCS2-H.bcmap']);
  });

  it('without them reads no text: said as such (no text), never a wrong number', async () => {
    expect(await reportFileText(pdf)).toEqual({ ok: false, kind: 'pdf', problem: 'noText' });
  });

  it('a CMap that cannot be had reads as no text too', async () => {
    expect(await reportFileText(pdf, () => Promise.reject(new Error('gone')))).toEqual({ ok: false, kind: 'pdf', problem: 'noText' });
  });
});

describe('Word (.docx) tables', () => {
  const figures = baseFigures();
  /** The base report as Word writes it: a paragraph per line, each table row a w:tr, a w:tc per cell. */
  function asDocumentXml(text: string): string {
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const run = (value: string) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escape(value)}</w:t></w:r>`;
    const parts: string[] = [];
    let inTable = false;
    for (const line of text.split('\n')) {
      const cells = /^(.*?)((?: [\d.]+)+)$/.exec(line);
      if (cells && !/^\d/.test(line)) {
        if (!inTable) parts.push('<w:tbl><w:tblPr/>');
        inTable = true;
        // A long label Word wraps over two paragraphs of one cell; the first cell spans two grid columns.
        const label = cells[1] as string;
        const labelCell = label.length > 12 ? `<w:p>${run(label.slice(0, 12))}</w:p><w:p>${run(label.slice(12))}</w:p>` : `<w:p>${run(label)}</w:p>`;
        const numbers = (cells[2] as string).trim().split(' ').map((value) => `<w:tc><w:p>${run(value)}</w:p></w:tc>`);
        parts.push(`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${labelCell}</w:tc>${numbers.join('')}</w:tr>`);
      } else {
        if (inTable) parts.push('</w:tbl>');
        inTable = false;
        parts.push(`<w:p>${run(line)}</w:p>`);
      }
    }
    return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>${parts.join('')}</w:body></w:document>`;
  }

  it('reads every cell of a report whose tables are Word tables (labels wrapped in their cell)', async () => {
    const bytes = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(asDocumentXml(baseText())) });
    const read = await reportFileText(bytes);
    expect(read).toMatchObject({ ok: true, kind: 'docx' });
    expectEveryCell(parsePublishedReport(read.ok ? read.text : ''), figures);
  });

  it('keeps an empty cell empty and decodes entities', () => {
    const xml = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>A&amp;B</w:t></w:r></w:p>';
    expect(documentXmlText(xml)).toBe('规章\t1\t\t2\nA&B');
  });

  it('refuses what is no Word file, and a PDF without text', async () => {
    expect(() => docxText(zipSync({ 'a.txt': strToU8('x') }))).toThrow();
    expect(await reportFileText(zipSync({ 'a.txt': strToU8('x') }))).toEqual({ ok: false, kind: 'docx', problem: 'unreadable' });
    expect(await reportFileText(minimalPdf([]))).toEqual({ ok: false, kind: 'pdf', problem: 'noText' });
    expect(await reportFileText(strToU8('%PDF-1.4 broken'))).toEqual({ ok: false, kind: 'pdf', problem: 'unreadable' });
  });

  it('reads GB18030 text', async () => {
    const gb = new Uint8Array([0xb9, 0xe6, 0xd5, 0xc2]); // 规章
    expect(await reportFileText(gb)).toEqual({ ok: true, kind: 'text', text: '规章' });
    expect(rowFigures(figures, '规章')).toHaveLength(3);
  });
});
