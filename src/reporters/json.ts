// Machine-readable output with a fixed shape (documented in the README):
// { tool, version, ok, summary, files: [{ file, status, ready, diagnostics, readiness, omitted? }] }.
// `omitted` ({count, byCode}) is present when more problems were found than --max-problems.
import type { Reporter } from './types.js';
import { displayPath, readinessDiagnostics, failed, statusOf, summarize } from './util.js';

export const json: Reporter = (results, ctx) => {
  const files = results.map((r) => ({
    file: displayPath(r.file, ctx),
    status: statusOf(r),
    ready: r.readiness ? r.readiness.ready : null,
    diagnostics: [...r.diagnostics, ...readinessDiagnostics(r, ctx.strict, ctx.lang)].map((d) => ({
      ...d,
      file: displayPath(d.file, ctx),
    })),
    readiness: r.readiness ?? null,
    ...(r.extensions?.length ? { extensions: r.extensions } : {}),
    ...(r.omitted ? { omitted: r.omitted } : {}),
  }));
  return (
    JSON.stringify(
      {
        tool: 'gcm-review',
        version: ctx.toolVersion,
        ok: !results.some((r) => failed(r, ctx.strict)),
        strict: ctx.strict,
        summary: summarize(results),
        files,
      },
      null,
      2,
    ) + '\n'
  );
};
