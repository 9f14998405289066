// Rendering benchmarks, measured in one run after `npm run build` (imports from dist/). The machine
// may be busy, so gcm-review and what it is compared with run interleaved, round after round, and
// every ratio is taken within one round (side by side); the range over the rounds is printed.
//  1. gcm-review's batch renderer: `gcm-review render DIR` on N copies of examples/full-en.gcm.yaml
//     (one browser, 2 pages at a time), seconds per report; then, in separate runs, the peak
//     memory of its whole process tree (sum of PSS from /proc/*/smaps_rollup, sampled every 50 ms)
//  2. a browser launched per report (puppeteer-core, same browser, setContent + page.pdf)
//  3. `chromium --headless --print-to-pdf` per file, on the same HTML (the full chromium binary)
//  3b. `chromium-headless-shell --print-to-pdf` per file: the fastest command line a user could pick
//  4. the bare warm page.pdf floor: same HTML, same browser binary, launched once, 2 pages reused,
//     setContent + page.pdf and nothing else (no table-of-contents work, no post-processing)
//  4b. for information, the same floor in a headless shell started with --enable-begin-frame-control
//     (pages draw no screen frames), as gcm-review starts its own
//  plus cold single-file `gcm-review render` against one run of each command line (interleaved).
// Targets (issue 11 §5): (1)/(4) <= 1.10x in each round's median; cold single file <= 0.60x of
// `chromium --print-to-pdf`; peak PSS <= 600 MiB. The CLI ratios are reported, not targets.
// Usage: node bench/render.mjs [--n 50] [--slow 10] [--cold-runs 5] [--rounds 3]
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { machineLine, median, scratchDir, target } from './common.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  strict: false,
  options: {
    n: { type: 'string', default: '50' },
    slow: { type: 'string', default: '10' },
    'cold-runs': { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
  },
});
const ROUNDS = Math.max(1, Number(values.rounds));
const N = Math.max(2, Number(values.n));
const SLOW = Math.max(1, Math.min(N, Number(values.slow)));
const COLD_RUNS = Math.max(1, Number(values['cold-runs']));
const example = join(root, 'examples/full-en.gcm.yaml');
const bin = join(root, 'bin/gcm-review.js');

const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
if (!existsSync(join(root, 'dist/render/index.js'))) {
  console.error('bench/render.mjs: run "npm run build" first');
  process.exit(2);
}
const { findBrowser, launchArgs } = await dist('render/browser.js');
const { SHELL_ARGS } = await dist('render/launch.js');
const { loadTemplates, modelFor, htmlForModel, ChromiumRenderer, readDestinations } = await dist('render/index.js');
const { checkFile } = await dist('validate/index.js');
const { default: puppeteer } = await import('puppeteer-core');

const candidate = findBrowser();
if (!candidate) {
  console.error('bench/render.mjs: no browser found (see gcm-review doctor)');
  process.exit(2);
}
const which = (name) => (process.env.PATH ?? '').split(delimiter).map((d) => join(d, name)).find((p) => existsSync(p));
const chromiumCli = which('chromium') ?? which('chromium-browser') ?? which('google-chrome');
const shellCli = which('chromium-headless-shell');
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true };

const s = (ms) => `${(ms / 1000).toFixed(3)} s`;

// ---- the document every baseline prints: the final HTML of the report (page numbers filled in)
const work = scratchDir('gcm-render-bench-');
const templates = await loadTemplates();
const review = (await checkFile(example)).review;
const pdfHtml = htmlForModel(modelFor(review, { mode: 'pdf', templates, paper: 'A4' }), templates);
let finalHtml;
let pages;
{
  const r = await ChromiumRenderer.start({ browser: candidate, jobs: 1 });
  const out = await r.pdf(pdfHtml, { paper: 'A4' });
  await r.close();
  const { dests } = await readDestinations(out.pdf);
  pages = out.pages;
  finalHtml = pdfHtml
    .replace('class="gcm-paginate ', 'class="')
    .replace(/(data-page-of="([^"]+)">)0</g, (_, open, id) => `${open}${dests.get(id) ?? 0}<`);
}
const finalFile = join(work, 'report.html');
writeFileSync(finalFile, finalHtml);
console.log(`render benchmarks: ${N} reports of ${pages} pages (examples/full-en.gcm.yaml), browser ${candidate.path} (headless ${candidate.headless})`);
console.log(`slow baselines (2, 3) measured on ${SLOW} files; command lines, a fresh profile each run${asRoot ? ', --no-sandbox as root' : ''}:`);
console.log(`  (3)  ${chromiumCli ?? 'chromium: not found'} --headless --print-to-pdf`);
console.log(`  (3b) ${shellCli ?? 'chromium-headless-shell: not found'} --print-to-pdf`);
console.log(`${ROUNDS} rounds of batch + floor (${N} reports each), then memory, then ${COLD_RUNS} interleaved cold runs`);
console.log(machineLine());

// ---- (1) gcm-review's batch renderer, as users run it, with the process tree's memory
function pss(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
function tree(rootPid) {
  const parent = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(d), ppid);
    } catch {
      /* gone */
    }
  }
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++) for (const [p, pp] of parent) if (pp === pids[i]) pids.push(p);
  return pids;
}
/**
 * Runs `gcm-review render` on `count` copies. With `sample`, the PSS of its process tree is read
 * every 50 ms; reading smaps_rollup slows the processes read, so the timed run is a separate one.
 */
async function batchRun(count, sample) {
  const inDir = join(work, 'batch');
  const outDir = join(work, 'batch-out');
  rmSync(inDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(inDir);
  for (let i = 0; i < count; i++) copyFileSync(example, join(inDir, `r${String(i).padStart(3, '0')}.gcm.yaml`));
  const t0 = performance.now();
  const child = spawn(process.execPath, [bin, 'render', inDir, '--out', outDir, '--jobs', '2', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const timer = sample
    ? setInterval(() => {
        const total = tree(child.pid).reduce((a, p) => a + pss(p), 0);
        if (total > peak) peak = total;
      }, 50)
    : undefined;
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`gcm-review render exited ${code}: ${stderr}`);
  const made = readdirSync(outDir).filter((f) => f.endsWith('.pdf')).length;
  if (made !== count) throw new Error(`expected ${count} PDFs, got ${made}`);
  return { perReport: ms / count, total: ms, peak };
}

// ---- (4) the warm floor: same HTML, one browser, 2 pages, setContent + page.pdf, nothing else
async function floorRun(browser, count) {
  const tabs = [await browser.newPage(), await browser.newPage()];
  for (const p of tabs) {
    await p.setJavaScriptEnabled(false);
    await p.emulateMediaType('print');
  }
  const once = async (p) => {
    await p.setContent(finalHtml, { waitUntil: 'load' });
    await p.pdf(PDF_OPTIONS);
  };
  await Promise.all(tabs.map(once)); // warm
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    tabs.map(async (p) => {
      while (next < count) {
        next++;
        await once(p);
      }
    }),
  );
  const ms = performance.now() - t0;
  for (const p of tabs) await p.close();
  return ms / count;
}

// ---- (2) a browser launched per report
async function perLaunchRun(count) {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const b = await puppeteer.launch({ executablePath: candidate.path, headless: candidate.headless, args: launchArgs(), pipe: true });
    const p = await b.newPage();
    await p.setContent(finalHtml, { waitUntil: 'load' });
    await p.pdf(PDF_OPTIONS);
    await b.close();
  }
  return (performance.now() - t0) / count;
}

// ---- (3) chromium --print-to-pdf per file: the plain command a user would type, each run with a
// fresh profile as on a clean CI machine (--no-sandbox only when running as root)
function cliOnce(out, exe = chromiumCli) {
  const profile = mkdtempSync(join(work, 'cli-profile-'));
  const args = [`--user-data-dir=${profile}`, `--print-to-pdf=${out}`];
  if (exe === chromiumCli) args.unshift('--headless');
  if (asRoot) args.push('--no-sandbox');
  const t0 = performance.now();
  const r = spawnSync(exe, [...args, pathToFileURL(finalFile).href], { stdio: 'ignore', timeout: 120_000 });
  const ms = performance.now() - t0;
  rmSync(profile, { recursive: true, force: true });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`${exe} --print-to-pdf failed (exit ${r.status})`);
  rmSync(out);
  return ms;
}

// ---- cold single file: `gcm-review render one` vs one CLI run, interleaved
function coldOnce() {
  const outDir = join(work, 'cold-out');
  rmSync(outDir, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'render', example, '--out', outDir, '--quiet'], { stdio: 'ignore' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cold gcm-review render exited ${r.status}`);
  return ms;
}

const f2 = (x) => x.toFixed(2);
const range = (xs) => (xs.length > 1 ? `${f2(Math.min(...xs))}–${f2(Math.max(...xs))}x` : `${f2(xs[0])}x`);

// batch and floor, interleaved round by round (the floor on a browser of its own, as the batch has)
const rounds = [];
for (let i = 0; i < ROUNDS; i++) {
  const batch = await batchRun(N, false);
  const browser = await puppeteer.launch({ executablePath: candidate.path, headless: candidate.headless, args: launchArgs(), pipe: true });
  const floor = await floorRun(browser, N);
  await browser.close();
  // (4b), for information: the same floor in a browser that draws no frames, as gcm-review's does
  let noFrames;
  if (candidate.headless === 'shell') {
    const quiet = await puppeteer.launch({ executablePath: candidate.path, headless: candidate.headless, args: [...launchArgs(), ...SHELL_ARGS], pipe: true });
    noFrames = await floorRun(quiet, N);
    await quiet.close();
  }
  rounds.push({ batch: batch.perReport, floor, ratio: batch.perReport / floor, noFrames });
  console.log(`  round ${i + 1}: batch ${s(batch.perReport)} per report, floor ${s(floor)}: ${f2(batch.perReport / floor)}x${noFrames ? `; floor without frames ${s(noFrames)}: ${f2(batch.perReport / noFrames)}x` : ''}`);
}
const MEM_N = Math.min(N, 20);
const peaks = [];
for (let i = 0; i < Math.min(ROUNDS, 2); i++) peaks.push((await batchRun(MEM_N, true)).peak);
const peak = Math.max(...peaks);

// the slow baselines, each per file
const perLaunch = await perLaunchRun(SLOW);
const cliRuns = async (exe) => {
  if (!exe) return undefined;
  cliOnce(join(work, 'warm.pdf'), exe); // file cache
  const t = [];
  for (let i = 0; i < SLOW; i++) t.push(cliOnce(join(work, `cli-${i}.pdf`), exe));
  return t.reduce((a, b) => a + b, 0) / t.length;
};
const cliPer = await cliRuns(chromiumCli);
const shellPer = await cliRuns(shellCli);

// cold single file: gcm-review, chromium, headless shell, one after the other, COLD_RUNS times
const cold = [];
coldOnce();
for (let i = 0; i < COLD_RUNS; i++) {
  const g = coldOnce();
  const c = chromiumCli ? cliOnce(join(work, `cold-cli-${i}.pdf`)) : undefined;
  const h = shellCli ? cliOnce(join(work, `cold-shell-${i}.pdf`), shellCli) : undefined;
  cold.push({ g, c, h });
}
const coldG = median(cold.map((x) => x.g));
const coldC = chromiumCli ? median(cold.map((x) => x.c)) : undefined;
const coldH = shellCli ? median(cold.map((x) => x.h)) : undefined;
const coldVsC = chromiumCli ? cold.map((x) => x.g / x.c) : [];
const coldVsH = shellCli ? cold.map((x) => x.g / x.h) : [];

const batchMed = median(rounds.map((r) => r.batch));
const floorMed = median(rounds.map((r) => r.floor));
const ratioMed = median(rounds.map((r) => r.ratio));
console.log('\nseconds per report (medians over the rounds)');
console.log(`  (1)  gcm-review render, batch of ${N}, 2 at a time       ${s(batchMed)}   (browser start included)`);
console.log(`  (2)  a browser launched per report (${SLOW} files)           ${s(perLaunch)}`);
console.log(`  (3)  chromium --print-to-pdf per file (${SLOW} files)        ${cliPer ? s(cliPer) : 'n/a (no chromium binary)'}`);
console.log(`  (3b) chromium-headless-shell --print-to-pdf (${SLOW} files)  ${shellPer ? s(shellPer) : 'n/a (not installed)'}`);
console.log(`  (4)  bare warm page.pdf floor, 2 pages, ${N} reports      ${s(floorMed)}`);
const framesMed = rounds[0].noFrames ? median(rounds.map((r) => r.noFrames)) : undefined;
if (framesMed) console.log(`  (4b) the same floor, pages drawing no frames (${SHELL_ARGS.join(' ')}) ${s(framesMed)}`);
console.log(`  cold single file (medians of ${COLD_RUNS}): gcm-review render ${s(coldG)}, chromium --print-to-pdf ${coldC ? s(coldC) : 'n/a'}, chromium-headless-shell --print-to-pdf ${coldH ? s(coldH) : 'n/a'}`);
console.log(`  peak memory of gcm-review's process tree (PSS)       ${peaks.map((p) => (p / 2 ** 20).toFixed(0)).join(', ')} MiB (runs of ${MEM_N}, sampled every 50 ms)`);
console.log('ratios (each taken within one round; range over the rounds)');
console.log(`  batch/floor ${range(rounds.map((r) => r.ratio))} (median ${f2(ratioMed)}x)`);
if (framesMed) console.log(`  batch/floor without frames ${range(rounds.map((r) => r.batch / r.noFrames))} (median ${f2(median(rounds.map((r) => r.batch / r.noFrames)))}x; for information: gcm-review's own browser draws none)`);
console.log(`  per file: chromium CLI/batch ${cliPer ? `${(cliPer / batchMed).toFixed(1)}x` : 'n/a'}, headless-shell CLI/batch ${shellPer ? `${(shellPer / batchMed).toFixed(1)}x` : 'n/a'}, per-launch/batch ${(perLaunch / batchMed).toFixed(1)}x`);
console.log(`  cold: gcm-review/chromium CLI ${coldVsC.length ? range(coldVsC) : 'n/a'}, gcm-review/headless-shell CLI ${coldVsH.length ? range(coldVsH) : 'n/a'}\n`);

target('batch vs bare warm page.pdf floor', ratioMed <= 1.1, `${f2(ratioMed)}x the floor, median of ${ROUNDS} rounds (range ${range(rounds.map((r) => r.ratio))}; target <= 1.10x)`);
if (coldC) target('cold single file vs chromium --print-to-pdf', coldG / coldC <= 0.6, `${f2(coldG / coldC)}x the CLI's time (medians; per run ${range(coldVsC)}; target <= 0.60x)`);
else target('cold single file vs chromium --print-to-pdf', false, 'no chromium binary to compare with');
target('peak memory at 2 jobs', peak <= 600 * 2 ** 20, `${(peak / 2 ** 20).toFixed(0)} MiB PSS, the higher of ${peaks.length} runs (target <= 600 MiB)`);
