// Issue 14: the CMap files bundled for the browser are pdf.js's own, byte for byte, and only those.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCMapFiles } from './cMapFiles';

const installed = (name: string) => new Uint8Array(readFileSync(new URL(`../../../node_modules/pdfjs-dist/cmaps/${name}`, import.meta.url)));

describe('bundled CMap files', () => {
  it.each(['UniGB-UCS2-H.bcmap', 'GBK-EUC-H.bcmap', 'Adobe-GB1-UCS2.bcmap'])('%s equals the installed file', async (name) => {
    expect(await bundledCMapFiles(name)).toEqual(installed(name));
  });

  it('refuses a map that is not bundled, or a path', async () => {
    await expect(bundledCMapFiles('UniJIS-UCS2-H.bcmap')).rejects.toThrow('not bundled');
    await expect(bundledCMapFiles('../package.json')).rejects.toThrow('not bundled');
  });
});
