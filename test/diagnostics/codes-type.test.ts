// Diagnostic.code is the union of the codes documented in src/diagnostics/codes.ts: a code that is
// not listed there fails the type check (compiled here with the project's own compiler options).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { root } from '../ecosystem/helpers.js';

function typeErrors(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gcm-codes-'));
  const file = join(dir, 'probe.ts');
  writeFileSync(file, source.replaceAll('@src', join(root, 'src')));
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram([file], { ...options, noEmit: true, rootDir: undefined });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file?.fileName === file ? 'probe' : (d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

const probe = (code: string) => `import type { Diagnostic } from '@src/diagnostics/index.js';
export const d: Diagnostic = { file: 'f', line: 1, column: 1, severity: 'error', code: '${code}', path: [], message: 'm' };
`;

describe('Diagnostic.code is a union of the documented codes', () => {
  test('a documented code ("duplicate-key") type-checks', () => {
    expect(typeErrors(probe('duplicate-key'))).toEqual([]);
  });

  test('an undocumented code ("no-such-code") is a type error', () => {
    const errors = typeErrors(probe('no-such-code'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^probe: Type '"no-such-code"' is not assignable/);
  });
});
