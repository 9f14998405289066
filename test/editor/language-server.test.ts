// The schema as editors use it: the Red Hat YAML language server (yaml-language-server, the engine
// of VS Code's YAML extension) runs as a real LSP server in a child process, and these tests open
// review files in it as an editor does. They check what a focal point sees: no false errors on good
// files, errors on the lines `validate` reports for bad ones, the Annex I questions and official
// titles on hover and in completion, and objective keys written with or without quotes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ANNEX_I, OBJECTIVES, QUESTIONS, SUBMITTER_TYPES, questionText } from '../../src/reference/index.js';
import { buildSchema } from '../../src/schema/generate.js';
import { LANGUAGE_KEY_MESSAGE, NARRATIVE_MESSAGE, OBJECTIVE_KEY_MESSAGE } from '../../src/schema/editor.js';
import { createAjv } from '../../src/validate/ajv.js';
import { checkText } from '../../src/validate/index.js';
import { parsePrecise, prepareText } from '../../src/load/index.js';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import {
  SERVER_VERSION,
  SEVERITY_ERROR,
  SEVERITY_INFO,
  YamlLanguageServer,
  hoverText,
  positionOf,
  yamlSettings,
  type CompletionItem,
  type LspDiagnostic,
} from '../support/lsp.js';

const ROOT = join(import.meta.dirname, '../..');
const SCHEMA_URL = pathToFileURL(join(ROOT, 'schemas/gcm-review.schema.json')).href;
const EXAMPLES = join(ROOT, 'examples');
const VALID = join(ROOT, 'test/fixtures/valid');
const INVALID = join(ROOT, 'test/fixtures/invalid');
const reviews = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.gcm\.ya?ml$/.test(f))
    .sort();
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const uriOf = (dir: string, f: string) => pathToFileURL(join(dir, f)).href;

/** A file name nobody else opens, in a given folder (the server keys documents by URI). */
let n = 0;
const scratchUri = (dir = VALID) => pathToFileURL(join(dir, `lsp-test-${++n}.gcm.yaml`)).href;

const show = (ds: LspDiagnostic[]) =>
  ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${d.severity}] ${d.message}`).join('\n');

let server: YamlLanguageServer;

beforeAll(async () => {
  // files without a modeline (the fixtures) get the schema the way the README's settings give it
  server = await YamlLanguageServer.start(yamlSettings({ [SCHEMA_URL]: ['*.gcm.yaml', '*.gcm.yml'] }), ROOT);
});
afterAll(async () => {
  await server?.stop();
});

describe(`yaml-language-server ${SERVER_VERSION}: files that are valid get no diagnostics`, () => {
  test.each(reviews(EXAMPLES))('examples/%s (through its own modeline): 0 diagnostics', async (f) => {
    const text = read(EXAMPLES, f);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/gcm-review.schema.json');
    const ds = await server.open(uriOf(EXAMPLES, f), text);
    expect(show(ds)).toBe('');
    // the schema was really loaded: a hover answers with its wording
    expect(hoverText(await server.hover(uriOf(EXAMPLES, f), positionOf(text, 'format_version', 1)))).toContain(
      'File format version',
    );
  });

  test.each(reviews(VALID))('test/fixtures/valid/%s: no errors or warnings', async (f) => {
    expect(checkText(f, read(VALID, f)).diagnostics).toEqual([]);
    const ds = await server.open(uriOf(VALID, f), read(VALID, f));
    // errors and warnings: none. An information hint about the YAML itself (an anchor defined but
    // not used, in the fixture on anchors) is the editor's, not the schema's.
    expect(show(ds.filter((d) => d.severity !== SEVERITY_INFO))).toBe('');
    for (const d of ds) expect(d.message).toMatch(/^Unused anchor/);
  });
});

// ---- invalid fixtures: the language server and `validate` agree -----------------------------------

const freshAjv = createAjv();
const schemaValidate = freshAjv.compile(buildSchema());

/**
 * A fixture the schema can judge: it is YAML without problems of its own (syntax, duplicate keys,
 * tags, aliases…), and the schema rejects its data. Problems beyond that (a valid-looking ISO code
 * that does not exist, YAML syntax) are `validate`'s own checks.
 */
function schemaCanJudge(text: string): boolean {
  const prepared = prepareText(text);
  if (prepared.problems.length) return false;
  const parsed = parsePrecise(prepared.text);
  return parsed.problems.length === 0 && parsed.data !== undefined && !schemaValidate(parsed.data);
}

/**
 * Fixtures the schema judges, but the language server reads differently, and why. Each is checked
 * to still be judgeable by the schema, so the list cannot go stale silently.
 */
const READ_DIFFERENTLY: Record<string, string> = {
  'merge-key.gcm.yaml':
    'the language server applies YAML merge keys (<<) before checking, as YAML 1.1 tools do; review files refuse them and `validate` reports the key',
};

/** The line (1-based) of the key whose value is at `path`, e.g. `submitter:` for metadata.submitter. */
function keyLine(text: string, path: (string | number)[]): number | undefined {
  if (!path.length || typeof path[path.length - 1] === 'number') return undefined;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, version: '1.2', schema: 'core', uniqueKeys: false });
  let node: unknown = doc.contents;
  for (const seg of path.slice(0, -1)) {
    if (isMap(node))
      node = node.items.find((p) => String((p.key as { value?: unknown })?.value) === String(seg))?.value;
    else if (isSeq(node)) node = node.items[Number(seg)];
    else return undefined;
  }
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === String(path[path.length - 1]));
  const range = (pair?.key as YamlNode | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}

/**
 * Lines where the language server may show a `validate` diagnostic: the same line; for a missing
 * field, the server marks the key of the section instead (`submitter:`), where `validate` points
 * at the section's first line.
 */
function acceptableLines(text: string, d: Diagnostic): number[] {
  const lines = [d.line];
  if (d.code === 'required') {
    const k = keyLine(text, d.path);
    if (k !== undefined) lines.push(k);
  }
  return lines;
}

describe('invalid fixtures the schema can judge: an error on the line validate reports', () => {
  const judged = reviews(INVALID).filter((f) => schemaCanJudge(read(INVALID, f)));
  const compared = judged.filter((f) => !(f in READ_DIFFERENTLY));

  test('most invalid fixtures are judged by the schema (the rest are YAML or reference-data problems)', () => {
    expect(judged.length).toBeGreaterThanOrEqual(30);
    for (const f of Object.keys(READ_DIFFERENTLY)) expect(judged, f).toContain(f);
  });

  test.each(compared)('%s', async (f) => {
    const text = read(INVALID, f);
    const expected = checkText(f, text).diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    const ds = await server.open(uriOf(INVALID, f), text);
    const errorLines = ds.filter((d) => d.severity === SEVERITY_ERROR).map((d) => d.range.start.line + 1);
    for (const d of expected) {
      const ok = acceptableLines(text, d);
      expect(
        errorLines.some((l) => ok.includes(l)),
        `validate: ${d.line}:${d.column} ${d.message}\nlanguage server:\n${show(ds)}`,
      ).toBe(true);
    }
  });
});

// ---- hover ----------------------------------------------------------------------------------------

describe('hover', () => {
  const full = read(EXAMPLES, 'full-en.gcm.yaml');
  const fullUri = uriOf(EXAMPLES, 'full-en.gcm.yaml');
  const at7 = full.indexOf('\n  "7":');

  beforeAll(async () => {
    await server.open(fullUri, full);
  });

  test.each(QUESTIONS.map((q) => [q.letter, q.field] as const))(
    'question (%s), field %s: the Annex I wording for every kind of submitter, guidance and an example',
    async (letter, field) => {
      const h = hoverText(await server.hover(fullUri, positionOf(full, `\n    ${field}:`, 5, at7)));
      const q = QUESTIONS.find((x) => x.letter === letter)!;
      expect(h).toContain(`#### (${letter}) ${q.label.en}`);
      for (const t of SUBMITTER_TYPES) expect(h).toContain(questionText(letter, t, 'en'));
      // the source wording, verbatim (French), and what it is
      expect(h).toContain(ANNEX_I.questions.find((x) => x.letter === letter)!.text.fr);
      expect(h).toContain('our translation');
      expect(h).toContain(q.guidance.en);
      expect(h).toMatch(new RegExp(`\\*\\*Example\\*\\*\\s+\`\`\`yaml\\n${field}:`));
    },
  );

  test('a narrative shows its title once (no "A || A" from text-or-language-map)', async () => {
    for (const [needle, title] of [
      ['\n    gaps_and_challenges:', '(c) Main gaps and challenges'],
      ['\nkey_messages:', 'Key messages'],
      ['\nnational_context:', 'National context'],
    ] as const) {
      const h = hoverText(await server.hover(fullUri, positionOf(full, needle, needle.length - 3)));
      expect(h.split(title).length - 1, h).toBe(1);
      expect(h).not.toContain('||');
    }
  });

  test('a narrative written as a language map shows the same single title', async () => {
    const text = read(EXAMPLES, 'bilingual-en-fr.gcm.yaml');
    const uri = uriOf(EXAMPLES, 'bilingual-en-fr.gcm.yaml');
    await server.open(uri, text);
    const h = hoverText(await server.hover(uri, positionOf(text, '\nkey_messages:', 2)));
    expect(h).toMatch(/^#### Key messages\n/);
    expect(h).not.toContain('||');
  });

  test('the key of an objective shows its official title (quoted key, as the wizard writes it)', async () => {
    for (const o of OBJECTIVES) {
      const i = full.indexOf(`\n  "${o.number}":`);
      expect(i, `objective ${o.number} in full-en`).toBeGreaterThan(0);
      const h = hoverText(await server.hover(fullUri, positionOf(full, `"${o.number}"`, 1, i)));
      expect(h).toContain(`#### Objective ${o.number}: ${o.title.en}`);
    }
  });

  test('other fields carry their description and an example (markdownDescription)', async () => {
    const h = hoverText(await server.hover(fullUri, positionOf(full, '  cycle:', 3)));
    expect(h).toContain('#### Review cycle');
    expect(h).toMatch(/\*\*Example\*\*\s+```yaml\ncycle: imrf_2026/);
  });
});

// ---- objective keys: 7: and "7": ------------------------------------------------------------------

describe('objective keys written as numbers (7:) or as text ("7":)', () => {
  const quoted = read(EXAMPLES, 'full-en.gcm.yaml');
  const unquoted = quoted.replace(/\n {2}"(\d+)":/g, '\n  $1:');

  test('the example has all 23 objectives quoted; the variant has them all unquoted', () => {
    expect(quoted.match(/\n {2}"\d+":/g)).toHaveLength(23);
    expect(unquoted.match(/\n {2}\d+:/g)).toHaveLength(23);
    expect(checkText('u.gcm.yaml', unquoted).diagnostics).toEqual([]);
  });

  test('both get 0 diagnostics', async () => {
    expect(show(await server.open(scratchUri(EXAMPLES), quoted))).toBe('');
    expect(show(await server.open(scratchUri(EXAMPLES), unquoted))).toBe('');
  });

  test('the same mistakes give the same errors on the same lines, and 24 says objectives run 1 to 23', async () => {
    const breakIt = (t: string, key: string) =>
      t
        .replace(`\n  ${key.replace('N', '8')}:`, `\n  ${key.replace('N', '24')}:`)
        .replace(
          /(\n {2}"?7"?:[^]*?\n {4}gaps_and_challenges:) \|\n[^]*?\n(?= {4}promising_practices:)/,
          '$1\n      - a list\n',
        );
    const a = await server.open(scratchUri(EXAMPLES), breakIt(quoted, '"N"'));
    const b = await server.open(scratchUri(EXAMPLES), breakIt(unquoted, 'N'));
    const summary = (ds: LspDiagnostic[]) => ds.map((d) => `${d.range.start.line}|${d.message}`).sort();
    expect(summary(a)).toEqual(summary(b));
    expect(a.map((d) => d.message).sort()).toEqual([NARRATIVE_MESSAGE, OBJECTIVE_KEY_MESSAGE].sort());
    expect(OBJECTIVE_KEY_MESSAGE).toContain('from 1 to 23');
  });

  test(`an unquoted key (7:) gets no hover in yaml-language-server ${SERVER_VERSION}, as the README says; "7": does`, async () => {
    // Why, in the server's source (out/server/src/languageservice): parser/ast-converter.js makes
    // the key 7 a number node; services/yamlHover.js getHover moves from a key to its property's
    // schema only for string keys; and the only schema applied to a key itself, propertyNames, is
    // checked with NoOpSchemaCollector (parser/schemaValidation/baseValidator.js), so no schema is
    // recorded for a number key. No schema keyword reaches it. If a new server version shows a
    // title here, this fails: then update the README's "Limits" and this test.
    const ua = scratchUri(EXAMPLES);
    await server.open(ua, unquoted);
    const at = unquoted.indexOf('\n  7:');
    expect(hoverText(await server.hover(ua, positionOf(unquoted, '7', 0, at)))).toBe('');
    const qa = scratchUri(EXAMPLES);
    await server.open(qa, quoted);
    const title = `Objective 7: ${OBJECTIVES[6]!.title.en}`;
    expect(hoverText(await server.hover(qa, positionOf(quoted, '"7"', 1, quoted.indexOf('\n  "7":'))))).toContain(
      title,
    );
  });

  test('fields inside an unquoted objective hover as inside a quoted one', async () => {
    const ua = scratchUri(EXAMPLES);
    const qa = scratchUri(EXAMPLES);
    await server.open(ua, unquoted);
    await server.open(qa, quoted);
    for (const field of ['gaps_and_challenges', 'support_needs', 'implementation']) {
      const hu = hoverText(
        await server.hover(ua, positionOf(unquoted, `    ${field}:`, 6, unquoted.indexOf('\n  7:'))),
      );
      const hq = hoverText(await server.hover(qa, positionOf(quoted, `    ${field}:`, 6, quoted.indexOf('\n  "7":'))));
      expect(hu).toBe(hq);
      expect(hu).toContain('Annex I');
    }
  });
});

// ---- messages a focal point understands ---------------------------------------------------------

describe('error wording the language server shows', () => {
  test('a list where text is expected: one plain message, not "Expected string | object"', async () => {
    const text = read(INVALID, 'wrong-type-list-for-text.gcm.yaml');
    const ds = await server.open(scratchUri(INVALID), text);
    expect(ds.map((d) => d.message)).toEqual([NARRATIVE_MESSAGE]);
    expect(NARRATIVE_MESSAGE).toMatch(/^Write text here/);
  });

  test('a language map keyed by language names: says what a language code is', async () => {
    const ds = await server.open(scratchUri(INVALID), read(INVALID, 'language-map-bad-key.gcm.yaml'));
    expect(ds.map((d) => d.message)).toEqual([LANGUAGE_KEY_MESSAGE, LANGUAGE_KEY_MESSAGE]);
  });

  test('an impossible date (30 February) is an error in the editor too', async () => {
    const ds = await server.open(scratchUri(INVALID), read(INVALID, 'impossible-date.gcm.yaml'));
    expect(ds).toHaveLength(1);
    expect(ds[0]!.message).toContain('YYYY-MM-DD');
    expect(ds[0]!.range.start.line + 1).toBe(
      checkText('x', read(INVALID, 'impossible-date.gcm.yaml')).diagnostics[0]!.line,
    );
  });
});

// ---- the README says what a focal point sees ------------------------------------------------------

describe('README "Editor support"', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Editor support'), readme.indexOf('## CI: GitHub Action'));
  const flat = (t: string) => t.replace(/\s+/g, ' ');

  test('quotes the messages the language server really shows, word for word', async () => {
    const shown: string[] = [];
    for (const f of ['unknown-field-typo', 'misspelt-enum-status', 'wrong-type-list-for-text']) {
      const ds = await server.open(scratchUri(INVALID), read(INVALID, `${f}.gcm.yaml`));
      expect(ds).toHaveLength(1);
      shown.push(ds[0]!.message);
    }
    for (const m of shown) expect(flat(section)).toContain(`\`${m}\``);
    // the longer ones are quoted up to an ellipsis
    expect(flat(section)).toContain(OBJECTIVE_KEY_MESSAGE.replace(/`/g, '').slice(0, 60));
    const date = await server.open(scratchUri(INVALID), read(INVALID, 'impossible-date.gcm.yaml'));
    expect(flat(section)).toContain(date[0]!.message.slice(0, 44));
  });

  test('the first line it tells users to write is the one init writes', () => {
    expect(section).toContain('# yaml-language-server: $schema=./gcm-review.schema.json');
    expect(section).toContain('gcm-review schema --out gcm-review.schema.json');
  });
});

// ---- completion -----------------------------------------------------------------------------------

describe('completion', () => {
  const minimal = read(VALID, 'minimal.gcm.yaml');
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const docOf = (i: CompletionItem | undefined) =>
    typeof i?.documentation === 'string' ? i.documentation : (i?.documentation?.value ?? '');

  test('under objectives: each objective with its official title, and a skeleton of the five answers', async () => {
    const text = `${minimal}objectives:\n  \n`;
    const uri = scratchUri();
    await server.open(uri, text);
    const items = await server.completion(uri, positionOf(text, 'objectives:\n  ', 14));
    for (const o of OBJECTIVES) {
      const item = items.find((i) => i.label.startsWith(`${o.number}: `));
      expect(item, `objective ${o.number}`).toBeDefined();
      // the editor shortens long labels; the documentation has the whole official title
      expect(`${o.number}: ${o.title.en}`.startsWith(item!.label.replace(/\.\.\.$/, ''))).toBe(true);
      expect(docOf(item)).toContain(`Objective ${o.number}: ${o.title.en}`);
      const body = item!.insertText ?? item!.textEdit?.newText ?? '';
      // the key quoted, as init writes it, so that its hover shows the title
      expect(body.startsWith(`"${o.number}":\n`), body.slice(0, 20)).toBe(true);
      for (const q of QUESTIONS) expect(body).toContain(`${q.field}:`);
    }
    expect(labels(items)).toContain('7: Address and reduce vulnerabilities in migration');
    // no bare numbers: the properties "1"…"23" are doNotSuggest, so every objective the list
    // offers carries its title
    expect(labels(items).filter((l) => /^\d+$/.test(l))).toEqual([]);
    // in the order of the objectives, not "10" before "2"
    const order = items
      .filter((i) => /^\d+: /.test(i.label))
      .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))
      .map((i) => Number(i.label.split(':')[0]));
    expect(order).toEqual(OBJECTIVES.map((o) => o.number));
  });

  test('the objective the completion inserts is valid and hovers with its official title', async () => {
    const text = `${minimal}objectives:\n  \n`;
    const uri = scratchUri();
    await server.open(uri, text);
    const items = await server.completion(uri, positionOf(text, 'objectives:\n  ', 14));
    const seven = items.find((i) => i.label.startsWith('7: '))!;
    // as the editor does: the snippet's placeholders filled with their default text
    const body = (seven.insertText ?? seven.textEdit?.newText ?? '')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, 'x')
      .replace(/\n/g, '\n  ');
    const filled = `${minimal}objectives:\n  ${body}\n`;
    const uri2 = scratchUri();
    const ds = await server.open(uri2, filled);
    expect(ds.filter((d) => d.severity === SEVERITY_ERROR).map((d) => d.message)).toEqual([]);
    const h = hoverText(await server.hover(uri2, positionOf(filled, '"7":', 1)));
    expect(h).toContain(`#### Objective 7: ${OBJECTIVES[6]!.title.en}`);
  });

  test('typing an objective number offers that objective with its title', async () => {
    const text = `${minimal}objectives:\n  7\n`;
    const uri = scratchUri();
    await server.open(uri, text);
    const items = await server.completion(uri, positionOf(text, 'objectives:\n  7', 15));
    const seven = items.filter((i) => (i.filterText ?? i.label).startsWith('7'));
    expect(labels(seven)).toEqual(['7: Address and reduce vulnerabilities in migration']);
  });

  test.each([
    ['inside an objective', 'objectives:\n  7:\n    \n', '7:\n    ', 'The five Annex I answers'],
    [
      'in a statistics list',
      'objectives:\n  7:\n    implementation:\n      statistics:\n        - \n',
      'statistics:\n        - ',
      'A statistic',
    ],
    [
      'in promising practices',
      'objectives:\n  7:\n    promising_practices:\n      - \n',
      'practices:\n      - ',
      'A promising practice',
    ],
    ['in support needs', 'objectives:\n  7:\n    support_needs:\n      - \n', 'needs:\n      - ', 'A support need'],
  ])('%s: the snippet "%s"', async (_where, tail, before, label) => {
    const text = minimal + tail;
    const uri = scratchUri();
    await server.open(uri, text);
    const items = await server.completion(uri, positionOf(text, before, before.length));
    expect(labels(items)).toContain(label);
  });
});

// ---- a second consumer: ajv-cli -------------------------------------------------------------------

describe('the published schema in ajv-cli (a second JSON Schema tool)', () => {
  test('every example is valid', () => {
    const cli = createRequire(import.meta.url).resolve('ajv-cli/dist/index.js');
    const r = spawnSync(
      process.execPath,
      [
        cli,
        'validate',
        '-s',
        'schemas/gcm-review.schema.json',
        '-d',
        'examples/*.gcm.yaml',
        '--spec=draft2020',
        '--strict=false',
        '-c',
        'ajv-formats',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const f of reviews(EXAMPLES)) expect(r.stdout + r.stderr).toContain(`examples/${f} valid`);
  });
});
