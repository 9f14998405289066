// Regional synthesis: what many reviews say together. For a regional commission or the IMRF
// secretariat: which objectives are reported on and how completely, where support is asked for
// (objectives × Annex I support areas), which guiding principles and stakeholders come up, and the
// promising practices offered. Pure: reviews in, numbers and lists out; no I/O.
import {
  OBJECTIVES,
  PRINCIPLES,
  QUESTION_LETTERS,
  ROUNDTABLES,
  STAKEHOLDERS,
  SUPPORT_AREA_VALUES,
  type QuestionLetter,
} from '../reference/index.js';
import type { Review } from '../schema/types.js';
import { answeredQuestions, assessReadiness } from '../validate/readiness.js';
import { countryName, pickNarrative } from '../model/index.js';
import { commissionMembership } from '../reference/countries.js';

export type SupportAreaKey = (typeof SUPPORT_AREA_VALUES)[number];
type AreaCounts = Record<SupportAreaKey, number>;

export interface SynthesisInput {
  file: string;
  review: Review;
}

export interface ReviewSummary {
  file: string;
  /** Display name: country name, organization or mechanism name, or the code. */
  submitter: string;
  submitterType: string;
  country?: string;
  cycle: string;
  region?: string;
  status: 'draft' | 'final';
  languages: string[];
  objectivesAnswered: number;
  ready: boolean;
}

export interface ObjectiveCoverage {
  number: number;
  roundtable: number;
  /** Reviews answering at least one question for this objective. */
  reviews: number;
  /** Reviews answering all five questions. */
  complete: number;
  /** Reviews answering each question. */
  questions: Record<QuestionLetter, number>;
  statistics: number;
  practices: number;
  supportNeeds: AreaCounts;
  highPriority: number;
}

export interface Practice {
  objective: number;
  submitter: string;
  title: string;
  description?: string;
  link?: string;
}

export interface Synthesis {
  lang: string;
  filters: { region?: string; cycle?: string };
  reviews: ReviewSummary[];
  objectives: ObjectiveCoverage[];
  roundtables: { number: number; objectives: number[]; reviews: number }[];
  supportAreas: { area: SupportAreaKey; needs: number; highPriority: number; reviews: number }[];
  principleSupport: { principle: string; needs: AreaCounts }[];
  principlesApplied: { principle: string; objectives: number; reviews: number }[];
  stakeholders: { category: string; reviews: number }[];
  practices: Practice[];
}

const zeroAreas = (): AreaCounts => Object.fromEntries(SUPPORT_AREA_VALUES.map((a) => [a, 0])) as AreaCounts;

function submitterName(review: Review, lang: string): string {
  const s = review.metadata.submitter;
  if (s.type === 'member_state' && s.country) return countryName(s.country, lang) ?? s.name ?? s.country;
  return s.name ?? s.country ?? s.type;
}

export interface SynthesisOptions {
  lang?: string;
  region?: string;
  cycle?: string;
}

/**
 * Whether a review belongs to a regional commission's synthesis: its `region` when it gives one;
 * otherwise a Member State review counts for each commission its country is a member (or associate
 * member) of (src/reference/countries.ts, the same lists `validate` checks `region` against).
 */
export function inRegion(review: Review, region: string): boolean {
  if (review.metadata.region) return review.metadata.region === region;
  const { type, country } = review.metadata.submitter;
  return type === 'member_state' && !!country && commissionMembership(country, region) !== undefined;
}

/** Reviews outside the region or cycle asked for are left out (see `filters`). */
export function synthesize(inputs: readonly SynthesisInput[], opts: SynthesisOptions = {}): Synthesis {
  const lang = opts.lang ?? 'en';
  const chosen = inputs.filter(
    ({ review }) =>
      (!opts.region || inRegion(review, opts.region)) && (!opts.cycle || review.metadata.cycle === opts.cycle),
  );
  const coverage = new Map<number, ObjectiveCoverage>(
    OBJECTIVES.map((o) => [
      o.number,
      {
        number: o.number,
        roundtable: o.roundtable,
        reviews: 0,
        complete: 0,
        questions: Object.fromEntries(QUESTION_LETTERS.map((l) => [l, 0])) as Record<QuestionLetter, number>,
        statistics: 0,
        practices: 0,
        supportNeeds: zeroAreas(),
        highPriority: 0,
      },
    ]),
  );
  const areaReviews = new Map<SupportAreaKey, Set<number>>(SUPPORT_AREA_VALUES.map((a) => [a, new Set()]));
  const areaHigh = zeroAreas();
  const principleSupport = new Map<string, AreaCounts>(PRINCIPLES.map((p) => [p.key, zeroAreas()]));
  const applied = new Map<string, { objectives: number; reviews: Set<number> }>(
    PRINCIPLES.map((p) => [p.key, { objectives: 0, reviews: new Set() }]),
  );
  const stakeholders = new Map<string, Set<number>>(STAKEHOLDERS.map((s) => [s.key, new Set()]));
  const rtReviews = new Map<number, Set<number>>(ROUNDTABLES.map((r) => [r.number, new Set()]));
  const practices: Practice[] = [];
  const reviews: ReviewSummary[] = [];

  chosen.forEach(({ file, review }, idx) => {
    const m = review.metadata;
    const langs = m.languages ?? [];
    const name = submitterName(review, lang);
    const text = (n: Parameters<typeof pickNarrative>[0]) => pickNarrative(n, lang, langs)?.text.trim();
    const readiness = assessReadiness(review);
    reviews.push({
      file,
      submitter: name,
      submitterType: m.submitter.type,
      ...(m.submitter.country ? { country: m.submitter.country } : {}),
      cycle: m.cycle,
      ...(m.region ? { region: m.region } : {}),
      status: m.status,
      languages: [...langs],
      objectivesAnswered: readiness.objectivesAnswered.length,
      ready: readiness.ready,
    });

    for (const [key, answers] of Object.entries(review.objectives ?? {})) {
      const c = coverage.get(Number(key));
      if (!c || !answers) continue;
      const done = answeredQuestions(answers);
      if (done.length) {
        c.reviews++;
        rtReviews.get(c.roundtable)?.add(idx);
      }
      if (done.length === QUESTION_LETTERS.length) c.complete++;
      for (const l of done) c.questions[l as QuestionLetter]++;
      c.statistics += answers.implementation?.statistics?.length ?? 0;
      for (const p of answers.promising_practices ?? []) {
        c.practices++;
        const title = text(p.title);
        if (title)
          practices.push({
            objective: c.number,
            submitter: name,
            title,
            ...(text(p.description) ? { description: text(p.description)! } : {}),
            ...(p.link ? { link: p.link } : {}),
          });
      }
      for (const need of answers.support_needs ?? []) {
        const area = need.area as SupportAreaKey;
        if (!(area in c.supportNeeds)) continue;
        c.supportNeeds[area]++;
        if (need.priority === 'high') {
          c.highPriority++;
          areaHigh[area]++;
        }
        areaReviews.get(area)!.add(idx);
      }
      for (const p of answers.guiding_principles?.applied ?? []) {
        const a = applied.get(p);
        if (a) {
          a.objectives++;
          a.reviews.add(idx);
        }
      }
    }
    for (const need of review.principle_support_needs ?? []) {
      const counts = principleSupport.get(need.principle);
      const area = need.area as SupportAreaKey;
      if (counts && area in counts) counts[area]++;
    }
    const consulted = new Set<string>();
    for (const s of review.methodology?.stakeholders_consulted ?? []) consulted.add(s.category);
    for (const c of review.methodology?.consultations ?? []) for (const s of c.stakeholders ?? []) consulted.add(s);
    for (const s of consulted) stakeholders.get(s)?.add(idx);
  });

  const objectives = [...coverage.values()];
  return {
    lang,
    filters: { ...(opts.region ? { region: opts.region } : {}), ...(opts.cycle ? { cycle: opts.cycle } : {}) },
    reviews,
    objectives,
    roundtables: ROUNDTABLES.map((r) => ({
      number: r.number,
      objectives: [...r.objectives],
      reviews: rtReviews.get(r.number)!.size,
    })),
    supportAreas: SUPPORT_AREA_VALUES.map((area) => ({
      area,
      needs: objectives.reduce((n, o) => n + o.supportNeeds[area], 0),
      highPriority: areaHigh[area],
      reviews: areaReviews.get(area)!.size,
    })),
    principleSupport: [...principleSupport].map(([principle, needs]) => ({ principle, needs })),
    principlesApplied: [...applied].map(([principle, a]) => ({
      principle,
      objectives: a.objectives,
      reviews: a.reviews.size,
    })),
    stakeholders: [...stakeholders].map(([category, set]) => ({ category, reviews: set.size })),
    practices: practices.sort((a, b) => a.objective - b.objective),
  };
}
