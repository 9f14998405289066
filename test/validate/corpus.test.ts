// The corpus: every invalid fixture gives exactly the diagnostics its sidecar
// (NAME.expect.json) lists, at the right line:column; every valid fixture is valid.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { checkFile, checkText } from '../../src/validate/index.js';

interface Expected {
  line: number;
  column: number;
  code: string;
  messageIncludes: string;
  hintIncludes?: string;
}

const INVALID = new URL('../fixtures/invalid/', import.meta.url);
const VALID = new URL('../fixtures/valid/', import.meta.url);
const yamlIn = (dir: URL) =>
  readdirSync(dir)
    .filter((f) => /\.gcm\.ya?ml$/.test(f))
    .sort();
const invalid = yamlIn(INVALID);
const valid = yamlIn(VALID);

function matches(d: Diagnostic, e: Expected): boolean {
  return (
    d.line === e.line &&
    d.column === e.column &&
    d.code === e.code &&
    d.message.includes(e.messageIncludes) &&
    (e.hintIncludes === undefined || (d.hint ?? '').includes(e.hintIncludes))
  );
}

const show = (ds: Diagnostic[]) =>
  ds.map((d) => `${d.line}:${d.column} [${d.code}] ${d.message} | ${d.hint ?? ''}`).join('\n');

describe('invalid fixtures', () => {
  test('there are at least 30, each with an expectation file', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(30);
    const sidecars = readdirSync(INVALID).filter((f) => f.endsWith('.expect.json'));
    expect(sidecars.map((f) => f.replace('.expect.json', '')).sort()).toEqual(
      invalid.map((f) => f.replace(/\.gcm\.ya?ml$/, '')),
    );
  });

  test.each(invalid)('%s: exactly the expected diagnostics', (name) => {
    const expected = JSON.parse(
      readFileSync(new URL(name.replace(/\.gcm\.ya?ml$/, '.expect.json'), INVALID), 'utf8'),
    ) as Expected[];
    expect(expected.length).toBeGreaterThan(0);
    const r = checkText(name, readFileSync(new URL(name, INVALID)));
    const ds = r.diagnostics;
    for (const e of expected)
      expect(
        ds.some((d) => matches(d, e)),
        `missing ${JSON.stringify(e)}\ngot:\n${show(ds)}`,
      ).toBe(true);
    expect(ds.length, `unexpected diagnostics:\n${show(ds)}`).toBe(expected.length);
    for (const d of ds) {
      expect(DIAGNOSTIC_CODES, `code ${d.code} is not documented in src/diagnostics/codes.ts`).toHaveProperty([d.code]);
      expect(d.file).toBe(name);
      expect(d.severity).toBe('error');
      expect(Array.isArray(d.path)).toBe(true);
      expect(d.message).not.toMatch(/undefined|\[object Object\]|NaN(?!”)/);
    }
    expect(r.readiness).toBeUndefined();
    expect(r.review).toBeUndefined();
  });

  test.each(invalid)('%s: read from disk, the same diagnostics', async (name) => {
    const path = new URL(name, INVALID).pathname;
    const fromDisk = await checkFile(path);
    const fromText = checkText(path, readFileSync(path));
    expect(fromDisk.diagnostics).toEqual(fromText.diagnostics);
  });
});

describe('valid fixtures', () => {
  test('there are some', () => expect(valid.length).toBeGreaterThanOrEqual(8));

  test.each(valid)('%s is valid, with readiness', async (name) => {
    const r = await checkFile(new URL(name, VALID).pathname);
    expect(show(r.diagnostics)).toBe('');
    expect(r.readiness).toBeDefined();
    expect(r.review?.format_version).toBe(1);
  });
});
