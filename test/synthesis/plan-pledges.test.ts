// Issue 9 §3–5 in the synthesis: pledges by status and objective, plans listed, priorities and
// Progress Declaration paragraphs counted; the Markdown sections.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Review } from '../../src/schema/types.js';
import {
  listPlans,
  planPledgesMarkdown,
  progressDeclarationParagraphs,
  synthesizePledges,
  synthesizePriorities,
} from '../../src/synthesis/plan-pledges.js';
import { checkFile } from '../../src/validate/index.js';

const root = join(import.meta.dirname, '../..');

function review(country: string, over: Partial<Review> = {}): Review {
  return {
    format_version: 1,
    metadata: { submitter: { type: 'member_state', country }, cycle: 'imrf_2026', languages: ['en'], status: 'final' },
    ...over,
  };
}

const a = review('QMA', {
  metadata: {
    submitter: { type: 'member_state', country: 'QMA', name: 'Maravia' },
    cycle: 'imrf_2026',
    languages: ['en'],
    status: 'final',
    scope: { kind: 'selected' },
  },
  objectives: { '6': { priority: { rank: 1 } }, '18': { priority: { rank: 2 } } },
  pledges: [
    { title: 'Corridor', kind: 'joint', status: 'fulfilled', objectives: [18, 6], gcr_mirror: true },
    { title: 'Remittances', status: 'in_progress', objectives: [20] },
    { title: 'Undated idea' },
  ],
  progress_declaration: [
    { paragraph: 70, narrative: 'x' },
    { paragraph: 59, narrative: 'y' },
  ],
});
const b = review('QNB', {
  metadata: {
    submitter: { type: 'member_state', country: 'QNB', name: 'Estria' },
    cycle: 'imrf_2026',
    languages: ['en'],
    status: 'final',
    scope: { kind: 'all' },
  },
  objectives: { '6': { priority: { rank: 3 } } },
  national_plan: {
    title: { en: 'Estria plan', fr: 'Plan de l’Estrie' },
    adopted: '2024-01-10',
    dimensions: [{ id: 'D1', title: 'All' }],
    measures: [
      { id: 'M1', dimension: 'D1', title: 'One', objectives: [6, 2] },
      { id: 'M2', title: 'Two', objectives: [2] },
    ],
  },
  pledges: [{ title: 'Fair recruitment', status: 'fulfilled', objectives: [6] }],
  progress_declaration: [{ paragraph: 70, narrative: 'z' }],
});
const inputs = [
  { file: 'a.gcm.yaml', review: a },
  { file: 'b.gcm.yaml', review: b },
  { file: 'c.gcm.yaml', review: review('QRS') },
];

describe('synthesis of pledges, plans, priorities and the Progress Declaration', () => {
  it('pledges are listed by status (in the lifecycle order, then without status) and by objective', () => {
    const s = synthesizePledges(inputs);
    expect(s.total).toBe(4);
    expect(s.joint).toBe(1);
    expect(s.gcrMirror).toBe(1);
    expect(s.byStatus.map((x) => [x.status, x.pledges.map((p) => p.title)])).toEqual([
      ['announced', []],
      ['in_progress', ['Remittances']],
      ['fulfilled', ['Corridor', 'Fair recruitment']],
      ['discontinued', []],
      ['unspecified', ['Undated idea']],
    ]);
    expect(s.byObjective.map((x) => [x.objective, x.pledges.map((p) => p.submitter)])).toEqual([
      [6, ['Maravia', 'Estria']],
      [18, ['Maravia']],
      [20, ['Maravia']],
    ]);
    expect(s.byStatus[2]!.pledges[0]!.objectives).toEqual([6, 18]);
  });

  it('plans are listed with the objectives their measures serve; titles in the language asked', () => {
    expect(listPlans(inputs)).toEqual([
      {
        file: 'b.gcm.yaml',
        submitter: 'Estria',
        title: 'Estria plan',
        adopted: '2024-01-10',
        dimensions: 1,
        measures: 2,
        objectives: [2, 6],
      },
    ]);
    expect(listPlans(inputs, 'fr')[0]!.title).toBe('Plan de l’Estrie');
  });

  it('scopes and priorities are counted; the top-ranked objective of each review counts as first', () => {
    expect(synthesizePriorities(inputs)).toEqual({
      scope: { all: 1, selected: 1, unspecified: 1 },
      objectives: [
        { objective: 6, ranked: 2, first: 2 },
        { objective: 18, ranked: 1, first: 0 },
      ],
    });
  });

  it('Progress Declaration paragraphs are counted once per review, in paragraph order', () => {
    expect(progressDeclarationParagraphs(inputs)).toEqual([
      { paragraph: 59, reviews: 1 },
      { paragraph: 70, reviews: 2 },
    ]);
  });

  it('the Markdown sections list plans, pledges by status and objective, and paragraphs', async () => {
    const md = planPledgesMarkdown(inputs);
    expect(md).toContain('## National implementation plans');
    expect(md).toContain('| Estria | Estria plan | 2024-01-10 | 2 | 2, 6 |');
    expect(md).toContain('**Fulfilled** (2)');
    expect(md).toContain('- Corridor (Maravia): 6, 18');
    expect(md).toContain('| 6 | 2 | Corridor (Maravia); Fair recruitment (Estria) |');
    expect(md).toContain('| 70 | 2 |');
    expect(planPledgesMarkdown(inputs, 'es')).toContain('## Compromisos');
    // the new example, read from disk
    const r = await checkFile(join(root, 'examples/plan-pledges-en.gcm.yaml'));
    const md2 = planPledgesMarkdown([{ file: 'x', review: r.review! }]);
    expect(md2).toContain('National GCM Implementation Plan 2023–2027');
    expect(md2).toContain('**Discontinued** (1)');
  });
});
