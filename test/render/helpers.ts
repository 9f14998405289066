// Shared helpers for the render tests: reading real PDFs with poppler (pdftotext, pdfinfo,
// pdffonts) and pdf-lib, and loading the example reviews.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { checkFile } from '../../src/validate/index.js';
import type { Review } from '../../src/schema/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLES = join(ROOT, 'examples');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'render');

export async function loadReview(path: string): Promise<Review> {
  const r = await checkFile(path);
  if (!r.review)
    throw new Error(
      `${path} is not valid: ${r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`,
    );
  return r.review;
}

const made: string[] = [];
/** A new temporary folder, removed by removeTempDirs() (each test file calls it in afterAll). */
export function tempDir(prefix = 'gcm-render-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Writes bytes to a temporary file (poppler tools read files). */
export function tempPdf(bytes: Uint8Array, name = 'report.pdf'): string {
  const dir = tempDir();
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

/** Text of each page (index 0 = page 1), whitespace collapsed. `raw` keeps content-stream order. */
export function pageTexts(path: string, opts: { raw?: boolean } = {}): string[] {
  const pages = Number(pdfInfo(path)['Pages']);
  const out = execFileSync('pdftotext', [...(opts.raw ? ['-raw'] : []), '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // pdftotext ends every page with a form feed
  const texts = out.split('\f').slice(0, pages);
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}
export function pdfFonts(path: string): FontRow[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  const lines = out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  return lines.map((l) => {
    // name type... encoding emb sub uni object ID: emb is the third "yes/no" from the end
    const cols = l.trim().split(/\s+/);
    const yn = cols.filter((c) => c === 'yes' || c === 'no');
    return { name: cols[0]!, type: cols.slice(1, 3).join(' '), embedded: yn[0] === 'yes' };
  });
}

export interface OutlineItem {
  title: string;
  page: number;
  depth: number;
}

/** The PDF outline (bookmarks), flattened in order. */
export async function pdfOutline(bytes: Uint8Array): Promise<OutlineItem[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const ctx = doc.context;
  const items: OutlineItem[] = [];
  const text = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : '');
  const visit = (ref: unknown, depth: number) => {
    let node = ref instanceof PDFRef ? ctx.lookup(ref) : ref;
    let guard = 0;
    while (node instanceof PDFDict && guard++ < 10_000) {
      const dest = node.lookup(PDFName.of('Dest'));
      let page = 0;
      if (dest instanceof PDFArray) {
        const first = dest.get(0);
        if (first instanceof PDFRef) page = pageIndex.get(first.toString()) ?? 0;
      }
      items.push({ title: text(node.lookup(PDFName.of('Title'))), page, depth });
      const first = node.get(PDFName.of('First'));
      if (first) visit(first, depth + 1);
      const next = node.get(PDFName.of('Next'));
      node = next instanceof PDFRef ? ctx.lookup(next) : undefined;
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) visit(outlines.get(PDFName.of('First')), 0);
  return items;
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** Collapses whitespace (headings wrap differently on the page and in the contents). */
export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * For comparing extracted text: no whitespace, no hyphens (pdftotext joins "evidence-" / "based"
 * across a line end), no bidirectional control marks.
 */
export function squash(s: string): string {
  return s.replace(/[\s\u00ad\u2010-\u2011-]+|[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
