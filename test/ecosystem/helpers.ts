// Running the built binary as a user or a CI job does: a child process, stdout and stderr apart.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');
export const bin = join(root, 'bin/gcm-review.js');

export interface RunResult {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `node bin/gcm-review.js ...args`; env values set to undefined are removed. */
export function run(
  args: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string; timeout?: number } = {},
): RunResult {
  if (!existsSync(join(root, 'dist'))) throw new Error('Run `npm run build` before these tests.');
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    // messages follow the locale (validate, the wizard): English unless a test sets another
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    LANG: 'C.UTF-8',
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: opts.timeout ?? 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Display width of each line (no wide characters in what we check). */
export function widths(text: string): number[] {
  return text.split('\n').map((l) => [...l].length);
}

export function onPath(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}
