import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { documentText } from '/work/wt-14/src/engine/published/files/pdfLayout';
const data = new Uint8Array(readFileSync(process.argv[2]!));
const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  pages.push(content.items.flatMap((item: any) => ('str' in item ? [{ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height }] : [])));
}
console.log(documentText(pages));
