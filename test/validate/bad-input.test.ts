// Bad input never throws: every kind of broken file comes back as diagnostics, located, in plain words.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../src/load/index.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { checkFile, checkText } from '../../src/validate/index.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';

const dir = mkdtempSync(join(tmpdir(), 'gcm-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID = MINIMAL_REVIEW;

/** The codes of a result; each must be documented in src/diagnostics/codes.ts. */
const codes = (r: { diagnostics: { code: string }[] }) =>
  r.diagnostics.map((d) => {
    expect(DIAGNOSTIC_CODES, `code ${d.code} is not documented`).toHaveProperty([d.code]);
    return d.code;
  });

describe('encodings', () => {
  test('Latin-1 bytes (a file saved as "ANSI"): where the first bad byte is', () => {
    const bytes = Buffer.concat([
      Buffer.from(VALID + 'key_messages: Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' au lait\n'),
    ]);
    const r = checkText('latin1.gcm.yaml', bytes);
    expect(r.diagnostics).toMatchObject([{ code: 'encoding', line: 9, column: 18, file: 'latin1.gcm.yaml' }]);
    expect(r.diagnostics[0]!.hint).toContain('UTF-8');
  });

  test('UTF-16 (Windows "Unicode")', () => {
    const r = checkText('u16.gcm.yaml', Buffer.from('\ufeff' + VALID, 'utf16le'));
    expect(r.diagnostics).toMatchObject([{ code: 'encoding', line: 1, column: 1 }]);
    expect(r.diagnostics[0]!.message).toContain('UTF-16');
  });

  test('a UTF-8 BOM is fine, and line numbers do not move', () => {
    expect(checkText('f', Buffer.from('\ufeff' + VALID)).diagnostics).toEqual([]);
    const r = checkText('f', Buffer.from('\ufeff' + VALID + 'key_mesages: x\n'));
    expect(r.diagnostics).toMatchObject([{ code: 'unknown-field', line: 9, column: 1 }]);
  });

  test('a string with a BOM (as from a pipe) is fine', () => {
    expect(checkText('f', '\ufeff' + VALID).diagnostics).toEqual([]);
  });
});

describe('size limit', () => {
  test('bytes and strings over --max-size are refused before parsing', () => {
    const big = VALID + 'key_messages: ' + 'x'.repeat(2000) + '\n';
    expect(codes(checkText('f', Buffer.from(big), { maxBytes: 1000 }))).toEqual(['too-large']);
    expect(codes(checkText('f', big, { maxBytes: 1000 }))).toEqual(['too-large']);
    expect(checkText('f', big, { maxBytes: big.length }).diagnostics).toEqual([]);
  });

  test('multi-byte text is measured in bytes, not characters', () => {
    const text = VALID + 'key_messages: ' + 'é'.repeat(600) + '\n';
    expect(codes(checkText('f', text, { maxBytes: text.length + 100 }))).toEqual(['too-large']);
  });

  test(`a file on disk over the default limit (${DEFAULT_MAX_BYTES / 1024 / 1024} MB) is refused without being parsed`, async () => {
    const p = join(dir, 'huge.gcm.yaml');
    const line = '# ' + 'x'.repeat(1022) + '\n';
    writeFileSync(p, VALID + line.repeat(DEFAULT_MAX_BYTES / 1024));
    const r = await checkFile(p);
    expect(r.diagnostics).toMatchObject([{ code: 'too-large', line: 1, column: 1 }]);
    expect(r.diagnostics[0]!.message).toMatch(/10\.0 MB/);
    expect(r.diagnostics[0]!.hint).toContain('--max-size');
  });

  test('a file exactly at the limit is read', async () => {
    const p = join(dir, 'exact.gcm.yaml');
    writeFileSync(p, VALID);
    expect((await checkFile(p, { maxBytes: Buffer.byteLength(VALID) })).diagnostics).toEqual([]);
    expect(codes(await checkFile(p, { maxBytes: Buffer.byteLength(VALID) - 1 }))).toEqual(['too-large']);
  });
});

describe('paths that are not review files', () => {
  test('a missing file', async () => {
    const r = await checkFile(join(dir, 'nope.gcm.yaml'));
    expect(r.diagnostics).toMatchObject([{ code: 'not-found', line: 1, column: 1 }]);
  });

  test('a path through a file (ENOTDIR) is "does not exist"', async () => {
    const f = join(dir, 'plain.txt');
    writeFileSync(f, 'x');
    expect(codes(await checkFile(join(f, 'child.gcm.yaml')))).toEqual(['not-found']);
  });

  test('a directory', async () => {
    const d = join(dir, 'folder.gcm.yaml');
    mkdirSync(d, { recursive: true });
    const r = await checkFile(d);
    expect(r.diagnostics).toMatchObject([{ code: 'is-directory' }]);
    expect(r.diagnostics[0]!.hint).toContain('*.gcm.yaml');
  });

  test('a named pipe is refused at once instead of blocking on it', async () => {
    const fifo = join(dir, 'pipe.gcm.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(codes(await checkFile(fifo))).toEqual(['not-a-file']);
  });

  test('a character device such as /dev/zero is refused instead of read forever', async () => {
    expect(codes(await checkFile('/dev/zero'))).toEqual(['not-a-file']);
  });

  test('a dangling symbolic link is "does not exist"; a good one is followed', async () => {
    const good = join(dir, 'good.gcm.yaml');
    writeFileSync(good, VALID);
    symlinkSync(good, join(dir, 'link.gcm.yaml'));
    symlinkSync(join(dir, 'missing'), join(dir, 'dangling.gcm.yaml'));
    expect((await checkFile(join(dir, 'link.gcm.yaml'))).diagnostics).toEqual([]);
    expect(codes(await checkFile(join(dir, 'dangling.gcm.yaml')))).toEqual(['not-found']);
  });
});

describe('content that is not a review', () => {
  test.each([
    ['an empty file', '', 'empty'],
    ['only a BOM', '\ufeff', 'empty'],
    ['only blank lines', '\n\n  \n', 'empty'],
    ['only comments', '# draft\n# to do\n', 'empty'],
    ['null', 'null\n', 'type'],
    ['a number', '42\n', 'type'],
    ['a list', '- a\n- b\n', 'type'],
    ['a sentence', 'Our review.\n', 'type'],
    [
      'JSON',
      '{"format_version": 1, "metadata": {"submitter": {"type": "member_state", "country": "QMA"}, "cycle": "imrf_2026", "languages": ["en"], "status": "draft"}}',
      'valid',
    ],
    ['JSON with an error', '{"format_version": 1, "metadata": {', 'yaml-syntax'],
    ['HTML', '<html><body>Review</body></html>\n', 'type'],
    ['binary junk', '\u0001\u0002\u0003', 'control-character'],
  ])('%s', (_name, text, code) => {
    const r = checkText('f', Buffer.from(text, 'utf8'));
    if (code === 'valid') expect(r.diagnostics).toEqual([]);
    else expect(codes(r)[0]).toBe(code);
    expect(r.diagnostics.every((d) => d.line >= 1 && d.column >= 1)).toBe(true);
  });

  test('deeply nested input of every kind is refused, and the process survives', () => {
    for (const text of [
      'key_messages: ' + '['.repeat(100_000),
      'key_messages: ' + '{a: '.repeat(20_000) + '1' + '}'.repeat(20_000),
      '- '.repeat(20_000) + 'x',
      Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n'),
    ]) {
      const r = checkText('f', text);
      expect(codes(r)).toContain('too-deep');
    }
  });

  test('the billion laughs is refused on the default (fast) path too', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, c] of [...'bcdefghi'].entries())
      bomb.push(
        `${c}: &${c} [${Array(9)
          .fill('*' + 'abcdefghi'[i])
          .join(',')}]`,
      );
    const r = checkText('f', bomb.join('\n') + '\n');
    expect(codes(r)).toEqual(['alias-limit']);
  });

  test('duplicate keys are refused on the default path, including 7 and "7"', () => {
    expect(codes(checkText('f', VALID + 'next_steps: a\nnext_steps: b\n'))).toEqual(['duplicate-key']);
    expect(codes(checkText('f', VALID + 'objectives:\n  7: {}\n  "7": {}\n'))).toEqual(['duplicate-key']);
  });

  test('a duplicate key does not hide the other problems of the file', () => {
    const r = checkText('f', VALID.replace('status: draft', 'status: drafft') + 'next_steps: a\nnext_steps: b\n');
    expect(codes(r).sort()).toEqual(['duplicate-key', 'enum']);
  });
});

describe('YAML 1.2 scalars in a review', () => {
  test('an unquoted date stays the text the user wrote', () => {
    const r = checkText('f', VALID.replace('status: draft', 'status: draft\n  date: 2026-03-15'));
    expect(r.diagnostics).toEqual([]);
    expect(r.review?.metadata.date).toBe('2026-03-15');
  });

  test('yes / no / on / off are text (a narrative), not booleans', () => {
    const r = checkText(
      'f',
      VALID +
        'guiding_principles:\n  people_centred: yes\n  human_rights: no\n  child_sensitive: on\n  gender_responsive: off\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.review?.guiding_principles).toEqual({
      people_centred: 'yes',
      human_rights: 'no',
      child_sensitive: 'on',
      gender_responsive: 'off',
    });
  });

  test('objective 7 may be written 7: or "7":, and is stored as "7"', () => {
    for (const key of ['7', '"7"', "'7'"]) {
      const r = checkText('f', VALID + `objectives:\n  ${key}:\n    gaps_and_challenges: Text.\n`);
      expect(r.diagnostics, key).toEqual([]);
      expect(Object.keys(r.review!.objectives!)).toEqual(['7']);
      expect(r.readiness?.objectivesAnswered).toEqual([7]);
    }
  });

  test('true as a narrative is a type error, with the fix in plain words', () => {
    const r = checkText('f', VALID + 'key_messages: true\n');
    expect(r.diagnostics).toMatchObject([{ code: 'type', line: 9, column: 15 }]);
  });
});

describe('line:column with other line endings', () => {
  const text = VALID + 'objectives:\n  7:\n    gaps_and_challenges: [a, b]\n';
  test.each([
    ['LF', text],
    ['CRLF', text.replace(/\n/g, '\r\n')],
    ['CR (old Mac)', text.replace(/\n/g, '\r')],
  ])('%s', (_n, t) => {
    const r = checkText('f', Buffer.from(t));
    expect(r.diagnostics).toMatchObject([{ code: 'type', line: 11, column: 26, endLine: 11, endColumn: 32 }]);
    expect(r.diagnostics[0]!.message).toBe(
      'Objective 7 (Reduce vulnerabilities), question (c) Main gaps and challenges: expected text, found a list.',
    );
  });
});
