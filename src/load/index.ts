// Reading review files: bytes → text → data, with every problem located at line:column.
//
// Two parsers, one verdict:
// - the fast path parses with js-yaml, restricted to exactly the YAML 1.2 core schema the precise
//   path uses (dates stay strings; `yes`/`no`/`on` are strings; 0b…, +0x… are strings). It answers
//   only for plain documents: it declines (and leaves the verdict to the precise path) whenever an
//   anchor, alias or explicit tag appears, when a list or map is used as a key, on any syntax error,
//   several documents, an empty file or nesting deeper than MAX_DEPTH;
// - the precise path parses with the `yaml` package, which keeps node ranges: the validator uses it
//   for every file the fast path does not accept, to locate each problem. It caps nesting depth
//   (before composing, so no parser recursion can overflow the stack) and alias expansion
//   (billion laughs).
import { FAILSAFE_SCHEMA, Type, load as jsYamlLoad, type LoadOptions } from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/index.js';
import type { NodeTracker } from './locate-fast.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Aliases a review may use before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Nested lists/maps allowed; a review needs about 6. Deeper input is refused before it is composed. */
export const MAX_DEPTH = 50;
/** At most this many control-character problems are listed one by one. */
const MAX_CHAR_PROBLEMS = 20;

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type Problem = Omit<Diagnostic, 'file'>;

function problem(code: string, message: string, pos: Position = { line: 1, column: 1 }, hint?: string): Problem {
  return { ...pos, severity: 'error', code, path: [], message, ...(hint ? { hint } : {}) };
}

/** The offset where each line of `text` starts (line 1 at index 0): lines end at a line feed. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (in UTF-16 units, as editors count) of a string offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
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
    // lines as the rest of the checks count them: a carriage return alone ends a line too
    const lines = before.replace(/\r(?!\n)/g, '\n').split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    const byte = bytes[offset]?.toString(16).padStart(2, '0').toUpperCase();
    const utf16 =
      bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return {
      problem: problem(
        'encoding',
        utf16
          ? 'The file is saved as UTF-16 text; review files must be UTF-8.'
          : `The file is not valid UTF-8 text (byte 0x${byte} at line ${line}, column ${column}).`,
        utf16 ? { line: 1, column: 1 } : { line, column },
        'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8). Files saved from Word or Excel as "ANSI", "Latin-1" or "Unicode" need this.',
      ),
    };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined) return i;
      if (k === 1 ? cc < lo || cc > hi : (cc & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}

// ---- text checks common to both paths ---------------------------------------------------------------

/**
 * Characters YAML does not allow in a file (C0 and C1 controls other than tab, line feed, carriage
 * return and NEL; DEL; U+FFFE/U+FFFF; unpaired surrogates). They are invisible in most editors and
 * usually come from copying text out of Word or a PDF.
 */
const FORBIDDEN_CHAR =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The same characters plus every surrogate, without look-arounds: a quick scan that rules most files out. */
const MAYBE_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

const CHAR_NAMES: Record<number, string> = {
  0x00: 'a NUL character (U+0000)',
  0x0b: 'a vertical tab (U+000B; Word writes one for a manual line break)',
  0x0c: 'a form feed (U+000C; Word writes one for a page break)',
  0x1b: 'an escape character (U+001B)',
  0x7f: 'a delete character (U+007F)',
};

/**
 * Prepares decoded text for parsing: a leading BOM is dropped and old Mac line endings (a carriage
 * return alone) become line feeds, which keeps every line:column the same. Characters YAML forbids
 * are reported, each where it is.
 */
export function prepareText(input: string): { text: string; problems: Problem[] } {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  const problems: Problem[] = [];
  if (!MAYBE_FORBIDDEN.test(text)) return { text, problems };
  FORBIDDEN_CHAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  let count = 0;
  let last: Position | undefined;
  while ((m = FORBIDDEN_CHAR.exec(text))) {
    count++;
    if (count > MAX_CHAR_PROBLEMS) continue;
    const code = m[0].charCodeAt(0);
    const name =
      CHAR_NAMES[code] ??
      (code >= 0xd800 && code <= 0xdfff
        ? `half of a character (an unpaired surrogate, U+${hex(code)})`
        : `an invisible control character (U+${hex(code)})`);
    last = positionAt(text, m.index);
    problems.push(
      problem(
        'control-character',
        `The text contains ${name}, which YAML does not allow.`,
        last,
        'Delete it (it is invisible in most editors: delete the character at this column and retype it), or retype the text instead of pasting it.',
      ),
    );
  }
  if (count > MAX_CHAR_PROBLEMS && last) {
    problems.push(
      problem(
        'control-character',
        `…and ${count - MAX_CHAR_PROBLEMS} more characters of the same kind after this one.`,
        last,
      ),
    );
  }
  return { text, problems };
}

function hex(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

// ---- fast path ------------------------------------------------------------------------------------

// The YAML 1.2 core schema exactly as the `yaml` package implements it (js-yaml's own int type also
// reads 0b101, -0x1F and +0o7 as numbers, and 1e400 as a string): both paths must see the same data.
const INT_12 = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT_12 =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

const int12 = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: unknown) => typeof s === 'string' && INT_12.test(s),
  construct: (s: string) =>
    s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
  predicate: (v: unknown) => Number.isInteger(v),
  represent: (v: unknown) => String(v),
});
const float12 = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: unknown) => typeof s === 'string' && FLOAT_12.test(s),
  construct: (s: string) =>
    /nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : parseFloat(s),
  predicate: (v: unknown) => typeof v === 'number',
  represent: (v: unknown) => String(v),
});
const null12 = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: unknown) => s === null || (typeof s === 'string' && /^(?:~|[Nn]ull|NULL)?$/.test(s)),
  construct: () => null,
  predicate: (v: unknown) => v === null,
  represent: () => 'null',
});
const bool12 = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: unknown) => typeof s === 'string' && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
  predicate: (v: unknown) => typeof v === 'boolean',
  represent: (v: unknown) => String(v),
});
export const CORE_12 = FAILSAFE_SCHEMA.extend({ implicit: [null12, bool12, int12, float12] });

interface JsYamlState {
  input: string;
  position: number;
  kind: string | null;
  anchorMap?: Record<string, unknown>;
}

/** Index of the next character that is not a space, a line break or inside a comment. */
export function nextSignificant(input: string, pos: number): number {
  for (;;) {
    const c = input.charCodeAt(pos);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
    else if (c === 0x23 /* # */) {
      while (pos < input.length && input.charCodeAt(pos) !== 0x0a && input.charCodeAt(pos) !== 0x0d) pos++;
    } else return pos;
  }
}

export type FastParse = { ok: true; data: unknown } | { ok: false };

const QUOTE_DOUBLE = 0x22;
const QUOTE_SINGLE = 0x27;
const BRACKET = 0x5b;
const BRACE = 0x7b;

/**
 * js-yaml with the YAML 1.2 core schema. Declines (ok: false) whenever the precise parser must
 * decide, i.e. wherever js-yaml is known to read differently from (or more leniently than) `yaml`:
 * anchors, aliases or tags; explicit (?) keys or a list or map used as a key; a quoted text or a
 * [ ]/{ } collection running over several lines (js-yaml accepts continuation lines that are not
 * indented enough) or followed by a comment without a space; YAML directives (%YAML) and document
 * markers glued to text; any syntax problem; several documents; an empty file; deep nesting.
 * With a tracker, it also records where every node is (for locating problems without a re-parse).
 */
export function parseFast(text: string, tracker?: NodeTracker): FastParse {
  let decline = false;
  let state: JsYamlState | undefined;
  const starts: number[] = [];
  const listener = (event: string, s: unknown) => {
    const st = (state = s as JsYamlState);
    const input = st.input;
    if (tracker) {
      if (event === 'open') tracker.open(s as Parameters<NodeTracker['open']>[0]);
      else tracker.close(s as Parameters<NodeTracker['close']>[0]);
    }
    if (event === 'open') {
      const start = nextSignificant(input, st.position);
      starts.push(start);
      // a node starting with ! & or * carries a tag, an anchor or is an alias
      const c = input.charCodeAt(start);
      if (c === 0x21 || c === 0x26 || c === 0x2a) decline = true;
      // a node right after "?" is an explicit key
      if (input.charCodeAt(st.position - 1) === 0x3f) decline = true;
      return;
    }
    const start = starts.pop() ?? st.position;
    const first = input.charCodeAt(start);
    const flow =
      st.kind === 'mapping' || st.kind === 'sequence'
        ? first === BRACKET || first === BRACE
        : first === QUOTE_DOUBLE || first === QUOTE_SINGLE;
    // a list or map followed by ":" is a key (js-yaml turns [7] into the key "7")
    if (
      (st.kind === 'mapping' || st.kind === 'sequence') &&
      input.charCodeAt(nextSignificant(input, st.position)) === 0x3a
    )
      decline = true;
    // js-yaml also accepts a comment glued to a closing quote or bracket ("text"# note)
    if (flow && (spansLines(input, start, st.position) || input.charCodeAt(st.position) === 0x23)) decline = true;
    // a block text with an explicit indentation (|2, >1-): js-yaml is laxer about where it may start
    if ((first === 0x7c || first === 0x3e) && /^[+-]?[1-9]/.test(input.slice(start + 1, start + 3))) decline = true;
  };
  // directives, document markers glued to text (---# note) and a byte-order mark after the start
  // (yaml drops one before the first content, js-yaml keeps it in a key) are read differently too,
  // and so is a tab in the indentation of a line (js-yaml accepted "\t---" as a document start)
  if (lineStartTrouble(text)) return { ok: false };
  try {
    // maxDepth counts every node, leaves included: declines at least wherever the precise path refuses
    const data = jsYamlLoad(text, { schema: CORE_12, json: false, listener, maxDepth: MAX_DEPTH } as LoadOptions);
    if (decline || (state?.anchorMap && Object.keys(state.anchorMap).length > 0)) return { ok: false };
    if (data === undefined || data === null) return { ok: false };
    return { ok: true, data };
  } catch {
    return { ok: false };
  }
}

/**
 * What /^(?:%|(?:---|\.\.\.)\S| *\t)|\uFEFF/m finds, without testing every position of the text:
 * a directive, a document marker glued to text, a tab in a line's indentation, a byte-order mark.
 */
export function lineStartTrouble(text: string): boolean {
  if (text.includes('\uFEFF')) return true;
  if (text.charCodeAt(0) === 0x25 || text.includes('\n%')) return true;
  for (const marker of ['---', '...']) {
    let at = text.startsWith(marker) ? 0 : lineStartOf(text, marker, 0);
    while (at !== -1) {
      const after = text[at + 3];
      if (after !== undefined && !/\s/.test(after)) return true;
      at = lineStartOf(text, marker, at + 3);
    }
  }
  return text.includes('\t') && /^ *\t/m.test(text);
}

/** Where the next line that starts with `marker` starts, from `from` on; -1 if none. */
function lineStartOf(text: string, marker: string, from: number): number {
  const n = text.indexOf('\n' + marker, from);
  return n === -1 ? -1 : n + 1;
}

function spansLines(input: string, from: number, to: number): boolean {
  const nl = input.indexOf('\n', from);
  return nl !== -1 && nl < to;
}

// ---- precise path ---------------------------------------------------------------------------------

export interface PreciseParse {
  /** Absent when the text could not be composed at all (nesting too deep). */
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** The data, when the text parsed well enough to be checked (possibly with some problems). */
  data?: unknown;
  problems: Problem[];
}

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/** The `yaml` package is loaded only when a file needs the precise path (it costs ~100 ms cold). */
function yamlLib(): YamlModule {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);
}

/** Whether the `yaml` package has been loaded (tests check a valid file never loads it). */
export function preciseParserLoaded(): boolean {
  return yamlModule !== undefined;
}

/** The key a scalar key node becomes in the data (as `toJS` writes it), or undefined for others. */
function keyString(node: unknown, Y: YamlModule): string | undefined {
  if (!Y.isScalar(node)) return undefined;
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

/** Problems after which the data is still meaningful, so the file is checked against the schema too. */
const RECOVERABLE = new Set(['duplicate-key', 'yaml-tag']);

export function parsePrecise(text: string): PreciseParse {
  const Y = yamlLib();
  const lineCounter = new Y.LineCounter();
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];

  // The CST parser is iterative; composing is recursive, so depth is checked in between.
  // line starts are counted here, from the text: the lexer's own count drifts after some syntax
  // errors (newlines inside a token it recovers from are not reported), which put later problems
  // on the wrong lines
  for (const start of lineStarts(text)) lineCounter.addNewLine(start);
  const tokens = [...new Y.Parser().parse(text)];
  const deepAt = tooDeep(tokens);
  if (deepAt !== undefined) {
    problems.push(tooDeepProblem(pos(deepAt)));
    return { lineCounter, problems };
  }

  const composer = new Y.Composer({
    version: '1.2',
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
    // keys are compared as the data will hold them: 7 and "7" are the same key
    uniqueKeys: (a, b) => {
      const ka = keyString(a, Y);
      return ka !== undefined ? ka === keyString(b, Y) : a === b;
    },
  });
  let doc: Document.Parsed | undefined;
  try {
    for (const d of composer.compose(tokens, true, text.length)) {
      if (!doc) doc = d;
      else {
        problems.push(
          problem(
            'multiple-documents',
            'The file holds several YAML documents (separated by ---); a review file holds exactly one.',
            pos(d.range[0]),
            YAML_HINTS['MULTIPLE_DOCS'],
          ),
        );
        break;
      }
    }
  } catch (err) {
    problems.push(
      err instanceof RangeError
        ? tooDeepProblem({ line: 1, column: 1 })
        : problem('yaml-syntax', `The file could not be read as YAML: ${(err as Error).message}`),
    );
    return { lineCounter, problems };
  }
  if (!doc) return { lineCounter, problems: [...problems, emptyProblem()] };

  const lines = text.split('\n');
  const seenLines = new Set<number>();
  for (const err of doc.errors) {
    let offset = err.pos[0];
    if (/Missing closing/.test(err.message)) offset = openingQuote(doc, offset, Y) ?? offset;
    const p = yamlErrorProblem(err.code, err.message, pos(offset), lines, text, offset);
    // one problem per line: a syntax error usually drags a few follow-on errors along
    if (p.code !== 'duplicate-key' && seenLines.has(p.line)) continue;
    seenLines.add(p.line);
    problems.push(p);
  }
  for (const w of doc.warnings) {
    if (w.code !== 'TAG_RESOLVE_FAILED') continue;
    const tag = /tag: ?(\S+)/.exec(w.message)?.[1];
    problems.push(
      problem(
        'yaml-tag',
        `The value is marked with the YAML tag${tag ? ` “${shortTag(tag)}”` : ''}, which review files do not use.`,
        pos(w.pos[0]),
        'Remove the tag (the word starting with ! before the value).',
      ),
    );
  }
  if (problems.some((p) => !RECOVERABLE.has(p.code))) return { doc, lineCounter, problems };

  if (doc.contents === null || (Y.isScalar(doc.contents) && doc.contents.value === null && !hasContent(text))) {
    problems.push(emptyProblem());
    return { doc, lineCounter, problems };
  }

  // a list or map used as a key would become "[object]"-like text; refuse it (and spare the warning)
  let complexKeyAt: number | undefined;
  Y.visit(doc, {
    Pair(_k, pair) {
      const key = Y.isAlias(pair.key) ? pair.key.resolve(doc!) : pair.key;
      if (Y.isCollection(key)) {
        complexKeyAt = (pair.key as YamlNode).range?.[0] ?? 0;
        return Y.visit.BREAK;
      }
      return undefined;
    },
  });
  if (complexKeyAt !== undefined) {
    problems.push(
      problem(
        'complex-key',
        'A list or a group of fields is used as a key; keys are names (or objective numbers) followed by a colon.',
        pos(complexKeyAt),
        'Write the key as a plain word, e.g. `languages:` or `7:`.',
      ),
    );
    return { doc, lineCounter, problems };
  }

  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, lineCounter, data, problems };
  } catch (err) {
    const msg = (err as Error).message ?? '';
    if (err instanceof RangeError) {
      problems.push(tooDeepProblem({ line: 1, column: 1 }));
    } else if (/unresolved alias/i.test(msg)) {
      let at: number | undefined;
      let name = '';
      Y.visit(doc, {
        Alias(_k, node) {
          if (node.resolve(doc!) === undefined) {
            at = node.range?.[0];
            name = node.source;
            return Y.visit.BREAK;
          }
          return undefined;
        },
      });
      problems.push(
        problem(
          'yaml-alias',
          `“*${name}” is read as a reference to a value marked &${name}, and there is none.`,
          at !== undefined ? pos(at) : { line: 1, column: 1 },
          ALIAS_TEXT_HINT,
        ),
      );
    } else if (/alias/i.test(msg)) {
      const first = firstAlias(doc, Y);
      problems.push(
        problem(
          'alias-limit',
          `The file uses YAML aliases (*name) to repeat content so many times that it would expand beyond a safe size (more than ${MAX_ALIAS_COUNT} expansions).`,
          first !== undefined ? pos(first) : { line: 1, column: 1 },
          'Write the repeated text out in full, or remove the anchors (&name) and aliases (*name).',
        ),
      );
    } else {
      problems.push(problem('yaml-syntax', `The file could not be read as YAML: ${msg}`));
    }
    return { doc, lineCounter, problems };
  }
}

/** Where the quoted text that an unclosed-quote error (reported at its end) starts. */
function openingQuote(doc: Document.Parsed, offset: number, Y: YamlModule): number | undefined {
  let at: number | undefined;
  Y.visit(doc, {
    Scalar(_k, node) {
      const r = node.range;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r && r[0] < offset && offset <= r[2]) {
        at = r[0];
        return Y.visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

function emptyProblem(): Problem {
  return problem(
    'empty',
    'The file is empty: a review needs at least `format_version: 1` and a `metadata` section.',
    { line: 1, column: 1 },
    'Start one with: gcm-review init FILE',
  );
}

function tooDeepProblem(at: Position): Problem {
  return problem(
    'too-deep',
    `The file nests lists or groups more than ${MAX_DEPTH} levels deep here; a review needs about six.`,
    at,
    'Check the indentation and the brackets [ ] { } around this line.',
  );
}

/** Offset of the first collection nested deeper than MAX_DEPTH in the CST (walked without recursion). */
function tooDeep(tokens: readonly unknown[]): number | undefined {
  type Tok = { type?: string; offset?: number; value?: unknown; key?: unknown; items?: Tok[] };
  const stack: [Tok, number][] = [];
  for (const t of tokens) stack.push([t as Tok, 0]);
  while (stack.length) {
    const [t, depth] = stack.pop()!;
    if (!t || typeof t !== 'object') continue;
    let d = depth;
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      d++;
      if (d > MAX_DEPTH) return t.offset ?? 0;
    }
    if (t.type === 'document' && t.value) stack.push([t.value as Tok, d]);
    if (Array.isArray(t.items)) {
      for (const it of t.items) {
        if (it.key) stack.push([it.key as Tok, d]);
        if (it.value) stack.push([it.value as Tok, d]);
      }
    }
  }
  return undefined;
}

function hasContent(text: string): boolean {
  return text.split('\n').some((l) => {
    const t = l.trim();
    return t !== '' && !t.startsWith('#') && t !== '---' && t !== '...' && !t.startsWith('%');
  });
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
  DUPLICATE_KEY:
    'Keep one of the two entries, or merge their text: a later key would silently replace the earlier one.',
  MULTIPLE_DOCS: 'Put each review in a file of its own.',
  BAD_INDENT: 'Check the indentation: items of the same section must start in the same column.',
};

const GENERIC_HINT =
  'Check the line shown and the one before it: a missing colon, an unclosed quote or a wrong indentation are the usual causes.';

function yamlErrorProblem(
  code: string,
  rawMessage: string,
  at: Position,
  lines: string[],
  text: string,
  offset: number,
): Problem {
  const firstLine = rawMessage.split('\n')[0] ?? rawMessage;
  const clean = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  const lineText = (lines[at.line - 1] ?? '').replace(/\r$/, '');
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  let message: string;
  let hint = YAML_HINTS[code];
  let c = 'yaml-syntax';
  if (code === 'DUPLICATE_KEY') {
    c = 'duplicate-key';
    const key = keyAt(text, offset);
    message = key
      ? `The key “${key}” appears twice in the same section.`
      : 'The same key appears twice in the same section.';
  } else if (code === 'MULTIPLE_DOCS') {
    c = 'multiple-documents';
    message = 'The file holds several YAML documents (separated by ---); a review file holds exactly one.';
  } else if (code === 'TAB_AS_INDENT' || indent.includes('\t')) {
    c = 'tab-indent';
    message = 'A tab character is used for indentation; YAML allows only spaces.';
    hint = YAML_HINTS['TAB_AS_INDENT'];
    // at the tab when it is in this line's indentation (the parser may name the line after it)
    if (indent.includes('\t')) at = { line: at.line, column: indent.indexOf('\t') + 1 };
  } else {
    c = 'yaml-syntax';
    hint = undefined;
    if (/Implicit map keys need to be followed by map values/.test(clean)) {
      message =
        'This line is not of the form “key: value”: a colon is missing, or a line of text is not indented under its key.';
      hint =
        'Text that runs over several lines goes under its key after | and is indented, e.g.\n  gaps_and_challenges: |\n    First line.\n    Second line.';
    } else if (
      /Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/.test(clean)
    ) {
      message = 'A value contains a colon followed by a space (“: ”), which YAML reads as the start of another key.';
      hint = 'Put the whole text in double quotes, or write it on the next lines after | (indented).';
    } else if (/Missing closing ["']?quote|Missing closing/.test(clean)) {
      message = 'The quoted text that starts here is not closed: its closing quote is missing.';
      hint = "Add the closing quote; inside \"…\" write \\\" for a quote mark, inside '…' write '' for an apostrophe.";
    } else if (code === 'BAD_SCALAR_START' || /Plain value cannot start with/.test(clean)) {
      const ch = lineText.slice(at.column - 1, at.column).trim() || (/(\S)$/.exec(clean)?.[1] ?? '?');
      message = `A value cannot start with “${ch}” unless it is in quotes.`;
      hint = 'Put the whole text in double quotes.';
    } else if (/Unexpected scalar at node end/.test(clean) && /^[*"']/.test(valueBefore(lineText, at.column))) {
      const first = valueBefore(lineText, at.column)[0];
      if (first === '*') {
        at = { line: at.line, column: at.column - valueBefore(lineText, at.column).length };
        message =
          'A value starts with *, which YAML reads as a reference to another value (an alias), so the rest of the line cannot be read.';
        hint = ALIAS_TEXT_HINT;
      } else {
        message = 'The text goes on after its closing quote: a quote mark inside a quoted text ends it.';
        hint =
          first === '"'
            ? 'Inside "…" write a quote mark as \\" (or put the text in single quotes).'
            : "Inside '…' write an apostrophe as two apostrophes '' (or put the text in double quotes).";
      }
    } else if (code === 'KEY_OVER_1024_CHARS') {
      message =
        'A line is read as a key of more than 1,024 characters: a long text is probably missing its key or its indentation.';
    } else if (code === 'BAD_INDENT' || /indent/i.test(clean)) {
      message = `The indentation is wrong here (${lcFirst(clean)}).`;
      hint = YAML_HINTS['BAD_INDENT'];
    } else {
      message = `YAML syntax error: ${clean}`;
    }
    hint ??= GENERIC_HINT;
  }
  if (lineText.includes('\u00a0')) {
    hint = `${hint ? hint + ' ' : ''}This line also contains a non-breaking space (often pasted from Word), which YAML does not treat as a space: replace it with a normal space.`;
  }
  return problem(c, message, at, hint);
}

const ALIAS_TEXT_HINT =
  'To start a text with *emphasis* (or any *), put the whole text in double quotes or write it on the next lines after |.';

/** The value part of a line up to a column: what follows the last "key: " or "- " before it. */
function valueBefore(line: string, column: number): string {
  const head = line.slice(0, column - 1);
  const m = /(?:^|:\s|-\s)\s*([^:]*)$/.exec(head);
  return (m?.[1] ?? head).trimStart();
}

function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function keyAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 200);
  const m = /^["']?([^"':#\n]+?)["']?\s*:/.exec(rest);
  return m?.[1]?.trim();
}

// ---- locating a path in the precise document ------------------------------------------------------

export type Locate = 'value' | 'key';

/**
 * The range of the node at `path` (or of its key), falling back to the nearest ancestor that
 * exists. Returned positions are 1-based. With a duplicated key, the last one counts (as in the data).
 */
export function locate(parsed: PreciseParse, path: (string | number)[], mode: Locate = 'value'): Position {
  if (!parsed.doc) return { line: 1, column: 1 };
  const Y = yamlLib();
  let node: unknown = parsed.doc.contents;
  let best: [number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (Y.isAlias(node)) node = node.resolve(parsed.doc);
    if (Y.isMap(node)) {
      const pair = node.items.findLast((p) => keyString(p.key, Y) === String(seg));
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
