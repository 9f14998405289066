// The view model: language choice, official titles, Markdown safety, outline, order.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { buildReportModel, countryName, pickNarrative } from '../../src/model/index.js';
import { renderMarkdown, renderInlineMarkdown, safeHref } from '../../src/model/markdown.js';
import { OBJECTIVES, PRINCIPLES, ROUNDTABLES } from '../../src/reference/index.js';
import type { Review } from '../../src/schema/types.js';
import { EXAMPLES, loadReview } from './helpers.js';

const base = (extra: Partial<Review> = {}, meta: Partial<Review['metadata']> = {}): Review => ({
  format_version: 1,
  metadata: {
    submitter: { type: 'member_state', country: 'MEX' },
    cycle: 'imrf_2026',
    languages: ['en'],
    status: 'final',
    ...meta,
  },
  ...extra,
});

describe('Markdown in narratives', () => {
  test('emphasis, lists, links and tables come through', () => {
    const html = renderMarkdown(
      'Some *emphasis* and **strong**.\n\n- one\n- two\n\n[site](https://example.org)\n\n| A | B |\n|---|--:|\n| x | 1 |\n',
    );
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">site</a>');
    expect(html).toContain('<table class="md-table">');
    expect(html).toContain('<th scope="col">A</th>');
    expect(html).toContain('style="text-align:end"');
  });

  test('raw HTML is shown as text, never as HTML', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="file:///etc/passwd"> <iframe src="http://127.0.0.1/"></iframe>\n\n<style>body{background:url(http://x/)}</style>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<style/i);
    expect(html).toContain('&lt;script&gt;');
  });

  test('links other than web and mail addresses are not links; images never load', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](file:///etc/passwd) [c](data:text/html,x) ![pic](http://127.0.0.1/x.png) <http://ok.example/> [m](mailto:a@b.example)',
    );
    expect(html).not.toMatch(/href="(javascript|file|data):/i);
    expect(html).not.toContain('<img');
    expect(html).toContain('[pic]');
    expect(html).toContain('href="http://ok.example/"');
    expect(html).toContain('href="mailto:a@b.example"');
  });

  test('headings move under the section they are in', () => {
    expect(renderMarkdown('# Top\n\n## Sub', { headingBase: 2 })).toBe('<h2>Top</h2>\n<h3>Sub</h3>');
    expect(renderMarkdown('## Only level two', { headingBase: 4 })).toBe('<h4>Only level two</h4>');
    expect(renderMarkdown('# Never h1', { headingBase: 1 })).toBe('<h2>Never h1</h2>');
  });

  test('titles keep emphasis only', () => {
    expect(renderInlineMarkdown('A *fine* [link](https://x.example) <b>x</b>')).toBe(
      'A <em>fine</em> link &lt;b&gt;x&lt;/b&gt;',
    );
  });

  test('safeHref accepts web and mail addresses only', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('file:///etc/passwd')).toBeUndefined();
    expect(safeHref('http://a.example/"onmouseover="x')).toBeUndefined();
  });
});

describe('languages', () => {
  test('a bilingual narrative: asked language, then the review languages in order, then any', () => {
    const n = { en: 'English', fr: 'Français' };
    expect(pickNarrative(n, 'fr', ['en', 'fr'])).toEqual({ text: 'Français', lang: 'fr' });
    expect(pickNarrative(n, 'es', ['en', 'fr'])).toEqual({ text: 'English', lang: 'en' });
    expect(pickNarrative({ fr: 'Seul' }, 'en', ['en', 'fr'])).toEqual({ text: 'Seul', lang: 'fr' });
    expect(pickNarrative({ 'fr-CA': 'Québec' }, 'fr', ['en'])).toEqual({ text: 'Québec', lang: 'fr-CA' });
    expect(pickNarrative({ en: '  ' }, 'en', ['en'])).toBeUndefined();
  });

  test('text in another language than the report is marked with its lang', () => {
    const m = buildReportModel(base({ key_messages: { fr: 'Seulement en français' } }, { languages: ['en', 'fr'] }), {
      lang: 'en',
    });
    expect(m.keyMessages).toMatchObject({ lang: 'fr' });
    expect(m.keyMessages!.html).toContain('Seulement en français');
  });

  test('the bilingual example renders in the language asked for', async () => {
    const review = await loadReview(join(EXAMPLES, 'bilingual-en-fr.gcm.yaml'));
    const en = buildReportModel(review);
    const fr = buildReportModel(review, { lang: 'fr' });
    expect(en.lang).toBe('en');
    expect(fr.strings['toc.title']).toBe('Table des matières');
    const frText = typeof review.key_messages === 'object' ? review.key_messages['fr']! : '';
    expect(fr.keyMessages!.html).toContain(renderMarkdown(frText).slice(3, 40));
    expect(fr.keyMessages!.lang).toBeUndefined();
    expect(en.keyMessages!.html).not.toBe(fr.keyMessages!.html);
  });

  test('country names come in the report language; user-assigned codes show the submitter name or the code', () => {
    expect(countryName('MEX', 'fr')).toBe('Mexique');
    expect(countryName('MEX', 'ar')).toMatch(/[\u0600-\u06ff]/);
    expect(countryName('QMA', 'en')).toBeUndefined();
    expect(buildReportModel(base(), { lang: 'es' }).meta.submitterName).toBe('México');
    const named = base({}, { submitter: { type: 'member_state', country: 'QMA', name: 'Republic of Maravia' } });
    expect(buildReportModel(named).meta.submitterName).toBe('Republic of Maravia');
    const bare = base({}, { submitter: { type: 'member_state', country: 'XKX' } });
    expect(buildReportModel(bare).meta.submitterName).toBe('XKX');
  });

  test('Arabic: official objective and principle titles stay in English, wrapped in <bdi dir="ltr">', async () => {
    const review = await loadReview(join(EXAMPLES, 'review-ar.gcm.yaml'));
    const m = buildReportModel(review);
    expect(m.lang).toBe('ar');
    expect(m.dir).toBe('rtl');
    const objectives = m.parts.flatMap((p) => p.objectives);
    expect(objectives.length).toBeGreaterThan(0);
    for (const o of objectives) {
      const ref = OBJECTIVES[o.number - 1]!;
      expect(o.title).toBe(ref.title.en);
      expect(o.titleHtml.startsWith('<bdi dir="ltr" lang="en">')).toBe(true);
    }
    for (const p of m.principles) expect(p.title).toBe(PRINCIPLES.find((x) => x.key === p.key)!.title.en);
    expect(m.notes.join(' ')).toMatch(/[\u0600-\u06ff]/);
    // question texts stand in English (no official Arabic text), headings are our Arabic labels
    expect(m.methodology!.questions.every((q) => q.lang === 'en')).toBe(true);
    expect(objectives[0]!.q.a.heading).toMatch(/^\(أ\) /);
  });

  test('French: official titles in French, no English stand-ins', () => {
    const m = buildReportModel(base({ objectives: { '5': { gaps_and_challenges: 'x' } } }, { languages: ['fr'] }));
    const o = m.parts[0]!.objectives[0]!;
    expect(o.title).toBe(OBJECTIVES[4]!.title.fr);
    expect(o.titleHtml).not.toContain('<bdi');
    expect(m.notes).toEqual([]);
  });
});

describe('structure', () => {
  test('objective order: one part; unreported objectives listed; contents list reported objectives', () => {
    const m = buildReportModel(
      base({ objectives: { '7': { gaps_and_challenges: 'x' }, '2': { gaps_and_challenges: 'y' }, '9': {} } }),
    );
    expect(m.parts).toHaveLength(1);
    expect(m.parts[0]!.objectives.map((o) => o.number)).toEqual([2, 7]);
    expect(m.parts[0]!.notReported.map((o) => o.number)).toHaveLength(21);
    expect(m.toc.filter((e) => e.level === 2).map((e) => e.id)).toEqual(['objective-2', 'objective-7']);
    expect(m.overview.reported).toBe(2);
  });

  test('round-table order: four parts with the IMRF groups', () => {
    const all: Record<string, { gaps_and_challenges: string }> = {};
    for (const o of OBJECTIVES) all[String(o.number)] = { gaps_and_challenges: 'x' };
    const m = buildReportModel(base({ objectives: all }), { order: 'roundtable' });
    expect(m.parts.map((p) => p.id)).toEqual(['roundtable-1', 'roundtable-2', 'roundtable-3', 'roundtable-4']);
    for (const [i, rt] of ROUNDTABLES.entries())
      expect(m.parts[i]!.objectives.map((o) => o.number)).toEqual(rt.objectives);
  });

  test('question headings and completeness', async () => {
    const review = await loadReview(join(EXAMPLES, 'draft-fr.gcm.yaml'));
    const m = buildReportModel(review);
    expect(m.meta.isDraft).toBe(true);
    const partial = m.parts[0]!.objectives.find((o) => o.state === 'partial');
    expect(partial?.missing).toMatch(/^Reste à rédiger/);
    expect(m.methodology!.questionsIntro).toContain('un examen national');
  });

  test('support needs are sorted by area and counted in the matrix', () => {
    const m = buildReportModel(
      base({
        objectives: {
          '3': {
            support_needs: [
              { area: 'technology', priority: 'low' },
              { area: 'financing', priority: 'medium' },
              { area: 'financing', priority: 'high' },
            ],
          },
        },
        principle_support_needs: [{ principle: 'human_rights', area: 'other', label: 'Training', priority: 'high' }],
      }),
    );
    const o = m.parts[0]!.objectives[0]!;
    expect(o.q.e.needs.map((n) => n.areaKey)).toEqual(['financing', 'financing', 'technology']);
    const row = m.overview.matrix!.rows.find((r) => r.label === '3')!;
    expect(row.cells[0]).toMatchObject({ count: 2, priority: 'high' });
    expect(m.overview.matrix!.total).toBe(4);
    expect(m.overview.matrix!.rows.at(-1)!.title).toBe('Guiding principles');
    expect(m.principleSupport[0]!.label).toBe('Training');
    expect(m.overview.chartSvg).toContain('<svg');
  });

  test('an unsafe practice link is shown as text, not as a link', () => {
    const m = buildReportModel(
      base({
        objectives: {
          '1': {
            promising_practices: [
              { title: 'P', link: 'javascript:alert(1)' },
              { title: 'Q', link: 'https://ok.example/' },
            ],
          },
        },
      }),
    );
    const [p, q] = m.parts[0]!.objectives[0]!.q.d.practices;
    expect(p!.link).toBeUndefined();
    expect(p!.linkText).toBe('javascript:alert(1)');
    expect(q!.link).toEqual({ href: 'https://ok.example/', text: 'https://ok.example/' });
  });
});
