// `validate` in the user's language: --lang, or the locale (LC_ALL, LC_MESSAGES, LANG). Messages and
// hints change with the language; codes, lines, columns and exit codes never do (JSON, SARIF).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from '../ecosystem/helpers.js';

const INVALID = 'test/fixtures/invalid';
const fixture = (name: string) => join(INVALID, `${name}.gcm.yaml`);
const validate = (args: string[], env: Record<string, string | undefined> = {}) => run(['validate', ...args], { env });

interface JsonReport {
  files: {
    file: string;
    diagnostics: { line: number; column: number; code: string; message: string; hint?: string }[];
  }[];
}

describe('validate --lang and the locale', () => {
  it('--lang fr gives French messages and hints (with French spacing) on invalid files; exit code unchanged', () => {
    const r = validate([
      '--lang',
      'fr',
      fixture('bad-date-format'),
      fixture('consultation-kind-misspelt'),
      fixture('country-name-not-code'),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'erreur : metadata › date : le texte « 15/03/2026 » n’est pas une date écrite sous la forme AAAA-MM-JJ',
    );
    expect(r.out).toContain('conseil : Vouliez-vous dire « 2026-03-15 » ?');
    expect(r.out).toContain('ne fait pas partie des valeurs acceptées. [enum]');
    expect(r.out).toContain('conseil : Vouliez-vous dire « FRA » ?');
    expect(r.out).toContain('3 fichiers vérifiés : 0 valide(s), 3 non valide(s).');
    expect(r.out).not.toMatch(/Did you mean|hint:|is not/);
  });

  it('LANG=es_ES.UTF-8 without --lang gives Spanish messages and hints', () => {
    const r = validate([fixture('bad-date-format'), fixture('consultation-kind-misspelt')], { LANG: 'es_ES.UTF-8' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('el texto «15/03/2026» no es una fecha escrita como AAAA-MM-DD');
    expect(r.out).toContain('sugerencia: ¿Quiso decir «2026-03-15»?');
    expect(r.out).toContain(
      'methodology › consultations › consulta 1 › kind: el texto «validation» no es uno de los valores admitidos.',
    );
    expect(r.out).toContain('2 archivos comprobados: 0 válido(s), 2 no válido(s).');
  });

  it('objectives are named by their official short titles in the message language (from src/reference)', () => {
    const r = validate(['--lang', 'fr', fixture('crlf-wrong-type')]);
    const en = validate([fixture('crlf-wrong-type')]);
    expect(en.out).toMatch(/Objective \d+ \(/);
    expect(r.out).toMatch(/Objectif \d+ \(/);
    expect(r.out).not.toMatch(/Objective \d+ \(/);
  });

  it('LC_ALL wins over LC_MESSAGES and LANG; C and POSIX mean English; --lang wins over the locale', () => {
    const f = fixture('bad-date-format');
    expect(validate([f], { LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' }).out).toContain('¿Quiso decir');
    expect(validate([f], { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' }).out).toContain('hint: Did you mean “2026-03-15”?');
    expect(validate([f], { LANG: 'POSIX' }).out).toContain('Did you mean');
    expect(validate([f], { LANG: 'de_DE.UTF-8' }).out).toContain('Did you mean');
    expect(validate(['--lang', 'en', f], { LANG: 'fr_FR.UTF-8' }).out).toContain('Did you mean');
    expect(validate(['--lang', 'fr', f], { LANG: 'es_ES.UTF-8' }).out).toContain('Vouliez-vous dire');
  });

  it('--lang ar falls back to English for messages (as the README says), with the same result', () => {
    const r = validate(['--lang', 'ar', fixture('bad-date-format')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('hint: Did you mean “2026-03-15”?');
  });

  it('an unsupported --lang is a usage error: exit 2, naming the supported languages, no stack trace', () => {
    const r = validate(['--lang', 'de', fixture('bad-date-format')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('“de” is not a supported language; use one of en, fr, es, ar.');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
    // in the locale's language
    const fr = validate(['--lang', 'xx', fixture('bad-date-format')], { LANG: 'fr_FR.UTF-8' });
    expect(fr.code).toBe(2);
    expect(fr.err).toContain('« xx » n’est pas une langue disponible ; utilisez en, fr, es, ar.');
  });

  it('a file that cannot be read is reported in the language, with the same code and exit 2', () => {
    const r = validate(['--lang', 'fr', 'no-such-review.gcm.yaml', '--format', 'json']);
    expect(r.code).toBe(2);
    const d = (JSON.parse(r.out) as JsonReport).files[0]!.diagnostics[0]!;
    expect(d.code).toBe('not-found');
    expect(d.message).toBe('Le fichier n’existe pas.');
    expect(d.hint).toBe('Vérifiez l’orthographe du nom et le dossier où il se trouve.');
    const es = validate(['no-such-review.gcm.yaml', '--max-size', '1kb'], { LC_ALL: 'es_ES.UTF-8' });
    expect(es.out).toContain('El archivo no existe.');
  });

  it('usage errors of validate follow the language too', () => {
    const r = validate(['--lang', 'es', '--max-size', 'big', fixture('bad-date-format')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--max-size: «big» no es un tamaño');
    const none = validate(['--lang', 'fr']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('indiquez les fichiers d’examen à vérifier.');
  });

  it('--format json: every invalid fixture (59 files, through the worker pool) keeps the same codes, lines and columns in en, fr and es, with messages translated', () => {
    const count = readdirSync(join(root, INVALID)).filter((f) => f.endsWith('.gcm.yaml')).length;
    expect(count).toBeGreaterThanOrEqual(48); // a batch the pool checks in worker threads
    const reports = (['en', 'fr', 'es'] as const).map((lang) => {
      const r = validate(['--lang', lang, INVALID, '--format', 'json']);
      expect(r.code).toBe(1);
      return JSON.parse(r.out) as JsonReport;
    });
    const shape = (j: JsonReport) => j.files.map((f) => [f.file, f.diagnostics.map((d) => [d.line, d.column, d.code])]);
    expect(reports[0]!.files).toHaveLength(count);
    expect(shape(reports[1]!)).toEqual(shape(reports[0]!));
    expect(shape(reports[2]!)).toEqual(shape(reports[0]!));
    // the schema's problems are worded in the language (YAML syntax problems are still English)
    const messages = (j: JsonReport) => j.files.flatMap((f) => f.diagnostics.map((d) => d.message));
    const [en, fr, es] = reports.map(messages);
    const translated = (other: string[]) => other.filter((m, i) => m !== en![i]).length;
    expect(translated(fr!)).toBeGreaterThan(en!.length / 2);
    expect(translated(es!)).toBeGreaterThan(en!.length / 2);
    expect(fr!.some((m) => m.includes('n’est pas'))).toBe(true);
    expect(es!.some((m) => m.includes('no es'))).toBe(true);
  });

  it('--format sarif keeps its rule ids and levels in French; only the message text changes', () => {
    const files = [fixture('bad-date-format'), fixture('country-name-not-code'), fixture('unknown-field-typo')];
    const sarif = (lang: string) =>
      JSON.parse(validate(['--lang', lang, ...files, '--format', 'sarif']).out) as {
        runs: { results: { ruleId: string; level: string; message: { text: string } }[] }[];
      };
    const en = sarif('en').runs[0]!.results;
    const fr = sarif('fr').runs[0]!.results;
    expect(fr.map((r) => [r.ruleId, r.level])).toEqual(en.map((r) => [r.ruleId, r.level]));
    expect(fr[0]!.message.text).toContain('n’est pas une date');
  });
});
