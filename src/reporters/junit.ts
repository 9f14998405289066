// JUnit XML: one test case per file; a failure lists its problems. Readiness gaps are failures
// under --strict and otherwise appear in <system-out>.
import type { Reporter } from './types.js';
import { displayPath, failed, omittedDiagnostics, readinessDiagnostics, summarize, xmlEscape } from './util.js';
import type { Diagnostic } from '../diagnostics/index.js';

function line(d: Diagnostic, file: string): string {
  const loc = d.code === 'not-ready' || d.line <= 0 ? file : `${file}:${d.line}:${d.column}`;
  return `${loc}: ${d.severity}: ${d.message} [${d.code}]${d.hint ? `\n  hint: ${d.hint}` : ''}`;
}

export const junit: Reporter = (results, ctx) => {
  const s = summarize(results);
  const failures = results.filter((r) => failed(r, ctx.strict)).length;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="gcm-review validate" tests="${s.files}" failures="${failures}" errors="0">`);
  out.push(`  <testsuite name="gcm-review validate" tests="${s.files}" failures="${failures}" errors="0" skipped="0">`);
  for (const r of results) {
    const file = displayPath(r.file, ctx);
    const readiness = readinessDiagnostics(r, ctx.strict, ctx.lang);
    out.push(`    <testcase classname="gcm-review.validate" name="${xmlEscape(file)}" file="${xmlEscape(file)}">`);
    if (failed(r, ctx.strict)) {
      const ds = [...r.diagnostics, ...omittedDiagnostics(r, ctx.lang), ...readiness].filter(
        (d) => d.severity === 'error',
      );
      const first = ds[0];
      const msg = first ? `${ds.length} problem${ds.length === 1 ? '' : 's'}: ${first.message}` : 'invalid';
      out.push(
        `      <failure message="${xmlEscape(msg)}" type="${xmlEscape(first?.code ?? 'invalid')}">${xmlEscape(ds.map((d) => line(d, file)).join('\n'))}</failure>`,
      );
    }
    const warnings = readiness.filter((d) => d.severity === 'warning');
    if (warnings.length)
      out.push(`      <system-out>${xmlEscape(warnings.map((d) => line(d, file)).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
