// Reading a review file, the one way every command does it (validate, render, synthesize, the
// wizard): only regular files, checked on the opened descriptor (a FIFO, a device or a socket is
// refused before a byte is read, and opening never blocks); the size cap enforced while reading, so
// a file that grows, lies about its size or never ends costs at most the cap; standard input the
// same way. The bytes are read once: reporters print excerpts from what was loaded.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
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
const IS_DIRECTORY: ReadProblem = {
  code: 'is-directory',
  message: 'This is a folder, not a review file.',
  hint: FOLDER_HINT,
};
const NOT_A_FILE: ReadProblem = {
  code: 'not-a-file',
  message: 'This is not a regular file (it is a device, a pipe or a socket); it was not read.',
  hint: 'Give the path of a review file (*.gcm.yaml).',
};

/** Whether `target` lies inside `dir` (both already resolved, symbolic links included). */
export function isInside(dir: string, target: string): boolean {
  const rel = relative(dir, target);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** Why a file whose descriptor says `st` is not read at all: a folder, not a regular file, too large. */
function statProblem(st: Stats, maxBytes: number): ReadProblem | undefined {
  if (st.isDirectory()) return { ...IS_DIRECTORY };
  if (!st.isFile()) return { ...NOT_A_FILE };
  if (st.size > maxBytes) return tooLargeProblem(st.size, maxBytes);
  return undefined;
}

/**
 * The first buffer to read into: the size the file says it has and one byte more (to see whether it
 * grew), within the cap; a file that says 0 bytes (/proc) starts small and grows as it is read.
 */
function firstBuffer(st: Stats, maxBytes: number): Buffer {
  return Buffer.allocUnsafe(Math.max(1, Math.min(st.size + 1, maxBytes + 1, CHUNK)));
}

/** The buffer grown for more bytes than the file said it had (at most the cap and one byte). */
function grown(buf: Buffer, maxBytes: number): Buffer {
  const b = Buffer.allocUnsafe(Math.min(Math.max(buf.length * 2, 4096), buf.length + CHUNK, maxBytes + 1));
  buf.copy(b);
  return b;
}

/** A read the loop asks for: into `buf` from byte `at` to its end. */
interface ReadRequest {
  buf: Buffer;
  at: number;
}

/**
 * The reading loop of a file whose descriptor says `st`, whether its reads wait or block: it asks
 * for each read (yields where to read), is told how many bytes came (0 at the end), and returns
 * the bytes or the problem. The size cap is enforced here, once for both readers below.
 */
function* readLoop(st: Stats, maxBytes: number): Generator<ReadRequest, ReadResult, number> {
  const problem = statProblem(st, maxBytes);
  if (problem) return { problem };
  let buf = firstBuffer(st, maxBytes);
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      if (total > maxBytes) return { problem: tooLargeProblem(undefined, maxBytes) };
      buf = grown(buf, maxBytes);
    }
    const bytesRead = yield { buf, at: total };
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  if (total > maxBytes) return { problem: tooLargeProblem(undefined, maxBytes) };
  return { bytes: buf.subarray(0, total) };
}

/** Reads one file under the rules above. Never throws for a problem with the file itself. */
export async function readReviewFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for ever
    const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const loop = readLoop(await fh.stat(), maxBytes);
      let step = loop.next();
      while (!step.done) {
        const { buf, at } = step.value;
        step = loop.next((await fh.read(buf, at, buf.length - at, null)).bytesRead);
      }
      return step.value;
    } finally {
      await fh.close();
    }
  } catch (err) {
    return { problem: errnoProblem(err as NodeJS.ErrnoException) };
  }
}

/**
 * readReviewFile without waiting on the thread pool: the same rules, answers and cap, for a thread
 * that has nothing else to do while it reads (the validation pool's threads: see validate/pool.ts).
 */
export function readReviewFileSync(path: string, opts: ReadOptions = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { problem: errnoProblem(err as NodeJS.ErrnoException) };
  }
  try {
    const loop = readLoop(fstatSync(fd), maxBytes);
    let step = loop.next();
    while (!step.done) {
      const { buf, at } = step.value;
      step = loop.next(readSync(fd, buf, at, buf.length - at, null));
    }
    return step.value;
  } catch (err) {
    return { problem: errnoProblem(err as NodeJS.ErrnoException) };
  } finally {
    closeSync(fd);
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
      return { ...IS_DIRECTORY };
    case 'ENXIO':
      return { ...NOT_A_FILE };
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
