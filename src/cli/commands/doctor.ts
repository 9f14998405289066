// `gcm-review doctor`: can this machine make PDF reports? Checks Node.js, the browser (found,
// version, really starts headless), fonts for Latin, Arabic and CJK scripts, and pdftotext.
// One line per check (✓ pass, ✗ fail, ! warning, - information); exit 1 when a check fails
// (reports cannot be made), 0 otherwise.
import { execFile } from 'node:child_process';
import { delimiter, join } from 'node:path';
import type { Command } from 'commander';
import type { ChalkInstance } from 'chalk';
import { globalOptions, makePrinter } from '../output.js';
import { outputWidth, wrap } from '../text.js';
import { VERSION } from '../version.js';
import { escapeControl } from '../../diagnostics/escape.js';
import { isExecutable, type BrowserCandidate } from '../../render/browser.js';
import type { ProbeResult } from '../../render/probe.js';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'info';

export interface Check {
  id:
    | 'node'
    | 'browser'
    | 'browser-launch'
    | 'fonts-latin'
    | 'fonts-arabic'
    | 'fonts-cjk'
    | 'pdftotext'
    | 'editor-schema';
  status: CheckStatus;
  /** One line saying what was found. */
  summary: string;
  /** Further lines: where it was found, what was tried. */
  details: string[];
  /** What to do about a failure or a warning. */
  hint?: string;
  /** Lines shown only with --verbose. */
  verbose?: string[];
  data?: Record<string, unknown>;
}

export interface DoctorReport {
  ok: boolean;
  version: string;
  platform: string;
  checks: Check[];
}

/** Everything doctor looks at, replaceable in tests. */
export interface DoctorDeps {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  nodeVersion: string;
  findBrowser(env: NodeJS.ProcessEnv): BrowserCandidate | undefined;
  installHint: string;
  browserVersion(path: string): Promise<ProbeResult>;
  launch(candidate: BrowserCandidate): Promise<ProbeResult>;
  /** Runs a tool found by `tool()`; resolves its stdout, or undefined if it could not run. */
  run(path: string, args: string[]): Promise<string | undefined>;
  tool(name: string, env: NodeJS.ProcessEnv): string | undefined;
}

/** Kept equal to package.json "engines" by a test. */
export const MIN_NODE = '20.19.0';

function atLeast(version: string, min: string): boolean {
  const a = version
    .replace(/^v/, '')
    .split('.')
    .map((x) => parseInt(x, 10) || 0);
  const b = min.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** A system tool on PATH, or in the usual system folders when PATH lacks it. */
export function findTool(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = [...(env['PATH'] ?? '').split(delimiter), '/usr/bin', '/usr/local/bin', '/opt/homebrew/bin', '/bin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const p = join(dir, name);
    if (isExecutable(p)) return p;
  }
  return undefined;
}

function runTool(path: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(path, args, { timeout: 20_000, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      resolve(err ? undefined : String(stdout));
    });
  });
}

export async function realDeps(): Promise<DoctorDeps> {
  const browser = await import('../../render/browser.js');
  const probe = await import('../../render/probe.js');
  return {
    env: process.env,
    platform: process.platform,
    nodeVersion: process.versions.node,
    findBrowser: browser.findBrowser,
    installHint: browser.INSTALL_HINT,
    browserVersion: (p) => probe.browserVersion(p),
    launch: (c) => probe.launchProbe(c),
    run: runTool,
    tool: findTool,
  };
}

const FONT_HINT_DEBIAN = 'sudo apt-get install -y --no-install-recommends';

const SCRIPTS: {
  id: 'fonts-latin' | 'fonts-arabic' | 'fonts-cjk';
  name: string;
  langs: string[];
  /** Noto families reports prefer for this script. */
  noto: RegExp;
  required: boolean;
  why: string;
  pkg: string;
}[] = [
  {
    id: 'fonts-latin',
    name: 'Latin script (English, French, Spanish)',
    langs: ['en', 'fr'],
    noto: /^Noto (Sans|Serif)$/,
    required: true,
    why: 'every report needs them',
    pkg: 'fonts-noto-core',
  },
  {
    id: 'fonts-arabic',
    name: 'Arabic script',
    langs: ['ar'],
    noto: /^Noto (Sans|Naskh|Kufi) Arabic/,
    required: false,
    why: 'reports in Arabic, and Arabic names or text in any report, would show empty boxes',
    pkg: 'fonts-noto-core',
  },
  {
    id: 'fonts-cjk',
    name: 'Chinese, Japanese and Korean',
    langs: ['zh-cn', 'ja', 'ko'],
    noto: /^Noto (Sans|Serif) CJK/,
    required: false,
    why: 'Chinese, Japanese or Korean text in a review would show empty boxes',
    pkg: 'fonts-noto-cjk',
  },
];

function families(fcOutput: string): string[] {
  const set = new Set<string>();
  for (const line of fcOutput.split('\n')) {
    // fc-list prints "Family,Localized family" per face; keep the first (English) name
    const name = line.split(',')[0]?.trim();
    if (name) set.add(name);
  }
  return [...set].sort((a, b) => a.localeCompare(b));
}

function listShort(names: string[], max = 3): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export async function runChecks(deps: DoctorDeps): Promise<DoctorReport> {
  const checks: Check[] = [];

  // Node.js
  checks.push(
    atLeast(deps.nodeVersion, MIN_NODE)
      ? {
          id: 'node',
          status: 'pass',
          summary: `Node.js ${deps.nodeVersion}`,
          details: [],
          data: { version: deps.nodeVersion },
        }
      : {
          id: 'node',
          status: 'fail',
          summary: `Node.js ${deps.nodeVersion} is too old: gcm-review needs Node.js ${MIN_NODE} or later`,
          details: [],
          hint: `Install Node.js ${MIN_NODE} or later (an LTS release) from https://nodejs.org or your package manager.`,
          data: { version: deps.nodeVersion },
        },
  );

  // Browser: found, version, starts headless
  let candidate: BrowserCandidate | undefined;
  let findError: string | undefined;
  try {
    candidate = deps.findBrowser(deps.env);
  } catch (err) {
    findError = (err as Error).message;
  }
  if (!candidate) {
    checks.push({
      id: 'browser',
      status: 'fail',
      summary: findError
        ? `Browser: ${findError}`
        : 'No Chromium or Chrome browser found: one is needed to make PDF reports',
      details: findError ? [] : ['Looked at GCM_REVIEW_CHROME, PUPPETEER_EXECUTABLE_PATH, then PATH.'],
      hint: deps.installHint,
      data: { path: null },
    });
    checks.push({
      id: 'browser-launch',
      status: 'fail',
      summary: 'Browser start not tried: no browser',
      details: [],
      data: { launched: false },
    });
  } else {
    const version = await deps.browserVersion(candidate.path);
    const looksLikeChrome = version.ok && /chrom/i.test(version.detail);
    checks.push({
      id: 'browser',
      status: looksLikeChrome ? 'pass' : 'warn',
      summary: `Browser: ${candidate.path}`,
      details: [
        `found via ${candidate.source}; ${version.ok ? version.detail : `"--version" failed: ${version.error}`}`,
        ...(version.ok && !looksLikeChrome ? ['this does not look like Chromium or Chrome'] : []),
      ],
      verbose: [
        `headless mode: ${candidate.headless === 'shell' ? "'shell' (chromium-headless-shell)" : 'new headless'}`,
      ],
      data: {
        path: candidate.path,
        source: candidate.source,
        headless: candidate.headless,
        version: version.ok ? version.detail : null,
      },
    });
    const launched = await deps.launch(candidate);
    checks.push(
      launched.ok
        ? {
            id: 'browser-launch',
            status: 'pass',
            summary: `Browser starts headless (${launched.detail})`,
            details: [],
            verbose: [`started and closed in ${(launched.ms / 1000).toFixed(1)} s`],
            data: { launched: true, version: launched.detail },
          }
        : {
            id: 'browser-launch',
            status: 'fail',
            summary: 'The browser was found but does not start headless',
            details: launched.error.split('\n'),
            hint: 'Missing system libraries are the usual cause. ' + deps.installHint,
            data: { launched: false, error: launched.error },
          },
    );
  }

  // Fonts
  const fcList = deps.platform === 'linux' || deps.platform === 'freebsd' ? deps.tool('fc-list', deps.env) : undefined;
  for (const s of SCRIPTS) {
    if (deps.platform !== 'linux' && deps.platform !== 'freebsd') {
      checks.push({
        id: s.id,
        status: 'info',
        summary: `Fonts for ${s.name}: not checked on ${deps.platform} (the system fonts are used)`,
        details: [],
        data: { checked: false },
      });
      continue;
    }
    if (!fcList) {
      checks.push({
        id: s.id,
        status: 'warn',
        summary: `Fonts for ${s.name}: cannot tell (fc-list, from fontconfig, is not installed)`,
        details: [],
        hint: `${FONT_HINT_DEBIAN} fontconfig`,
        data: { checked: false },
      });
      continue;
    }
    const found = new Set<string>();
    let ran = false;
    for (const lang of s.langs) {
      const out = await deps.run(fcList, [`:lang=${lang}`, 'family']);
      if (out === undefined) continue;
      ran = true;
      for (const f of families(out)) found.add(f);
    }
    const names = [...found].sort((a, b) => a.localeCompare(b));
    const noto = names.filter((n) => s.noto.test(n));
    if (!ran) {
      checks.push({
        id: s.id,
        status: 'warn',
        summary: `Fonts for ${s.name}: cannot tell (fc-list failed)`,
        details: [],
        data: { checked: false },
      });
    } else if (names.length === 0) {
      checks.push({
        id: s.id,
        status: s.required ? 'fail' : 'warn',
        summary: `No fonts for ${s.name}: ${s.why}`,
        details: [],
        hint: `${FONT_HINT_DEBIAN} ${s.pkg}`,
        data: { checked: true, families: [], noto: [] },
      });
    } else {
      checks.push({
        id: s.id,
        status: noto.length ? 'pass' : 'warn',
        summary: `Fonts for ${s.name}: ${listShort(noto.length ? noto : names)}`,
        details: noto.length
          ? []
          : [`no Noto font (reports are designed for Noto); found ${names.length} other families`],
        hint: noto.length ? undefined : `${FONT_HINT_DEBIAN} ${s.pkg}`,
        verbose: [`all families: ${names.join(', ')}`],
        data: { checked: true, families: names, noto },
      });
    }
  }

  // pdftotext (optional)
  const pdftotext = deps.tool('pdftotext', deps.env);
  checks.push(
    pdftotext
      ? {
          id: 'pdftotext',
          status: 'info',
          summary: `pdftotext found (${pdftotext}); optional, handy to check the text of a PDF`,
          details: [],
          data: { path: pdftotext },
        }
      : {
          id: 'pdftotext',
          status: 'info',
          summary: 'pdftotext not found; optional, reports do not need it',
          details: [],
          hint: `To check the text of PDFs: ${FONT_HINT_DEBIAN} poppler-utils`,
          data: { path: null },
        },
  );

  return {
    ok: !checks.some((c) => c.status === 'fail'),
    version: VERSION,
    platform: `${deps.platform} ${process.arch}`,
    checks,
  };
}

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', warn: '!', info: '-' };

export function formatReport(
  r: DoctorReport,
  c: ChalkInstance,
  opts: { quiet?: boolean; verbose?: boolean },
  width = 80,
  verdict = {
    ok: 'Ready: this machine can make PDF reports.',
    fail: 'Not ready: PDF reports cannot be made until the problems marked ✗ are fixed.',
  },
): string {
  const paint: Record<CheckStatus, (s: string) => string> = {
    pass: c.green,
    fail: c.red,
    warn: c.yellow,
    info: c.dim,
  };
  const lines: string[] = [];
  if (!opts.quiet) lines.push(`gcm-review ${r.version} doctor (${r.platform})`, '');
  const indented = (text: string, n: number) => wrap(text, width - n, false).map((l) => ' '.repeat(n) + l);
  for (const check of r.checks) {
    const [first = '', ...rest] = wrap(check.summary, width - 2, false);
    lines.push(`${paint[check.status](MARK[check.status])} ${first}`, ...rest.map((l) => `  ${l}`));
    for (const d of check.details) lines.push(...indented(d, 4));
    if (opts.verbose) for (const v of check.verbose ?? []) lines.push(...indented(v, 4).map((l) => c.dim(l)));
    // hints hold commands to copy: never wrapped
    if (check.hint && check.status !== 'pass' && !(opts.quiet && check.status === 'info')) {
      for (const h of check.hint.split('\n')) lines.push(`    ${h}`);
    }
  }
  lines.push('');
  const warnings = r.checks.filter((x) => x.status === 'warn').length;
  lines.push(
    r.ok
      ? c.green(verdict.ok) + (warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''} above)` : '')
      : c.red(verdict.fail),
  );
  return lines.join('\n');
}

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'Check that this machine can make PDF reports (Node.js, browser, fonts), or that editors can load the schema of FILE',
    )
    .argument(
      '[files...]',
      'review files: check instead that the schema their first line names can be loaded by editors',
    )
    .option('--json', 'print the checks as JSON')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review doctor
  gcm-review doctor --json
  GCM_REVIEW_CHROME=/opt/chrome/chrome gcm-review doctor    check a particular browser
  gcm-review doctor my-country.gcm.yaml                     can editors load its schema?

With FILE: the "# yaml-language-server: $schema=..." first line of each file is resolved as the
YAML language server (VS Code) resolves it, without going on the network.

Exit codes: 0 reports can be made (warnings are fine), 1 something needed is missing.
With FILE: 0 editors can load the schema of every file, 1 not for some file.`,
    )
    .action(async (files: string[], opts: { json?: boolean }, cmd: Command) => {
      const g = globalOptions(cmd);
      const p = makePrinter(g);
      if (files.length) {
        const report = await editorReport(files);
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else p.out(formatReport(report, p.color, g, outputWidth(), EDITOR_VERDICT));
        process.exitCode = report.ok ? 0 : 1;
        return;
      }
      p.debug('Checking Node.js, the browser (this starts it once), fonts and pdftotext…');
      const report = await runChecks(await realDeps());
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else p.out(formatReport(report, p.color, g, outputWidth()));
      process.exitCode = report.ok ? 0 : 1;
    });
}

// ---- doctor FILE…: can an editor load the schema a review names? --------------------------------

const EDITOR_VERDICT = {
  ok: 'Editors can load the schema of every file checked.',
  fail: 'Editors cannot load the schema of the files marked ✗: they would check nothing in them.',
};

/** The first lines of a review: its modeline sits in the comments that open it. */
async function readHead(file: string): Promise<string | { problem: string }> {
  const { readReviewFile } = await import('../../io/read.js');
  const r = await readReviewFile(file);
  if ('problem' in r) return { problem: r.problem.message };
  return r.bytes.subarray(0, 64 * 1024).toString('utf8');
}

const printable = (s: string) => escapeControl(s, true);

export async function editorSchemaCheck(file: string): Promise<Check> {
  const m = await import('../../schema/modeline.js');
  const { SCHEMA_ID, SCHEMA_VERSION } = await import('../../schema/generate.js');
  const { dirname, isAbsolute, join, relative } = await import('node:path');
  const name = printable(file);
  const head = await readHead(file);
  const fix = (dir: string) =>
    `Put this first line in the file:\n  ${m.modelineComment(m.LOCAL_SCHEMA_REF)}\n` +
    `and write the schema next to it:\n  gcm-review schema --out ${printable(join(dir, m.LOCAL_SCHEMA_FILE))}`;
  if (typeof head !== 'string')
    return { id: 'editor-schema', status: 'fail', summary: `${name}: ${head.problem}`, details: [], data: { file } };
  const found = m.readModeline(head);
  const where = m.resolveModeline(found?.ref, file);
  const base = {
    id: 'editor-schema' as const,
    data: { file, modeline: found?.ref ?? null, line: found?.line ?? null },
  };
  const ref = printable(found?.ref ?? '');
  switch (where.kind) {
    case 'none':
      return {
        ...base,
        status: 'warn',
        summary: `${name}: no "# yaml-language-server: $schema=" first line`,
        details: [
          'Editors check this file only if their settings map *.gcm.yaml files to the schema (see "Editor support" in the README).',
        ],
        hint: fix(dirname(file)),
      };
    case 'off':
      return {
        ...base,
        status: 'info',
        summary: `${name}: the first line turns schema checking off ($schema=none)`,
        details: [],
      };
    case 'other':
      return {
        ...base,
        status: 'warn',
        summary: `${name}: the schema is named as ${ref}, which only some editors can load`,
        details: [],
        hint: fix(dirname(file)),
      };
    case 'web':
      if (m.namesUnservedId(where.url) && !m.SCHEMA_ID_SERVED)
        return {
          ...base,
          status: 'fail',
          summary: `${name}: line ${found!.line} names ${ref}, which does not serve the schema yet`,
          details: ['Editors show "Unable to load schema" and then check nothing in the file.'],
          hint: `Run "gcm-review edit ${printable(file)}" (it points the line at a copy of the schema next to the file), or:\n${fix(dirname(file))}`,
        };
      return {
        ...base,
        status: where.url.split('#')[0] === SCHEMA_ID ? 'pass' : 'warn',
        summary: `${name}: the schema is loaded from ${ref}`,
        details: ['A web address: editors need a network connection to load it (doctor does not go on the network).'],
      };
    case 'file': {
      const state = await m.inspectSchemaFile(where.path);
      const rel = relative(process.cwd(), where.path);
      const shown = printable(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : where.path);
      const at = `line ${found!.line} names ${ref} (${shown})`;
      const write = `gcm-review schema --out ${shown}`;
      switch (state.state) {
        case 'current':
          return {
            ...base,
            status: 'pass',
            summary: `${name}: editors load the schema from ${ref} (version ${SCHEMA_VERSION}, up to date)`,
            details: [],
            data: { ...base.data, path: where.path },
          };
        case 'outdated':
          return {
            ...base,
            status: 'warn',
            summary: `${name}: ${at}, an older copy of the schema${state.version ? ` (version ${state.version})` : ''}`,
            details: ['Editors load it, but may miss fields or wording of this version.'],
            hint: `To refresh it: ${write}`,
            data: { ...base.data, path: where.path },
          };
        case 'missing':
          return {
            ...base,
            status: 'fail',
            summary: `${name}: ${at}, which does not exist`,
            details: ['Editors show "Unable to load schema" and then check nothing in the file.'],
            hint: `To write it: ${write}`,
            data: { ...base.data, path: where.path },
          };
        default:
          return {
            ...base,
            status: 'fail',
            summary: `${name}: ${at}, which ${state.state === 'not-a-file' ? 'is not a file' : state.state === 'unreadable' ? `cannot be read (${state.reason})` : 'is not the gcm-review schema'}`,
            details: [],
            hint: fix(dirname(file)),
            data: { ...base.data, path: where.path },
          };
      }
    }
  }
}

export async function editorReport(files: string[]): Promise<DoctorReport> {
  const checks: Check[] = [];
  for (const f of files) checks.push(await editorSchemaCheck(f));
  return {
    ok: !checks.some((c) => c.status === 'fail'),
    version: VERSION,
    platform: `${process.platform} ${process.arch}`,
    checks,
  };
}
