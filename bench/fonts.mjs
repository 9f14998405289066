// Fonts embedded in the HTML report (issue 15 §4), measured after `npm run build` (imports from
// dist/): `render --format html` of a batch (the six examples, C copies each), time per report,
// side by side in one process (R rounds, medians, each round with nothing in memory, as a new run;
// the targets on CPU time, steadier than the wall clock on a busy machine):
//  - without fonts (GCM_REVIEW_EMBED_FONTS=0), the baseline;
//  - fonts, nothing cached (GCM_REVIEW_FONT_CACHE=0): fontconfig, the font files, the WebAssembly
//    module and every subset made. Target: <= 2.5x the baseline's CPU time (about +20 ms a report here);
//  - fonts, from the disk cache (the reports rendered again). Target: <= 2x (about +12 ms a report).
// Also: subsetting one face, median <= 50 ms; each report's size without and with its fonts.
// Usage: node bench/fonts.mjs [--runs 3] [--copies 3]
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { machineLine, median, scratchDir, target } from './common.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  strict: false,
  options: { runs: { type: 'string', default: '3' }, copies: { type: 'string', default: '3' } },
});
const RUNS = Math.max(1, Number(values.runs));
const COPIES = Math.max(1, Number(values.copies));
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
if (!existsSync(join(root, 'dist/render/fonts.js'))) {
  console.error('bench/fonts.mjs: run "npm run build" first');
  process.exit(2);
}
const { renderFiles } = await dist('render/index.js');
const { embedFonts, clearFontCaches } = await dist('render/fonts.js');

const work = scratchDir('gcm-fonts-bench-');
console.log(machineLine());

const names = ['full-en', 'review-ar', 'bilingual-en-fr', 'draft-fr', 'stakeholder-es', 'plan-pledges-en'];
const files = [];
for (let c = 0; c < COPIES; c++)
  for (const n of names) {
    const f = join(work, `${n}-${c}.gcm.yaml`);
    copyFileSync(join(root, 'examples', `${n}.gcm.yaml`), f);
    files.push(f);
  }
const cacheHome = join(work, 'cache');
const modes = {
  'without fonts': { ...process.env, GCM_REVIEW_EMBED_FONTS: '0' },
  'fonts, nothing cached': { ...process.env, GCM_REVIEW_FONT_CACHE: '0' },
  'fonts, from the disk cache': { ...process.env, XDG_CACHE_HOME: cacheHome },
};
// fill the disk cache once
await renderFiles(files, { format: 'html', outDir: join(work, 'warm'), env: modes['fonts, from the disk cache'] });
const times = Object.fromEntries(Object.keys(modes).map((k) => [k, []]));
const cpuTimes = Object.fromEntries(Object.keys(modes).map((k) => [k, []]));
for (let r = 0; r < RUNS; r++)
  for (const [mode, env] of Object.entries(modes)) {
    // each run as a new process would start: nothing in memory
    clearFontCaches();
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    const s = await renderFiles(files, { format: 'html', outDir: join(work, 'out'), env });
    const cpu = process.cpuUsage(cpu0);
    if (s.rendered.length !== files.length)
      throw new Error(`${mode}: ${s.rendered.length} of ${files.length} rendered`);
    times[mode].push((performance.now() - t) / files.length);
    cpuTimes[mode].push((cpu.user + cpu.system) / 1000 / files.length);
  }
for (const mode of Object.keys(modes))
  console.log(
    `${mode.padEnd(28)} ${median(times[mode]).toFixed(1)} ms per report, ${median(cpuTimes[mode]).toFixed(1)} ms of CPU`,
  );

// sizes and time per face, one report of each
console.log('');
const perFace = [];
clearFontCaches();
for (const n of names) {
  const plain = readFileSync(join(work, 'out', `${n}-0.html`), 'utf8');
  await renderFiles([join(work, `${n}-0.gcm.yaml`)], {
    format: 'html',
    outDir: join(work, 'plain'),
    env: modes['without fonts'],
  });
  const before = readFileSync(join(work, 'plain', `${n}-0.html`), 'utf8');
  const r = embedFonts(before, { env: modes['fonts, nothing cached'] });
  perFace.push(...r.faces.map((f) => f.ms));
  console.log(
    `${n.padEnd(16)} ${(before.length / 1024).toFixed(0).padStart(4)} kB → ${(plain.length / 1024).toFixed(0).padStart(4)} kB (+${((plain.length / before.length - 1) * 100).toFixed(0)}%), ${r.faces.length} faces`,
  );
}
// CPU time: on a busy 2-core machine the wall clock of a 20 ms report moves by more than the fonts cost
const base = median(cpuTimes['without fonts']);
const cold = median(cpuTimes['fonts, nothing cached']);
const warm = median(cpuTimes['fonts, from the disk cache']);
console.log('');
target(
  'subsetting one face',
  median(perFace) <= 50,
  `${median(perFace).toFixed(1)} ms median, ${Math.max(...perFace).toFixed(1)} ms at most (target median <= 50 ms)`,
);
target(
  'render --format html with fonts, nothing cached',
  cold <= 2.5 * base,
  `${(cold / base).toFixed(2)}x the CPU time of the report without fonts (target <= 2.5x)`,
);
target(
  'render --format html with fonts, from the disk cache',
  warm <= 2 * base,
  `${(warm / base).toFixed(2)}x the CPU time of the report without fonts (target <= 2x)`,
);
