/**
 * Units for a 汇总 from chosen files and local drafts (issue 15), each through the one door (src/draft):
 * a file the door refuses is listed with its message and never counted, not even in part. Files are read in
 * workers where the browser runs them (unitReaderPool.ts); this is the reading on the page itself.
 */
import { describeReadProblem, readDraftValue, unitFromDraft } from '../../draft';
import type { ConsolidationUnit, Draft } from '../../draft';
import { readUnitFile } from './readUnitFile';
import type { ReadOne, RefusedFile } from './readUnitFile';
import { consolidateStrings as t } from './strings.zh-CN';

export type { RefusedFile } from './readUnitFile';

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

/** The answers in the order the files were chosen, as units (numbered now, in that order) and refusals. */
export function unitsInOrder(results: readonly ReadOne[]): ReadUnits {
  const units: ConsolidationUnit[] = [];
  const refused: RefusedFile[] = [];
  for (const result of results) {
    if (result.ok) units.push({ ...result.unit, id: nextUnitId() });
    else refused.push(result.refused);
  }
  return { units, refused };
}

/** Reads the given files on the page, a few at a time; `onRead` hears of each as it is done. */
export async function readFilesInPage(
  entries: readonly { readonly index: number; readonly file: File }[],
  addedAt: string,
  onRead: (index: number, result: ReadOne) => void,
): Promise<void> {
  // A few at a time: one after another each file would wait on its read and digest, and 500 reads at once
  // crowd the browser's file reading (issue 15 bench).
  let next = 0;
  const reader = async () => {
    while (next < entries.length) {
      const entry = entries[next];
      next += 1;
      if (entry) onRead(entry.index, await readUnitFile(entry.file, addedAt));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, entries.length) }, reader));
}

/** Reads the files in order on the page; `onProgress` is told how many are done. */
export async function readUnitFiles(files: readonly File[], now: string, onProgress?: (done: number) => void): Promise<ReadUnits> {
  const results = new Array<ReadOne>(files.length);
  let done = 0;
  await readFilesInPage(
    files.map((file, index) => ({ index, file })),
    now,
    (index, result) => {
      results[index] = result;
      done += 1;
      onProgress?.(done);
    },
  );
  return unitsInOrder(results);
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
