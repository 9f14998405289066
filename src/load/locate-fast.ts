// Locating problems without the precise parser. The js-yaml parse of the fast path can listen to
// where each node starts (NodeTracker), and the problems of a file the schema rejects are located
// from that. The precise parser costs ~0.7 s a MB and more with every problem; this costs about
// what parsing costs, so an error storm stays linear in time and memory.
//
// js-yaml reports each node it composes with an 'open' and a 'close' event; keys are composed as
// nodes too. So a mapping's children are its keys and values in turn, a sequence's children its
// items, except that an empty item ("-" alone) has no node. Wherever the events do not line up
// with the data exactly, the locator says it cannot tell (undefined), and the caller falls back.
import { lineStarts as lineStartsOf, type Position } from './common.js';
import { loadCore, nextSignificant } from './fast.js';

interface ListenerState {
  input: string;
  position: number;
  kind: string | null;
  result: unknown;
}

const KIND_MAPPING = 1;
const KIND_SEQUENCE = 2;
const KIND_SCALAR = 3;
const KIND_OTHER = 4;

/** Records every node js-yaml composes, in flat typed arrays (a node is an index). */
export class NodeTracker {
  private cap = 1024;
  start = new Int32Array(this.cap);
  end = new Int32Array(this.cap);
  kind = new Uint8Array(this.cap);
  firstChild = new Int32Array(this.cap).fill(-1);
  lastChild = new Int32Array(this.cap).fill(-1);
  nextSibling = new Int32Array(this.cap).fill(-1);
  results: unknown[] = [];
  count = 0;
  root = -1;
  private stack: number[] = [];

  private grow(): void {
    const cap = this.cap * 2;
    const g32 = (a: Int32Array, fill?: number) => {
      const b = new Int32Array(cap);
      if (fill !== undefined) b.fill(fill, a.length);
      b.set(a);
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.firstChild = g32(this.firstChild, -1);
    this.lastChild = g32(this.lastChild, -1);
    this.nextSibling = g32(this.nextSibling, -1);
    const k = new Uint8Array(cap);
    k.set(this.kind);
    this.kind = k;
    this.cap = cap;
  }

  open(st: ListenerState): void {
    if (this.count === this.cap) this.grow();
    const n = this.count++;
    this.start[n] = nextSignificant(st.input, st.position);
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) {
      if (this.lastChild[parent] === -1) this.firstChild[parent] = n;
      else this.nextSibling[this.lastChild[parent]!] = n;
      this.lastChild[parent] = n;
    } else if (this.root === -1) this.root = n;
    this.stack.push(n);
  }

  close(st: ListenerState): void {
    const n = this.stack.pop();
    if (n === undefined) return;
    this.end[n] = st.position;
    this.kind[n] =
      st.kind === 'mapping'
        ? KIND_MAPPING
        : st.kind === 'sequence'
          ? KIND_SEQUENCE
          : st.kind === 'scalar'
            ? KIND_SCALAR
            : KIND_OTHER;
    this.results[n] = st.result;
  }

  children(n: number): number[] {
    const out: number[] = [];
    for (let c = this.firstChild[n]!; c !== -1; c = this.nextSibling[c]!) out.push(c);
    return out;
  }
}

export interface FastLocator {
  /** Where the value (or its key) at `path` is; undefined when the events cannot tell exactly. */
  locate(path: readonly (string | number)[], mode?: 'value' | 'key'): Position | undefined;
  /** The start of the deepest node on `path` that can be told: never fails. */
  nearest(path: readonly (string | number)[]): Position;
}

/**
 * Parses `text` again, tracking nodes, and builds the locator; undefined when js-yaml fails.
 * `prepared`: the text comes from prepareText (see TEXT_CHECKED in fast.ts).
 */
export function fastLocator(text: string, prepared = false): FastLocator | undefined {
  const t = new NodeTracker();
  const listener = (event: string, s: unknown) =>
    event === 'open' ? t.open(s as ListenerState) : t.close(s as ListenerState);
  try {
    loadCore(text, listener, prepared);
  } catch {
    return undefined;
  }
  return locatorFrom(text, t);
}

/** The locator over nodes already tracked during a parse of `text`. */
export function locatorFrom(text: string, t: NodeTracker): FastLocator | undefined {
  if (t.root === -1) return undefined;
  const lineStarts = lineStartsOf(text);
  const pos = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  // the key → [key node, value node] index of a large mapping; a small one is scanned (a storm
  // of problems in a long list of small mappings would otherwise build a map for each)
  const keyMaps = new Map<number, Map<string, number> | null>();
  const SCAN = 12;
  /** The key node of key `seg` in mapping node n (its value node is the next sibling). */
  const keyNodeOf = (n: number, seg: string): number | undefined => {
    const data = t.results[n];
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    const cached = keyMaps.get(n);
    if (cached !== undefined) return cached?.get(seg);
    const size = Object.keys(data).length;
    if (size > SCAN) {
      let m = keyMaps.get(n);
      if (m === undefined) {
        m = lineUp(n, size) ? new Map() : null;
        for (let c = m ? t.firstChild[n]! : -1; c !== -1; c = t.nextSibling[t.nextSibling[c]!]!) {
          const r = t.results[c];
          m!.set(r === null ? '' : String(r), c);
        }
        keyMaps.set(n, m);
      }
      return m?.get(seg);
    }
    if (!lineUp(n, size)) return undefined;
    let found: number | undefined;
    for (let c = t.firstChild[n]!; c !== -1; c = t.nextSibling[t.nextSibling[c]!]!) {
      const r = t.results[c];
      if ((r === null ? '' : String(r)) === seg) found = c; // the last one counts, as in the data
    }
    return found;
  };
  /** Whether mapping node n has exactly two nodes a key (its key and its value). */
  const lineUp = (n: number, size: number): boolean => {
    let count = 0;
    for (let c = t.firstChild[n]!; c !== -1 && count <= 2 * size; c = t.nextSibling[c]!) count++;
    return count === 2 * size;
  };
  const itemLists = new Map<number, number[]>();
  /** The node of item i of sequence node n, when its events line up with the list. */
  const itemOf = (n: number, i: number): number | undefined => {
    const data = t.results[n];
    if (!Array.isArray(data)) return undefined;
    let kids = itemLists.get(n);
    if (!kids) itemLists.set(n, (kids = t.children(n)));
    if (kids.length === data.length) return kids[i];
    // empty items ("-" alone) have no node: every other item does, in order
    let j = 0;
    for (let k = 0; k < data.length && j <= kids.length; k++) {
      const hasNode = data[k] !== null || (kids[j] !== undefined && t.results[kids[j]!] === null);
      if (k === i) return hasNode ? kids[j] : undefined;
      if (hasNode) j++;
    }
    return undefined;
  };

  const walk = (path: readonly (string | number)[], mode: 'value' | 'key') => {
    let n = t.root;
    let deepest = n;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      let next: number | undefined;
      if (t.kind[n] === KIND_MAPPING) {
        const key = keyNodeOf(n, String(seg));
        if (key === undefined) return { deepest, found: undefined };
        if (i === path.length - 1 && mode === 'key') return { deepest: key, found: key };
        next = t.nextSibling[key]!;
      } else if (t.kind[n] === KIND_SEQUENCE) {
        next = itemOf(n, Number(seg));
      }
      if (next === undefined) return { deepest, found: undefined };
      n = next;
      deepest = n;
    }
    return { deepest, found: n };
  };

  return {
    locate(path, mode = 'value') {
      const { found } = walk(path, mode);
      // an empty value has no text of its own to point at: the caller decides
      if (found === undefined || t.results[found] === null) return undefined;
      const s = t.start[found]!;
      const start = pos(s);
      // js-yaml stops after what follows a node (the next line's indentation; a plain or quoted
      // text's line break): the node itself ends before that, where the precise parser ends it
      const first = text.charCodeAt(s);
      const inline = t.kind[found] === KIND_SCALAR && first !== 0x7c && first !== 0x3e;
      let e = t.end[found]!;
      while (e > s) {
        const c = text.charCodeAt(e - 1);
        if (c === 0x20 || c === 0x09 || (inline && (c === 0x0a || c === 0x0d))) e--;
        else break;
      }
      const end = pos(e);
      return { ...start, endLine: end.line, endColumn: end.column };
    },
    nearest(path) {
      return pos(t.start[walk(path, 'value').deepest]!);
    },
  };
}
