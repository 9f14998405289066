// A valid file is checked on the fast path only: the `yaml` package, the edit-distance library and
// the i18n-iso-countries package are never loaded for it. (Module state is per test file, so this file checks
// valid files before anything else.)
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseFast } from '../../src/load/index.js';
import { preciseParserLoaded } from '../../src/load/index.js';
import { checkText } from '../../src/validate/index.js';
import { EXAMPLES_DIR, exampleFiles } from '../support/examples.js';

const require = createRequire(import.meta.url);
const loaded = (pkg: string) => {
  const main = require.resolve(pkg);
  return Object.keys(require.cache).includes(main);
};

const VALID = new URL('../fixtures/valid/', import.meta.url);

test('valid files without anchors are accepted without loading the precise parser or the message helpers', () => {
  const texts = readdirSync(VALID)
    // these two are left to the precise path on purpose (anchors; a %YAML directive)
    .filter((f) => f.endsWith('.yaml') && !['anchors-and-aliases.gcm.yaml', 'yaml-directive.gcm.yaml'].includes(f))
    .map((f) => readFileSync(new URL(f, VALID)));
  // and every example (exampleFiles() fails when examples/ is missing or empty)
  const examples = exampleFiles();
  for (const f of examples) texts.push(readFileSync(join(EXAMPLES_DIR, f)));
  expect(texts.length).toBeGreaterThanOrEqual(7 + examples.length);
  for (const t of texts) {
    expect(
      parseFast(
        t
          .toString('utf8')
          .replace(/^\ufeff/, '')
          .replace(/\r(?!\n)/g, '\n'),
      ).ok,
    ).toBe(true);
    expect(checkText('f', t).diagnostics).toEqual([]);
  }
  expect(preciseParserLoaded()).toBe(false);
  expect(loaded('fastest-levenshtein')).toBe(false);
  expect(loaded('i18n-iso-countries')).toBe(false);
});

test('(and the check above can fail: an invalid file that the fast path declines does load them)', () => {
  // the anchor (&s) leaves the file to the precise path; the country name makes it invalid
  const r = checkText(
    'f',
    'format_version: 1\nmetadata:\n  submitter: {type: member_state, country: France}\n  cycle: imrf_2026\n  languages: [en]\n  status: &s draft\n',
  );
  expect(r.diagnostics[0]!.hint).toBe('Did you mean “FRA”?');
  expect(preciseParserLoaded()).toBe(true);
  // country names come from src/reference/countries-data.ts: the i18n-iso-countries package is
  // read only by scripts/import-countries.mjs, never at run time
  expect(loaded('i18n-iso-countries')).toBe(false);
});
