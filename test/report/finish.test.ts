// Language finish (issue 15 §3): French spacing, numbers kept with their units, curly quotes,
// UN-style English dates, Arabic chart labels. The PDFs of the examples: examples.test.ts.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { finishTypography, frenchSpacing } from '../../src/i18n/typography.js';
import { buildReportModel } from '../../src/model/index.js';
import { supportBarsSvg } from '../../src/model/charts.js';
import { labelList, listItem } from '../../src/model/lists.js';
import { EXAMPLES, loadReview } from '../render/helpers.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('typography helpers', () => {
  test('French: no-break space before : and narrow no-break space before ; ? ! (added or replacing a space)', () => {
    expect(frenchSpacing('Participants: 85')).toBe(`Participants${NBSP}: 85`);
    expect(frenchSpacing('Priorité : Élevée')).toBe(`Priorité${NBSP}: Élevée`);
    expect(frenchSpacing('Qui? Oui ! Non ;')).toBe(`Qui${NNBSP}? Oui${NNBSP}! Non${NNBSP};`);
    expect(frenchSpacing('« mot »')).toBe(`«${NBSP}mot${NBSP}»`);
  });

  test('French spacing leaves times, web addresses and HTML entities alone', () => {
    for (const s of ['à 10:30', 'https://x.org/?a=1&b=2', 'R&amp;D et R&#39;s', 'mailto:a@b.org'])
      expect(frenchSpacing(s)).toBe(s);
  });

  test('the whole document: French text gets French spacing, English text inside it keeps its own', () => {
    const html =
      '<html lang="fr"><body><p><span class="label">Partenaires:</span> x</p><p lang="en">Note: yes!</p>' +
      '<style>a:b;c</style><code>x: y</code><p>63 % et 12% ; 8 persons</p></body></html>';
    const out = finishTypography(html, 'fr');
    expect(out).toContain(`Partenaires${NBSP}:</span>`);
    expect(out).toContain('<p lang="en">Note: yes!</p>');
    expect(out).toContain('<style>a:b;c</style><code>x: y</code>');
    expect(out).toContain(`63${NNBSP}% et 12${NNBSP}%${NNBSP}; 8${NBSP}persons`);
  });

  test('English: a number and its % or unit never break apart; punctuation untouched', () => {
    expect(finishTypography('<p>93 % of 12 persons: fine</p>', 'en')).toBe(
      `<p>93${NBSP}% of 12${NBSP}persons: fine</p>`,
    );
  });
});

describe('model', () => {
  test('English dates are in UN style; quotes are curly in the text’s language', async () => {
    const review = await loadReview(join(EXAMPLES, 'full-en.gcm.yaml'));
    review.metadata.date = '2022-04-20';
    review.key_messages = 'The "whole-of-society" approach and the migrants\' voice.';
    const m = buildReportModel(review, { lang: 'en' });
    expect(m.meta.date).toBe('20 April 2022');
    expect(m.keyMessages!.html).toContain('The “whole-of-society” approach and the migrants’ voice.');
    review.key_messages = { fr: 'Une approche "pansociétale".' };
    expect(buildReportModel(review, { lang: 'fr' }).keyMessages!.html).toContain(`«${NBSP}pansociétale${NBSP}»`);
  });

  test('"(c)" in a narrative stays "(c)" (no typographic replacement to ©)', async () => {
    const review = await loadReview(join(EXAMPLES, 'full-en.gcm.yaml'));
    review.key_messages = 'See (c) and (e).';
    expect(buildReportModel(review).keyMessages!.html).toContain('See (c) and (e).');
  });

  test('Arabic chart: labels set right to left at the right edge; every chart has a text description', () => {
    const svg = supportBarsSvg([{ label: 'التمويل', counts: { high: 2, medium: 1, low: 0, none: 0 } }], {
      title: 'احتياجات الدعم',
      rtl: true,
      segmentLabels: { high: 'عالية', medium: 'متوسطة' },
    });
    expect(svg).toMatch(/<text class="chart-label" x="638\.0" [^>]*direction="rtl" text-anchor="start"/);
    expect(svg).toContain('<desc>التمويل: 3 (عالية 2, متوسطة 1).</desc>');
    expect(svg).toContain('direction="ltr"');
  });
});

describe('French and Spanish lists of labels: no capitalised word in the middle', () => {
  test('items after the first begin in lower case; acronyms, inner capitals and names inside keep theirs', () => {
    expect(
      labelList(
        ['Les migrants', 'Les organisations de la diaspora', 'Le Mouvement international de la Croix-Rouge'],
        'fr',
      ),
    ).toBe('Les migrants, les organisations de la diaspora, le Mouvement international de la Croix-Rouge');
    expect(labelList(['Alta 2', 'Media 1'], 'es')).toBe('Alta 2, media 1');
    for (const kept of ['ONG locales', 'OIM', 'McKinsey', 'A']) expect(listItem(kept, 'fr')).toBe(kept);
    expect(listItem('Élevée 6', 'fr')).toBe('élevée 6');
    // English and Arabic lists are left as they are
    expect(labelList(['Civil society', 'Local authorities'], 'en')).toBe('Civil society, Local authorities');
  });

  test('the French report of an example: stakeholders present and the chart description', async () => {
    const review = await loadReview(join(EXAMPLES, 'full-en.gcm.yaml'));
    const m = buildReportModel(review, { lang: 'fr' });
    const lists = (m.methodology?.consultations ?? [])
      .map((c) => c.stakeholders)
      .filter((s): s is string => Boolean(s));
    expect(lists.length).toBeGreaterThan(2);
    for (const list of lists) {
      const later = list.split(', ').slice(1);
      for (const item of later) expect(item, list).not.toMatch(/^\p{Lu}\p{Ll}/u);
    }
    expect(lists.join(' | ')).toContain('Les migrants, les organisations de migrants et de la diaspora');
    const desc = /<desc>([^<]*)<\/desc>/.exec(m.overview.chartSvg ?? '')![1]!;
    expect(desc).toMatch(/^Financement: \d+ \(Élevée \d+, moyenne \d+\); renforcement des capacités/);
  });
});
