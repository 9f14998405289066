// Validation benchmarks, measured side by side in one run (interleaved, medians), after `npm run build`:
//  1. one-file `gcm-review validate` cold start vs a bare `node -e 0` (target: at most 2x)
//  2. the same file with ajv-cli against the same schema (target: gcm-review faster)
//  3. 1,000 review files in one call (target: <= 1.5 s), beside the floors measured in the same run:
//     one node process that only reads and parses the same files (js-yaml), on one thread and on
//     two (this thread and a worker taking files from one shared counter, as the validation pool
//     does: what the batch would cost if checking a file cost nothing beyond parsing it)
//  4. error storms (issue: untrusted input): 1,000 files with a few errors each (target: <= 2.5 s,
//     and <= 1.67x the valid batch, run interleaved with it), and one 9 MB file with 100,000 errors
//     (target: <= 2 s and <= 300 MB peak RSS; the ratio to reading + parsing it alone is printed)
//  5. a 9 MB file with a YAML syntax error, which the fast parser declines (target: <= 1.5 s)
// Usage: node bench/validate.mjs [--runs 21] [--files 1000]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { median, target } from './common.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({
  strict: false,
  options: { runs: { type: 'string', default: '21' }, files: { type: 'string', default: '1000' } },
});
const RUNS = Number(values.runs);
const FILES = Number(values.files);
const example = join(root, 'examples/full-en.gcm.yaml');
const bin = join(root, 'bin/gcm-review.js');
const ajvCli = require.resolve('ajv-cli/dist/index.js');

// the floor: read and parse the given files (or every file of the given folders) in one process
const FLOOR = `
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from ${JSON.stringify(require.resolve('js-yaml'))};
let n = 0;
for (const a of process.argv.slice(1)) {
  const files = statSync(a).isDirectory() ? readdirSync(a).map((f) => join(a, f)) : [a];
  for (const f of files) { try { yaml.load(readFileSync(f, 'utf8')); } catch {} n++; }
}
`;
const floorArgs = (...paths) => ['--input-type=module', '-e', FLOOR, ...paths];
// the same on two threads: this one and a worker take the files of a folder from one shared counter
const FLOOR2 = `
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import yaml from ${JSON.stringify(require.resolve('js-yaml'))};
const run = ({ files, next }) => {
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    try { yaml.load(readFileSync(files[i], 'utf8')); } catch {}
  }
};
if (isMainThread) {
  const dir = process.argv[2];
  const job = { files: readdirSync(dir).map((f) => join(dir, f)), next: new Int32Array(new SharedArrayBuffer(4)) };
  const w = new Worker(new URL(import.meta.url), { workerData: job });
  run(job);
  await new Promise((r) => w.on('exit', r));
} else run(workerData);
`;

function time(cmd, args, expectCode = 0) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== expectCode) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`);
  return ms;
}

console.log(`validate benchmarks (${RUNS} interleaved runs each, medians)`);
const cmds = {
  node: [process.execPath, ['-e', '0']],
  gcm: [process.execPath, [bin, 'validate', '--quiet', example]],
  ajv: [
    process.execPath,
    [
      ajvCli,
      'validate',
      '-s',
      'schemas/gcm-review.schema.json',
      '-d',
      example,
      '--spec=draft2020',
      '--strict=false',
      '-c',
      'ajv-formats',
    ],
  ],
};
for (const [c, a] of Object.values(cmds)) time(c, a); // warm the file cache
const samples = { node: [], gcm: [], ajv: [] };
for (let i = 0; i < RUNS; i++) for (const [k, [c, a]] of Object.entries(cmds)) samples[k].push(time(c, a));
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
console.log(`  node -e 0                     ${m.node.toFixed(1)} ms`);
console.log(`  gcm-review validate (1 file)  ${m.gcm.toFixed(1)} ms`);
console.log(`  ajv-cli validate (same file)  ${m.ajv.toFixed(1)} ms`);
target('cold start vs node -e 0', m.gcm / m.node <= 2, `ratio ${(m.gcm / m.node).toFixed(2)}x (target <= 2x)`);
target('faster than ajv-cli', m.gcm < m.ajv, `ratio ${(m.gcm / m.ajv).toFixed(2)}x of ajv-cli (target < 1x)`);

const dir = mkdtempSync(join(tmpdir(), 'gcm-bench-'));
const stormDir = mkdtempSync(join(tmpdir(), 'gcm-bench-storm-'));
const floor2File = join(dir, '..', `${dir.split(/[\\/]/).pop()}-floor2.mjs`);
try {
  const text = readFileSync(example, 'utf8');
  // a few errors each: a wrong status, an unknown field, a bad date (the file stays a review)
  const broken = text
    .replace('status: final', 'status: finished')
    .replace('  cycle: imrf_2026', '  cycle: imrf_2026\n  cylce: imrf_2026')
    .replace('date: "2025-11-28"', 'date: "28/11/2025"');
  for (let i = 0; i < FILES; i++) {
    copyFileSync(example, join(dir, `r${i}.gcm.yaml`));
    writeFileSync(join(stormDir, `r${i}.gcm.yaml`), broken);
  }
  // the two-thread floor runs from a file (a worker needs one to start from)
  writeFileSync(floor2File, FLOOR2);
  const floor2Args = [floor2File, dir];
  time(process.execPath, [bin, 'validate', '--quiet', dir]);
  time(process.execPath, [bin, 'validate', '--quiet', stormDir], 1);
  time(process.execPath, floorArgs(dir));
  time(process.execPath, floor2Args);
  const batch = [];
  const floor = [];
  const floor2 = [];
  const inv = [];
  for (let i = 0; i < 5; i++) {
    batch.push(time(process.execPath, [bin, 'validate', '--quiet', dir]));
    floor.push(time(process.execPath, floorArgs(dir)));
    floor2.push(time(process.execPath, floor2Args));
    inv.push(time(process.execPath, [bin, 'validate', '--quiet', stormDir], 1));
  }
  const mb = median(batch);
  const mf = median(floor);
  const mf2 = median(floor2);
  const mi = median(inv);
  console.log(
    `  ${FILES} files in one call     ${mb.toFixed(0)} ms (median of 5; ${(mb / FILES).toFixed(2)} ms a file)`,
  );
  console.log(`  floor: read + parse only      ${mf.toFixed(0)} ms (one thread; ratio ${(mb / mf).toFixed(2)}x)`);
  console.log(`  floor on two threads          ${mf2.toFixed(0)} ms (ratio ${(mb / mf2).toFixed(2)}x)`);
  if (FILES === 1000) target('1,000 files in one call', mb <= 1500, `${(mb / 1000).toFixed(2)} s (target <= 1.5 s)`);
  console.log(`  ${FILES} invalid files          ${mi.toFixed(0)} ms (median of 5)`);
  if (FILES === 1000)
    target('1,000 invalid files in one call', mi <= 2500, `${(mi / 1000).toFixed(2)} s (target <= 2.5 s)`);
  target(
    'invalid batch vs valid batch',
    mi / mb <= 2.5 / 1.5,
    `ratio ${(mi / mb).toFixed(2)}x (target <= 1.67x, the ratio of the two targets)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(floor2File, { force: true });
}

// ---- error storms ----
try {
  // 9 MB, 100,000 errors: statistics rows with a list for a value and a word for a year
  const rows = [];
  for (let i = 0; i < 100000; i++)
    rows.push(
      `        - indicator: Number of people counted in district ${i}\n          value: [${i}]\n          year: soon\n`,
    );
  const big = join(stormDir, 'storm.gcm.yaml');
  writeFileSync(
    big,
    'format_version: 1\nmetadata:\n  submitter: {type: member_state, country: QMA}\n  cycle: imrf_2026\n  languages: [en]\n  status: draft\nobjectives:\n  1:\n    implementation:\n      status: text\n      statistics:\n' +
      rows.join(''),
  );
  const size = statSync(big).size;
  const storm = [];
  let rss = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'validate', '--max-size', '20mb', big], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    });
    storm.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 1) throw new Error(`storm: exit ${r.status}: ${r.stderr}`);
    rss = Math.max(rss, Number(/(\d+)\s*$/.exec(r.stderr)?.[1] ?? 0) / 1024);
  }
  const ms = median(storm);
  const stormFloor = [];
  for (let i = 0; i < 3; i++) stormFloor.push(time(process.execPath, floorArgs(big)));
  const msf = median(stormFloor);
  console.log(
    `  ${(size / 1048576).toFixed(1)} MB file, 100,000 errors  ${ms.toFixed(0)} ms (median of 3), peak RSS ${rss.toFixed(0)} MB; read + parse only ${msf.toFixed(0)} ms (ratio ${(ms / msf).toFixed(2)}x)`,
  );
  target(
    '9 MB error storm',
    ms <= 2000 && rss <= 300,
    `${(ms / 1000).toFixed(2)} s, ${rss.toFixed(0)} MB (target <= 2 s, <= 300 MB)`,
  );

  // the same file with one YAML syntax error half-way: the fast parser declines it, the precise one
  // reads it (only around the error: load/window.ts)
  const lines = readFileSync(big, 'utf8').split('\n');
  const half = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('        - indicator:'));
  lines[half] = lines[half].replace('indicator:', 'indicator');
  const syntax = join(stormDir, 'syntax.gcm.yaml');
  writeFileSync(syntax, lines.join('\n'));
  const syn = [];
  for (let i = 0; i < 3; i++) syn.push(time(process.execPath, [bin, 'validate', '--max-size', '20mb', syntax], 1));
  const mss = median(syn);
  console.log(
    `  ${(size / 1048576).toFixed(1)} MB file, YAML error      ${mss.toFixed(0)} ms (median of 3; ratio to read + parse of the storm file ${(mss / msf).toFixed(2)}x)`,
  );
  target(
    '9 MB file with a YAML syntax error (precise path)',
    mss <= 1500,
    `${(mss / 1000).toFixed(2)} s (target <= 1.5 s)`,
  );
} finally {
  rmSync(stormDir, { recursive: true, force: true });
}
