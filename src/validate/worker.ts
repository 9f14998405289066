// Worker thread of the validation pool: checks the batches of paths it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, slimResult, type CheckOptions } from './index.js';
import { VALIDATE_TEXTS } from '../i18n/validate/index.js';

const opts = workerData as CheckOptions;
// the messages' language, loaded once before the first batch is checked
const ready = VALIDATE_TEXTS.load(opts.lang ?? 'en');
parentPort!.on('message', async (paths: string[]) => {
  await ready;
  const out = [];
  for (const p of paths) out.push(slimResult(await checkFile(p, opts)));
  parentPort!.postMessage(out);
});
