// The reference data against the official texts. The expected lists below are written out
// independently of src/reference (from A/RES/73/195, annex, paras 15 and 16, and the IMRF round
// tables of A/RES/73/326), so a slip in the generated data shows up here.
import { describe, expect, test } from 'vitest';
import * as ref from '../../src/reference/index.js';
import {
  CYCLE_KEYS,
  OBJECTIVES,
  PRINCIPLES,
  QUESTION_LETTERS,
  REFERENCE_LANGS,
  ROUNDTABLES,
  SUBMITTER_TYPES,
  cycleLabel,
  objective,
  questionText,
} from '../../src/reference/index.js';

/** A/RES/73/195, annex, para. 16: the 23 objectives, in order. */
const OFFICIAL_TITLES = [
  'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
  'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  'Provide accurate and timely information at all stages of migration',
  'Ensure that all migrants have proof of legal identity and adequate documentation',
  'Enhance availability and flexibility of pathways for regular migration',
  'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
  'Address and reduce vulnerabilities in migration',
  'Save lives and establish coordinated international efforts on missing migrants',
  'Strengthen the transnational response to smuggling of migrants',
  'Prevent, combat and eradicate trafficking in persons in the context of international migration',
  'Manage borders in an integrated, secure and coordinated manner',
  'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  'Use migration detention only as a measure of last resort and work towards alternatives',
  'Enhance consular protection, assistance and cooperation throughout the migration cycle',
  'Provide access to basic services for migrants',
  'Empower migrants and societies to realize full inclusion and social cohesion',
  'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  'Establish mechanisms for the portability of social security entitlements and earned benefits',
  'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
];

/** A/RES/73/195, annex, para. 15: the ten cross-cutting and interdependent guiding principles. */
const OFFICIAL_PRINCIPLES = [
  ['a', 'People-centred'],
  ['b', 'International cooperation'],
  ['c', 'National sovereignty'],
  ['d', 'Rule of law and due process'],
  ['e', 'Sustainable development'],
  ['f', 'Human rights'],
  ['g', 'Gender-responsive'],
  ['h', 'Child-sensitive'],
  ['i', 'Whole-of-government approach'],
  ['j', 'Whole-of-society approach'],
];

/** IMRF 2022 round tables (A/RES/73/326, para. 7). */
const OFFICIAL_ROUNDTABLES = [
  [2, 5, 6, 12, 18],
  [4, 8, 9, 10, 11, 13, 21],
  [14, 15, 16, 19, 20, 22],
  [1, 3, 7, 17, 23],
];

describe('objectives', () => {
  test('there are 23, numbered 1 to 23 in order', () => {
    expect(OBJECTIVES.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  test('English titles are the official wording of resolution 73/195, word for word', () => {
    expect(OBJECTIVES.map((o) => o.title.en)).toEqual(OFFICIAL_TITLES);
  });

  test('titles have no stray whitespace or trailing full stop', () => {
    for (const o of OBJECTIVES) {
      for (const lang of REFERENCE_LANGS) {
        const t = o.title[lang];
        expect(t, `objective ${o.number} ${lang}`).toBe(t.trim());
        expect(t, `objective ${o.number} ${lang}`).not.toMatch(/\s{2}|\.$/);
      }
    }
  });

  test('short names are short and distinct', () => {
    for (const lang of REFERENCE_LANGS) {
      const shorts = OBJECTIVES.map((o) => o.short[lang]);
      expect(new Set(shorts).size, lang).toBe(23);
      for (const s of shorts) expect(s.length, s).toBeLessThan(60);
    }
  });

  test('objective(n) finds each objective and nothing outside 1–23', () => {
    for (let n = 1; n <= 23; n++) expect(objective(n)?.title.en).toBe(OFFICIAL_TITLES[n - 1]);
    for (const n of [0, 24, -1, 7.5, NaN]) expect(objective(n)).toBeUndefined();
  });
});

describe('guiding principles', () => {
  test('the ten principles of para. 15, lettered (a) to (j), in order', () => {
    expect(PRINCIPLES.map((p) => [p.letter, p.title.en])).toEqual(OFFICIAL_PRINCIPLES);
  });

  test('keys are unique snake_case identifiers', () => {
    const keys = PRINCIPLES.map((p) => p.key);
    expect(new Set(keys).size).toBe(10);
    for (const k of keys) expect(k).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});

describe('IMRF round tables', () => {
  test('four round tables cover each of the 23 objectives exactly once', () => {
    expect(ROUNDTABLES.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    const all = ROUNDTABLES.flatMap((r) => r.objectives).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  test('the clusters are those of the 2022 Forum', () => {
    expect(ROUNDTABLES.map((r) => [...r.objectives])).toEqual(OFFICIAL_ROUNDTABLES);
  });
});

describe('Annex I questions', () => {
  test('every question has a text for every submitter type and reference language', () => {
    for (const letter of QUESTION_LETTERS)
      for (const type of SUBMITTER_TYPES)
        for (const lang of REFERENCE_LANGS)
          expect(questionText(letter, type, lang).trim().length, `${letter} ${type} ${lang}`).toBeGreaterThan(20);
  });

  test('question (e) names the support areas of Annex I', () => {
    const e = questionText('e', 'member_state', 'en');
    for (const area of [
      'financing',
      'capacity-building',
      'policy advice',
      'data collection and analysis',
      'technology',
      'partnerships',
    ])
      expect(e).toContain(area);
  });
});

describe('translations', () => {
  /** Every {en, fr, es} object reachable from the module's exports. */
  function localized(): { where: string; value: Record<string, unknown> }[] {
    const out: { where: string; value: Record<string, unknown> }[] = [];
    const seen = new Set<unknown>();
    const walk = (v: unknown, where: string) => {
      if (!v || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      const o = v as Record<string, unknown>;
      if ('en' in o && 'fr' in o && !Array.isArray(v)) out.push({ where, value: o });
      for (const [k, x] of Object.entries(o)) walk(x, `${where}.${k}`);
    };
    for (const [name, v] of Object.entries(ref)) walk(v, name);
    return out;
  }

  test('every localized string has non-empty English, French and Spanish', () => {
    // not Localized: ISCM names are given in en/fr only, and ANNEX_I is the official source text,
    // published in en/fr (questionText() carries the three languages)
    const all = localized().filter(({ where }) => !where.startsWith('ISCMS') && !where.startsWith('ANNEX_I'));
    // objectives (title, short) + principles + stakeholders + regions + questions (label, guidance)
    // + labels: the walk must reach them all
    expect(all.length).toBeGreaterThan(23 * 2 + 10 + 10 + 5 + 5 * 2);
    for (const { where, value } of all) {
      for (const lang of REFERENCE_LANGS) {
        expect(typeof value[lang], `${where}.${lang}`).toBe('string');
        expect((value[lang] as string).trim(), `${where}.${lang}`).not.toBe('');
      }
    }
  });

  test('French and Spanish titles differ from the English (they are translated)', () => {
    for (const o of OBJECTIVES) {
      expect(o.title.fr, `objective ${o.number}`).not.toBe(o.title.en);
      expect(o.title.es, `objective ${o.number}`).not.toBe(o.title.en);
    }
  });

  test('every review cycle has a label in each language', () => {
    for (const key of CYCLE_KEYS)
      for (const lang of REFERENCE_LANGS) {
        expect(cycleLabel(key, lang), `${key} ${lang}`).not.toBe(key);
        expect(cycleLabel(key, lang).trim()).not.toBe('');
      }
  });
});
