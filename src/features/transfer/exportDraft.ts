/**
 * 导出草稿 and 导出全部: a revision first, the file written, read back through the same door as an
 * import and compared with what was meant, and only then downloaded and recorded (issue 6).
 */
import {
  APP_VERSION,
  backupFileName,
  canonicalJson,
  envelopeFileName,
  makeBackup,
  makeEnvelope,
  readBackupText,
  readDraftText,
} from '../../draft';
import type { Draft } from '../../draft';
import { collectBackup, recordExport, snapshotBeforeExport } from '../../storage/transfer';
import { downloadText } from './download';
import { transferStrings } from './strings.zh-CN';

export type ExportOutcome = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly message: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function exportDraft(draft: Draft, now = new Date()): Promise<ExportOutcome> {
  try {
    await snapshotBeforeExport(draft, undefined, now);
    const exportedAt = now.toISOString();
    // The file carries the draft's content; when and where it was exported, or binned, belongs to this machine.
    const { lastExportedAt: _previous, deletedAt: _deleted, ...exported } = draft as Draft & { deletedAt?: string };
    const text = `${JSON.stringify(await makeEnvelope(exported, APP_VERSION, exportedAt), null, 1)}\n`;
    const check = await readDraftText(text);
    if (!check.ok || canonicalJson(check.draft) !== canonicalJson(exported)) {
      return { ok: false, message: transferStrings.exportCheckFailed };
    }
    const fileName = envelopeFileName(draft, now);
    downloadText(fileName, text);
    await recordExport(draft.id, exportedAt);
    return { ok: true, message: transferStrings.exported(fileName) };
  } catch (error) {
    return { ok: false, message: transferStrings.exportFailed(reasonOf(error)) };
  }
}

export async function exportAll(now = new Date()): Promise<ExportOutcome> {
  try {
    const entries = await collectBackup();
    const text = `${JSON.stringify(await makeBackup(entries, APP_VERSION, now.toISOString()))}\n`;
    const check = await readBackupText(text);
    if (!check.ok || canonicalJson(check.entries) !== canonicalJson(entries)) {
      return { ok: false, message: transferStrings.exportCheckFailed };
    }
    const fileName = backupFileName(now);
    downloadText(fileName, text);
    return { ok: true, message: transferStrings.exportedAll(fileName, entries.length) };
  } catch (error) {
    return { ok: false, message: transferStrings.exportFailed(reasonOf(error)) };
  }
}
