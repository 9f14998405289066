// Synthesis of the parts of a review added by issue 9 (review profile, crisis impact, review
// process, report parts, UN system submitters). Small pure functions, separate from synthesize()
// so that the synthesis rework can call them where it wants: reviews in, counts and lists out.
import { PROFILE_ANSWERS, PROFILE_QUESTIONS, CONSULTATION_KINDS, EXTRA_NARRATIVES } from '../schema/generate.js';
import type { ProfileAnswerValue, Review } from '../schema/types.js';
import { countryName, resolveText } from '../model/index.js';
import { narrativeFilled } from '../model/readiness.js';

export interface PartsInput {
  file: string;
  review: Review;
}

export type AnswerCounts = Record<ProfileAnswerValue, number>;

export interface ProfileQuestionCount {
  /** A named question's key, or "custom" for a question of the review's own. */
  key: string;
  /** The question in English (named questions) or as written (custom ones, resolved in `lang`). */
  question: string;
  /** Reviews answering it, by answer. */
  answers: AnswerCounts;
  /** Reviews answering it at all. */
  reviews: number;
}

export interface CrisisEntry {
  file: string;
  submitter: string;
  crisis: string;
}

export interface ReviewProcessSummary {
  /** Consultations by kind ("unspecified" for those without a kind). */
  consultationsByKind: Record<(typeof CONSULTATION_KINDS)[number] | 'unspecified', number>;
  /** Reviews that held a validation workshop. */
  reviewsWithValidationWorkshop: number;
  /** Reviews naming a lead agency. */
  reviewsWithLeadAgency: number;
  /** Organizations that supported reviews, with the number of reviews each supported (most first). */
  supporters: { organization: string; reviews: number }[];
  /** Named bodies taking part in consultations (e.g. a Migrant Council), with the number of reviews. */
  participantBodies: { body: string; reviews: number }[];
  /** Labels of stakeholder groups consulted under "other", with the number of reviews. */
  otherStakeholders: { label: string; reviews: number }[];
  /** Reviews by review number (1, 2, 3…); reviews without one are left out. */
  reviewNumbers: { number: number; reviews: number }[];
}

const zeroAnswers = (): AnswerCounts => Object.fromEntries(PROFILE_ANSWERS.map((a) => [a, 0])) as AnswerCounts;

const isAnswer = (a: unknown): a is ProfileAnswerValue => (PROFILE_ANSWERS as readonly unknown[]).includes(a);

function submitter(review: Review, lang: string): string {
  const s = review.metadata.submitter;
  const name = resolveText(s.name, lang, review.metadata.languages ?? []);
  if (s.type === 'member_state' && s.country) return countryName(s.country, lang) ?? name ?? s.country;
  return name ?? s.country ?? s.type;
}

/** Counts profile answers per question: the four named questions, then custom questions by wording. */
export function profileCounts(inputs: readonly PartsInput[], lang = 'en'): ProfileQuestionCount[] {
  const named = PROFILE_QUESTIONS.map((q) => ({ key: q.key, question: q.en, answers: zeroAnswers(), reviews: 0 }));
  const custom = new Map<string, ProfileQuestionCount>();
  for (const { review } of inputs) {
    const p = review.profile;
    if (!p) continue;
    for (const n of named) {
      const a = (p as Record<string, { answer?: unknown } | undefined>)[n.key]?.answer;
      if (isAnswer(a)) {
        n.answers[a]++;
        n.reviews++;
      }
    }
    const seen = new Set<string>();
    for (const c of p.custom ?? []) {
      const question = resolveText(c.question, lang, review.metadata.languages ?? []);
      if (!question || !isAnswer(c.answer)) continue;
      const key = question
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/[?.!\s]+$/, '');
      if (seen.has(key)) continue; // a review counts once per question
      seen.add(key);
      let entry = custom.get(key);
      if (!entry) custom.set(key, (entry = { key: 'custom', question, answers: zeroAnswers(), reviews: 0 }));
      entry.answers[c.answer]++;
      entry.reviews++;
    }
  }
  return [
    ...named,
    ...[...custom.values()].sort((a, b) => b.reviews - a.reviews || a.question.localeCompare(b.question)),
  ];
}

/** Every crisis the reviews report on, review by review. */
export function crisisList(inputs: readonly PartsInput[], lang = 'en'): CrisisEntry[] {
  const out: CrisisEntry[] = [];
  for (const { file, review } of inputs) {
    for (const c of review.crisis_impact ?? []) {
      const crisis = resolveText(c.crisis, lang, review.metadata.languages ?? []);
      if (crisis) out.push({ file, submitter: submitter(review, lang), crisis });
    }
  }
  return out;
}

function tally(map: Map<string, { text: string; reviews: Set<number> }>, text: string | undefined, idx: number) {
  if (!text) return;
  const key = text.toLowerCase().replace(/\s+/g, ' ');
  let e = map.get(key);
  if (!e) map.set(key, (e = { text, reviews: new Set() }));
  e.reviews.add(idx);
}

function ranked(map: Map<string, { text: string; reviews: Set<number> }>): { text: string; reviews: number }[] {
  return [...map.values()]
    .map((e) => ({ text: e.text, reviews: e.reviews.size }))
    .sort((a, b) => b.reviews - a.reviews || a.text.localeCompare(b.text));
}

/** How the reviews were prepared: consultations by kind, validation workshops, supporters, `other` groups. */
export function reviewProcessSummary(inputs: readonly PartsInput[], lang = 'en'): ReviewProcessSummary {
  const byKind = Object.fromEntries(
    [...CONSULTATION_KINDS, 'unspecified'].map((k) => [k, 0]),
  ) as ReviewProcessSummary['consultationsByKind'];
  let validation = 0;
  let lead = 0;
  const supporters = new Map<string, { text: string; reviews: Set<number> }>();
  const bodies = new Map<string, { text: string; reviews: Set<number> }>();
  const others = new Map<string, { text: string; reviews: Set<number> }>();
  const numbers = new Map<number, number>();
  inputs.forEach(({ review }, idx) => {
    const langs = review.metadata.languages ?? [];
    const text = (v: Parameters<typeof resolveText>[0]) => resolveText(v, lang, langs);
    const m = review.methodology;
    let hadValidation = false;
    for (const c of m?.consultations ?? []) {
      const kind = c.kind && c.kind in byKind ? c.kind : 'unspecified';
      byKind[kind]++;
      if (kind === 'validation_workshop') hadValidation = true;
      for (const b of c.participant_bodies ?? []) tally(bodies, text(b), idx);
    }
    if (hadValidation) validation++;
    if (text(m?.lead_agency)) lead++;
    for (const s of m?.support ?? []) tally(supporters, text(s.organization), idx);
    for (const s of m?.stakeholders_consulted ?? []) if (s.category === 'other') tally(others, text(s.label), idx);
    const n = review.metadata.review_number;
    if (typeof n === 'number' && n >= 1) numbers.set(n, (numbers.get(n) ?? 0) + 1);
  });
  return {
    consultationsByKind: byKind,
    reviewsWithValidationWorkshop: validation,
    reviewsWithLeadAgency: lead,
    supporters: ranked(supporters).map((e) => ({ organization: e.text, reviews: e.reviews })),
    participantBodies: ranked(bodies).map((e) => ({ body: e.text, reviews: e.reviews })),
    otherStakeholders: ranked(others).map((e) => ({ label: e.text, reviews: e.reviews })),
    reviewNumbers: [...numbers].sort((a, b) => a[0] - b[0]).map(([number, reviews]) => ({ number, reviews })),
  };
}

/** How many reviews write each optional report part (executive summary, policy framework, …, disclaimer). */
export function reportPartCounts(inputs: readonly PartsInput[]): { part: string; reviews: number }[] {
  return EXTRA_NARRATIVES.map((n) => ({
    part: n.key,
    reviews: inputs.filter(({ review }) => narrativeFilled((review as unknown as Record<string, never>)[n.key])).length,
  }));
}

/** Submissions by submitter type, including un_system (regional commissions, UN Networks, UN country teams). */
export function submitterTypeCounts(inputs: readonly PartsInput[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { review } of inputs) {
    const t = review.metadata.submitter.type;
    out[t] = (out[t] ?? 0) + 1;
  }
  return out;
}
