// `objectives`, `principles`, `questions`: the official wording comes through whole (nothing lost
// to wrapping), tables fit 80 columns in every language, JSON mirrors the reference data.
import { describe, expect, it } from 'vitest';
import {
  ANNEX_I,
  OBJECTIVES,
  PRINCIPLES,
  QUESTION_LETTERS,
  REFERENCE_LANGS,
  SUBMITTER_TYPES,
  SUPPORT_AREA_VALUES,
  questionText,
} from '../../src/reference/index.js';
import { renderTable, wrap } from '../../src/cli/text.js';
import { run, widths } from './helpers.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads back one column of a text table: the fragments under `header`, joined per row. */
function column(text: string, header: string, rowStartHeader: string): string[] {
  const lines = text.split('\n');
  const h = lines.findIndex((l) => l.includes(header) && l.includes(rowStartHeader));
  expect(h, `header line with "${header}"`).toBeGreaterThanOrEqual(0);
  const at = [...lines[h]!].join('').indexOf(header);
  const firstEnd = [...lines[h]!.slice(0, lines[h]!.indexOf(rowStartHeader))].length + rowStartHeader.length;
  const rows: string[] = [];
  for (const line of lines.slice(h + 1)) {
    if (line.trim() === '') break;
    const chars = [...line];
    const first = chars.slice(0, firstEnd).join('').trim();
    if (first && !/^\d+$|^\([a-j]\)$/.test(first)) continue; // a wrapped header line
    const cell = chars.slice(at).join('').trim();
    if (first) rows.push(cell);
    else rows[rows.length - 1] += ' ' + cell;
  }
  return rows.map(norm);
}

describe('text layout', () => {
  it('wrap keeps every word, in order, within the width', () => {
    const text = OBJECTIVES.map((o) => o.title.fr).join(' ');
    for (const w of [20, 37, 80]) {
      const lines = wrap(text, w);
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(w);
      expect(lines.join(' ')).toBe(norm(text));
    }
  });

  it('wrap cuts a word longer than the width unless told not to', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('see /a/very/long/path/name here', 10, false)).toEqual(['see', '/a/very/long/path/name', 'here']);
  });

  it('renderTable fits the width it is given', () => {
    const rows = OBJECTIVES.map((o) => [String(o.number), o.short.es, String(o.roundtable), o.title.es]);
    for (const width of [60, 80, 100]) {
      const lines = renderTable(
        [{ header: 'No.' }, { header: 'Short', flex: 1 }, { header: 'Round table' }, { header: 'Title', flex: 2 }],
        rows,
        width,
      );
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(width);
    }
  });
});

describe('gcm-review objectives', () => {
  it.each(REFERENCE_LANGS)('lists all 23 official titles whole, in 80 columns (%s)', (lang) => {
    const r = run(['objectives', '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(Math.max(...widths(r.out))).toBeLessThanOrEqual(80);
    const header = { en: 'Official title', fr: 'Titre officiel', es: 'Título oficial' }[lang];
    const no = { en: 'No.', fr: 'N°', es: 'N.º' }[lang];
    const titles = column(r.out, header, no).map((t) => t.replace(/ \*$/, ''));
    expect(titles).toEqual(OBJECTIVES.map((o) => o.title[lang]));
  });

  it('marks round tables not yet checked against the source, and explains the mark', () => {
    const r = run(['objectives']);
    const unverified = OBJECTIVES.filter((o) => o.unverified.includes('roundtable'));
    expect(unverified.length).toBeGreaterThan(0);
    for (const o of unverified) expect(r.out).toMatch(new RegExp(`^ *${o.number} .* ${o.roundtable}\\* `, 'm'));
    expect(r.out).toContain('* not yet checked against the official source');
  });

  it('--json: an array of 23 objects with title, short label and round table in the language asked', () => {
    const r = run(['objectives', '--json', '--lang', 'fr']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as {
      number: number;
      title: string;
      short: string;
      roundtable: number;
      unverified: string[];
    }[];
    expect(data).toHaveLength(23);
    for (const [i, o] of OBJECTIVES.entries()) {
      expect(data[i]).toMatchObject({
        number: o.number,
        title: o.title.fr,
        short: o.short.fr,
        roundtable: o.roundtable,
      });
      expect(data[i]!.unverified.includes('roundtable')).toBe(o.unverified.includes('roundtable'));
    }
  });

  it('a language it does not have is a usage error (exit 2) naming the choices, nothing on stdout', () => {
    const r = run(['objectives', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/argument 'de' is invalid\. Allowed choices are en, fr, es/);
  });
});

describe('gcm-review principles', () => {
  it.each(REFERENCE_LANGS)('lists the ten principles with their keys, in 80 columns (%s)', (lang) => {
    const r = run(['principles', '--lang', lang]);
    expect(r.code).toBe(0);
    expect(Math.max(...widths(r.out))).toBeLessThanOrEqual(80);
    const header = { en: 'Guiding principle', fr: 'Principe directeur', es: 'Principio rector' }[lang];
    const letter = { en: 'Letter', fr: 'Lettre', es: 'Letra' }[lang];
    expect(column(r.out, header, letter)).toEqual(PRINCIPLES.map((p) => p.title[lang]));
    for (const p of PRINCIPLES) expect(r.out).toMatch(new RegExp(`^\\(${p.letter}\\) +${p.key} `, 'm'));
  });

  it('--json mirrors the reference data', () => {
    const r = run(['principles', '--json', '--lang', 'es']);
    expect(JSON.parse(r.out)).toEqual(
      PRINCIPLES.map((p) => ({ letter: p.letter, key: p.key, title: p.title.es, verified: { title: true } })),
    );
  });
});

describe('gcm-review questions', () => {
  it.each(SUBMITTER_TYPES.flatMap((t) => REFERENCE_LANGS.map((l) => [t, l] as const)))(
    'shows the five questions worded for %s (%s), whole, in 80 columns',
    (type, lang) => {
      const r = run(['questions', '--submitter', type, '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(Math.max(...widths(r.out))).toBeLessThanOrEqual(80);
      const flat = norm(r.out);
      for (const letter of QUESTION_LETTERS) expect(flat).toContain(norm(questionText(letter, type, lang)));
      for (const area of SUPPORT_AREA_VALUES) expect(r.out).toMatch(new RegExp(`^ +${area} `, 'm'));
    },
  );

  it('says where the wording comes from: verbatim French Annex I for regional processes, adapted for a Member State', () => {
    const fr = run(['questions', '--submitter', 'regional_organization', '--lang', 'fr']);
    expect(norm(fr.out)).toContain(norm(ANNEX_I.questions[0].text.fr));
    expect(fr.out).toContain('texte de l’annexe I');
    const en = run(['questions']);
    expect(en.out).toMatch(/adapted from Annex I/);
  });

  it('--json: five objects with the file field, the text for the submitter and, for (e), the support areas', () => {
    const r = run(['questions', '--json', '--submitter', 'stakeholder']);
    const data = JSON.parse(r.out) as {
      letter: string;
      field: string;
      text: string;
      support_areas?: { key: string }[];
    }[];
    expect(data.map((q) => q.letter)).toEqual([...QUESTION_LETTERS]);
    expect(data.map((q) => q.field)).toEqual([
      'implementation',
      'guiding_principles',
      'gaps_and_challenges',
      'promising_practices',
      'support_needs',
    ]);
    for (const q of data) expect(q.text).toBe(questionText(q.letter as 'a', 'stakeholder', 'en'));
    expect(data[4]!.support_areas!.map((a) => a.key)).toEqual([...SUPPORT_AREA_VALUES]);
    expect(data.slice(0, 4).every((q) => q.support_areas === undefined)).toBe(true);
  });

  it('--verbose adds the guidance under each question', () => {
    const plain = run(['questions']);
    const verbose = run(['questions', '--verbose']);
    expect(plain.out).not.toContain('Add statistics');
    expect(verbose.out).toContain('Add statistics');
  });

  it('an unknown submitter type is a usage error (exit 2) naming the choices', () => {
    const r = run(['questions', '--submitter', 'country']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Allowed choices are member_state, stakeholder, iscm, regional_organization');
  });
});
