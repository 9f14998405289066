// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
import type { Reporter } from './types.js';
import { displayPath, readinessDiagnostics } from './util.js';

const RULES: Record<string, string> = {
  'yaml-syntax': 'The file is not valid YAML.',
  'duplicate-key': 'A key appears twice in the same section.',
  'tab-indent': 'A tab is used for indentation.',
  'multiple-documents': 'The file holds several YAML documents.',
  encoding: 'The file is not UTF-8 text.',
  empty: 'A required value or the file is empty.',
  'alias-limit': 'YAML aliases expand beyond a safe size.',
  'too-large': 'The file exceeds the size limit.',
  type: 'A value has the wrong type.',
  required: 'A required field is missing.',
  'unknown-field': 'A field is not part of the review format.',
  'unknown-objective': 'There is no such GCM objective.',
  enum: 'A value is not one of the allowed values.',
  format: 'A value is not in the expected format (date, email, web address).',
  country: 'A country code is not ISO 3166-1 alpha-3.',
  'language-code': 'A language code is not valid.',
  'not-ready': 'The review is valid but not complete.',
};

export const sarif: Reporter = (results, ctx) => {
  const ruleIds = new Set<string>();
  const sarifResults: unknown[] = [];
  for (const r of results) {
    const uri = displayPath(r.file, ctx);
    for (const d of [...r.diagnostics, ...readinessDiagnostics(r, ctx.strict)]) {
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
    shortDescription: { text: RULES[id] ?? `gcm-review check “${id}”.` },
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
