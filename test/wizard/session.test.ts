import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancelledError, UserError } from '../../src/diagnostics/index.js';
import { runInit } from '../../src/wizard/init.js';
import { openReview, runSession } from '../../src/wizard/session.js';
import { multiline, newContext, search, select, tmpDir } from './script.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'gcm-review.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: '',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
}

describe('a file that is not YAML is refused and never written', () => {
  const NOT_YAML = 'format_version: 1\nmetadata:\n  submitter: {type: member_state\n  cycle: "imrf_2026\n';

  it('openReview throws a UserError (exit 2) naming file:line:col; the file stays byte-identical', async () => {
    const file = join(tmpDir(), 'broken.gcm.yaml');
    writeFileSync(file, NOT_YAML);
    const err = await openReview(file, 'en').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as UserError).message).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: this file is not valid YAML`),
    );
    expect(readFileSync(file, 'utf8')).toBe(NOT_YAML);
  });

  it('the real command refuses it too (before asking for a terminal), exit 2, file untouched', () => {
    const file = join(tmpDir(), 'broken.gcm.yaml');
    writeFileSync(file, NOT_YAML);
    const r = run(['edit', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.gcm\.yaml:\d+:\d+: this file is not valid YAML/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(file, 'utf8')).toBe(NOT_YAML);
  });

  it('a file that is not UTF-8 is refused the same way', async () => {
    const file = join(tmpDir(), 'latin1.gcm.yaml');
    const bytes = Buffer.from('format_version: 1\nkey_messages: caf\xe9\n', 'latin1');
    writeFileSync(file, bytes);
    await expect(openReview(file, 'en')).rejects.toThrow(/not valid UTF-8/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a missing file is explained, with the init command to start one', async () => {
    const err = (await openReview(join(tmpDir(), 'nope.gcm.yaml'), 'fr').catch((e: unknown) => e)) as UserError;
    expect(err.message).toMatch(/nope\.gcm\.yaml n’existe pas\./);
    expect(err.hint).toMatch(/gcm-review init/);
  });
});

describe('no terminal', () => {
  it('init with stdin piped: exit 2, explains the wizard needs a terminal and how to write the YAML instead', () => {
    const file = join(tmpDir(), 'new.gcm.yaml');
    const r = run(['init', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('needs a terminal');
    expect(r.stderr).toContain('gcm-review schema');
    expect(r.stderr).toContain('examples/');
    expect(r.stderr).toContain('gcm-review validate');
    expect(existsSync(file)).toBe(false);
  });

  it('edit with stdin piped: exit 2, in the interface language from LANG', () => {
    const file = join(tmpDir(), 'ok.gcm.yaml');
    writeFileSync(
      file,
      'format_version: 1\nmetadata:\n  submitter: {type: member_state, country: MEX}\n  cycle: imrf_2026\n  languages: [en]\n  status: draft\n',
    );
    const r = run(['edit', file], { LANG: 'fr_FR.UTF-8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a donc besoin d’un terminal');
  });

  it('init refuses an existing file and suggests edit (exit 2); --ui-lang overrides LANG', () => {
    const file = join(tmpDir(), 'exists.gcm.yaml');
    writeFileSync(file, 'format_version: 1\n');
    const r = run(['init', file, '--ui-lang', 'es']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ya existe');
    expect(r.stderr).toContain(`gcm-review edit ${file}`);
    expect(readFileSync(file, 'utf8')).toBe('format_version: 1\n');
    const bad = run(['init', file, '--ui-lang', 'de']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('use en, fr or es');
  });
});

describe('Ctrl-C', () => {
  it('ends with "Saved to FILE. Resume with: gcm-review edit FILE"; an unfinished long answer is kept', async () => {
    const ctx = newContext([
      select('Who submits this review?', 'member_state'),
      search('Country', 'SEN', { term: 'seneg' }),
      select('Which review is this for?', 'imrf_2026'),
      select('Region', 'eca'),
      { kind: 'checkbox', message: 'Languages', answer: ['fr'] },
      { kind: 'input', message: 'full name', answer: '' },
      { kind: 'input', message: 'job title', answer: '' },
      { kind: 'input', message: 'ministry', answer: '' },
      { kind: 'input', message: 'email', answer: '' },
      { kind: 'input', message: 'Date', answer: '' },
      multiline('How the review was prepared', undefined, {
        cancel: { partial: 'A committee led by the Ministry\nof Foreign Affairs' },
      }),
    ]);
    const err = await runSession(ctx.store, 'en', () => runInit(ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CancelledError);
    expect((err as Error).message).toBe(`Saved to ${ctx.store.file}. Resume with: gcm-review edit ${ctx.store.file}`);
    const text = readFileSync(ctx.store.file, 'utf8');
    expect(text).toContain('  description: |\n    A committee led by the Ministry\n    of Foreign Affairs\n');
    expect(text).toContain('country: SEN');
  });

  it('before the first answer: nothing saved, and said so', async () => {
    const ctx = newContext([select('Who submits this review?', undefined, { cancel: {} })]);
    const err = await runSession(ctx.store, 'en', () => runInit(ctx)).catch((e: unknown) => e);
    expect((err as Error).message).toBe('Stopped before the first answer: nothing was saved.');
    expect(existsSync(ctx.store.file)).toBe(false);
  });
});
