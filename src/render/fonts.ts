// Fonts embedded in the HTML report (issue 15 §4): the report's CSS names Noto families, which a
// reader's machine may not have. The HTML file (mode 'html' only: Chromium prints the PDF with the
// system fonts) therefore carries each face it uses as an @font-face rule with a data: URL, subset
// to the characters of the document, so it looks the same everywhere and still loads nothing.
//
// 1. The font stacks are read from the document's own CSS (font-family declarations, with the
//    custom properties they use), so a custom template's fonts are embedded too.
// 2. Every character of the document (text, CSS `content` strings, their upper and lower case for
//    text-transform) goes, per stack, to the first family whose font covers it, as the browser's
//    per-character fallback does; a family is embedded with the union over all stacks.
// 3. The font files are found with fontconfig (fc-list), or by their usual file names in the usual
//    font folders where fc-list is missing. Regular and bold faces of each family, italics when the
//    document sets text in italic.
// 4. Each face is subset with HarfBuzz's hb-subset (harfbuzzjs's harfbuzz-subset.wasm, a
//    self-contained WebAssembly module without imports, instantiated synchronously on first use),
//    hinting dropped (Chromium on Linux does not use it), layout features kept, and packed as WOFF
//    (zlib, node:zlib). A few milliseconds per face; subsets are kept for the rest of the run.
//
// A family that is not installed is reported (warnings) with how to install it: the HTML is
// still written, and then falls back to the reader's fonts for those characters.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { writeFileAtomicSync } from '../io/atomic.js';
import { decodeEntities } from './html.js';

/** One installed face, as fontconfig describes it. */
export interface FontFace {
  family: string;
  file: string;
  /** Face index in a collection (.ttc). */
  index: number;
  /** CSS weight (400, 700, …). */
  weight: number;
  italic: boolean;
}

/** A face embedded in the HTML. */
export interface EmbeddedFace {
  family: string;
  file: string;
  weight: number;
  italic: boolean;
  /** Characters the subset was asked for. */
  codePoints: number;
  /** Bytes of the WOFF file (before base64). */
  bytes: number;
  ms: number;
}

export interface EmbedResult {
  html: string;
  faces: EmbeddedFace[];
  /** Fonts the report names that are not installed, with how to install them. */
  warnings: string[];
}

export interface EmbedOptions {
  /** The installed faces (default: fontconfig, or the usual font folders). */
  fonts?: readonly FontFace[];
  env?: NodeJS.ProcessEnv;
}

// ---------------------------------------------------------------------------------------------
// Finding the fonts

/** fontconfig's weight scale → CSS weights. */
function cssWeight(fc: number): number {
  const scale: [number, number][] = [
    [0, 100],
    [40, 200],
    [50, 300],
    [80, 400],
    [100, 500],
    [180, 600],
    [200, 700],
    [205, 800],
    [210, 900],
  ];
  let best = scale[0]!;
  for (const s of scale) if (Math.abs(s[0] - fc) < Math.abs(best[0] - fc)) best = s;
  return best[1];
}

const FC_FORMAT = '%{family}\\t%{style}\\t%{weight}\\t%{slant}\\t%{file}\\t%{index}\\n';

/** Parses `fc-list --format FC_FORMAT` output. A face with several family names is listed under each. */
export function parseFcList(out: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const line of out.split('\n')) {
    const [families, , weight, slant, file, index] = line.split('\t');
    if (!families || !file || !/\.(ttf|otf|ttc|otc)$/i.test(file)) continue;
    const w = Number(weight);
    const face = {
      file,
      // a named instance of a variable font: the face is the low 16 bits
      index: Number(index) & 0xffff,
      weight: Number.isFinite(w) ? cssWeight(w) : 400,
      italic: Number(slant) > 0,
    };
    for (const family of families.split(',')) if (family.trim()) faces.push({ family: family.trim(), ...face });
  }
  return faces;
}

/** The usual font folders (where fc-list is missing: macOS, Windows, minimal Linux). */
function fontDirs(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir();
  const dirs = [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(env.XDG_DATA_HOME || join(home, '.local/share'), 'fonts'),
    join(home, '.fonts'),
    '/Library/Fonts',
    join(home, 'Library/Fonts'),
  ];
  if (env.WINDIR) dirs.push(join(env.WINDIR, 'Fonts'));
  if (env.LOCALAPPDATA) dirs.push(join(env.LOCALAPPDATA, 'Microsoft/Windows/Fonts'));
  return dirs;
}

/** Noto's file names: NotoSans-BoldItalic.ttf → Noto Sans, 700, italic (static fonts only). */
function facesFromFileNames(env: NodeJS.ProcessEnv): FontFace[] {
  const faces: FontFace[] = [];
  const styles: Record<string, [number, boolean]> = {
    Regular: [400, false],
    Italic: [400, true],
    Bold: [700, false],
    BoldItalic: [700, true],
  };
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < 4) walk(join(dir, e.name), depth + 1);
      const m = /^(Noto[A-Za-z]+)-(Regular|Italic|Bold|BoldItalic)\.(ttf|otf)$/.exec(e.name);
      if (!m || !(e.isFile() || e.isSymbolicLink())) continue;
      const family = m[1]!.replace(/(?<=[a-z])(?=[A-Z])/g, ' ');
      const [weight, italic] = styles[m[2]!]!;
      faces.push({ family, file: join(dir, e.name), index: 0, weight, italic });
    }
  };
  for (const d of fontDirs(env)) walk(d, 0);
  return faces;
}

let installed: { key: string; faces: FontFace[] } | undefined;

/**
 * The installed faces: fontconfig's list, else Noto files found by name. Read once per process
 * (again only when the environment points fontconfig elsewhere).
 */
export function installedFonts(env: NodeJS.ProcessEnv = process.env): FontFace[] {
  const key = [env.FONTCONFIG_FILE, env.FONTCONFIG_PATH, env.HOME, env.XDG_DATA_HOME, env.PATH].join('\0');
  if (installed?.key === key) return installed.faces;
  let faces: FontFace[] = [];
  try {
    faces = parseFcList(execFileSync('fc-list', ['--format', FC_FORMAT], { encoding: 'utf8', env, timeout: 20_000 }));
  } catch {
    // no fontconfig
  }
  if (!faces.length) faces = facesFromFileNames(env);
  installed = { key, faces };
  return faces;
}

// ---------------------------------------------------------------------------------------------
// Reading a font's character map (which characters it has)

const fileCache = new Map<string, Buffer>();
function fontBytes(file: string): Buffer {
  let b = fileCache.get(file);
  if (!b) {
    b = readFileSync(file);
    fileCache.set(file, b);
  }
  return b;
}

/** Offset of face `index`'s table directory (a collection holds several). */
function faceOffset(buf: Buffer, index: number): number {
  if (buf.toString('latin1', 0, 4) !== 'ttcf') return 0;
  const n = buf.readUInt32BE(8);
  if (index >= n) throw new Error(`font collection has ${n} faces, not ${index + 1}`);
  return buf.readUInt32BE(12 + 4 * index);
}

function findTable(buf: Buffer, index: number, tag: string): { offset: number; length: number } | undefined {
  const at = faceOffset(buf, index);
  const numTables = buf.readUInt16BE(at + 4);
  for (let i = 0; i < numTables; i++) {
    const rec = at + 12 + 16 * i;
    if (buf.toString('latin1', rec, rec + 4) === tag)
      return { offset: buf.readUInt32BE(rec + 8), length: buf.readUInt32BE(rec + 12) };
  }
  return undefined;
}

/** The characters a face maps to a glyph (its cmap: format 12 preferred, else format 4). */
export function fontCoverage(buf: Buffer, index = 0): (cp: number) => boolean {
  const cmap = findTable(buf, index, 'cmap');
  if (!cmap) return () => false;
  const base = cmap.offset;
  const n = buf.readUInt16BE(base + 2);
  let f12 = -1;
  let f4 = -1;
  for (let i = 0; i < n; i++) {
    const rec = base + 4 + 8 * i;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const sub = base + buf.readUInt32BE(rec + 4);
    const format = buf.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && f12 < 0) f12 = sub;
    if (format === 4 && f4 < 0) f4 = sub;
  }
  if (f12 >= 0) {
    const groups = buf.readUInt32BE(f12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = f12 + 16 + 12 * mid;
        if (cp < buf.readUInt32BE(g)) hi = mid - 1;
        else if (cp > buf.readUInt32BE(g + 4)) lo = mid + 1;
        else return buf.readUInt32BE(g + 8) + (cp - buf.readUInt32BE(g)) !== 0;
      }
      return false;
    };
  }
  if (f4 >= 0) {
    const segs = buf.readUInt16BE(f4 + 6) / 2;
    const ends = f4 + 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const ranges = deltas + 2 * segs;
    return (cp) => {
      if (cp > 0xffff) return false;
      for (let i = 0; i < segs; i++) {
        if (cp > buf.readUInt16BE(ends + 2 * i)) continue;
        const start = buf.readUInt16BE(starts + 2 * i);
        if (cp < start) return false;
        const ro = buf.readUInt16BE(ranges + 2 * i);
        const delta = buf.readUInt16BE(deltas + 2 * i);
        if (ro === 0) return ((cp + delta) & 0xffff) !== 0;
        const at = ranges + 2 * i + ro + 2 * (cp - start);
        if (at + 2 > buf.length) return false;
        const g = buf.readUInt16BE(at);
        return g !== 0 && ((g + delta) & 0xffff) !== 0;
      }
      return false;
    };
  }
  return () => false;
}

// ---------------------------------------------------------------------------------------------
// Subsetting (HarfBuzz hb-subset, WebAssembly)

interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(b: number): void;
  hb_blob_get_data(b: number, lengthPtr: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(f: number): void;
  hb_face_reference_blob(f: number): number;
  hb_set_add(s: number, v: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(i: number): void;
  hb_subset_input_unicode_set(i: number): number;
  hb_subset_input_set(i: number, which: number): number;
  hb_subset_input_set_flags(i: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

const WASM_NAME = 'harfbuzz-subset.wasm';
let hb: HbSubset | undefined;

/** Where harfbuzz-subset.wasm is: beside the bundle (scripts/build.mjs copies it), else in node_modules. */
export function subsetWasmPath(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), WASM_NAME);
  try {
    if (statSync(beside).isFile()) return beside;
  } catch {
    // not bundled: the checkout's node_modules
  }
  return createRequire(import.meta.url).resolve(`harfbuzzjs/dist/${WASM_NAME}`);
}

function subsetter(): HbSubset {
  if (hb) return hb;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(subsetWasmPath())), {});
  const x = instance.exports as unknown as HbSubset;
  x._initialize();
  return (hb = x);
}

/** Changes when the subsets would differ (flags, features, WOFF packing): old cache entries are then not used. */
const CACHE_VERSION = 'hb1';
const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const tag = (s: string) =>
  ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;
/** Layout features kept beside hb-subset's default set (the shaping ones): what the CSS may ask for. */
const EXTRA_FEATURES = ['tnum', 'lnum', 'pnum', 'onum', 'frac', 'sups', 'subs', 'ordn', 'case', 'zero'];

/** A subset of one face (an OpenType/TrueType file) holding the given characters. */
export function subsetFont(font: Uint8Array, index: number, codePoints: Iterable<number>): Uint8Array {
  const x = subsetter();
  const ptr = x.malloc(font.length);
  if (!ptr) throw new Error('out of memory for the font');
  new Uint8Array(x.memory.buffer, ptr, font.length).set(font);
  const blob = x.hb_blob_create(ptr, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = x.hb_face_create(blob, index);
  x.hb_blob_destroy(blob);
  const input = x.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('hb-subset could not start');
    const unicodes = x.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) x.hb_set_add(unicodes, cp);
    const features = x.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    for (const f of EXTRA_FEATURES) x.hb_set_add(features, tag(f));
    x.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    const result = x.hb_subset_or_fail(face, input);
    if (!result) throw new Error('hb-subset failed on this font');
    const out = x.hb_face_reference_blob(result);
    const lenPtr = x.malloc(4);
    const data = x.hb_blob_get_data(out, lenPtr);
    const len = new Uint32Array(x.memory.buffer, lenPtr, 1)[0]!;
    const bytes = new Uint8Array(x.memory.buffer, data, len).slice();
    x.free(lenPtr);
    x.hb_blob_destroy(out);
    x.hb_face_destroy(result);
    return bytes;
  } finally {
    if (input) x.hb_subset_input_destroy(input);
    x.hb_face_destroy(face);
    x.free(ptr);
  }
}

/** An sfnt (TrueType/OpenType) file as WOFF 1.0: each table zlib-compressed where that is smaller. */
export function toWoff(sfnt: Uint8Array): Buffer {
  const src = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = src.readUInt16BE(4);
  const tables: { tag: number; checksum: number; orig: number; data: Buffer }[] = [];
  let sfntSize = 12 + 16 * numTables;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const offset = src.readUInt32BE(rec + 8);
    const length = src.readUInt32BE(rec + 12);
    const raw = src.subarray(offset, offset + length);
    const z = deflateSync(raw, { level: 9 });
    tables.push({
      tag: src.readUInt32BE(rec),
      checksum: src.readUInt32BE(rec + 4),
      orig: length,
      data: z.length < length ? z : raw,
    });
    sfntSize += (length + 3) & ~3;
  }
  tables.sort((a, b) => a.tag - b.tag);
  const header = 44 + 20 * numTables;
  let size = header;
  for (const t of tables) size += (t.data.length + 3) & ~3;
  const out = Buffer.alloc(size);
  out.write('wOFF', 0, 'latin1');
  out.writeUInt32BE(src.readUInt32BE(0), 4); // flavor: the sfnt version
  out.writeUInt32BE(size, 8);
  out.writeUInt16BE(numTables, 12);
  out.writeUInt32BE(sfntSize, 16);
  out.writeUInt16BE(1, 20); // font version 1.0
  let at = header;
  tables.forEach((t, i) => {
    const rec = 44 + 20 * i;
    out.writeUInt32BE(t.tag, rec);
    out.writeUInt32BE(at, rec + 4);
    out.writeUInt32BE(t.data.length, rec + 8);
    out.writeUInt32BE(t.orig, rec + 12);
    out.writeUInt32BE(t.checksum, rec + 16);
    t.data.copy(out, at);
    at += (t.data.length + 3) & ~3;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// What the document uses

const GENERIC = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
  'inherit',
  'initial',
  'unset',
  'revert',
  'revert-layer',
]);

function familyList(value: string): string[] {
  const out: string[] = [];
  for (const part of value.replace(/!important/i, '').split(',')) {
    const name = part
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2')
      .trim();
    if (name && !GENERIC.has(name.toLowerCase()) && !/^var\(/i.test(name)) out.push(name);
  }
  return out;
}

/**
 * Whether a selector may match in the document: its classes are all used, its element names all
 * occur, and its :lang() is a language of the document (of <html> for html:lang()). A coarse test,
 * never wrong the other way: other pseudo-classes, attributes and combinators are not checked.
 * Without a document, every selector may match.
 */
/** What a selector asks of the document, read once per selector (the same style sheet serves every report). */
interface SelectorNeeds {
  any: boolean;
  classes: string[];
  tags: string[];
  /** :lang() ranges; root: on html itself */
  langs: { range: string; root: boolean }[];
  /** [lang='x'] values */
  attrLangs: string[];
}
const selectorNeeds = new Map<string, SelectorNeeds>();
function needsOf(selector: string): SelectorNeeds {
  let n = selectorNeeds.get(selector);
  if (n) return n;
  n = { any: /^\s*@/.test(selector), classes: [], tags: [], langs: [], attrLangs: [] };
  const onHtml = selector.trim().toLowerCase().startsWith('html');
  for (const m of selector.matchAll(/(^|[\s>+~])?(html)?(?::root)?:lang\(\s*["']?([\w-]+)["']?\s*\)/gi))
    n.langs.push({ range: m[3]!.toLowerCase(), root: Boolean(m[2]) && onHtml });
  for (const m of selector.matchAll(/\[\s*lang\s*=\s*["']?([\w-]+)["']?\s*\]/gi)) n.attrLangs.push(m[1]!.toLowerCase());
  const s = selector.replace(/\[[^\]]*\]/g, '').replace(/::?[\w-]+(\([^)]*\))?/g, '');
  for (const m of s.matchAll(/\.([\w-]+)/g)) n.classes.push(m[1]!);
  for (const m of s.matchAll(/(?:^|[\s>+~])([a-z][a-z0-9-]*)/gi)) n.tags.push(m[1]!.toLowerCase());
  if (selectorNeeds.size > 20_000) selectorNeeds.clear();
  selectorNeeds.set(selector, n);
  return n;
}

let lastTest: { html: string; test: (selector: string) => boolean } | undefined;
function selectorTest(html?: string): (selector: string) => boolean {
  if (html === undefined) return () => true;
  if (lastTest?.html === html) return lastTest.test;
  const classes = new Set<string>();
  for (const m of html.matchAll(/\sclass\s*=\s*"([^"]*)"/gi)) for (const c of m[1]!.split(/\s+/)) if (c) classes.add(c);
  const tags = new Set<string>();
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)/gi)) tags.add(m[1]!.toLowerCase());
  const langs = new Set<string>();
  for (const m of html.matchAll(/\slang\s*=\s*["']?([\w-]+)/gi)) langs.add(m[1]!.toLowerCase());
  const root = /<html\b[^>]*\slang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1]?.toLowerCase() ?? '';
  const isLang = (l: string, range: string) => l === range || l.startsWith(`${range}-`);
  const test = (selector: string): boolean => {
    const n = needsOf(selector);
    if (n.any) return true;
    for (const { range, root: onRoot } of n.langs)
      if (onRoot ? !isLang(root, range) : ![...langs].some((l) => isLang(l, range))) return false;
    // [lang='en']: an element of the document has that language
    for (const l of n.attrLangs) if (!langs.has(l)) return false;
    for (const c of n.classes) if (!classes.has(c)) return false;
    for (const t of n.tags) if (!tags.has(t)) return false;
    return true;
  };
  lastTest = { html, test };
  return test;
}

/** CSS rules (selector list, declarations), nested blocks (@media) flattened. */
let lastRules: { css: string; rules: { selectors: string[]; body: string }[] } | undefined;
function cssRules(css: string): { selectors: string[]; body: string }[] {
  if (lastRules?.css === css) return lastRules.rules;
  const rules = parseRules(css);
  lastRules = { css, rules };
  return rules;
}
function parseRules(css: string): { selectors: string[]; body: string }[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/([^{}]*)\{([^{}]*)\}/g)].map((m) => ({
    selectors: m[1]!.split(',').map((x) => x.trim()),
    body: m[2]!,
  }));
}

/** A selector of the root element alone (:root, html, html:lang(ar)): its rules cascade into one value. */
const ROOT_SELECTOR = /^(?::root|html)(?::root|:lang\([^)]*\))*$/i;

/** Specificity, roughly: ids, then classes, attributes and pseudo-classes, then element names. */
function specificity(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]|(?<!:):[\w-]+/g) ?? []).length;
  const types = (selector.replace(/\([^)]*\)/g, '').match(/(?:^|[\s>+~])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10_000 + classes * 100 + types;
}

/**
 * The font stacks of a stylesheet: every font-family value, custom properties (var(--x))
 * resolved. With the document, rules whose selectors cannot match it are left out (the code
 * font of a report without code, the Arabic fonts of an English report), and a custom property
 * set on the root element takes the value the cascade gives it there.
 */
export function fontStacks(css: string, html?: string): string[][] {
  const rules = cssRules(css);
  const mayMatch = selectorTest(html);
  const props = new Map<string, string[]>();
  const rootProps = new Map<string, { value: string; specificity: number }>();
  for (const r of rules) {
    const matching = r.selectors.filter(mayMatch);
    if (!matching.length) continue;
    const onRoot = html !== undefined && matching.every((sel) => ROOT_SELECTOR.test(sel));
    const spec = Math.max(...matching.map(specificity));
    for (const m of r.body.matchAll(/(--[\w-]+)\s*:\s*([^;]*)/g)) {
      const name = m[1]!;
      if (onRoot) {
        const old = rootProps.get(name);
        if (!old || spec >= old.specificity) rootProps.set(name, { value: m[2]!, specificity: spec });
      } else props.set(name, [...(props.get(name) ?? []), m[2]!]);
    }
  }
  for (const [name, { value }] of rootProps) props.set(name, [...(props.get(name) ?? []), value]);
  const stacks: string[][] = [];
  const seen = new Set<string>();
  const add = (value: string, depth = 0) => {
    const v = /^\s*var\(\s*(--[\w-]+)\s*(?:,([^)]*))?\)\s*$/.exec(value);
    if (v) {
      if (depth > 5) return;
      const defs = props.get(v[1]!);
      if (defs) for (const d of defs) add(d, depth + 1);
      else if (v[2]) add(v[2], depth + 1);
      return;
    }
    const list = familyList(value);
    const key = list.join('\u0000');
    if (list.length && !seen.has(key)) {
      seen.add(key);
      stacks.push(list);
    }
  };
  for (const r of rules) {
    if (!r.selectors.some(mayMatch)) continue;
    for (const m of r.body.matchAll(/(?<![\w-])font-family\s*:\s*([^;]*)/gi)) add(m[1]!);
  }
  return stacks;
}

/** Characters the browser may draw: the text, CSS content strings, and their case for text-transform. */
export function documentCodePoints(html: string): Set<number> {
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!).join('\n');
  const body = decodeEntities(
    html
      .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' '),
  );
  const content = [...css.matchAll(/content\s*:\s*(['"])((?:\\.|(?!\1).)*)\1/g)]
    .map((m) => m[2]!.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))))
    .join('');
  const text = body + content;
  // always: space, the hyphens and ellipsis the browser inserts, digits (counters, page numbers)
  const set = new Set<number>([...' \u00a0-\u2010\u2011\u00ad\u2026.0123456789'].map((c) => c.codePointAt(0)!));
  // a table of the BMP seen (a Set.add per character of a long report is the slow part)
  const seen = new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        set.add(cp);
        i++;
        continue;
      }
    }
    seen[u] = 1;
  }
  for (let u = 0; u < 0x10000; u++) if (seen[u]) set.add(u);
  // text-transform: the upper and lower case of each character
  for (const cp of [...set])
    for (const cased of [String.fromCodePoint(cp).toUpperCase(), String.fromCodePoint(cp).toLowerCase()])
      for (const c of cased) set.add(c.codePointAt(0)!);
  for (const cp of [...set]) if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) set.delete(cp);
  return set;
}

/** Whether the document sets any text in italic (elements that are italic by default, or a CSS rule that may apply). */
export function usesItalic(html: string, css: string): boolean {
  if (/<(em|i|cite|dfn|var|address)\b/i.test(html)) return true;
  const mayMatch = selectorTest(html);
  return cssRules(css).some(
    (r) =>
      /font-style\s*:\s*(italic|oblique)/i.test(r.body) && r.selectors.some((s) => !s.startsWith('@') && mayMatch(s)),
  );
}

// ---------------------------------------------------------------------------------------------
// Embedding

/** Debian/Ubuntu package of a family, for the warning. */
function packageFor(family: string): string {
  if (/CJK/i.test(family)) return 'fonts-noto-cjk';
  if (/^Noto Color Emoji$/i.test(family)) return 'fonts-noto-color-emoji';
  if (/^Noto /i.test(family)) return 'fonts-noto-core';
  return '';
}

function installHint(families: string[]): string {
  const pkgs = [...new Set(families.map(packageFor).filter(Boolean))];
  return pkgs.length
    ? `install ${pkgs.join(' and ')} (Debian/Ubuntu: sudo apt-get install ${pkgs.join(' ')}; elsewhere: the Noto fonts from https://fonts.google.com/noto), then render again`
    : 'install the font, then render again';
}

/** The comment that starts the embedded fonts' rules in the style sheet. */
export const FONTS_MARK = "the report's fonts, subset to its characters (gcm-review)";

const subsetCache = new Map<string, Buffer>();
const fileHashes = new Map<string, string>();

/** Forgets the fonts read and subsets made in this process (the installed list too): for a long run, and tests. */
export function clearFontCaches(): void {
  subsetCache.clear();
  fileHashes.clear();
  fileCache.clear();
  installed = undefined;
}

/** Subsets kept on disk: $XDG_CACHE_HOME/gcm-review/fonts (or ~/.cache/…); GCM_REVIEW_FONT_CACHE=0 turns it off. */
export function fontCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GCM_REVIEW_FONT_CACHE === '0') return undefined;
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'gcm-review', 'fonts');
}

/** The cache keeps its newest CACHE_KEEP subsets (about 10 kB each); older ones go when it grows past twice that. */
const CACHE_KEEP = 300;
function pruneCache(dir: string): void {
  const names = readdirSync(dir).filter((n) => n.endsWith('.woff'));
  if (names.length <= 2 * CACHE_KEEP) return;
  const aged = names
    .map((n) => {
      try {
        return { n, t: statSync(join(dir, n)).mtimeMs };
      } catch {
        return { n, t: 0 };
      }
    })
    .sort((a, b) => b.t - a.t);
  for (const { n } of aged.slice(CACHE_KEEP)) rmSync(join(dir, n), { force: true });
}

/**
 * The WOFF subset of one face: from this run's memory, from the disk cache (keyed by a hash of
 * the font file, the face and the characters), or made now and then stored (atomically; a cache
 * that cannot be written is skipped).
 */
function cachedSubset(face: FontFace, codePoints: number[], cpHash: string, env: NodeJS.ProcessEnv): Buffer {
  let fileHash = fileHashes.get(face.file);
  if (!fileHash) {
    fileHash = createHash('sha256').update(fontBytes(face.file)).digest('hex').slice(0, 32);
    fileHashes.set(face.file, fileHash);
  }
  const key = `${fileHash}-${face.index}-${cpHash.slice(0, 32)}-${CACHE_VERSION}`;
  let woff = subsetCache.get(key);
  if (woff) return woff;
  const dir = fontCacheDir(env);
  const path = dir ? join(dir, `${key}.woff`) : undefined;
  if (path) {
    try {
      const b = readFileSync(path);
      if (b.toString('latin1', 0, 4) === 'wOFF' && b.readUInt32BE(8) === b.length) woff = b;
    } catch {
      // not cached yet
    }
  }
  if (!woff) {
    woff = toWoff(subsetFont(fontBytes(face.file), face.index, codePoints));
    if (path) {
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileAtomicSync(path, woff);
        pruneCache(dirname(path));
      } catch {
        // a read-only home: no cache
      }
    }
  }
  subsetCache.set(key, woff);
  return woff;
}

/** CSS unicode-range of a set of characters: "U+915-917, U+93F". */
export function unicodeRange(cps: Iterable<number>): string {
  const sorted = [...new Set(cps)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The letters, digits and marks of a set (what a reader misses when a font is missing). */
const isWordChar = (cp: number) => /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(cp));

/**
 * Adds @font-face rules with the subset fonts the document uses (data: URLs) to an HTML document.
 * Never throws for a missing font: the document is returned with what could be embedded and a
 * warning per missing family.
 */
export function embedFonts(html: string, opts: EmbedOptions = {}): EmbedResult {
  const env = opts.env ?? process.env;
  // GCM_REVIEW_EMBED_FONTS=0: the HTML as it was (smaller; readers' own fonts are used)
  if (env.GCM_REVIEW_EMBED_FONTS === '0') return { html, faces: [], warnings: [] };
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!).join('\n');
  const stacks = fontStacks(css, html);
  if (!stacks.length) return { html, faces: [], warnings: [] };
  const fonts = opts.fonts ?? installedFonts(env);
  const byFamily = new Map<string, FontFace[]>();
  for (const f of fonts) {
    const k = f.family.toLowerCase();
    byFamily.set(k, [...(byFamily.get(k) ?? []), f]);
  }
  const cps = [...documentCodePoints(html)].sort((a, b) => a - b);
  const regular = (family: string) => {
    const faces = byFamily.get(family.toLowerCase()) ?? [];
    return faces.find((f) => !f.italic && f.weight === 400) ?? faces.find((f) => !f.italic) ?? faces[0];
  };
  const coverage = new Map<string, (cp: number) => boolean>();
  const covers = (family: string, cp: number) => {
    let c = coverage.get(family.toLowerCase());
    if (!c) {
      const face = regular(family)!;
      try {
        c = fontCoverage(fontBytes(face.file), face.index);
      } catch {
        c = () => false;
      }
      coverage.set(family.toLowerCase(), c);
    }
    return c(cp);
  };

  // each character, per stack, to the first installed family that has it
  const wanted = new Map<string, Set<number>>();
  // families not installed that the document needs: the first choice of a stack, or a family of
  // a stack none of whose installed families has some of the document's letters
  const missing = new Set<string>();
  // the first installed family of each stack
  const stackHeads = new Set<string>();
  for (const stack of stacks) {
    const present = stack.filter((f) => regular(f));
    const absent = stack.filter((f) => !regular(f));
    let uncovered = false;
    for (const cp of cps) {
      const family = present.find((f) => covers(f, cp));
      if (family) {
        const set = wanted.get(family) ?? new Set<number>();
        set.add(cp);
        wanted.set(family, set);
      } else if (isWordChar(cp)) uncovered = true;
    }
    if (present[0]) stackHeads.add(present[0]);
    if (absent.includes(stack[0]!)) missing.add(stack[0]!);
    if (uncovered) absent.forEach((f) => missing.add(f));
  }

  const italic = usesItalic(html, css);
  const faces: EmbeddedFace[] = [];
  const rules: string[] = [];
  const failed: string[] = [];
  /**
   * Embeds a family's faces under a name of the CSS: regular and bold, and their italics when the
   * document has italic text (the face of that weight and style, or none: the browser then makes
   * it up, as it does with system fonts); with a unicode-range when it serves only some characters.
   */
  const embed = (name: string, all: readonly FontFace[], set: Iterable<number>, range?: string) => {
    const chosen: { face: FontFace; weight: number; italic: boolean }[] = [];
    for (const [weight, it] of [
      [400, false],
      [700, false],
      [400, true],
      [700, true],
    ] as [number, boolean][]) {
      if (it && !italic) continue;
      const face =
        all.find((f) => f.italic === it && f.weight === weight) ??
        all.find((f) => f.italic === it && Math.abs(f.weight - weight) <= 100);
      if (face) chosen.push({ face, weight, italic: it });
    }
    const codePoints = [...set].sort((x, y) => x - y);
    const hash = createHash('sha256').update(Uint32Array.from(codePoints)).digest('hex');
    // one rule per file (a variable font serves several weights)
    const byFile = new Map<string, { face: FontFace; weights: number[]; italic: boolean }>();
    for (const c of chosen) {
      const k = `${c.face.file}#${c.face.index}#${c.italic}`;
      const e = byFile.get(k);
      if (e) e.weights.push(c.weight);
      else byFile.set(k, { face: c.face, weights: [c.weight], italic: c.italic });
    }
    for (const { face, weights, italic: it } of byFile.values()) {
      const t0 = performance.now();
      let woff: Buffer;
      try {
        woff = cachedSubset(face, codePoints, hash, env);
      } catch (err) {
        failed.push(`${face.file} (${(err as Error).message})`);
        continue;
      }
      const weight = weights.length > 1 ? `${Math.min(...weights)} ${Math.max(...weights)}` : String(weights[0]);
      rules.push(
        `@font-face { font-family: ${JSON.stringify(name)}; font-style: ${it ? 'italic' : 'normal'}; font-weight: ${weight}; src: url(data:font/woff;base64,${woff.toString('base64')}) format("woff");${range ? ` unicode-range: ${range};` : ''} }`,
      );
      faces.push({
        family: face.family === name ? name : `${face.family} (as ${name})`,
        file: face.file,
        weight: weights[0]!,
        italic: it,
        codePoints: codePoints.length,
        bytes: woff.length,
        ms: performance.now() - t0,
      });
    }
  };
  for (const [family, set] of wanted) embed(family, byFamily.get(family.toLowerCase()) ?? [], set);

  // letters no font of the style sheet has (a name in Devanagari, Thai, Amharic…): the browser
  // would take them from whatever font the reader's machine has. They come from the Noto font of
  // their script installed here (a serif one for a serif stack where there is one), embedded under
  // each stack's first family for those characters only (unicode-range). Letters some stack's
  // fonts have are not counted (a stack for English text alone does not make an Arabic report's
  // letters missing).
  const covered = new Set<number>();
  for (const set of wanted.values()) for (const cp of set) covered.add(cp);
  const orphans = cps.filter((cp) => !covered.has(cp) && isWordChar(cp));
  for (const family of orphans.length ? stackHeads : []) {
    const set = orphans;
    const serif = /serif/i.test(family) && !/sans/i.test(family);
    const candidates = [...byFamily.entries()]
      .filter(([k, list]) => k.startsWith('noto ') && !/cjk|emoji|color/i.test(k) && list.some((f) => !f.italic))
      .sort(([x], [y]) => {
        const rank = (k: string) =>
          /^noto serif /.test(k) ? (serif ? 0 : 2) : /^noto sans /.test(k) ? (serif ? 1 : 0) : serif ? 2 : 1;
        return rank(x) - rank(y) || x.localeCompare(y);
      });
    const bySource = new Map<string, number[]>();
    for (const cp of set) {
      const hit = candidates.find(([k]) => covers(k, cp));
      if (!hit) continue;
      bySource.set(hit[0], [...(bySource.get(hit[0]) ?? []), cp]);
    }
    for (const [source, cpsOf] of bySource) embed(family, byFamily.get(source)!, cpsOf, unicodeRange(cpsOf));
  }

  const warnings: string[] = [];
  if (missing.size) {
    const names = [...missing];
    warnings.push(
      `the HTML report does not carry the font${names.length === 1 ? '' : 's'} ${names.map((f) => `"${f}"`).join(', ')}: not installed on this computer, so readers see their own fonts there. To embed ${names.length === 1 ? 'it' : 'them'}, ${installHint(names)}.`,
    );
  }
  for (const f of failed) warnings.push(`the HTML report does not carry the font ${f}`);
  if (!rules.length) return { html, faces, warnings };
  // Chromium lays web fonts out with hinted, whole-pixel advances and system fonts with
  // fractional ones (fontconfig's hintslight): lines then break in other places. Without hinting
  // (geometricPrecision), the embedded faces measure exactly as the installed ones do.
  const added = `\n/* ${FONTS_MARK} */\n${rules.join('\n')}\nhtml { text-rendering: geometricPrecision; }\n`;
  // at the end of the document's first style sheet (after its own html rule); a document without one gets one
  const close = /<\/style>/i.exec(html);
  const head = /<\/head>/i.exec(html);
  const out = close
    ? html.slice(0, close.index) + added + html.slice(close.index)
    : head
      ? `${html.slice(0, head.index)}<style>${added}</style>${html.slice(head.index)}`
      : `<style>${added}</style>${html}`;
  return { html: out, faces, warnings };
}
