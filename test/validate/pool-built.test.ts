// The validation worker pool, run from the built code (bin/gcm-review.js → dist/) as users run it.
// A preloaded module wraps node:worker_threads' Worker to count the threads the batch starts and
// the files whose results they send back (and, when asked, to end one of them without an 'error'
// event, as a kill or a crash of the thread would), so the tests can tell that the batch really ran
// in worker threads. The main thread checks files too (pool.ts), so the files are full-size
// reviews: a worker starts long before the main thread could have checked them all alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bin } from '../ecosystem/helpers.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';

const FULL = readFileSync(new URL('../../examples/full-en.gcm.yaml', import.meta.url), 'utf8');

const FILES = 120;
const BAD = `${MINIMAL_REVIEW}objectives:\n  7:\n    implementation:\n      status: [not, text]\n`;

let dir: string;
let hook: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-pool-'));
  mkdirSync(join(dir, 'batch'));
  for (let i = 0; i < FILES; i++)
    writeFileSync(join(dir, 'batch', `r${String(i).padStart(3, '0')}.gcm.yaml`), i % 4 === 1 ? BAD : FULL);
  hook = join(dir, 'count-workers.mjs');
  writeFileSync(
    hook,
    `import wt from 'node:worker_threads';
import { syncBuiltinESMExports } from 'node:module';
import { writeFileSync } from 'node:fs';
const Base = wt.Worker;
let started = 0;
let killed = 0;
let inWorkers = 0;
wt.Worker = class extends Base {
  constructor(...args) {
    super(...args);
    started++;
    this.on('message', (m) => { inWorkers += m?.indexes?.length ?? 0; });
    // the first worker ends once it has been handed its first batch: an 'exit' without an 'error'
    if (process.env.GCM_TEST_KILL_FIRST && started === 1) {
      const post = this.postMessage.bind(this);
      this.postMessage = (m) => { post(m); killed++; void this.terminate(); };
    }
  }
};
syncBuiltinESMExports();
process.on('exit', () => writeFileSync(process.env.GCM_TEST_COUNT, JSON.stringify({ started, killed, inWorkers })));
`,
  );
});

function validateBatch(env: Record<string, string> = {}) {
  const count = join(dir, `count-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ['--import', hook, bin, 'validate', '--format', 'json', 'batch'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GCM_TEST_COUNT: count, ...env },
    // a hung batch fails here instead of hanging the suite
    timeout: 60_000,
  });
  return {
    status: r.status,
    signal: r.signal,
    out: r.stdout,
    counts: JSON.parse(readFileSync(count, 'utf8')) as { started: number; killed: number; inWorkers: number },
  };
}

function expectAllResults(out: string) {
  const data = JSON.parse(out) as {
    summary: { files: number; invalid: number };
    files: { file: string; status: string }[];
  };
  expect(data.summary).toMatchObject({ files: FILES, invalid: FILES / 4 });
  data.files.forEach((f, i) => {
    expect(f.file).toBe(`batch/r${String(i).padStart(3, '0')}.gcm.yaml`);
    expect(f.status).toBe(i % 4 === 1 ? 'invalid' : 'valid');
  });
}

describe('validation worker pool (built code)', () => {
  test(`a batch of ${FILES} files is checked in worker threads too (a worker started and sent back results of some files), results in input order`, () => {
    const r = validateBatch();
    expect(r.status).toBe(1);
    expect(r.counts.started).toBeGreaterThanOrEqual(1);
    expect(r.counts.inWorkers).toBeGreaterThan(0);
    expect(r.counts.inWorkers).toBeLessThan(FILES); // and the main thread checked the others
    expectAllResults(r.out);
  });

  test('a worker that ends without an error event (terminated mid-batch) does not hang the batch: its files are checked anyway', () => {
    const r = validateBatch({ GCM_TEST_KILL_FIRST: '1' });
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect(r.counts.killed).toBe(1);
    expect(r.status).toBe(1);
    expectAllResults(r.out);
  });
});
