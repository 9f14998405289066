// Turning command-line inputs (files, directories, globs) into a list of review files.
//
// Symbolic links: a folder or glob scan never follows a link whose target lies outside the scanned
// folder (the glob's fixed base, or the working folder), and a file named on the command line that
// is a link leading out of the working folder (or out of its own folder, when named elsewhere) is
// refused, unless followSymlinks. A hostile submission cannot make a CI job print a secrets file.
import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../diagnostics/index.js';
import { isInside, type ReadProblem } from './read.js';

/** Names that mark a review file when a directory is searched. */
export const REVIEW_FILE_GLOBS = ['**/*.gcm.yaml', '**/*.gcm.yml'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

function isGlob(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

export interface ExpandOptions {
  /** Follow symbolic links wherever they lead (--follow-symlinks). */
  followSymlinks?: boolean;
  /**
   * Told of each file left out because it is a link leading outside where it was found. Without
   * it, a file found by a scan is left out silently and a named one is a UserError.
   */
  onSkip?: (file: string, problem: ReadProblem) => void;
}

export const SYMLINK_OUTSIDE: ReadProblem = {
  code: 'symlink-outside',
  message: 'This is a symbolic link to a file outside the folder being checked; it was not read.',
  hint: 'Name the real file, or pass --follow-symlinks if you trust where the link leads.',
};

/** Whether `file` (possibly through links) really lies outside the folder `root`. */
async function leaves(file: string, root: string): Promise<boolean> {
  try {
    const [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    return !isInside(realRoot, real);
  } catch {
    return false; // a broken or missing path: the reader reports it
  }
}

/** Where a named file may lead: the working folder when named inside it, else its own folder. */
async function namedLeaves(file: string, cwd: string): Promise<boolean> {
  const abs = resolve(cwd, file);
  let isLink = false;
  try {
    isLink = (await lstat(abs)).isSymbolicLink();
  } catch {
    return false;
  }
  if (isInside(resolve(cwd), abs)) return leaves(abs, cwd);
  return isLink && leaves(abs, dirname(abs));
}

/** The fixed folder a glob starts from ("reviews/**\/*.yaml" → "reviews"). */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.length ? fixed.join('/') || '/' : '.';
}

/**
 * Expands inputs in order, without duplicates. A path that does not exist is kept (the checker
 * reports it for that file, so one bad path never hides the others); a directory or glob that
 * matches nothing is a UserError.
 */
export async function expandInputs(inputs: string[], cwd = process.cwd(), opts: ExpandOptions = {}): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  const follow = Boolean(opts.followSymlinks);
  const skip = (f: string, named: boolean) => {
    if (opts.onSkip) opts.onSkip(f, SYMLINK_OUTSIDE);
    else if (named)
      throw new UserError(
        `${f} is a symbolic link to a file outside the current folder; it was not read.`,
        2,
        'Name the real file, or pass --follow-symlinks if you trust where the link leads.',
      );
  };
  for (const input of inputs) {
    if (input === '-') {
      add('-');
      continue;
    }
    let st;
    try {
      st = await stat(resolve(cwd, input));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const { glob } = await import('tinyglobby');
      const found = (
        await glob(REVIEW_FILE_GLOBS, {
          cwd: resolve(cwd, input),
          ignore: IGNORE,
          absolute: false,
          // links are listed (a link inside the folder is fine); each is checked below
          followSymbolicLinks: true,
        })
      ).sort();
      if (!found.length)
        throw new UserError(
          `no review files in the folder ${input}`,
          2,
          'Review files are found in folders by their name: *.gcm.yaml or *.gcm.yml. Name the file directly to check another name.',
        );
      for (const f of found) {
        const p = joinPath(input, f);
        if (!follow && (await leaves(resolve(cwd, p), resolve(cwd, input)))) skip(p, false);
        else add(p);
      }
    } else if (!st && isGlob(input)) {
      const { glob } = await import('tinyglobby');
      const found = (
        await glob([input], { cwd, ignore: IGNORE, absolute: false, onlyFiles: true, followSymbolicLinks: true })
      ).sort();
      if (!found.length) throw new UserError(`no files match ${input}`);
      const base = resolve(cwd, globBase(input));
      for (const f of found) {
        if (!follow && (await leaves(resolve(cwd, f), base))) skip(f, false);
        else add(f);
      }
    } else if (!follow && (await namedLeaves(input, cwd))) {
      skip(input, true);
    } else {
      add(input);
    }
  }
  return out;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
