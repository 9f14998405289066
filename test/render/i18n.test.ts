// Report strings: every language has every key, placeholders survive translation, English is the
// fallback, and our Arabic reference labels cover every reference list.
import { describe, expect, test } from 'vitest';
import {
  LOCALES,
  arReference,
  cycleName,
  format,
  messages,
  questionLabel,
  supportAreaLabel,
  t,
  uiLang,
} from '../../src/i18n/index.js';
import { en } from '../../src/i18n/en.js';
import {
  CONSULTATION_FORMATS,
  CYCLE_KEYS,
  PRIORITIES,
  QUESTION_LETTERS,
  REGION_KEYS,
  REPORT_LANGS,
  STAKEHOLDER_KEYS,
  SUBMITTER_TYPES,
  SUPPORT_AREA_VALUES,
  SUPPORT_AREA_LABELS,
  cycleLabel,
} from '../../src/reference/index.js';

const keys = Object.keys(en).sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report strings', () => {
  test('there is a string table for each report language', () => {
    expect(Object.keys(LOCALES).sort()).toEqual([...REPORT_LANGS].sort());
  });

  for (const lang of REPORT_LANGS) {
    test(`${lang}: every key, no extra key, none empty, same placeholders as English`, () => {
      const table = LOCALES[lang] as Record<string, string>;
      expect(Object.keys(table).sort()).toEqual(keys);
      for (const k of keys) {
        expect(table[k], `${lang} ${k}`).toBeTypeOf('string');
        expect(table[k]!.trim(), `${lang} ${k} is empty`).not.toBe('');
        expect(placeholders(table[k]!), `${lang} ${k} placeholders`).toEqual(placeholders(en[k as keyof typeof en]));
      }
    });
  }

  test('non-English tables are translations, not copies of English', () => {
    for (const lang of ['fr', 'es', 'ar'] as const) {
      const same = keys.filter(
        (k) => (LOCALES[lang] as Record<string, string>)[k] === (en as Record<string, string>)[k],
      );
      // a few strings are the same word in both languages (Date, Total, Page, Version, Source …)
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThan(keys.length / 8);
    }
  });

  test('an unknown language falls back to English; a regional variant uses its language', () => {
    expect(uiLang('pt')).toBe('en');
    expect(uiLang('fr-CA')).toBe('fr');
    expect(t('pt', 'toc.title')).toBe('Contents');
    expect(t('fr-CA', 'toc.title')).toBe('Table des matières');
    expect(messages('de')['section.keyMessages']).toBe('Key messages');
  });

  test('placeholders are filled', () => {
    expect(t('en', 'footer.page', { page: 3, pages: 41 })).toBe('Page 3 of 41');
    expect(t('ar', 'footer.page', { page: 3, pages: 41 })).toBe('الصفحة 3 من 41');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('Arabic labels for the reference lists (our translation)', () => {
  const cases: [string, readonly string[], Record<string, string>][] = [
    ['submitter types', SUBMITTER_TYPES, arReference.submitterTypes],
    ['support areas', SUPPORT_AREA_VALUES, arReference.supportAreas],
    ['priorities', PRIORITIES, arReference.priorities],
    ['consultation formats', CONSULTATION_FORMATS, arReference.consultationFormats],
    ['stakeholder categories', STAKEHOLDER_KEYS, arReference.stakeholders],
    ['review cycles', CYCLE_KEYS, arReference.cycles],
    ['regions', REGION_KEYS, arReference.regions],
    ['question headings', QUESTION_LETTERS, arReference.questionLabels],
  ];
  for (const [name, list, table] of cases) {
    test(`${name}: every key has an Arabic label, in Arabic script`, () => {
      expect(Object.keys(table).sort()).toEqual([...list].sort());
      for (const k of list) expect(table[k], k).toMatch(/[\u0600-\u06ff]/);
    });
  }

  test('labels come from the reference data in en/fr/es and from our table in Arabic', () => {
    expect(supportAreaLabel('capacity_building', 'fr')).toBe(SUPPORT_AREA_LABELS.capacity_building.fr);
    expect(supportAreaLabel('capacity_building', 'ar')).toBe(arReference.supportAreas.capacity_building);
    expect(cycleName('imrf_2026', 'es')).toBe(cycleLabel('imrf_2026', 'es'));
    expect(questionLabel('c', 'ar')).toBe(arReference.questionLabels.c);
  });

  test('there is no Arabic objective or principle title anywhere in our tables', () => {
    expect(Object.keys(arReference)).not.toContain('objectives');
    expect(Object.keys(arReference)).not.toContain('principles');
  });
});
