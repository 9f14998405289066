// --lang (issue 15 §3): only the report languages (en, fr, es, ar); several at once, each in its
// own file; and a notice when the review's text is not written in the report language.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserError } from '../../src/diagnostics/index.js';
import { buildReportModel } from '../../src/model/index.js';
import { outputPaths, renderFiles } from '../../src/render/index.js';
import type { Review } from '../../src/schema/types.js';
import { FIXTURES, ROOT, removeTempDirs, tempDir } from '../render/helpers.js';

const bin = join(ROOT, 'bin/gcm-review.js');
let dir: string;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'render', ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', GCM_REVIEW_CHROME: '/nonexistent/chrome' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = tempDir('gcm-report-lang-');
  copyFileSync(join(FIXTURES, 'minimal.gcm.yaml'), join(dir, 'mexico.gcm.yaml'));
});
afterAll(removeTempDirs);

describe('render --lang', () => {
  test('--lang de is a usage error (exit 2) naming en, fr, es and ar; nothing is written', () => {
    const r = run(['mexico.gcm.yaml', '--lang', 'de', '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/en, fr, es, ar/);
    expect(r.err).toContain('"de"');
    expect(readdirSync(dir).filter((f) => !f.endsWith('.gcm.yaml'))).toEqual([]);
  });

  test('--lang en,xx names the bad one; --lang EN is accepted as en', () => {
    const bad = run(['mexico.gcm.yaml', '--lang', 'en,xx', '--format', 'html']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"xx"');
    const ok = run(['mexico.gcm.yaml', '--lang', 'EN', '--format', 'html', '--out', 'upper']);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'upper/mexico.html'), 'utf8')).toMatch(/<html lang="en"/);
  });

  test('--lang en,fr writes one report per language, the language in the file name', () => {
    const r = run(['mexico.gcm.yaml', '--lang', 'en,fr', '--format', 'html', '--out', 'two']);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'two')).sort()).toEqual(['mexico.en.html', 'mexico.fr.html']);
    expect(readFileSync(join(dir, 'two/mexico.en.html'), 'utf8')).toMatch(/<html lang="en"/);
    const fr = readFileSync(join(dir, 'two/mexico.fr.html'), 'utf8');
    expect(fr).toMatch(/<html lang="fr"/);
    expect(r.out).toContain('two/mexico.en.html');
    expect(r.out).toContain('two/mexico.fr.html');
    expect(existsSync(join(dir, 'two/mexico.html'))).toBe(false);
  });

  test('a French report of an English review says the text is shown in English', () => {
    const r = run(['mexico.gcm.yaml', '--lang', 'fr', '--format', 'html', '--out', 'fr']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'fr/mexico.html'), 'utf8');
    expect(html).toContain('Le texte de cet examen est présenté en anglais, langue dans laquelle il est rédigé.');
  });

  test('the API refuses an unsupported language with a UserError (exit code 2)', async () => {
    await expect(renderFiles([join(dir, 'mexico.gcm.yaml')], { format: 'html', lang: 'de' })).rejects.toSatisfy(
      (e: unknown) => e instanceof UserError && e.exitCode === 2 && /en, fr, es, ar/.test(e.message),
    );
  });

  test('outputPaths: one language keeps the plain name, several carry the language', () => {
    expect(outputPaths(['r/m.gcm.yaml'], { format: 'both', lang: 'fr' }).get('r/m.gcm.yaml')).toEqual([
      { lang: 'fr', pdf: 'r/m.pdf', html: 'r/m.html' },
    ]);
    expect(outputPaths(['r/m.gcm.yaml'], { langs: ['ar', 'es'] }).get('r/m.gcm.yaml')).toEqual([
      { lang: 'ar', pdf: 'r/m.ar.pdf' },
      { lang: 'es', pdf: 'r/m.es.pdf' },
    ]);
  });
});

describe('the language the text is shown in', () => {
  const review = (languages: string[]): Review =>
    ({
      format_version: 1,
      metadata: { submitter: { type: 'member_state', country: 'QMB' }, cycle: 'imrf_2026', languages, status: 'final' },
      key_messages: 'Text',
    }) as Review;

  test('a review written in German renders with English labels, its text marked German, and says so', () => {
    const m = buildReportModel(review(['de']));
    expect(m.lang).toBe('en');
    expect(m.keyMessages?.lang).toBe('de');
    expect(m.meta.textLanguageNote).toBe('The text of this review is shown in German, the language it is written in.');
    expect(m.notes[0]).toBe(m.meta.textLanguageNote);
  });

  test('no notice when the review is written in the report language', () => {
    expect(buildReportModel(review(['en', 'fr']), { lang: 'fr' }).meta.textLanguageNote).toBeUndefined();
    expect(buildReportModel(review(['fr-CA']), { lang: 'fr' }).meta.textLanguageNote).toBeUndefined();
  });

  test('Arabic and Spanish reports of an English review name English in their language', () => {
    expect(buildReportModel(review(['en']), { lang: 'ar' }).meta.textLanguageNote).toContain('الإنجليزية');
    expect(buildReportModel(review(['en']), { lang: 'es' }).meta.textLanguageNote).toContain('inglés');
  });
});
