/** A reading worker of the 汇总 (issue 15): answers batches of chosen files (unitReaderProtocol.ts). */
import { answerReadBatch } from './unitReaderProtocol';
import type { ReaderAnswer } from './unitReaderProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage: (answer: ReaderAnswer) => void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => void answerReadBatch(event.data, (answer) => scope.postMessage(answer));
