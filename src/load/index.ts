// Reading review files: bytes → text → data, with every problem located at line:column.
//
// Two parsers, one verdict:
// - the fast path parses with js-yaml (YAML 1.2 core schema, so dates stay strings; duplicate keys
//   are errors) and is used for files without anchors, so no alias can be expanded at all;
// - the precise path parses with the `yaml` package, which keeps node ranges: it is used when the
//   fast path cannot answer (anchors present, a syntax error) and, by the validator, to map each
//   problem of an invalid file to line:column. It caps alias expansion (billion laughs).
import { load as jsYamlLoad, CORE_SCHEMA } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/index.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Aliases a review may use before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

type Problem = Omit<Diagnostic, 'file'>;

function problem(code: string, message: string, pos: Position = { line: 1, column: 1 }, hint?: string): Problem {
  return { ...pos, severity: 'error', code, path: [], message, ...(hint ? { hint } : {}) };
}

// ---- bytes → text ---------------------------------------------------------------------------------

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly; a BOM is dropped. On bad bytes, says where the first one is. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    const byte = bytes[offset]?.toString(16).padStart(2, '0').toUpperCase();
    return {
      problem: problem(
        'encoding',
        `The file is not valid UTF-8 text (byte 0x${byte} at line ${line}, column ${column}).`,
        { line, column },
        'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8). Files saved from Word or Excel as "ANSI" or "Latin-1" need this.',
      ),
    };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}

// ---- fast path ------------------------------------------------------------------------------------

/** An anchor (`&name`) starts a node: only then can the document contain aliases. */
const ANCHOR = /(?:^|[\s[{,])&[^\s,[\]{}]/;

export type FastParse = { ok: true; data: unknown } | { ok: false };

/**
 * js-yaml with the core schema. Declines (ok: false) whenever the precise parser must decide:
 * anchors present, any syntax problem, several documents, an empty file.
 */
export function parseFast(text: string): FastParse {
  if (ANCHOR.test(text)) return { ok: false };
  try {
    const data = jsYamlLoad(text, { schema: CORE_SCHEMA, json: false });
    if (data === undefined || data === null) return { ok: false };
    return { ok: true, data };
  } catch {
    return { ok: false };
  }
}

// ---- precise path ---------------------------------------------------------------------------------

export interface PreciseParse {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The data, when the text parsed without errors. */
  data?: unknown;
  problems: Problem[];
}

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/** The `yaml` package is loaded only when a file needs the precise path (it costs ~100 ms cold). */
function yamlLib(): YamlModule {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);
}

export function parsePrecise(text: string): PreciseParse {
  const Y = yamlLib();
  const lineCounter = new Y.LineCounter();
  const doc = Y.parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    lineCounter,
    prettyErrors: false,
    merge: false,
  });
  const problems: Problem[] = [];
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const err of doc.errors) problems.push(yamlErrorProblem(err.code, err.message, pos(err.pos[0]), text));
  if (problems.length) return { doc, lineCounter, problems };

  if (doc.contents === null || (Y.isScalar(doc.contents) && doc.contents.value === null && !hasContent(text))) {
    problems.push(
      problem(
        'empty',
        'The file is empty: a review needs at least `format_version: 1` and a `metadata` section.',
        { line: 1, column: 1 },
        'Start one with: gcm-review init FILE',
      ),
    );
    return { doc, lineCounter, problems };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, lineCounter, data, problems };
  } catch (err) {
    const msg = (err as Error).message ?? '';
    if (/alias/i.test(msg)) {
      const first = firstAlias(doc, Y);
      problems.push(
        problem(
          'alias-limit',
          `The file uses YAML aliases (*name) to repeat content so many times that it would expand beyond a safe size (more than ${MAX_ALIAS_COUNT} expansions).`,
          first !== undefined ? pos(first) : { line: 1, column: 1 },
          'Write the repeated text out in full, or remove the anchors (&name) and aliases (*name).',
        ),
      );
    } else if (err instanceof RangeError) {
      problems.push(problem('too-deep', 'The file is nested too deeply to be a review.', { line: 1, column: 1 }));
    } else {
      problems.push(problem('yaml-syntax', `The file could not be read as YAML: ${msg}`));
    }
    return { doc, lineCounter, problems };
  }
}

function hasContent(text: string): boolean {
  return text.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#') && l.trim() !== '---');
}

function firstAlias(doc: Document.Parsed, Y: YamlModule): number | undefined {
  let at: number | undefined;
  Y.visit(doc, {
    Alias(_k, node) {
      at = node.range?.[0];
      return Y.visit.BREAK;
    },
  });
  return at;
}

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'Indent with spaces, not tabs (most editors can convert tabs to spaces).',
  DUPLICATE_KEY: 'Keep one of the two entries, or merge their text: a later key would silently replace the earlier one.',
  MULTIPLE_DOCS: 'Put each review in a file of its own.',
  BAD_INDENT: 'Check the indentation: items of the same section must start in the same column.',
};

function yamlErrorProblem(code: string, rawMessage: string, pos: Position, text: string): Problem {
  const firstLine = rawMessage.split('\n')[0] ?? rawMessage;
  const clean = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  let message: string;
  let hint = YAML_HINTS[code];
  let c = 'yaml-syntax';
  switch (code) {
    case 'DUPLICATE_KEY': {
      c = 'duplicate-key';
      const key = keyAt(text, pos);
      message = key
        ? `The key “${key}” appears twice in the same section.`
        : 'The same key appears twice in the same section.';
      break;
    }
    case 'TAB_AS_INDENT':
      c = 'tab-indent';
      message = 'A tab character is used for indentation; YAML allows only spaces.';
      break;
    case 'MULTIPLE_DOCS':
      c = 'multiple-documents';
      message = 'The file holds several YAML documents (separated by ---); a review file holds exactly one.';
      break;
    default:
      message = `YAML syntax error: ${clean}`;
      if (!hint && /tab/i.test(clean)) hint = YAML_HINTS['TAB_AS_INDENT'];
      if (!hint) hint = 'Check the line shown and the one before it: a missing colon, an unclosed quote or a wrong indentation are the usual causes.';
  }
  return problem(c, message, pos, hint);
}

function keyAt(text: string, pos: Position): string | undefined {
  const line = text.split('\n')[pos.line - 1] ?? '';
  const m = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(line.slice(Math.max(0, pos.column - 1)) || line) ?? /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(line);
  return m?.[1]?.trim();
}

// ---- locating a path in the precise document ------------------------------------------------------

export type Locate = 'value' | 'key';

/**
 * The range of the node at `path` (or of its key), falling back to the nearest ancestor that
 * exists. Returned positions are 1-based.
 */
export function locate(parsed: PreciseParse, path: (string | number)[], mode: Locate = 'value'): Position {
  const Y = yamlLib();
  let node: unknown = parsed.doc.contents;
  let best: [number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (Y.isMap(node)) {
      const pair = node.items.find((p) => {
        const k = Y.isScalar(p.key) ? p.key.value : p.key;
        return String(k) === String(seg);
      });
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && mode === 'key') {
        best = rangeOf(pair.key) ?? best;
        break;
      }
      node = pair.value;
      best = rangeOf(node) ?? rangeOf(pair.key) ?? best;
    } else if (Y.isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      node = item;
      best = rangeOf(node) ?? best;
    } else break;
  }
  if (!best) return { line: 1, column: 1 };
  const s = parsed.lineCounter.linePos(best[0]);
  const e = parsed.lineCounter.linePos(best[1]);
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as YamlNode | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}
