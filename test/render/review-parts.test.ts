// Issue 9 parts in the report: the review profile on "At a glance", crisis impact, the review
// process (lead agency, support, consultation details, validation workshops, `other` stakeholders),
// review number and previous review on the cover, authors, the optional narratives, the UN system
// wording, short texts as language maps, render --public, and no empty Methodology part.
// The model is checked directly; real PDFs (English and French, plus Arabic labels) with pdftotext.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { buildReportModel, publicReview, resolveText } from '../../src/model/index.js';
import type { ReportModel } from '../../src/model/types.js';
import { questionText } from '../../src/reference/index.js';
import { ChromiumRenderer } from '../../src/render/chromium.js';
import { htmlForModel, modelFor } from '../../src/render/html.js';
import { loadTemplates } from '../../src/render/templates.js';
import type { Review } from '../../src/schema/types.js';
import { ROOT, loadReview, pageTexts, removeTempDirs, squash, tempPdf } from './helpers.js';

const PARTS = join(ROOT, 'test', 'fixtures', 'valid', 'review-parts.gcm.yaml');

const minimal = (extra: Partial<Review> = {}, md: Partial<Review['metadata']> = {}): Review => ({
  format_version: 1,
  metadata: {
    submitter: { type: 'member_state', country: 'QMA' },
    cycle: 'imrf_2026',
    languages: ['en'],
    status: 'draft',
    ...md,
  },
  ...extra,
});

describe('the view model', () => {
  let review: Review;
  beforeAll(async () => {
    review = await loadReview(PARTS);
  });

  test('the profile: the four named questions in order, then custom ones, answers in words, comments kept', () => {
    const m = buildReportModel(review);
    expect(m.profile.map((r) => [r.answerKey, r.answer])).toEqual([
      ['yes', 'Yes'],
      ['partially', 'Partially'],
      ['yes', 'Yes'],
      ['no', 'No'],
      ['not_applicable', 'Not applicable'],
    ]);
    expect(m.profile[0]!.question).toBe('Is there a national GCM implementation plan?');
    expect(m.profile[0]!.comment?.html).toContain('Adopted in 2023.');
    expect(m.profile[4]!.question).toBe('Has the GCM been translated into the national language?');
    const fr = buildReportModel(review, { lang: 'fr' });
    expect(fr.profile[0]!.question).toBe('Existe-t-il un plan national de mise en œuvre du Pacte mondial ?');
    expect(fr.profile[1]!.answer).toBe('En partie');
  });

  test('crisis impact, in file order, a crisis name given as a language map resolved in the report language', () => {
    expect(buildReportModel(review).crisisImpact.map((c) => c.crisis)).toEqual(['COVID-19 pandemic', 'Floods of 2024']);
    expect(buildReportModel(review, { lang: 'fr' }).crisisImpact[1]!.crisis).toBe('Inondations de 2024');
    expect(buildReportModel(review).toc.map((e) => e.id)).toContain('crisis-impact');
  });

  test('the review process: lead agency, support, consultation kind/place/organiser/bodies/outcomes, other stakeholders', () => {
    const m = buildReportModel(review).methodology!;
    expect(m.hasContent).toBe(true);
    expect(m.leadAgency).toBe('Ministry of the Interior');
    expect(m.support.map((s) => s.organization)).toEqual(['UN Network on Migration', 'IOM']);
    const [c1, c2] = buildReportModel(review).methodology!.consultations;
    expect(c1).toMatchObject({
      kind: 'Consultation',
      place: 'Estria City',
      organiser: 'Ministry of the Interior',
      bodies: 'National Migrant Council; Bar Association',
    });
    expect(c1!.outcomes?.html).toContain('objective 13 was rewritten');
    expect(c2).toMatchObject({ kind: 'Validation workshop', isValidation: true });
    expect(m.stakeholders.map((s) => s.category)).toEqual(['Migrants', 'Other: Employers’ organizations']);
    expect(buildReportModel(review, { lang: 'fr' }).methodology!.leadAgency).toBe('Ministère de l’Intérieur');
  });

  test('the cover: "Second review", the previous review with its link, the authors', () => {
    const m = buildReportModel(review).meta;
    expect(m.reviewNumber).toBe('Second review');
    expect(m.previousReview).toEqual({
      text: 'First voluntary national review of Estria · First International Migration Review Forum (2022)',
      link: { href: 'https://example.org/vnr-2022.pdf', text: 'https://example.org/vnr-2022.pdf' },
    });
    expect(m.authors).toEqual([{ name: 'Dr Lena Marsh', detail: 'Lead consultant, Economic Commission for Europe' }]);
    expect(buildReportModel(review, { lang: 'es' }).meta.reviewNumber).toBe('Segundo examen');
    expect(buildReportModel(minimal({}, { review_number: 7 })).meta.reviewNumber).toBe('Review no. 7');
  });

  test('the optional narratives are parts with their own contents entries, in report order', () => {
    const m = buildReportModel(review);
    const ids = m.toc.map((e) => e.id);
    for (const id of ['executive-summary', 'policy-framework', 'means-of-implementation', 'disclaimer'])
      expect(ids).toContain(id);
    expect(ids.indexOf('executive-summary')).toBeLessThan(ids.indexOf('key-messages'));
    expect(ids.indexOf('means-of-implementation')).toBeLessThan(ids.indexOf('next-steps'));
    expect(ids[ids.length - 1]).toBe('disclaimer');
    expect(m.disclaimer?.title).toBe('Disclaimer');
  });

  test('short texts given as language maps: submitter name, unit, source, partners, focal point title', () => {
    const en = buildReportModel(review, { lang: 'en' });
    const fr = buildReportModel(review, { lang: 'fr' });
    const stat = (m: ReportModel) => m.parts[0]!.objectives[0]!.q.a.statistics[0]!;
    expect(stat(en)).toMatchObject({ unit: 'persons', source: 'Statistics Office' });
    expect(stat(fr)).toMatchObject({ unit: 'personnes', source: 'Office statistique' });
    // partners are among the practice's facts (a name in several languages shows in the report's)
    const partners = fr.parts[0]!.objectives[0]!.q.d.practices[0]!.facts.map((f) => f.html).join(' ');
    expect(partners).toContain('<bdi>Office statistique</bdi>');
    expect(partners).toContain('<bdi>IOM</bdi>');
    expect(fr.meta.focalPoint?.title).toBe('Directrice');
    // a fictional country has no country name: the name given is used, in the report language
    expect(en.meta.submitterName).toBe('Republic of Estria');
    expect(fr.meta.submitterName).toBe('République d’Estrie');
    expect(resolveText({ en: 'a', fr: 'b' }, 'es', ['fr', 'en'])).toBe('b');
    expect(resolveText('  ', 'en', ['en'])).toBeUndefined();
  });

  test('x- fields are not shown anywhere in the report', async () => {
    const templates = await loadTemplates();
    const html = htmlForModel(modelFor(review, { mode: 'html', templates }), templates);
    expect(html).not.toMatch(/x-internal-id|x-staff-id|A-17|x-room|B12|data team/);
  });

  test('--public: no e-mail or phone anywhere, any contact field stripped, the rest kept', async () => {
    const templates = await loadTemplates();
    const html = htmlForModel(modelFor(review, { mode: 'html', templates, public: true }), templates);
    expect(html).not.toContain('ana.perez@interior.example');
    expect(html).not.toContain('555 0100');
    expect(html).toContain('Ana Pérez');
    const full = htmlForModel(modelFor(review, { mode: 'html', templates }), templates);
    expect(full).toContain('ana.perez@interior.example');
    // generic: a contact inside any part (e.g. a pledge) goes too; the input is not changed
    const withPledge = { ...review, pledges: [{ title: 'P', contact: { name: 'X', email: 'x@y.example' } }] };
    const stripped = publicReview(withPledge as Review) as unknown as { pledges: Record<string, unknown>[] };
    expect(stripped.pledges[0]).toEqual({ title: 'P' });
    expect((withPledge.pledges[0] as { contact?: unknown }).contact).toBeDefined();
  });

  test('no empty Methodology part: with nothing written it is the guiding questions only, under their own title', () => {
    const m = buildReportModel(minimal());
    expect(m.methodology!.hasContent).toBe(false);
    expect(m.toc.find((e) => e.id === 'methodology')!.text).toBe('The guiding questions');
    expect(m.toc.map((e) => e.id)).not.toContain('executive-summary');
    expect(m.profile).toEqual([]);
    expect(m.crisisImpact).toEqual([]);
  });

  test('a stakeholder submitter of category other shows its own label on the cover', () => {
    const m = buildReportModel(
      minimal(
        {},
        {
          submitter: { type: 'stakeholder', name: 'EEF', category: 'other', category_label: 'Employers’ organization' },
        },
      ),
    );
    expect(m.meta.category).toBe('Other: Employers’ organization');
  });

  test('un_system: its own kicker, its own wording of the questions, marked as not official', () => {
    const m = buildReportModel(
      minimal({}, { submitter: { type: 'un_system', name: 'UN Network on Migration in Estria' } }),
    );
    expect(m.meta.kicker).toBe('Contribution of the United Nations system to the review');
    expect(m.methodology!.questions[0]!.text).toBe(questionText('a', 'un_system', 'en'));
    expect(m.methodology!.questions[0]!.text).toMatch(/United Nations system/);
    expect(m.notes.join(' ')).toMatch(/not an official text/);
    expect(m.methodology!.questionsIntro).toContain('the United Nations system');
  });
});

describe('the PDF (pdftotext)', () => {
  let renderer: ChromiumRenderer;
  const pages: Record<string, string[]> = {};
  beforeAll(async () => {
    renderer = await ChromiumRenderer.start({ jobs: 2 });
    const templates = await loadTemplates();
    const review = await loadReview(PARTS);
    await Promise.all(
      (['en', 'fr', 'ar'] as const).map(async (lang) => {
        const model = modelFor(review, { mode: 'pdf', templates, paper: 'A4', lang });
        const res = await renderer.pdf(htmlForModel(model, templates), { paper: 'A4', key: `parts-${lang}` });
        pages[lang] = pageTexts(tempPdf(res.pdf, `parts-${lang}.pdf`));
      }),
    );
  }, 120_000);
  afterAll(async () => {
    await renderer?.close();
    removeTempDirs();
  });

  /** The first page after the cover and the contents that shows `text` (-1: none). */
  const find = (lang: string, text: string) =>
    pages[lang]!.findIndex((p, i) => i >= 2 && squash(p).toLowerCase().includes(squash(text).toLowerCase()));

  test('English: cover, profile table at a glance, parts, process details, crisis impact, disclaimer last', () => {
    const p = pages['en']!;
    expect(p[0]).toContain('Second review');
    expect(p[0]).toContain('https://example.org/vnr-2022.pdf');
    expect(p[0]).toContain('Dr Lena Marsh, Lead consultant');
    const glance = find('en', 'Review profile');
    expect(glance).toBeGreaterThan(1);
    for (const s of [
      'At a glance',
      'Is there a national GCM implementation plan?',
      'Yes',
      'Partially',
      'Not applicable',
    ])
      expect(p[glance], s).toContain(s);
    for (const s of [
      'Executive summary',
      'Policy and enabling environment',
      'Lead agency: Ministry of the Interior',
      'Support for the review',
      'Validation workshop Validation of the draft review',
      'Organised by: Ministry of the Interior',
      'Bodies taking part: National Migrant Council; Bar Association',
      'Other: Employers’ organizations',
      'Impact of crises',
      'COVID-19 pandemic',
      'Means of implementation',
    ])
      expect(find('en', s), s).toBeGreaterThan(1);
    // the disclaimer closes the report (its heading is set in capitals)
    expect(squash(p[p.length - 1]!).toLowerCase()).toContain(
      squash('Disclaimer The views expressed are those of the authors.').toLowerCase(),
    );
    expect(p.join(' ')).not.toMatch(/x-internal-id|x-room/);
  });

  test('French: the same parts with French labels and the French side of language maps', () => {
    const p = pages['fr']!;
    expect(p[0]).toContain('Deuxième examen');
    expect(p[0]!.toLowerCase()).toContain('examen précédent'); // labels are set in capitals
    for (const s of [
      'Profil de l’examen',
      'En partie',
      'Résumé analytique',
      'Institution chef de file : Ministère de l’Intérieur',
      'Atelier de validation',
      'Incidence des crises',
      'Inondations de 2024',
      'Moyens de mise en œuvre',
      'Avertissement',
      '1 200 personnes',
    ])
      expect(find('fr', s), s).toBeGreaterThan(1);
  });

  test('Arabic: the new labels are in Arabic', () => {
    // (strings without the lam-alef ligature, which pdftotext takes apart)
    expect(squash(pages['ar']![0]!)).toContain('إعداد'); // "prepared by", on the cover
    for (const s of ['الملخص التنفيذي', 'حلقة عمل للمصادقة', 'وسائل التنفيذ', 'الجهة الرائدة'])
      expect(find('ar', s), s).toBeGreaterThan(1);
  });
});
