/**
 * Reads a dropped or picked file through the door and finds out what importing it would mean, changing
 * nothing: refused (with the door's message), a new draft, or a draft that exists here (with its differences).
 */
import { describeBackupProblem, describeReadProblem, diffDrafts, MAX_BACKUP_BYTES, MAX_FILE_BYTES, readBackupText, readDraftText } from '../../draft';
import type { BackupEntry, Draft, DraftDifference } from '../../draft';
import { findLocalDraft } from '../../storage/transfer';
import type { StoredDraft } from '../../storage/db';
import { transferStrings } from './strings.zh-CN';

export type ImportRead =
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'new'; readonly draft: Draft }
  | {
      readonly kind: 'existing';
      readonly local: StoredDraft;
      readonly file: Draft;
      readonly differences: readonly DraftDifference[];
      readonly exportedAt?: string;
    };

export type BackupRead =
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'backup'; readonly entries: readonly BackupEntry[]; readonly exportedAt: string };

/** The file's text, unless it is over the limit: a 50 MB file is refused by its size, never read. */
async function textOf(file: File, limit: number): Promise<{ text: string } | { tooLarge: true } | { unreadable: true }> {
  if (file.size > limit) return { tooLarge: true };
  try {
    return { text: await file.text() };
  } catch {
    return { unreadable: true };
  }
}

export async function readImport(file: File): Promise<ImportRead> {
  const refused = (reason: string): ImportRead => ({ kind: 'refused', message: transferStrings.refused(file.name, reason) });
  const content = await textOf(file, MAX_FILE_BYTES);
  if ('tooLarge' in content) return refused(describeReadProblem({ code: 'tooLarge', bytes: file.size, limit: MAX_FILE_BYTES }));
  if ('unreadable' in content) return refused(transferStrings.unreadableFile);
  const read = await readDraftText(content.text, file.size);
  if (!read.ok) return refused(describeReadProblem(read.problem));
  const { lastExportedAt: _elsewhere, ...draft } = read.draft;
  const found = await findLocalDraft(draft.id);
  if (!found) return { kind: 'new', draft };
  // A saved draft of this id that does not read back cannot be compared or replaced here (issue 12): the drafts
  // list offers its ways out first.
  if (!found.ok) return refused(transferStrings.localUnreadable);
  const local = found.draft;
  return {
    kind: 'existing',
    local,
    file: draft,
    differences: diffDrafts(local, draft),
    ...(read.exportedAt ? { exportedAt: read.exportedAt } : {}),
  };
}

export async function readBackup(file: File): Promise<BackupRead> {
  const refused = (reason: string): BackupRead => ({ kind: 'refused', message: transferStrings.refused(file.name, reason) });
  const content = await textOf(file, MAX_BACKUP_BYTES);
  if ('tooLarge' in content) return refused(describeBackupProblem({ code: 'tooLarge', bytes: file.size, limit: MAX_BACKUP_BYTES }));
  if ('unreadable' in content) return refused(transferStrings.unreadableFile);
  const read = await readBackupText(content.text, file.size);
  if (!read.ok) return refused(describeBackupProblem(read.problem));
  return { kind: 'backup', entries: read.entries, exportedAt: read.exportedAt };
}
