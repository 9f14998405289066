// Word benchmarks (issue 13), measured after `npm run build` (imports from dist/):
//  1. `render --format docx` in a batch: N copies of examples/full-en.gcm.yaml (41 pages as PDF)
//     rendered by one renderFiles call; seconds per document. Target: < 0.5 s.
//  2. `gcm-review import` of a 100-page Word document, as a user runs it (a new process each time,
//     median of R runs). The document is the full example with every objective's answers ten
//     times over, written by gcm-review itself; its page count is measured with LibreOffice when
//     soffice is installed. Target: < 3 s.
// Usage: node bench/docx.mjs [--n 20] [--runs 3]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { machineLine, median, scratchDir, target } from './common.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  strict: false,
  options: { n: { type: 'string', default: '20' }, runs: { type: 'string', default: '3' } },
});
const N = Math.max(2, Number(values.n));
const RUNS = Math.max(1, Number(values.runs));
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
if (!existsSync(join(root, 'dist/export/docx/index.js'))) {
  console.error('bench/docx.mjs: run "npm run build" first');
  process.exit(2);
}
const { renderFiles, modelFor, loadTemplates } = await dist('render/index.js');
const { reportDocx } = await dist('export/docx/index.js');
const { checkFile } = await dist('validate/index.js');

const work = scratchDir('gcm-docx-bench-');
console.log(machineLine());

// ---- (1) batch render to Word
const example = join(root, 'examples/full-en.gcm.yaml');
const files = [];
for (let i = 0; i < N; i++) {
  const f = join(work, `copy-${String(i).padStart(3, '0')}.gcm.yaml`);
  copyFileSync(example, f);
  files.push(f);
}
await renderFiles(files.slice(0, 1), { format: 'docx', outDir: join(work, 'warm') });
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const summary = await renderFiles(files, { format: 'docx', outDir: join(work, 'out') });
const perDoc = (performance.now() - t0) / N / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuPerDoc = (cpu.user + cpu.system) / N / 1e6;
if (summary.rendered.length !== N)
  target('render --format docx batch', false, `${summary.rendered.length} of ${N} rendered`);
else
  target(
    'render --format docx, 41-page example, in a batch',
    perDoc < 0.5,
    `${perDoc.toFixed(3)} s per document over ${N}, ${cpuPerDoc.toFixed(3)} s of CPU (target < 0.5 s)`,
  );

// ---- (2) import of a 100-page document
const review = structuredClone((await checkFile(example)).review);
const COPIES = 10;
const repeated = (t) => (typeof t === 'string' ? Array(COPIES).fill(t).join('\n\n') : t);
for (const o of Object.values(review.objectives ?? {})) {
  if (o.implementation?.status) o.implementation.status = repeated(o.implementation.status);
  if (o.guiding_principles?.narrative) o.guiding_principles.narrative = repeated(o.guiding_principles.narrative);
  o.gaps_and_challenges = repeated(o.gaps_and_challenges);
  for (const p of o.promising_practices ?? []) p.description = repeated(p.description);
}
const big = join(work, 'long-review.docx');
writeFileSync(big, await reportDocx(modelFor(review, { mode: 'html', templates: await loadTemplates() })));
let pages = '';
const soffice = (process.env.PATH ?? '')
  .split(delimiter)
  .map((d) => join(d, 'soffice'))
  .find((p) => existsSync(p));
if (soffice) {
  spawnSync(
    soffice,
    [`-env:UserInstallation=file://${join(work, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, big],
    { stdio: 'ignore' },
  );
  const info = spawnSync('pdfinfo', [join(work, 'long-review.pdf')], { encoding: 'utf8' }).stdout ?? '';
  pages = /Pages:\s+(\d+)/.exec(info)?.[1] ?? '';
}
const times = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin/gcm-review.js'), 'import', big, '-o', join(work, 'long.gcm.yaml'), '--force', '-q'],
    { encoding: 'utf8' },
  );
  times.push((performance.now() - start) / 1000);
  if (r.status !== 0) {
    target('import of a 100-page document', false, `exit ${r.status}: ${r.stderr.split('\n')[0]}`);
    break;
  }
}
if (times.length === RUNS)
  target(
    `gcm-review import, ${pages ? `${pages}-page` : 'long'} Word document`,
    median(times) < 3 && (!pages || Number(pages) >= 100),
    `${median(times).toFixed(2)} s median of ${RUNS} runs (target < 3 s${pages ? `; ${pages} pages, at least 100` : '; page count not measured: no soffice'})`,
  );
