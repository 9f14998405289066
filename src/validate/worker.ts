// Worker thread of the validation pool: checks the batches of paths it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, slimResult, type CheckOptions } from './index.js';

const opts = workerData as CheckOptions;
parentPort!.on('message', async (paths: string[]) => {
  const out = [];
  for (const p of paths) out.push(slimResult(await checkFile(p, opts)));
  parentPort!.postMessage(out);
});
