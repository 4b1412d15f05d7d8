/**
 * A PDF's text, rebuilt line by line from pdf.js's positioned text items (issue 14). One code for the
 * browser and `npm run check`: pdf.js's legacy build (it carries the polyfills older Chromium-based
 * office browsers and Node 20 need) with its worker run on the main thread (`globalThis.pdfjsWorker`),
 * so no Worker, blob: or data: URL is needed: it works offline, under the strict CSP, from a sub-path
 * and from one inlined HTML file. Loaded only when a PDF is opened. Eval is off (CSP: no 'unsafe-eval').
 */
import { documentText } from './pdfLayout';
import type { PositionedText } from './pdfLayout';

/**
 * Reads one of pdf.js's packed CMap files by name (「UniGB-UCS2-H.bcmap」). A PDF whose Chinese font is not
 * embedded (STSong-Light, SimSun) names one of Adobe's predefined CMaps instead of carrying its own, and
 * without that file pdf.js reads no text at all. The browser and Node each know where the files are.
 */
export type CMapFiles = (fileName: string) => Promise<Uint8Array>;

/** pdf.js's binary-data factory over `CMapFiles`; fonts and wasm are not needed to read text. */
function binaryDataFactory(cMapFiles: CMapFiles) {
  return class {
    fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind !== 'cMapUrl') return Promise.reject(new Error(`not provided: ${kind}`));
      return cMapFiles(filename);
    }
  };
}

/** The items of pdf.js's getTextContent that carry text (marked-content items carry none). */
interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

const hasText = (item: object): item is TextItemLike => 'str' in item && 'transform' in item;


/** The PDF's text as lines (see pdfLayout.ts); throws when pdf.js cannot open it. */
export async function pdfText(bytes: Uint8Array, cMapFiles?: CMapFiles): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  // pdf.js takes ownership of the buffer: give it a copy.
  // With CMap files, pdf.js asks this page for them (useWorkerFetch off) rather than fetching a URL.
  const cMaps = cMapFiles ? { cMapUrl: 'cmaps/', cMapPacked: true, useWorkerFetch: false, BinaryDataFactory: binaryDataFactory(cMapFiles) } : {};
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, ...cMaps });
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
