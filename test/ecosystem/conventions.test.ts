// Shared conventions, checked on the built binary for schema, objectives/principles/questions,
// doctor and completion: results on stdout, messages on stderr, exit codes 0/1/2, --quiet,
// NO_COLOR / FORCE_COLOR.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_ID } from '../../src/schema/generate.js';
import { root, run } from './helpers.js';

const ESC = /\u001b\[/;

const scratch = mkdtempSync(join(tmpdir(), 'gcm-conventions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('gcm-review schema', () => {
  it('prints the schema on stdout only: exit 0, the file the build writes', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).$id).toBe(SCHEMA_ID);
    expect(r.out).toBe(readFileSync(join(root, 'schemas/gcm-review.schema.json'), 'utf8'));
  });

  it('--out writes the file and says so on stderr; --quiet says nothing; no temporary file is left', () => {
    const dir = mkdtempSync(join(scratch, 'schema-'));
    const file = join(dir, 'gcm.schema.json');
    const r = run(['schema', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain(`Wrote the schema (${SCHEMA_ID}) to ${file}.`);
    expect(JSON.parse(readFileSync(file, 'utf8')).$id).toBe(SCHEMA_ID);
    const q = run(['--quiet', 'schema', '--out', file]);
    expect([q.code, q.out, q.err]).toEqual([0, '', '']);
    expect(readdirSync(dir)).toEqual(['gcm.schema.json']);
  });

  it('a folder that does not exist: exit 2, one plain message on stderr, nothing on stdout', () => {
    const r = run(['schema', '--out', '/nonexistent-folder/gcm.schema.json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'gcm-review: could not write the schema to /nonexistent-folder/gcm.schema.json: the folder does not exist\n' +
        'Create the folder first, or choose another path.\n',
    );
    expect(existsSync('/nonexistent-folder')).toBe(false);
  });

  it('--out onto a folder: exit 2, the folder is untouched', () => {
    const dir = mkdtempSync(join(scratch, 'schema-'));
    const r = run(['schema', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/that is a folder, not a file/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('usage errors of these commands: exit 2, stderr only', () => {
  it.each([
    ['schema', '--bogus'],
    ['objectives', '--bogus'],
    ['principles', '--lang'],
    ['questions', '--submitter'],
    ['doctor', '--bogus'],
    ['completion'],
    ['completion', 'tcsh'],
    ['objectives', 'extra-argument'],
  ])('gcm-review %s %s', (...args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^error: /);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('results on stdout, nothing on stderr, exit 0', () => {
  it.each([
    ['objectives', '--json'],
    ['principles'],
    ['questions', '--lang', 'es'],
    ['completion', 'bash'],
    ['completion', 'zsh'],
    ['completion', 'fish'],
  ])('gcm-review %s %s', (...args) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.length).toBeGreaterThan(100);
  });

  it('doctor: the checks go to stdout even when one fails (exit 1)', () => {
    const r = run(['doctor'], { env: { GCM_REVIEW_CHROME: '/nonexistent' } });
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^✓ Node\.js/m);
  });
});

describe('colour', () => {
  it('tables are plain when not on a terminal; FORCE_COLOR colours them; NO_COLOR wins over nothing', () => {
    expect(run(['objectives']).out).not.toMatch(ESC);
    expect(run(['objectives'], { env: { FORCE_COLOR: '1' } }).out).toMatch(ESC);
    expect(run(['objectives'], { env: { NO_COLOR: '1' } }).out).not.toMatch(ESC);
  });

  it('JSON and completion scripts are never coloured', () => {
    for (const args of [['objectives', '--json'], ['questions', '--json'], ['completion', 'bash'], ['schema']])
      expect(run(args, { env: { FORCE_COLOR: '1' } }).out, args.join(' ')).not.toMatch(ESC);
  });
});
