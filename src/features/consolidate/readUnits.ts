/**
 * Units for a 汇总 from chosen files and local drafts (issue 15), each through the one door (src/draft):
 * a file the door refuses is listed with its message and never counted, not even in part.
 */
import { describeReadProblem, MAX_FILE_BYTES, readDraftText, readDraftValue, unitFromDraft } from '../../draft';
import type { ConsolidationUnit, Draft } from '../../draft';
import { consolidateStrings as t } from './strings.zh-CN';

export interface RefusedFile {
  readonly name: string;
  readonly message: string;
}

export interface ReadUnits {
  readonly units: readonly ConsolidationUnit[];
  readonly refused: readonly RefusedFile[];
}

let sequence = 0;

/** Files read at the same time. */
const READ_AT_ONCE = 8;

/** An id for a unit within its 汇总: unique on this page, never reused (no secure-context API needed). */
export function nextUnitId(): string {
  sequence += 1;
  return `u${Date.now().toString(36)}${sequence.toString(36)}`;
}

type ReadOne = { readonly ok: true; readonly unit: ConsolidationUnit } | { readonly ok: false; readonly refused: RefusedFile };

async function readOne(file: File, addedAt: string): Promise<ReadOne> {
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
    id: nextUnitId(),
    source: 'file',
    fileName: file.name,
    addedAt,
    ...(read.digest !== undefined ? { digest: read.digest } : {}),
  });
  return { ok: true, unit };
}

/** Reads the files in order; `onProgress` is told how many are done. */
export async function readUnitFiles(files: readonly File[], now: string, onProgress?: (done: number) => void): Promise<ReadUnits> {
  const units: ConsolidationUnit[] = [];
  const refused: RefusedFile[] = [];
  let done = 0;
  // A few at a time, results in the order chosen: one after another each file would wait on its read and digest,
  // and 500 reads at once crowd the browser's file reading (issue 15 bench).
  const results: ReadOne[] = new Array<ReadOne>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next;
      next += 1;
      const file = files[index];
      if (!file) continue;
      results[index] = await readOne(file, now);
      done += 1;
      onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, files.length) }, worker));
  for (const result of results) {
    if (result.ok) units.push(result.unit);
    else refused.push(result.refused);
  }
  return { units, refused };
}

/** Units from local drafts (already in this browser), each read back through the door. */
export async function readUnitDrafts(drafts: readonly Draft[], now: string): Promise<ReadUnits> {
  const units: ConsolidationUnit[] = [];
  const refused: RefusedFile[] = [];
  for (const stored of drafts) {
    const read = await readDraftValue(stored);
    if (!read.ok) refused.push({ name: stored.title, message: t.refused(stored.title, describeReadProblem(read.problem)) });
    else units.push(await unitFromDraft(read.draft, { id: nextUnitId(), source: 'draft', addedAt: now }));
  }
  return { units, refused };
}
