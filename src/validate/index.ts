// Validation: a review file → a FileResult (problems located at line:column, plus readiness).
//
// Fast path: js-yaml + the validator compiled at build time. Only a file with problems (or with
// anchors, or with YAML errors) takes the precise path, which re-parses with the `yaml` package to
// locate every problem. Both paths give the same verdict (a test runs every fixture through both).
import { createRequire } from 'node:module';
import { open, stat } from 'node:fs/promises';
import type { ErrorObject } from 'ajv';
import type { Diagnostic, FileResult } from '../diagnostics/index.js';
import {
  DEFAULT_MAX_BYTES,
  decodeText,
  locate,
  parseFast,
  parsePrecise,
  prepareText,
  type PreciseParse,
} from '../load/index.js';
import type { Review } from '../schema/types.js';
import { assessReadiness } from './readiness.js';
import { describePath, explainErrors, requireCountries, type Finding } from './messages.js';

export { assessReadiness, answeredQuestions, narrativeFilled } from './readiness.js';

export interface CheckOptions {
  /** Largest file accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Skip the fast path (tests use it to compare both paths). */
  precise?: boolean;
  /** Keep the decoded text of a valid file in the result (the synthesis cites lines from it). */
  keepText?: boolean;
}

export type CheckedFile = FileResult & { review?: Review; text?: string };

/** What a reporter needs of a result: the parsed review is dropped (it can be large). */
export function slimResult(r: FileResult): FileResult {
  return { file: r.file, diagnostics: r.diagnostics, ...(r.readiness ? { readiness: r.readiness } : {}) };
}

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const require = createRequire(import.meta.url);
let compiled: CompiledValidator | undefined;
function schemaValidator(): CompiledValidator {
  if (compiled) return compiled;
  try {
    const mod = require('../../generated/compiled-validator.cjs') as {
      default?: CompiledValidator;
    } & CompiledValidator;
    compiled = mod.default ?? mod;
  } catch (err) {
    throw new Error(
      `the compiled schema validator is missing (generated/compiled-validator.cjs): run "npm run build" (${(err as Error).message})`,
    );
  }
  return compiled;
}

function isUserAssigned(code: string): boolean {
  return /^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z][A-Z]|ZZ[A-Z])$/.test(code);
}

/** Problems the schema cannot express. Returns findings with paths (located later). */
function semanticFindings(review: Review): Finding[] {
  const out: Finding[] = [];
  const country = review.metadata?.submitter?.country;
  if (typeof country === 'string' && /^[A-Z]{3}$/.test(country) && !isUserAssigned(country)) {
    if (!requireCountries().isValid(country)) {
      out.push({
        path: ['metadata', 'submitter', 'country'],
        code: 'country',
        message: `${describePath(['metadata', 'submitter', 'country'])}: “${country}” is not an ISO 3166-1 alpha-3 country code.`,
        hint: 'Use the three-letter ISO code, e.g. MEX for Mexico, PHL for the Philippines. Fictional or test reviews may use the user-assigned codes QMA–QZZ or XAA–XZZ.',
      });
    }
  }
  return out;
}

const KNOWN_ISO3 = new Set<string>();
function quickCountryOk(code: string | undefined): boolean {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code) || isUserAssigned(code)) return true;
  if (KNOWN_ISO3.size === 0) {
    const codes = require('i18n-iso-countries/codes.json') as string[][];
    for (const c of codes) if (c[1]) KNOWN_ISO3.add(c[1]);
  }
  return KNOWN_ISO3.has(code);
}

/** Checks one file's content. Never throws for bad input: problems come back as diagnostics. */
export function checkText(file: string, input: string | Uint8Array, opts: CheckOptions = {}): CheckedFile {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let decodedText: string;
  if (typeof input === 'string') {
    const size = Buffer.byteLength(input);
    if (size > maxBytes) return tooLarge(file, size, maxBytes);
    decodedText = input;
  } else {
    if (input.byteLength > maxBytes) return tooLarge(file, input.byteLength, maxBytes);
    const decoded = decodeText(input);
    if ('problem' in decoded) return { file, diagnostics: [{ file, ...decoded.problem }] };
    decodedText = decoded.text;
  }
  const prepared = prepareText(decodedText);
  if (prepared.problems.length) return { file, diagnostics: prepared.problems.map((p) => ({ file, ...p })) };
  const text = prepared.text;

  if (!opts.precise) {
    const fast = parseFast(text);
    if (fast.ok) {
      const validate = schemaValidator();
      if (validate(fast.data) && quickCountryOk((fast.data as Review).metadata?.submitter?.country)) {
        const review = fast.data as Review;
        return { file, diagnostics: [], readiness: assessReadiness(review), review, ...(opts.keepText ? { text } : {}) };
      }
    }
  }
  const precise = checkPrecise(file, text);
  return opts.keepText && precise.review ? { ...precise, text } : precise;
}

function checkPrecise(file: string, text: string): CheckedFile {
  const parsed = parsePrecise(text);
  const early: Diagnostic[] = parsed.problems.map((p) => ({ file, ...p }));
  if (parsed.data === undefined) return { file, diagnostics: early };
  const data = parsed.data;
  const validate = schemaValidator();
  const ok = validate(data);
  const errors = ok ? [] : [...(validate.errors ?? [])];
  const findings = errors.length ? explainErrors(errors, data) : [];
  if (data && typeof data === 'object' && !Array.isArray(data)) findings.push(...semanticFindings(data as Review));
  if (findings.length === 0 && early.length === 0) {
    const review = data as Review;
    return { file, diagnostics: [], readiness: assessReadiness(review), review };
  }
  const diagnostics: Diagnostic[] = [
    ...early,
    ...findings.map((f): Diagnostic => ({
      file,
      ...locate(parsed, f.path, f.atKey ? 'key' : 'value'),
      severity: 'error',
      code: f.code,
      path: f.path,
      message: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
    })),
  ];
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, diagnostics };
}

function tooLarge(file: string, size: number, max: number): CheckedFile {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    file,
    diagnostics: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'too-large',
        path: [],
        message: `The file is ${mb(size)}, more than the ${mb(max)} a review file may be.`,
        hint: 'A review is usually well under 1 MB: check that this is the right file. The limit can be raised with --max-size.',
      },
    ],
  };
}

/** Reads and checks one file on disk. I/O problems come back as diagnostics too. */
export async function checkFile(path: string, opts: CheckOptions = {}): Promise<CheckedFile> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const st = await stat(path);
    if (st.isDirectory()) return ioProblem(path, 'is-directory', 'This is a folder, not a review file.', FOLDER_HINT);
    if (!st.isFile())
      return ioProblem(
        path,
        'not-a-file',
        'This is not a regular file (it is a device, a pipe or a socket).',
        'Give the path of a review file (*.gcm.yaml).',
      );
    if (st.size > maxBytes) return tooLarge(path, st.size, maxBytes);
    const bytes = await readCapped(path, maxBytes);
    if (bytes === 'too-large') return tooLarge(path, maxBytes + 1, maxBytes);
    return checkText(path, bytes, opts);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
      return ioProblem(
        path,
        'not-found',
        'The file does not exist.',
        'Check the spelling of the name and the folder it is in.',
      );
    if (e.code === 'EACCES' || e.code === 'EPERM')
      return ioProblem(
        path,
        'unreadable',
        'The file cannot be read (permission denied).',
        'Ask the owner of the file for read access, or copy it somewhere you can read it.',
      );
    if (e.code === 'EISDIR')
      return ioProblem(path, 'is-directory', 'This is a folder, not a review file.', FOLDER_HINT);
    return ioProblem(path, 'io', `The file could not be read: ${e.message}`);
  }
}

const FOLDER_HINT = 'To check every review in a folder, the folder is searched for *.gcm.yaml and *.gcm.yml files.';

/** Reads at most maxBytes (a file may grow between stat and read, or report no size at all). */
async function readCapped(path: string, maxBytes: number): Promise<Buffer | 'too-large'> {
  const fh = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return 'too-large';
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}

function ioProblem(file: string, code: string, message: string, hint?: string): CheckedFile {
  return {
    file,
    diagnostics: [{ file, line: 1, column: 1, severity: 'error', code, path: [], message, ...(hint ? { hint } : {}) }],
  };
}

export type { PreciseParse };
