// The fast path: js-yaml restricted to the YAML 1.2 core schema; it declines whatever the precise
// path must decide.
import { FAILSAFE_SCHEMA, Type, load as jsYamlLoad, type LoadOptions } from 'js-yaml';
import { MAX_DEPTH } from './common.js';
import type { NodeTracker } from './locate-fast.js';

// ---- fast path ------------------------------------------------------------------------------------

// The YAML 1.2 core schema exactly as the `yaml` package implements it (js-yaml's own int type also
// reads 0b101, -0x1F and +0o7 as numbers, and 1e400 as a string): both paths must see the same data.
const INT_12 = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT_12 =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/**
 * The characters a number of either pattern can start with (digits, signs, a point): js-yaml asks
 * every implicit type about every plain text, and most texts are words, ruled out by this table.
 */
const NUMBER_START = new Uint8Array(128);
for (const c of '0123456789+-.') NUMBER_START[c.charCodeAt(0)] = 1;

const int12 = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: unknown) => typeof s === 'string' && NUMBER_START[s.charCodeAt(0)] === 1 && INT_12.test(s),
  construct: (s: string) =>
    s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
  predicate: (v: unknown) => Number.isInteger(v),
  represent: (v: unknown) => String(v),
});
const float12 = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: unknown) => typeof s === 'string' && NUMBER_START[s.charCodeAt(0)] === 1 && FLOAT_12.test(s),
  construct: (s: string) =>
    /nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : parseFloat(s),
  predicate: (v: unknown) => typeof v === 'number',
  represent: (v: unknown) => String(v),
});
const null12 = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: unknown) => s === null || s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL',
  construct: () => null,
  predicate: (v: unknown) => v === null,
  represent: () => 'null',
});
const bool12 = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: unknown) =>
    s === 'true' || s === 'True' || s === 'TRUE' || s === 'false' || s === 'False' || s === 'FALSE',
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
  predicate: (v: unknown) => typeof v === 'boolean',
  represent: (v: unknown) => String(v),
});
export const CORE_12 = FAILSAFE_SCHEMA.extend({ implicit: [null12, bool12, int12, float12] });

/**
 * The option that tells js-yaml the text holds no character YAML forbids (prepareText refused any,
 * with a position each): js-yaml checks every text it reads for them again, one regular expression
 * per piece of text, ~8% of a parse. The bundle's js-yaml honours it (patched by
 * scripts/build.mjs, which fails if the patch no longer applies); unbundled js-yaml ignores it and
 * checks anyway, with the same verdict.
 */
export const TEXT_CHECKED = { gcmTextChecked: true } as const;

/**
 * js-yaml as the fast path reads a text (also when it reads it again to locate problems:
 * locate-fast.ts): the YAML 1.2 core schema, the depth cap, and the character check left out for a
 * text from prepareText (`prepared`). `listener` sees every node open and close. Throws js-yaml's
 * errors.
 */
export function loadCore(text: string, listener: (event: string, state: unknown) => void, prepared: boolean): unknown {
  return jsYamlLoad(text, {
    schema: CORE_12,
    json: false,
    listener,
    maxDepth: MAX_DEPTH,
    ...(prepared ? TEXT_CHECKED : {}),
  } as LoadOptions);
}

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

export type FastParse =
  | { ok: true; data: unknown }
  /** errorLine: the 1-based line of js-yaml's syntax error, when it declined on one. */
  | { ok: false; errorLine?: number };

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
 * `prepared`: the text comes from prepareText, which refused every character YAML forbids (see
 * TEXT_CHECKED).
 */
export function parseFast(text: string, tracker?: NodeTracker, prepared = false): FastParse {
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
    const data = loadCore(text, listener, prepared);
    if (decline || (state?.anchorMap && Object.keys(state.anchorMap).length > 0)) return { ok: false };
    if (data === undefined || data === null) return { ok: false };
    return { ok: true, data };
  } catch (err) {
    const line = (err as { mark?: { line?: unknown } }).mark?.line;
    return typeof line === 'number' ? { ok: false, errorLine: line + 1 } : { ok: false };
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
