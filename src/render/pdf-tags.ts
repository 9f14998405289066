// The tagged PDF's finish (issue 15 §4), by an incremental update of Chromium's file:
//  - artifacts: Chromium's tagged output leaves the page-margin boxes (running header, draft
//    label, "page X of Y") and images painted outside the document's structure (the DRAFT
//    watermark, the cover art) outside any marked content: neither tagged nor marked as artifacts,
//    so a screen reader or a PDF/UA check meets them as stray content. Each such text object is
//    wrapped in /Artifact <</Type /Pagination /Subtype /Header|/Footer>> BDC … EMC, the watermark
//    in /Subtype /Watermark, other images and stray spaces in /Artifact BMC … EMC;
//  - links: every link annotation gets a /Contents description (PDF/UA 7.18.5): the link's text,
//    with what it points to when the text alone says little ("[3]" → "[3] Reference text").
// Only Chromium's own layout is handled (classic cross-reference tables, one or more Flate
// content streams per page); any other file is returned unchanged.
import { deflateSync, inflateSync } from 'node:zlib';
import { ChromiumPdf, Unreadable, decodeName, decodeTextValue, encodeTextHex } from './pdf-read.js';

export interface TagFinish {
  /** Link descriptions: a destination (element id) or a web address → text. */
  links?: { dests: Readonly<Record<string, string>>; uris: Readonly<Record<string, string>> };
  /** A draft: the last image painted outside the structure on a page is the DRAFT watermark. */
  draft?: boolean;
}

export interface TagReport {
  pdf: Uint8Array;
  /** Text objects and images marked as artifacts. */
  artifacts: number;
  /** Link annotations given a description. */
  links: number;
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelim = (c: number) =>
  c === 0x28 ||
  c === 0x29 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x7b ||
  c === 0x7d ||
  c === 0x2f ||
  c === 0x25;

/**
 * Wraps what a content stream paints outside any marked content in artifact marks. Chromium
 * paints the page-margin boxes first, in the stream's first top-level q … Q block, and images
 * outside the structure (the watermark) after the last marked content: only those two ends are
 * read (a page's stream is long; its middle is the tagged text). `midY`: half the page height in
 * the units of the margin boxes' text matrix (CSS pixels), to tell a header from a footer. Returns
 * undefined when nothing needs marking or the stream is not understood (an inline image,
 * unbalanced marks).
 */
export function markArtifacts(
  src: string,
  midY: number,
  draft: boolean,
): { content: string; count: number } | undefined {
  const inserts: { at: number; text: string }[] = [];
  let lastDo = -1; // index into inserts of the last image's opening mark
  let count = 0;
  const n = src.length;

  /** Scans [from, to); in the head, stops at the end of the first top-level block. Returns where it stopped, or -1. */
  const scan = (from: number, to: number, head: boolean): number => {
    let i = from;
    let marked = 0; // BDC/BMC depth
    let q = 0; // graphics state depth
    let textStart = -1; // BT at depth 0
    let textInMargin = false;
    let lastY: number | undefined;
    const nums: number[] = [];
    let lastName = -1;
    while (i < to) {
      const c = src.charCodeAt(i);
      if (isWhite(c)) {
        i++;
        continue;
      }
      if (c === 0x25) {
        while (i < to && src[i] !== '\n' && src[i] !== '\r') i++;
        continue;
      }
      if (c === 0x28) {
        let depth = 0;
        for (; i < to; i++) {
          const ch = src[i];
          if (ch === '\\') i++;
          else if (ch === '(') depth++;
          else if (ch === ')' && --depth === 0) break;
        }
        i++;
        nums.length = 0;
        continue;
      }
      if (c === 0x3c) {
        if (src[i + 1] === '<') {
          i += 2;
          continue;
        }
        const end = src.indexOf('>', i);
        if (end < 0) return -1;
        i = end + 1;
        nums.length = 0;
        continue;
      }
      if (c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
        i += c === 0x3e && src[i + 1] === '>' ? 2 : 1;
        continue;
      }
      const start = i;
      if (c === 0x2f) {
        i++;
        while (i < to && !isWhite(src.charCodeAt(i)) && !isDelim(src.charCodeAt(i))) i++;
        lastName = start;
        continue;
      }
      while (i < to && !isWhite(src.charCodeAt(i)) && !isDelim(src.charCodeAt(i))) i++;
      const tok = src.slice(start, i);
      const first = tok.charCodeAt(0);
      if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
        nums.push(Number(tok));
        if (nums.length > 6) nums.shift();
        continue;
      }
      switch (tok) {
        case 'BDC':
        case 'BMC':
          // tagged content outside a text object: this block is the page's content, not its margins
          if (head && textStart < 0 && marked === 0) return start;
          marked++;
          break;
        case 'EMC':
          if (--marked < 0) return -1;
          break;
        case 'q':
          q++;
          break;
        case 'Q':
          if (--q === 0 && head) return i;
          break;
        case 'BT':
          if (marked === 0) {
            textStart = start;
            textInMargin = head && q > 0;
            lastY = undefined;
          }
          break;
        case 'Tm':
          if (textStart >= 0 && nums.length >= 6) lastY = nums[5];
          break;
        case 'ET':
          if (textStart >= 0 && marked === 0) {
            const open =
              textInMargin && lastY !== undefined
                ? `/Artifact <</Type /Pagination /Subtype /${lastY < midY ? 'Header' : 'Footer'}>> BDC `
                : '/Artifact BMC ';
            inserts.push({ at: textStart, text: open }, { at: i, text: ' EMC' });
            count++;
          }
          textStart = -1;
          break;
        case 'Do':
          if (marked === 0 && textStart < 0 && lastName >= 0) {
            lastDo = inserts.length;
            inserts.push({ at: lastName, text: '/Artifact BMC ' }, { at: i, text: ' EMC' });
            count++;
          }
          break;
        case 'BI':
          return -1;
      }
      nums.length = 0;
    }
    return marked === 0 ? to : -1;
  };

  const headEnd = scan(0, n, true);
  if (headEnd < 0) return undefined;
  // after the last EMC nothing is marked (any later mark would have its own EMC)
  const tail = lastToken(src, 'EMC');
  const from = Math.max(headEnd, tail);
  if (from < n && scan(from, n, false) < 0) return undefined;
  if (!inserts.length) return undefined;
  if (draft && lastDo >= 0) inserts[lastDo]!.text = '/Artifact <</Type /Pagination /Subtype /Watermark>> BDC ';
  inserts.sort((a, b) => a.at - b.at);
  let out = '';
  let at = 0;
  for (const ins of inserts) {
    out += src.slice(at, ins.at) + ins.text;
    at = ins.at;
  }
  return { content: out + src.slice(at), count };
}

/** The position just after the last `op` operator standing alone in the stream (0 when there is none). */
function lastToken(src: string, op: string): number {
  let at = src.length;
  for (;;) {
    const k = src.lastIndexOf(op, at - 1);
    if (k < 0) return 0;
    const before = k === 0 ? 0x20 : src.charCodeAt(k - 1);
    const after = k + op.length >= src.length ? 0x20 : src.charCodeAt(k + op.length);
    if (isWhite(before) && (isWhite(after) || isDelim(after))) return k + op.length;
    at = k;
  }
}

/** The PDF with artifacts marked and links described (see the top of this file). */
export function finishTags(bytes: Uint8Array, opts: TagFinish = {}): TagReport {
  let pdf: ChromiumPdf;
  try {
    pdf = new ChromiumPdf(bytes);
  } catch (err) {
    if (err instanceof Unreadable) return { pdf: bytes, artifacts: 0, links: 0 };
    throw err;
  }
  const objects: { n: number; body: Buffer }[] = [];
  let artifacts = 0;
  let links = 0;
  try {
    const seenStreams = new Set<number>();
    for (const pageN of pdf.pages()) {
      const page = pdf.obj(pageN);
      const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(page);
      // Chromium draws in CSS pixels (0.75 pt): the margin boxes' text matrix is in those units
      const midY = box ? (Number(box[4]) - Number(box[2])) / 0.75 / 2 : Infinity;
      const ref = Number(/\/Contents\s+(\d+)\s+0\s+R/.exec(page)?.[1] ?? NaN);
      if (Number.isInteger(ref) && !seenStreams.has(ref)) {
        seenStreams.add(ref);
        const { dict, data } = pdf.stream(ref);
        const flate = /\/Filter\s*\/FlateDecode\b/.test(dict) && !/\/DecodeParms/.test(dict);
        if (flate || !/\/Filter/.test(dict)) {
          // zlib's blocking calls: through its thread pool the same pages cost 15-20 % more CPU,
          // and CPU is what a batch is short of (the browser keeps both cores busy)
          const src = (flate ? inflateSync(data) : data).toString('latin1');
          const marked = markArtifacts(src, midY, Boolean(opts.draft));
          if (marked) {
            const raw = Buffer.from(marked.content, 'latin1');
            // level 1: a third of the default level's time for about 30 % more bytes of page text
            const enc = flate ? deflateSync(raw, { level: 1 }) : raw;
            const rest = dict
              .slice(2, -2)
              .replace(/\/Length\s+\d+(\s+0\s+R)?/, '')
              .trim();
            objects.push({
              n: ref,
              body: Buffer.concat([
                Buffer.from(`<< ${rest} /Length ${enc.length} >>\nstream\n`, 'latin1'),
                enc,
                Buffer.from('\nendstream', 'latin1'),
              ]),
            });
            artifacts += marked.count;
          }
        }
      }
      // links
      const annots = /\/Annots\s*\[([^\]]*)\]/.exec(page);
      if (!annots || !opts.links) continue;
      for (const m of annots[1]!.matchAll(/(\d+)\s+0\s+R/g)) {
        const an = Number(m[1]);
        const a = pdf.obj(an);
        if (!/\/Subtype\s*\/Link\b/.test(a) || /\/Contents\s*[(<]/.test(a)) continue;
        const text = linkText(a, opts.links);
        if (!text) continue;
        const end = a.lastIndexOf('>>');
        if (end < 0) continue;
        objects.push({ n: an, body: Buffer.from(`${a.slice(0, end)}/Contents ${encodeTextHex(text)}\n>>`, 'latin1') });
        links++;
      }
    }
  } catch (err) {
    if (err instanceof Unreadable) return { pdf: bytes, artifacts: 0, links: 0 };
    throw err;
  }
  if (!objects.length) return { pdf: bytes, artifacts, links };
  return { pdf: rewrite(pdf, objects), artifacts, links };
}

function linkText(annot: string, links: NonNullable<TagFinish['links']>): string | undefined {
  const dest = /\/Dest\s*(\/[^\s/[\]()<>]+|\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(annot);
  if (dest) {
    const v = dest[1]!;
    const id = v.startsWith('/') ? decodeName(v.slice(1)) : decodeTextValue(v);
    return id !== undefined ? (links.dests[id] ?? undefined) : undefined;
  }
  const uri = /\/URI\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(annot);
  if (uri) {
    const u = decodeTextValue(uri[1]!);
    return u !== undefined ? (links.uris[u] ?? u) : undefined;
  }
  return undefined;
}

/**
 * The file written anew with the given objects replaced: every other object's bytes are copied as
 * they are, one cross-reference table and trailer follow. (An incremental update would keep the
 * old content streams in the file as well, about 40 % more bytes.) An object's bytes run from its
 * offset to where the next thing starts (an object, an older version of one, a cross-reference
 * section); runs of objects that follow each other are copied in one piece, and nothing in them
 * is searched (a tagged report has thousands of objects).
 */
function rewrite(pdf: ChromiumPdf, objects: { n: number; body: Buffer }[]): Uint8Array {
  const buf = pdf.buf;
  const replaced = new Map(objects.map((o) => [o.n, o.body]));
  const live = [...pdf.offsets].filter(([, at]) => at >= 0).sort((a, b) => a[1] - b[1]);
  if (!live.length) throw new Unreadable('no objects');
  const beyond = live.find(([, at]) => at >= buf.length);
  if (beyond) throw new Unreadable(`object ${beyond[0]} unterminated`);
  // where each object's bytes stop: the next start of anything, whichever comes first
  const stops = [...live.map(([, at]) => at), ...pdf.superseded, ...pdf.sections].filter((x) => x < buf.length);
  stops.sort((a, b) => a - b);
  stops.push(buf.length);
  const parts: Buffer[] = [buf.subarray(0, live[0]![1])];
  let offset = parts[0]!.length;
  const at = new Map<number, number>();
  let runFrom = -1; // start in the old file of the run being copied, and its start in the new one
  let runOut = 0;
  let runEnd = -1;
  const flush = () => {
    if (runFrom < 0) return;
    const chunk = buf.subarray(runFrom, runEnd);
    parts.push(chunk);
    offset += chunk.length;
    runFrom = -1;
  };
  let s = 0;
  for (const [n, start] of live) {
    while (stops[s]! <= start) s++;
    const stop = stops[s]!;
    const body = replaced.get(n);
    if (body) {
      flush();
      at.set(n, offset);
      const head = Buffer.from(`${n} 0 obj\n`, 'latin1');
      const tail = Buffer.from('\nendobj\n', 'latin1');
      parts.push(head, body, tail);
      offset += head.length + body.length + tail.length;
      continue;
    }
    if (runFrom >= 0 && start !== runEnd) flush();
    if (runFrom < 0) {
      runFrom = start;
      runOut = offset;
    }
    at.set(n, runOut + (start - runFrom));
    runEnd = stop;
  }
  flush();
  const size = Math.max(Number(/\/Size\s+(\d+)/.exec(pdf.trailer)?.[1] ?? 0), Math.max(...at.keys()) + 1);
  let xref = `xref\n0 ${size}\n0000000000 65535 f\r\n`;
  for (let n = 1; n < size; n++) {
    const o = at.get(n);
    xref += o === undefined ? '0000000000 65535 f\r\n' : `${String(o).padStart(10, '0')} 00000 n\r\n`;
  }
  const keep = ['Root', 'Info']
    .map((k) => {
      const r = pdf.ref(pdf.trailer, k);
      return r !== undefined ? ` /${k} ${r} 0 R` : '';
    })
    .join('');
  const id = /\/ID\s*(\[[^\]]*\])/.exec(pdf.trailer)?.[1];
  parts.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${size}${keep}${id ? ` /ID ${id}` : ''} >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  const out = Buffer.concat(parts);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
