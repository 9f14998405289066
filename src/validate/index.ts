// Validation: a review file → a FileResult (problems located at line:column, plus readiness).
//
// Fast path: js-yaml + the validator compiled at build time. Only a file with problems (or with
// anchors, or with YAML errors) takes the precise path, which re-parses with the `yaml` package to
// locate every problem. Both paths give the same verdict (a test runs every fixture through both).
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Diagnostic, FileResult, Omitted } from '../diagnostics/index.js';
import { readReviewFile, readReviewFileSync, tooLargeProblem, type ReadProblem } from '../io/read.js';
import { escapeControl } from '../diagnostics/escape.js';
import { NodeTracker, fastLocator, locatorFrom, type FastLocator } from '../load/locate-fast.js';
import { syntaxWindow } from '../load/window.js';
import {
  DEFAULT_MAX_BYTES,
  decodeText,
  locate,
  parseFast,
  parsePrecise,
  prepareText,
  lineStarts,
  type Position,
  type PreciseParse,
} from '../load/index.js';
import type { Review } from '../schema/types.js';
import { assessReadiness } from '../model/readiness.js';
import { describePath, explainErrors, type Finding } from './messages.js';
import { countryFindings, quickCountryOk } from './countries.js';
import { evidenceFindings, evidenceMayMatter, refinePosition } from './evidence.js';
import { crossReferenceFindings, hasCrossReferences } from './cross-refs.js';
import { vt, type ValidateKey } from '../i18n/validate/index.js';

export { assessReadiness, answeredQuestions, narrativeFilled } from '../model/readiness.js';

/** Problems reported per file unless --max-problems says otherwise. */
export const DEFAULT_MAX_PROBLEMS = 200;
/**
 * Files up to this size that the fast path reads but the schema rejects are located by the precise
 * parser where the fast locator cannot tell a position exactly (an empty value); larger ones take
 * the nearest position the fast locator can tell, so their cost stays linear.
 */
export const PRECISE_LOCATE_LIMIT = 512 * 1024;
/** Files larger than this record node positions during the fast parse (one parse, not two). */
const TRACK_WHILE_PARSING = 256 * 1024;

export interface CheckOptions {
  /** Largest file accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Problems reported at most per file (default 200); the rest are counted by kind. 0: no cap. */
  maxProblems?: number;
  /** Skip the fast path (tests use it to compare both paths). */
  precise?: boolean;
  /** Keep the decoded text of a valid file, and where its nodes are, in the result (the synthesis cites lines). */
  keepText?: boolean;
  /**
   * Language of messages and hints (en, fr, es; ar and others: English). Codes never change with
   * it. Its texts must be loaded first: `await VALIDATE_TEXTS.load(lang)` (else English).
   */
  lang?: string;
}

export type CheckedFile = FileResult & { review?: Review; text?: string; locator?: FastLocator | undefined };

/** What a reporter needs of a result: the parsed review is dropped (it can be large). */
export function slimResult(r: FileResult): FileResult {
  return {
    file: r.file,
    diagnostics: r.diagnostics,
    ...(r.readiness ? { readiness: r.readiness } : {}),
    ...(r.extensions?.length ? { extensions: r.extensions } : {}),
    ...(r.omitted ? { omitted: r.omitted } : {}),
  };
}

/** At most this many extension fields are listed per file. */
const MAX_EXTENSIONS = 200;

/**
 * Where a valid review uses its own `x-…` fields, as dotted paths in document order
 * ("metadata.x-internal-id", "objectives.5.x-owner"). Linear in the size of the data.
 */
export function extensionPaths(data: unknown): string[] {
  const out: string[] = [];
  // the path is kept as a stack and written out only for an extension found (most files have none)
  const path: (string | number)[] = [];
  const walk = (v: unknown): void => {
    if (out.length >= MAX_EXTENSIONS || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
      return;
    }
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      if (k.startsWith('x-')) {
        if (out.length < MAX_EXTENSIONS) out.push(dotted(path, k));
      } else {
        path.push(k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(data);
  return out;
}

/** "metadata.x-id", "objectives.5.sources[2].x-note": a path as extensionPaths writes it. */
function dotted(path: readonly (string | number)[], last: string): string {
  let p = '';
  for (const s of path) p = typeof s === 'number' ? `${p}[${s}]` : p ? `${p}.${s}` : s;
  return p ? `${p}.${last}` : last;
}

function withExtensions(r: CheckedFile): CheckedFile {
  if (!r.review) return r;
  const ext = extensionPaths(r.review);
  return ext.length ? { ...r, extensions: ext } : r;
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

/** Problems the schema cannot express (errors). Returns findings with paths (located later). */
function semanticFindings(review: Review, text: string, lang = 'en'): Finding[] {
  return [
    ...countryFindings(review, lang).filter((f) => (f.severity ?? 'error') === 'error'),
    ...(evidenceMayMatter(review, text) ? evidenceFindings(review, lang) : []),
  ];
}

/** Whether the last file this thread checked on the fast path broke the schema (see checkText). */
let lastHadProblems = false;

/** Checks one file's content. Never throws for bad input: problems come back as diagnostics. */
export function checkText(file: string, input: string | Uint8Array, opts: CheckOptions = {}): CheckedFile {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let decodedText: string;
  if (typeof input === 'string') {
    const size = Buffer.byteLength(input);
    if (size > maxBytes) return tooLarge(file, size, maxBytes, opts.lang);
    decodedText = input;
  } else {
    if (input.byteLength > maxBytes) return tooLarge(file, input.byteLength, maxBytes, opts.lang);
    const decoded = decodeText(input, opts.lang);
    if ('problem' in decoded) return { file, diagnostics: [{ file, ...decoded.problem }] };
    decodedText = decoded.text;
  }
  const prepared = prepareText(decodedText, opts.lang);
  const text = prepared.text;
  if (prepared.problems.length)
    return finish(
      file,
      text,
      prepared.problems.map((p) => ({ file, ...p })),
      opts,
    );

  if (!opts.precise) {
    // a large file records where its nodes are as it is parsed: if it has problems, they are
    // located without a second parse (a small one is simply parsed again if it needs locating)
    // (the synthesis asks for the positions of every valid file: keepText)
    // and so does any file after one that had problems: files of one batch tend to be alike, and
    // tracking costs ~10% of a parse where a second parse costs all of it
    const tracker =
      text.length > TRACK_WHILE_PARSING || opts.keepText || lastHadProblems ? new NodeTracker() : undefined;
    const fast = parseFast(text, tracker, true);
    if (fast.ok) {
      const validate = schemaValidator();
      const valid = validate(fast.data);
      lastHadProblems = !valid;
      if (
        valid &&
        quickCountryOk(fast.data as Review) &&
        (!evidenceMayMatter(fast.data, text) || evidenceFindings(fast.data).length === 0)
      ) {
        const review = fast.data as Review;
        // a national plan id that refers to nothing is an error: located below, with the others
        const planErrors = hasCrossReferences(review) && crossReferenceFindings(review).some(isError);
        if (!planErrors) {
          const notes = warningFindings(review, opts.lang);
          const tracked = tracker ? locatorFrom(text, tracker) : undefined;
          const locator = tracked ?? (notes.length ? fastLocator(text, true) : undefined);
          // a small file whose warnings the fast locator cannot place exactly is read again precisely
          if (notes.length && text.length <= PRECISE_LOCATE_LIMIT && !notes.every((f) => locator?.locate(f.path)))
            return checkPrecise(file, text, opts);
          const warnings = notes.length ? locateWarnings(file, notes, locator) : [];
          return withExtensions({
            ...finish(file, text, warnings, opts),
            readiness: assessReadiness(review, opts.lang),
            review,
            ...(opts.keepText ? { text, ...(tracked ? { locator: tracked } : {}) } : {}),
          });
        }
      }
      const locator = tracker ? locatorFrom(text, tracker) : fastLocator(text, true);
      const located =
        locator &&
        locateFast(
          file,
          text,
          fast.data,
          valid ? [] : [...(validate.errors ?? [])],
          locator,
          opts.maxProblems ?? DEFAULT_MAX_PROBLEMS,
          opts.lang,
        );
      if (located) return finish(file, text, located.diagnostics, opts, located.omitted);
    } else if (fast.errorLine !== undefined && text.length > SYNTAX_WINDOW_LIMIT) {
      const windowed = checkSyntaxWindow(file, text, fast.errorLine, opts);
      if (windowed) return windowed;
    }
  }
  const precise = checkPrecise(file, text, opts);
  return opts.keepText && precise.review ? { ...precise, text } : precise;
}

/** Web addresses longer than this are shown shortened in reports, with a warning. */
export const LONG_LINK = 2000;

/**
 * What is allowed but worth a warning (a valid file stays valid): web addresses so long that they
 * can only be an accident or an attack on the report.
 */
function warningFindings(review: Review, lang = 'en'): Finding[] {
  // a territory as a Member State, a country outside the commission named in `region`
  const out: Finding[] = countryFindings(review, lang).filter((f) => f.severity === 'warning');
  // one walk over the review, with one path kept as a stack (a valid file pays for no copies)
  const path: (string | number)[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x && typeof x === 'object') {
          path.push(i);
          walk(x);
          path.pop();
        }
      }
    } else if (v && typeof v === 'object')
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (k === 'link' && typeof x === 'string' && x.length > LONG_LINK)
          out.push({
            path: [...path, k],
            code: 'long-link',
            message: vt(lang, 'longLink', {
              where: describePath([...path, k], lang),
              n: x.length.toLocaleString(lang === 'fr' || lang === 'es' ? lang : 'en'),
            }),
            hint: vt(lang, 'longLink.hint'),
          });
        else if (x && typeof x === 'object') {
          path.push(k);
          walk(x);
          path.pop();
        }
      }
  };
  walk(review);
  // a national plan measure that lists an objective whose answers do not cite it back
  if (hasCrossReferences(review)) out.push(...crossReferenceFindings(review, lang).filter((f) => !isError(f)));
  return out;
}

const isError = (f: { severity: 'error' | 'warning' }) => f.severity === 'error';

function locateWarnings(file: string, notes: Finding[], locator: FastLocator | undefined): Diagnostic[] {
  return notes.map((f) => ({
    ...toDiagnostic(file, f, locator?.locate(f.path) ?? locator?.nearest(f.path) ?? { line: 1, column: 1 }),
    severity: 'warning' as const,
  }));
}

/** The findings for parsed data: schema errors explained, then what the schema cannot express. */
function findingsFor(data: unknown, text: string, errors: ErrorObject[], lang = 'en'): Finding[] {
  const findings = errors.length ? explainErrors(errors, data, lang) : [];
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    findings.push(...semanticFindings(data as Review, text, lang));
    // national plan ids that refer to nothing (its warnings are in warningFindings)
    findings.push(...crossReferenceFindings(data as Review, lang).filter(isError));
  }
  return findings;
}

function toDiagnostic(
  file: string,
  f: Finding,
  at: Omit<Diagnostic, 'file' | 'severity' | 'code' | 'path' | 'message'>,
): Diagnostic {
  return {
    file,
    ...at,
    severity: 'error',
    code: f.code,
    path: f.path,
    message: f.message,
    ...(f.hint ? { hint: f.hint } : {}),
  };
}

/**
 * Locates the problems of a file the fast path read, with the fast locator. Undefined when a small
 * file has a problem the locator cannot place exactly: the precise path then answers.
 */
function locateFast(
  file: string,
  text: string,
  data: unknown,
  errors: ErrorObject[],
  locator: FastLocator,
  maxProblems: number,
  lang = 'en',
): { diagnostics: Diagnostic[]; omitted?: Omitted } | undefined {
  if (!isReviewShaped(data)) return { diagnostics: [notAReview(file, lang)] };
  // an error storm: only the errors near the top of the file are explained (see stormWindow)
  let storm =
    maxProblems > 0 && errors.length > STORM_ERRORS ? stormWindow(errors, locator, 2 * maxProblems) : undefined;
  let findings: Finding[];
  let at: Position[];
  for (;;) {
    findings = findingsFor(data, text, storm ? storm.window : errors, lang);
    const small = text.length <= PRECISE_LOCATE_LIMIT;
    at = new Array<Position>(findings.length);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      const p = locator.locate(f.path, f.atKey ? 'key' : 'value');
      if (!p && small) return undefined;
      if (f.find) {
        // a citation inside a text: point at it (the precise path answers when it cannot be placed)
        const r = p?.endLine !== undefined ? refinePosition(text, p, f.find) : undefined;
        if (!r && small) return undefined;
        at[i] = r ?? p ?? locator.nearest(f.path);
        continue;
      }
      at[i] = p ?? locator.nearest(f.path);
    }
    if (!storm || storm.enough(at, maxProblems)) break;
    storm = stormWindow(errors, locator, storm.window.length * 4);
  }
  // only the problems that will be reported become diagnostics (an error storm has many more)
  const order = findings.map((_f, i) => i);
  order.sort((a, b) => at[a]!.line - at[b]!.line || at[a]!.column - at[b]!.column);
  const keep = maxProblems > 0 ? order.slice(0, maxProblems) : order;
  let omitted: Omitted | undefined;
  if (keep.length < order.length || storm?.rest.length) {
    const byCode: Record<string, number> = {};
    for (const i of order.slice(keep.length)) byCode[findings[i]!.code] = (byCode[findings[i]!.code] ?? 0) + 1;
    let count = order.length - keep.length;
    if (storm?.rest.length) count += countByKind(storm.rest, errors, data, (e) => explainErrors(e, data, lang), byCode);
    omitted = { count, byCode };
  }
  return { diagnostics: keep.map((i) => toDiagnostic(file, findings[i]!, at[i]!)), ...(omitted ? { omitted } : {}) };
}

// ---- error storms -------------------------------------------------------------------------------
// A file with thousands of schema errors (a list of 100,000 rows with a wrong value each) reports
// only the first maxProblems of them. Explaining every Ajv error in words costs far more than
// parsing the file, so only the errors near the top of the file are explained, and the rest are
// counted by kind: one explanation per shape of error, not one per error.

/** Above this many schema errors in one file, only a window of them is explained. */
export const STORM_ERRORS = 1000;

interface Storm {
  /** The errors explained: every error whose anchor is before the cut. */
  window: ErrorObject[];
  /** The errors after the cut: counted by kind, not explained. */
  rest: ErrorObject[];
  /** Whether at least `n` of the window's findings lie before the cut (then they are the first n). */
  enough(at: Position[], n: number): boolean;
}

/** A JSON pointer ("/objectives/1/x~1y") as a path (list positions as text: the locator takes either). */
function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  const segs = pointer.slice(1).split('/');
  return pointer.includes('~') ? segs.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : segs;
}

/**
 * The `size` errors nearest the top of the file, by anchor: where the parent of the node an error
 * is about starts. Every finding an error explains lies at its node, its key or inside it, so at
 * or after its anchor: the findings before the cut (the first anchor left out) are all there are
 * before it, and the first maxProblems of them are the file's first maxProblems. Errors about the
 * same node share an anchor, so they are explained together (Ajv's duplicates and anyOf branches
 * with their owner, whose anchor is never later).
 */
function stormWindow(errors: ErrorObject[], locator: FastLocator, size: number): Storm | undefined {
  if (size >= errors.length) return undefined;
  const cache = new Map<string, Position>();
  const anchors = errors.map((e) => {
    const parent = e.instancePath.slice(0, Math.max(0, e.instancePath.lastIndexOf('/')));
    let p = cache.get(parent);
    if (!p) cache.set(parent, (p = locator.nearest(pointerSegments(parent))));
    return p;
  });
  const order = errors.map((_e, i) => i);
  const cmp = (a: Position, b: Position) => a.line - b.line || a.column - b.column;
  order.sort((a, b) => cmp(anchors[a]!, anchors[b]!));
  const cut = anchors[order[size]!]!;
  let end = size;
  while (end > 0 && cmp(anchors[order[end - 1]!]!, cut) === 0) end--;
  if (end === 0) return undefined;
  const inWindow = new Uint8Array(errors.length);
  for (let k = 0; k < end; k++) inWindow[order[k]!] = 1;
  return {
    window: errors.filter((_e, i) => inWindow[i]),
    rest: errors.filter((_e, i) => !inWindow[i]),
    enough: (at, n) => at.reduce((c, p) => (cmp(p, cut) < 0 ? c + 1 : c), 0) >= n,
  };
}

function valueAtPointer(data: unknown, pointer: string): unknown {
  let v = data;
  for (const s of pointerSegments(pointer))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

/**
 * Counts the problems the `rest` errors explain, by code, into byCode; returns how many. Errors are
 * grouped by the node they are about, and nodes by the shape of their errors (keyword, schema
 * place, parameters, the node's path with list positions and objective numbers left out): one
 * node of each shape is explained (with the anyOf errors that own it) and counted once per node.
 */
function countByKind(
  rest: ErrorObject[],
  all: ErrorObject[],
  data: unknown,
  explain: (errors: ErrorObject[]) => Finding[],
  byCode: Record<string, number>,
): number {
  const byNode = new Map<string, ErrorObject[]>();
  for (const e of rest) {
    const list = byNode.get(e.instancePath);
    if (list) list.push(e);
    else byNode.set(e.instancePath, [e]);
  }
  const anyOfAt = new Map<string, ErrorObject[]>();
  for (const e of all)
    if (e.keyword === 'anyOf') anyOfAt.set(e.instancePath, [...(anyOfAt.get(e.instancePath) ?? []), e]);
  const shapes = new Map<string, { node: string; errors: ErrorObject[]; nodes: number }>();
  for (const [node, errs] of byNode) {
    let key = node.replace(/\/\d+(?=\/|$)/g, '/#');
    for (const e of errs)
      key += `\n${e.keyword} ${e.schemaPath} ${JSON.stringify(e.params)} ${'propertyName' in e ? 'p' : ''}`;
    // what an anyOf error says depends on the value (a language map's entries are each checked)
    if (errs.some((e) => e.keyword === 'anyOf')) key += `\n${JSON.stringify(valueAtPointer(data, node))}`;
    const shape = shapes.get(key);
    if (shape) shape.nodes++;
    else shapes.set(key, { node, errors: errs, nodes: 1 });
  }
  let count = 0;
  for (const { node, errors, nodes } of shapes.values()) {
    const owners: ErrorObject[] = [];
    for (let i = node.lastIndexOf('/'); i > 0 || (i === 0 && node !== ''); i = node.lastIndexOf('/', i - 1)) {
      owners.push(...(anyOfAt.get(node.slice(0, i)) ?? []));
      if (i === 0) break;
    }
    for (const f of explain([...owners, ...errors])) {
      const at = f.path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
      if (at !== node && !at.startsWith(node + '/')) continue; // an owner's own finding
      byCode[f.code] = (byCode[f.code] ?? 0) + nodes;
      count += nodes;
    }
  }
  return count;
}

/** Files larger than this with a YAML syntax error are read precisely around the error only. */
export const SYNTAX_WINDOW_LIMIT = 1024 * 1024;

/**
 * A large file the fast parser stopped reading at a syntax error: the precise parser reads the
 * lines around it (load/window.ts) to say what is wrong in its own words. Undefined (the whole
 * file is read) when no clean window is found or the window holds no syntax error of its own.
 */
function checkSyntaxWindow(file: string, text: string, errorLine: number, opts: CheckOptions): CheckedFile | undefined {
  const w = syntaxWindow(text, errorLine);
  if (!w) return undefined;
  const parsed = parsePrecise(w.text, opts.lang);
  if (parsed.problems.every((p) => p.code === 'duplicate-key' || p.code === 'yaml-tag')) return undefined;
  const problems = [...parsed.problems];
  const lang = opts.lang ?? 'en';
  const note = vt(lang, 'yaml.window', {
    mb: SYNTAX_WINDOW_LIMIT / 1024 / 1024,
    line: w.lastLine.toLocaleString(lang === 'fr' || lang === 'es' ? lang : 'en'),
  });
  const first = problems[0]!;
  problems[0] = { ...first, hint: first.hint ? `${first.hint} ${note}` : note };
  return finish(
    file,
    text,
    problems.map((p) => ({ file, ...p })),
    opts,
  );
}

function checkPrecise(file: string, text: string, opts: CheckOptions): CheckedFile {
  const parsed = parsePrecise(text, opts.lang);
  const early: Diagnostic[] = parsed.problems.map((p) => ({ file, ...p }));
  if (parsed.data === undefined) return finish(file, text, early, opts);
  const data = parsed.data;
  if (!isReviewShaped(data)) return finish(file, text, [notAReview(file, opts.lang)], opts);
  const validate = schemaValidator();
  const ok = validate(data);
  const findings = findingsFor(data, text, ok ? [] : [...(validate.errors ?? [])], opts.lang);
  if (findings.length === 0 && early.length === 0) {
    const review = data as Review;
    const warnings = warningFindings(review, opts.lang).map((f) => ({
      ...toDiagnostic(file, f, locate(parsed, f.path, 'value')),
      severity: 'warning' as const,
    }));
    return withExtensions({
      ...finish(file, text, warnings, opts),
      readiness: assessReadiness(review, opts.lang),
      review,
    });
  }
  const diagnostics: Diagnostic[] = [...early, ...findings.map((f) => toDiagnostic(file, f, located(text, parsed, f)))];
  return finish(file, text, diagnostics, opts);
}

/** Where a finding is: its value (or key), narrowed to the text it names when it has one. */
function located(text: string, parsed: PreciseParse, f: Finding) {
  const pos = locate(parsed, f.path, f.atKey ? 'key' : 'value');
  const at = f.find ? refinePosition(text, pos, f.find) : undefined;
  return at ? { line: at.line, column: at.column } : pos;
}

/**
 * Whether parsed data has the shape of a review at all: a map with at least one of the fields every
 * review has. A file that is not (a secrets file reached through a link, say) gets one problem that
 * shows none of its content; a top-level text or list is reported as such, without its content.
 */
function isReviewShaped(data: unknown): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return true; // reported as a type problem
  const keys = Object.keys(data);
  return REVIEW_KEYS.some((k) => keys.includes(k)) || keys.length === 0;
}
const REVIEW_KEYS = ['format_version', 'metadata', 'objectives'];
const REVIEW_KEY_TEXT = /(?:^|[{,\s])["']?(?:format_version|metadata|objectives)["']?\s*:/;

function notAReview(file: string, lang = 'en'): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'not-a-review',
    path: [],
    message: vt(lang, 'notAReview'),
    hint: vt(lang, 'notAReview.hint'),
  };
}

/**
 * The last step for every file with problems: a file without a review's structure shows no
 * content; problems are sorted, capped at maxProblems (the rest counted by kind), given the text of
 * their line for excerpts, and stripped of terminal control characters.
 */
function finish(
  file: string,
  text: string,
  diagnostics: Diagnostic[],
  opts: CheckOptions,
  before?: Omitted,
): CheckedFile {
  if (diagnostics.length === 0 && !before) return { file, diagnostics: [] }; // a valid file: nothing to do
  const review = REVIEW_KEY_TEXT.test(text) || diagnostics.every((d) => d.code === 'empty');
  let list = review ? diagnostics : contentFree(file, diagnostics, opts.lang);
  list.sort((a, b) => a.line - b.line || a.column - b.column);
  const max = opts.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  let omitted: Omitted | undefined =
    before && review ? { count: before.count, byCode: { ...before.byCode } } : undefined;
  if (max > 0 && list.length > max) {
    omitted ??= { count: 0, byCode: {} };
    for (const d of list.slice(max)) omitted.byCode[d.code] = (omitted.byCode[d.code] ?? 0) + 1;
    omitted.count += list.length - max;
    list = list.slice(0, max);
  }
  const lines = review ? lineStarts(text) : undefined;
  const out = list.map((d) => {
    const e: Diagnostic = { ...d, message: escapeControl(d.message) };
    if (d.hint) e.hint = escapeControl(d.hint);
    if (lines && d.line > 0) {
      const src = lineAt(text, lines, d.line);
      if (src !== undefined) e.source = escapeControl(clipLine(src, d.column), true);
    }
    return e;
  });
  return { file, diagnostics: out, ...(omitted ? { omitted } : {}) };
}

/** Problems whose messages never quote the file's content. */
const CONTENT_FREE = new Set([
  'encoding',
  'too-large',
  'empty',
  'control-character',
  'too-deep',
  'alias-limit',
  'tab-indent',
  'multiple-documents',
]);

/** The problems of a file that does not look like a review: one, with none of its content. */
function contentFree(file: string, diagnostics: Diagnostic[], lang?: string): Diagnostic[] {
  const typeAtTop = diagnostics.find((d) => d.code === 'type' && d.path.length === 0);
  // the quoted text (“…” in English and Spanish «…», « … » in French) is the file's content
  if (typeAtTop)
    return [{ ...typeAtTop, message: typeAtTop.message.replace(/ (?:“[^]*”|«[^]*»)\.?$/, '.'), hint: undefined }];
  const kept = diagnostics.filter((d) => CONTENT_FREE.has(d.code));
  return kept.length ? kept : [notAReview(file, lang)];
}

function lineAt(text: string, starts: number[], line: number): string | undefined {
  const s = starts[line - 1];
  if (s === undefined) return undefined;
  const e = starts[line];
  return text.slice(s, e === undefined ? text.length : e - 1).replace(/\r$/, '');
}

/** At most 400 characters of a line, around the column (reporters clip further for display). */
const SOURCE_CLIP = 400;
function clipLine(line: string, column: number): string {
  if (line.length <= SOURCE_CLIP) return line;
  const start = Math.max(0, Math.min(column - 1 - 100, line.length - SOURCE_CLIP));
  return line.slice(start, start + SOURCE_CLIP);
}

function tooLarge(file: string, size: number | undefined, max: number, lang = 'en'): CheckedFile {
  return { file, diagnostics: [readProblemDiagnostic(file, tooLargeProblem(size, max), lang)] };
}

/** The keys of read problems' texts in the message catalog, by code. */
const READ_KEYS: Readonly<Record<ReadProblem['code'], readonly [ValidateKey, ValidateKey | undefined]>> = {
  'not-found': ['read.notFound', 'read.notFound.hint'],
  unreadable: ['read.unreadable', 'read.unreadable.hint'],
  'is-directory': ['read.isDirectory', 'read.isDirectory.hint'],
  'not-a-file': ['read.notAFile', 'read.notAFile.hint'],
  io: ['read.io', undefined],
  'too-large': ['read.tooLarge', 'read.tooLarge.hint'],
  'symlink-outside': ['read.symlinkOutside', 'read.symlinkOutside.hint'],
};

/** A read problem worded in the message language (src/io words it in English for every command). */
function localRead(p: ReadProblem, lang: string): ReadProblem {
  if (lang === 'en') return p;
  const keys = Object.hasOwn(READ_KEYS, p.code) ? READ_KEYS[p.code] : undefined;
  if (!keys) return p;
  const [message, hint] = keys;
  const tooLargeUnknown = p.code === 'too-large' && p.vars?.['size'] === undefined;
  return {
    ...p,
    message: vt(lang, tooLargeUnknown ? 'read.tooLarge.unknownSize' : message, p.vars),
    ...(p.hint && hint ? { hint: vt(lang, hint, p.vars) } : {}),
  };
}

function readProblemDiagnostic(file: string, problem: ReadProblem, lang = 'en'): Diagnostic {
  const p = localRead(problem, lang);
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    code: p.code,
    path: [],
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
  };
}

/** Reads and checks one file on disk. I/O problems come back as diagnostics too. */
export async function checkFile(path: string, opts: CheckOptions = {}): Promise<CheckedFile> {
  const read = await readReviewFile(path, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
  if ('problem' in read) return { file: path, diagnostics: [readProblemDiagnostic(path, read.problem, opts.lang)] };
  return checkText(path, read.bytes, opts);
}

/** checkFile for a thread that may block while it reads (the validation pool's threads). */
export function checkFileSync(path: string, opts: CheckOptions = {}): CheckedFile {
  const read = readReviewFileSync(path, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
  if ('problem' in read) return { file: path, diagnostics: [readProblemDiagnostic(path, read.problem, opts.lang)] };
  return checkText(path, read.bytes, opts);
}

/** A diagnostic for a file that could not be read (exit 2), e.g. a link left out of a scan. */
export function unreadResult(file: string, p: ReadProblem, lang = 'en'): FileResult {
  return { file, diagnostics: [readProblemDiagnostic(file, p, lang)] };
}

export type { PreciseParse };
