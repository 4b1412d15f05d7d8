/**
 * A saved report file as text, through the engine's one door for report files (issue 14): a PDF's text
 * rebuilt from its layout, a Word file's tables as tables, a .txt/.html as UTF-8 or GB18030.
 */
import { reportFileText } from '../../engine/published/files/reportText';
import type { ReportFileText } from '../../engine/published/files/reportText';
import { bundledCMapFiles } from './cMapFiles';

export async function readTextFile(file: Blob): Promise<ReportFileText> {
  return reportFileText(new Uint8Array(await file.arrayBuffer()), bundledCMapFiles);
}
