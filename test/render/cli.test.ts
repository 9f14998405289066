// `gcm-review render` end to end: the built binary in a child process, as a user or CI runs it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INSTALL_HINT } from '../../src/render/browser.js';
import { FIXTURES, ROOT, pdfInfo, removeTempDirs, tempDir } from './helpers.js';

const bin = join(ROOT, 'bin/gcm-review.js');
let dir: string;

function run(args: string[], opts: { env?: Record<string, string | undefined>; cwd?: string } = {}) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [bin, 'render', ...args], {
    cwd: opts.cwd ?? dir,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(removeTempDirs);

beforeAll(() => {
  dir = tempDir('gcm-render-cli-');
  copyFileSync(join(FIXTURES, 'minimal.gcm.yaml'), join(dir, 'good.gcm.yaml'));
  copyFileSync(join(FIXTURES, 'invalid.gcm.yaml'), join(dir, 'bad.gcm.yaml'));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  copyFileSync(join(FIXTURES, 'minimal.gcm.yaml'), join(dir, 'a/same.gcm.yaml'));
  copyFileSync(join(FIXTURES, 'minimal.gcm.yaml'), join(dir, 'b/same.gcm.yaml'));
});

describe('gcm-review render', () => {
  test('an invalid file is reported (file:line:col) and skipped, the other is rendered beside its review; exit 1', () => {
    const r = run(['good.gcm.yaml', 'bad.gcm.yaml']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bad\.gcm\.yaml:9:\d+: error: /m);
    expect(r.err).toMatch(/^bad\.gcm\.yaml:10:\d+: error: /m);
    expect(r.out).toContain('Rendered 1 of 2 files:\n  good.pdf');
    expect(r.out).toMatch(/Skipped 1 file that is not valid[^\n]*\n {2}bad\.gcm\.yaml/);
    // not a terminal: plain progress lines for CI logs
    expect(r.err).toMatch(/^\[\d\/2\] rendered good\.gcm\.yaml → good\.pdf \(\d+ pages, /m);
    expect(pdfInfo(join(dir, 'good.pdf'))['Pages']).toMatch(/^\d+$/);
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
  }, 120_000);

  test('--format html needs no browser; --out is created; --quiet keeps only results and errors', () => {
    const r = run(
      [
        'good.gcm.yaml',
        '--format',
        'html',
        '--out',
        'site/reports',
        '--quiet',
        '--lang',
        'fr',
        '--order',
        'roundtable',
      ],
      {
        env: { GCM_REVIEW_CHROME: '/nonexistent/chrome' },
      },
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('site/reports/good.html');
    const html = readFileSync(join(dir, 'site/reports/good.html'), 'utf8');
    expect(html).toMatch(/<html lang="fr"/);
    expect(html).toContain('Table ronde 1');
  });

  test('no browser: a clear message with the install command; exit 2', () => {
    const r = run(['good.gcm.yaml'], { env: { GCM_REVIEW_CHROME: '/nonexistent' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('gcm-review: GCM_REVIEW_CHROME is set to /nonexistent, but no executable is there.');
    expect(r.err).toContain(INSTALL_HINT.split('\n')[1]!.trim());
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('a bad custom template: the file and line; exit 2, nothing written', () => {
    const r = run(['good.gcm.yaml', '--template', join(FIXTURES, 'templates/bad-syntax'), '--out', 'tpl-out']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/gcm-review: template error in .*bad-syntax\/partials\/objective\.hbs:3:\d+: /);
    expect(existsSync(join(dir, 'tpl-out/good.pdf'))).toBe(false);
  });

  test('usage mistakes exit 2 with a hint', () => {
    expect(run(['good.gcm.yaml', '--paper', 'A3']).code).toBe(2);
    expect(run(['good.gcm.yaml', '--paper', 'A3']).err).toMatch(/use A4 or Letter/);
    expect(run(['good.gcm.yaml', '--jobs', '0']).code).toBe(2);
    expect(run(['good.gcm.yaml', '--format', 'odt']).code).toBe(2); // docx is a format now (issue 13)
    expect(run([]).code).toBe(2);
    const clash = run(['a/same.gcm.yaml', 'b/same.gcm.yaml', '--out', 'one-folder']);
    expect(clash.code).toBe(2);
    expect(clash.err).toContain('would both be written to one-folder/same.pdf');
    const missing = run(['no-such-folder/']);
    expect(missing.code).toBe(1);
  });

  test('Ctrl-C (SIGINT) stops the batch: exit 130, no half-written report', async () => {
    const work = tempDir('gcm-render-int-');
    for (let i = 0; i < 6; i++) copyFileSync(join(ROOT, 'examples/full-en.gcm.yaml'), join(work, `r${i}.gcm.yaml`));
    const child = spawn(process.execPath, [bin, 'render', '.', '--jobs', '1'], {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      // interrupt once the first report is done
      if (/\[1\/6\] rendered/.test(err) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(err).toContain('Stopping');
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(work);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const pdfs = files.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(1);
    expect(pdfs.length).toBeLessThan(6);
    for (const p of pdfs) expect(pdfInfo(join(work, p))['Pages']).toMatch(/^\d+$/);
  }, 120_000);
});
