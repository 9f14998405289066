// Checking many files at once: a small pool of worker threads, each running checkFile on batches
// of paths handed out one at a time (so a slow file never holds up the others). On two cores,
// 1,000 reviews take about half the time of one thread. Falls back to the calling thread for
// small inputs, where starting workers would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../diagnostics/index.js';
import { checkFile, slimResult, type CheckOptions } from './index.js';

/** Below this many files the pool is not worth its start-up (~40 ms a worker). */
export const POOL_THRESHOLD = 48;
const BATCH = 16;

async function checkSequential(files: readonly string[], opts: CheckOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  // a few reads in flight hide I/O latency while the thread parses
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = slimResult(await checkFile(files[i]!, opts));
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, lane));
  return results;
}

export interface PoolOptions extends CheckOptions {
  /** Worker threads to use; default: the number of cores, at most 4. */
  threads?: number;
}

export async function checkFiles(files: readonly string[], opts: PoolOptions = {}): Promise<FileResult[]> {
  const threads = Math.max(
    1,
    Math.min(opts.threads ?? Math.min(availableParallelism(), 4), Math.ceil(files.length / BATCH)),
  );
  const workerUrl = new URL('./worker.js', import.meta.url);
  if (files.length < POOL_THRESHOLD || threads < 2 || !workerUrl.pathname.endsWith('.js'))
    return checkSequential(files, opts);

  const results: FileResult[] = new Array(files.length);
  let next = 0;
  const checkOpts: CheckOptions = {
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.maxProblems !== undefined ? { maxProblems: opts.maxProblems } : {}),
    // the language of messages: each worker loads its texts before checking (see worker.ts)
    ...(opts.lang !== undefined ? { lang: opts.lang } : {}),
  };
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(workerUrl, { workerData: checkOpts });
      let current: number[] = [];
      const feed = () => {
        if (next >= files.length) {
          current = [];
          ended = true;
          void w.terminate().then(() => resolve());
          return;
        }
        current = [];
        for (let k = 0; k < BATCH && next < files.length; k++) current.push(next++);
        w.postMessage(current.map((i) => files[i]!));
      };
      w.on('message', (batch: FileResult[]) => {
        batch.forEach((r, k) => (results[current[k]!] = r));
        feed();
      });
      let ended = false;
      // a worker that dies (with an error, or without one: killed, out of memory) leaves its batch
      // to the calling thread; the loop after the pool also catches anything never handed out
      const takeOver = (err?: unknown) => {
        if (ended) return;
        ended = true;
        const left = current;
        current = [];
        Promise.all(left.map(async (i) => (results[i] = slimResult(await checkFile(files[i]!, checkOpts))))).then(
          () => resolve(),
          (e: unknown) => reject(err ?? e),
        );
      };
      w.on('error', (err) => takeOver(err));
      w.on('exit', () => takeOver());
      feed();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  // anything a dead worker never got to
  for (let i = 0; i < files.length; i++)
    if (!results[i]) results[i] = slimResult(await checkFile(files[i]!, checkOpts));
  return results;
}
