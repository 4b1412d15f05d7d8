/**
 * 双面印刷 (GB/T 9704): the 订口 (28 mm) is on the left of odd pages and on the right of even ones, as the
 * page numbers already alternate sides. Word calls this 对称页边距 (`w:mirrorMargins`); the docx library has
 * no option for it, so the packed file's settings part gets the element, in the place the schema orders it
 * (before `w:evenAndOddHeaders`, which the report always sets).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const settingsPart = 'word/settings.xml';
const anchor = '<w:evenAndOddHeaders/>';

/** The .docx bytes with mirrored margins; any other file is returned unchanged. */
export function withMirroredMargins(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const settings = parts[settingsPart];
  if (!settings) return docx;
  const xml = strFromU8(settings);
  if (xml.includes('<w:mirrorMargins/>') || !xml.includes(anchor)) return docx;
  parts[settingsPart] = strToU8(xml.replace(anchor, `<w:mirrorMargins/>${anchor}`));
  return zipSync(parts);
}
