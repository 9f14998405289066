// Property-based fuzzing (fast-check): the example reviews mutated at random — bytes, YAML
// structure, values — and checked. Whatever the input: no exception, a status that maps to exit
// 0, 1 or 2, every problem at a line and column inside the file, and a bounded time per file.
// `npm test` runs a short budget; `npm run fuzz` a long one (FUZZ_RUNS, default 5,000 there).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkText } from '../../src/validate/index.js';
import { statusOf } from '../../src/reporters/util.js';
import { EXAMPLES_DIR, exampleFiles } from '../support/examples.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 120);
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;
/** A bound against hangs and blow-ups, far above a normal check (~10 ms): not a speed target. */
const BOUND_MS = 10_000;

// every example (exampleFiles() fails when examples/ is missing or empty)
const examples = exampleFiles().map((f) => readFileSync(join(EXAMPLES_DIR, f)));

const SNIPPETS = [
  ': ',
  '- ',
  '&a ',
  '*a',
  '*',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '|',
  '>',
  '#',
  '? ',
  '!!binary ',
  '\t',
  '\u00a0',
  '\r',
  '---\n',
  '%YAML 1.2\n',
  '<<: *a\n',
  '\\',
  '\u202e',
  '\u001b]2;x\u0007',
  '\ufeff',
];

type Mutation =
  | { kind: 'byte'; at: number; byte: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'line-dup'; line: number }
  | { kind: 'line-drop'; line: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'value'; line: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('line-dup' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('line-drop' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({
    kind: fc.constant('value' as const),
    line: fc.nat(),
    value: fc.oneof(
      fc.constantFrom(
        '[]',
        '{}',
        '~',
        '0',
        '-1',
        '1e400',
        '"x"',
        'yes',
        '2026-13-45',
        '[a, [b, [c]]]',
        '{a: {b: c}}',
        '|',
        '24',
        'null',
      ),
      fc.string({ maxLength: 20 }),
    ),
  }),
);

function apply(bytes: Buffer, ms: Mutation[]): Buffer {
  let b = bytes;
  for (const m of ms) {
    if (m.kind === 'byte') {
      if (!b.length) continue;
      b = Buffer.from(b);
      b[m.at % b.length] = m.byte;
    } else if (m.kind === 'insert') {
      const at = m.at % (b.length + 1);
      b = Buffer.concat([b.subarray(0, at), Buffer.from(m.text), b.subarray(at)]);
    } else if (m.kind === 'delete') {
      const at = m.at % (b.length + 1);
      b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
    } else {
      const lines = b.toString('latin1').split('\n');
      const i = m.line % lines.length;
      if (m.kind === 'line-dup') lines.splice(i, 0, lines[i]!);
      else if (m.kind === 'line-drop') lines.splice(i, 1);
      else if (m.kind === 'indent')
        lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      else {
        const colon = lines[i]!.indexOf(': ');
        if (colon === -1) continue;
        lines[i] = lines[i]!.slice(0, colon + 2) + Buffer.from(m.value).toString('latin1');
      }
      b = Buffer.from(lines.join('\n'), 'latin1');
    }
  }
  return b;
}

test(`${RUNS} mutated examples: no exception, exit 0/1/2, every problem inside the file, bounded time`, () => {
  expect(examples.length).toBeGreaterThanOrEqual(5);
  let found = 0;
  fc.assert(
    fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (pick, ms) => {
      const input = apply(examples[pick % examples.length]!, ms);
      const t0 = performance.now();
      const r = checkText('fuzz.gcm.yaml', input);
      const ms_ = performance.now() - t0;
      expect(ms_).toBeLessThan(BOUND_MS);
      const status = statusOf(r);
      expect(['valid', 'invalid', 'error']).toContain(status);
      const text = new TextDecoder('utf-8').decode(input).replace(/^\ufeff/, '');
      const lines = text.split(/\r\n|\r|\n/);
      for (const d of r.diagnostics) {
        expect(d.line, JSON.stringify([d.line, d.column, d.code, d.message])).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lines.length);
        expect(d.column, JSON.stringify([d.line, d.column, d.code, d.message])).toBeGreaterThanOrEqual(1);
        expect(d.column, JSON.stringify([d.line, d.column, d.code, d.message, lines[d.line - 1]])).toBeLessThanOrEqual(
          (lines[d.line - 1]?.length ?? 0) + 1,
        );
        expect(d.message.length).toBeGreaterThan(0);
        // nothing from the file reaches a report as a control sequence
        expect(d.message + (d.hint ?? '') + (d.source ?? '')).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
      }
      if (status !== 'valid') found++;
    }),
    { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
  );
  // the mutations do reach the checks: most inputs are broken
  expect(found).toBeGreaterThan(RUNS / 4);
}, 600_000);
