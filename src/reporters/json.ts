// Machine-readable output with a fixed shape (documented in the README):
// { tool, version, ok, summary, files: [{ file, status, ready, diagnostics, readiness }] }.
import type { Reporter } from './types.js';
import { allDiagnostics, displayPath, failed, statusOf, summarize } from './util.js';

export const json: Reporter = (results, ctx) => {
  const files = results.map((r) => ({
    file: displayPath(r.file, ctx),
    status: statusOf(r),
    ready: r.readiness ? r.readiness.ready : null,
    diagnostics: allDiagnostics(r, ctx.strict).map((d) => ({
      ...d,
      file: displayPath(d.file, ctx),
    })),
    readiness: r.readiness ?? null,
    ...(r.extensions?.length ? { extensions: r.extensions } : {}),
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
