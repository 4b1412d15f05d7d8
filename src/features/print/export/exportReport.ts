/**
 * What 导出 Word, 导出网页 and 复制网页版 do (issue 13), loaded on the first press: the draft is read as the print
 * view reads it (format, report, the engine's verdict for the 草稿 marking) into the one print outline, which
 * becomes a .docx, a web page or clipboard content. Nothing is sent anywhere and the draft is not changed.
 */
import { contextOf, reportOf } from '../../../draft';
import type { Draft } from '../../../draft';
import { validate } from '../../../engine';
import { formatById } from '../../../format';
import { draftMarking } from '../printModel';
import { printOutline } from '../printOutline';
import type { PrintOutline } from '../printOutline';
import { exportStrings } from '../strings.zh-CN';
import { copyHtmlAndText } from './clipboard';
import { downloadBlob } from '../../../components/downloadBlob';
import { reportFileName } from './fileName';
import { reportDocxBlob } from './reportDocx';
import { reportHtmlFragment, reportHtmlPage, reportPlainText } from './reportHtml';

export interface ExportOutcome {
  readonly ok: boolean;
  readonly message: string;
}

export type ExportKind = 'word' | 'html' | 'copy';

function outlineOf(draft: Draft): PrintOutline | undefined {
  const format = formatById(draft.format);
  if (!format) return undefined;
  const report = reportOf(draft);
  return printOutline(format, report, draftMarking(report, validate(report, contextOf(draft))));
}

/** Runs one export of the draft and says in Chinese what came of it. */
export async function exportReport(draft: Draft, kind: ExportKind): Promise<ExportOutcome> {
  const outline = outlineOf(draft);
  if (!outline) return { ok: false, message: exportStrings.notReadable };
  const isDraft = outline.marking.draft;
  if (kind === 'copy') {
    const copied = await copyHtmlAndText({
      html: reportHtmlFragment(outline),
      plainHtml: reportHtmlFragment(outline, { styled: false }),
      text: reportPlainText(outline),
    });
    return copied ? { ok: true, message: exportStrings.copied(isDraft) } : { ok: false, message: exportStrings.copyFailed };
  }
  const fileName = reportFileName(draft.meta, kind === 'word' ? 'docx' : 'html');
  const blob =
    kind === 'word'
      ? await reportDocxBlob(outline)
      : new Blob([reportHtmlPage(outline)], { type: 'text/html;charset=utf-8' });
  downloadBlob(fileName, blob);
  return { ok: true, message: exportStrings.saved(fileName, isDraft) };
}
