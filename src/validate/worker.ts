// Worker thread of the validation pool (pool.ts): takes files from the shared counter until none is
// left, and sends back their results a few at a time.
import { parentPort } from 'node:worker_threads';
import { checkFileSync, slimResult } from './index.js';
import { VALIDATE_TEXTS } from '../i18n/validate/index.js';
import type { FileResult } from '../diagnostics/index.js';
import type { PoolJob, PoolResults } from './pool.js';

/** Results sent back at a time: few messages, and little lost if the thread dies. */
const SEND_EVERY = 16;

parentPort!.once('message', async ({ files, next, opts }: PoolJob) => {
  // the messages' language, loaded once before the first file is checked
  await VALIDATE_TEXTS.load(opts.lang ?? 'en');
  let indexes: number[] = [];
  let results: FileResult[] = [];
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    indexes.push(i);
    results.push(slimResult(checkFileSync(files[i]!, opts)));
    if (indexes.length === SEND_EVERY) {
      parentPort!.postMessage({ indexes, results, done: false } satisfies PoolResults);
      indexes = [];
      results = [];
    }
  }
  parentPort!.postMessage({ indexes, results, done: true } satisfies PoolResults);
});
