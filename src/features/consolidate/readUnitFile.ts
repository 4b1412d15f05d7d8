/**
 * One chosen file through the one draft door (issue 15): read, parsed, checked (digest too) and counted (its
 * errors and warnings). Pure of the page, so it runs in the reading workers (unitReaderPool.ts) and, where
 * workers cannot run, on the page itself. The unit's id is given by the page, in the order the files were chosen.
 */
import { describeReadProblem, MAX_FILE_BYTES, readDraftText, unitFromDraft } from '../../draft';
import type { ConsolidationUnit } from '../../draft';
import { consolidateStrings as t } from './strings.zh-CN';

export interface RefusedFile {
  readonly name: string;
  readonly message: string;
}

export type ReadOne = { readonly ok: true; readonly unit: ConsolidationUnit } | { readonly ok: false; readonly refused: RefusedFile };

/** Stands for the id until the page numbers the units (ids from several workers would not be in order). */
export const PENDING_UNIT_ID = 'pending';

export async function readUnitFile(file: File, addedAt: string): Promise<ReadOne> {
  const refused = (reason: string): ReadOne => ({ ok: false, refused: { name: file.name, message: t.refused(file.name, reason) } });
  if (file.size > MAX_FILE_BYTES) return refused(describeReadProblem({ code: 'tooLarge', bytes: file.size, limit: MAX_FILE_BYTES }));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused(t.unreadableFile);
  }
  const read = await readDraftText(text, file.size);
  if (!read.ok) return refused(describeReadProblem(read.problem));
  const unit = await unitFromDraft(read.draft, {
    id: PENDING_UNIT_ID,
    source: 'file',
    fileName: file.name,
    addedAt,
    ...(read.digest !== undefined ? { digest: read.digest } : {}),
  });
  return { ok: true, unit };
}
