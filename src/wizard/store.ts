// The review file as the wizard sees it: a YAML text that every answer updates at once, on disk,
// atomically (temp file + fsync + rename).
//
// Edits keep the rest of the file as it was. Each change is computed twice:
// - the reference result, with the `yaml` Document API (nodes are changed in place, so comments,
//   key order and scalar styles survive; new keys go where the schema puts them);
// - a minimal text splice (replace one scalar through the CST, or insert/remove the lines of one
//   entry), which leaves every other byte of the file untouched.
// The splice is used only when it parses back to exactly the same data as the reference result;
// otherwise the reference result (doc.toString()) is written. Either way the data is right.
import {
  CST,
  Composer,
  Document,
  LineCounter,
  Pair,
  Parser,
  Scalar,
  YAMLMap,
  YAMLSeq,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Node as YamlNode,
  type ParsedNode,
  type ToStringOptions,
} from 'yaml';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../io/atomic.js';
import { buildSchema } from '../schema/generate.js';
import { modelineComment, withModeline } from '../schema/modeline.js';

export type PathSeg = string | number;
export type Path = readonly PathSeg[];

/** The file is not YAML: it must not be touched. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'YamlSyntaxError';
  }
}

/** A part of the file does not have the shape an answer needs (e.g. a list where text is expected). */
export class ShapeError extends Error {
  constructor(readonly path: Path) {
    super(`the file has an unexpected value at ${path.join('.')}`);
    this.name = 'ShapeError';
  }
}

/** Saving failed (disk full, permission denied, …). */
export class SaveError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`could not save ${file}: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'SaveError';
  }
}

// ---- canonical key order (the schema's order), used to place new keys ---------------------------
// Read from buildSchema(), the single source of the structure: a key added there is placed
// right by `edit` with no change here.

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  then?: SchemaNode;
  else?: SchemaNode;
}

let schemaRoot: SchemaNode | undefined;
const orderCache = new Map<string, readonly string[] | undefined>();

/** The node and every branch it may take ($ref, allOf/anyOf/oneOf, if-then-else), flattened. */
function branches(node: SchemaNode | undefined, out: SchemaNode[] = [], depth = 0): SchemaNode[] {
  if (!node || typeof node !== 'object' || depth > 20) return out;
  out.push(node);
  const ref = node.$ref?.match(/^#\/\$defs\/(.+)$/)?.[1];
  if (ref) branches((schemaRoot as { $defs?: Record<string, SchemaNode> }).$defs?.[ref], out, depth + 1);
  for (const n of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? []), node.then, node.else])
    branches(n, out, depth + 1);
  return out;
}

/** The schema's keys for the object at `path`, in the schema's order (undefined: no known keys). */
export function schemaKeyOrder(path: Path): readonly string[] | undefined {
  const cacheKey = path.map((seg) => (typeof seg === 'number' ? '#' : seg)).join('\u0000');
  if (orderCache.has(cacheKey)) return orderCache.get(cacheKey);
  schemaRoot ??= buildSchema() as SchemaNode;
  let nodes = branches(schemaRoot);
  for (const seg of path) {
    const key = String(seg);
    const next: SchemaNode[] = [];
    for (const n of nodes) {
      const prop = n.properties && Object.hasOwn(n.properties, key) ? n.properties[key] : undefined;
      if (prop) next.push(prop);
      else if (n.items && (typeof seg === 'number' || /^\d+$/.test(key))) next.push(n.items);
      else
        for (const [pattern, sub] of Object.entries(n.patternProperties ?? {}))
          if (new RegExp(pattern, 'u').test(key)) next.push(sub);
    }
    nodes = next.flatMap((n) => branches(n));
  }
  const keys = [...new Set(nodes.flatMap((n) => Object.keys(n.properties ?? {})))];
  const order = keys.length ? keys : undefined;
  orderCache.set(cacheKey, order);
  return order;
}

/** Lists of keys written in flow style (`[en, fr]`): short, enum-like. */
const FLOW_LISTS = new Set(['languages', 'applied', 'stakeholders', 'plan_measures', 'objectives']);

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? Infinity : i;
}

/** Where a new key goes among the existing ones: before the first known key that comes after it. */
export function insertIndex(existing: readonly string[], key: string, path: Path): number {
  const order = schemaKeyOrder(path);
  if (!order) return existing.length;
  const r = rank(order, key);
  if (r === Infinity) return existing.length;
  for (let i = 0; i < existing.length; i++) {
    const ri = rank(order, existing[i]!);
    if (ri !== Infinity && ri > r) return i;
  }
  return existing.length;
}

// ---- helpers on yaml nodes ------------------------------------------------------------------------

function keyString(p: Pair): string {
  const k = p.key as unknown;
  if (isScalar(k)) return String(k.value);
  return String(k);
}

function findPairIndex(map: YAMLMap, key: PathSeg): number {
  return map.items.findIndex((p) => keyString(p as Pair) === String(key));
}

function isEmptyValue(n: unknown): boolean {
  return n === null || n === undefined || (isScalar(n) && (n.value === null || n.value === undefined));
}

function isPlainValue(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** A yaml node for a JS value: multi-line strings as block literals, enum lists in flow style. */
function makeNode(doc: Document, value: unknown, key?: PathSeg): YamlNode {
  if (typeof value === 'string') {
    const s = new Scalar(value);
    if (value.includes('\n')) s.type = Scalar.BLOCK_LITERAL;
    return s;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq(doc.schema);
    for (const item of value) seq.items.push(makeNode(doc, item));
    if (key !== undefined && FLOW_LISTS.has(String(key)) && value.every((v) => isPlainValue(v))) seq.flow = true;
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap(doc.schema);
    for (const [k, v] of Object.entries(value))
      if (v !== undefined) map.items.push(new Pair(new Scalar(k), makeNode(doc, v, k)));
    return map;
  }
  return new Scalar(value);
}

/** The value to store at `rest` below an existing collection: nested maps (or a list for an index). */
function nest(rest: Path, value: unknown): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i]!;
    if (typeof seg === 'number') {
      if (seg !== 0) throw new ShapeError(rest);
      v = [v];
    } else v = { [seg]: v };
  }
  return v;
}

// ---- parsing --------------------------------------------------------------------------------------

interface Parsed {
  doc: Document.Parsed<ParsedNode, true>;
  tokens: CST.Token[];
}

const PARSE_OPTS = { version: '1.2' as const, schema: 'core' as const, uniqueKeys: true, merge: false };

function parse(text: string, file: string): Parsed {
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  const tokens = Array.from(parser.parse(text));
  const composer = new Composer({ ...PARSE_OPTS, keepSourceTokens: true, prettyErrors: false });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  const doc = docs[0];
  if (!doc) throw new YamlSyntaxError(file, 1, 1, 'the file could not be read as YAML');
  const firstErr = doc.errors[0] ?? docs[1]?.errors[0];
  if (firstErr) {
    const { line, col } = lineCounter.linePos(firstErr.pos[0]);
    throw new YamlSyntaxError(
      file,
      line,
      col,
      firstErr.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    );
  }
  if (docs.length > 1) {
    const { line, col } = lineCounter.linePos(docs[1]!.range[0]);
    throw new YamlSyntaxError(
      file,
      line,
      col,
      'the file holds several YAML documents (separated by ---); a review file holds exactly one',
    );
  }
  return { doc: doc as Document.Parsed<ParsedNode, true>, tokens };
}

function toData(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: 100 });
}

// ---- formatting options detected from the file ----------------------------------------------------

export interface Format {
  indent: number;
  indentSeq: boolean;
}

function detectFormat(doc: Document.Parsed, text: string): Format {
  const col = (off: number) => off - (text.lastIndexOf('\n', off - 1) + 1);
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  const walk = (node: unknown, parentCol: number, depth: number) => {
    if (depth > 6 || (indent !== undefined && indentSeq !== undefined)) return;
    if (isMap(node) && !node.flow) {
      for (const it of node.items) {
        const p = it as Pair;
        const k = p.key as YamlNode | null;
        const v = p.value as YamlNode | null;
        if (!k?.range) continue;
        const kc = col(k.range[0]);
        if (isMap(v) && !v.flow && v.items.length) {
          const first = (v.items[0] as Pair).key as YamlNode | null;
          if (first?.range && indent === undefined) {
            const d = col(first.range[0]) - kc;
            if (d > 0) indent = d;
          }
          walk(v, kc, depth + 1);
        } else if (isSeq(v) && !v.flow && v.items.length && v.range) {
          if (indentSeq === undefined) {
            const dash = text.lastIndexOf('-', (v.items[0] as YamlNode).range?.[0] ?? v.range[0]);
            if (dash >= 0) indentSeq = col(dash) > kc;
          }
          for (const item of v.items) walk(item, kc, depth + 1);
        }
      }
    }
    void parentCol;
  };
  walk(doc.contents, 0, 0);
  return { indent: indent ?? 2, indentSeq: indentSeq ?? true };
}

function stringifyOpts(f: Format): ToStringOptions {
  return { indent: f.indent, indentSeq: f.indentSeq, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false };
}

// ---- the reference edit: Document API -------------------------------------------------------------

function docSet(doc: Document, path: Path, value: unknown): void {
  if (!isMap(doc.contents)) {
    if (isEmptyValue(doc.contents)) doc.contents = new YAMLMap(doc.schema) as never;
    else throw new ShapeError([]);
  }
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    const here = path.slice(0, i);
    if (isMap(node)) {
      const idx = findPairIndex(node, seg);
      if (idx === -1) {
        const v = last ? value : nest(path.slice(i + 1), value);
        const keys = node.items.map((p) => keyString(p as Pair));
        const pair = new Pair(new Scalar(String(seg)), makeNode(doc, v, seg));
        node.items.splice(insertIndex(keys, String(seg), here), 0, pair);
        if (node.flow && (isCollection(pair.value) || (typeof v === 'string' && v.includes('\n')))) node.flow = false;
        return;
      }
      const pair = node.items[idx] as Pair;
      if (last) {
        setPairValue(doc, node, pair, value, seg);
        return;
      }
      if (
        isEmptyValue(pair.value) ||
        (isCollection(pair.value) &&
          pair.value.items.length === 0 &&
          isMap(pair.value) !== (typeof path[i + 1] === 'number'))
      ) {
        // `key:` with nothing, or an empty collection of the other kind: fill it
        pair.value = makeNode(doc, nest(path.slice(i + 1), value), seg);
        if (node.flow) node.flow = false;
        return;
      }
      if (!isCollection(pair.value)) throw new ShapeError(path.slice(0, i + 1));
      if (node.flow && pair.value.flow === false) node.flow = false;
      node = pair.value;
    } else if (isSeq(node)) {
      if (typeof seg !== 'number' || seg > node.items.length || seg < 0) throw new ShapeError(path.slice(0, i + 1));
      if (seg === node.items.length) {
        node.items.push(makeNode(doc, last ? value : nest(path.slice(i + 1), value)));
        if (node.flow && !isPlainValue(value)) node.flow = false;
        return;
      }
      if (last) {
        const cur = node.items[seg];
        if (isScalar(cur) && isPlainValue(value)) assignScalar(cur, value);
        else node.items[seg] = makeNode(doc, value);
        return;
      }
      const cur = node.items[seg];
      if (!isCollection(cur)) throw new ShapeError(path.slice(0, i + 1));
      node = cur;
    } else throw new ShapeError(here);
    // a flow collection that receives block content must become a block collection
    if (isCollection(node) && node.flow && !isPlainValue(value)) node.flow = false;
    if (isCollection(node) && node.flow && typeof value === 'string' && value.includes('\n')) node.flow = false;
  }
}

function assignScalar(s: Scalar, value: string | number | boolean): void {
  s.value = value;
  if (typeof value !== 'string') {
    if (s.type !== Scalar.PLAIN) s.type = Scalar.PLAIN;
    return;
  }
  if (value.includes('\n')) {
    if (s.type !== Scalar.BLOCK_LITERAL) s.type = Scalar.BLOCK_LITERAL;
  } else if (s.type === Scalar.BLOCK_FOLDED) s.type = Scalar.BLOCK_LITERAL;
}

function setPairValue(doc: Document, parent: YAMLMap, pair: Pair, value: unknown, key: PathSeg): void {
  if (isScalar(pair.value) && isPlainValue(value)) {
    assignScalar(pair.value, value);
  } else {
    const old = pair.value as YamlNode | null;
    const n = makeNode(doc, value, key);
    if (old && isCollection(n) && isCollection(old) && old.flow && !n.flow && isPlainList(value)) n.flow = true;
    if (old) {
      n.comment = old.comment;
      n.commentBefore = old.commentBefore;
    }
    pair.value = n;
  }
  if (parent.flow && (isCollection(pair.value) || (typeof value === 'string' && value.includes('\n'))))
    parent.flow = false;
}

function isPlainList(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => isPlainValue(x));
}

/** Removes the entry at `path`; containers left empty are removed too, up to `keepAt` depth. */
function docDelete(doc: Document, path: Path, keep: (p: Path) => boolean): void {
  const parentPath = path.slice(0, -1);
  const parent = nodeAt(doc, parentPath);
  const seg = path[path.length - 1]!;
  if (isMap(parent)) {
    const idx = findPairIndex(parent, seg);
    if (idx === -1) return;
    parent.items.splice(idx, 1);
  } else if (isSeq(parent)) {
    if (typeof seg !== 'number' || seg >= parent.items.length) return;
    parent.items.splice(seg, 1);
  } else return;
  if (parentPath.length > 0 && (parent as YAMLMap | YAMLSeq).items.length === 0 && !keep(parentPath)) {
    docDelete(doc, parentPath, keep);
  }
}

function nodeAt(doc: Document, path: Path): unknown {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const idx = findPairIndex(node, seg);
      if (idx === -1) return undefined;
      node = (node.items[idx] as Pair).value;
    } else if (isSeq(node)) {
      if (typeof seg !== 'number') return undefined;
      node = node.items[seg];
    } else return undefined;
  }
  return node;
}

// ---- the minimal splice ---------------------------------------------------------------------------

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}
function lineEnd(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const i = text.indexOf('\n', pos);
  return i === -1 ? text.length : i + 1;
}
function column(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** Text of `key: value` (or `- value` when key is undefined) indented at `col`, ending with a newline. */
function snippet(value: unknown, key: PathSeg | undefined, col: number, fmt: Format): string {
  const d = new Document(undefined, PARSE_OPTS);
  if (key === undefined) {
    const seq = new YAMLSeq(d.schema);
    seq.items.push(makeNode(d, value));
    d.contents = seq as never;
  } else {
    const map = new YAMLMap(d.schema);
    map.items.push(new Pair(new Scalar(String(key)), makeNode(d, value, key)));
    d.contents = map as never;
  }
  const body = d.toString(stringifyOpts(fmt));
  const pad = ' '.repeat(col);
  return body
    .split('\n')
    .map((l, i, all) => (i === all.length - 1 ? l : l === '' ? l : pad + l))
    .join('\n');
}

/** Start of the lines that belong to the entry starting at `pos` (its own comment lines above it). */
function entryStart(text: string, pos: number, col: number): number {
  let start = lineStart(text, pos);
  while (start > 0) {
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start - 1);
    const m = /^( *)#/.exec(line);
    if (!m || m[1]!.length !== col) break;
    start = prev;
  }
  return start;
}

function trySpliceSet(p: Parsed, text: string, path: Path, value: unknown, fmt: Format): string | undefined {
  let node: unknown = p.doc.contents;
  if (!isMap(node) || node.flow) return undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      if (node.flow) return undefined;
      const idx = findPairIndex(node, seg);
      if (idx === -1) {
        // insert `seg: …` at its canonical place
        const v = last ? value : nest(path.slice(i + 1), value);
        const keys = node.items.map((it) => keyString(it as Pair));
        const at = insertIndex(keys, String(seg), path.slice(0, i));
        const firstKey = (node.items[0] as Pair | undefined)?.key as YamlNode | undefined;
        if (!firstKey?.range) return undefined;
        const col = column(text, firstKey.range[0]);
        let pos: number;
        if (at < node.items.length) {
          const k = (node.items[at] as Pair).key as YamlNode | undefined;
          if (!k?.range) return undefined;
          pos = entryStart(text, k.range[0], col);
        } else {
          const lastPair = node.items[node.items.length - 1] as Pair;
          const end = ((lastPair.value as YamlNode | null)?.range ?? (lastPair.key as YamlNode).range)?.[1];
          if (end === undefined) return undefined;
          pos = lineEnd(text, end);
        }
        const ins = snippet(v, seg, col, fmt);
        let before = text.slice(0, pos);
        if (before !== '' && !before.endsWith('\n')) before += '\n';
        return before + ins + text.slice(pos);
      }
      const pair = node.items[idx] as Pair;
      const v = pair.value as YamlNode | null;
      if (last) {
        if (isScalar(v) && isPlainValue(value) && v.srcToken) return cstScalar(p, v, value);
        return replacePair(text, pair, value, seg, fmt);
      }
      if (!isCollection(v) || v.flow) {
        // `"7": {}` or `key:` with nothing: rewrite that one entry
        const cur = v ? (v as YamlNode).toJS(p.doc) : null;
        const merged = setInPlain(cur, path.slice(i + 1), value);
        if (merged === undefined) return undefined;
        return replacePair(text, pair, merged, seg, fmt);
      }
      node = v;
    } else if (isSeq(node)) {
      if (node.flow || typeof seg !== 'number') return undefined;
      if (seg === node.items.length) {
        const lastItem = node.items[node.items.length - 1] as YamlNode | undefined;
        if (!lastItem?.range) return undefined;
        const dash = text.lastIndexOf('-', lastItem.range[0]);
        if (dash < 0) return undefined;
        const col = column(text, dash);
        const pos = lineEnd(text, lastItem.range[1]);
        let before = text.slice(0, pos);
        if (!before.endsWith('\n')) before += '\n';
        return before + snippet(last ? value : nest(path.slice(i + 1), value), undefined, col, fmt) + text.slice(pos);
      }
      const cur = node.items[seg] as YamlNode | undefined;
      if (!cur) return undefined;
      if (last) {
        if (isScalar(cur) && isPlainValue(value) && cur.srcToken) return cstScalar(p, cur, value, true);
        return undefined;
      }
      if (!isCollection(cur) || cur.flow) return undefined;
      node = cur;
    } else return undefined;
  }
  return undefined;
}

/** Sets `path` inside a plain JS value (objects/arrays), returning a new value. */
function setInPlain(cur: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [seg, ...rest] = path;
  if (typeof seg === 'number') {
    const arr = Array.isArray(cur) ? [...cur] : cur === null || cur === undefined ? [] : undefined;
    if (!arr || seg > arr.length) return undefined;
    arr[seg] = setInPlain(arr[seg], rest, value);
    return arr;
  }
  const obj =
    cur && typeof cur === 'object' && !Array.isArray(cur)
      ? { ...(cur as Record<string, unknown>) }
      : cur === null || cur === undefined
        ? {}
        : undefined;
  if (!obj) return undefined;
  obj[seg!] = setInPlain(obj[seg!], rest, value);
  return obj;
}

function scalarType(value: string | number | boolean, old: Scalar): Scalar.Type {
  if (typeof value !== 'string') return Scalar.PLAIN;
  if (value.includes('\n') || old.type === Scalar.BLOCK_LITERAL || old.type === Scalar.BLOCK_FOLDED)
    return Scalar.BLOCK_LITERAL;
  const d = new Document(value, PARSE_OPTS).toString({ lineWidth: 0 });
  if (d.startsWith('"')) return Scalar.QUOTE_DOUBLE;
  if (d.startsWith("'")) return Scalar.QUOTE_SINGLE;
  if (old.type === Scalar.QUOTE_DOUBLE || old.type === Scalar.QUOTE_SINGLE) return old.type;
  return Scalar.PLAIN;
}

function cstScalar(p: Parsed, node: Scalar, value: string | number | boolean, inSeq = false): string | undefined {
  const tok = node.srcToken;
  if (!tok) return undefined;
  let type = scalarType(value, node);
  if (type === Scalar.QUOTE_SINGLE && typeof value === 'string' && value.includes("'")) type = Scalar.QUOTE_DOUBLE;
  // blank lines that followed an old block scalar belong to its token: keep them after the new one
  const oldSource = 'source' in tok && typeof tok.source === 'string' ? tok.source : '';
  const trailing = tok.type === 'block-scalar' ? (/\n*$/.exec(oldSource)?.[0].length ?? 0) : 0;
  try {
    CST.setScalarValue(tok, String(value), { afterKey: !inSeq, type: type as never });
  } catch {
    return undefined;
  }
  if (tok.type === 'block-scalar' && trailing > 1 && 'source' in tok) {
    const src = tok.source.replace(/\n*$/, '');
    tok.source = src + '\n'.repeat(trailing);
  }
  return p.tokens.map((t) => CST.stringify(t)).join('');
}

/** Rewrites one `key: value` entry of a block map (its inner comments are not kept). */
function replacePair(text: string, pair: Pair, value: unknown, key: PathSeg, fmt: Format): string | undefined {
  const k = pair.key as YamlNode | null;
  const v = pair.value as YamlNode | null;
  if (!k?.range) return undefined;
  const start = k.range[0];
  const end = lineEnd(text, (v?.range ?? k.range)[1]);
  const col = column(text, start);
  const snip = snippet(value, key, col, fmt).slice(col);
  // keep a comment written at the end of the key line (`"7": {}  # to do`)
  return text.slice(0, start) + snip + text.slice(end);
}

function trySpliceDelete(p: Parsed, text: string, path: Path): string | undefined {
  const parent = nodeAt(p.doc, path.slice(0, -1));
  const seg = path[path.length - 1]!;
  if (isMap(parent) && !parent.flow) {
    const idx = findPairIndex(parent, seg);
    if (idx === -1 || parent.items.length < 2) return undefined;
    const pair = parent.items[idx] as Pair;
    const k = pair.key as YamlNode | null;
    const v = pair.value as YamlNode | null;
    if (!k?.range) return undefined;
    const col = column(text, k.range[0]);
    const start = entryStart(text, k.range[0], col);
    const end = lineEnd(text, (v?.range ?? k.range)[1]);
    return text.slice(0, start) + text.slice(end);
  }
  if (isSeq(parent) && !parent.flow && typeof seg === 'number') {
    const item = parent.items[seg] as YamlNode | undefined;
    if (!item?.range || parent.items.length < 2) return undefined;
    const dash = text.lastIndexOf('-', item.range[0]);
    if (dash < 0) return undefined;
    const start = lineStart(text, dash);
    if (text.slice(start, dash).trim() !== '') return undefined;
    const end = lineEnd(text, item.range[1]);
    return text.slice(0, start) + text.slice(end);
  }
  return undefined;
}

// ---- the store ------------------------------------------------------------------------------------

export interface StoreEvents {
  /** The file changed on disk since the wizard last read or wrote it (another program edited it). */
  onExternalChange?: () => void;
}

const SCHEMA_COMMENT = (ref: string) => modelineComment(ref).slice(1); // yaml's commentBefore adds the #

function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class ReviewStore {
  private text: string;
  private data: unknown;
  private fmt: Format;
  private bom: string;
  private crlf: boolean;
  /** What is on disk, as far as the store knows (undefined: not written yet). */
  private onDisk: string | undefined;
  /** How the last change was written: "splice" or "document" (for tests). */
  lastWrite: 'splice' | 'document' | 'none' = 'none';

  private constructor(
    readonly file: string,
    raw: string,
    onDisk: string | undefined,
    private events: StoreEvents = {},
  ) {
    this.bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const body = this.bom ? raw.slice(1) : raw;
    this.crlf = body.includes('\r\n');
    this.text = this.crlf ? body.replace(/\r\n/g, '\n') : body;
    const p = parse(this.text, file);
    if (p.doc.contents !== null && !isMap(p.doc.contents) && !isEmptyValue(p.doc.contents)) throw new ShapeError([]);
    this.fmt = detectFormat(p.doc, this.text);
    this.data = toData(p.doc) ?? {};
    this.onDisk = onDisk;
  }

  /** Opens an existing file. Throws YamlSyntaxError (file untouched) or ShapeError (not a review map). */
  static async open(file: string, events?: StoreEvents): Promise<ReviewStore> {
    const raw = await readFile(file, 'utf8');
    return new ReviewStore(file, raw, raw, events);
  }

  /** Opens from text already read (tests, or a caller that read the file itself). */
  static fromText(file: string, raw: string, events?: StoreEvents): ReviewStore {
    return new ReviewStore(file, raw, raw, events);
  }

  /** A new review (nothing written until the first answer is saved). */
  static create(file: string, schemaId: string, events?: StoreEvents): ReviewStore {
    const d = new Document({ format_version: 1 }, PARSE_OPTS);
    d.commentBefore = SCHEMA_COMMENT(schemaId);
    const text = d.toString(stringifyOpts({ indent: 2, indentSeq: true }));
    return new ReviewStore(file, text, undefined, events);
  }

  /** Whether the file exists on disk yet (init writes it with the first answer). */
  get saved(): boolean {
    return this.onDisk !== undefined;
  }

  /** The current text of the file (without BOM, with \n line ends). */
  get content(): string {
    return this.text;
  }

  /** The whole review as plain data. */
  get review(): Record<string, unknown> {
    const d = this.data;
    return d && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, unknown>) : {};
  }

  /** The plain value at `path` (undefined when absent). */
  get(path: Path): unknown {
    let v: unknown = this.data;
    for (const seg of path) {
      if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
      else if (v && typeof v === 'object' && !Array.isArray(v)) v = (v as Record<string, unknown>)[String(seg)];
      else return undefined;
    }
    return v;
  }

  /** Sets the value at `path` (creating what is missing) and saves the file. */
  async set(path: Path, value: unknown): Promise<void> {
    if (value === undefined) return this.delete(path);
    const base = await this.base();
    const truth = parse(base, this.file).doc;
    docSet(truth, path, value);
    await this.commit(base, truth, (p) => trySpliceSet(p, base, path, value, this.fmt));
  }

  /**
   * Removes the value at `path` and saves. Containers it leaves empty are removed too, except an
   * objective (kept as `{}`: it stays selected) and the metadata.
   */
  async delete(path: Path): Promise<void> {
    if (this.get(path) === undefined) return;
    const base = await this.base();
    const truth = parse(base, this.file).doc;
    const keep = (p: Path) => (p.length === 2 && p[0] === 'objectives') || (p.length === 1 && p[0] === 'metadata');
    docDelete(truth, path, keep);
    // the splice handles the simple case (the entry has siblings); the reference handles pruning
    await this.commit(base, truth, (p) => trySpliceDelete(p, base, path));
  }

  /** Writes the file as it is now (init uses it for the skeleton). */
  async flush(): Promise<void> {
    await this.write(this.text);
  }

  private async base(): Promise<string> {
    if (this.onDisk === undefined) return this.text;
    let disk: string;
    try {
      disk = await readFile(this.file, 'utf8');
    } catch {
      return this.text; // removed or unreadable meanwhile: our copy is the best there is
    }
    if (disk === this.onDisk) return this.text;
    // another program changed the file: build on its version, never overwrite its changes
    const bom = disk.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const body = bom ? disk.slice(1) : disk;
    const crlf = body.includes('\r\n');
    const text = crlf ? body.replace(/\r\n/g, '\n') : body;
    parse(text, this.file); // throws YamlSyntaxError if it is no longer YAML: nothing is written
    this.bom = bom;
    this.crlf = crlf;
    this.text = text;
    this.onDisk = disk;
    this.events.onExternalChange?.();
    return text;
  }

  private async commit(base: string, truth: Document.Parsed, splice: (p: Parsed) => string | undefined): Promise<void> {
    const expected = toData(truth);
    let next: string | undefined;
    try {
      const candidate = splice(parse(base, this.file));
      if (candidate !== undefined) {
        const check = parse(candidate, this.file);
        if (sameData(toData(check.doc), expected)) next = candidate;
      }
    } catch {
      next = undefined;
    }
    if (next !== undefined) this.lastWrite = 'splice';
    else {
      next = truth.toString(stringifyOpts(this.fmt));
      this.lastWrite = 'document';
    }
    this.text = next;
    this.data = expected ?? {};
    await this.write(next);
  }

  // ---- editor support: the `# yaml-language-server: $schema=…` first line -------------------------

  /** Points the file's schema comment at `ref` and saves (only that comment changes). */
  async setSchemaModeline(ref: string): Promise<void> {
    const base = await this.base();
    const next = withModeline(base, ref);
    if (next === base) return;
    this.text = next;
    this.data = toData(parse(next, this.file).doc) ?? {};
    await this.write(next);
  }

  private async write(text: string): Promise<void> {
    const out = this.bom + (this.crlf ? text.replace(/\n/g, '\r\n') : text);
    if (out === this.onDisk) return;
    try {
      await writeFileAtomic(this.file, out);
    } catch (err) {
      throw new SaveError(this.file, err);
    }
    this.onDisk = out;
  }
}
