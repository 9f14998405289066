// Reading a review file, the one way every command does it (validate, render, synthesize, the
// wizard): only regular files, checked on the opened descriptor (a FIFO, a device or a socket is
// refused before a byte is read, and opening never blocks); the size cap enforced while reading, so
// a file that grows, lies about its size or never ends costs at most the cap; standard input the
// same way. The bytes are read once: reporters print excerpts from what was loaded.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** Why a file could not be read: a stable code (exit 2 for I/O codes), a message and a hint. */
export interface ReadProblem {
  code: 'not-found' | 'unreadable' | 'is-directory' | 'not-a-file' | 'io' | 'too-large' | 'symlink-outside';
  message: string;
  hint?: string;
  /** What the message says besides its code (sizes, a system error), for re-wording it in another language. */
  vars?: Readonly<Record<string, string>>;
}

export type ReadResult = { bytes: Buffer } | { problem: ReadProblem };

export interface ReadOptions {
  maxBytes?: number;
}

export function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function tooLargeProblem(size: number | undefined, max: number): ReadProblem {
  return {
    code: 'too-large',
    message:
      size === undefined
        ? `The file is larger than the ${mb(max)} a review file may be.`
        : `The file is ${mb(size)}, more than the ${mb(max)} a review file may be.`,
    vars: size === undefined ? { max: mb(max) } : { size: mb(size), max: mb(max) },
    hint: 'A review is usually well under 1 MB: check that this is the right file. The limit can be raised with --max-size.',
  };
}

const FOLDER_HINT = 'To check every review in a folder, the folder is searched for *.gcm.yaml and *.gcm.yml files.';

/** Whether `target` lies inside `dir` (both already resolved, symbolic links included). */
export function isInside(dir: string, target: string): boolean {
  const rel = relative(dir, target);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** Reads one file under the rules above. Never throws for a problem with the file itself. */
export async function readReviewFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for ever
    const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = await fh.stat();
      if (st.isDirectory())
        return {
          problem: { code: 'is-directory', message: 'This is a folder, not a review file.', hint: FOLDER_HINT },
        };
      if (!st.isFile())
        return {
          problem: {
            code: 'not-a-file',
            message: 'This is not a regular file (it is a device, a pipe or a socket); it was not read.',
            hint: 'Give the path of a review file (*.gcm.yaml).',
          },
        };
      if (st.size > maxBytes) return { problem: tooLargeProblem(st.size, maxBytes) };
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        chunks.push(buf.subarray(0, bytesRead));
        total += bytesRead;
        if (total > maxBytes) return { problem: tooLargeProblem(undefined, maxBytes) };
      }
      return { bytes: Buffer.concat(chunks, total) };
    } finally {
      await fh.close();
    }
  } catch (err) {
    return { problem: errnoProblem(err as NodeJS.ErrnoException) };
  }
}

export function errnoProblem(e: NodeJS.ErrnoException): ReadProblem {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'not-found',
        message: 'The file does not exist.',
        hint: 'Check the spelling of the name and the folder it is in.',
      };
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'unreadable',
        message: 'The file cannot be read (permission denied).',
        hint: 'Ask the owner of the file for read access, or copy it somewhere you can read it.',
      };
    case 'EISDIR':
      return { code: 'is-directory', message: 'This is a folder, not a review file.', hint: FOLDER_HINT };
    case 'ENXIO':
      return {
        code: 'not-a-file',
        message: 'This is not a regular file (it is a device, a pipe or a socket); it was not read.',
        hint: 'Give the path of a review file (*.gcm.yaml).',
      };
    default:
      return {
        code: 'io',
        message: `The file could not be read: ${e.code ?? e.message}.`,
        vars: { reason: e.code ?? e.message },
      };
  }
}

/**
 * Reads a stream (standard input) up to the cap: past it, reading stops at once (the rest is never
 * buffered) and the result is a too-large problem.
 */
export async function readStreamCapped(
  stream: NodeJS.ReadableStream,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    total += b.length;
    if (total > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return { problem: tooLargeProblem(undefined, maxBytes) };
    }
    chunks.push(b);
  }
  return { bytes: Buffer.concat(chunks, total) };
}
