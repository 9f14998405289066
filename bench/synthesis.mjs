// Synthesis benchmark, measured in one run after `npm run build`: `gcm-review synthesize` on N
// reviews generated from the examples (varied: regions, cycles, objectives kept, answers dropped;
// see bench/generate-reviews.mjs), one cold process per format, median of R runs. Measured side by
// side with `gcm-review validate` on the same files (the floor: reading and checking them).
// Targets (issue 14, 200 reviews on a 2-core machine): markdown, json, csv < 2 s; html < 3 s;
// pdf < 10 s. Usage: node bench/synthesis.mjs [--n 200] [--runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './common.mjs';
import { writeReviews } from './generate-reviews.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/gcm-review.js');
const { values } = parseArgs({ strict: false, options: { n: { type: 'string', default: '200' }, runs: { type: 'string', default: '3' } } });
const N = Math.max(1, Number(values.n));
const RUNS = Math.max(1, Number(values.runs));
if (!existsSync(join(root, 'dist/synthesis/index.js'))) {
  console.error('bench/synthesis.mjs: run "npm run build" first');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'gcm-bench-synth-'));
const input = join(dir, 'reviews');
writeReviews(input, { n: N, seed: 200, duplicate: false, invalid: 0 });

function timeRun(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(`failed: gcm-review ${args.join(' ')}\n${r.stderr}`);
    process.exit(1);
  }
  return ms;
}

const TARGETS = { markdown: 2000, json: 2000, csv: 2000, html: 3000, pdf: 10000 };
let failed = false;
try {
  const validate = median(Array.from({ length: RUNS }, () => timeRun(['validate', input, '-q'])));
  console.log(`${N} generated reviews; validate (the floor): ${(validate / 1000).toFixed(2)} s`);
  for (const [format, target] of Object.entries(TARGETS)) {
    const out = join(dir, `synthesis.${format}`);
    const ms = median(Array.from({ length: RUNS }, () => timeRun(['synthesize', input, '-f', format, '-o', out, '-q'])));
    const ok = ms < target;
    if (!ok) failed = true;
    console.log(
      `synthesize -f ${format.padEnd(8)} ${(ms / 1000).toFixed(2)} s  (${(ms / validate).toFixed(1)}x validate; target < ${target / 1000} s)  ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
