// What the schema holds for editors, checked on the schema itself (the language-server tests check
// how it shows). New fields get all of it from the generator's helpers; these tests catch a field
// that would not, e.g. a union written as anyOf, which the YAML language server hovers once per branch.
import { describe, expect, test } from 'vitest';
import { buildSchema } from '../../src/schema/generate.js';
import { DATE_PATTERN, questionMarkdown } from '../../src/schema/editor.js';
import { createAjv } from '../../src/validate/ajv.js';
import { QUESTIONS, SUBMITTER_TYPES, questionText } from '../../src/reference/index.js';

type Json = Record<string, unknown>;
const schema = buildSchema();

/** Every subschema with its JSON pointer (the `if` parts of conditionals excluded: they only test). */
function subschemas(): { pointer: string; s: Json }[] {
  const out: { pointer: string; s: Json }[] = [];
  const walk = (v: unknown, pointer: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${pointer}/${i}`));
    if (!v || typeof v !== 'object') return;
    out.push({ pointer, s: v as Json });
    for (const [k, x] of Object.entries(v as Json))
      if (k !== 'if' && k !== 'defaultSnippets') walk(x, `${pointer}/${k}`);
  };
  walk(schema, '#');
  return out;
}

describe('the schema for editors', () => {
  test('every subschema with a description has a markdownDescription (hover and completion text)', () => {
    const missing = subschemas()
      .filter(({ s }) => typeof s['description'] === 'string' && typeof s['markdownDescription'] !== 'string')
      .map((x) => x.pointer);
    expect(missing).toEqual([]);
    expect(subschemas().filter(({ s }) => typeof s['markdownDescription'] === 'string').length).toBeGreaterThan(100);
  });

  test('no anyOf or oneOf: unions are written as type lists, so hover shows a title once', () => {
    const unions = subschemas()
      .filter(({ s }) => 'anyOf' in s || 'oneOf' in s)
      .map((x) => x.pointer);
    expect(unions).toEqual([]);
  });

  test('the five question fields carry the Annex I wording of every kind of submitter', () => {
    const answers = (schema['$defs'] as Json)['objectiveAnswers'] as Json;
    for (const q of QUESTIONS) {
      const md = ((answers['properties'] as Json)[q.field] as Json)['markdownDescription'] as string;
      expect(md.startsWith(questionMarkdown(q.letter))).toBe(true);
      for (const t of SUBMITTER_TYPES) expect(md).toContain(questionText(q.letter, t, 'en'));
    }
  });

  test('every date field has the pattern of an existing date', () => {
    const dates = subschemas().filter(({ s }) => s['format'] === 'date');
    expect(dates.length).toBeGreaterThanOrEqual(2);
    for (const { s } of dates) expect(s['pattern']).toBe(DATE_PATTERN);
  });

  test('DATE_PATTERN accepts exactly the dates Ajv\'s format "date" accepts (every day and out-of-range day of years 0000–2200, then of every seventh year to 9999)', () => {
    const ajv = createAjv();
    const byFormat = ajv.compile({ type: 'string', format: 'date' });
    const byPattern = new RegExp(DATE_PATTERN, 'u');
    const mismatches: string[] = [];
    for (let y = 0; y <= 9999; y += y < 2200 ? 1 : 7)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (byFormat(s) !== byPattern.test(s)) mismatches.push(s);
        }
    for (const s of ['2024-02-29', '2000-02-29', '1900-02-29', '2026-2-3', '2026-02-03T00:00', ' 2026-02-03'])
      if (byFormat(s) !== byPattern.test(s)) mismatches.push(s);
    expect(mismatches).toEqual([]);
  });
});
