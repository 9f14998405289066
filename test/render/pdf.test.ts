// Real PDFs of the examples, printed by one shared Chromium and checked with poppler and pdf-lib:
// titles, table of contents against the pages, bookmarks, "page X of Y", fonts, Arabic, draft.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { t } from '../../src/i18n/index.js';
import { buildReportModel } from '../../src/model/index.js';
import type { ReportModel } from '../../src/model/types.js';
import { OBJECTIVES } from '../../src/reference/index.js';
import { ChromiumRenderer } from '../../src/render/chromium.js';
import { htmlForModel, modelFor } from '../../src/render/html.js';
import { readDestinationsFast, readDestinationsPdfLib } from '../../src/render/pdf-read.js';
import { loadTemplates } from '../../src/render/templates.js';
import {
  EXAMPLES,
  FIXTURES,
  loadReview,
  norm,
  pageTexts,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  squash,
  tempPdf,
  removeTempDirs,
} from './helpers.js';

interface Rendered {
  model: ReportModel;
  bytes: Uint8Array;
  path: string;
  /** Text of each page in reading layout. */
  pages: string[];
  /** Text of each page in content-stream order (a diagonal watermark stays out of the lines). */
  raw: string[];
  passes: number;
}

let renderer: ChromiumRenderer;
const out: Record<string, Rendered> = {};

async function render(
  name: string,
  file: string,
  opts: { lang?: string; order?: 'objective' | 'roundtable'; template?: string } = {},
): Promise<void> {
  const { template, ...modelOpts } = opts;
  const templates = await loadTemplates(template);
  const review = await loadReview(file.includes('/') ? file : join(EXAMPLES, file));
  const model = modelFor(review, { mode: 'pdf', templates, paper: 'A4', ...modelOpts });
  const res = await renderer.pdf(htmlForModel(model, templates), { paper: 'A4', key: name });
  const path = tempPdf(res.pdf, `${name}.pdf`);
  out[name] = {
    model,
    bytes: res.pdf,
    path,
    pages: pageTexts(path),
    raw: pageTexts(path, { raw: true }),
    passes: res.passes,
  };
}

beforeAll(async () => {
  renderer = await ChromiumRenderer.start({ jobs: 2 });
  await Promise.all([
    render('full', 'full-en.gcm.yaml'),
    render('ar', 'review-ar.gcm.yaml'),
    render('draft', 'draft-fr.gcm.yaml'),
    render('es-rt', 'stakeholder-es.gcm.yaml', { order: 'roundtable' }),
    render('bi-fr', 'bilingual-en-fr.gcm.yaml', { lang: 'fr' }),
    render('breaks', 'bilingual-en-fr.gcm.yaml', { template: join(FIXTURES, 'templates/page-breaks') }),
  ]);
}, 120_000);
afterAll(async () => {
  await renderer?.close();
  removeTempDirs();
});

/** Page number the contents give for each entry, read from the contents pages' text. */
function tocNumbers(r: Rendered): Map<string, number> {
  // raw order: "title page", with no watermark letters in between
  const contents = r.raw.slice(1, 4).join(' ');
  const numbers = new Map<string, number>();
  let from = 0;
  for (const e of r.model.toc) {
    const at = contents.indexOf(norm(e.text), from);
    expect(at, `contents entry "${e.text}"`).toBeGreaterThanOrEqual(0);
    const m = /^\s*(\d+)/.exec(contents.slice(at + norm(e.text).length));
    expect(m, `page number after "${e.text}"`).not.toBeNull();
    numbers.set(e.id, Number(m![1]));
    from = at + norm(e.text).length;
  }
  return numbers;
}

function checkContents(r: Rendered): void {
  const numbers = tocNumbers(r);
  const last = r.pages.length;
  for (const e of r.model.toc) {
    const page = numbers.get(e.id)!;
    expect(page, e.id).toBeGreaterThan(2);
    expect(page, e.id).toBeLessThanOrEqual(last);
    const text = squash(r.raw[page - 1]!);
    if (e.level === 2) {
      // the heading: upper-case label, then the official title
      const heading = squash(`${t(r.model.lang, 'objective.label', { n: e.number! }).toUpperCase()} ${e.text}`);
      expect(text, `${e.id} on page ${page}`).toContain(heading);
      for (let p = 3; p < page; p++)
        expect(squash(r.raw[p - 1]!), `${e.id} before page ${page}`).not.toContain(heading);
    } else {
      expect(text, `${e.id} on page ${page}`).toContain(squash(e.text));
    }
  }
}

describe('full English review (23 objectives)', () => {
  test('is a long report (15 pages or more), printed in at most two passes (a second one only to correct predicted page numbers)', () => {
    expect(out.full!.pages.length).toBeGreaterThanOrEqual(15);
    expect(out.full!.passes).toBeLessThanOrEqual(2);
  });

  test('every official objective title is in the text, in its own section', () => {
    const body = squash(out.full!.raw.slice(3).join(' '));
    for (const o of OBJECTIVES)
      expect(body, `objective ${o.number}`).toContain(squash(`OBJECTIVE ${o.number} ${o.title.en}`));
  });

  test('the contents give the page where each section starts', () => {
    checkContents(out.full!);
  });

  test('bookmarks mirror the contents: same titles (spaces intact), same pages', async () => {
    const outline = await pdfOutline(out.full!.bytes);
    const numbers = tocNumbers(out.full!);
    for (const e of out.full!.model.toc) {
      const title = e.level === 2 ? `${e.label} ${e.text}` : e.text;
      const item = outline.find((o) => o.title === title);
      expect(item, `bookmark "${title}"`).toBeDefined();
      expect(item!.page, `bookmark page of ${e.id}`).toBe(numbers.get(e.id));
      expect(item!.depth, e.id).toBe(e.level - 1);
    }
    // under each objective, its five questions
    const o2 = outline.findIndex((o) => o.title.startsWith('Objective 2 '));
    expect(outline.slice(o2 + 1, o2 + 6).map((o) => o.title.slice(0, 3))).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)']);
  });

  test('"Page X of Y" on every page but the cover', () => {
    const n = out.full!.pages.length;
    expect(out.full!.pages[0]).not.toMatch(/Page \d+ of/);
    for (let i = 2; i <= n; i++) expect(out.full!.pages[i - 1], `page ${i}`).toContain(`Page ${i} of ${n}`);
  });

  test('running header on every page but the cover; tagged PDF with the title; all fonts embedded', () => {
    const header = out.full!.model.meta.runningHeader;
    for (let i = 2; i <= out.full!.pages.length; i++)
      expect(out.full!.pages[i - 1]!.startsWith(header), `page ${i}`).toBe(true);
    const info = pdfInfo(out.full!.path);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe(out.full!.model.meta.title);
    const fonts = pdfFonts(out.full!.path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.embedded, f.name).toBe(true);
    expect(fonts.some((f) => /NotoSerif/.test(f.name))).toBe(true);
    expect(fonts.some((f) => /NotoSans-/.test(f.name))).toBe(true);
  });

  test('the fast destination reader agrees with pdf-lib', async () => {
    const fast = readDestinationsFast(out.full!.bytes);
    const slow = await readDestinationsPdfLib(out.full!.bytes);
    expect(fast.pages).toBe(out.full!.pages.length);
    expect(fast.pages).toBe(slow.pages);
    expect([...fast.dests].sort()).toEqual([...slow.dests].sort());
    // every contents entry, and the skip link's target (#content)
    expect(fast.dests.size).toBe(out.full!.model.toc.length + 1);
    expect(fast.dests.has('content')).toBe(true);
  });
});

describe('Arabic review', () => {
  const strip = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  test('Arabic text is extracted, with Arabic fonts embedded', () => {
    const text = strip(out.ar!.pages.join(' '));
    expect(text).toContain('الرسائل الرئيسية');
    expect(text).toContain('المهاجرين');
    const names = pdfFonts(out.ar!.path).map((f) => f.name);
    expect(names.some((n) => /NotoNaskhArabic/.test(n))).toBe(true);
    // headings in Noto Kufi Arabic: its text extracts with lam-alef in order (issue 15)
    expect(names.some((n) => /NotoKufiArabic/.test(n))).toBe(true);
    expect(pdfFonts(out.ar!.path).every((f) => f.embedded)).toBe(true);
  });

  test('official titles are the English ones; page footer in Arabic', () => {
    const text = strip(out.ar!.pages.join(' '));
    for (const o of out.ar!.model.parts.flatMap((p) => p.objectives))
      expect(text).toContain(OBJECTIVES[o.number - 1]!.title.en);
    const n = out.ar!.pages.length;
    expect(squash(out.ar!.pages[2]!)).toContain(squash(`الصفحة 3 من ${n}`));
  });

  test('the contents are right in a right-to-left report too; bookmarks read in logical order', async () => {
    const dests = readDestinationsFast(out.ar!.bytes).dests;
    const outline = await pdfOutline(out.ar!.bytes);
    for (const e of out.ar!.model.toc) {
      const title = e.level === 2 ? `${e.label} ${e.text}` : e.text;
      const item = outline.find((o) => o.title === title);
      expect(item, `bookmark "${title}"`).toBeDefined();
      expect(item!.page, e.id).toBe(dests.get(e.id));
    }
    expect(outline.some((o) => o.title === '(أ) People-centred' || o.title.startsWith('(أ) '))).toBe(true);
  });
});

describe('French draft', () => {
  test('the DRAFT mark is on every page, as an image (its letters stay out of the text)', () => {
    const word = t('fr', 'watermark.draft');
    expect(word).toBe('PROJET');
    const raw = pageTexts(out.draft!.path, { raw: true }).map((p) => p.replace(/\s+/g, ''));
    expect(raw.length).toBeGreaterThan(5);
    // the cover's status badge says it in words; the watermark is an image on every page
    expect(raw[0]).toContain(word);
    const images = execFileSync('pdfimages', ['-list', out.draft!.path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((l) => Number(l.trim().split(/\s+/)[0]))
      .filter((n) => n > 0);
    for (let p = 1; p <= raw.length; p++) expect(images, `page ${p}`).toContain(p);
    // and the running header says it too, on every page after the cover
    out.draft!.pages.slice(1).forEach((p, i) => expect(p, `page ${i + 2}`).toContain(t('fr', 'header.draft')));
  });

  test('a final report has no draft mark', () => {
    const raw = pageTexts(out.full!.path, { raw: true }).map((p) => p.replace(/\s+/g, ''));
    for (const p of raw) expect(p).not.toContain('DRAFT');
  });

  test('French strings and French official titles', () => {
    const text = squash(out.draft!.raw.join(' '));
    expect(text).toContain(squash('Table des matières'));
    expect(text).toContain(squash(OBJECTIVES[0]!.title.fr));
    checkContents(out.draft!);
  });
});

describe('other examples', () => {
  test('Spanish stakeholder review in round-table order: four round tables, contents right', () => {
    const r = out['es-rt']!;
    expect(r.model.parts.map((p) => p.title)).toEqual([
      'Mesa redonda 1',
      'Mesa redonda 2',
      'Mesa redonda 3',
      'Mesa redonda 4',
    ]);
    checkContents(r);
    expect(squash(r.raw.join(' ')).toUpperCase()).toContain(
      squash('Contribución de una parte interesada').toUpperCase(),
    );
  });

  test('bilingual review rendered in French shows the French texts', async () => {
    const r = out['bi-fr']!;
    const review = await loadReview(join(EXAMPLES, 'bilingual-en-fr.gcm.yaml'));
    const en = buildReportModel(review, { lang: 'en' });
    expect(r.model.lang).toBe('fr');
    const text = squash(r.raw.join(' '));
    expect(text).toContain(squash('Messages clés'));
    expect(text).not.toContain(squash('Key messages'));
    const frTitle = typeof review.metadata.title === 'object' ? review.metadata.title['fr']! : '';
    expect(text).toContain(squash(frTitle));
    expect(en.meta.title).not.toBe(r.model.meta.title);
    checkContents(r);
  });
});

describe('a custom theme with its own page breaks', () => {
  test('the contents still give the right pages, first time', () => {
    const r = out['breaks']!;
    checkContents(r);
    // every objective starts a page
    const numbers = tocNumbers(r);
    const objectivePages = r.model.toc.filter((e) => e.level === 2).map((e) => numbers.get(e.id)!);
    for (let i = 1; i < objectivePages.length; i++) expect(objectivePages[i]).toBeGreaterThan(objectivePages[i - 1]!);
    expect(r.passes).toBe(1);
  });
});
