// The default, human format: file:line:column, the message in questionnaire terms, the source line
// with a caret under the problem, and the hint.
import type { Diagnostic } from '../diagnostics/index.js';
import type { Reporter } from './types.js';
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

export const text: Reporter = (results, ctx) => {
  const { style } = ctx;
  const lines: string[] = [];
  for (const r of results) {
    const file = displayPath(r.file, ctx);
    const readiness = readinessDiagnostics(r, ctx.strict);
    const shownReadiness = ctx.verbosity === 'quiet' && !ctx.strict ? [] : readiness;
    const status = statusOf(r);
    if (status === 'valid' && shownReadiness.length === 0 && r.diagnostics.length === 0) {
      if (ctx.verbosity !== 'quiet') {
        const ready = r.readiness?.ready ? 'valid, ready' : 'valid';
        lines.push(`${style.ok('✓')} ${file}: ${ready}`);
      }
      continue;
    }
    for (const d of [...r.diagnostics, ...omittedDiagnostics(r), ...shownReadiness]) {
      const isErr = d.severity === 'error';
      const sev = isErr ? style.error('error') : style.warning('warning');
      const loc = d.line > 0 && d.code !== 'not-ready' ? `${file}:${d.line}:${d.column}` : file;
      lines.push(`${style.bold(loc)}: ${sev}: ${d.message} ${style.dim(`[${d.code}]`)}`);
      if (d.code !== 'not-ready' && d.line > 0) {
        const src = d.source ?? ctx.sourceLine?.(r.file, d.line);
        lines.push(...excerpt(d, src, style.dim, isErr ? style.error : style.warning));
      }
      if (d.hint) lines.push(`  ${style.dim('hint:')} ${d.hint}`);
    }
    if (status === 'valid' && r.readiness && ctx.verbosity !== 'quiet') {
      const rd = r.readiness;
      lines.push(
        style.dim(
          `  ${file}: valid; ${pluralize(rd.objectivesAnswered.length, 'objective')} answered, ${pluralize(rd.supportNeeds, 'support need')} declared.`,
        ),
      );
    }
  }
  const s = summarize(results);
  if (ctx.verbosity !== 'quiet' || s.invalid + s.errors > 0) {
    const parts = [`${s.valid} valid`];
    if (s.invalid) parts.push(style.error(`${s.invalid} invalid`));
    if (s.errors) parts.push(style.error(`${s.errors} unreadable`));
    if (s.notReady)
      parts.push(ctx.strict ? style.error(`${s.notReady} not ready`) : style.warning(`${s.notReady} not ready`));
    lines.push(`${pluralize(s.files, 'file')} checked: ${parts.join(', ')}.`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
