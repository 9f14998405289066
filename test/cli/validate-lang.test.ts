// `validate` in the user's language: --lang, or the locale (LC_ALL, LC_MESSAGES, LANG). Messages and
// hints change with the language; codes, lines, columns and exit codes never do (JSON, SARIF).
import { describe, expect, it, vi } from 'vitest';
import { handleError } from '../../src/cli/main.js';
import { VALIDATE_TEXTS } from '../../src/i18n/validate/index.js';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    // every problem is worded in the language, YAML syntax and encoding problems included
    const messages = (j: JsonReport) => j.files.flatMap((f) => f.diagnostics.map((d) => d.message));
    const [en, fr, es] = reports.map(messages);
    const translated = (other: string[]) => other.filter((m, i) => m !== en![i]).length;
    expect(translated(fr!)).toBeGreaterThan(en!.length / 2);
    expect(translated(es!)).toBeGreaterThan(en!.length / 2);
    expect(fr!.some((m) => m.includes('n’est pas'))).toBe(true);
    expect(es!.some((m) => m.includes('no es'))).toBe(true);
    const yamlCodes = new Set([
      'yaml-syntax',
      'tab-indent',
      'duplicate-key',
      'multiple-documents',
      'control-character',
      'empty',
      'too-deep',
      'alias-limit',
      'yaml-tag',
      'complex-key',
    ]);
    const yamlMessages = (j: JsonReport) =>
      j.files.flatMap((f) => f.diagnostics.filter((d) => yamlCodes.has(d.code)).map((d) => d.message));
    const [yen, yfr, yes] = reports.map(yamlMessages);
    expect(yen!.length).toBeGreaterThanOrEqual(8);
    expect(yfr!.filter((m, i) => m === yen![i])).toEqual([]);
    expect(yes!.filter((m, i) => m === yen![i])).toEqual([]);
  });

  const YAML_FIXTURES = [
    'syntax-unclosed-quote',
    'tab-indentation',
    'duplicate-keys',
    'colon-in-value',
    'control-character',
  ].map(fixture);

  it('YAML syntax problems (unclosed quote, tab, duplicate key…) are worded in French and Spanish at the same codes, lines and columns', () => {
    const fr = validate(['--lang', 'fr', ...YAML_FIXTURES]);
    expect(fr.code).toBe(1);
    expect(fr.out).toContain(
      'syntax-unclosed-quote.gcm.yaml:10:15: erreur : Le texte entre guillemets qui commence ici n’est pas fermé : le guillemet fermant manque. [yaml-syntax]',
    );
    expect(fr.out).toContain(
      'erreur : Une tabulation sert à l’indentation ; YAML n’accepte que des espaces. [tab-indent]',
    );
    expect(fr.out).toContain(
      'erreur : La clé « key_messages » apparaît deux fois dans la même section. [duplicate-key]',
    );
    expect(fr.out).toContain('conseil : Indentez avec des espaces, pas des tabulations');
    expect(fr.out).not.toMatch(/YAML allows|appears twice|is not closed|hint:/);
    const es = validate(YAML_FIXTURES, { LANG: 'es_ES.UTF-8' });
    expect(es.out).toContain(
      'error: El texto entre comillas que empieza aquí no está cerrado: falta la comilla de cierre. [yaml-syntax]',
    );
    expect(es.out).toContain('La clave «key_messages» aparece dos veces en la misma sección. [duplicate-key]');
    expect(es.out).toContain('sugerencia: Use espacios para la sangría, no tabuladores');
    const json = (lang: string) =>
      (JSON.parse(validate(['--lang', lang, ...YAML_FIXTURES, '--format', 'json']).out) as JsonReport).files.map((f) =>
        f.diagnostics.map((d) => [d.line, d.column, d.code]),
      );
    const en = json('en');
    expect(en.flat().length).toBeGreaterThanOrEqual(YAML_FIXTURES.length);
    expect(json('fr')).toEqual(en);
    expect(json('es')).toEqual(en);
  });

  it('a file that is not valid UTF-8 is reported in the language, at the same place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-lang-'));
    const file = join(dir, 'latin1.gcm.yaml');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('format_version: 1\nmetadata:\n  title: Caf'), Buffer.from([0xe9, 0x0a])]),
    );
    const d = (lang: string) =>
      (JSON.parse(validate(['--lang', lang, file, '--format', 'json']).out) as JsonReport).files[0]!.diagnostics[0]!;
    const [en, fr, es] = ['en', 'fr', 'es'].map(d);
    expect(en!.message).toBe('The file is not valid UTF-8 text (byte 0xE9 at line 3, column 13).');
    expect(fr!.message).toBe('Le fichier n’est pas du texte UTF-8 valide (octet 0xE9 à la ligne 3, colonne 13).');
    expect(es!.message).toBe('El archivo no es texto UTF-8 válido (byte 0xE9 en la línea 3, columna 13).');
    for (const x of [fr, es]) expect([x!.code, x!.line, x!.column]).toEqual([en!.code, en!.line, en!.column]);
  });

  it('readiness notes ("Not ready: …") of a valid draft are worded in French and Spanish, with the same codes', () => {
    const files = ['test/fixtures/valid/minimal.gcm.yaml', 'test/fixtures/valid/review-parts.gcm.yaml'];
    const fr = validate(['--lang', 'fr', ...files]);
    expect(fr.code).toBe(0);
    expect(fr.out).toContain('avertissement : Pas encore prêt : Messages clés : rien n’est encore écrit. [not-ready]');
    expect(fr.out).toContain('Pas encore prêt : Aucun objectif n’a encore de réponse.');
    expect(fr.out).toContain('Pas encore prêt : Incidence des crises : « Floods of 2024 » n’a pas encore de texte.');
    // official titles of objectives and questions in the language (verified in src/reference)
    expect(fr.out).toMatch(/Pas encore prêt : Objectif 1 \([^)]+\) : les questions \(b\) .+ n’ont pas de réponse\./);
    expect(fr.out).not.toMatch(/Not ready|not written yet|not answered/);
    const es = validate(files, { LC_ALL: 'es_ES.UTF-8' });
    expect(es.out).toContain('advertencia: Todavía no listo: Mensajes clave: sin redactar. [not-ready]');
    expect(es.out).toMatch(/Todavía no listo: Objetivo 1 \([^)]+\): las preguntas \(b\) .+ no tienen respuesta\./);
    const codes = (lang: string) =>
      (JSON.parse(validate(['--lang', lang, ...files, '--format', 'json']).out) as JsonReport).files.map((f) =>
        f.diagnostics.map((d) => [d.line, d.column, d.code]),
      );
    const en = codes('en');
    expect(en.flat().filter((d) => d[2] === 'not-ready').length).toBeGreaterThanOrEqual(5);
    expect(codes('fr')).toEqual(en);
    expect(codes('es')).toEqual(en);
  });

  it('the line for problems past --max-problems is worded in the language; codes and counts stay the same', () => {
    const f = fixture('several-errors');
    const fr = validate(['--lang', 'fr', '--max-problems', '1', f]);
    expect(fr.code).toBe(1);
    expect(fr.out).toMatch(
      /erreur : … et 6 autres problèmes des mêmes types \((\S+ : \d+(, )?)+\)\. \[more-problems\]/,
    );
    expect(fr.out).toContain('conseil : Corrigez d’abord les problèmes ci-dessus');
    const es = validate(['--lang', 'es', '--max-problems', '1', f]);
    expect(es.out).toMatch(/error: …y 6 problemas más de los mismos tipos \((\S+: \d+(, )?)+\)\. \[more-problems\]/);
    const en = validate(['--max-problems', '1', f]);
    expect(en.out).toContain('…and 6 more problems of the same kinds (');
    // the codes listed are the same in every language
    const kinds = (out: string) => {
      const line = out.split('\n').find((l) => l.endsWith('[more-problems]')) ?? '';
      return [...(/\(([^)]*)\)\. \[more-problems\]$/.exec(line)?.[1] ?? '').matchAll(/([a-z-]+) ?: \d+/g)].map(
        (m) => m[1],
      );
    };
    expect(kinds(en.out).length).toBeGreaterThanOrEqual(3);
    expect(kinds(fr.out)).toEqual(kinds(en.out));
    expect(kinds(es.out)).toEqual(kinds(en.out));
    const omitted = (lang: string) =>
      (
        JSON.parse(validate(['--lang', lang, '--max-problems', '1', f, '--format', 'json']).out) as {
          files: { omitted?: unknown }[];
        }
      ).files[0]!.omitted;
    expect(omitted('fr')).toEqual(omitted('en'));
  });

  it('the internal-error message is worded in the language asked for (a bug, exit 2, no stack trace)', async () => {
    await VALIDATE_TEXTS.load('fr');
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      written.push(String(s));
      return true;
    });
    const debug = process.env['GCM_REVIEW_DEBUG'];
    delete process.env['GCM_REVIEW_DEBUG'];
    try {
      expect(handleError(new Error('boom'), VALIDATE_TEXTS.in('fr'))).toBe(2);
      expect(handleError(new Error('boom'))).toBe(2);
    } finally {
      spy.mockRestore();
      if (debug !== undefined) process.env['GCM_REVIEW_DEBUG'] = debug;
    }
    expect(written[0]).toBe(
      'gcm-review: erreur interne : boom\nIl s’agit d’un défaut de gcm-review, pas d’un problème dans votre fichier. Merci de le signaler en indiquant la commande lancée (définissez GCM_REVIEW_DEBUG=1 pour voir le détail).\n',
    );
    expect(written[1]).toBe(
      'gcm-review: internal error: boom\nThis is a bug in gcm-review, not a problem with your file. Please report it with the command you ran (set GCM_REVIEW_DEBUG=1 to see the details).\n',
    );
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
