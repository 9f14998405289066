// Issue 9 parts in the synthesis: profile answers counted per question, crises listed, the review
// process summarised (consultations by kind, validation workshops, supporters, `other` groups,
// review numbers), optional report parts and submitter types counted.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Review } from '../../src/schema/types.js';
import {
  crisisList,
  profileCounts,
  reportPartCounts,
  reviewProcessSummary,
  submitterTypeCounts,
} from '../../src/synthesis/review-parts.js';
import { loadReview, ROOT } from '../render/helpers.js';

const base = (extra: Partial<Review>, md: Partial<Review['metadata']> = {}): Review => ({
  format_version: 1,
  metadata: {
    submitter: { type: 'member_state', country: 'QMB' },
    cycle: 'imrf_2026',
    languages: ['en'],
    status: 'final',
    ...md,
  },
  ...extra,
});

const parts = await loadReview(join(ROOT, 'test', 'fixtures', 'valid', 'review-parts.gcm.yaml'));
const other = base({
  profile: {
    has_national_implementation_plan: { answer: 'no' },
    linked_to_2030_agenda: { answer: 'partially' },
    custom: [
      { question: 'Has the GCM been translated into the national language', answer: 'yes' },
      { question: 'Is there a migrant council?', answer: 'no' },
    ],
  },
  crisis_impact: [{ crisis: 'COVID-19 pandemic' }],
  methodology: {
    support: [{ organization: 'IOM' }, { organization: 'UNDP' }],
    consultations: [{ title: 'Survey', kind: 'survey' }, { title: 'Meeting' }],
    stakeholders_consulted: [{ category: 'other', label: 'Youth-led groups' }],
  },
  executive_summary: 'Summary.',
});
const un = base({}, { submitter: { type: 'un_system', name: 'ECE' }, review_number: 1 });
const inputs = [
  { file: 'a.gcm.yaml', review: parts },
  { file: 'b.gcm.yaml', review: other },
  { file: 'c.gcm.yaml', review: un },
];

describe('review parts in the synthesis', () => {
  test('profile: answers counted per named question; custom questions grouped by wording (case, final "?")', () => {
    const c = profileCounts(inputs);
    expect(c.slice(0, 4).map((q) => q.key)).toEqual([
      'has_national_implementation_plan',
      'linked_to_2030_agenda',
      'has_coordination_mechanism',
      'un_network_in_country',
    ]);
    expect(c[0]).toMatchObject({ reviews: 2, answers: { yes: 1, no: 1, partially: 0 } });
    expect(c[1]).toMatchObject({ reviews: 2, answers: { partially: 2 } });
    expect(c[3]).toMatchObject({ reviews: 1, answers: { no: 1 } });
    const translated = c.find((q) => /translated/.test(q.question))!;
    expect(translated).toMatchObject({ key: 'custom', reviews: 2, answers: { yes: 1, not_applicable: 1 } });
    expect(c.find((q) => /migrant council/.test(q.question))).toMatchObject({ reviews: 1, answers: { no: 1 } });
  });

  test('crises are listed review by review, in the asked language', () => {
    expect(crisisList(inputs)).toEqual([
      { file: 'a.gcm.yaml', submitter: 'Republic of Estria', crisis: 'COVID-19 pandemic' },
      { file: 'a.gcm.yaml', submitter: 'Republic of Estria', crisis: 'Floods of 2024' },
      { file: 'b.gcm.yaml', submitter: 'QMB', crisis: 'COVID-19 pandemic' },
    ]);
    expect(crisisList(inputs, 'fr')[1]!.crisis).toBe('Inondations de 2024');
  });

  test('the review process: consultations by kind, validation workshops, supporters, other groups, review numbers', () => {
    const s = reviewProcessSummary(inputs);
    expect(s.consultationsByKind).toMatchObject({
      consultation: 1,
      validation_workshop: 1,
      survey: 1,
      unspecified: 1,
      written_call: 0,
    });
    expect(s.reviewsWithValidationWorkshop).toBe(1);
    expect(s.reviewsWithLeadAgency).toBe(1);
    expect(s.supporters).toEqual([
      { organization: 'IOM', reviews: 2 },
      { organization: 'UN Network on Migration', reviews: 1 },
      { organization: 'UNDP', reviews: 1 },
    ]);
    expect(s.participantBodies.map((b) => b.body)).toEqual(['Bar Association', 'National Migrant Council']);
    expect(s.otherStakeholders).toEqual([
      { label: 'Employers’ organizations', reviews: 1 },
      { label: 'Youth-led groups', reviews: 1 },
    ]);
    expect(s.reviewNumbers).toEqual([
      { number: 1, reviews: 1 },
      { number: 2, reviews: 1 },
    ]);
  });

  test('optional report parts and submitter types (un_system included) are counted', () => {
    expect(reportPartCounts(inputs)).toEqual([
      { part: 'executive_summary', reviews: 2 },
      { part: 'policy_framework', reviews: 1 },
      { part: 'means_of_implementation', reviews: 1 },
      { part: 'disclaimer', reviews: 1 },
    ]);
    expect(submitterTypeCounts(inputs)).toEqual({ member_state: 2, un_system: 1 });
  });

  test('reviews without any of these parts give zeros and empty lists', () => {
    const none = [{ file: 'x', review: base({}) }];
    expect(profileCounts(none).every((q) => q.reviews === 0)).toBe(true);
    expect(crisisList(none)).toEqual([]);
    expect(reviewProcessSummary(none).supporters).toEqual([]);
  });
});
