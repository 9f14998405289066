// Where a value sits in its review file: the line a synthesis cites next to every quoted text
// ("valletta.gcm.yaml:212"). The file has already been read and validated; this reads it once
// more with js-yaml (several times faster than the `yaml` package's document model, which the
// synthesis would otherwise need only for positions), building a light tree of node start
// offsets from the parser's open/close events. Files the fast parser declines (anchors, tags …)
// are located through the precise parser instead.
import { FAILSAFE_SCHEMA, load as jsYamlLoad, type LoadOptions } from 'js-yaml';
import { locate, parsePrecise } from '../load/index.js';

/** The 1-based line of the value at `path` (or of its key), or undefined when it is not in the file. */
export type LineOf = (path: readonly (string | number)[]) => number | undefined;

interface Node {
  start: number;
  end: number;
  kind: string | null;
  key?: string;
  children: Node[];
}

interface State {
  input: string;
  position: number;
  kind: string | null;
  result: unknown;
}

function skipBlank(input: string, pos: number): number {
  for (;;) {
    const c = input.charCodeAt(pos);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
    else if (c === 0x23) {
      while (pos < input.length && input.charCodeAt(pos) !== 0x0a) pos++;
    } else return pos;
  }
}

function skipSpaces(input: string, pos: number): number {
  while (input.charCodeAt(pos) === 0x20 || input.charCodeAt(pos) === 0x09) pos++;
  return pos;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The tree of a plain YAML document, or undefined when js-yaml cannot read it the ordinary way. */
function fastTree(text: string): Node | undefined {
  const stack: Node[] = [];
  let root: Node | undefined;
  let declined = false;
  const listener = (event: string, s: unknown) => {
    const st = s as State;
    if (event === 'open') {
      const start = skipBlank(st.input, st.position);
      const c = st.input.charCodeAt(start);
      if (c === 0x26 || c === 0x2a || c === 0x21) declined = true; // anchor, alias, tag
      stack.push({ start, end: start, kind: null, children: [] });
      return;
    }
    const node = stack.pop();
    if (!node) return;
    node.end = st.position;
    node.kind = st.kind;
    // a scalar followed by ":" is a key of the mapping being read
    if (
      st.kind === 'scalar' &&
      typeof st.result === 'string' &&
      st.input.charCodeAt(skipSpaces(st.input, st.position)) === 0x3a
    )
      node.key = st.result;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
  };
  try {
    jsYamlLoad(text, { schema: FAILSAFE_SCHEMA, listener, maxDepth: 60 } as LoadOptions);
  } catch {
    return undefined;
  }
  return declined ? undefined : root;
}

/** Maps value paths to lines for one review file's text. */
export function sourceLines(text: string): LineOf {
  const starts = lineStarts(text);
  const root = fastTree(text);
  if (!root) {
    const parsed = parsePrecise(text);
    return (path) => (parsed.doc ? locate(parsed, [...path], 'key').line : undefined);
  }
  return (path) => {
    let node: Node | undefined = root;
    let at = root.start;
    for (const seg of path) {
      if (!node) return undefined;
      if (node.kind === 'mapping') {
        // the last key of that name counts (as in the data); its value follows it
        const i = node.children.findLastIndex((c) => c.key === String(seg));
        if (i < 0) return undefined;
        at = node.children[i]!.start;
        const next: Node | undefined = node.children[i + 1];
        node = next && next.key === undefined ? next : undefined;
      } else if (node.kind === 'sequence') {
        node = node.children[Number(seg)];
        if (!node) return undefined;
        at = node.start;
      } else return undefined;
    }
    return lineAt(starts, at);
  };
}
