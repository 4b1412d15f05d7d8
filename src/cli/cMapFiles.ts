/**
 * pdf.js's CMap files for `npm run check`, read from the installed pdfjs-dist (see engine
 * published/files/pdfText.ts for why a PDF may need them). A name is only ever a plain file name.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CMapFiles } from '../engine/published/files/reportText';

const folder = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');

export const nodeCMapFiles: CMapFiles = async (fileName) => {
  if (!/^[\w-]+\.bcmap$/.test(fileName)) throw new Error(`not a CMap file: ${fileName}`);
  return new Uint8Array(await readFile(join(folder, fileName)));
};
