// Two paths, one verdict. The fast path (js-yaml + the validator compiled at build time) and the
// precise path (the `yaml` package, with positions) must agree on every file: on each fixture, each
// example, their CRLF / BOM / old-Mac variants, and a few hundred seeded random mutations. Where the
// fast path accepts a file, it must also read exactly the same data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseFast, parsePrecise, prepareText } from '../../src/load/index.js';
import { checkText } from '../../src/validate/index.js';
import { EXAMPLES_DIR, exampleFiles } from '../support/examples.js';

const dirs = ['../fixtures/valid/', '../fixtures/invalid/'].map((d) => new URL(d, import.meta.url));
const files: { name: string; bytes: Buffer }[] = [];
for (const dir of dirs)
  for (const f of readdirSync(dir)
    .filter((x) => /\.gcm\.ya?ml$/.test(x))
    .sort())
    files.push({
      name: new URL(f, dir).pathname.replace(/.*\/test\//, 'test/'),
      bytes: readFileSync(new URL(f, dir)),
    });
// every example too: exampleFiles() fails when examples/ is missing or empty
for (const f of exampleFiles()) files.push({ name: `examples/${f}`, bytes: readFileSync(join(EXAMPLES_DIR, f)) });

/** Data as JSON sees it; an empty key is written "null" by js-yaml and "" by yaml (never valid anyway). */
function normal(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v ?? null, (_k, x) =>
      x && typeof x === 'object' && !Array.isArray(x) && 'null' in x ? { ...x, '': x.null, null: undefined } : x,
    ),
  );
}

function verdicts(input: string | Buffer) {
  const fast = checkText('f', input);
  const precise = checkText('f', input, { precise: true });
  return { fast, precise };
}

function sameData(text: string): { ok: boolean; detail?: string } {
  const prepared = prepareText(text);
  if (prepared.problems.length) return { ok: true };
  const fast = parseFast(prepared.text);
  if (!fast.ok) return { ok: true };
  const precise = parsePrecise(prepared.text);
  if (precise.problems.length)
    return {
      ok: false,
      detail: `fast path accepted, precise path found ${precise.problems.map((p) => p.message).join('; ')}`,
    };
  return isDeepStrictEqual(normal(fast.data), normal(precise.data))
    ? { ok: true }
    : { ok: false, detail: 'the two parsers read different data' };
}

describe('every fixture and example through both paths', () => {
  test('the corpus is all there: the fixtures and every example', () => {
    expect(files.filter((f) => f.name.startsWith('test/fixtures/invalid/')).length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => f.name.startsWith('test/fixtures/valid/')).length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => f.name.startsWith('examples/')).length).toBeGreaterThanOrEqual(5);
  });

  test.each(files.map((f) => [f.name, f.bytes] as const))(
    '%s: same verdict, same diagnostics, same data',
    (_name, bytes) => {
      const { fast, precise } = verdicts(bytes);
      expect(fast.diagnostics.length === 0).toBe(precise.diagnostics.length === 0);
      expect(fast.diagnostics).toEqual(precise.diagnostics);
      expect(fast.readiness).toEqual(precise.readiness);
      expect(sameData(bytes.toString('utf8'))).toEqual({ ok: true });
    },
  );

  test.each(files.filter((f) => !f.bytes.includes(0x0d)).map((f) => [f.name, f.bytes.toString('utf8')] as const))(
    '%s: CRLF, old-Mac CR and BOM variants give the same diagnostics at the same line:column',
    (_name, text) => {
      const base = checkText('f', text).diagnostics.map((d) => [d.line, d.column, d.code, d.message]);
      for (const variant of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), '\ufeff' + text]) {
        const { fast, precise } = verdicts(Buffer.from(variant, 'utf8'));
        expect(fast.diagnostics.map((d) => [d.line, d.column, d.code, d.message])).toEqual(base);
        expect(precise.diagnostics.map((d) => [d.line, d.column, d.code, d.message])).toEqual(base);
      }
    },
  );
});

describe('seeded random mutations of a valid review', () => {
  // mulberry32: a small deterministic generator, so a failure can be replayed
  function rng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const INSERTS = [
    ':',
    ': ',
    '-',
    '- ',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '#',
    ' #',
    '&a ',
    '*a',
    '!',
    '!!str ',
    '!!int ',
    '!!float ',
    '?',
    '? ',
    '|',
    '>',
    '\t',
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\r',
    '---\n',
    '...\n',
    '%',
    '@',
    '`',
    '~',
    'null',
    '0b1',
    '0x1F',
    '+0x1',
    '-.0',
    '1e400',
    '.inf',
    '7',
    '07',
    '7.0',
    '"7"',
    'yes',
    'True',
    '2026-03-15',
    '\u00a0',
    '<<: ',
    '[7]: ',
    '{a: 1}: ',
    '? [en]\n: x\n',
    '\\',
    '|-',
    '|+',
    '>2',
    '|1',
    '\uFEFF',
    '\u2028',
    '\u0085',
    '- - ',
    ': : ',
    '&',
    '*',
    '""',
    '[]',
    '{}',
    '---',
    '...',
    '1_000',
    '+7',
    '0o17',
    '=',
  ];
  const bases = ['compact', 'iscm-multiline', 'bom-crlf'].map((n) =>
    readFileSync(new URL(`../fixtures/valid/${n}.gcm.yaml`, import.meta.url), 'utf8'),
  );

  test('600 mutants: the fast path never accepts what the precise path refuses, nor reads other data', () => {
    const rnd = rng(20260315);
    const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
    let fastAccepted = 0;
    let invalid = 0;
    for (let n = 0; n < 600; n++) {
      let t = bases[n % bases.length]!;
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
        const at = Math.floor(rnd() * t.length);
        const op = rnd();
        if (op < 0.5) t = t.slice(0, at) + pick(INSERTS) + t.slice(at);
        else if (op < 0.8) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 3));
        else if (op < 0.9) {
          // indent or dedent a line
          const lines = t.split('\n');
          const i = Math.floor(rnd() * lines.length);
          lines[i] = rnd() < 0.5 ? ' '.repeat(1 + Math.floor(rnd() * 3)) + lines[i] : lines[i]!.replace(/^ {1,3}/, '');
          t = lines.join('\n');
        } else {
          const lines = t.split('\n');
          lines.splice(Math.floor(rnd() * lines.length), 0, pick(lines));
          t = lines.join('\n');
        }
      }
      const { fast, precise } = verdicts(t);
      const same = (fast.diagnostics.length === 0) === (precise.diagnostics.length === 0);
      expect(same, `verdicts differ for:\n${JSON.stringify(t)}`).toBe(true);
      const data = sameData(t);
      expect(data.ok, `${data.detail}:\n${JSON.stringify(t)}`).toBe(true);
      if (parseFast(prepareText(t).text).ok) fastAccepted++;
      if (precise.diagnostics.length) invalid++;
    }
    // the mutants exercise both sides: many parse on the fast path, many are invalid
    expect(fastAccepted).toBeGreaterThan(150);
    expect(invalid).toBeGreaterThan(150);
  });
});
