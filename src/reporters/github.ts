// GitHub Actions workflow commands: one ::error / ::warning annotation per problem, shown on the
// file and line in the pull request. Escaping follows the runner's rules (data: % CR LF;
// properties additionally : and ,).
import type { Reporter } from './types.js';
import { allDiagnostics, displayPath, summarize, pluralize } from './util.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Reporter = (results, ctx) => {
  const out: string[] = [];
  for (const r of results) {
    const file = displayPath(r.file, ctx);
    for (const d of allDiagnostics(r, ctx.strict, ctx.lang)) {
      const props = [`file=${escapeProperty(file)}`];
      if (d.code !== 'not-ready' && d.line > 0) {
        props.push(`line=${d.line}`, `col=${d.column}`);
        if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
        if (d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
      }
      props.push(`title=${escapeProperty(`gcm-review: ${d.code}`)}`);
      const msg = d.hint ? `${d.message}\n${d.hint}` : d.message;
      out.push(`::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(msg)}`);
    }
  }
  const s = summarize(results);
  out.push(
    `${pluralize(s.files, 'file')} checked: ${s.valid} valid, ${s.invalid} invalid, ${s.errors} unreadable, ${s.notReady} not ready.`,
  );
  return out.join('\n') + '\n';
};
