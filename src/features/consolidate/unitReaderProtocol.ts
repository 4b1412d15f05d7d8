/**
 * What the page and a reading worker say to each other (issue 15: 500 files read off the page's thread).
 * The page sends a batch of chosen files with their places in the choice; the worker answers each file as it is
 * read, then says the batch is done. A file whose reading threw in the worker (an API an old browser's worker
 * lacks, say) is answered `failed`, and the page reads that one itself: no file is ever lost or half-counted.
 */
import { readUnitFile } from './readUnitFile';
import type { ReadOne } from './readUnitFile';

export interface ReadBatch {
  readonly kind: 'read';
  readonly batch: number;
  readonly addedAt: string;
  readonly files: readonly { readonly index: number; readonly file: File }[];
}

export type ReaderAnswer =
  | { readonly kind: 'read'; readonly batch: number; readonly index: number; readonly result: ReadOne }
  | { readonly kind: 'failed'; readonly batch: number; readonly index: number }
  | { readonly kind: 'done'; readonly batch: number };

export function isReadBatch(message: unknown): message is ReadBatch {
  const batch = message as Partial<ReadBatch> | null;
  return (
    typeof batch === 'object' &&
    batch !== null &&
    batch.kind === 'read' &&
    typeof batch.batch === 'number' &&
    typeof batch.addedAt === 'string' &&
    Array.isArray(batch.files) &&
    batch.files.every((entry) => typeof entry?.index === 'number' && entry.file instanceof Blob)
  );
}

/** The worker's side: reads the files of the batch, answering each in order, then `done`. Anything else is ignored. */
export async function answerReadBatch(
  message: unknown,
  post: (answer: ReaderAnswer) => void,
  read: (file: File, addedAt: string) => Promise<ReadOne> = readUnitFile,
): Promise<void> {
  if (!isReadBatch(message)) return;
  const { batch, addedAt } = message;
  // Every file of the batch is started at once, so one file's checks run while the next one's bytes arrive;
  // the answers still go out in the batch's order.
  const answers = message.files.map(({ index, file }) =>
    read(file, addedAt).then(
      (result): ReaderAnswer => ({ kind: 'read', batch, index, result }),
      (): ReaderAnswer => ({ kind: 'failed', batch, index }),
    ),
  );
  for (const answer of answers) post(await answer);
  post({ kind: 'done', batch });
}
