// One way to say things: every message catalog (report, synthesis, validate, wizard) has every key
// in English, French, Spanish and Arabic, or Arabic explicitly marked as falling back to English,
// with the same placeholders; French follows French typography.
import { describe, expect, it } from 'vitest';
import { CATALOG_LANGS, Catalog, FALLS_BACK_TO_ENGLISH, fill, localeLang } from '../../src/i18n/catalog.js';
import { REPORT_TEXTS } from '../../src/i18n/index.js';
import { SYNTHESIS_TEXTS } from '../../src/i18n/synthesis.js';
import { VALIDATE_TEXTS } from '../../src/i18n/validate/index.js';
import { WIZARD_TEXTS } from '../../src/i18n/wizard/index.js';

const CATALOGS: Catalog<string>[] = [REPORT_TEXTS, SYNTHESIS_TEXTS, VALIDATE_TEXTS, WIZARD_TEXTS] as Catalog<string>[];
/** Catalogs whose Arabic may be the English text (command-line texts; said in the README). */
const ARABIC_MAY_FALL_BACK = new Set(['validate', 'wizard']);

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

describe('message catalogs', () => {
  it('every key of every catalog has all four languages (Arabic CLI text: marked as falling back) with the same placeholders', async () => {
    const problems: string[] = [];
    for (const c of CATALOGS) {
      for (const lang of CATALOG_LANGS) await c.load(lang);
      const keys = c.keys();
      for (const lang of CATALOG_LANGS) {
        const table = c.table(lang);
        if (table === FALLS_BACK_TO_ENGLISH) {
          if (!(lang === 'ar' && ARABIC_MAY_FALL_BACK.has(c.domain)))
            problems.push(`${c.domain}: ${lang} falls back to English`);
          continue;
        }
        if (!table) {
          problems.push(`${c.domain}: no ${lang} table`);
          continue;
        }
        const t = table as Readonly<Record<string, string>>;
        for (const k of keys) {
          if (typeof t[k] !== 'string' || t[k].trim() === '') problems.push(`${c.domain}: ${k} has no ${lang}`);
          else if (placeholders(t[k]) !== placeholders(c.en[k]!))
            problems.push(`${c.domain}: ${k}: the placeholders of ${lang} differ from English`);
        }
        for (const k of Object.keys(t))
          if (!keys.includes(k)) problems.push(`${c.domain}: ${lang} has unknown key ${k}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check above catches a missing key and an unmarked Arabic fallback', async () => {
    const c = new Catalog<'a' | 'b'>(
      'probe',
      { a: 'A {x}', b: 'B' },
      { fr: { a: 'A {x}' }, es: { a: 'A', b: 'B' }, ar: FALLS_BACK_TO_ENGLISH },
    );
    for (const lang of CATALOG_LANGS) await c.load(lang);
    const fr = c.table('fr') as Record<string, string>;
    expect(fr['b']).toBeUndefined();
    expect(c.text('fr', 'b')).toBe('B'); // English fills the gap at run time
    expect(c.table('ar')).toBe(FALLS_BACK_TO_ENGLISH);
    expect(placeholders((c.table('es') as Record<string, string>)['a']!)).not.toBe(placeholders(c.en.a));
  });

  it('a language loaded on demand gives English until it is loaded, then its own text', async () => {
    let loads = 0;
    const c = new Catalog<'k'>(
      'probe',
      { k: 'Hello {name}' },
      {
        fr: async () => {
          loads++;
          return { k: 'Bonjour {name}' };
        },
        es: { k: 'Hola {name}' },
        ar: FALLS_BACK_TO_ENGLISH,
      },
    );
    expect(c.text('fr', 'k', { name: 'A' })).toBe('Hello A');
    await c.load('fr');
    await c.load('fr');
    expect(loads).toBe(1);
    expect(c.text('fr', 'k', { name: 'A' })).toBe('Bonjour A');
    expect(c.text('es', 'k', { name: 'A' })).toBe('Hola A');
    expect(c.text('ar', 'k', { name: 'A' })).toBe('Hello A');
    expect(c.text('de', 'k', { name: 'A' })).toBe('Hello A');
  });

  it('fill replaces known placeholders only, and never re-reads what it inserted', () => {
    expect(fill('{a} and {b}', { a: '{b}' })).toBe('{b} and {b}');
    expect(fill('{en: "x"}', { en: 'no' })).toBe('{en: "x"}');
  });

  it('French texts of validate put a space before : ; ? ! (French typography, as in the wizard and the reports)', async () => {
    await VALIDATE_TEXTS.load('fr');
    const fr = VALIDATE_TEXTS.table('fr') as Record<string, string>;
    const bad: string[] = [];
    for (const [k, s] of Object.entries(fr)) {
      // code and file syntax are left as written: `7:`, version: "1.10", {en: "..."}, https://, mailto:,
      // and indented example lines of a file ("\n  gaps_and_challenges: |")
      const prose = s
        .replace(/\n {2,}[^\n]*/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/\{\w+: "[^"]*"(, \w+: "[^"]*")*\}/g, '')
        .replace(/\b(version|https?|mailto): ?/g, '')
        .replace(/"[^"]*"/g, '');
      if (/[^\s][:;?!](\s|$)/.test(prose)) bad.push(`${k}: ${s}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('the language from the locale', () => {
  it('LC_ALL, then LC_MESSAGES, then LANG decide; C, POSIX and languages without messages give English', () => {
    const langs = ['en', 'fr', 'es', 'ar'] as const;
    expect(localeLang(langs, { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeLang(langs, { LANG: 'es_ES.UTF-8' })).toBe('es');
    expect(localeLang(langs, { LANG: 'ar_EG.UTF-8' })).toBe('ar');
    expect(localeLang(langs, { LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_MX' })).toBe('es');
    expect(localeLang(langs, { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(localeLang(langs, { LANG: 'POSIX' })).toBe('en');
    expect(localeLang(langs, { LANG: 'C.UTF-8' })).toBe('en');
    expect(localeLang(langs, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeLang(langs, { LC_ALL: '', LANG: 'fr' })).toBe('fr');
    expect(localeLang(langs, {})).toBe('en');
  });
});
