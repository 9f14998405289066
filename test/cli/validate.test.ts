// `gcm-review validate` end to end: the built binary in a child process, as a user or CI runs it.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, root, run as runBin } from '../ecosystem/helpers.js';

/** `gcm-review validate ...args` in the test folder. */
const run = (args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}) =>
  runBin(['validate', ...args], { cwd: dir, ...opts });

const MINIMAL = `format_version: 1
metadata:
  submitter: {type: member_state, country: QMA}
  cycle: imrf_2026
  languages: [en]
  status: draft
`;
const BAD = `${MINIMAL}objectives:
  7:
    gaps_and_challenges:
      - a list, not text
  24:
    gaps_and_challenges: no such objective
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-validate-'));
  writeFileSync(join(dir, 'draft.gcm.yaml'), MINIMAL);
  writeFileSync(join(dir, 'bad.gcm.yaml'), BAD);
  mkdirSync(join(dir, 'empty-folder'));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder/a.gcm.yaml'), MINIMAL);
  writeFileSync(join(dir, 'folder/b.gcm.yml'), BAD);
  writeFileSync(join(dir, 'folder/notes.txt'), 'not a review');
});

describe('gcm-review validate', () => {
  it('accepts the complete example: exit 0, valid and ready', () => {
    const r = run([join(root, 'examples/full-en.gcm.yaml')]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/✓ .*full-en\.gcm\.yaml: valid, ready/);
    expect(r.code).toBe(0);
  });

  it('reports every problem of an invalid file at file:line:column, exit 1', () => {
    const r = run(['bad.gcm.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'bad.gcm.yaml:10:7: error: Objective 7 (Reduce vulnerabilities), question (c) Main gaps and challenges: expected text, found a list.',
    );
    expect(r.out).toMatch(/bad\.gcm\.yaml:11:3: error: .*no objective “24”/);
    expect(r.out).toContain('1 file checked: 0 valid, 1 invalid.');
    expect(r.err).toBe('');
  });

  it('a valid draft passes with readiness warnings; --strict and --fail-on warning make it fail', () => {
    const ok = run(['draft.gcm.yaml']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('warning: Not ready: Key messages: not written yet.');
    expect(run(['draft.gcm.yaml', '--strict']).code).toBe(1);
    expect(run(['draft.gcm.yaml', '--fail-on', 'warning']).code).toBe(1);
  });

  it('searches folders for *.gcm.yaml and *.gcm.yml, and checks all files even when one fails', () => {
    const r = run(['folder', '--format', 'json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.out);
    expect(data.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ['folder/a.gcm.yaml', 'valid'],
      ['folder/b.gcm.yml', 'invalid'],
    ]);
  });

  it('reads standard input with -', () => {
    const r = run(['-', '--stdin-filename', 'piped.yaml'], { input: BAD });
    expect(r.code).toBe(1);
    expect(r.out).toContain('piped.yaml:10:7: error:');
    expect(r.out).toContain('  10 |       - a list, not text');
  });

  it('writes the report to a file with --output', () => {
    const r = run(['bad.gcm.yaml', '--format', 'junit', '-o', 'report.xml']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(readFileSync(join(dir, 'report.xml'), 'utf8')).toContain(
      '<testcase classname="gcm-review.validate" name="bad.gcm.yaml"',
    );
  });

  it('usage and I/O problems exit 2 with a clear message and no stack trace', () => {
    const cases: [string[], RegExp][] = [
      [[], /name the review files to check/],
      [['empty-folder'], /no review files in the folder empty-folder/],
      [['nothing-*.gcm.yaml'], /no files match nothing-\*\.gcm\.yaml/],
      [
        ['draft.gcm.yaml', '--format', 'xml'],
        /argument 'xml' is invalid\. Allowed choices are text, json, junit, github, sarif/,
      ],
      [['draft.gcm.yaml', '--max-size', 'big'], /--max-size: “big” is not a size/],
    ];
    for (const [args, re] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(re);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const missing = run(['missing.gcm.yaml', 'draft.gcm.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('missing.gcm.yaml:1:1: error: The file does not exist. [not-found]');
    expect(missing.out).toContain('1 valid');
  });

  it('refuses a file over --max-size without reading it as a review', () => {
    const r = run(['draft.gcm.yaml', '--max-size', '10b']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/more than the 0\.0 MB a review file may be/);
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR and pipes off', () => {
    expect(run(['bad.gcm.yaml']).out).not.toMatch(/\u001b\[/);
    expect(run(['bad.gcm.yaml'], { env: { FORCE_COLOR: '1' } }).out).toMatch(/\u001b\[31merror/);
    expect(run(['bad.gcm.yaml'], { env: { NO_COLOR: '1' } }).out).not.toMatch(/\u001b\[/);
  });

  it('--quiet prints nothing for valid files', () => {
    const q = spawnSync(process.execPath, [bin, '--quiet', 'validate', 'draft.gcm.yaml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(q.status).toBe(0);
    expect(q.stdout).toBe('');
    expect(q.stderr).toBe('');
  });

  it('checks a large batch (71 files, one not UTF-8) with results in input order', () => {
    const big = join(dir, 'batch');
    mkdirSync(big);
    for (let i = 0; i < 70; i++)
      writeFileSync(join(big, `r${String(i).padStart(3, '0')}.gcm.yaml`), i % 10 === 3 ? BAD : MINIMAL);
    writeFileSync(join(big, 'r999.gcm.yaml'), Buffer.from([0x66, 0x6f, 0xff, 0x0a]));
    const r = run(['batch', '--format', 'json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.out);
    expect(data.summary).toEqual({ files: 71, valid: 63, invalid: 8, errors: 0, notReady: 63 });
    data.files.forEach(
      (f: { file: string; status: string; diagnostics: { line: number; code: string }[] }, i: number) => {
        if (i === 70) {
          expect(f.file).toBe('batch/r999.gcm.yaml');
          expect(f.diagnostics[0]!.code).toBe('encoding');
          return;
        }
        expect(f.file).toBe(`batch/r${String(i).padStart(3, '0')}.gcm.yaml`);
        expect(f.status).toBe(i % 10 === 3 ? 'invalid' : 'valid');
        if (i % 10 === 3) expect(f.diagnostics[0]).toMatchObject({ line: 10, code: 'type' });
      },
    );
  });
});
