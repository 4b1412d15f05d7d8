/**
 * pdf.js's CMap files for Simplified Chinese, bundled with the app (issue 14): a PDF whose Chinese font is
 * not embedded (STSong-Light, SimSun under 「UniGB-UCS2-H」, 「GBK-EUC-H」…) reads as nothing without them.
 * Each file is its own lazy chunk holding the bytes as a data: URL, decoded here rather than fetched, so it
 * needs no network, no URL of the server (sub-path, file://) and no CSP exception; nianbao.html inlines them.
 * Only the Adobe-GB1 family is bundled: other scripts' maps are not met in mainland government reports.
 */
import type { CMapFiles } from '../../engine/published/files/reportText';

const folder = '/node_modules/pdfjs-dist/cmaps/';
const files = import.meta.glob<string>(['/node_modules/pdfjs-dist/cmaps/UniGB-*.bcmap', '/node_modules/pdfjs-dist/cmaps/GB*.bcmap', '/node_modules/pdfjs-dist/cmaps/Adobe-GB1-*.bcmap'], {
  query: '?inline',
  import: 'default',
});

/** The bytes of a `data:…;base64,` URL. */
function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export const bundledCMapFiles: CMapFiles = async (fileName) => {
  const load = files[`${folder}${fileName}`];
  if (!load) throw new Error(`CMap not bundled: ${fileName}`);
  return dataUrlBytes(await load());
};
