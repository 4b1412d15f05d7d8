/**
 * Test helpers that write small PDF files by hand: the objects numbered in order, offsets counted, and
 * (`cjkPdf`) a PDF as older office software writes Chinese text when it does not embed the font — the
 * text in 「STSong-Light」 under Adobe's predefined 「UniGB-UCS2-H」 CMap, two bytes per character. Such a
 * file can only be read with pdf.js's CMap files, so it proves that they are found (issue 14).
 */
const ucs2Hex = (text: string): string => [...text].map((char) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');

/** The lines, 36 to a page, each one text run at the left margin, 20 pt apart. */
export function cjkPdf(lines: readonly string[]): Uint8Array {
  const perPage = 36;
  const pages: string[][] = [];
  for (let start = 0; start < Math.max(lines.length, 1); start += perPage) pages.push(lines.slice(start, start + perPage));
  // Objects 1–3: catalog, page tree, font (Type0 over a CID font without a font file); then a page and its content per page.
  const pageObject = (index: number) => 4 + index * 2;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, index) => `${pageObject(index)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>] >>',
  ];
  pages.forEach((pageLines, index) => {
    const content = pageLines.map((line, row) => `BT /F1 10 Tf 40 ${800 - row * 20} Td <${ucs2Hex(line)}> Tj ET`).join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObject(index) + 1} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  return pdfFile(objects);
}

/** A PDF of the given objects (object 1 the catalog), with its cross-reference table. */
export function pdfFile(objects: readonly string[]): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character of the file is ASCII (text is written in hex or Latin-1 strings), so one byte per character.
  return new Uint8Array([...body].map((char) => char.charCodeAt(0)));
}
