// Error storms explain only the errors near the top of the file and count the rest by kind
// (src/validate/index.ts, stormWindow and countByKind). These tests check that this gives exactly
// what explaining every error gives: the same first problems, the same count left out, by code.
import { describe, expect, test } from 'vitest';
import { checkText, STORM_ERRORS } from '../../src/validate/index.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';

/** Statistics rows whose problems vary by row: several kinds, some rows with two at one node. */
function mixedStorm(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 5;
    if (k === 0) rows.push(`        - indicator: Row ${i}\n          value: [${i}]\n          year: 2020\n`);
    else if (k === 1) rows.push(`        - indicator: Row ${i}\n          value: 3\n          yaer: 2020\n`);
    else if (k === 2)
      rows.push(`        - indicator: Row ${i}\n          value: 4\n          year: [x]\n          unit: {a: 1}\n`);
    else if (k === 3) rows.push(`        - value: 5\n`);
    else rows.push(`        - indicator: [Row ${i}]\n          value: 6\n          year: 99999\n`);
  }
  return `${MINIMAL_REVIEW}objectives:\n  1:\n    implementation:\n      status: text\n      statistics:\n${rows.join('')}`;
}

/** Problems counted by code. */
function codes(list: { code: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of list) out[d.code] = (out[d.code] ?? 0) + 1;
  return out;
}

describe('error storms: a window of errors explained, the rest counted by kind', () => {
  for (const [label, rows, max] of [
    ['a small file (under the precise-locate limit)', 2_000, 200],
    ['a large file (fast locator only)', 9_000, 200],
    ['a cap of 3', 2_000, 3],
    ['a cap of 1,500 (the window grows)', 2_000, 1_500],
  ] as const) {
    test(`${label}: the first ${max} problems and the counts left out, by code, equal those of a full explanation`, () => {
      const text = mixedStorm(rows);
      const full = checkText('s.gcm.yaml', text, { maxProblems: 0 });
      expect(full.diagnostics.length).toBeGreaterThan(STORM_ERRORS);
      const capped = checkText('s.gcm.yaml', text, { maxProblems: max });
      expect(capped.diagnostics).toEqual(full.diagnostics.slice(0, max));
      expect(capped.omitted?.count).toBe(full.diagnostics.length - max);
      expect(capped.omitted?.byCode).toEqual(codes(full.diagnostics.slice(max)));
    });
  }
});
