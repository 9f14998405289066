// A practice box that breaks across pages goes on under "<title> (continued)" (issue 15 §1,
// src/render/practice-split.ts): real PDFs printed by the renderer in Chromium, read back with
// pdftotext, in EN, FR, ES and AR on A4 and Letter, and crafted documents for breaks inside lists;
// and the Word export, converted by LibreOffice.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDocument, type PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Paper } from '../../src/model/index.js';
import { ChromiumRenderer, loadTemplates, pageCss, renderFiles, type TemplateSet } from '../../src/render/index.js';
import { htmlForModel, modelFor, paginateCss } from '../../src/render/html.js';
import { inspectPdf } from '../../src/render/pdf-read.js';
import { loadReview, pdfInfo, removeTempDirs, tempDir, tempPdf } from '../render/helpers.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'long-practice.gcm.yaml');
type Lang = 'en' | 'fr' | 'es' | 'ar';
const LANGS: Lang[] = ['en', 'fr', 'es', 'ar'];
const CONTINUED: Record<Lang, string> = { en: '(continued)', fr: '(suite)', es: '(continuación)', ar: '(تابع)' };
const PRACTICE_CONTINUED: Record<Lang, string> = {
  en: 'Promising practice (continued)',
  fr: 'Pratique prometteuse (suite)',
  es: 'Práctica prometedora (continuación)',
  ar: 'ممارسة واعدة (تابع)',
};

interface Fixture {
  objectives: Record<
    string,
    {
      promising_practices: {
        title: Record<Lang, string>;
        description: Record<Lang, string>;
        results?: Record<Lang, string>;
      }[];
    }
  >;
}
const fixture = parse(readFileSync(FIXTURE, 'utf8')) as Fixture;
const [long, short] = fixture.objectives['1']!.promising_practices;

/** The words of a Markdown text as printed: list markers left out. */
const mdWords = (md: string) =>
  md
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .split(/\s+/)
    .filter(Boolean);

/** pdftotext of each page, its lines kept (index 0 = page 1). */
function pageLines(path: string): string[] {
  const pages = Number(pdfInfo(path)['Pages']);
  const out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\f').slice(0, pages);
}

interface Printed {
  /** pdftotext per page, lines kept. */
  pages: string[];
  passes: number;
  tocVerified: boolean;
  results: string;
}

let renderer: ChromiumRenderer;
let templates: TemplateSet;
const printed: Record<string, Printed> = {};

beforeAll(async () => {
  renderer = await ChromiumRenderer.start({ jobs: 2 });
  templates = await loadTemplates();
  const review = await loadReview(FIXTURE);
  const jobs: Promise<void>[] = [];
  for (const paper of ['A4', 'Letter'] as Paper[])
    for (const lang of LANGS) {
      jobs.push(
        (async () => {
          const model = modelFor(review, { mode: 'pdf', templates, paper, lang });
          const res = await renderer.pdf(htmlForModel(model, templates), { paper, key: `${lang}-${paper}` });
          const path = tempPdf(res.pdf, `${lang}-${paper}.pdf`);
          printed[`${lang}-${paper}`] = {
            pages: pageLines(path),
            passes: res.passes,
            tocVerified: res.tocVerified,
            results: model.strings['practice.results'],
          };
        })(),
      );
    }
  await Promise.all(jobs);
}, 240_000);
afterAll(async () => {
  await renderer?.close();
  removeTempDirs();
});

/** A line without the bidi marks pdftotext puts around right-to-left text, spaces trimmed. */
const bare = (line: string) => line.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
/** Lines of a page without its running header (first line) and footer (last line). */
const body = (page: string) => {
  const lines = page
    .split('\n')
    .map(bare)
    .filter((l) => l);
  return lines.slice(1, -1);
};
const header = (page: string) => bare(page.split('\n')[0]!);

for (const paper of ['A4', 'Letter'] as Paper[])
  for (const lang of LANGS) {
    describe(`${lang}, ${paper}: a practice box over several pages`, () => {
      const r = () => printed[`${lang}-${paper}`]!;
      const title = long!.title[lang];
      const continued = `${title} ${CONTINUED[lang]}`;
      /** The first and last pages (0-based) of the long box: its title, its last result. */
      const boxPages = () => {
        const pages = r().pages;
        const first = pages.findIndex((p) => body(p).includes(title));
        const end = pages.findLastIndex((p) => /\bR4\b/.test(p));
        return { first, end };
      };

      test('every page the box goes on to begins with "<title> (continued)" at the top of the box, once', () => {
        const { first, end } = boxPages();
        expect(first).toBeGreaterThan(0);
        // the fixture's box is long enough for at least two more pages
        expect(end - first).toBeGreaterThanOrEqual(2);
        for (let p = first + 1; p <= end; p++) {
          const lines = body(r().pages[p]!);
          expect(lines[0], `page ${p + 1}`).toBe(continued);
          expect(
            lines.filter((l) => l.includes(CONTINUED[lang])),
            `page ${p + 1}`,
          ).toHaveLength(1);
        }
        // nowhere else: not on the box's first page, not after the box
        const all = r()
          .pages.flatMap(body)
          .filter((l) => l.includes(continued));
        expect(all).toHaveLength(end - first);
      });

      test('the running header names the objective continued, not the box (the box says it itself)', () => {
        const { first, end } = boxPages();
        for (let p = first + 1; p <= end; p++) {
          const head = header(r().pages[p]!);
          // pdftotext sets the Arabic header's "(تابع)" around the objective's number
          expect(head).toContain(lang === 'ar' ? 'تابع' : `1 ${CONTINUED[lang]}`);
          expect(head).not.toContain(PRACTICE_CONTINUED[lang]);
          expect(head).not.toContain(PRACTICE_CONTINUED[lang].split(' ')[0]);
        }
      });

      test('no text of the box is lost or repeated: each paragraph, item and result appears as often as written, in order', () => {
        const text = r()
          .pages.map((p) => body(p).join('\n'))
          .join('\n');
        const tokens = [...text.matchAll(/\b([PLNR]\d{1,2})\b/g)].map((m) => m[1]!);
        const source = `${long!.description[lang]}\n${long!.results![lang]}`;
        const expected = [...source.matchAll(/\b([PLNR]\d{1,2})\b/g)].map((m) => m[1]!);
        expect(tokens).toEqual(expected);
        expect(text.split('TAILTOKEN')).toHaveLength(2);
      });

      if (lang !== 'ar')
        test('word for word, the box reads as written (hyphenated line ends joined)', () => {
          const all = r().pages.flatMap(body);
          // from the box's first paragraph to the label of the next box (the line before its title)
          const from = all.findIndex((l) => l.startsWith(long!.description[lang].slice(0, 14)));
          const to = all.indexOf(short!.title[lang]) - 1;
          expect(from).toBeGreaterThan(0);
          const text = all
            .slice(from, to)
            .filter((l) => l !== continued)
            .join('\n')
            .replace(/[-\u2010\u00ad]\n/g, '');
          const words = text
            .replace(r().results, ' ')
            .split(/\s+/)
            .filter((w) => w && w !== '•' && !/^\d+\.$/.test(w));
          expect(words).toEqual([...mdWords(long!.description[lang]), ...mdWords(long!.results![lang])]);
        });

      test('printed once, with the contents verified against the PDF', () => {
        expect(r().passes).toBe(1);
        expect(r().tocVerified).toBe(true);
      });
    });
  }

describe('crafted boxes: where the cut falls', () => {
  let css: string;
  beforeAll(() => {
    css = [templates.styles, pageCss('A4', 'ltr'), paginateCss('A4')].join('\n');
  });

  /** A cover, `fillerMm` of text, then a practice box as the default partial makes it, with `inner` as its text. */
  const doc = (fillerMm: number, inner: string) => `<!DOCTYPE html>
<html lang="en" dir="ltr" class="gcm-paginate gcm-report" data-running-header="Testland" style="--gcm-running-header: 'Testland'; --gcm-page-footer: counter(page)">
<head><meta charset="utf-8"><style>${css}</style></head>
<body><div class="cover"><p>COVER</p></div>
<section class="objective" data-running="Objective 1 (continued)"><h2 id="objective-1">Objective 1</h2>
<div style="height: ${fillerMm}mm"><p>FILLER TEXT <a href="#practice-9">see the box</a></p></div>
<div class="practice" id="practice-9" data-running="Promising practice (continued)" data-continued="(continued)"><p class="box-label">Promising practice</p>
<p class="practice-title">Boxtitle <a href="#objective-1">linked</a></p>
<div class="prose">${inner}</div></div>
<p>AFTER THE BOX</p></section></body></html>`;

  const print = async (html: string) => {
    const out = await renderer.pdf(html, { paper: 'A4' });
    const { dests } = await inspectPdf(out.pdf);
    return { pages: pageLines(tempPdf(out.pdf, 'crafted.pdf')), passes: out.passes, dests };
  };

  test('a numbered list cut between its items goes on with its numbers', async () => {
    const items = Array.from({ length: 60 }, (_, i) => `<li>Entry ${i + 1} of the numbered list.</li>`).join('');
    const { pages } = await print(doc(120, `<p>Before the list.</p><ol>${items}</ol>`));
    const at = pages.findIndex((p) => p.includes('Boxtitle'));
    const next = body(pages[at + 1]!);
    expect(next[0]).toBe('Boxtitle linked (continued)');
    // every number once, in order, each beside its own entry
    const numbered = pages.flatMap(body).filter((l) => /^\d+\. Entry/.test(l));
    expect(numbered).toEqual(Array.from({ length: 60 }, (_, i) => `${i + 1}. Entry ${i + 1} of the numbered list.`));
    // the list is cut: its second half is on the next page, under the continued title
    expect(next[1]).toMatch(/^\d+\. Entry \d+/);
  }, 60_000);

  test('a list item cut in the middle goes on without a second number; the next item keeps its own', async () => {
    const sentence = (i: number) => Array.from({ length: 30 }, (_, k) => `item${i}word${k + 1}`).join(' ');
    const items = Array.from({ length: 12 }, (_, i) => `<li>${sentence(i + 1)}</li>`).join('');
    const { pages } = await print(doc(150, `<ol>${items}</ol>`));
    const lines = pages.flatMap(body);
    const numbers = lines.map((l) => /^(\d+)\. /.exec(l)?.[1]).filter(Boolean);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    // all words once, in order
    const words = lines.join(' ').match(/item\d+word\d+/g)!;
    expect(words).toEqual(Array.from({ length: 12 }, (_, i) => sentence(i + 1).split(' ')).flat());
    // the page after the cut begins with the continued title, then the rest of an item (no number)
    const at = pages.findIndex((p) => p.includes('Boxtitle'));
    const next = body(pages[at + 1]!);
    expect(next[0]).toBe('Boxtitle linked (continued)');
    expect(next[1]).toMatch(/^item\d+word\d+/);
  }, 60_000);

  test("a paragraph cut in the middle, twice: every word once, each page under the continued title; the box's id stays on its first page", async () => {
    const words = Array.from({ length: 2500 }, (_, k) => `w${k + 1}`);
    const { pages, passes, dests } = await print(doc(100, `<p>${words.join(' ')}</p>`));
    expect(passes).toBe(1);
    const at = pages.findIndex((p) => p.includes('Boxtitle'));
    expect(dests.get('practice-9')).toBe(at + 1);
    const goesOn = pages.flatMap((p, i) => (i > at && /\bw\d+\b/.test(p) ? [i] : []));
    expect(goesOn.length).toBeGreaterThanOrEqual(2);
    for (const p of goesOn) expect(body(pages[p]!)[0]).toBe('Boxtitle linked (continued)');
    expect(pages.join(' ').match(/\bw\d+\b/g)).toEqual(words);
  }, 60_000);

  test('a table cut between its rows repeats its header row under the continued title', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>Row ${i + 1}</td><td>${(i + 1) * 10}</td></tr>`).join(
      '',
    );
    const { pages } = await print(
      doc(
        150,
        `<p>Before the table.</p><table><thead><tr><th>HEADCELL</th><th>Value</th></tr></thead><tbody>${rows}</tbody></table>`,
      ),
    );
    const at = pages.findIndex((p) => p.includes('Boxtitle'));
    const next = body(pages[at + 1]!);
    expect(next[0]).toBe('Boxtitle linked (continued)');
    // the first part keeps its header row above its first rows
    expect(body(pages[at]!).join(' ')).toMatch(/Before the table\. HEADCELL Value Row 1 10 /);
    // (pdftotext gives a table's cells one a line)
    expect(next.join(' ')).toMatch(/^Boxtitle linked \(continued\) HEADCELL Value Row \d+ \d+0 /);
    const all = pages.flatMap(body).join(' ');
    expect([...all.matchAll(/Row (\d+) (\d+)/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(
      Array.from({ length: 50 }, (_, i) => `${i + 1}:${(i + 1) * 10}`),
    );
    expect(all.split('HEADCELL')).toHaveLength(pages.filter((p) => /Row \d+/.test(p)).length + 1);
  }, 60_000);

  test('a box without data-continued (a custom partial) is not cut: its pages say "(continued)" in the running header', async () => {
    const html = doc(150, `<p>${'Long text of the box. '.repeat(400)}</p>`).replace(
      ' data-continued="(continued)"',
      '',
    );
    const { pages } = await print(html);
    const at = pages.findIndex((p) => p.includes('Boxtitle'));
    expect(pages[at + 1]!.split('\n')[0]).toBe('Testland · Objective 1 (continued) · Promising practice (continued)');
    expect(pages.join('\n')).not.toContain('Boxtitle linked (continued)');
  }, 60_000);
});

describe('tagged PDF: the continued titles', () => {
  test('every text on the pages of a cut box is tagged or an artifact (the repeated title is tagged, not stray content)', async () => {
    const dir = tempDir('gcm-practice-tags-');
    const summary = await renderFiles([FIXTURE], { outDir: dir, lang: 'en' });
    expect(summary.failed).toEqual([]);
    const path = join(dir, 'long-practice.pdf');
    const pages = pageLines(path);
    const first = pages.findIndex((p) => body(p).includes(long!.title.en));
    const end = pages.findLastIndex((p) => /\bR4\b/.test(p));
    const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
    for (let i = first + 1; i <= end; i++) {
      const c = doc.getPages()[i]!.node.Contents()!;
      const streams = c instanceof PDFArray ? c.asArray().map((r) => doc.context.lookup(r)) : [c];
      const content = streams
        .map((st) => Buffer.from(decodePDFRawStream(st as PDFRawStream).decode()).toString('latin1'))
        .join('\n');
      // the marked-content depth at each text object
      let depth = 0;
      let texts = 0;
      for (const m of content.matchAll(/\bBDC\b|\bBMC\b|\bEMC\b|\bBT\b[\s\S]*?\bET\b/g)) {
        if (m[0] === 'BDC' || m[0] === 'BMC') depth++;
        else if (m[0] === 'EMC') depth--;
        else {
          texts++;
          expect(depth, `page ${i + 1}: a text object outside any marked content`).toBeGreaterThan(0);
        }
      }
      expect(texts).toBeGreaterThan(10);
    }
  }, 120_000);
});

describe('Word export: a practice box over several pages', () => {
  test("the box's label and title are its table's header row, repeated by LibreOffice at the top of each page the box runs on to", async () => {
    const dir = tempDir('gcm-practice-docx-');
    const summary = await renderFiles([FIXTURE], { format: 'docx', outDir: dir, lang: 'en' });
    expect(summary.failed).toEqual([]);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'long-practice.docx'),
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
    const pages = pageLines(join(dir, 'long-practice.pdf'));
    const title = long!.title.en;
    const first = pages.findIndex((p) => body(p).includes(title));
    const end = pages.findLastIndex((p) => /\bR4\b/.test(p));
    expect(first).toBeGreaterThan(0);
    expect(end - first).toBeGreaterThanOrEqual(2);
    for (let p = first + 1; p <= end; p++)
      expect(body(pages[p]!).slice(0, 2), `page ${p + 1}`).toEqual(['PROMISING PRACTICE', title]);
    // and nowhere else
    expect(pages.flatMap(body).filter((l) => l === title)).toHaveLength(end - first + 1);
  }, 300_000);
});
