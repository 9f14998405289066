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
//
// The code is split by concern: common.ts (limits, positions), decode.ts (bytes → text, text
// checks), fast.ts (js-yaml path), precise.ts (`yaml` path), messages.ts (YAML problems in plain
// words), locate.ts (a path → a position in the precise document), locate-fast.ts (the same from
// the fast parse). This module re-exports their public parts.
export {
  DEFAULT_MAX_BYTES,
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  lineStarts,
  positionAt,
  type Position,
  type Problem,
} from './common.js';
export { decodeText, prepareText } from './decode.js';
export { CORE_12, lineStartTrouble, nextSignificant, parseFast, type FastParse } from './fast.js';
export { parsePrecise, preciseParserLoaded, type PreciseParse } from './precise.js';
export { locate, type Locate } from './locate.js';
