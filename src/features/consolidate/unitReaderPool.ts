/**
 * Reading a 汇总's files in workers (issue 15 bench: 500 files → consolidated draft in 1 s). Each file's door
 * (parse, schema, SHA-256 digest, format check) and its full report checks (error and warning counts) take about
 * a millisecond; in workers they run beside the page, on every core, while the page stays free to answer.
 * The workers start with the 汇总 page, before any file is chosen.
 *
 * Where no worker can run — the one-file nianbao.html (its policy allows no worker, and file:// has no origin to
 * load one from), a browser without workers, a worker that fails to start or dies — the page reads the files
 * itself, with the same door and the same result. A file a worker could not read is read by the page.
 */
import { readFilesInPage, unitsInOrder } from './readUnits';
import type { ReadUnits } from './readUnits';
import type { ReadOne } from './readUnitFile';
import type { ReadBatch, ReaderAnswer } from './unitReaderProtocol';

/** The part of a Worker the pool uses (a fake one in the unit test). */
export interface WorkerLike {
  postMessage(message: ReadBatch): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface UnitReader {
  /** Starts the workers ahead of the first choice of files. */
  warm(): void;
  /** Reads the files, answers in the order chosen; `onProgress` is told how many are done. */
  read(files: readonly File[], addedAt: string, onProgress?: (done: number) => void): Promise<ReadUnits>;
  /** Stops the workers (the page is left); a later read starts them again. */
  close(): void;
}

/** Files per batch: small enough that the workers finish together, large enough that messages stay few. */
export const BATCH_SIZE = 10;

/**
 * Batches a worker holds at once: the next one is already there when it finishes one, so it never waits for the
 * page (sending a chosen file to a worker makes the page ask the system for its size first, issue 15 bench).
 */
const BATCHES_AHEAD = 2;

interface Slot {
  readonly worker: WorkerLike;
  /** The batches the worker holds, each with the places not yet answered. */
  readonly batches: Map<number, Map<number, File>>;
}

type Entry = { readonly index: number; readonly file: File };

/** A pool of `count` workers made by `makeWorker` (undefined when none can be made). */
export function createUnitReader(makeWorker: () => WorkerLike | undefined, count: number): UnitReader {
  let slots: Slot[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  let onAnswer: (slot: Slot, answer: ReaderAnswer) => void = () => undefined;
  let onBroken: (slot: Slot) => void = () => undefined;

  const drop = (slot: Slot) => {
    slot.worker.terminate();
    slots = slots.filter((other) => other !== slot);
  };
  const warm = () => {
    while (slots.length < count) {
      let worker: WorkerLike | undefined;
      try {
        worker = makeWorker();
      } catch {
        worker = undefined;
      }
      if (!worker) return;
      const slot: Slot = { worker, batches: new Map() };
      worker.onmessage = (event) => onAnswer(slot, event.data as ReaderAnswer);
      worker.onerror = (event) => {
        // A worker that fails to load or dies: its unanswered files go to the others, or to the page.
        event.preventDefault();
        drop(slot);
        onBroken(slot);
      };
      slots.push(slot);
    }
  };

  const run = (files: readonly File[], addedAt: string, onProgress?: (done: number) => void) =>
    new Promise<ReadUnits>((resolve) => {
      const results = new Array<ReadOne | undefined>(files.length);
      let done = 0;
      let batchNumber = 0;
      const waiting: Entry[][] = [];
      for (let start = 0; start < files.length; start += BATCH_SIZE) {
        waiting.push(files.slice(start, start + BATCH_SIZE).map((file, offset) => ({ index: start + offset, file })));
      }
      const settle = (index: number, result: ReadOne) => {
        if (results[index] !== undefined) return;
        results[index] = result;
        done += 1;
        onProgress?.(done);
        if (done === files.length) resolve(unitsInOrder(results as ReadOne[]));
      };
      const inPage = (entries: readonly Entry[]) => void readFilesInPage(entries, addedAt, settle);
      const next = () => {
        if (slots.length === 0) {
          inPage(waiting.splice(0).flat());
          return;
        }
        // One batch to each worker first, then the next ones, so all start at once.
        for (let depth = 1; depth <= BATCHES_AHEAD; depth += 1) {
          for (const slot of slots) {
            if (slot.batches.size >= depth) continue;
            const entries = waiting.shift();
            if (!entries) return;
            batchNumber += 1;
            slot.batches.set(batchNumber, new Map(entries.map(({ index, file }) => [index, file])));
            slot.worker.postMessage({ kind: 'read', batch: batchNumber, addedAt, files: entries });
          }
        }
      };
      const unanswered = (left: Map<number, File>) => [...left].map(([index, file]) => ({ index, file }));
      onAnswer = (slot, answer) => {
        const left = slot.batches.get(answer.batch);
        if (!left) return;
        if (answer.kind === 'done') {
          // Anything the worker left unanswered is read by the page, so the choice always completes.
          slot.batches.delete(answer.batch);
          if (left.size > 0) inPage(unanswered(left));
          next();
          return;
        }
        const file = left.get(answer.index);
        if (!file) return;
        left.delete(answer.index);
        if (answer.kind === 'read') settle(answer.index, answer.result);
        else inPage([{ index: answer.index, file }]);
      };
      onBroken = (slot) => {
        for (const left of slot.batches.values()) if (left.size > 0) waiting.unshift(unanswered(left));
        slot.batches.clear();
        next();
      };
      if (files.length === 0) {
        resolve({ units: [], refused: [] });
        return;
      }
      warm();
      next();
    });

  return {
    warm,
    read(files, addedAt, onProgress) {
      // One choice at a time: a second one waits for the first.
      const reading = queue.then(() => run(files, addedAt, onProgress));
      queue = reading.catch(() => undefined);
      return reading;
    },
    close() {
      for (const slot of slots) slot.worker.terminate();
      slots = [];
    },
  };
}
