// Tests that check every example take the list from test/support/examples.ts, which fails on a
// missing or empty folder instead of handing them nothing to check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../support/examples.js';

describe('the list of examples for tests', () => {
  it('lists the examples of the project (at least five, each a .gcm.yaml file)', () => {
    const files = exampleFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(f).toMatch(/\.gcm\.yaml$/);
  });

  it('fails for a missing folder and for a folder without examples, instead of giving an empty list', () => {
    const empty = mkdtempSync(join(tmpdir(), 'gcm-no-examples-'));
    try {
      expect(() => exampleFiles(join(empty, 'examples'))).toThrow(/is missing/);
      expect(() => exampleFiles(empty)).toThrow(/holds no \*\.gcm\.yaml example/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
