// Reading a 汇总's files in workers (issue 15): the protocol a worker answers, and the pool that spreads the
// files over workers — answers in the order chosen, the same result as reading on the page, and no file lost
// when a worker cannot read one, fails to start, or dies half-way. Real files (Node's File), the real door.
import { describe, expect, it } from 'vitest';
import { APP_VERSION, makeEnvelope, newDraft } from '../../draft';
import { emptyReport } from '../../engine';
import { readUnitFiles } from './readUnits';
import type { ReadUnits } from './readUnits';
import { answerReadBatch, isReadBatch } from './unitReaderProtocol';
import type { ReadBatch, ReaderAnswer } from './unitReaderProtocol';
import { BATCH_SIZE, createUnitReader } from './unitReaderPool';
import type { WorkerLike } from './unitReaderPool';
import { readUnitFile } from './readUnitFile';

const ADDED = '2026-01-15T01:30:00.000Z';

async function unitFile(agency: string, newCases: number): Promise<File> {
  const report = emptyReport('2021', { agency, year: 2025 });
  const draft = { ...newDraft(report, `d-${agency}`, '2026-01-10T00:00:00.000Z'), values: { 's3.new.natural': newCases } };
  const envelope = await makeEnvelope(draft, APP_VERSION, '2026-01-12T00:00:00.000Z');
  return new File([JSON.stringify(envelope)], `${agency}.nianbao.json`, { type: 'application/json' });
}

async function badDigestFile(): Promise<File> {
  const good = JSON.parse(await (await unitFile('篡改局', 1)).text()) as { sha256: string };
  return new File([JSON.stringify({ ...good, sha256: '0'.repeat(64) })], '篡改局.nianbao.json');
}

/** What a read leaves for the page, without the page's ids (numbered afresh on every read). */
const shape = (read: ReadUnits) => ({
  units: read.units.map(({ id: _id, ...unit }) => unit),
  refused: read.refused,
});

type Behaviour = 'answer' | 'throwOnFirst' | 'failToStart' | 'dieAfterOne' | 'ignoreOne';

/** A worker in this process: answers through the real protocol, asynchronously, as a Worker would. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  batches: number[][] = [];
  private answered = 0;

  constructor(private readonly behaviour: Behaviour = 'answer') {
    if (behaviour === 'failToStart') setTimeout(() => this.fail(), 0);
  }

  postMessage(message: ReadBatch): void {
    this.batches.push(message.files.map((entry) => entry.index));
    if (this.behaviour === 'failToStart') return;
    let first = true;
    const read = async (file: File, addedAt: string) => {
      if (this.behaviour === 'throwOnFirst' && first) {
        first = false;
        throw new TypeError('Object.hasOwn is not a function');
      }
      return readUnitFile(file, addedAt);
    };
    void answerReadBatch(message, (answer) => this.deliver(answer), read);
  }

  private deliver(answer: ReaderAnswer) {
    setTimeout(() => {
      if (this.terminated) return;
      if (answer.kind === 'read') {
        this.answered += 1;
        if (this.behaviour === 'ignoreOne' && this.answered === 1) return;
        if (this.behaviour === 'dieAfterOne' && this.answered === 2) {
          this.fail();
          return;
        }
      }
      this.onmessage?.({ data: answer } as MessageEvent);
    }, 0);
  }

  private fail() {
    if (this.terminated) return;
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('the reading worker’s protocol', () => {
  it('answers each file of a batch through the door, then done; a file whose reading throws is answered failed', async () => {
    const files = [await unitFile('甲局', 3), await badDigestFile()];
    const answers: ReaderAnswer[] = [];
    const batch: ReadBatch = { kind: 'read', batch: 7, addedAt: ADDED, files: files.map((file, index) => ({ index: index + 20, file })) };
    await answerReadBatch(batch, (answer) => answers.push(answer));
    expect(answers.map((answer) => [answer.kind, 'index' in answer ? answer.index : undefined, answer.batch])).toEqual([
      ['read', 20, 7],
      ['read', 21, 7],
      ['done', undefined, 7],
    ]);
    const [first, second] = answers;
    expect(first?.kind === 'read' && first.result.ok && first.result.unit).toMatchObject({ agency: '甲局', fileName: '甲局.nianbao.json', addedAt: ADDED, errors: expect.any(Number) as number });
    expect(second?.kind === 'read' && !second.result.ok && second.result.refused.message).toContain('篡改局.nianbao.json');

    const thrown: ReaderAnswer[] = [];
    await answerReadBatch(batch, (answer) => thrown.push(answer), () => Promise.reject(new Error('no')));
    expect(thrown.map((answer) => answer.kind)).toEqual(['failed', 'failed', 'done']);
  });

  it('ignores anything that is not a batch of files', async () => {
    const answers: ReaderAnswer[] = [];
    for (const message of [null, 'read', { kind: 'read', batch: 1, addedAt: ADDED, files: [{ index: 0, file: 'x' }] }, { kind: 'other' }]) {
      expect(isReadBatch(message)).toBe(false);
      await answerReadBatch(message, (answer) => answers.push(answer));
    }
    expect(answers).toEqual([]);
  });
});

describe('the pool of reading workers', () => {
  const choice = async () => {
    const files: File[] = [];
    for (let index = 0; index < 2 * BATCH_SIZE + 3; index += 1) files.push(await unitFile(`第${index + 1}局`, index));
    files.splice(5, 0, await badDigestFile());
    return files;
  };

  it('spreads batches over the workers and answers in the order chosen, as the page alone would', async () => {
    const files = await choice();
    const workers: FakeWorker[] = [];
    const reader = createUnitReader(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    }, 2);
    reader.warm();
    expect(workers).toHaveLength(2);
    const progress: number[] = [];
    const read = await reader.read(files, ADDED, (done) => progress.push(done));
    expect(shape(read)).toEqual(shape(await readUnitFiles(files, ADDED)));
    expect(read.units.map((unit) => unit.agency).slice(0, 6)).toEqual(['第1局', '第2局', '第3局', '第4局', '第5局', '第6局']);
    expect(read.refused).toHaveLength(1);
    expect(new Set(read.units.map((unit) => unit.id)).size).toBe(files.length - 1);
    expect(progress).toEqual(files.map((_, index) => index + 1));
    expect(workers.every((worker) => worker.batches.length > 0)).toBe(true);
    expect(workers.flatMap((worker) => worker.batches.flat()).sort((a, b) => a - b)).toEqual(files.map((_, index) => index));
    reader.close();
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('reads on the page what a worker could not read, left unanswered, or held when it died', async () => {
    const files = await choice();
    const expected = shape(await readUnitFiles(files, ADDED));
    for (const behaviour of ['throwOnFirst', 'ignoreOne', 'dieAfterOne', 'failToStart'] as const) {
      const reader = createUnitReader(() => new FakeWorker(behaviour), 2);
      expect(shape(await reader.read(files, ADDED)), behaviour).toEqual(expected);
      reader.close();
    }
  });

  it('reads on the page where no worker can be made (the one-file build), and a later choice waits for the first', async () => {
    const files = await choice();
    const reader = createUnitReader(() => undefined, 2);
    const [first, second] = await Promise.all([reader.read(files, ADDED), reader.read(files.slice(0, 2), ADDED)]);
    expect(shape(first)).toEqual(shape(await readUnitFiles(files, ADDED)));
    expect(second.units.map((unit) => unit.agency)).toEqual(['第1局', '第2局']);
    expect(await reader.read([], ADDED)).toEqual({ units: [], refused: [] });
    const throwing = createUnitReader(() => {
      throw new Error('SecurityError');
    }, 2);
    expect(shape(await throwing.read(files, ADDED))).toEqual(shape(first));
  });
});
