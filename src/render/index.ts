// Rendering reports: review files → PDF and/or HTML, one file or hundreds. The public API of
// src/render for the CLI and the wizard:
//
//   renderFiles(files, options)   validate, render, write atomically; never throws for a bad file
//   reportHtml(review, options)   one review → the HTML document (no browser needed)
//   ChromiumRenderer              the browser pool, for callers printing many documents
//
// A file that does not validate is skipped with its diagnostics; a file whose rendering fails
// (after one retry) is reported as failed; the others are rendered. Usage problems (bad template,
// no browser, two inputs writing the same output) throw a UserError (exit code 2).
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError, type Diagnostic } from '../diagnostics/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { Paper, ReportOrder } from '../model/index.js';
import { checkFile } from '../validate/index.js';
import type { BrowserCandidate } from './browser.js';
import { ChromiumRenderer, locateBrowser, type RenderHooks } from './chromium.js';
import { htmlForModel, modelFor } from './html.js';
import { TemplateError, loadTemplates } from './templates.js';

export { reportHtml, htmlForModel, modelFor, pageCss, PAPER_SIZES, PAGE_MARGINS } from './html.js';
export { loadTemplates, TemplateError, HELPERS, DEFAULT_TEMPLATE_DIR, type TemplateSet } from './templates.js';
export { ChromiumRenderer, locateBrowser, type RenderHooks, type PdfOutput } from './chromium.js';
export { readDestinations } from './pdf-read.js';

export type OutputFormat = 'pdf' | 'html' | 'both';

export interface RenderOptions {
  /** pdf (default), html, or both. */
  format?: OutputFormat;
  /** Folder for the reports; default: beside each input file. Created if missing. */
  outDir?: string;
  /** Report language; default: each review's first language. */
  lang?: string;
  paper?: Paper;
  /** Folder with custom templates (report.hbs, partials/*.hbs, styles.css, theme.css, logo.*). */
  templateDir?: string;
  order?: ReportOrder;
  /** Reports printed at once; default 2. */
  jobs?: number;
  /** Browser to use instead of findBrowser(). */
  browser?: BrowserCandidate;
  env?: NodeJS.ProcessEnv;
  /** Stops the batch: files not started are left out, running ones are abandoned. */
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  hooks?: RenderHooks;
  /** Time allowed per report, in milliseconds (default 120 000). */
  timeoutMs?: number;
}

export type FileStatus = 'rendered' | 'skipped' | 'failed';

export interface FileOutcome {
  file: string;
  status: FileStatus;
  /** Files written. */
  outputs: string[];
  /** Validation problems (skipped files). */
  diagnostics: Diagnostic[];
  /** Why rendering failed. */
  error?: string;
  /** PDF page count. */
  pages?: number;
  /** page.pdf() calls (1 when the predicted table-of-contents numbers were right). */
  passes?: number;
  /** 2 when the browser crashed and the file was retried. */
  attempts?: number;
  ms: number;
}

export interface RenderSummary {
  files: FileOutcome[];
  rendered: FileOutcome[];
  skipped: FileOutcome[];
  failed: FileOutcome[];
  /** Browsers started (more than 1 after a crash). */
  launches: number;
  cancelled: boolean;
  ms: number;
}

export type ProgressEvent =
  | { type: 'start'; total: number; format: OutputFormat }
  | { type: 'file-start'; file: string; index: number; total: number }
  | { type: 'file-done'; outcome: FileOutcome; done: number; total: number };

/** "reviews/mexico.gcm.yaml" → "mexico". */
export function reportBaseName(file: string): string {
  return basename(file).replace(/(\.gcm)?\.ya?ml$/i, '') || basename(file);
}

export interface OutputPaths {
  pdf?: string;
  html?: string;
}

/** Where each input's reports go. Throws a UserError when two inputs would write the same file. */
export function outputPaths(
  files: readonly string[],
  opts: Pick<RenderOptions, 'format' | 'outDir'>,
): Map<string, OutputPaths> {
  const format = opts.format ?? 'pdf';
  const out = new Map<string, OutputPaths>();
  const owner = new Map<string, string>();
  for (const f of files) {
    const dir = opts.outDir ?? dirname(f);
    const base = join(dir, reportBaseName(f));
    const paths: OutputPaths = {};
    if (format !== 'html') paths.pdf = `${base}.pdf`;
    if (format !== 'pdf') paths.html = `${base}.html`;
    for (const p of Object.values(paths) as string[]) {
      const key = resolve(p);
      const other = owner.get(key);
      if (other !== undefined && other !== f) {
        throw new UserError(
          `${other} and ${f} would both be written to ${p}`,
          2,
          'Give the input files different names, or render them into different folders (--out).',
        );
      }
      owner.set(key, f);
    }
    out.set(f, paths);
  }
  return out;
}

/** Validates and renders review files. Resolves with what happened to each file. */
export async function renderFiles(files: readonly string[], options: RenderOptions = {}): Promise<RenderSummary> {
  const started = performance.now();
  const format = options.format ?? 'pdf';
  const paper = options.paper ?? 'A4';
  const order = options.order ?? 'objective';
  if (files.includes('-')) {
    throw new UserError(
      'render reads review files, not standard input',
      2,
      'Save the review to a file (e.g. review.gcm.yaml) and render that.',
    );
  }
  const paths = outputPaths(files, options);
  const templates = await loadTemplates(options.templateDir);

  let renderer: ChromiumRenderer | undefined;
  let rendererReady: Promise<ChromiumRenderer> | undefined;
  if (format !== 'html' && files.length) {
    const candidate = options.browser ?? locateBrowser(options.env);
    // load puppeteer before the files: the browser then starts while they are checked and built
    // (loading it alongside that work would delay both)
    await import('puppeteer-core');
    // start the browser while the first files are being checked
    rendererReady = ChromiumRenderer.start({
      browser: candidate,
      jobs: options.jobs ?? 2,
      ...(options.hooks ? { hooks: options.hooks } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    rendererReady.catch(() => {});
  }
  if (options.outDir) {
    try {
      await mkdir(options.outDir, { recursive: true });
    } catch (err) {
      await (await rendererReady?.catch(() => undefined))?.close();
      throw new UserError(
        `cannot create the folder ${options.outDir} for the reports: ${await whyNotWritable(options.outDir, err)}`,
        2,
        'Choose another folder with --out, or check its permissions.',
      );
    }
  }

  const outcomes: FileOutcome[] = new Array(files.length);
  const total = files.length;
  let next = 0;
  let done = 0;
  let fatal: unknown;
  let cancelled = false;
  const onAbort = () => {
    cancelled = true;
    void renderer?.close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  options.onProgress?.({ type: 'start', total, format });

  const worker = async () => {
    for (;;) {
      if (fatal !== undefined || options.signal?.aborted) return;
      const index = next++;
      if (index >= total) return;
      const file = files[index]!;
      options.onProgress?.({ type: 'file-start', file, index, total });
      const outcome = await renderOne(file, paths.get(file)!);
      outcomes[index] = outcome;
      done++;
      options.onProgress?.({ type: 'file-done', outcome, done, total });
    }
  };

  const renderOne = async (file: string, out: OutputPaths): Promise<FileOutcome> => {
    const t0 = performance.now();
    const base = { file, outputs: [] as string[], diagnostics: [] as Diagnostic[] };
    const checked = await checkFile(file);
    if (!checked.review || checked.diagnostics.some((d) => d.severity === 'error')) {
      return { ...base, status: 'skipped', diagnostics: checked.diagnostics, ms: performance.now() - t0 };
    }
    const review = checked.review;
    const outcome: FileOutcome = { ...base, status: 'rendered', ms: 0 };
    const errors: string[] = [];
    const fail = (err: unknown) => {
      if (err instanceof TemplateError || (err instanceof UserError && !renderer)) fatal ??= err;
      errors.push(options.signal?.aborted ? 'cancelled' : describeError(err));
    };
    // each output on its own: the HTML report never depends on the PDF succeeding
    if (out.html) {
      try {
        const html = htmlForModel(
          modelFor(review, { mode: 'html', paper, order, templates, ...(options.lang ? { lang: options.lang } : {}) }),
          templates,
        );
        await writeFileAtomic(out.html, html);
        outcome.outputs.push(out.html);
      } catch (err) {
        fail(err);
      }
    }
    if (out.pdf) {
      try {
        const model = modelFor(review, {
          mode: 'pdf',
          paper,
          order,
          templates,
          ...(options.lang ? { lang: options.lang } : {}),
        });
        const html = htmlForModel(model, templates);
        if (!renderer) renderer = await rendererReady!;
        const res = await renderer.pdf(html, { paper, key: file });
        if (options.signal?.aborted) throw new Error('cancelled');
        if (out.pdf && !options.outDir) await mkdir(dirname(out.pdf), { recursive: true });
        await writeFileAtomic(out.pdf, res.pdf);
        outcome.outputs.unshift(out.pdf);
        outcome.pages = res.pages;
        outcome.passes = res.passes;
        outcome.attempts = res.attempts;
      } catch (err) {
        fail(err);
      }
    }
    if (errors.length) {
      outcome.status = 'failed';
      outcome.error = errors.join('; ');
    }
    outcome.ms = performance.now() - t0;
    return outcome;
  };

  // one more worker than browser pages: the next document is validated and built while the
  // pages print, so a page never waits for Node
  const workers = Math.max(1, Math.min(total, format === 'html' ? 1 : (options.jobs ?? 2) + 1));
  try {
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (!renderer && rendererReady) renderer = await rendererReady.catch(() => undefined);
    await renderer?.close();
  }
  if (fatal !== undefined) throw fatal;

  const list = outcomes.filter(Boolean);
  return {
    files: list,
    rendered: list.filter((o) => o.status === 'rendered'),
    skipped: list.filter((o) => o.status === 'skipped'),
    failed: list.filter((o) => o.status === 'failed'),
    launches: renderer?.launches ?? 0,
    cancelled: cancelled || Boolean(options.signal?.aborted),
    ms: performance.now() - started,
  };
}

/**
 * Why a folder cannot be made, in words: the nearest folder that exists is read-only, or not
 * writable by this user, or the error's own words.
 */
async function whyNotWritable(dir: string, err: unknown): Promise<string> {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EROFS') return 'it is on a read-only file system';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EEXIST' || e.code === 'ENOTDIR') return 'a file of that name is in the way';
  // ENOENT after a recursive mkdir: look at the nearest existing folder
  const { access, constants, stat } = await import('node:fs/promises');
  let at = resolve(dir);
  for (;;) {
    const up = dirname(at);
    try {
      if ((await stat(at)).isDirectory()) {
        try {
          await access(at, constants.W_OK);
        } catch (a) {
          return (a as NodeJS.ErrnoException).code === 'EROFS'
            ? `${at} is on a read-only file system`
            : `${at} is not writable (permission denied)`;
        }
        break;
      }
    } catch {
      // not there: go up
    }
    if (up === at) break;
    at = up;
  }
  return e.message;
}

function describeError(err: unknown): string {
  const e = err as Error & { code?: string };
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return `cannot write the report: permission denied (${e.message})`;
  if (e?.code === 'ENOSPC') return 'cannot write the report: the disk is full';
  if (e?.code === 'EROFS') return 'cannot write the report: the folder is on a read-only file system';
  if (e?.name === 'TimeoutError') return `the browser took too long (${e.message})`;
  const msg = e?.message ?? String(err);
  if (/Target closed|Connection closed|Session closed|crash/i.test(msg))
    return `the browser stopped while printing this report, twice (${msg.split('\n')[0]})`;
  return msg.split('\n')[0] ?? msg;
}
