// One text-wrapping helper (src/cli/text.ts): the terminal tables and notes use `wrap`, the wizard's
// prompts use `wrapBlock`, which lays out each paragraph with `wrap`.
import { describe, expect, it } from 'vitest';
import { wrap, wrapBlock } from '../../src/cli/text.js';

const TEXT =
  'For each of the 23 objectives a reviewer answers the five Annex I questions: status, principles, gaps, practices and support.';

describe('wrap and wrapBlock', () => {
  it('a hanging indent narrows every line after the first', () => {
    const lines = wrap(TEXT, 30, { hanging: 4 });
    expect(lines[0]!.length).toBeLessThanOrEqual(30);
    expect(lines[0]!.length).toBeGreaterThan(26);
    for (const l of lines.slice(1)) expect(l.length).toBeLessThanOrEqual(26);
    expect(lines.join(' ')).toBe(TEXT);
  });

  it('wrapBlock indents every line, hangs the continuation lines, and keeps paragraphs and blank lines', () => {
    const out = wrapBlock(`${TEXT}\n\nSecond paragraph.`, 40, 2, 2).split('\n');
    expect(out[0]).toMatch(/^ {2}For each/);
    const blank = out.indexOf('');
    expect(blank).toBeGreaterThan(1);
    for (const l of out.slice(1, blank)) expect(l).toMatch(/^ {4}\S/);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(40);
    expect(out[blank + 1]).toBe('  Second paragraph.');
    expect(
      out
        .slice(0, blank)
        .map((l) => l.trim())
        .join(' '),
    ).toBe(TEXT);
  });

  it('wrapBlock never cuts a long word (an address overflows on its own line) and keeps at least 20 columns', () => {
    const url = 'https://www.un.org/en/conferences/migration/international-migration-review-forum';
    expect(wrapBlock(`See ${url} for more.`, 40).split('\n')).toEqual(['See', url, 'for more.']);
    expect(wrapBlock('one two three four five six', 5).split('\n')).toEqual(['one two three four', 'five six']);
  });
});
