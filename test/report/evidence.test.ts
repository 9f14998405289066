// Evidence structures (issue 15 §1): statistics tables, references, practice facts. Validation
// (errors at line:column, both validation paths agree) and real PDFs in EN, FR, ES and AR.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildReportModel } from '../../src/model/index.js';
import { renderMarkdown } from '../../src/model/markdown.js';
import { renderFiles } from '../../src/render/index.js';
import { checkText } from '../../src/validate/index.js';
import { loadReview, pageTexts, removeTempDirs, tempDir } from '../render/helpers.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'evidence.gcm.yaml');
const source = readFileSync(FIXTURE, 'utf8');

/** Both validation paths (fast, precise) on a text; their verdicts must agree. */
function check(text: string) {
  const fast = checkText('t.gcm.yaml', text);
  const precise = checkText('t.gcm.yaml', text, { precise: true });
  expect(Boolean(fast.review), 'fast and precise paths agree').toBe(Boolean(precise.review));
  return precise.diagnostics.filter((d) => d.severity === 'error');
}

/** 1-based line and column of the first occurrence of `needle` in `text` (after `after`). */
function posOf(text: string, needle: string, after = ''): { line: number; column: number } {
  const at = text.indexOf(needle, after ? text.indexOf(after) : 0);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('validation of the evidence structures', () => {
  test('the fixture with a table, references, a footnote and practice facts is valid', () => {
    expect(check(source)).toEqual([]);
  });

  test('a table row with the wrong number of values is an error at that row', () => {
    const bad = source.replace('values: [1100, 1250.5, n/a]', 'values: [1100, 1250.5]');
    const errors = check(bad);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'table-values', ...posOf(bad, 'label: {en: Men') });
    expect(errors[0]!.message).toContain('2 values for 3 columns (2010, 2015, 2020)');
    expect(errors[0]!.hint).toContain('null');
  });

  test('an unknown [@id] is an error at the citation itself, with did-you-mean', () => {
    const bad = source.replace('migrations [@nso2021]', 'migrations [@nso2012]');
    const errors = check(bad);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-reference', ...posOf(bad, '@nso2012') });
    expect(errors[0]!.message).toContain('[@nso2012] cites no entry of the references list');
    expect(errors[0]!.hint).toBe('Did you mean “nso2021”?');
  });

  test('an unknown id in a multi-citation and an unknown source_ref are each found', () => {
    const bad = source
      .replace('[@nso2021; @escap2019]', '[@nso2021; @escap2091]')
      .replace('source_ref: nso2021', 'source_ref: nso');
    const errors = check(bad);
    expect(errors.map((e) => e.code)).toEqual(['unknown-reference', 'unknown-reference']);
    expect(errors[0]).toMatchObject(posOf(bad, '@escap2091'));
    expect(errors[1]).toMatchObject(posOf(bad, 'nso\n'));
    expect(errors[1]!.hint).toBe('Did you mean “nso2021”?');
  });

  test('citations without any references list say how to add one', () => {
    const bad = source.slice(0, source.indexOf('references:'));
    const errors = check(bad);
    expect(errors.length).toBeGreaterThan(3);
    expect(errors.every((e) => e.code === 'unknown-reference')).toBe(true);
    expect(errors[0]!.hint).toContain('references: [{id: ..., text: ..., link: ...}]');
  });

  test('a citation in a review with no references and no tables is an error on both paths (written plainly or with a YAML escape)', () => {
    const example = readFileSync(join(import.meta.dirname, '../../examples/full-en.gcm.yaml'), 'utf8');
    expect(example).not.toContain('references:');
    const plain = example.replace('in March 2024.', 'in March 2024 [@nosuch].');
    const errors = check(plain);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-reference', ...posOf(plain, '@nosuch') });
    // "\x40" is "@" in a double-quoted YAML text
    const escaped = example.replace(/^ {2}title: .*$/m, '  title: "Review [\\x40nosuch]"');
    expect(escaped).not.toBe(example);
    expect(check(escaped).map((e) => e.code)).toEqual(['unknown-reference']);
  });

  test('two references with the same id, and an entry that is both a row and a table, are errors', () => {
    const dup = source.replace('  - id: nso2021', '  - id: escap2019');
    expect(check(dup).map((e) => e.code)).toContain('duplicate-reference');
    const both = source.replace('        - table:\n', '        - value: 3\n          table:\n');
    const errors = check(both);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'table-and-row', ...posOf(both, 'value: 3') });
  });

  test('SDG targets are checked as target or indicator numbers; partner countries as ISO codes', () => {
    const bad = source.replace('["10.7", "10.7.2"]', '["10.7", "10.9", "18.1", "10.c.1"]');
    const errors = check(bad);
    expect(errors.map((e) => [e.code, e.message.match(/“([^”]+)”/)?.[1]])).toEqual([
      ['sdg-target', '10.9'],
      ['sdg-target', '18.1'],
    ]);
    expect(errors[0]!.hint).toContain('10.7.2');
    const country = check(source.replace('country: PHL', 'country: Philippines'));
    expect(country).toHaveLength(1);
    expect(country[0]!.hint).toBe('Did you mean “PHL”?');
  });

  test('a table needs title, columns and rows; a row entry still needs indicator and value', () => {
    const noRows = check(source.replace(/ {12}rows:\n(.*\n){6}/, ''));
    expect(noRows.map((e) => e.message).join('\n')).toContain('“rows” (Rows) is missing');
    const noValue = check(source.replace('          value: 125000.5\n', ''));
    expect(noValue.map((e) => e.message).join('\n')).toContain('“value” (Value) is missing');
  });
});

describe('the model and Markdown', () => {
  test('[@id] becomes the reference number linking to the References section; [^1] a footnote', async () => {
    const review = await loadReview(FIXTURE);
    const m = buildReportModel(review, { lang: 'en' });
    expect(m.references.map((r) => [r.number, r.id])).toEqual([
      [1, 'ref-escap2019'],
      [2, 'ref-nso2021'],
    ]);
    const km = m.keyMessages!.html;
    expect(km).toContain('<a class="cite" href="#ref-escap2019">1</a>');
    expect(km).toMatch(/<sup class="footnote-ref"><a href="#fn-t\d+-1" id="fnref-t\d+-1">1<\/a><\/sup>/);
    expect(km).toContain('Census rounds of 2010 and 2020.');
    expect(km).not.toContain('[^1]');
    expect(km).not.toContain('[@');
  });

  test('footnote ids differ between two texts of one report', () => {
    const a = renderMarkdown('x[^1]\n\n[^1]: a', { docId: 't1' });
    const b = renderMarkdown('y[^1]\n\n[^1]: b', { docId: 't2' });
    const ids = (h: string) => [...h.matchAll(/id="([^"]+)"/g)].map((x) => x[1]);
    expect(ids(a).filter((x) => ids(b).includes(x))).toEqual([]);
  });

  test('tables are numbered in reading order, also with --order roundtable', async () => {
    const review = await loadReview(FIXTURE);
    review.objectives!['2'] = {
      implementation: { statistics: [structuredClone(review.objectives!['1']!.implementation!.statistics![1]!)] },
    };
    const labels = (order: 'objective' | 'roundtable') =>
      buildReportModel(review, { lang: 'fr', order })
        .parts.flatMap((p) => p.objectives)
        .flatMap((o) => o.q.a.tables.map((t) => `${o.number}:${t.label}`));
    expect(labels('objective')).toEqual(['1:Tableau 1', '2:Tableau 2']);
    // objective 2 is in round table 1, objective 1 in round table 4
    expect(labels('roundtable')).toEqual(['2:Tableau 1', '1:Tableau 2']);
  });

  test('a practice serving objectives 1, 3 and 7 is described under 1 and listed under 3 (7 is not reported)', async () => {
    const m = buildReportModel(await loadReview(FIXTURE), { lang: 'en' });
    const o = (n: number) => m.parts[0]!.objectives.find((x) => x.number === n)!;
    expect(o(1).q.d.practices).toHaveLength(1);
    expect(o(3).q.d.practices).toHaveLength(0);
    expect(o(3).q.d.related).toEqual([
      { titleHtml: 'One-stop migrant resource centres', href: '#practice-1', text: 'Described under objective 1.' },
    ]);
    expect(o(1).q.d.practices[0]!.facts.map((f) => f.label)).toEqual([
      'Period',
      'Type',
      'Scope',
      'Objectives',
      'Guiding principles',
      'SDG targets',
      'Partners',
    ]);
  });
});

describe('PDF reports in four languages', () => {
  let dir: string;
  const texts: Record<string, string> = {};
  beforeAll(async () => {
    dir = tempDir('gcm-evidence-');
    const summary = await renderFiles([FIXTURE], { outDir: dir, langs: ['en', 'fr', 'es', 'ar'] });
    expect(summary.failed).toEqual([]);
    // bidi marks pdftotext adds around right-to-left runs are left out
    for (const l of ['en', 'fr', 'es', 'ar'])
      texts[l] = pageTexts(join(dir, `evidence.${l}.pdf`))
        .join('\n')
        .replace(/[\u200e\u200f\u202a-\u202e]/g, '');
  }, 120_000);
  afterAll(removeTempDirs);

  const expected = {
    en: {
      table: 'Table 1. Migrant stock by sex',
      na: 'not available',
      num: '1,250.5',
      refs: 'References',
      unit: 'Unit: persons',
      fact: 'SDG targets',
    },
    fr: {
      table: 'Tableau 1. Population migrante par sexe',
      na: 'non disponible',
      num: '1 250,5',
      refs: 'Références',
      unit: 'Unité : persons',
      fact: 'Cibles des ODD',
    },
    es: {
      table: 'Cuadro 1. Población migrante por sexo',
      na: 'no disponible',
      num: '1250,5',
      refs: 'Referencias',
      unit: 'Unidad: persons',
      fact: 'Metas de los ODS',
    },
    ar: {
      table: 'الجدول',
      na: 'غير متاح',
      num: '1,250.5',
      refs: 'المراجع',
      unit: 'الوحدة',
      fact: 'غايات أهداف التنمية المستدامة',
    },
  } as const;
  for (const [lang, e] of Object.entries(expected)) {
    test(`${lang}: numbered table, "not available", numbers in the language's format, references, practice facts`, () => {
      const text = texts[lang]!;
      expect(text).toContain(e.table);
      expect(text.split(e.na).length - 1).toBe(2);
      expect(text).toContain(e.num);
      expect(text).toContain(e.refs);
      expect(text).toContain(e.unit);
      expect(text.toUpperCase()).toContain(e.fact.toUpperCase()); // labels are set in capitals
      // citations became numbers, footnote marks never print literally
      expect(text).not.toMatch(/\[@|\[\^/);
      expect(text).toMatch(/\[1\]/);
    });
  }

  test('the long table repeats its header row on the next page', async () => {
    const rows = Array.from(
      { length: 70 },
      (_, i) => `              - {label: Region ${i + 1}, values: [${i}, ${i + 1}, null]}`,
    ).join('\n');
    const long = source.replace(/ {12}rows:\n(.*\n){6}/, `            rows:\n${rows}\n`);
    const file = join(dir, 'long.gcm.yaml');
    writeFileSync(file, long);
    const summary = await renderFiles([file], { outDir: dir, lang: 'en' });
    expect(summary.failed).toEqual([]);
    const pages = pageTexts(join(dir, 'long.pdf'));
    const withRows = pages.filter((p) => /Region \d+/.test(p));
    expect(withRows.length).toBeGreaterThan(1);
    for (const p of withRows) expect(p).toMatch(/2010 2015 2020 Region/);
  }, 120_000);

  test('a long practice box starts right under its heading, breaks across pages, and goes on under "<title> (continued)"', async () => {
    const para = 'Centres in five cities give information and referral in eight languages. '.repeat(6);
    const long = source.replace(
      '          en: Centres in five cities give information and referral in eight languages.',
      `          en: |\n${Array.from({ length: 14 }, () => `            ${para}\n`).join('\n')}`,
    );
    const file = join(dir, 'longbox.gcm.yaml');
    writeFileSync(file, long);
    const summary = await renderFiles([file], { outDir: dir, lang: 'en' });
    expect(summary.failed).toEqual([]);
    const pages = pageTexts(join(dir, 'longbox.pdf'));
    const box = pages.findIndex((p) => p.includes('One-stop migrant resource centres'));
    expect(box).toBeGreaterThan(0);
    // the box begins on the page of its heading (after question (a)'s table), and goes on to the next page
    expect(pages[box]).toContain('(d) Promising practices and lessons learned');
    expect(pages[box]).toContain('Table 1. Migrant stock by sex');
    expect(pages[box + 1]).toContain('Centres in five cities');
    // the box's next page: the running header names the objective as continued, the box its title
    expect(pages[box + 1]).toMatch(
      /^Test Republic · .*\(2026\) · Objective 1 \(continued\) One-stop migrant resource centres \(continued\) /,
    );
    expect(pages[box]).not.toContain('(continued)');
  }, 120_000);
});
