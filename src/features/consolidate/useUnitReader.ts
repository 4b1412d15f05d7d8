/** The 汇总 page's file reader (issue 15): reading workers started with the page and stopped when it is left. */
import { useEffect, useState } from 'react';
import { createUnitReader } from './unitReaderPool';
import type { UnitReader, WorkerLike } from './unitReaderPool';

/** The one-file build's mode (config/singleFile.ts): its policy is worker-src 'none', so no worker is tried there. */
const SINGLE_FILE_MODE = 'single-file';

function startWorker(): WorkerLike | undefined {
  if (import.meta.env.MODE === SINGLE_FILE_MODE || typeof Worker !== 'function') return undefined;
  return new Worker(new URL('./unitReader.worker.ts', import.meta.url), { type: 'module', name: 'nianbao-unit-reader' });
}

/** One worker per core, up to four (an office PC has two to eight). */
const workerCount = () => Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 2));

export function useUnitReader(): UnitReader {
  const [reader] = useState(() => createUnitReader(startWorker, workerCount()));
  useEffect(() => {
    reader.warm();
    return () => reader.close();
  }, [reader]);
  return reader;
}
