// What the importer recognises, one heading or cell at a time: objective headings in four languages
// and shapes, questions by letter or wording, numbers as each language writes them, statistics tables.
import { describe, expect, it } from 'vitest';
import { matchLeadIn, matchObjective, matchQuestion, parseValue, tableStatistics } from '../../src/import/place.js';

describe('objective headings', () => {
  it.each([
    ['Objective 7', 7],
    ['Objectif 7 : Réduire les vulnérabilités liées à la migration', 7],
    ['Objetivo 7', 7],
    ['الهدف 7', 7],
    ['الهدف ٧: معالجة مواطن الضعف', 7],
    ['GCM Objective 7: Address and reduce vulnerabilities in migration', 7],
    ['3.7 Objective 7 Address and reduce vulnerabilities in migration', 7],
    ['OBJECTIVE 23 — International cooperation', 23],
    ['Address and reduce vulnerabilities in migration', 7],
    ['S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire', 7],
    ['Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen', 2],
  ])('%s → objective %i', (text, n) => {
    expect(matchObjective(text)?.n).toBe(n);
  });

  it.each(['Objective 24', 'Objectives of the review', 'Our objective is to protect migrants', 'Objective'])(
    '%s is not an objective heading',
    (text) => {
      expect(matchObjective(text)).toBeUndefined();
    },
  );
});

describe('questions', () => {
  it.each([
    ['(a) Status of implementation', 'a'],
    ['c) Main gaps and challenges', 'c'],
    ['(ج) أهم الثغرات والتحديات', 'c'],
    ['(هـ) المجالات التي تحتاج إلى دعم', 'e'],
    ['Principales lacunes et difficultés', 'c'],
    ['Buenas prácticas', 'd'],
    ['Promising practices and lessons learned', 'd'],
    ['Areas needing support', 'e'],
  ])('heading %s → (%s)', (text, letter) => {
    expect(matchQuestion(text, true)?.letter).toBe(letter);
  });

  it('a bold lead-in names a question by its letter with any wording, or by the exact wording', () => {
    expect(matchLeadIn('(c) Gaps:')?.letter).toBe('c');
    expect(matchLeadIn('(e) What we need:')?.letter).toBe('e');
    expect(matchLeadIn('Main gaps and challenges:')?.letter).toBe('c');
    // a practice's title is not a question, nor is a guiding principle with its letter
    expect(matchLeadIn('Circular migration pilot.')).toBeUndefined();
    expect(matchLeadIn('(a) People-centred')).toBeUndefined();
  });
});

describe('numbers and statistics', () => {
  it.each([
    ['12,400 persons', 'en', 12400, 'persons'],
    ['12 400 personnes', 'fr', 12400, 'personnes'],
    ['12.400 personas', 'es', 12400, 'personas'],
    ['22,4 %', 'fr', 22.4, '%'],
    ['١٬٢٨٤٬٠٠٠ عامل', 'ar', 1284000, 'عامل'],
    ['7.6', 'en', 7.6, undefined],
  ])('%s (%s) → %d %s', (text, lang, value, unit) => {
    expect(parseValue(text, lang)).toEqual({ value, ...(unit ? { unit } : {}) });
  });

  it('a value that is not a number stays text', () => {
    expect(parseValue('about half', 'en')).toEqual({ value: 'about half' });
  });

  const cell = (text: string) => ({ text, md: text, header: false });
  it('a table with years as columns gives one statistic per cell', () => {
    const rows = [
      ['Indicator', '2015', '2024'],
      ['Asylum applications', '2,140', '6,315'],
    ].map((r) => r.map(cell));
    expect(tableStatistics(rows, 'en')).toEqual([
      { indicator: 'Asylum applications', value: 2140, year: 2015 },
      { indicator: 'Asylum applications', value: 6315, year: 2024 },
    ]);
  });

  it('a table of another shape is not statistics', () => {
    const rows = [
      ['Ministry', 'Role'],
      ['Interior', 'Lead'],
    ].map((r) => r.map(cell));
    expect(tableStatistics(rows, 'en')).toBeUndefined();
  });
});
