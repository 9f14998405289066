// Worker thread of the validation pool: checks the batches of paths it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckOptions } from './index.js';

const opts = workerData as CheckOptions;
parentPort!.on('message', async (paths: string[]) => {
  const out = [];
  for (const p of paths) {
    const r = await checkFile(p, opts);
    out.push({ file: r.file, diagnostics: r.diagnostics, ...(r.readiness ? { readiness: r.readiness } : {}) });
  }
  parentPort!.postMessage(out);
});
