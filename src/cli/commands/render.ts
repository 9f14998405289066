// `gcm-review render`: review files → PDF and/or HTML reports. Parses options and prints; the
// work is in src/render (loaded lazily, with puppeteer-core, only when this command runs).
// Exit 0 all rendered, 1 some file skipped (invalid) or failed, 2 usage error / no browser /
// bad template, 130 interrupted.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { relative } from 'node:path';
import { escapeControl } from '../../diagnostics/escape.js';
import { UserError } from '../../diagnostics/index.js';
import { expandInputs } from '../../io/files.js';
import { REPORT_LANGS } from '../../reference/index.js';
import type { FileOutcome, ProgressEvent, RenderOptions, RenderSummary } from '../../render/index.js';
import type { SpawnedBrowser } from '../../render/launch.js';
import { globalOptions, makePrinter, type Printer } from '../output.js';
import { VERSION } from '../version.js';

interface CliRenderOptions {
  format: 'pdf' | 'html' | 'both' | 'docx' | 'all';
  out?: string;
  lang?: string[];
  paper: 'A4' | 'Letter';
  template?: string;
  order: 'objective' | 'roundtable' | 'priority';
  jobs: number;
  public?: boolean;
}

function parsePaper(v: string): 'A4' | 'Letter' {
  const k = v.trim().toLowerCase();
  if (k === 'a4') return 'A4';
  if (k === 'letter' || k === 'us-letter') return 'Letter';
  throw new InvalidArgumentError('use A4 or Letter.');
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new InvalidArgumentError('give a whole number from 1 to 32.');
  return n;
}

/** "--lang en,fr" (or the option given twice): report languages, only those the report has strings for. */
function parseLang(v: string, previous: string[] | undefined): string[] {
  const list = [...(previous ?? [])];
  for (const part of v.split(',')) {
    const l = part.trim().toLowerCase();
    if (!(REPORT_LANGS as readonly string[]).includes(l))
      throw new InvalidArgumentError(
        `reports can be rendered in ${REPORT_LANGS.join(', ')} (several: --lang en,fr); "${part.trim()}" is not one of them.`,
      );
    if (!list.includes(l)) list.push(l);
  }
  return list;
}

const show = (p: string) => {
  const r = relative(process.cwd(), p);
  // a file name can hold control characters too: shown escaped, never sent to the terminal
  return escapeControl(r && !r.startsWith('..') ? r : p, true);
};

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** Progress on stderr: a redrawn bar on a terminal, one line per file otherwise (CI logs). */
class Progress {
  private total = 0;
  private done = 0;
  private current = '';
  private drawn = false;
  constructor(
    private readonly p: Printer,
    private readonly tty: boolean,
    private readonly quiet: boolean,
  ) {}

  event(e: ProgressEvent): void {
    if (e.type === 'start') {
      this.total = e.total;
      if (!this.quiet && !this.tty) this.p.err(`Rendering ${e.total} file${e.total === 1 ? '' : 's'} (${e.format})…`);
      this.draw();
    } else if (e.type === 'file-start') {
      this.current = show(e.file);
      this.draw();
    } else {
      this.done = e.done;
      const o = e.outcome;
      // validation errors are shown whatever the verbosity: they say why the file was skipped
      if (o.status === 'skipped') {
        this.clear();
        for (const d of o.diagnostics) {
          this.p.err(`${show(d.file)}:${d.line}:${d.column}: ${this.p.errColor.red(d.severity)}: ${d.message}`);
          if (d.hint) this.p.err(`  hint: ${d.hint}`);
        }
      } else if (o.status === 'failed') {
        this.clear();
        this.p.err(`${show(o.file)}: ${this.p.errColor.red('failed')}: ${o.error ?? 'unknown error'}`);
      }
      if (!this.quiet && !this.tty) this.p.err(`[${e.done}/${e.total}] ${describe(o)}`);
      this.draw();
    }
  }

  private draw(): void {
    if (this.quiet || !this.tty) return;
    const cols = process.stderr.columns || 80;
    const width = Math.max(10, Math.min(30, cols - 50));
    const filled = this.total ? Math.round((this.done / this.total) * width) : 0;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    let line = `Rendering ${bar} ${this.done}/${this.total}`;
    const room = cols - line.length - 3;
    if (this.current && room > 8)
      line += '  ' + (this.current.length > room ? '…' + this.current.slice(-(room - 1)) : this.current);
    process.stderr.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) process.stderr.write('\r\x1b[2K');
    this.drawn = false;
  }
}

function describe(o: FileOutcome): string {
  if (o.status === 'rendered') {
    const detail = [
      o.pages ? `${o.pages} pages` : '',
      seconds(o.ms),
      o.attempts && o.attempts > 1 ? 'after a browser restart' : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `rendered ${show(o.file)} → ${o.outputs.map(show).join(', ')} (${detail})`;
  }
  if (o.status === 'skipped') {
    const n = o.diagnostics.filter((d) => d.severity === 'error').length;
    return `skipped ${show(o.file)}: not valid (${n} error${n === 1 ? '' : 's'})`;
  }
  return `failed ${show(o.file)}: ${o.error ?? ''}`;
}

export function formatSummary(s: RenderSummary, p: Pick<Printer, 'color'>, verbose = false): string {
  const c = p.color;
  const lines: string[] = [];
  const total = s.files.length;
  if (s.rendered.length) {
    lines.push(c.green(`Rendered ${s.rendered.length} of ${total} file${total === 1 ? '' : 's'}:`));
    for (const o of s.rendered) for (const out of o.outputs) lines.push(`  ${show(out)}`);
  } else lines.push(`Rendered 0 of ${total} file${total === 1 ? '' : 's'}.`);
  if (s.skipped.length) {
    lines.push(
      c.red(
        `Skipped ${s.skipped.length} file${s.skipped.length === 1 ? '' : 's'} that ${s.skipped.length === 1 ? 'is' : 'are'} not valid (errors above; fix them, or see "gcm-review validate"):`,
      ),
    );
    for (const o of s.skipped) lines.push(`  ${show(o.file)}`);
  }
  if (s.failed.length) {
    lines.push(c.red(`Failed ${s.failed.length} file${s.failed.length === 1 ? '' : 's'}:`));
    for (const o of s.failed) lines.push(`  ${show(o.file)}: ${o.error ?? ''}`);
  }
  if (verbose) {
    lines.push(c.dim(`${seconds(s.ms)} in all; browser started ${s.launches} time${s.launches === 1 ? '' : 's'}.`));
  }
  return lines.join('\n');
}

export function registerRender(program: Command): void {
  program
    .command('render')
    .description('Make PDF, HTML and/or Word (.docx) reports from review files')
    .argument('<inputs...>', 'review files, folders (searched for *.gcm.yaml) or globs')
    .addOption(
      new Option('-f, --format <format>', 'pdf, html, both (pdf and html), docx (Word), or all (pdf, html and docx)')
        .choices(['pdf', 'html', 'both', 'docx', 'all'])
        .default('pdf'),
    )
    .option('-o, --out <dir>', 'folder for the reports (default: beside each review file)')
    .option(
      '--lang <codes>',
      "report language: en, fr, es or ar, or several separated by commas (default: the review's first language)",
      parseLang,
    )
    .addOption(new Option('--paper <size>', 'A4 or Letter').argParser(parsePaper).default('A4'))
    .option('--template <dir>', 'folder with a custom template (report.hbs, partials/, styles.css, theme.css, logo)')
    .addOption(
      new Option(
        '--order <order>',
        'objective: 1 to 23; roundtable: grouped under the four IMRF round tables; priority: ranked objectives first (objectives › N › priority), then the rest by number',
      )
        .choices(['objective', 'roundtable', 'priority'])
        .default('objective'),
    )
    .addOption(new Option('-j, --jobs <n>', 'reports printed at once').argParser(parseJobs).default(2))
    .option(
      '--public',
      'leave personal contact data out (focal point e-mail and phone, contacts in pledges): for reports to publish',
    )
    .addHelpText(
      'after',
      `
Each report is named after its review file: mexico.gcm.yaml → mexico.pdf (mexico.html, mexico.docx);
with several languages the name carries the language: mexico.en.pdf, mexico.fr.pdf.
Invalid files are reported and skipped; the others are rendered.

Examples:
  gcm-review render mexico.gcm.yaml                   mexico.pdf beside the review
  gcm-review render reviews/ --out reports/ --format both
  gcm-review render review.gcm.yaml --lang fr --paper Letter --order roundtable
  gcm-review render review.gcm.yaml --lang en,fr      review.en.pdf and review.fr.pdf
  gcm-review render review.gcm.yaml --template my-theme/
  gcm-review render review.gcm.yaml --format docx    an editable Word document (no browser needed)
  gcm-review render review.gcm.yaml --public          for publication: no e-mail or phone

PDF reports need Chromium (or Chrome): "gcm-review doctor" checks this machine. HTML and Word do not.
Exit codes: 0 all rendered, 1 a file was skipped or failed, 2 usage error, no browser or bad template.`,
    )
    .action(async (inputs: string[], opts: CliRenderOptions, cmd: Command) => {
      const g = globalOptions(cmd);
      const p = makePrinter(g);
      // PDF output: the browser starts first thing, and comes up while Node loads the rest
      const spawned = await startBrowserEarly(opts.format);
      try {
        await renderAction(inputs, opts, g, p, spawned);
      } finally {
        spawned?.kill();
      }
    });
}

/**
 * The browser for PDF output, started before anything else is loaded (see src/render/launch.ts);
 * undefined when no PDF is asked for or no browser is found (renderFiles then says why).
 */
async function startBrowserEarly(format: CliRenderOptions['format']): Promise<SpawnedBrowser | undefined> {
  if (format !== 'pdf' && format !== 'both' && format !== 'all') return undefined;
  const [{ findBrowser }, { spawnBrowser }] = await Promise.all([
    import('../../render/browser.js'),
    import('../../render/launch.js'),
  ]);
  let candidate;
  try {
    candidate = findBrowser();
  } catch {
    return undefined;
  }
  return candidate ? spawnBrowser(candidate) : undefined;
}

async function renderAction(
  inputs: string[],
  opts: CliRenderOptions,
  g: ReturnType<typeof globalOptions>,
  p: Printer,
  spawned: SpawnedBrowser | undefined,
): Promise<void> {
  const files = await expandInputs(inputs);
  if (files.includes('-')) {
    throw new UserError(
      'render reads review files, not standard input',
      2,
      'Save the review to a file (e.g. review.gcm.yaml) and render that.',
    );
  }
  const { renderFiles } = await import('../../render/index.js');
  const progress = new Progress(p, Boolean(process.stderr.isTTY), Boolean(g.quiet));
  const controller = new AbortController();
  const onSigint = () => {
    progress.clear();
    p.err('Stopping: reports already written are kept; nothing half-written is left.');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigint);
  const options: RenderOptions = {
    format: opts.format,
    paper: opts.paper,
    order: opts.order,
    jobs: opts.jobs,
    signal: controller.signal,
    onProgress: (e) => progress.event(e),
    ...(opts.out ? { outDir: opts.out } : {}),
    ...(opts.lang?.length ? { langs: opts.lang } : {}),
    ...(opts.template ? { templateDir: opts.template } : {}),
    ...(opts.public ? { public: true } : {}),
    ...(spawned ? { spawned } : {}),
    version: VERSION,
  };
  let summary: RenderSummary;
  try {
    summary = await renderFiles(files, options);
  } finally {
    progress.clear();
    process.removeListener('SIGINT', onSigint);
    process.removeListener('SIGTERM', onSigint);
  }
  p.out(formatSummary(summary, p, g.verbose));
  // warnings (a font the HTML could not embed) do not change the exit code
  for (const w of summary.warnings ?? []) p.err(`${p.errColor.yellow('warning')}: ${w}`);
  if (summary.cancelled) {
    process.exitCode = 130;
    return;
  }
  process.exitCode = summary.skipped.length || summary.failed.length ? 1 : 0;
}
