// Validation benchmarks, measured side by side in one run (interleaved, medians), after `npm run build`:
//  1. one-file `gcm-review validate` cold start vs a bare `node -e 0` (target: at most 2x)
//  2. the same file with ajv-cli against the same schema (target: gcm-review faster)
//  3. 1,000 review files in one call (target: under 2 s)
// Usage: node bench/validate.mjs [--runs 21] [--files 1000]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({ strict: false, options: { runs: { type: 'string', default: '21' }, files: { type: 'string', default: '1000' } } });
const RUNS = Number(values.runs);
const FILES = Number(values.files);
const example = join(root, 'examples/full-en.gcm.yaml');
const bin = join(root, 'bin/gcm-review.js');
const ajvCli = require.resolve('ajv-cli/dist/index.js');

function time(cmd, args, expectCode = 0) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== expectCode) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`);
  return ms;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const results = [];
function target(name, ok, detail) {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
}

console.log(`validate benchmarks (${RUNS} interleaved runs each, medians)`);
const cmds = {
  node: [process.execPath, ['-e', '0']],
  gcm: [process.execPath, [bin, 'validate', '--quiet', example]],
  ajv: [process.execPath, [ajvCli, 'validate', '-s', 'schemas/gcm-review.schema.json', '-d', example, '--spec=draft2020', '--strict=false', '-c', 'ajv-formats']],
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
try {
  for (let i = 0; i < FILES; i++) copyFileSync(example, join(dir, `r${i}.gcm.yaml`));
  time(process.execPath, [bin, 'validate', '--quiet', dir]);
  const batch = [];
  for (let i = 0; i < 5; i++) batch.push(time(process.execPath, [bin, 'validate', '--quiet', dir]));
  const mb = median(batch);
  console.log(`  ${FILES} files in one call     ${mb.toFixed(0)} ms (median of 5; ${(mb / FILES).toFixed(2)} ms a file)`);
  if (FILES === 1000) target('1,000 files in one call', mb < 2000, `${(mb / 1000).toFixed(2)} s (target < 2 s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
