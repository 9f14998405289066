// `npm run bench`: every benchmark in one run, each printing its measurements, ratios and
// PASS/FAIL per target. Exit 1 if a target fails. Extra arguments go to each benchmark.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
let failed = false;
for (const name of ['validate.mjs', 'render.mjs', 'docx.mjs', 'synthesis.mjs', 'fonts.mjs']) {
  const file = join(here, name);
  if (!existsSync(file)) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, [file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
console.log(failed ? '\nbench: some targets FAILED' : '\nbench: all targets met');
process.exitCode = failed ? 1 : 0;
