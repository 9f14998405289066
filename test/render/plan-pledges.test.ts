// Issue 9 §3–5 in the report: the national plan section, measure labels and priorities by the
// objective headings, one-line entries for objectives not reported, --order priority, the Pledges
// and Progress Declaration sections. Real PDFs of the new example in English and French, checked
// with pdftotext; the model for the details.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { buildReportModel } from '../../src/model/index.js';
import type { ReportModel } from '../../src/model/types.js';
import { ChromiumRenderer } from '../../src/render/chromium.js';
import { htmlForModel, modelFor } from '../../src/render/html.js';
import { loadTemplates } from '../../src/render/templates.js';
import type { Review } from '../../src/schema/types.js';
import { EXAMPLES, loadReview, pageTexts, removeTempDirs, squash, tempPdf } from './helpers.js';
import { run } from '../ecosystem/helpers.js';

const FILE = join(EXAMPLES, 'plan-pledges-en.gcm.yaml');
let review: Review;
let renderer: ChromiumRenderer;
const pdf: Record<string, { model: ReportModel; pages: string[]; text: string }> = {};

async function render(name: string, opts: { lang?: string; order?: 'objective' | 'priority' }): Promise<void> {
  const templates = await loadTemplates();
  const model = modelFor(review, { mode: 'pdf', templates, paper: 'A4', ...opts });
  const res = await renderer.pdf(htmlForModel(model, templates), { paper: 'A4', key: name });
  const pages = pageTexts(tempPdf(res.pdf, `${name}.pdf`), { raw: true });
  pdf[name] = { model, pages, text: up(pages.join(' ')) };
}

beforeAll(async () => {
  review = await loadReview(FILE);
  renderer = await ChromiumRenderer.start({ jobs: 2 });
  await Promise.all([render('en', {}), render('fr', { lang: 'fr' }), render('prio', { order: 'priority' })]);
}, 120_000);
afterAll(async () => {
  await renderer?.close();
  removeTempDirs();
});

/** Extracted text compared without spaces and case (labels are printed in capitals by the style). */
function up(s: string): string {
  return squash(s).toUpperCase();
}

/** The page (1-based) whose text contains all of `needles`. */
function pageWith(name: string, ...needles: string[]): number {
  return pdf[name]!.pages.findIndex((p) => needles.every((n) => up(p).includes(up(n)))) + 1;
}

describe('the model', () => {
  test('plan: dimensions, and each measure with its dimension and objectives (linked when reported)', () => {
    const m = buildReportModel(review);
    expect(m.plan!.titleHtml).toBe('National GCM Implementation Plan 2023–2027');
    expect(m.plan!.adopted).toBe('May 2, 2023');
    expect(m.plan!.dimensions.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    const m23 = m.plan!.measures.find((x) => x.id === 'M2.3')!;
    expect(m23.dimensionHtml).toBe('D2 Labour mobility and decent work');
    expect(m23.objectives).toEqual([
      { number: 5, label: 'Objective 5', href: '#objective-5' },
      { number: 6, label: 'Objective 6', href: '#objective-6' },
      { number: 18, label: 'Objective 18', href: '#objective-18' },
    ]);
    // objective 1 is served by M1.2 but not reported: no link
    expect(m.plan!.measures[0]!.objectives[0]).toEqual({ number: 1, label: 'Objective 1' });
    expect(m.toc.map((e) => e.id)).toEqual(
      expect.arrayContaining(['national-plan', 'pledges', 'progress-declaration']),
    );
  });

  test('objective headings carry their measure ids and priority; unreported objectives are one-line entries at their place', () => {
    const m = buildReportModel(review);
    const part = m.parts[0]!;
    const o6 = part.objectives.find((o) => o.number === 6)!;
    expect(o6.measures).toEqual([
      { id: 'M2.1', title: 'Zero-fee recruitment in priority corridors' },
      { id: 'M2.3', title: 'Bilateral labour agreements' },
    ]);
    expect(o6.priority).toMatchObject({ rank: 1, label: 'Priority 1' });
    expect(part.entries).toHaveLength(23);
    expect(part.entries!.map((e) => ('objective' in e ? e.objective.number : -e.skipped.number)).slice(0, 7)).toEqual([
      -1, -2, -3, -4, 5, 6, -7,
    ]);
    const skipped = part.entries!.find((e) => 'skipped' in e)!;
    expect('skipped' in skipped && skipped.skipped.text).toBe('Not among this review’s priorities');
    expect(part.scope!.text).toBe('This review reports on a selection of objectives.');
  });

  test('without a selective scope, an unreported objective says "Not reported"', () => {
    const m = buildReportModel({ ...review, metadata: { ...review.metadata, scope: { kind: 'all' } } });
    const e = m.parts[0]!.entries!.find((x) => 'skipped' in x)!;
    expect('skipped' in e && e.skipped.text).toBe('Not reported');
  });

  test('priority order: ranked objectives first by rank, then the others by number', () => {
    const withUnranked: Review = {
      ...review,
      objectives: { ...review.objectives, '2': { gaps_and_challenges: 'Floods.' } },
    };
    const m = buildReportModel(withUnranked, { order: 'priority' });
    expect(m.order).toBe('priority');
    expect(m.parts[0]!.objectives.map((o) => o.number)).toEqual([6, 18, 5, 20, 23, 2]);
    expect(m.parts[0]!.entries).toBeUndefined();
    expect(m.parts[0]!.note).toMatch(/^Objectives ranked as priorities come first/);
    // a review with no ranking: objectives by number, and no note about an order that is not there
    const unranked = buildReportModel(
      { ...review, objectives: { '7': { gaps_and_challenges: 'x' }, '2': { gaps_and_challenges: 'y' } } },
      { order: 'priority' },
    );
    expect(unranked.parts[0]!.objectives.map((o) => o.number)).toEqual([2, 7]);
    expect(unranked.parts[0]!.note).toBeUndefined();
  });

  test('pledges: status and kind in words, partners with their country, objectives as labels; contacts left out of a public report', () => {
    const m = buildReportModel(review);
    expect(m.pledges.map((p) => p.status)).toEqual(['Fulfilled', 'In progress', 'Discontinued']);
    expect(m.pledges[0]).toMatchObject({
      kind: 'Joint pledge',
      partners: 'Ministry of Labour of Estria (QNB); International Labour Organization',
      gcrMirror: false,
      contact: { name: 'Tomas Verhaal', email: 'pledges@boe.veldara.example' },
    });
    expect(m.pledges[0]!.objectives.map((o) => o.label)).toEqual(['Objective 6', 'Objective 18']);
    expect(buildReportModel(review, { public: true }).pledges[0]!.contact).toBeUndefined();
    expect(m.progressDeclaration.map((p) => p.label)).toEqual(['Paragraph 59', 'Paragraph 70']);
  });

  test('Arabic labels for the new sections', () => {
    const m = buildReportModel(review, { lang: 'ar' });
    expect(m.strings['pledges.title']).toBe('التعهدات');
    expect(m.pledges[0]!.status).toBe('تم الوفاء به');
    expect(m.toc.find((e) => e.id === 'national-plan')!.text).toBe('الخطة الوطنية للتنفيذ');
  });
});

describe('the PDF (pdftotext)', () => {
  test('English: the plan section with its measure table, listed in the contents', () => {
    const p = pageWith('en', 'Measures and the objectives they serve', 'M2.3', 'Bilateral labour agreements');
    expect(p).toBeGreaterThan(2);
    expect(up(pdf.en!.pages[p - 1]!)).toContain(up('D2 Labour mobility and decent work'));
    expect(up(pdf.en!.pages[1]!)).toContain(up('National implementation plan'));
  });

  test('English: measure labels and priority by the objective heading; "Not among this review’s priorities" at each skipped place', () => {
    const text = pdf.en!.text;
    expect(text).toContain(up('Objective 6 · Priority 1'));
    expect(text).toContain(up('Plan measures: M2.1 M2.3'));
    expect(text.split(up('Not among this review’s priorities')).length - 1).toBe(18);
    // objective 7 sits between objective 6 and objective 18
    const i6 = text.indexOf(up('Objective 6 · Priority 1'));
    const i7 = text.indexOf(up('Objective 7'), i6);
    const i18 = text.indexOf(up('Objective 18 · Priority 2'));
    expect(i6).toBeLessThan(i7);
    expect(i7).toBeLessThan(i18);
  });

  test('English: a box per pledge with its status in words, and the Progress Declaration follow-up', () => {
    const p = pageWith('en', 'Fair recruitment corridor with Estria', 'Status: Fulfilled');
    expect(p).toBeGreaterThan(0);
    const page = up(pdf.en!.pages[p - 1]!);
    expect(page).toContain(up('Status: In progress'));
    expect(page).toContain(up('Objective 6 Objective 18'));
    expect(page).toContain(up('Tomas Verhaal'));
    expect(pdf.en!.text).toContain(up('Progress Declaration follow-up'));
    expect(pdf.en!.text).toContain(up('Paragraph 70 Veldara created a GCM budget line'));
  });

  test('French: the same sections with French labels', () => {
    const text = pdf.fr!.text;
    expect(text).toContain(up('Plan national de mise en œuvre'));
    expect(text).toContain(up('Mesures du plan : M2.1 M2.3'));
    expect(text).toContain(up('Ne figure pas parmi les priorités de cet examen'));
    expect(text).toContain(up('Engagement conjoint'));
    expect(text).toContain(up('État : Réalisé'));
    expect(text).toContain(up('Suivi de la Déclaration sur les progrès'));
    expect(text).toContain(up('Paragraphe 59'));
    expect(text).not.toContain(up('Not among this review'));
  });

  test('--order priority: objectives in rank order, the others listed after them', () => {
    const text = pdf.prio!.text;
    const at = (s: string) => text.indexOf(up(s));
    const order = [6, 18, 5, 20, 23].map((n) => at(`Objective ${n} · Priority`));
    expect(order.every((x) => x > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(at('Objectives not covered in this review')).toBeGreaterThan(order[4]!);
  });
});

describe('gcm-review render --order priority', () => {
  test('is accepted by the command; an unknown order is a usage error', () => {
    const bad = run(['render', FILE, '--order', 'rank', '--format', 'html', '--out', '/nonexistent-dir-never-made']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('priority');
    const help = run(['render', '--help']);
    expect(help.out).toMatch(/priority: ranked objectives first/);
  });
});
