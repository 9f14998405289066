// Reading back (and lightly mending) what Chromium wrote, without parsing the whole file:
//  - readDestinations: the page each named destination (an element id a link points to) lands
//    on, and the page count, to check the table of contents;
//  - retitleOutline: Chromium builds bookmark titles from the painted text of each heading, so a
//    title loses the space where the heading wraps ("people toleave") and a heading at the top of
//    a page can come out twice ("ContentsContents"). The bookmarks are given the headings' real
//    text by an incremental update (new versions of the outline items appended to the file).
// A small reader for Chromium's own output (classic cross-reference tables, plain dictionaries)
// does this in about a millisecond; a file it cannot read falls back to pdf-lib (destinations)
// or is left as it is (bookmarks).

export interface PdfDestinations {
  pages: number;
  /** Element id → 1-based page number. */
  dests: Map<string, number>;
}

export class Unreadable extends Error {}

export function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Bytes (as a latin1 string) of a PDF literal string body, escapes resolved. */
function literalBytes(raw: string): string {
  return raw.replace(/\\(\r\n|\n|\r|[nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    if (e === '\n' || e === '\r' || e === '\r\n') return '';
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return map[e] ?? String.fromCharCode(parseInt(e, 8) & 0xff);
  });
}

/** A PDF text string's bytes → text (UTF-16BE with a byte order mark, UTF-8 with one, else PDFDocEncoding ~ Latin-1). */
function textFromBytes(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) {
    let s = '';
    for (let i = 2; i + 1 < bytes.length; i += 2)
      s += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return s;
  }
  if (bytes.startsWith('\xef\xbb\xbf')) return Buffer.from(bytes.slice(3), 'latin1').toString('utf8');
  return bytes;
}

/** The text of a /Title value: (literal) or <hex>. */
export function decodeTextValue(v: string): string | undefined {
  const lit = /^\(((?:\\[\s\S]|[^\\)])*)\)$/.exec(v);
  if (lit) return textFromBytes(literalBytes(lit[1]!));
  const hex = /^<([0-9A-Fa-f\s]*)>$/.exec(v);
  if (hex) {
    const h = hex[1]!.replace(/\s+/g, '');
    return textFromBytes(Buffer.from(h.length % 2 ? h + '0' : h, 'hex').toString('latin1'));
  }
  return undefined;
}

export function encodeTextHex(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Chromium's PDF: cross-reference chain, trailer, and objects read on demand. */
export class ChromiumPdf {
  readonly buf: Buffer;
  readonly offsets = new Map<number, number>();
  /** Where older versions of objects start (replaced by an incremental update; not in `offsets`). */
  readonly superseded: number[] = [];
  /** Where each cross-reference section starts, newest first. */
  readonly sections: number[] = [];
  readonly trailer: string;
  readonly xrefAt: number;
  private pageOrder: number[] | undefined;

  constructor(bytes: Uint8Array) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tail = this.text(Math.max(0, this.buf.length - 2048), 2048);
    const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!sx) throw new Unreadable('no startxref');
    this.xrefAt = Number(sx[1]);
    let at: number | undefined = this.xrefAt;
    let first: string | undefined;
    const seen = new Set<number>();
    while (at !== undefined) {
      if (seen.has(at) || seen.size > 64) throw new Unreadable('xref loop');
      seen.add(at);
      this.sections.push(at);
      const trailer = this.readXrefSection(at);
      first ??= trailer;
      const prev = /\/Prev\s+(\d+)/.exec(trailer);
      at = prev ? Number(prev[1]) : undefined;
    }
    this.trailer = first!;
  }

  text(from: number, len: number): string {
    return this.buf.subarray(from, Math.min(this.buf.length, from + len)).toString('latin1');
  }

  /** Reads one xref table section (entries not already known: newer sections come first); returns its trailer. */
  private readXrefSection(at: number): string {
    if (!this.text(at, 4).startsWith('xref')) throw new Unreadable('cross-reference stream');
    let pos = at + 4;
    for (;;) {
      const m = /^\s*(\d+)\s+(\d+)[ \t]*(\r\n|\r|\n)/.exec(this.text(pos, 64));
      if (!m) break;
      const first = Number(m[1]);
      const count = Number(m[2]);
      pos += m[0].length;
      // 20-byte entries "oooooooooo ggggg n\r\n", read as bytes (a tagged report has thousands)
      const buf = this.buf;
      const end = Math.min(buf.length, pos + count * 20);
      for (let i = 0, e = pos; i < count && e + 18 <= end; i++, e += 20) {
        const kind = buf[e + 17];
        if (kind !== 0x6e && kind !== 0x66) continue; // 'n', 'f'
        let at = 0;
        for (let k = 0; k < 10; k++) {
          const d = buf[e + k]! - 0x30;
          if (d < 0 || d > 9) {
            at = Number(this.text(e, 10));
            break;
          }
          at = at * 10 + d;
        }
        if (this.offsets.has(first + i)) {
          if (kind === 0x6e && Number.isFinite(at)) this.superseded.push(at);
        } else this.offsets.set(first + i, kind === 0x6e ? at : -1);
      }
      pos += count * 20;
    }
    const t = this.text(pos, 4096);
    const start = t.indexOf('trailer');
    const end = t.indexOf('startxref');
    if (start < 0) throw new Unreadable('no trailer');
    return t.slice(start + 7, end > start ? end : undefined);
  }

  /** The body of object n (between "obj" and "endobj"); only for objects without streams. */
  obj(n: number): string {
    const at = this.offsets.get(n);
    if (at === undefined || at < 0) throw new Unreadable(`object ${n} missing`);
    let len = 4096;
    for (;;) {
      const s = this.text(at, len);
      const end = s.indexOf('endobj');
      if (end >= 0) {
        const body = s.slice(0, end);
        const head = /^\s*\d+\s+\d+\s+obj/.exec(body);
        if (!head) throw new Unreadable('bad object');
        if (/\bstream[\r\n]/.test(body)) throw new Unreadable('stream object');
        return body.slice(head[0].length).trim();
      }
      if (at + len >= this.buf.length) throw new Unreadable('unterminated object');
      len *= 4;
    }
  }

  /** Object n as a stream: its dictionary and its raw (still encoded) bytes. */
  stream(n: number): { dict: string; data: Buffer } {
    const at = this.offsets.get(n);
    if (at === undefined || at < 0) throw new Unreadable(`object ${n} missing`);
    const head = this.text(at, 4096);
    const m = /^\s*\d+\s+\d+\s+obj\s*(<<[\s\S]*?>>)\s*stream(\r\n|\n)/.exec(head);
    if (!m) throw new Unreadable('not a stream');
    const dict = m[1]!;
    const lenRef = /\/Length\s+(\d+)\s+0\s+R/.exec(dict);
    const len = lenRef ? Number(this.obj(Number(lenRef[1]))) : Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
    if (!Number.isFinite(len)) throw new Unreadable('stream without a length');
    const start = at + m.index + m[0].length;
    return { dict, data: this.buf.subarray(start, start + len) };
  }

  ref(dict: string, key: string): number | undefined {
    const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
    return m ? Number(m[1]) : undefined;
  }

  catalog(): string {
    const root = this.ref(this.trailer, 'Root');
    if (root === undefined) throw new Unreadable('no /Root');
    return this.obj(root);
  }

  pages(): number[] {
    if (this.pageOrder) return this.pageOrder;
    const pagesRef = this.ref(this.catalog(), 'Pages');
    if (pagesRef === undefined) throw new Unreadable('no /Pages');
    const order: number[] = [];
    const walk = (n: number, depth: number): void => {
      if (depth > 64) throw new Unreadable('page tree too deep');
      const o = this.obj(n);
      if (/\/Type\s*\/Pages\b/.test(o)) {
        const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o);
        if (!kids) throw new Unreadable('no /Kids');
        for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
      } else order.push(n);
    };
    walk(pagesRef, 0);
    return (this.pageOrder = order);
  }
}

function readFast(bytes: Uint8Array): PdfDestinations {
  return destsOf(new ChromiumPdf(bytes));
}

function destsOf(pdf: ChromiumPdf): PdfDestinations {
  const catalog = pdf.catalog();
  const order = pdf.pages();
  const pageIndex = new Map(order.map((n, i) => [n, i + 1]));
  const dests = new Map<string, number>();
  const destsRef = pdf.ref(catalog, 'Dests');
  if (destsRef !== undefined) {
    const d = pdf.obj(destsRef);
    for (const m of d.matchAll(/\/([^\s/[\]()<>{}%]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
      const p = pageIndex.get(Number(m[2]));
      if (p) dests.set(decodeName(m[1]!), p);
    }
  }
  const names = /\/Names\s*<<([^>]*)>>/.exec(catalog);
  const namesRef = names ? pdf.ref(names[1]!, 'Dests') : undefined;
  if (namesRef !== undefined) {
    const visitTree = (n: number, depth: number): void => {
      if (depth > 32) throw new Unreadable('name tree too deep');
      const o = pdf.obj(n);
      const list = /\/Names\s*\[([\s\S]*)\]/.exec(o);
      if (list) {
        for (const m of list[1]!.matchAll(
          /(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)\s*(?:\[\s*(\d+)\s+0\s+R|(\d+)\s+0\s+R)/g,
        )) {
          let pageObj = m[2] ? Number(m[2]) : undefined;
          if (pageObj === undefined && m[3]) {
            const pm = /\[\s*(\d+)\s+0\s+R/.exec(pdf.obj(Number(m[3])));
            if (pm) pageObj = Number(pm[1]);
          }
          const p = pageObj !== undefined ? pageIndex.get(pageObj) : undefined;
          const name = decodeTextValue(m[1]!);
          if (p && name !== undefined) dests.set(name, p);
        }
      }
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o);
      if (kids) for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) visitTree(Number(k[1]), depth + 1);
    };
    visitTree(namesRef, 0);
  }
  return { pages: order.length, dests };
}

/** pdf-lib fallback: slower (parses the whole file) but reads any PDF. */
async function readWithPdfLib(bytes: Uint8Array): Promise<PdfDestinations> {
  const { PDFDocument, PDFName, PDFDict, PDFArray, PDFRef, PDFString, PDFHexString } = await import('pdf-lib');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((p, i) => [p.ref.toString(), i + 1]));
  const dests = new Map<string, number>();
  const ctx = doc.context;
  const pageOf = (v: unknown): number | undefined => {
    const arr = v instanceof PDFRef ? ctx.lookup(v) : v;
    const a = arr instanceof PDFDict ? arr.get(PDFName.of('D')) : arr;
    const resolved = a instanceof PDFRef ? ctx.lookup(a) : a;
    if (resolved instanceof PDFArray) {
      const first = resolved.get(0);
      if (first instanceof PDFRef) return pageIndex.get(first.toString());
    }
    return undefined;
  };
  const catalog = doc.catalog;
  const d = catalog.lookup(PDFName.of('Dests'));
  if (d instanceof PDFDict) {
    for (const [k, v] of d.entries()) {
      const p = pageOf(v);
      if (p) dests.set(decodeName(k.asString().slice(1)), p);
    }
  }
  const names = catalog.lookup(PDFName.of('Names'));
  if (names instanceof PDFDict) {
    const tree = names.lookup(PDFName.of('Dests'));
    const visit = (node: unknown, depth: number) => {
      if (!(node instanceof PDFDict) || depth > 32) return;
      const arr = node.lookup(PDFName.of('Names'));
      if (arr instanceof PDFArray) {
        for (let i = 0; i + 1 < arr.size(); i += 2) {
          const key = arr.lookup(i);
          const name = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : undefined;
          const p = pageOf(arr.get(i + 1));
          if (name && p) dests.set(name, p);
        }
      }
      const kids = node.lookup(PDFName.of('Kids'));
      if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) visit(kids.lookup(i), depth + 1);
    };
    visit(tree, 0);
  }
  return { pages: pages.length, dests };
}

/** The page of every named destination of a PDF, and its page count. */
export async function readDestinations(bytes: Uint8Array): Promise<PdfDestinations> {
  try {
    return readFast(bytes);
  } catch (err) {
    if (!(err instanceof Unreadable)) throw err;
    return readWithPdfLib(bytes);
  }
}

export interface PdfInspection extends PdfDestinations {
  /** Gives the bookmarks the headings' real text (see retitleOutline); reuses this reading of the file. */
  retitle(headings: readonly string[]): { pdf: Uint8Array; retitled: number };
}

/** readDestinations and retitleOutline over one reading of the file. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  try {
    const pdf = new ChromiumPdf(bytes);
    return { ...destsOf(pdf), retitle: (headings) => retitle(pdf, bytes, headings) };
  } catch (err) {
    if (!(err instanceof Unreadable)) throw err;
    return { ...(await readWithPdfLib(bytes)), retitle: () => ({ pdf: bytes, retitled: 0 }) };
  }
}

/** The fast reader alone (tests compare it with pdf-lib). */
export function readDestinationsFast(bytes: Uint8Array): PdfDestinations {
  return readFast(bytes);
}
export { readWithPdfLib as readDestinationsPdfLib };

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');
/** Order-free key: right-to-left titles come out in visual order ("1الهدف", ")أ("). */
const anagram = (k: string) => [...k].sort().join('');
/** The anagram key of half the characters, when every character occurs an even number of times. */
function halfAnagram(k: string): string | undefined {
  const counts = new Map<string, number>();
  for (const ch of k) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let half = '';
  for (const [ch, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n % 2) return undefined;
    half += ch.repeat(n / 2);
  }
  return half;
}

/**
 * Gives each bookmark the text of the heading it was made from (see the top of this file).
 * `headings` are the document's headings' text, spaces intact. Returns the bytes unchanged when
 * nothing needs mending or the file is not laid out as Chromium writes it.
 */
export function retitleOutline(bytes: Uint8Array, headings: readonly string[]): { pdf: Uint8Array; retitled: number } {
  let pdf: ChromiumPdf;
  try {
    pdf = new ChromiumPdf(bytes);
  } catch (err) {
    if (err instanceof Unreadable) return { pdf: bytes, retitled: 0 };
    throw err;
  }
  return retitle(pdf, bytes, headings);
}

function retitle(
  pdf: ChromiumPdf,
  bytes: Uint8Array,
  headings: readonly string[],
): { pdf: Uint8Array; retitled: number } {
  const known = new Map<string, string>();
  for (const h of headings) {
    const clean = h.replace(/\s+/g, ' ').trim();
    if (clean && !known.has(squash(clean))) known.set(squash(clean), clean);
  }
  let byLetters: Map<string, string | null> | undefined; // null: two different headings share the letters
  const letters = () => {
    if (byLetters) return byLetters;
    byLetters = new Map();
    for (const [k, clean] of known) {
      const a = anagram(k);
      const prev = byLetters.get(a);
      byLetters.set(a, prev === undefined || prev === clean ? clean : null);
    }
    return byLetters;
  };
  const lookup = (title: string): string | undefined => {
    const k = squash(title);
    const half = k.length % 2 === 0 ? k.slice(0, k.length / 2) : '';
    const exact = known.get(k) ?? (half && half + half === k ? known.get(half) : undefined);
    if (exact !== undefined) return exact;
    const byA = letters().get(anagram(k));
    if (byA) return byA;
    const h = halfAnagram(k);
    return h ? (letters().get(h) ?? undefined) : undefined;
  };
  const changes: { n: number; body: string }[] = [];
  try {
    const outlines = pdf.ref(pdf.catalog(), 'Outlines');
    if (outlines === undefined) return { pdf: bytes, retitled: 0 };
    const visit = (n: number | undefined, depth: number, guard: { count: number }) => {
      while (n !== undefined) {
        if (depth > 16 || ++guard.count > 20_000) throw new Unreadable('outline too large');
        const body = pdf.obj(n);
        const tm = /\/Title\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(body);
        const title = tm ? decodeTextValue(tm[1]!) : undefined;
        if (tm && title !== undefined) {
          const real = lookup(title);
          if (real !== undefined && real !== title) {
            changes.push({
              n,
              body: body.slice(0, tm.index) + `/Title ${encodeTextHex(real)}` + body.slice(tm.index + tm[0].length),
            });
          }
        }
        visit(pdf.ref(body, 'First'), depth + 1, guard);
        n = pdf.ref(body, 'Next');
      }
    };
    visit(pdf.ref(pdf.obj(outlines), 'First'), 0, { count: 0 });
  } catch (err) {
    if (err instanceof Unreadable) return { pdf: bytes, retitled: 0 };
    throw err;
  }
  if (!changes.length) return { pdf: bytes, retitled: 0 };

  // incremental update: the changed objects, a cross-reference section for them, a new trailer
  const parts: string[] = [];
  let offset = pdf.buf.length;
  const push = (s: string) => {
    parts.push(s);
    offset += Buffer.byteLength(s, 'latin1');
  };
  const lastByte = pdf.buf[pdf.buf.length - 1];
  if (lastByte !== 0x0a && lastByte !== 0x0d) push('\n');
  const entries: { n: number; at: number }[] = [];
  for (const c of changes.sort((a, b) => a.n - b.n)) {
    entries.push({ n: c.n, at: offset });
    push(`${c.n} 0 obj\n${c.body}\nendobj\n`);
  }
  const xrefAt = offset;
  let xref = 'xref\n';
  for (const e of entries) xref += `${e.n} 1\n${String(e.at).padStart(10, '0')} 00000 n\r\n`;
  push(xref);
  const size = /\/Size\s+(\d+)/.exec(pdf.trailer)?.[1];
  const keep = ['Root', 'Info'].map((k) => {
    const r = pdf.ref(pdf.trailer, k);
    return r !== undefined ? `/${k} ${r} 0 R` : '';
  });
  const id = /\/ID\s*(\[[^\]]*\])/.exec(pdf.trailer)?.[1];
  push(
    `trailer\n<< /Size ${size ?? Math.max(...pdf.offsets.keys()) + 1} ${keep.join(' ')}${id ? ` /ID ${id}` : ''} /Prev ${pdf.xrefAt} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
  );
  const out = Buffer.concat([pdf.buf, Buffer.from(parts.join(''), 'latin1')]);
  return { pdf: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), retitled: changes.length };
}
