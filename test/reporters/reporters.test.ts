// Each reporter from hand-built results: the output parses and matches its format's rules.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Ajv } from 'ajv';
import type { FileResult, Readiness } from '../../src/diagnostics/index.js';
import { REPORTERS, PLAIN, type ReportContext } from '../../src/reporters/index.js';
import { escapeData, escapeProperty } from '../../src/reporters/github.js';

const require = createRequire(import.meta.url);

const notReady: Readiness = {
  objectivesAnswered: [7],
  incomplete: [{ objective: 7, missing: ['d', 'e'] }],
  missingSections: [],
  supportNeeds: 0,
  ready: false,
  notes: ['Objective 7 (Reduce vulnerabilities): questions (d), (e) not answered.'],
};
const ready: Readiness = { ...notReady, incomplete: [], ready: true, notes: [] };

const invalid: FileResult = {
  file: '/work/reviews/bad & "odd".gcm.yaml',
  diagnostics: [
    {
      file: '/work/reviews/bad & "odd".gcm.yaml',
      line: 12,
      column: 7,
      endLine: 12,
      endColumn: 13,
      severity: 'error',
      code: 'unknown-field',
      path: ['objectives', '7', 'implementation', 'statsu'],
      message: 'Objective 7 (Reduce vulnerabilities), question (a) Status of implementation: unknown field “statsu”.',
      hint: 'Did you mean “status”?',
    },
    {
      file: '/work/reviews/bad & "odd".gcm.yaml',
      line: 20,
      column: 3,
      severity: 'error',
      code: 'type',
      path: ['key_messages'],
      message: 'Key messages: expected text, found a list.\nSecond line, with: colon, and 100% <xml>',
    },
  ],
};
const validNotReady: FileResult = { file: '/work/reviews/draft.gcm.yaml', diagnostics: [], readiness: notReady };
const validReady: FileResult = { file: '/work/reviews/full.gcm.yaml', diagnostics: [], readiness: ready };
const missing: FileResult = {
  file: '/work/reviews/missing.gcm.yaml',
  diagnostics: [
    {
      file: '/work/reviews/missing.gcm.yaml',
      line: 1,
      column: 1,
      severity: 'error',
      code: 'not-found',
      path: [],
      message: 'The file does not exist.',
    },
  ],
};
const all = [invalid, validNotReady, validReady];

function ctx(over: Partial<ReportContext> = {}): ReportContext {
  return {
    cwd: '/work',
    toolVersion: '9.9.9',
    strict: false,
    verbosity: 'normal',
    style: PLAIN,
    sourceLine: (_f, line) => (line === 12 ? '      statsu: x' : undefined),
    ...over,
  };
}

describe('text reporter', () => {
  it('prints file:line:column, the message, an excerpt with a caret under the problem, and the hint', () => {
    const out = REPORTERS.text(all, ctx());
    expect(out).toContain(
      'reviews/bad & "odd".gcm.yaml:12:7: error: Objective 7 (Reduce vulnerabilities), question (a)',
    );
    const lines = out.split('\n');
    const i = lines.findIndex((l) => l.includes('12 | '));
    expect(lines[i]).toBe('  12 |       statsu: x');
    // the caret line starts the carets under column 7 and spans the key (endColumn 13)
    expect(lines[i + 1]).toBe('     |       ^^^^^^');
    expect(out).toContain('hint: Did you mean “status”?');
    expect(out).toContain('✓ reviews/full.gcm.yaml: valid, ready');
    expect(out).toContain('reviews/draft.gcm.yaml: warning: Not ready: Objective 7');
    expect(out.trimEnd().split('\n').at(-1)).toBe('3 files checked: 2 valid, 1 invalid, 1 not ready.');
  });
  it('--quiet keeps only problems and the summary of failures', () => {
    const out = REPORTERS.text(all, ctx({ verbosity: 'quiet' }));
    expect(out).not.toContain('full.gcm.yaml');
    expect(out).not.toContain('Not ready');
    expect(out).toContain('unknown field');
    expect(REPORTERS.text([validReady], ctx({ verbosity: 'quiet' }))).toBe('');
  });
  it('under --strict a readiness gap is an error', () => {
    const out = REPORTERS.text([validNotReady], ctx({ strict: true }));
    expect(out).toContain('error: Not ready');
  });
});

describe('json reporter', () => {
  it('has the documented fixed shape', () => {
    const data = JSON.parse(REPORTERS.json([...all, missing], ctx()));
    expect(data.tool).toBe('gcm-review');
    expect(data.version).toBe('9.9.9');
    expect(data.ok).toBe(false);
    expect(data.summary).toEqual({ files: 4, valid: 2, invalid: 1, errors: 1, notReady: 1 });
    expect(data.files.map((f: { status: string }) => f.status)).toEqual(['invalid', 'valid', 'valid', 'error']);
    expect(data.files[0].file).toBe('reviews/bad & "odd".gcm.yaml');
    expect(data.files[0].diagnostics[0]).toMatchObject({
      line: 12,
      column: 7,
      code: 'unknown-field',
      severity: 'error',
    });
    expect(data.files[1].ready).toBe(false);
    expect(data.files[1].diagnostics[0]).toMatchObject({ severity: 'warning', code: 'not-ready' });
    expect(data.files[2].readiness.ready).toBe(true);
  });
  it('ok is true for valid files, and false under strict when one is not ready', () => {
    expect(JSON.parse(REPORTERS.json([validReady, validNotReady], ctx())).ok).toBe(true);
    expect(JSON.parse(REPORTERS.json([validReady, validNotReady], ctx({ strict: true }))).ok).toBe(false);
  });
});

describe('junit reporter', () => {
  it('is well-formed XML with one test case per file and a failure per invalid file', () => {
    const xml = REPORTERS.junit(all, ctx());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite['@tests']).toBe('3');
    expect(suite['@failures']).toBe('1');
    const cases = suite.testcase;
    expect(cases).toHaveLength(3);
    expect(cases[0]['@name']).toBe('reviews/bad & "odd".gcm.yaml');
    expect(cases[0].failure['@type']).toBe('unknown-field');
    expect(cases[0].failure['#text']).toContain('reviews/bad & "odd".gcm.yaml:12:7');
    expect(cases[0].failure['#text']).toContain('100% <xml>');
    expect(cases[1].failure).toBeUndefined();
    expect(cases[1]['system-out']).toContain('Not ready');
    expect(cases[2].failure).toBeUndefined();
  });
  it('counts not-ready files as failures under strict', () => {
    const xml = REPORTERS.junit([validNotReady, validReady], ctx({ strict: true }));
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    expect(doc.testsuites['@failures']).toBe('1');
  });
});

describe('github reporter', () => {
  it('writes one workflow command per problem with escaped properties and data', () => {
    const out = REPORTERS.github(all, ctx());
    const cmds = out.split('\n').filter((l) => l.startsWith('::'));
    expect(cmds).toHaveLength(3);
    const re = /^::(error|warning) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$/;
    for (const c of cmds) expect(c).toMatch(re);
    const [, sev, props, data] = re.exec(cmds[0]!)!;
    expect(sev).toBe('error');
    expect(props).toBe(
      'file=reviews/bad & "odd".gcm.yaml,line=12,col=7,endLine=12,endColumn=13,title=gcm-review%3A unknown-field',
    );
    expect(data).toContain('%0ADid you mean “status”?');
    expect(cmds[1]).toContain('Second line%2C'.replace('%2C', ',')); // data keeps commas
    expect(cmds[1]).toContain('100%25 <xml>');
    expect(cmds[1]).not.toMatch(/\n/);
    expect(cmds[2]).toMatch(/^::warning file=reviews\/draft\.gcm\.yaml,title=gcm-review%3A not-ready::Not ready/);
  });
  it('escapes as the runner expects', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('sarif reporter', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(REPORTERS.sarif([...all, missing], ctx()));
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    // the SARIF schema is draft-04; its keywords used here mean the same in ajv's draft-07
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({
      strict: false,
      validateFormats: false,
      allErrors: true,
      validateSchema: false,
      unicodeRegExp: false,
    });
    const validate = ajv.compile(schema);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('gcm-review');
    expect(run.results).toHaveLength(4); // 2 problems, 1 readiness gap, 1 missing file
    expect(run.results[0]).toMatchObject({
      ruleId: 'unknown-field',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 7, endColumn: 13 },
          },
        },
      ],
    });
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      encodeURI('reviews/bad & "odd".gcm.yaml'),
    );
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of run.results) expect(ids).toContain(r.ruleId);
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'not-ready').level).toBe('warning');
  });
});

describe('paths', () => {
  it('are shown relative to the working folder, without "./", so annotations attach to the file', async () => {
    const { displayPath } = await import('../../src/reporters/util.js');
    expect(displayPath('./bad.gcm.yaml', { cwd: '/w' })).toBe('bad.gcm.yaml');
    expect(displayPath('/w/sub/a.gcm.yaml', { cwd: '/w' })).toBe('sub/a.gcm.yaml');
    expect(displayPath('sub/../a.gcm.yaml', { cwd: '/w' })).toBe('a.gcm.yaml');
    expect(displayPath('/elsewhere/a.gcm.yaml', { cwd: '/w' })).toBe('/elsewhere/a.gcm.yaml');
    expect(displayPath('../up.gcm.yaml', { cwd: '/w/x' })).toBe('../up.gcm.yaml');
    expect(displayPath('-', { cwd: '/w' })).toBe('-');
  });
});

describe('sarif rules', () => {
  it('describe every code from the documented list', async () => {
    const { DIAGNOSTIC_CODES } = await import('../../src/diagnostics/codes.js');
    const results: FileResult[] = Object.keys(DIAGNOSTIC_CODES).map((code) => ({
      file: `/work/${code}.gcm.yaml`,
      diagnostics: [
        { file: `/work/${code}.gcm.yaml`, line: 1, column: 1, severity: 'error', code, path: [], message: 'x' },
      ],
    }));
    const log = JSON.parse(REPORTERS.sarif(results, ctx()));
    for (const rule of log.runs[0].tool.driver.rules)
      expect(rule.shortDescription.text).toBe(DIAGNOSTIC_CODES[rule.id]);
  });
});
