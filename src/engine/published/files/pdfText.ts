/**
 * A PDF's text, rebuilt line by line from pdf.js's positioned text items (issue 14). One code for the
 * browser and `npm run check`: pdf.js's legacy build (it carries the polyfills older Chromium-based
 * office browsers and Node 20 need) with its worker run on the main thread (`globalThis.pdfjsWorker`),
 * so no Worker, blob: or data: URL is needed: it works offline, under the strict CSP, from a sub-path
 * and from one inlined HTML file. Loaded only when a PDF is opened. Eval is off (CSP: no 'unsafe-eval').
 */
import { documentText } from './pdfLayout';
import type { PositionedText } from './pdfLayout';

/** The items of pdf.js's getTextContent that carry text (marked-content items carry none). */
interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

const hasText = (item: object): item is TextItemLike => 'str' in item && 'transform' in item;


/** The PDF's text as lines (see pdfLayout.ts); throws when pdf.js cannot open it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  // pdf.js takes ownership of the buffer: give it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: PositionedText[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        (content.items as object[]).filter(hasText).map((item) => ({
          text: item.str,
          x: item.transform[4] ?? 0,
          y: item.transform[5] ?? 0,
          width: item.width,
          height: item.height || Math.abs(item.transform[3] ?? 0),
        })),
      );
      page.cleanup();
    }
    return documentText(pages);
  } finally {
    await task.destroy();
  }
}
