// The loader on its own: bytes → text → data, both parsers, and where problems are reported.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  decodeText,
  locate,
  parseFast,
  parsePrecise,
  positionAt,
  prepareText,
} from '../../src/load/index.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  test('plain UTF-8 and a UTF-8 BOM', () => {
    expect(decodeText(bytes('a: é\n'))).toEqual({ text: 'a: é\n' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a: 1\n'))).toEqual({ text: 'a: 1\n' });
  });

  test('a Latin-1 byte is reported at its line and column', () => {
    const r = decodeText(bytes('format_version: 1\nkey_messages: Caf', [0xe9], ' noir\n'));
    expect('problem' in r && r.problem).toMatchObject({ code: 'encoding', line: 2, column: 18 });
    expect('problem' in r && r.problem.message).toContain('0xE9');
  });

  test('overlong encodings, encoded surrogates and bytes above U+10FFFF are refused where they are', () => {
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff]]) {
      const r = decodeText(bytes('ab', bad, 'cd'));
      expect('problem' in r && r.problem, JSON.stringify(bad)).toMatchObject({ code: 'encoding', line: 1, column: 3 });
    }
  });

  test('a file truncated in the middle of a character', () => {
    const r = decodeText(bytes('x: ', [0xe2, 0x80]));
    expect('problem' in r && r.problem).toMatchObject({ code: 'encoding', line: 1, column: 4 });
  });

  test('decodes exactly as the strict WHATWG decoder: any text, with or without BOMs, in pieces or not (fast-check)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    // mostly ASCII with a few other characters, as reviews are, and long enough to be decoded in pieces
    const char = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom('a', ' ', '\n', ':') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('é', '’', '—', 'ß', '\u0085', '\u07ff', '\u0800', '\uffff', '😀', '\ufeff'),
      },
    );
    const text = fc.array(char, { maxLength: 3000, size: 'max' }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('', '\ufeff', '\ufeff\ufeff'), (t, bom) => {
        const b = Buffer.from(bom + t, 'utf8');
        expect(decodeText(b)).toEqual({ text: strict.decode(b) });
        // a Uint8Array view at an offset decodes the same
        const whole = Buffer.concat([Buffer.from('xx'), b]);
        const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, b.length);
        expect(decodeText(view)).toEqual({ text: strict.decode(b) });
      }),
      // no shrinking: a failing text of thousands of characters would take minutes to shrink
      { numRuns: 300, endOnFailure: true },
    );
  });

  test('any bytes: decoded when the strict decoder accepts them, else an encoding problem (fast-check)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
        let expected: string | undefined;
        try {
          expected = strict.decode(b);
        } catch {
          expected = undefined;
        }
        const r = decodeText(b);
        if (expected === undefined) expect('problem' in r && r.problem.code).toBe('encoding');
        else expect(r).toEqual({ text: expected });
      }),
      { numRuns: 500 },
    );
  });

  test('UTF-16 is named as such', () => {
    const r = decodeText(Buffer.from('\ufeffformat_version: 1\n', 'utf16le'));
    expect('problem' in r && r.problem.message).toContain('UTF-16');
  });
});

describe('prepareText', () => {
  test('drops a BOM and turns lone carriage returns into line feeds, keeping CRLF', () => {
    expect(prepareText('\ufeffa: 1\rb: 2\r\nc: 3\r').text).toBe('a: 1\nb: 2\r\nc: 3\n');
  });

  test('reports each forbidden control character where it is', () => {
    const { problems } = prepareText('a: 1\nb: x\u000by\u0000z\n\u007f\n');
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 5, 'control-character'],
      [2, 7, 'control-character'],
      [3, 1, 'control-character'],
    ]);
    expect(problems[0]!.message).toContain('vertical tab');
    expect(problems[1]!.message).toContain('NUL');
  });

  test('allows tabs, NEL, non-breaking spaces, emoji and right-to-left text', () => {
    expect(prepareText('a: "x\ty"\nb: z\u0085w\u00a0\u{1f600} مرحبا\n').problems).toEqual([]);
  });

  test('an unpaired surrogate in a string input is reported', () => {
    expect(prepareText('a: \ud800x\n').problems[0]).toMatchObject({ line: 1, column: 4 });
  });

  test('a file full of control characters gives a bounded list', () => {
    const { problems } = prepareText('a: ' + '\u0001'.repeat(10_000));
    expect(problems.length).toBe(21);
    expect(problems[20]!.message).toContain('9980 more');
  });
});

describe('positionAt', () => {
  test('lines and columns are 1-based; CRLF counts as one line break', () => {
    const text = 'ab\r\ncd\nef';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 4)).toEqual({ line: 2, column: 1 });
    expect(positionAt(text, 8)).toEqual({ line: 3, column: 2 });
  });
});

describe('parseFast (js-yaml, YAML 1.2 core schema)', () => {
  const data = (t: string) => {
    const r = parseFast(t);
    if (!r.ok) throw new Error('declined');
    return r.data as Record<string, unknown>;
  };

  test('dates stay text; yes/no/on/off/y/n are text; true/false/null as in YAML 1.2', () => {
    expect(data('d: 2026-03-15\nt: 2026-03-15T10:00:00Z\n')).toEqual({ d: '2026-03-15', t: '2026-03-15T10:00:00Z' });
    expect(data('a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\n')).toEqual({
      a: 'yes',
      b: 'no',
      c: 'on',
      d: 'off',
      e: 'y',
      f: 'n',
      g: 'Yes',
    });
    expect(data('a: true\nb: False\nc: ~\nd: null\ne:\n')).toEqual({ a: true, b: false, c: null, d: null, e: null });
  });

  test('numbers exactly as the precise parser reads them (0b…, signed hex/octal, 1_000 are text)', () => {
    expect(data('a: 7\nb: 07\nc: 0x1F\nd: 0o17\ne: +7\nf: 1.5\ng: 1e3\nh: .inf\n')).toEqual({
      a: 7,
      b: 7,
      c: 31,
      d: 15,
      e: 7,
      f: 1.5,
      g: 1000,
      h: Infinity,
    });
    expect(data('a: 0b101\nb: +0x1F\nc: -0o7\nd: 1_000\ne: 1,5\nf: 12:30\n')).toEqual({
      a: '0b101',
      b: '+0x1F',
      c: '-0o7',
      d: '1_000',
      e: '1,5',
      f: '12:30',
    });
    expect(data('a: 1e400\n').a).toBe(Infinity);
  });

  test('objective keys: 7, "7", 07 and 7.0 all become "7"', () => {
    for (const k of ['7', '"7"', '07', '7.0', "'7'"]) expect(Object.keys(data(`${k}: x\n`)), k).toEqual(['7']);
  });

  test('`<<` is an ordinary key (no merging)', () => {
    expect(data('a:\n  <<: {b: 1}\n  c: 2\n')).toEqual({ a: { '<<': { b: 1 }, c: 2 } });
  });

  test.each([
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['7 and "7"', '7: a\n"7": b\n'],
    ['an anchor without alias', 'a: &x 1\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['an anchor in a flow map after a quoted key', 'a: {"k":&x [1]}\nb: *x\n'],
    ['an explicit tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !foo 1\n'],
    ['a list as key', '[7]: x\n'],
    ['a map as key in flow', 'a: {[7]: x}\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['an explicit key with a list', '? [7]\n'],
    ['a quoted text over several lines', 'a:\n  b: "x\n  y"\n'],
    ['a flow list over several lines', 'a:\n  b: [x,\n  y]\n'],
    ['a comment glued to a closing quote', 'a: "x"# note\n'],
    ['a comment glued to a closing bracket', 'a: [x]# note\n'],
    ['a document marker glued to text', '---# note\na: 1\n'],
    ['a YAML directive', '%YAML 1.2\n---\na: 1\n'],
    ['a byte-order mark after a comment line', '# c\n\uFEFF# d\na: 1\n'],
    ['a tab before a document marker', '\t---\na: 1\n'],
    ['a tab in the indentation of a text line', 'a: |\n  x\n  \ty\n'],
    ['a block text with an explicit indentation', 'a: |2\n    x\n'],
    ['a top-level block text', '# c\n|1\na: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a syntax error', 'a: "x\n'],
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n'],
    [`nesting deeper than ${MAX_DEPTH}`, 'a: ' + '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH) + '\n'],
    ['the billion laughs', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n'],
  ])('declines (the precise path decides): %s', (_name, text) => {
    expect(parseFast(text).ok).toBe(false);
  });

  test('accepts French punctuation (“ ? ”, “ ! ”) and & inside text without declining', () => {
    expect(parseFast('a: Pourquoi ? Parce que ! R&D & co.\nb: "Quoi ?"\n').ok).toBe(true);
  });
});

describe('parsePrecise (yaml, with positions)', () => {
  test('same core schema: dates and yes/no stay text', () => {
    expect(parsePrecise('d: 2026-03-15\ny: yes\n').data).toEqual({ d: '2026-03-15', y: 'yes' });
  });

  test('7 and "7" are the same key: a duplicate', () => {
    const p = parsePrecise('o:\n  7: a\n  "7": b\n');
    expect(p.problems.map((x) => [x.code, x.line, x.column])).toEqual([['duplicate-key', 3, 3]]);
    expect(p.data).toEqual({ o: { '7': 'b' } }); // still checked against the schema
  });

  test('an alias bomb is refused at its first alias', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      lines.push(
        `${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10)
          .fill('*' + 'abcdefgh'[i - 1])
          .join(', ')}]`,
      );
    const p = parsePrecise(lines.join('\n') + '\n');
    expect(p.problems).toMatchObject([{ code: 'alias-limit', line: 2, column: 8 }]);
    expect(p.data).toBeUndefined();
  });

  test(`a few aliases (up to ${MAX_ALIAS_COUNT} uses) are fine`, () => {
    const p = parsePrecise('a: &p [x, y]\nb: *p\nc: *p\n');
    expect(p.problems).toEqual([]);
    expect(p.data).toEqual({ a: ['x', 'y'], b: ['x', 'y'], c: ['x', 'y'] });
  });

  test('an alias to a missing anchor (e.g. *emphasis*) is explained', () => {
    const p = parsePrecise('a: *Draft\n');
    expect(p.problems).toMatchObject([{ code: 'yaml-alias', line: 1, column: 4 }]);
  });

  test.each([
    ['flow', 'a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n'],
    ['block sequences', 'a:\n' + '- '.repeat(5000) + 'x\n'],
    ['block maps', Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n'],
  ])(`nesting deeper than ${MAX_DEPTH} is refused before composing (%s)`, (_n, text) => {
    const p = parsePrecise(text);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.code).toBe('too-deep');
  });

  test('deep inputs one after another do not exhaust the stack (regression: a V8 regexp crash)', () => {
    // Before the depth check, a stack overflow inside the yaml composer left V8 unable to compile
    // regular expressions, and the next deep file aborted the whole process.
    for (let i = 0; i < 3; i++) {
      expect(parsePrecise('['.repeat(5000) + ']'.repeat(5000)).problems[0]!.code).toBe('too-deep');
      expect(parsePrecise('- '.repeat(5000) + 'x\n').problems[0]!.code).toBe('too-deep');
    }
  });

  test(`exactly ${MAX_DEPTH} levels are accepted`, () => {
    const text = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH);
    expect(parsePrecise(text).problems).toEqual([]);
    expect(parsePrecise('[' + text + ']').problems[0]!.code).toBe('too-deep');
  });

  test('tags: core tags work, others are reported', () => {
    expect(parsePrecise('a: !!str 7\n').data).toEqual({ a: '7' });
    const p = parsePrecise('a: !!binary aGk=\nb: !x y\n');
    expect(p.problems.map((x) => [x.code, x.line])).toEqual([
      ['yaml-tag', 1],
      ['yaml-tag', 2],
    ]);
  });

  test('a list or map used as a key is reported (and Node prints no warning)', () => {
    const p = parsePrecise('ok: 1\n[7]: x\n');
    expect(p.problems).toMatchObject([{ code: 'complex-key', line: 2, column: 1 }]);
  });

  test('one syntax problem per line: no cascade of follow-on errors', () => {
    const p = parsePrecise('a:\n\tb: 1\nc: 2\n');
    expect(p.problems.map((x) => [x.code, x.line, x.column])).toEqual([['tab-indent', 2, 1]]);
  });

  test('a tab inside the indentation of a block text is named as a tab', () => {
    expect(parsePrecise('a: |\n  x\n\t y\n').problems[0]).toMatchObject({ code: 'tab-indent', line: 3 });
  });

  test('an unclosed quote is reported where the quoted text starts', () => {
    const p = parsePrecise('a: 1\nb: "text\nc: 2\n');
    expect(p.problems[0]).toMatchObject({ code: 'yaml-syntax', line: 2, column: 4 });
  });

  test('a non-breaking space is pointed out in the hint', () => {
    const p = parsePrecise('x: 1\na:\u00a0b\n');
    expect(p.problems[0]!.hint).toContain('non-breaking space');
  });

  test('several documents: reported at the --- that starts the second', () => {
    expect(parsePrecise('a: 1\n---\nb: 2\n').problems).toMatchObject([
      { code: 'multiple-documents', line: 2, column: 1 },
    ]);
  });

  test('empty, comment-only, and document-marker-only files are "empty"', () => {
    for (const t of ['', '\n\n', '# c\n# d\n', '---\n', '---\n...\n', '%YAML 1.2\n---\n'])
      expect(
        parsePrecise(t).problems.map((p) => p.code),
        JSON.stringify(t),
      ).toEqual(['empty']);
  });
});

describe('locate', () => {
  const text = 'a:\n  b: [x, y]\n  c:\n    7: text\n';
  const p = parsePrecise(text);

  test('finds values and keys, by string or number segments', () => {
    expect(locate(p, ['a', 'b', 1])).toMatchObject({ line: 2, column: 10 });
    expect(locate(p, ['a', 'c', '7'])).toMatchObject({ line: 4, column: 8 });
    expect(locate(p, ['a', 'c', '7'], 'key')).toMatchObject({ line: 4, column: 5 });
  });

  test('falls back to the nearest existing ancestor', () => {
    expect(locate(p, ['a', 'c', 'missing'])).toMatchObject({ line: 4, column: 5 });
    expect(locate(p, ['a', 'b', 9])).toMatchObject({ line: 2, column: 6 });
  });

  test('CRLF line endings give the same positions', () => {
    const q = parsePrecise(text.replace(/\n/g, '\r\n'));
    expect(locate(q, ['a', 'c', '7'])).toMatchObject({ line: 4, column: 8 });
  });

  test('with a duplicated key, points at the last one (the one the data keeps)', () => {
    const q = parsePrecise('a: 1\na: [x]\n');
    expect(locate(q, ['a'])).toMatchObject({ line: 2, column: 4 });
  });
});

test('every code the loader emits is documented', () => {
  const texts = [
    '',
    'a: "x\n',
    'a:\n\tb: 1\n',
    'a: 1\na: 2\n',
    'a: 1\n---\nb: 2\n',
    '['.repeat(100) + ']'.repeat(100),
    'a: &a [x, x]\n' + Array.from({ length: 120 }, (_, i) => `b${i}: *a`).join('\n'),
    'a: *nope\n',
    'a: !foo x\n',
    '[1]: x\n',
  ];
  const found = new Set(texts.flatMap((t) => parsePrecise(t).problems.map((p) => p.code)));
  found.add(prepareText('\u0001').problems[0]!.code);
  const r = decodeText(Buffer.from([0xff]));
  if ('problem' in r) found.add(r.problem.code);
  expect([...found].sort()).toEqual([
    'alias-limit',
    'complex-key',
    'control-character',
    'duplicate-key',
    'empty',
    'encoding',
    'multiple-documents',
    'tab-indent',
    'too-deep',
    'yaml-alias',
    'yaml-syntax',
    'yaml-tag',
  ]);
  for (const c of found) expect(DIAGNOSTIC_CODES).toHaveProperty([c]);
});
