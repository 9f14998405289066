// One column definition (src/synthesis/columns.ts) serves the Markdown and the HTML synthesis:
// both show the same headings, in the same order, with the same values.
import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/schema/types.js';
import { leftOutColumns, reviewColumns, statisticColumns } from '../../src/synthesis/columns.js';
import { synthesisHtml } from '../../src/synthesis/html.js';
import { buildSynthesis } from '../../src/synthesis/index.js';
import { synthesisMarkdown } from '../../src/synthesis/markdown.js';

const review: Review = {
  format_version: 1,
  metadata: {
    submitter: { type: 'member_state', country: 'QMA' },
    cycle: 'imrf_2026',
    languages: ['en'],
    status: 'final',
  },
  objectives: {
    '7': {
      implementation: {
        status: 'Done.',
        statistics: [{ indicator: 'Share | of <b>people</b>', value: 12, unit: '%', year: 2024, source: 'Survey' }],
      },
    },
  },
} as Review;
const s = buildSynthesis([
  { file: 'qma.gcm.yaml', review },
  { file: 'broken.gcm.yaml', invalid: { message: 'Missing "metadata".', line: 1, problems: 1 } },
]);
const md = synthesisMarkdown(s);
const html = synthesisHtml(s, { mode: 'html' });

/** The Markdown table whose heading row starts with these cells: its rows as cells. */
function mdTable(...first: string[]): string[][] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first.join(' | ')} |`));
  expect(start, first.join(' | ')).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = start; i < lines.length && lines[i]!.startsWith('|'); i++)
    rows.push(
      lines[i]!.split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  return rows;
}
/** The heading cells of the HTML table with this class. */
function htmlHeads(cls: string): string[] {
  const table = new RegExp(`<table class="${cls}"><thead><tr>(.*?)</tr></thead>`).exec(html)![1]!;
  return [...table.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) => m[1]!);
}

describe('synthesis tables from one column definition', () => {
  it('who reported: Markdown and HTML show the headings of reviewColumns, in its order, and the same values', () => {
    const heads = reviewColumns(s.words).map((c) => c.head);
    const [mdHead, align, row] = mdTable(s.words.submitter);
    expect(mdHead).toEqual(heads);
    expect(htmlHeads('data who')).toEqual(heads);
    // numbers right-aligned in Markdown, class "num" in HTML
    expect(align![heads.indexOf(s.words.answered)]).toBe('---:');
    expect(row).toEqual(reviewColumns(s.words).map((c) => String(c.value(s.reviews[0]!))));
    expect(html).toMatch(/<tr><th scope="row">[^<]+<\/th><td>QMA<\/td>.*?<td class="num">1\/23<\/td>/);
    expect(html).toContain('<td class="no">no</td><td class="file"><bdi dir="ltr">qma.gcm.yaml</bdi></td>');
  });

  it('files left out and statistics: the same headings in both; review text escaped in Markdown, isolated in HTML', () => {
    expect(mdTable(s.words.file)[0]).toEqual(leftOutColumns(s.words).map((c) => c.head));
    expect(htmlHeads('data left-out')).toEqual(leftOutColumns(s.words).map((c) => c.head));
    const stats = statisticColumns(s.words).map((c) => c.head);
    const [head, align, row] = mdTable(s.words.submitter, s.words.indicator);
    expect(head).toEqual(stats);
    expect(htmlHeads('data stats')).toEqual(stats);
    expect(align![2]).toBe('---:');
    expect(row![1]).toBe('Share \\| of &lt;b&gt;people&lt;/b&gt;');
    expect(html).toContain('<td><bdi>Share | of &lt;b&gt;people&lt;/b&gt;</bdi></td><td class="num">12 %</td>');
  });
});
