// render --format docx: each example's Word document, converted to PDF by LibreOffice (one soffice
// run for all of them, with a private profile so parallel runs never clash) and read back with
// pdftotext: every objective title and every answer present, in order; opened with mammoth: the
// heading structure of the report; and the Word parts themselves: styles, table-of-contents
// field, "Page X of Y", running header, DRAFT watermark, bookmarks, right to left, languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { buildReportModel, type ReportModel } from '../../src/model/index.js';
import { outputPaths, renderFiles } from '../../src/render/index.js';
import type { Review } from '../../src/schema/types.js';
import { EXAMPLES, ROOT, exampleReview, tmp } from '../import/helpers.js';

interface Case {
  name: string;
  example: string;
  opts: { lang?: string; order?: 'objective' | 'roundtable' };
}
const CASES: Case[] = [
  ...EXAMPLES.map((e) => ({ name: e, example: e, opts: {} })),
  { name: 'full-en-fr-roundtable', example: 'full-en', opts: { lang: 'fr', order: 'roundtable' } },
];

let dir: string;
const reviews = new Map<string, Review>();
const models = new Map<string, ReportModel>();

/** The files of a .docx (a ZIP), by name. */
function unzip(buf: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const off = buf.readUInt32LE(p + 42);
    const start = off + 30 + buf.readUInt16LE(off + 26) + buf.readUInt16LE(off + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (html: string) =>
  flat(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );

/**
 * Arabic words as pdftotext gives them back from a LibreOffice PDF: without marks (a word may
 * be cut after a shadda), with lam–alef ligatures in the order it writes them (ا after ل comes
 * out before it), and only words of three letters or more.
 */
function arabicWords(s: string): string[] {
  return s
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e]/g, '')
    .replace(/\p{M}/gu, '')
    .replace(/ل([اأإآ])/g, '$1ل')
    .split(/[^\u0621-\u064a]+/)
    .filter((w) => w.length >= 3);
}

beforeAll(async () => {
  dir = tmp('gcm-docx-export-');
  for (const c of CASES) {
    const review = await exampleReview(c.example);
    reviews.set(c.name, review);
    models.set(c.name, buildReportModel(review, { mode: 'html', ...c.opts }));
    const sub = join(dir, c.name);
    mkdirSync(sub);
    const summary = await renderFiles([join(ROOT, 'examples', `${c.example}.gcm.yaml`)], {
      format: 'docx',
      outDir: sub,
      ...c.opts,
    });
    expect(summary.rendered.length).toBe(1);
    expect(summary.launches).toBe(0); // no browser for Word
    execFileSync('cp', [join(sub, `${c.example}.docx`), join(dir, `${c.name}.docx`)]);
  }
  // one LibreOffice run converts them all
  const profile = join(dir, 'lo-profile');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'pdf'),
      ...CASES.map((c) => join(dir, `${c.name}.docx`)),
    ],
    { stdio: 'ignore', timeout: 240_000 },
  );
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const docx = (name: string) => readFileSync(join(dir, `${name}.docx`));
const pdfText = (name: string) =>
  flat(execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'pdf', `${name}.pdf`), '-'], { encoding: 'utf8' }));

/** What a reader must find, in order: each objective's title, its question headings and the start of every answer. */
function expectedSequence(m: ReportModel): string[] {
  const seq: string[] = [];
  const start = (html: string | undefined) => {
    if (!html) return;
    // the first words of each paragraph of the answer
    for (const p of html.split(/<\/(?:p|li|h\d)>/)) {
      const t = textOf(p);
      if (t.length >= 12) seq.push(t.slice(0, 24).replace(/\s\S*$/, ''));
    }
  };
  for (const part of m.parts) {
    seq.push(part.title);
    for (const o of part.objectives) {
      seq.push(
        o.label,
        textOf(o.titleHtml)
          .slice(0, 30)
          .replace(/\s\S*$/, ''),
      );
      seq.push(o.q.a.heading);
      start(o.q.a.status?.html);
      // table cells wrap line by line across columns in pdftotext: their first word, marked as a cell
      for (const s of o.q.a.statistics) seq.push(`\u0000${textOf(s.indicatorHtml).split(' ')[0]}`);
      seq.push(o.q.b.heading);
      start(o.q.b.narrative?.html);
      seq.push(o.q.c.heading);
      start(o.q.c.text?.html);
      seq.push(o.q.d.heading);
      for (const p of o.q.d.practices) {
        seq.push(
          textOf(p.titleHtml)
            .slice(0, 24)
            .replace(/\s\S*$/, ''),
        );
        start(p.description?.html);
        start(p.results?.html);
      }
      seq.push(o.q.e.heading);
      for (const n of o.q.e.needs) start(n.description?.html);
      start(o.nextSteps?.html);
    }
  }
  return seq.filter(Boolean);
}

describe.each(CASES)('render --format docx: $name', (c) => {
  it('LibreOffice shows every objective title and every answer, in order (Arabic: word by word)', () => {
    const m = models.get(c.name)!;
    const text = pdfText(c.name);
    const missing: string[] = [];
    if (m.dir === 'rtl') {
      // pdftotext splits right-to-left lines around numbers, Latin words and marks: compare words
      const words = new Set(arabicWords(text));
      // (and may lose a letter next to a mark: one word of a phrase may differ)
      for (const want of expectedSequence(m)) {
        const ws = arabicWords(want.replace('\u0000', ''));
        if (ws.filter((w) => !words.has(w)).length > (ws.length > 2 ? 1 : 0)) missing.push(want);
      }
    } else {
      let at = 0;
      for (const want of expectedSequence(m)) {
        if (want.startsWith('\u0000')) {
          if (text.indexOf(want.slice(1), at) < 0) missing.push(want.slice(1));
          continue;
        }
        const i = text.indexOf(flat(want), at);
        if (i < 0) missing.push(want);
        else at = i + flat(want).length;
      }
    }
    expect(missing).toEqual([]);
  });

  it('mammoth reads the report outline: parts (Heading 1), objectives (Heading 2), questions (a)–(e) (Heading 3)', async () => {
    const m = models.get(c.name)!;
    const html = (await mammoth.convertToHtml({ buffer: docx(c.name) })).value;
    const headings = [...html.matchAll(/<h([1-3])[^>]*>(.*?)<\/h\1>/g)].map(
      (x) => [Number(x[1]), textOf(x[2]!)] as const,
    );
    const h1 = headings.filter(([l]) => l === 1).map(([, t]) => t);
    expect(h1).toEqual(m.toc.filter((e) => e.level === 1).map((e) => e.text));
    for (const part of m.parts)
      for (const o of part.objectives) {
        const i = headings.findIndex(([l, t]) => l === 2 && t === `${o.label} ${textOf(o.titleHtml)}`);
        expect(i, `${o.label}`).toBeGreaterThan(0);
        expect(headings.slice(i + 1, i + 6)).toEqual(
          (['a', 'b', 'c', 'd', 'e'] as const).map((l) => [3, o.q[l].heading]),
        );
      }
  });

  it('is a real Word document: styles, contents field, page X of Y, running header, bookmarks, language, properties', () => {
    const m = models.get(c.name)!;
    const parts = unzip(docx(c.name));
    const body = parts.get('word/document.xml')!;
    const styles = parts.get('word/styles.xml')!;
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'GcmTable', 'TOC1'])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(body).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/);
    expect(parts.get('word/settings.xml')).toMatch(/<w:updateFields( w:val="true")?\/>/);
    const footers = [...parts]
      .filter(([n]) => /^word\/footer\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    expect(footers).toMatch(/PAGE[\s\S]*NUMPAGES/);
    const headers = [...parts]
      .filter(([n]) => /^word\/header\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    expect(headers).toContain(m.meta.runningHeader.replace(/&/g, '&amp;'));
    // a DRAFT mark on drafts only
    if (m.meta.isDraft) {
      expect(headers).toContain(`string="${m.strings['watermark.draft']}"`);
      expect(headers).toContain(m.strings['header.draft']);
    } else expect(headers).not.toContain('v:textpath');
    for (const part of m.parts)
      for (const o of part.objectives) expect(body).toContain(`w:name="objective_${o.number}"`);
    expect(styles).toContain(`<w:lang w:val="${m.lang}"`);
    expect(body).toMatch(/<w:tbl>[\s\S]*w:val="GcmTable"/);
    if (m.dir === 'rtl') {
      expect(body).toContain('<w:bidi/>');
      expect(body).toContain('<w:bidiVisual/>');
      expect(body).toContain('<w:rtl/>');
    } else expect(body).not.toContain('<w:bidiVisual/>');
    expect(parts.get('docProps/custom.xml')).toContain(`name="gcm-review.cycle"`);
  });
});

describe('render --format docx options', () => {
  it('--lang and --order apply as for PDF: French words, the four round tables in order', () => {
    const text = pdfText('full-en-fr-roundtable');
    const i = [1, 2, 3, 4].map((n) => text.indexOf(`Table ronde ${n}`, text.indexOf('Examen des objectifs') + 1));
    expect(i.every((x) => x > 0)).toBe(true);
    expect([...i].sort((a, b) => a - b)).toEqual(i);
    expect(text).toContain('État de la mise en œuvre');
  });

  it('Arabic: the text comes out of the PDF as Arabic, with the objective headings', () => {
    const text = pdfText('review-ar');
    expect(text).toMatch(/[\u0600-\u06ff]{3,}/);
    expect(text).toContain(models.get('review-ar')!.parts[0]!.title);
  });

  it('--format all writes pdf, html and docx; docx alone needs no browser', () => {
    const p = outputPaths(['/x/a.gcm.yaml'], { format: 'all' }).get('/x/a.gcm.yaml')!;
    expect(p).toEqual([{ pdf: '/x/a.pdf', html: '/x/a.html', docx: '/x/a.docx' }]);
    expect(outputPaths(['/x/a.gcm.yaml'], { format: 'docx' }).get('/x/a.gcm.yaml')).toEqual([{ docx: '/x/a.docx' }]);
    // several languages: one set of outputs each, named by language
    expect(outputPaths(['/x/a.gcm.yaml'], { format: 'docx', langs: ['en', 'fr'] }).get('/x/a.gcm.yaml')).toEqual([
      { lang: 'en', docx: '/x/a.en.docx' },
      { lang: 'fr', docx: '/x/a.fr.docx' },
    ]);
  });

  it('gcm-review render --format all writes the PDF, the HTML and the Word document of a review', () => {
    const out = join(dir, 'all');
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin/gcm-review.js'),
        'render',
        join(ROOT, 'test/fixtures/render/minimal.gcm.yaml'),
        '--format',
        'all',
        '--out',
        out,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stderr).not.toMatch(/failed/);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['minimal.docx', 'minimal.html', 'minimal.pdf']);
    expect(readFileSync(join(out, 'minimal.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 150_000);

  it('keeps the cover facts (submitter, cycle, date as the model formats it) and the source line of the questions', () => {
    const m = models.get('full-en')!;
    const text = pdfText('full-en');
    for (const s of [
      m.meta.submitterName,
      m.meta.cycle,
      m.meta.date!,
      m.strings['toc.title'],
      m.methodology!.questionsSource,
    ])
      expect(text).toContain(s);
  });
});
