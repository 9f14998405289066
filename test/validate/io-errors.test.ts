// Permission problems cannot be provoked as root (the tests may run as root in CI containers), so
// the file system is replaced here: what matters is that each error becomes a plain diagnostic.
import { describe, expect, test, vi } from 'vitest';

const failWith = vi.hoisted(() => ({ code: '' }));
vi.mock('node:fs/promises', async (orig) => {
  const real = await orig<typeof import('node:fs/promises')>();
  return {
    ...real,
    // the reader opens first and checks the opened descriptor (never the path)
    open: async (p: string, ...rest: unknown[]) => {
      if (failWith.code)
        throw Object.assign(new Error(`${failWith.code}: simulated, open '${p}'`), { code: failWith.code });
      return (real.open as (...a: unknown[]) => unknown)(p, ...rest);
    },
  };
});

const { checkFile } = await import('../../src/validate/index.js');
const { DIAGNOSTIC_CODES } = await import('../../src/diagnostics/codes.js');

describe('file system errors become diagnostics', () => {
  test.each([
    ['EACCES', 'unreadable', 'permission denied'],
    ['EPERM', 'unreadable', 'permission denied'],
    ['EISDIR', 'is-directory', 'folder'],
    ['ELOOP', 'io', 'could not be read'],
    ['EIO', 'io', 'could not be read'],
  ])('%s', async (code, expected, words) => {
    failWith.code = code;
    const r = await checkFile('/some/review.gcm.yaml');
    failWith.code = '';
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      file: '/some/review.gcm.yaml',
      code: expected,
      line: 1,
      column: 1,
      severity: 'error',
    });
    expect(r.diagnostics[0]!.message).toContain(words);
    expect(DIAGNOSTIC_CODES).toHaveProperty([expected]);
  });
});
