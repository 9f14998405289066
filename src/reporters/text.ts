// The default, human format: file:line:column, the message in questionnaire terms, the source line
// with a caret under the problem, and the hint.
import type { Diagnostic } from '../diagnostics/index.js';
import type { Reporter } from './types.js';
import { vt, type ValidateKey } from '../i18n/validate/index.js';
import { displayPath, omittedDiagnostics, pluralize, readinessDiagnostics, statusOf, summarize } from './util.js';

const MAX_EXCERPT = 160;

function excerpt(
  d: Diagnostic,
  line: string | undefined,
  dim: (s: string) => string,
  mark: (s: string) => string,
): string[] {
  if (line === undefined) return [];
  const text = line.replace(/\r$/, '').replace(/\t/g, ' ');
  if (!text.trim()) return [];
  let start = 0;
  if (text.length > MAX_EXCERPT) start = Math.max(0, Math.min(d.column - 1 - 40, text.length - MAX_EXCERPT));
  const shown =
    (start > 0 ? '…' : '') + text.slice(start, start + MAX_EXCERPT) + (start + MAX_EXCERPT < text.length ? '…' : '');
  const col = Math.max(1, d.column - start + (start > 0 ? 1 : 0));
  const width =
    d.endLine === d.line && d.endColumn !== undefined && d.endColumn > d.column
      ? Math.min(d.endColumn - d.column, 60)
      : 1;
  const gutter = String(d.line);
  return [
    `  ${dim(gutter + ' |')} ${shown}`,
    `  ${dim(' '.repeat(gutter.length) + ' |')} ${' '.repeat(col - 1)}${mark('^'.repeat(Math.max(1, width)))}`,
  ];
}

/** --verbose: the file's own `x-…` fields, which gcm-review keeps but does not check or report. */
function extensionLines(ext: readonly string[] | undefined, verbosity: string, dim: (s: string) => string): string[] {
  if (verbosity !== 'verbose' || !ext?.length) return [];
  return [
    dim(`  ${pluralize(ext.length, 'extension field')} (x-…, kept in the file, not in reports):`),
    ...ext.map((p) => dim(`    ${escapeControl(p)}`)),
  ];
}

function escapeControl(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "1 file" / "3 files" in the report's language. */
function counted(lang: string, n: number, one: ValidateKey, many: ValidateKey): string {
  return n === 1 ? vt(lang, one, { n }) : vt(lang, many, { n });
}

export const text: Reporter = (results, ctx) => {
  const { style } = ctx;
  const lang = ctx.lang ?? 'en';
  const lines: string[] = [];
  for (const r of results) {
    const file = displayPath(r.file, ctx);
    const readiness = readinessDiagnostics(r, ctx.strict, lang);
    const shownReadiness = ctx.verbosity === 'quiet' && !ctx.strict ? [] : readiness;
    const status = statusOf(r);
    if (status === 'valid' && shownReadiness.length === 0 && r.diagnostics.length === 0) {
      if (ctx.verbosity !== 'quiet') {
        const ready = vt(lang, r.readiness?.ready ? 'report.validReady' : 'report.valid');
        lines.push(`${style.ok('✓')} ${file}: ${ready}`);
      }
      lines.push(...extensionLines(r.extensions, ctx.verbosity, style.dim));
      continue;
    }
    for (const d of [...r.diagnostics, ...omittedDiagnostics(r, lang), ...shownReadiness]) {
      const isErr = d.severity === 'error';
      const sev = isErr ? style.error(vt(lang, 'report.error')) : style.warning(vt(lang, 'report.warning'));
      const loc = d.line > 0 && d.code !== 'not-ready' ? `${file}:${d.line}:${d.column}` : file;
      lines.push(`${style.bold(loc)}: ${sev}${vt(lang, 'report.colon')} ${d.message} ${style.dim(`[${d.code}]`)}`);
      if (d.code !== 'not-ready' && d.line > 0) {
        const src = d.source ?? ctx.sourceLine?.(r.file, d.line);
        lines.push(...excerpt(d, src, style.dim, isErr ? style.error : style.warning));
      }
      if (d.hint) lines.push(`  ${style.dim(vt(lang, 'report.hint'))} ${d.hint}`);
    }
    if (status === 'valid' && r.readiness && ctx.verbosity !== 'quiet') {
      const rd = r.readiness;
      lines.push(
        style.dim(
          '  ' +
            vt(lang, 'report.validDetail', {
              file,
              objectives: counted(
                lang,
                rd.objectivesAnswered.length,
                'report.objectives.one',
                'report.objectives.many',
              ),
              needs: counted(lang, rd.supportNeeds, 'report.needs.one', 'report.needs.many'),
            }),
        ),
      );
    }
    if (status === 'valid') lines.push(...extensionLines(r.extensions, ctx.verbosity, style.dim));
  }
  const s = summarize(results);
  if (ctx.verbosity !== 'quiet' || s.invalid + s.errors > 0) {
    const parts = [vt(lang, 'report.nValid', { n: s.valid })];
    if (s.invalid) parts.push(style.error(vt(lang, 'report.nInvalid', { n: s.invalid })));
    if (s.errors) parts.push(style.error(vt(lang, 'report.nUnreadable', { n: s.errors })));
    if (s.notReady) {
      const notReady = vt(lang, 'report.nNotReady', { n: s.notReady });
      parts.push(ctx.strict ? style.error(notReady) : style.warning(notReady));
    }
    lines.push(
      vt(lang, 'report.summary', {
        files: counted(lang, s.files, 'report.files.one', 'report.files.many'),
        parts: parts.join(', '),
      }),
    );
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
