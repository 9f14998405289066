// Checking many files at once: this thread and a few worker threads take files one at a time
// from one shared counter (an Atomics counter in shared memory: no thread waits for another to
// hand it work, and a slow file never holds up the others). On two cores, this thread and one
// worker check 1,000 reviews in about half the time of one thread; this thread starts at once,
// while the worker is still loading. Each thread reads its files itself (blocking reads: a thread
// has nothing else to do meanwhile) and the workers send back their results in small batches.
// Falls back to this thread alone for small inputs, where starting a worker costs more than it
// saves.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { FileResult } from '../diagnostics/index.js';
import { checkFile, checkFileSync, slimResult, type CheckOptions } from './index.js';

/** Below this many files the pool is not worth its start-up (~40 ms a worker). */
export const POOL_THRESHOLD = 48;
/** Files per thread at least: fewer threads for a small batch. */
const BATCH = 16;

/** What a worker is sent: the files, the shared counter of the next file to take, the options. */
export interface PoolJob {
  files: readonly string[];
  next: Int32Array;
  opts: CheckOptions;
}
/** What a worker sends back: results of the files at these indexes; `done` once no file is left. */
export interface PoolResults {
  indexes: number[];
  results: FileResult[];
  done: boolean;
}

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
  /** Threads that check files, this one included; default: the number of cores, at most 4. */
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

  const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(files.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const checkOpts: CheckOptions = {
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.maxProblems !== undefined ? { maxProblems: opts.maxProblems } : {}),
    // the language of messages: each worker loads its texts before checking (see worker.ts)
    ...(opts.lang !== undefined ? { lang: opts.lang } : {}),
  };
  // loaded here, not at start-up: a one-file `validate` never starts a thread (~5 ms saved)
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  // a worker that ends (done, with an error, or without one: killed, out of memory) settles its
  // promise; whatever it took and never sent back is checked here afterwards
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const w = new Worker(workerUrl);
      w.on('message', (m: PoolResults) => {
        for (let k = 0; k < m.indexes.length; k++) results[m.indexes[k]!] = m.results[k];
        if (m.done) void w.terminate().then(() => resolve());
      });
      w.on('error', () => resolve());
      w.on('exit', () => resolve());
      const job: PoolJob = { files, next, opts: checkOpts };
      w.postMessage(job);
    });
  const workers = Array.from({ length: threads - 1 }, runWorker);
  // this thread checks files too, from the same counter, while the workers start
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1))
    results[i] = slimResult(checkFileSync(files[i]!, checkOpts));
  await Promise.all(workers);
  // anything a worker took but never sent back (it died): checked here
  for (let i = 0; i < files.length; i++) results[i] ??= slimResult(checkFileSync(files[i]!, checkOpts));
  return results as FileResult[];
}
