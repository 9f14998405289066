// The synthesis model: what many reviews say together, for a regional commission or the IMRF
// secretariat. Every output (Markdown, JSON, HTML/PDF, CSV/XLSX) reads this one model; none of
// them counts, resolves a label or picks a language on its own.
//
// It holds: who reported (reviews kept, files left out and why, duplicates), the coverage matrix
// (reviews × 23 objectives, which of (a)–(e) each answers), one section per objective with the
// (c) challenges, (d) practices and (e) support needs quoted and cited (submitter, file:line) and
// the statistics reported, support needs by area, objective and guiding principle with "other"
// labels listed, principles applied and stakeholders consulted. Every count is split between
// Member States and other submitters. Pure: sources in, model out; no I/O.
import { createHash } from 'node:crypto';
import {
  OBJECTIVES,
  PRINCIPLES,
  QUESTION_LETTERS,
  REGIONS,
  ROUNDTABLES,
  STAKEHOLDERS,
  SUPPORT_AREA_VALUES,
  isVerified,
  type QuestionLetter,
  type RefLang,
} from '../reference/index.js';
import type { Narrative, Review } from '../schema/types.js';
import { answeredQuestions, assessReadiness } from '../validate/readiness.js';
import { countryName, pickNarrative } from '../model/index.js';
import { commissionMembership } from '../reference/countries.js';
import {
  cycleName,
  isRtl,
  listLetter,
  refLang,
  regionLabel,
  stakeholderLabel,
  submitterTypeLabel,
  supportAreaLabel,
  priorityLabel,
  uiLang,
} from '../i18n/index.js';
import { synthesisWords, type SynthesisLang, type SynthesisWords } from '../i18n/synthesis.js';
import { unverifiedColophon, type UnverifiedPrinted } from '../i18n/verification.js';
import type { LineOf } from './lines.js';
import { otherParts } from './parts.js';

export const SYNTHESIS_SCHEMA_ID = 'https://gcm-review.github.io/schema/v1/gcm-synthesis.schema.json';
export const DEFAULT_EXCERPT_LENGTH = 300;

export type SupportAreaKey = (typeof SUPPORT_AREA_VALUES)[number];

/** A count split between Member States and other submitters. */
export interface Split {
  memberStates: number;
  otherSubmitters: number;
  total: number;
}

/** Where a quoted or counted item comes from. */
export interface Citation {
  /** Index into `reviews`. */
  review: number;
  submitter: string;
  memberState: boolean;
  file: string;
  /** 1-based line of the item in the file (its key or list entry). */
  line: number | null;
}

/** A text quoted from a review, in the language it was written in. */
export interface Quote extends Citation {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The whole text, as written (Markdown). */
  text: string;
  /** The text on one line, cut at the excerpt length. */
  excerpt: string;
  truncated: boolean;
}

export interface PracticeQuote extends Quote {
  title: string;
  link?: string;
}

export interface NeedQuote extends Quote {
  area: SupportAreaKey;
  areaLabel: string;
  priority?: 'high' | 'medium' | 'low';
  priorityLabel?: string;
  /** The label of an "other" need. */
  label?: string;
}

export interface StatisticRow extends Citation {
  indicator: string;
  value: string;
  unit?: string;
  year?: string;
  source?: string;
}

export interface KeptReview {
  index: number;
  file: string;
  submitter: string;
  submitterType: string;
  submitterTypeLabel: string;
  memberState: boolean;
  iso?: string;
  region?: string;
  regionLabel?: string;
  cycle: string;
  cycleLabel: string;
  languages: string[];
  status: 'draft' | 'final';
  /** The tool's readiness check of the parts the review contains. */
  ready: boolean;
  openPoints: number;
  objectivesAnswered: number;
  /** Objectives answered with all five questions. */
  objectivesFully: number;
  /** All 23 objectives answered with all five questions. */
  complete: boolean;
  /** For objectives 1–23 in order: the letters of the questions answered, e.g. "abcde", "ac", "". */
  coverage: string[];
}

export type LeftOutReason = 'invalid' | 'region' | 'cycle' | 'duplicate';

export interface LeftOut {
  file: string;
  reason: LeftOutReason;
  reasonLabel: string;
  /** Why, in words: the first problem of an invalid file, the region or cycle it is for, the file it duplicates. */
  detail: string;
  line?: number;
  problems?: number;
  duplicateOf?: string;
}

export interface ObjectiveSection {
  number: number;
  roundtable: number;
  title: string;
  short: string;
  /** Language of the official title (English where the synthesis language has none). */
  titleLang: string;
  reviews: Split;
  /** Reviews answering all five questions for this objective. */
  complete: Split;
  questions: Record<QuestionLetter, Split>;
  challenges: Quote[];
  practices: PracticeQuote[];
  needs: NeedQuote[];
  statistics: StatisticRow[];
  supportByArea: Record<SupportAreaKey, Split>;
  highPriority: Split;
}

/** One answered Annex I question of one objective of one review: the long table analysts want. */
export interface AnswerRow extends Citation {
  objective: number;
  question: QuestionLetter;
  lang: string;
  /** The answer as text: the narrative, or the listed items one per line. */
  text: string;
}

/** A table of one of the other parts of the reviews (profile answers, pledges, national plans …). */
export interface PartTable {
  caption?: string;
  columns: string[];
  rows: (string | number)[][];
  /** Columns from this index on are counts (right-aligned). */
  numericFrom?: number;
}

/** One of the other parts of the reviews, summarised: tables for people, the figures as data. */
export interface PartSection {
  id: string;
  title: string;
  note?: string;
  tables: PartTable[];
  /** The figures behind the tables, for JSON readers. */
  data: unknown;
}

export interface OtherLabel extends Citation {
  label: string;
  objective?: number;
  principle?: string;
}

export interface SynthesisModel {
  $schema: string;
  formatVersion: 1;
  generator: { name: 'gcm-review'; version: string };
  lang: SynthesisLang;
  dir: 'ltr' | 'rtl';
  /** The official titles are in English (no verified translation in `lang`). */
  titlesInEnglish: boolean;
  /**
   * One sentence naming the official strings printed that are not yet verified against the
   * official text (the reference file's `# unverified` marks), as a report's colophon says it;
   * absent when there are none.
   */
  colophon?: string;
  words: SynthesisWords;
  filters: { region?: string; regionLabel?: string; cycle?: string; cycleLabel?: string };
  excerptLength: number;
  totals: {
    files: number;
    kept: Split;
    complete: Split;
    leftOut: number;
    invalid: number;
    otherRegion: number;
    otherCycle: number;
    duplicates: number;
  };
  reviews: KeptReview[];
  leftOut: LeftOut[];
  /** Different reviews from one submitter for one cycle (all kept). */
  sameSubmitter: { submitter: string; cycle: string; files: string[] }[];
  roundtables: { number: number; label: string; objectives: number[]; reviews: Split }[];
  objectives: ObjectiveSection[];
  support: {
    areas: { area: SupportAreaKey; label: string }[];
    byArea: { area: SupportAreaKey; label: string; needs: Split; highPriority: Split; reviews: Split }[];
    byPrinciple: {
      principle: string;
      letter: string;
      title: string;
      areas: Record<SupportAreaKey, Split>;
      total: Split;
      needs: NeedQuote[];
    }[];
    otherLabels: OtherLabel[];
  };
  principlesApplied: { principle: string; letter: string; title: string; objectives: Split; reviews: Split }[];
  stakeholders: { category: string; label: string; reviews: Split }[];
  /** Every answered question (review × objective × question), in review and objective order. */
  answers: AnswerRow[];
  /** The other parts of the reviews (profile, review process, pledges, plans …), where reviews have them. */
  parts: PartSection[];
}

/** A valid review and its file (the small synthesis functions of other parts take these). */
export interface SynthesisInput {
  file: string;
  review: Review;
}

/** One file given to the synthesis: a valid review, or the first problem of an invalid file. */
export interface SynthesisSource {
  file: string;
  review?: Review;
  lineOf?: LineOf;
  invalid?: { message: string; line: number; problems: number };
}

export interface SynthesisOptions {
  lang?: SynthesisLang;
  region?: string;
  cycle?: string;
  excerptLength?: number;
  version?: string;
}

const split = (): Split => ({ memberStates: 0, otherSubmitters: 0, total: 0 });
function bump(s: Split, ms: boolean, n = 1): void {
  if (ms) s.memberStates += n;
  else s.otherSubmitters += n;
  s.total += n;
}
const areaSplits = () =>
  Object.fromEntries(SUPPORT_AREA_VALUES.map((a) => [a, split()])) as Record<SupportAreaKey, Split>;

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

/** Keys sorted at every level, so two files with the same data give the same text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** Who submitted a review, as one key: type and country, or type and name. */
function submitterKey(r: Review): string {
  const s = r.metadata.submitter;
  const name = s.name as unknown;
  return `${s.type}|${s.country ?? ''}|${typeof name === 'string' ? name.trim().toLowerCase() : canonical(name ?? '')}`;
}

/** A short text as written, or in the language asked for when it is a language map. */
function shortText(v: unknown, lang: string, langs: readonly string[]): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object') return pickNarrative(v as Narrative, lang, langs)?.text.trim() || undefined;
  return undefined;
}

function submitterName(review: Review, lang: string): string {
  const s = review.metadata.submitter;
  const name = shortText(s.name, lang, review.metadata.languages ?? []);
  if (s.type === 'member_state' && s.country) return countryName(s.country, lang) ?? name ?? s.country;
  return name ?? s.country ?? s.type;
}

/** Text on one line, cut at a word boundary near `max` characters. */
export function excerpt(text: string, max: number): { excerpt: string; truncated: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { excerpt: flat, truncated: false };
  let cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return { excerpt: cut.replace(/[\s,;:.–—-]+$/, '') + '…', truncated: true };
}

export function buildSynthesis(sources: readonly SynthesisSource[], opts: SynthesisOptions = {}): SynthesisModel {
  const lang: SynthesisLang = opts.lang ?? 'en';
  const words = synthesisWords(lang);
  const titleLang = refLang(lang) === uiLang(lang) ? refLang(lang) : 'en';
  const titlesInEnglish = titleLang !== lang;
  const max = opts.excerptLength ?? DEFAULT_EXCERPT_LENGTH;
  const official = (t: Readonly<Record<string, string>>) => t[titleLang] ?? t['en'] ?? '';
  const fill = (s: string, p: Record<string, string | number>) =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => String(p[k] ?? m));

  const leftOut: LeftOut[] = [];
  /** Commissions whose name the synthesis prints (the filter, files left out for their region). */
  const regionsNamed = new Set<string>(opts.region ? [opts.region] : []);
  const kept: { file: string; review: Review; lineOf?: LineOf }[] = [];
  const bySubmitterCycle = new Map<
    string,
    {
      submitter: string;
      cycle: string;
      members: { file: string; review: Review; hash?: string }[];
      pending?: string | undefined;
      files: string[];
    }
  >();

  for (const src of sources) {
    if (!src.review) {
      leftOut.push({
        file: src.file,
        reason: 'invalid',
        reasonLabel: words.reasonInvalid,
        detail: src.invalid?.message ?? 'not a valid review',
        ...(src.invalid ? { line: src.invalid.line, problems: src.invalid.problems } : {}),
      });
      continue;
    }
    const m = src.review.metadata;
    if (opts.region && !inRegion(src.review, opts.region)) {
      if (m.region) regionsNamed.add(m.region);
      leftOut.push({
        file: src.file,
        reason: 'region',
        reasonLabel: words.reasonRegion,
        detail: m.region ? `${m.region}: ${regionLabel(m.region, lang)}` : '—',
      });
      continue;
    }
    if (opts.cycle && m.cycle !== opts.cycle) {
      leftOut.push({
        file: src.file,
        reason: 'cycle',
        reasonLabel: words.reasonCycle,
        detail: `${m.cycle}: ${cycleName(m.cycle, lang)}`,
      });
      continue;
    }
    // content is compared only between reviews of one submitter for one cycle (hashing every
    // review would cost more than the rest of the synthesis)
    const who = `${submitterKey(src.review)}|${m.cycle}`;
    let group = bySubmitterCycle.get(who);
    if (!group) {
      group = { submitter: submitterName(src.review, lang), cycle: m.cycle, members: [], files: [] };
      bySubmitterCycle.set(who, group);
    }
    const hash = (r: Review) => createHash('sha256').update(canonical(r)).digest('hex');
    let first: string | undefined;
    if (group.members.length) {
      const mine = hash(src.review);
      for (const other of group.members) {
        other.hash ??= hash(other.review);
        if (other.hash === mine) {
          first = other.file;
          break;
        }
      }
      group.pending = mine;
    }
    if (first !== undefined) {
      leftOut.push({
        file: src.file,
        reason: 'duplicate',
        reasonLabel: words.reasonDuplicate,
        detail: fill(words.duplicateOf, { file: first }),
        duplicateOf: first,
      });
      continue;
    }
    group.members.push({ file: src.file, review: src.review, ...(group.pending ? { hash: group.pending } : {}) });
    group.pending = undefined;
    group.files.push(src.file);
    kept.push({ file: src.file, review: src.review, ...(src.lineOf ? { lineOf: src.lineOf } : {}) });
  }

  const sections: ObjectiveSection[] = OBJECTIVES.map((o) => ({
    number: o.number,
    roundtable: o.roundtable,
    title: official(o.title),
    short: official(o.short),
    titleLang,
    reviews: split(),
    complete: split(),
    questions: Object.fromEntries(QUESTION_LETTERS.map((l) => [l, split()])) as Record<QuestionLetter, Split>,
    challenges: [],
    practices: [],
    needs: [],
    statistics: [],
    supportByArea: areaSplits(),
    highPriority: split(),
  }));
  const byArea = SUPPORT_AREA_VALUES.map((area) => ({
    area,
    label: supportAreaLabel(area, lang),
    needs: split(),
    highPriority: split(),
    reviews: split(),
  }));
  const byPrinciple = PRINCIPLES.map((p, i) => ({
    principle: p.key,
    letter: listLetter(i, lang),
    title: official(p.title),
    areas: areaSplits(),
    total: split(),
    needs: [] as NeedQuote[],
  }));
  const areaIndex = new Map(byArea.map((a) => [a.area, a]));
  const otherLabels: OtherLabel[] = [];
  const applied = PRINCIPLES.map((p, i) => ({
    principle: p.key,
    letter: listLetter(i, lang),
    title: official(p.title),
    objectives: split(),
    reviews: split(),
  }));
  const stakeholders = STAKEHOLDERS.map((s) => ({
    category: s.key,
    label: stakeholderLabel(s.key, lang),
    reviews: split(),
  }));
  const roundtables = ROUNDTABLES.map((r) => ({
    number: r.number,
    label: fill(words.roundtable, { n: r.number }),
    objectives: [...r.objectives],
    reviews: split(),
  }));
  const reviews: KeptReview[] = [];
  const answerRows: AnswerRow[] = [];
  const keptSplit = split();
  const completeSplit = split();

  kept.forEach(({ file, review, lineOf }, index) => {
    const m = review.metadata;
    const ms = m.submitter.type === 'member_state';
    const langs = m.languages ?? [];
    const name = submitterName(review, lang);
    const line = (path: (string | number)[]) => lineOf?.(path) ?? null;
    const cite = (path: (string | number)[]): Citation => ({
      review: index,
      submitter: name,
      memberState: ms,
      file,
      line: line(path),
    });
    const quote = (n: Narrative | undefined, path: (string | number)[]): Quote | undefined => {
      const picked = pickNarrative(n, lang, langs);
      if (!picked || !picked.text.trim()) return undefined;
      const text = picked.text.trim();
      return {
        ...cite(path),
        lang: picked.lang,
        dir: isRtl(picked.lang) ? 'rtl' : 'ltr',
        text,
        ...excerpt(text, max),
      };
    };
    const plain = (n: Narrative | undefined) => pickNarrative(n, lang, langs)?.text.replace(/\s+/g, ' ').trim();
    const needQuote = (
      need:
        | NonNullable<Review['principle_support_needs']>[number]
        | NonNullable<NonNullable<Review['objectives']>[string]['support_needs']>[number],
      path: (string | number)[],
    ): NeedQuote | undefined => {
      const area = need.area as SupportAreaKey;
      if (!SUPPORT_AREA_VALUES.includes(area)) return undefined;
      const label = plain(need.label);
      const desc = pickNarrative(need.description, lang, langs);
      const text = [label, desc?.text.trim()].filter(Boolean).join(': ');
      const qLang = desc?.lang ?? pickNarrative(need.label, lang, langs)?.lang ?? langs[0] ?? lang;
      return {
        ...cite(path),
        lang: qLang,
        dir: isRtl(qLang) ? 'rtl' : 'ltr',
        text,
        ...excerpt(text, max),
        area,
        areaLabel: supportAreaLabel(area, lang),
        ...(need.priority ? { priority: need.priority, priorityLabel: priorityLabel(need.priority, lang) } : {}),
        ...(label ? { label } : {}),
      };
    };

    bump(keptSplit, ms);
    const coverage: string[] = [];
    let fully = 0;
    const areasAsked = new Set<SupportAreaKey>();
    const rtSeen = new Set<number>();
    const principlesSeen = new Set<string>();
    for (const sec of sections) {
      const key = String(sec.number);
      const answers = review.objectives?.[key];
      const done = answers ? answeredQuestions(answers) : [];
      coverage.push(done.join(''));
      if (!answers) continue;
      const base = ['objectives', key];
      if (done.length) {
        bump(sec.reviews, ms);
        rtSeen.add(sec.roundtable);
      }
      if (done.length === QUESTION_LETTERS.length) {
        bump(sec.complete, ms);
        fully++;
      }
      for (const l of done) bump(sec.questions[l as QuestionLetter], ms);
      const practicesFrom = sec.practices.length;
      const needsFrom = sec.needs.length;
      const c = quote(answers.gaps_and_challenges, [...base, 'gaps_and_challenges']);
      if (c) sec.challenges.push(c);
      (answers.implementation?.statistics ?? []).forEach((st, i) => {
        sec.statistics.push({
          ...cite([...base, 'implementation', 'statistics', i]),
          indicator: plain(st.indicator) ?? '',
          value: String(st.value),
          ...(shortText(st.unit, lang, langs) ? { unit: shortText(st.unit, lang, langs)! } : {}),
          ...(st.year !== undefined ? { year: String(st.year) } : {}),
          ...(shortText(st.source, lang, langs) ? { source: shortText(st.source, lang, langs)! } : {}),
        });
      });
      (answers.promising_practices ?? []).forEach((p, i) => {
        const path = [...base, 'promising_practices', i];
        const title = plain(p.title) ?? '';
        const desc = pickNarrative(p.description, lang, langs);
        const t = pickNarrative(p.title, lang, langs);
        const text = [title, desc?.text.trim()].filter(Boolean).join(': ');
        const qLang = desc?.lang ?? t?.lang ?? langs[0] ?? lang;
        sec.practices.push({
          ...cite(path),
          lang: qLang,
          dir: isRtl(qLang) ? 'rtl' : 'ltr',
          text,
          ...excerpt(text, max),
          title,
          ...(p.link ? { link: p.link } : {}),
        });
      });
      (answers.support_needs ?? []).forEach((need, i) => {
        const path = [...base, 'support_needs', i];
        const q = needQuote(need, path);
        if (!q) return;
        sec.needs.push(q);
        bump(sec.supportByArea[q.area], ms);
        const a = areaIndex.get(q.area)!;
        bump(a.needs, ms);
        if (need.priority === 'high') {
          bump(sec.highPriority, ms);
          bump(a.highPriority, ms);
        }
        areasAsked.add(q.area);
        if (q.area === 'other') otherLabels.push({ ...cite(path), label: q.label ?? '', objective: sec.number });
      });
      for (const p of answers.guiding_principles?.applied ?? []) {
        const a = applied.find((x) => x.principle === p);
        if (!a) continue;
        bump(a.objectives, ms);
        principlesSeen.add(p);
      }
      const first = langs[0] ?? lang;
      const row = (q: QuestionLetter, path: (string | number)[], text: string, l = first) =>
        rows.push({ ...cite(path), objective: sec.number, question: q, lang: l, text });
      const rows: AnswerRow[] = [];
      if (done.includes('a')) {
        const st = pickNarrative(answers.implementation?.status, lang, langs);
        const stats = (answers.implementation?.statistics ?? []).map(
          (x) =>
            `${plain(x.indicator) ?? ''}: ${x.value}${shortText(x.unit, lang, langs) ? ` ${shortText(x.unit, lang, langs)}` : ''}${x.year !== undefined ? ` (${x.year})` : ''}`,
        );
        row('a', [...base, 'implementation'], [st?.text.trim(), ...stats].filter(Boolean).join('\n'), st?.lang);
      }
      if (done.includes('b')) {
        const gp = answers.guiding_principles;
        const n = pickNarrative(gp?.narrative, lang, langs);
        const names = (gp?.applied ?? []).map((k) => applied.find((x) => x.principle === k)?.title ?? k);
        row(
          'b',
          [...base, 'guiding_principles'],
          [names.join('; '), n?.text.trim()].filter(Boolean).join('\n'),
          n?.lang,
        );
      }
      if (c) row('c', [...base, 'gaps_and_challenges'], c.text, c.lang);
      if (done.includes('d')) {
        const ps = sec.practices.slice(practicesFrom);
        row('d', [...base, 'promising_practices'], ps.map((p) => p.text).join('\n'), ps[0]?.lang);
      }
      if (done.includes('e')) {
        const ns = sec.needs.slice(needsFrom);
        row(
          'e',
          [...base, 'support_needs'],
          ns
            .map((q) => `${q.areaLabel}${q.priorityLabel ? ` (${q.priorityLabel})` : ''}${q.text ? `: ${q.text}` : ''}`)
            .join('\n'),
          ns.find((q) => q.text)?.lang,
        );
      }
      answerRows.push(...rows);
    }
    (review.principle_support_needs ?? []).forEach((need, i) => {
      const path = ['principle_support_needs', i];
      const q = needQuote(need, path);
      const p = byPrinciple.find((x) => x.principle === need.principle);
      if (!q || !p) return;
      p.needs.push(q);
      bump(p.areas[q.area], ms);
      bump(p.total, ms);
      if (q.area === 'other') otherLabels.push({ ...cite(path), label: q.label ?? '', principle: need.principle });
    });
    for (const a of areasAsked) bump(areaIndex.get(a)!.reviews, ms);
    for (const r of rtSeen) bump(roundtables.find((x) => x.number === r)!.reviews, ms);
    for (const p of principlesSeen) bump(applied.find((x) => x.principle === p)!.reviews, ms);
    const consulted = new Set<string>();
    for (const s of review.methodology?.stakeholders_consulted ?? []) consulted.add(s.category);
    for (const c of review.methodology?.consultations ?? []) for (const s of c.stakeholders ?? []) consulted.add(s);
    for (const s of consulted) {
      const st = stakeholders.find((x) => x.category === s);
      if (st) bump(st.reviews, ms);
    }

    const readiness = assessReadiness(review);
    const complete = fully === OBJECTIVES.length;
    if (complete) bump(completeSplit, ms);
    reviews.push({
      index,
      file,
      submitter: name,
      submitterType: m.submitter.type,
      submitterTypeLabel: submitterTypeLabel(m.submitter.type, lang),
      memberState: ms,
      ...(m.submitter.country ? { iso: m.submitter.country } : {}),
      ...(m.region ? { region: m.region, regionLabel: regionLabel(m.region, lang) } : {}),
      cycle: m.cycle,
      cycleLabel: cycleName(m.cycle, lang),
      languages: [...langs],
      status: m.status,
      ready: readiness.ready,
      openPoints: readiness.notes.length,
      objectivesAnswered: readiness.objectivesAnswered.length,
      objectivesFully: fully,
      complete,
      coverage,
    });
  });

  return {
    $schema: SYNTHESIS_SCHEMA_ID,
    formatVersion: 1,
    generator: { name: 'gcm-review', version: opts.version ?? '0.0.0' },
    lang,
    dir: isRtl(lang) ? 'rtl' : 'ltr',
    titlesInEnglish,
    ...optionalColophon(unverifiedColophon(lang, unverifiedPrinted(titleLang, regionsNamed))),
    words,
    filters: {
      ...(opts.region ? { region: opts.region, regionLabel: regionLabel(opts.region, lang) } : {}),
      ...(opts.cycle ? { cycle: opts.cycle, cycleLabel: cycleName(opts.cycle, lang) } : {}),
    },
    excerptLength: max,
    totals: {
      files: sources.length,
      kept: keptSplit,
      complete: completeSplit,
      leftOut: leftOut.length,
      invalid: leftOut.filter((l) => l.reason === 'invalid').length,
      otherRegion: leftOut.filter((l) => l.reason === 'region').length,
      otherCycle: leftOut.filter((l) => l.reason === 'cycle').length,
      duplicates: leftOut.filter((l) => l.reason === 'duplicate').length,
    },
    reviews,
    leftOut,
    sameSubmitter: [...bySubmitterCycle.values()]
      .filter((g) => g.files.length > 1)
      .map((g) => ({ submitter: g.submitter, cycle: g.cycle, files: g.files })),
    roundtables,
    objectives: sections,
    support: {
      areas: SUPPORT_AREA_VALUES.map((area) => ({ area, label: supportAreaLabel(area, lang) })),
      byArea,
      byPrinciple,
      otherLabels,
    },
    principlesApplied: applied,
    stakeholders,
    answers: answerRows,
    parts: otherParts(
      kept.map(({ file, review }) => ({ file, review })),
      { lang, words, split: (r) => r.metadata.submitter.type === 'member_state' },
    ),
  };
}

/** The synthesis of valid reviews only (no file left out as invalid): a shorthand for buildSynthesis. */
export function synthesize(inputs: readonly SynthesisInput[], opts: SynthesisOptions = {}): SynthesisModel {
  return buildSynthesis(inputs, opts);
}

/** The objectives in round-table order (round table 1's objectives first), as the coverage matrix groups them. */
export function objectivesByRoundtable(model: SynthesisModel): ObjectiveSection[] {
  return model.roundtables.flatMap((r) => r.objectives.map((n) => model.objectives[n - 1]!));
}

// ---- official strings not yet verified (issue 17) -----------------------------------------------

/**
 * The official strings a synthesis prints that the reference file marks `# unverified`, for the
 * colophon sentence the reports use too (src/i18n/verification.ts): every synthesis prints the 23
 * objective titles and all stakeholder category labels (in the synthesis language, or the titles in
 * English where it has no verified translation), and the names of the commissions it names (the
 * `--region` filter, files left out for their region); elsewhere a commission is named by its acronym.
 */
function unverifiedPrinted(titleLang: RefLang, regionsNamed: ReadonlySet<string>): UnverifiedPrinted {
  const regions = REGIONS.filter((r) => regionsNamed.has(r.key) && !isVerified(r, 'name', titleLang));
  return {
    lang: titleLang,
    objectives: OBJECTIVES.filter((o) => !isVerified(o, 'title', titleLang)).map((o) => o.number),
    region: regions.length > 0,
    regions: regions.map((r) => r.key.toUpperCase()),
    stakeholders: STAKEHOLDERS.filter((s) => !isVerified(s, 'label', titleLang)).length,
  };
}

function optionalColophon(colophon: string | undefined): { colophon?: string } {
  return colophon === undefined ? {} : { colophon };
}
