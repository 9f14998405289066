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
import { REPORT_LANGS } from '../reference/index.js';
import { checkFile } from '../validate/index.js';
import type { BrowserCandidate } from './browser.js';
import { BrowserFailure, ChromiumRenderer, locateBrowser, type RenderHooks } from './chromium.js';
import { embedFonts } from './fonts.js';
import { htmlForModel, linkDescriptions, modelFor } from './html.js';
import { spawnBrowser, type SpawnedBrowser } from './launch.js';
import { finishPdf, type PdfMeta } from './pdf-meta.js';
import type { ReportModel } from '../model/index.js';
import { TemplateError, loadTemplates, type TemplateSet } from './templates.js';

export { reportHtml, htmlForModel, modelFor, pageCss, PAPER_SIZES, PAGE_MARGINS } from './html.js';
export { loadTemplates, TemplateError, HELPERS, DEFAULT_TEMPLATE_DIR, type TemplateSet } from './templates.js';
export { BrowserFailure, ChromiumRenderer, locateBrowser, type RenderHooks, type PdfOutput } from './chromium.js';
export { readDestinations } from './pdf-read.js';

/** pdf, html, both (pdf + html), docx (Word), or all (pdf + html + docx). */
export type OutputFormat = 'pdf' | 'html' | 'both' | 'docx' | 'all';

/** Which files a format makes. */
export function formatOutputs(format: OutputFormat): { pdf: boolean; html: boolean; docx: boolean } {
  return {
    pdf: format === 'pdf' || format === 'both' || format === 'all',
    html: format === 'html' || format === 'both' || format === 'all',
    docx: format === 'docx' || format === 'all',
  };
}

export interface RenderOptions {
  /** pdf (default), html, both, docx or all. */
  format?: OutputFormat;
  /** Folder for the reports; default: beside each input file. Created if missing. */
  outDir?: string;
  /** Report language (en, fr, es or ar); default: each review's first language. */
  lang?: string;
  /** Several report languages: one report per language, named mexico.en.pdf, mexico.fr.pdf … */
  langs?: readonly string[];
  paper?: Paper;
  /** Folder with custom templates (report.hbs, partials/*.hbs, styles.css, theme.css, logo.*). */
  templateDir?: string;
  order?: ReportOrder;
  /** Reports printed at once; default 2. */
  jobs?: number;
  /** Browser to use instead of findBrowser(). */
  browser?: BrowserCandidate;
  /**
   * A browser the caller already started with spawnBrowser (the CLI does, first thing); used
   * for PDF output and stopped when the batch ends, or when renderFiles throws.
   */
  spawned?: SpawnedBrowser;
  env?: NodeJS.ProcessEnv;
  /** Stops the batch: files not started are left out, running ones are abandoned. */
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  hooks?: RenderHooks;
  /** Time allowed per report, in milliseconds (default 120 000). */
  timeoutMs?: number;
  /** Leave personal contact data out of the reports (focal point e-mail and phone, any contact). */
  public?: boolean;
  /** gcm-review version shown on the cover and in the generator tag (the CLI passes its own). */
  version?: string;
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
  /** Prints made (1 when the predicted table-of-contents numbers were right). */
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
  /** Things the user should know that did not stop a report (a font the HTML could not embed). */
  warnings?: string[];
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
  /** The report language, when one was asked for. */
  lang?: string;
  pdf?: string;
  html?: string;
  docx?: string;
}

/** The error for a report language gcm-review has no strings for (exit code 2). */
export function unsupportedLanguage(lang: string): UserError {
  return new UserError(
    `reports can be rendered in ${REPORT_LANGS.join(', ')}; "${lang}" is not one of them`,
    2,
    `Use --lang ${REPORT_LANGS.join(', --lang ')}, or several separated by commas (--lang en,fr).`,
  );
}

/** The report languages asked for (checked, duplicates removed); [undefined] for "the review's own". */
export function reportLanguages(opts: Pick<RenderOptions, 'lang' | 'langs'>): (string | undefined)[] {
  const asked = opts.langs?.length ? opts.langs : opts.lang ? [opts.lang] : [];
  const out: string[] = [];
  for (const raw of asked) {
    const l = raw.trim().toLowerCase();
    if (!(REPORT_LANGS as readonly string[]).includes(l)) throw unsupportedLanguage(raw);
    if (!out.includes(l)) out.push(l);
  }
  return out.length ? out : [undefined];
}

/**
 * Where each input's reports go: one entry per report language. With several languages the
 * names carry the language (mexico.en.pdf, mexico.fr.pdf) so one never overwrites another.
 * Throws a UserError when two inputs would write the same file.
 */
export function outputPaths(
  files: readonly string[],
  opts: Pick<RenderOptions, 'format' | 'outDir' | 'lang' | 'langs'>,
): Map<string, OutputPaths[]> {
  const format = opts.format ?? 'pdf';
  const langs = reportLanguages(opts);
  const out = new Map<string, OutputPaths[]>();
  const owner = new Map<string, string>();
  for (const f of files) {
    const dir = opts.outDir ?? dirname(f);
    const list: OutputPaths[] = [];
    const want = formatOutputs(format);
    for (const lang of langs) {
      const base = join(dir, reportBaseName(f)) + (langs.length > 1 ? `.${lang}` : '');
      const paths: OutputPaths = lang ? { lang } : {};
      if (want.pdf) paths.pdf = `${base}.pdf`;
      if (want.html) paths.html = `${base}.html`;
      if (want.docx) paths.docx = `${base}.docx`;
      for (const p of [paths.pdf, paths.html, paths.docx]) {
        if (p === undefined) continue;
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
      list.push(paths);
    }
    out.set(f, list);
  }
  return out;
}

/** Validates and renders review files. Resolves with what happened to each file. */
export async function renderFiles(files: readonly string[], options: RenderOptions = {}): Promise<RenderSummary> {
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
  try {
    return await renderAll(files, options, format, paper, order);
  } finally {
    options.spawned?.kill();
  }
}

async function renderAll(
  files: readonly string[],
  options: RenderOptions,
  format: OutputFormat,
  paper: Paper,
  order: ReportOrder,
): Promise<RenderSummary> {
  const started = performance.now();
  const paths = outputPaths(files, options);
  let renderer: ChromiumRenderer | undefined;
  let rendererReady: Promise<ChromiumRenderer> | undefined;
  if (formatOutputs(format).pdf && files.length) {
    // the browser process starts first (unless the caller started it already): it comes up while
    // Node loads puppeteer, the templates and the first files
    const spawned = options.spawned ?? spawnBrowser(options.browser ?? locateBrowser(options.env));
    rendererReady = ChromiumRenderer.start({
      spawned,
      jobs: options.jobs ?? 2,
      ...(options.hooks ? { hooks: options.hooks } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    rendererReady.catch(() => {});
  }
  let templates: TemplateSet;
  try {
    templates = await loadTemplates(options.templateDir);
  } catch (err) {
    await (await rendererReady?.catch(() => undefined))?.close();
    throw err;
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

  // the HTML reports carry their fonts (fonts.ts); a missing font is a warning, once per run
  const warnings = new Set<string>();
  const htmlWithFonts = (html: string): string => {
    const embedded = embedFonts(html, options.env ? { env: options.env } : {});
    embedded.warnings.forEach((w) => warnings.add(w));
    return embedded.html;
  };

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

  const renderOne = async (file: string, outs: readonly OutputPaths[]): Promise<FileOutcome> => {
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
    // one model per language (the review is checked once); each output on its own: the HTML
    // report never depends on the PDF succeeding
    for (const out of outs) {
      const modelOpts = {
        paper,
        order,
        templates,
        ...(out.lang ? { lang: out.lang } : {}),
        ...(options.public ? { public: true } : {}),
        ...(options.version ? { version: options.version } : {}),
      };
      const written: string[] = [];
      if (out.html) {
        try {
          const html = htmlWithFonts(htmlForModel(modelFor(review, { mode: 'html', ...modelOpts }), templates));
          await writeFileAtomic(out.html, html);
          written.push(out.html);
        } catch (err) {
          fail(err);
        }
      }
      if (out.pdf) {
        try {
          const model = modelFor(review, { mode: 'pdf', ...modelOpts });
          const html = htmlForModel(model, templates);
          if (!renderer) renderer = await rendererReady!;
          const res = await renderer.pdf(html, { paper, key: file });
          if (options.signal?.aborted) throw new Error('cancelled');
          if (!options.outDir) await mkdir(dirname(out.pdf), { recursive: true });
          // metadata, artifacts and link descriptions (pdf-meta.ts, pdf-tags.ts)
          const tags = { links: linkDescriptions(html), draft: model.meta.isDraft };
          await writeFileAtomic(out.pdf, finishPdf(res.pdf, { ...pdfMeta(model), tags }));
          written.unshift(out.pdf);
          outcome.pages = (outcome.pages ?? 0) + res.pages;
          outcome.passes = Math.max(outcome.passes ?? 0, res.passes);
          outcome.attempts = Math.max(outcome.attempts ?? 0, res.attempts);
        } catch (err) {
          fail(err);
        }
      }
      if (out.docx) {
        try {
          // the Word writer reads the same model as the HTML (src/export/docx), loaded only when asked for
          const { reportDocx } = await import('../export/docx/index.js');
          const bytes = await reportDocx(modelFor(review, { mode: 'html', ...modelOpts }));
          if (options.signal?.aborted) throw new Error('cancelled');
          if (!options.outDir) await mkdir(dirname(out.docx), { recursive: true });
          await writeFileAtomic(out.docx, bytes);
          written.push(out.docx);
        } catch (err) {
          fail(err);
        }
      }
      outcome.outputs.push(...written);
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
  const workers = Math.max(1, Math.min(total, formatOutputs(format).pdf ? (options.jobs ?? 2) + 1 : 1));
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
    ...(warnings.size ? { warnings: [...warnings] } : {}),
  };
}

/** Title, author (the submitter), subject, keywords, language and tool of a printed report. */
export function pdfMeta(model: ReportModel): PdfMeta {
  const m = model.meta;
  return {
    title: m.title,
    author: m.submitterName,
    subject: `${m.kicker} · ${m.cycle}`,
    keywords: [model.strings['gcm.short'], 'GCM', m.cycle, m.submitterName, ...(m.region ? [m.region] : [])],
    lang: model.lang,
    creator: `${model.generator.name} ${model.generator.version}`.trim(),
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
  // the renderer classifies the browser's failures by puppeteer's events and error classes;
  // each was retried once, so this is the second time
  if (err instanceof BrowserFailure) {
    return err.kind === 'crash'
      ? `the browser stopped while printing this report, twice (${err.message})`
      : `${err.message}, twice`;
  }
  const msg = e?.message ?? String(err);
  return msg.split('\n')[0] ?? msg;
}
