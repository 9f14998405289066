// lineStartTrouble is a faster form of one regular expression: they must agree on every text.
import { describe, expect, it } from 'vitest';
import { lineStartTrouble } from '../../src/load/index.js';

const REFERENCE = /^(?:%|(?:---|\.\.\.)[^\s]| *\t)|\uFEFF/m;

describe('lineStartTrouble', () => {
  it('agrees with the regular expression on hand-picked texts', () => {
    const cases = [
      'a: 1\n',
      '%YAML 1.2\n---\na: 1',
      'a: 1\n%x',
      '---\na: 1',
      '---#x\n',
      'a: 1\n---x',
      '...\n',
      'a\n...x',
      '---',
      'a\n---',
      ' \ta: 1',
      'a:\n  \tb',
      'a: "x\ty"',
      '\ufeffa: 1',
      'a: 1\n\ufeff',
      '--- \n',
      'b\n--- a',
      '----\n',
      'a\n.....',
      '',
      '\n',
      'a\r\n---x',
      '-- -x',
      'x---y\n',
    ];
    for (const t of cases) expect(lineStartTrouble(t), JSON.stringify(t)).toBe(REFERENCE.test(t));
  });
  it('agrees with the regular expression on random texts', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = ['-', '-', '-', '.', '.', '%', ' ', ' ', '\t', '\n', '\n', 'a', ':', '#', '\ufeff', '\u00a0'];
    for (let n = 0; n < 20000; n++) {
      const len = Math.floor(rnd() * 12);
      let t = '';
      for (let k = 0; k < len; k++) t += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(lineStartTrouble(t), JSON.stringify(t)).toBe(REFERENCE.test(t));
    }
  });
});
