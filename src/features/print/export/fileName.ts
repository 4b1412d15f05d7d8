/** The name an exported report is saved under (issue 13). */
import type { ReportMeta } from '../../../engine';
import { exportStrings } from '../strings.zh-CN';

/** `<机关>-<年度>年政府信息公开工作年度报告.docx`, without the characters Windows file names refuse. */
export function reportFileName(meta: Pick<ReportMeta, 'agency' | 'year'>, extension: 'docx' | 'html'): string {
  const year = meta.year === null ? '' : String(meta.year);
  return exportStrings.fileName(meta.agency.trim(), year, extension).replace(/[\\/:*?"<>|\r\n\t]/g, '_');
}
