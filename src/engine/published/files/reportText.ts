/**
 * The one door for a published report's file (issue 14), for the browser and `npm run check` alike:
 * a PDF (text rebuilt from pdf.js's positions), a Word .docx (tables as tables), or text/HTML (UTF-8,
 * or GB18030 as older government sites save it). The PDF and Word readers are loaded only when such a
 * file is opened, so they weigh nothing on the first load.
 */
import type { CMapFiles } from './pdfText';

export type { CMapFiles };

/** True when the bytes start like a PDF file (「%PDF」). */
const isPdf = (bytes: Uint8Array): boolean => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
/** True when the bytes start like a zip file (「PK\3\4」: a .docx is one). */
const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export type FileKind = 'pdf' | 'docx' | 'text';

export type ReportFileText =
  | { readonly ok: true; readonly kind: FileKind; readonly text: string }
  /** unreadable: the reader failed (damaged, encrypted, not a Word file); noText: a scan or an empty file. */
  | { readonly ok: false; readonly kind: FileKind; readonly problem: 'unreadable' | 'noText' };

/** Text of a file as UTF-8, or GB18030 when it is not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** What kind of file the bytes are, by their first bytes (a name's extension can lie). */
export function fileKindOf(bytes: Uint8Array): FileKind {
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) return 'docx';
  return 'text';
}

/** The text of a published report's file, or why there is none. Never throws. `cMapFiles`: see pdfText.ts. */
export async function reportFileText(bytes: Uint8Array, cMapFiles?: CMapFiles): Promise<ReportFileText> {
  const kind = fileKindOf(bytes);
  let text: string;
  try {
    if (kind === 'pdf') text = await (await import('./pdfText')).pdfText(bytes, cMapFiles);
    else if (kind === 'docx') text = (await import('./docxText')).docxText(bytes);
    else text = decodeText(bytes);
  } catch {
    return { ok: false, kind, problem: 'unreadable' };
  }
  // A scanned PDF has pages but no text: there is nothing to read, say so rather than "no tables".
  if (text.replace(/\s/g, '') === '') return { ok: false, kind, problem: 'noText' };
  return { ok: true, kind, text };
}
