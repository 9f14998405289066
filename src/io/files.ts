// Turning command-line inputs (files, directories, globs) into a list of review files.
import { stat } from 'node:fs/promises';
import { UserError } from '../diagnostics/index.js';

/** Names that mark a review file when a directory is searched. */
export const REVIEW_FILE_GLOBS = ['**/*.gcm.yaml', '**/*.gcm.yml'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

function isGlob(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

/**
 * Expands inputs in order, without duplicates. A path that does not exist is kept (the checker
 * reports it for that file, so one bad path never hides the others); a directory or glob that
 * matches nothing is a UserError.
 */
export async function expandInputs(inputs: string[], cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      add('-');
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const { glob } = await import('tinyglobby');
      const found = (await glob(REVIEW_FILE_GLOBS, { cwd: input, ignore: IGNORE, absolute: false })).sort();
      if (!found.length)
        throw new UserError(
          `no review files in the folder ${input}`,
          2,
          'Review files are found in folders by their name: *.gcm.yaml or *.gcm.yml. Name the file directly to check another name.',
        );
      for (const f of found) add(joinPath(input, f));
    } else if (!st && isGlob(input)) {
      const { glob } = await import('tinyglobby');
      const found = (await glob([input], { cwd, ignore: IGNORE, absolute: false, onlyFiles: true })).sort();
      if (!found.length) throw new UserError(`no files match ${input}`);
      for (const f of found) add(f);
    } else {
      add(input);
    }
  }
  return out;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
