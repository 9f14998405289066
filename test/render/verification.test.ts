// Issue 17 in the report: the colophon names the printed official strings that are not yet
// verified (once, in the report language), the methodology box names the source of the
// questions, and countries carry their UN name and status.
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/model/index.js';
import { reportHtml } from '../../src/render/html.js';
import { loadTemplates } from '../../src/render/templates.js';

const renderHtml = async (r: Review, o: { lang: string }) =>
  reportHtml(r, { ...o, mode: 'html', templates: await loadTemplates() });
import type { Review } from '../../src/schema/types.js';

const review = (meta: Partial<Review['metadata']> = {}, extra: Partial<Review> = {}): Review => ({
  format_version: 1,
  metadata: {
    submitter: { type: 'member_state', country: 'MEX' },
    cycle: 'imrf_2026',
    languages: ['en'],
    status: 'final',
    ...meta,
  },
  objectives: { '7': { gaps_and_challenges: 'Gaps.' } },
  ...extra,
});

describe('colophon: unverified official strings, said once in the report language', () => {
  it('a French report names the French titles of objectives 18 and 22', () => {
    const m = buildReportModel(review(), { lang: 'fr' });
    expect(m.colophon).toBe(
      'Les titres français des objectifs 18 et 22 ne sont pas encore vérifiés par rapport au texte officiel.',
    );
  });

  it('a Spanish report names the Spanish titles, the region name and the stakeholder labels it prints', () => {
    const m = buildReportModel(
      review({ region: 'eca' }, { methodology: { stakeholders_consulted: [{ category: 'migrants' }] } }),
      { lang: 'es' },
    );
    expect(m.colophon).toBe(
      'Los títulos en español de los objetivos 3, 15, 16, 17, 20 y 23, el nombre en español de la comisión regional y la etiqueta en español de una categoría de partes interesadas aún no se han verificado con el texto oficial.',
    );
  });

  it('an English report says nothing when everything it prints is verified, and names an unverified region', () => {
    expect(buildReportModel(review({ region: 'ece' }), { lang: 'en' }).colophon).toBeUndefined();
    expect(buildReportModel(review({ region: 'escwa' }), { lang: 'en' }).colophon).toBe(
      'The English name of the regional commission is not yet verified against the official text.',
    );
  });

  it('the sentence appears once in the HTML, on the cover', async () => {
    const html = await renderHtml(review(), { lang: 'fr' });
    expect(html.split('ne sont pas encore vérifiés par rapport au texte officiel').length - 1).toBe(1);
    expect(html).toMatch(/<p class="cover-colophon">Les titres français des objectifs 18 et 22/);
  });
});

describe('methodology box: the source of the questions (a)–(e)', () => {
  it.each([
    ['en', 'Source of questions (a)–(e): Annex I of the concept note of 28 January 2021'],
    ['fr', 'Source des questions (a) à (e) : annexe I de la note conceptuelle du 28 janvier 2021'],
    ['es', 'Fuente de las preguntas a) a e): anexo I de la nota conceptual del 28 de enero de 2021'],
    ['ar', 'مصدر الأسئلة'],
  ])('in %s', async (lang, start) => {
    const m = buildReportModel(review(), { lang });
    expect(m.methodology.questionsSource.startsWith(start)).toBe(true);
    const html = await renderHtml(review(), { lang });
    expect(html).toContain(`<p class="q-source">${m.methodology.questionsSource}</p>`);
  });
});

describe('countries in the report', () => {
  it('uses the UN short name in the report language', () => {
    const m = buildReportModel(review({ submitter: { type: 'member_state', country: 'TUR' } }), { lang: 'es' });
    expect(m.meta.submitterName).toBe('Türkiye');
    const k = buildReportModel(review({ submitter: { type: 'member_state', country: 'BOL' } }), { lang: 'fr' });
    expect(k.meta.submitterName).toBe('Bolivie (État plurinational de)');
  });

  it('labels an observer State and a territory instead of calling them Member States', () => {
    const pse = buildReportModel(review({ submitter: { type: 'member_state', country: 'PSE' } }), { lang: 'en' });
    expect(pse.meta.submitterType).toBe('Non-member observer State');
    const pri = buildReportModel(review({ submitter: { type: 'member_state', country: 'PRI' } }), { lang: 'fr' });
    expect(pri.meta.submitterType).toBe('Territoire ou zone (non membre de l’ONU)');
    expect(buildReportModel(review(), { lang: 'en' }).meta.submitterType).toBe('Member State');
  });

  it('shows a fictional country by its given name', () => {
    const m = buildReportModel(review({ submitter: { type: 'member_state', country: 'QMA', name: 'Maravia' } }));
    expect(m.meta.submitterName).toBe('Maravia');
  });
});
