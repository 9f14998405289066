// The wizard's remembered choices (issue 12: the order of the objectives), in a small JSON file in
// the user's configuration folder: $XDG_CONFIG_HOME/gcm-review/wizard.json, or
// ~/.config/gcm-review/wizard.json. Never review content. A file that cannot be read or written is
// ignored: the choice is then simply not remembered.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Prefs } from '../wizard/context.js';

export function prefsFile(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CONFIG_HOME'] || join(homedir(), '.config');
  return join(base, 'gcm-review', 'wizard.json');
}

export function filePrefs(file = prefsFile()): Prefs {
  let data: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8').slice(0, 64 * 1024));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') data[k] = v;
  } catch {
    data = {};
  }
  return {
    get: (key) => data[key],
    set(key, value) {
      data[key] = value;
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 });
        renameSync(tmp, file);
      } catch {
        // not remembered: nothing else depends on it
      }
    },
  };
}
