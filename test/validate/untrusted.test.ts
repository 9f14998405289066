// Files sent by others, checked in CI: error storms are capped and counted, special files are
// refused before they are read, links never lead a scan to a secrets file, and nothing a file
// holds reaches the terminal as a control sequence. Each case reproduces a finding of the audit.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFile, checkText, DEFAULT_MAX_PROBLEMS } from '../../src/validate/index.js';
import { REPORTERS, PLAIN } from '../../src/reporters/index.js';
import { bin, root, run } from '../ecosystem/helpers.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';

let dir: string;
const SECRET = 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-untrusted-'));
  mkdirSync(join(dir, 'outside'));
  mkdirSync(join(dir, 'submissions'));
  writeFileSync(join(dir, 'outside/credentials'), `[default]\naws_access_key_id = AKIAEXAMPLE\n${SECRET}\n`);
  writeFileSync(join(dir, 'outside/secrets.yaml'), `${SECRET.replace(' = ', ': ')}\n`);
  writeFileSync(join(dir, 'submissions/good.gcm.yaml'), MINIMAL_REVIEW);
  symlinkSync(join(dir, 'outside/credentials'), join(dir, 'submissions/evil.gcm.yaml'));
  symlinkSync(join(dir, 'outside/secrets.yaml'), join(dir, 'submissions/evil2.gcm.yaml'));
  symlinkSync('good.gcm.yaml', join(dir, 'submissions/alias.gcm.yaml'));
});

/** A review with `n` statistics rows, each with two problems (a list for a value and for a unit). */
function storm(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++)
    rows.push(`        - indicator: Row ${i}\n          value: [${i}]\n          unit: [u]\n`);
  return `${MINIMAL_REVIEW}objectives:\n  1:\n    implementation:\n      status: text\n      statistics:\n${rows.join('')}`;
}

describe('error storms', () => {
  test('a file with 20,000 problems reports the first 200 in line order and counts the rest by kind', () => {
    const r = checkText('storm.gcm.yaml', storm(10_000));
    expect(r.diagnostics).toHaveLength(DEFAULT_MAX_PROBLEMS);
    const lines = r.diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(r.diagnostics[0]!.line).toBe(15); // the first row's value (the row starts on line 14)
    expect(r.omitted?.count).toBe(20_000 - DEFAULT_MAX_PROBLEMS);
    const byCode = r.omitted!.byCode;
    expect(Object.values(byCode).reduce((a, b) => a + b, 0)).toBe(r.omitted!.count);
    expect(r.readiness).toBeUndefined();
  });

  test('--max-problems 0 lists every problem; --max-problems 5 lists five', () => {
    expect(checkText('s', storm(300), { maxProblems: 0 }).diagnostics).toHaveLength(600);
    const five = checkText('s', storm(300), { maxProblems: 5 });
    expect(five.diagnostics).toHaveLength(5);
    expect(five.omitted?.count).toBe(595);
  });

  test('a large storm (over the precise-parse limit) is located by the fast locator, lines still exact', () => {
    const text = storm(8_000); // ~600 KB
    expect(text.length).toBeGreaterThan(512 * 1024);
    const r = checkText('big', text);
    // row i starts at line 14 + 3i; its value on the line after, its unit two after
    expect(r.diagnostics.slice(0, 4).map((d) => [d.line, d.column])).toEqual([
      [15, 18],
      [16, 17],
      [18, 18],
      [19, 17],
    ]);
  });

  test('the text, JSON and GitHub reports say how many problems were left out, and the exit code is 1', () => {
    writeFileSync(join(dir, 'storm.gcm.yaml'), storm(1_000));
    const text = run(['validate', join(dir, 'storm.gcm.yaml')]);
    expect(text.code).toBe(1);
    expect(text.out).toContain('…and 1,800 more problems of the same kinds');
    expect(text.out).toContain('--max-problems 0');
    expect(text.out.split('\n').filter((l) => l.includes(': error: ')).length).toBe(201);
    const json = JSON.parse(run(['validate', '-f', 'json', join(dir, 'storm.gcm.yaml')]).out);
    expect(json.files[0].omitted.count).toBe(1_800);
    expect(json.files[0].diagnostics).toHaveLength(200);
    const gh = run(['validate', '-f', 'github', '--max-problems', '10', join(dir, 'storm.gcm.yaml')]);
    expect(gh.out.match(/^::error /gm)).toHaveLength(11);
    expect(run(['validate', '--max-problems', 'lots', join(dir, 'storm.gcm.yaml')]).code).toBe(2);
  });
});

describe('special files', () => {
  test('a link named *.gcm.yaml to /dev/zero is refused before any byte is read, in every format', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.gcm.yaml'));
    for (const f of ['text', 'json', 'github']) {
      const r = run(['validate', '-f', f, '--follow-symlinks', join(dir, 'zero.gcm.yaml')], { timeout: 20_000 });
      expect(r.code).toBe(2);
      expect(r.out).toContain('not-a-file');
    }
  });

  test('a FIFO is refused at once, even with a writer waiting on it', () => {
    const fifo = join(dir, 'fifo.gcm.yaml');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes 'a: b' > '${fifo}'`]);
    try {
      const r = run(['validate', fifo], { timeout: 20_000 });
      expect(r.code).toBe(2);
      expect(r.out).toContain('not a regular file');
    } finally {
      writer.kill('SIGKILL');
    }
  });

  test('a sparse 3 GB file over the cap is refused by its size, without reading it', async () => {
    const f = join(dir, 'sparse.gcm.yaml');
    const fd = openSync(f, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const r = await checkFile(f);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['too-large']);
    expect(r.diagnostics[0]!.message).toContain('3072.0 MB');
  });

  test('standard input is capped while it is read: an endless stream stops at --max-size', () => {
    const r = spawnSync(
      'sh',
      ['-c', `head -c 200000000 /dev/zero | '${process.execPath}' '${bin}' validate --max-size 1mb -`],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.stdout).toContain('larger than the 1.0 MB a review file may be');
    expect(r.status).toBe(1);
  });

  test('excerpts come from the bytes read: the reporter never opens the file again', async () => {
    const f = join(dir, 'typo.gcm.yaml');
    writeFileSync(f, `${MINIMAL_REVIEW}key_mesages: hello\n`);
    const res = await checkFile(f);
    expect(res.diagnostics[0]!.source).toBe('key_mesages: hello');
    writeFileSync(f, 'CHANGED ON DISK\n'.repeat(20));
    const out = REPORTERS.text([res], { cwd: dir, toolVersion: 't', strict: false, verbosity: 'normal', style: PLAIN });
    expect(out).toContain('key_mesages: hello');
    expect(out).not.toContain('CHANGED');
  });
});

describe('links and secrets', () => {
  test('a folder scan does not follow links that leave the folder, and prints nothing of their targets', () => {
    for (const f of ['text', 'json', 'github', 'junit', 'sarif']) {
      const r = run(['validate', '-f', f, 'submissions'], { cwd: dir });
      expect(r.out + r.err).not.toContain('wJalrXUtnFEMI');
      expect(r.out + r.err).not.toContain('aws_secret_access_key');
      expect(r.out).toContain('symlink-outside');
      expect(r.code).toBe(2);
    }
    const text = run(['validate', 'submissions'], { cwd: dir }).out;
    expect(text).toMatch(/submissions\/good\.gcm\.yaml: valid/);
    expect(text).toMatch(/submissions\/alias\.gcm\.yaml: valid/); // a link inside the folder is fine
  });

  test('a glob scan does not follow them either', () => {
    const r = run(['validate', 'submissions/*.gcm.yaml'], { cwd: dir });
    expect(r.out).not.toContain('wJalrXUtnFEMI');
    expect(r.out).toContain('symlink-outside');
  });

  test('a named link leaving the current folder is refused with a clear message unless --follow-symlinks', () => {
    const r = run(['validate', 'evil2.gcm.yaml'], { cwd: join(dir, 'submissions') });
    expect(r.code).toBe(2);
    expect(r.out).toContain('symbolic link to a file outside');
    expect(r.out).toContain('--follow-symlinks');
    expect(r.out).not.toContain('wJalrXUtnFEMI');
  });

  test('followed on purpose, a file that is not a review shows none of its content', () => {
    for (const name of ['evil.gcm.yaml', 'evil2.gcm.yaml']) {
      for (const f of ['text', 'json', 'github']) {
        const r = run(['validate', '-f', f, '--follow-symlinks', `submissions/${name}`], { cwd: dir });
        expect(r.code).toBe(1);
        expect(r.out).toContain('not-a-review');
        expect(r.out).not.toContain('wJalrXUtnFEMI');
        expect(r.out).not.toContain('aws_secret_access_key');
      }
    }
  });
});

describe('terminal escapes', () => {
  const hostile = `${MINIMAL_REVIEW.replace('country: QMA', 'country: "\\e]2;PWNED\\a\\x9b31m"')}"\\e[2Jkey": 1\n`;

  test('control characters from a file reach no report raw: they are shown escaped', () => {
    writeFileSync(join(dir, 'esc.gcm.yaml'), hostile);
    for (const f of ['text', 'json', 'github', 'junit', 'sarif']) {
      const r = run(['validate', '-f', f, 'esc.gcm.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.out).not.toMatch(/[\u001b\u0007\u009b]/);
      expect(r.out).toMatch(/\\u\{1B\}\\?\]2;PWNED/);
    }
  });

  test('synthesize prints review text with control characters escaped', () => {
    const d = join(dir, 'synth');
    mkdirSync(d);
    writeFileSync(
      join(d, 'a.gcm.yaml'),
      MINIMAL_REVIEW.replace('country: QMA', 'country: QMA\n    name: "Maravia\\e]2;PWNED\\a"'),
    );
    const r = run(['synthesize', d]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[\u001b\u0007]/);
    expect(r.out).toMatch(/\\u\{1B\}\\?\]2;PWNED/);
  });

  test('a file name with an escape sequence is printed escaped', () => {
    const name = 'x\u001b[31mred.gcm.yaml';
    writeFileSync(join(dir, name), 'not: a review\n');
    const r = run(['validate', name], { cwd: dir });
    expect(r.out).not.toMatch(/\u001b/);
    expect(r.out).toContain('x\\u{1B}[31mred.gcm.yaml');
  });
});

test('the README states the limits for CI', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  expect(readme).toContain('--max-problems');
  expect(readme).toContain('--follow-symlinks');
});
