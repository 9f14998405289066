// Small helpers shared by the reporters.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic, FileResult } from '../diagnostics/index.js';
import type { ReportContext } from './types.js';
import { escapeControl } from '../diagnostics/escape.js';
import { vt } from '../i18n/validate/index.js';

/** Codes of problems with reaching the file rather than with its content (exit code 2). */
export const IO_CODES = new Set(['not-found', 'unreadable', 'is-directory', 'not-a-file', 'io', 'symlink-outside']);

export type FileStatus = 'valid' | 'invalid' | 'error';

export function statusOf(r: FileResult): FileStatus {
  if (r.diagnostics.some((d) => d.severity === 'error' && IO_CODES.has(d.code))) return 'error';
  return r.diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'valid';
}

/** Readiness gaps, as warnings (errors under --strict), one per readiness note (worded in `lang`). */
export function readinessDiagnostics(r: FileResult, strict: boolean, lang = 'en'): Diagnostic[] {
  if (!r.readiness || r.readiness.ready) return [];
  return r.readiness.notes.map((message) => ({
    file: r.file,
    line: 1,
    column: 1,
    severity: strict ? 'error' : 'warning',
    code: 'not-ready',
    path: [],
    message: vt(lang, 'ready.notReady', { note: message }),
  }));
}

/** The line that stands for the problems left out past --max-problems (code "more-problems"). */
export function omittedDiagnostics(r: FileResult, lang = 'en'): Diagnostic[] {
  if (!r.omitted) return [];
  const locale = lang === 'fr' || lang === 'es' ? lang : 'en';
  // codes stay as they are in every language; French puts a space before the colon
  const kinds = Object.entries(r.omitted.byCode)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code}${vt(lang, 'report.colon')} ${n.toLocaleString(locale)}`)
    .join(vt(lang, 'list.sep'));
  const count = r.omitted.count;
  return [
    {
      file: r.file,
      line: 0,
      column: 0,
      severity: 'error',
      code: 'more-problems',
      path: [],
      message: vt(lang, count === 1 ? 'report.more.one' : 'report.more.many', {
        n: count.toLocaleString(locale),
        kinds,
      }),
      hint: vt(lang, 'report.more.hint'),
    },
  ];
}

/** Every finding to report for a file: its problems, those left out, then its readiness gaps. */
export function allDiagnostics(r: FileResult, strict: boolean, lang = 'en'): Diagnostic[] {
  return [...r.diagnostics, ...omittedDiagnostics(r, lang), ...readinessDiagnostics(r, strict, lang)];
}

/** Did this file fail, given --strict? */
export function failed(r: FileResult, strict: boolean): boolean {
  return (
    statusOf(r) !== 'valid' ||
    (strict && r.readiness !== undefined && !r.readiness.ready) ||
    (strict && r.diagnostics.some((d) => d.severity === 'warning'))
  );
}

export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  notReady: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const s: Summary = { files: results.length, valid: 0, invalid: 0, errors: 0, notReady: 0 };
  for (const r of results) {
    const st = statusOf(r);
    if (st === 'valid') s.valid++;
    else if (st === 'invalid') s.invalid++;
    else s.errors++;
    if (r.readiness && !r.readiness.ready) s.notReady++;
  }
  return s;
}

/** A path as the user should see it: relative to cwd when inside it (no "./"), with forward slashes. */
export function displayPath(file: string, ctx: Pick<ReportContext, 'cwd'>): string {
  return escapeControl(rawDisplayPath(file, ctx), true);
}

function rawDisplayPath(file: string, ctx: Pick<ReportContext, 'cwd'>): string {
  if (file === '-' || file.startsWith('<')) return file;
  const rel = relative(ctx.cwd, resolve(ctx.cwd, file));
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? (isAbsolute(file) ? file : rel || '.') : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

export function pluralize(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function xmlEscape(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}
