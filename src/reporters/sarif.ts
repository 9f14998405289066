// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
import type { Reporter } from './types.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import { allDiagnostics, displayPath } from './util.js';

export const sarif: Reporter = (results, ctx) => {
  const ruleIds = new Set<DiagnosticCode>();
  const sarifResults: unknown[] = [];
  for (const r of results) {
    const uri = displayPath(r.file, ctx);
    for (const d of allDiagnostics(r, ctx.strict, ctx.lang)) {
      ruleIds.add(d.code);
      const region: Record<string, number> = { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) };
      if (d.endLine !== undefined) region['endLine'] = d.endLine;
      if (d.endColumn !== undefined) region['endColumn'] = d.endColumn;
      sarifResults.push({
        ruleId: d.code,
        level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
        message: { text: d.hint ? `${d.message} ${d.hint}` : d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(uri), ...(uri.startsWith('/') ? {} : { uriBaseId: '%SRCROOT%' }) },
              region,
            },
          },
        ],
      });
    }
  }
  const rules = [...ruleIds].sort().map((id) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: DIAGNOSTIC_CODES[id] ?? `gcm-review check “${id}”.` },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gcm-review',
            version: ctx.toolVersion,
            informationUri: 'https://gcm-review.github.io/',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(ctx.cwd) } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function pathToUri(dir: string): string {
  const d = dir.endsWith('/') ? dir : dir + '/';
  return 'file://' + encodeURI(d);
}
