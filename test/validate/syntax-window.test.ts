// A large file (over SYNTAX_WINDOW_LIMIT) with a YAML syntax error is read precisely only around the
// line where the fast parser stopped (src/load/window.ts): the problem reported is the one a
// precise read of the whole file gives (same place, same words), and the hint says the file was
// read only up to a line.
import { describe, expect, test } from 'vitest';
import { checkText, SYNTAX_WINDOW_LIMIT } from '../../src/validate/index.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';

function bigReview(rows: number, broken: (i: number) => string | undefined): string {
  const out: string[] = [];
  for (let i = 0; i < rows; i++)
    out.push(
      broken(i) ??
        `        - indicator: Number of people counted in district ${i}\n          value: ${i}\n          year: 2020\n`,
    );
  return `${MINIMAL_REVIEW}objectives:\n  1:\n    implementation:\n      status: text\n      statistics:\n${out.join('')}`;
}

const cases: [string, (i: number) => string | undefined][] = [
  [
    'a key without its colon',
    (i) => (i === 9_000 ? `        - indicator Number of people\n          value: 1\n` : undefined),
  ],
  ['a value starting with @', (i) => (i === 12_000 ? `        - indicator: @home\n          value: 1\n` : undefined)],
  [
    'a line indented too far',
    (i) => (i === 10_000 ? `        - indicator: x\n             value: 1\n           year: 2\n` : undefined),
  ],
];

describe('large files with a YAML syntax error', () => {
  for (const [label, broken] of cases) {
    test(`${label}: the problems are those of a precise read of the whole file, with a hint that says where reading stopped`, () => {
      const text = bigReview(16_000, broken);
      expect(text.length).toBeGreaterThan(SYNTAX_WINDOW_LIMIT);
      const whole = checkText('big.gcm.yaml', text, { precise: true });
      const windowed = checkText('big.gcm.yaml', text);
      expect(whole.diagnostics.length).toBeGreaterThan(0);
      const strip = (h: string | undefined) =>
        h?.replace(/ ?The file is over 1 MB: it was read up to line [\d,]+ only[^]*$/, '') || undefined;
      expect(windowed.diagnostics.map((d) => ({ ...d, hint: strip(d.hint) }))).toEqual(
        whole.diagnostics.map((d) => ({ ...d, hint: d.hint || undefined })),
      );
      expect(windowed.diagnostics[0]!.hint).toMatch(/it was read up to line [\d,]+ only, around its first YAML error/);
    });
  }

  test('a flow list never closed (no clean window: the error runs to the end) is read whole, with no such hint', () => {
    const text = bigReview(16_000, (i) =>
      i === 12_000 ? `        - indicator: [a, b\n          value: 1\n` : undefined,
    );
    const windowed = checkText('big.gcm.yaml', text);
    expect(windowed.diagnostics).toEqual(checkText('big.gcm.yaml', text, { precise: true }).diagnostics);
    expect(windowed.diagnostics.some((d) => /it was read up to line/.test(d.hint ?? ''))).toBe(false);
  });
});
