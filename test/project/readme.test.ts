// The README stays true: its annotated example is a valid review, and the commands it documents exist.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/validate/index.js';
import { buildProgram } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('its annotated review example is valid', () => {
    const m = /A short annotated example:\n\n```yaml\n([\s\S]*?)```/.exec(readme);
    expect(m).not.toBeNull();
    const r = checkText('README.md example', m![1]!);
    expect(r.diagnostics).toEqual([]);
    expect(r.review?.metadata.date).toBe('2026-03-15'); // dates stay text
  });

  it('documents every command and the exit codes', async () => {
    for (const c of (await buildProgram()).commands) expect(readme, c.name()).toContain(`gcm-review ${c.name()}`);
    expect(readme).toMatch(/\*\*Exit codes\*\*/);
  });

  it('quick start: one set-up-and-run command, then npm test', () => {
    expect(readme).toContain(
      'bash scripts/setup && node bin/gcm-review.js render examples/full-en.gcm.yaml --out out/',
    );
    expect(readme).toMatch(/```sh\nnpm test\n```/);
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/\nnpm test\n/);
  });
});
