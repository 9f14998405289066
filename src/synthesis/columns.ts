// The tables that the Markdown and the HTML synthesis both show, defined once: each column's
// heading, its value and what kind of cell it is; markdown.ts and html.ts only write the cells.
import type { SynthesisWords } from '../i18n/synthesis.js';
import type { KeptReview, LeftOut, ObjectiveSection, StatisticRow, SynthesisModel } from './index.js';

/**
 * What a cell holds, which decides how each format writes it:
 * - name: the row's name (a row header in HTML);
 * - label: words gcm-review made from a review's data (a type, a cycle, a year);
 * - text: text written in a review (isolated with <bdi> in HTML);
 * - plain: gcm-review's own words, codes and counts as text;
 * - number: right-aligned;
 * - file: a file name or file:line, always left to right.
 * Markdown escapes every kind but plain (text from a review can hold pipes and markup).
 */
export type CellKind = 'name' | 'label' | 'text' | 'plain' | 'number' | 'file';

export interface Column<R> {
  head: string;
  kind: CellKind;
  value: (row: R) => string | number;
  /** HTML only: a class for the cell. */
  className?: (row: R) => string;
}

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => String(p[k] ?? m));

const fileLine = (c: { file: string; line?: number | null | undefined }) => (c.line ? `${c.file}:${c.line}` : c.file);

/** Who reported: one row a kept review. */
export function reviewColumns(w: SynthesisWords): Column<KeptReview>[] {
  return [
    { head: w.submitter, kind: 'name', value: (r) => r.submitter },
    { head: w.iso, kind: 'plain', value: (r) => r.iso ?? '—' },
    { head: w.type, kind: 'label', value: (r) => r.submitterTypeLabel },
    { head: w.region, kind: 'plain', value: (r) => (r.region ? r.region.toUpperCase() : '—') },
    { head: w.cycle, kind: 'label', value: (r) => r.cycleLabel },
    { head: w.languages, kind: 'plain', value: (r) => r.languages.join(', ') },
    { head: w.status, kind: 'plain', value: (r) => (r.status === 'draft' ? w.draft : w.final) },
    {
      head: w.readiness,
      kind: 'plain',
      value: (r) => (r.ready ? w.ready : fill(w.notReady, { n: r.openPoints })),
    },
    { head: w.answered, kind: 'number', value: (r) => `${r.objectivesAnswered}/23` },
    { head: w.fully, kind: 'number', value: (r) => `${r.objectivesFully}/23` },
    {
      head: w.complete,
      kind: 'plain',
      value: (r) => (r.complete ? w.yes : w.no),
      className: (r) => (r.complete ? 'yes' : 'no'),
    },
    { head: w.file, kind: 'file', value: (r) => r.file },
  ];
}

/** The kept reviews in two groups, Member States first; a group with no review is left out. */
export function reviewGroups(s: SynthesisModel): { heading: string; rows: KeptReview[] }[] {
  return [
    { heading: s.words.memberStates, rows: s.reviews.filter((r) => r.memberState) },
    { heading: s.words.otherSubmitters, rows: s.reviews.filter((r) => !r.memberState) },
  ].filter((g) => g.rows.length);
}

/** Files left out of the synthesis, with the reason. */
export function leftOutColumns(w: SynthesisWords): Column<LeftOut>[] {
  return [
    { head: w.file, kind: 'file', value: fileLine },
    { head: w.reason, kind: 'plain', value: (l) => l.reasonLabel },
    { head: '', kind: 'text', value: (l) => l.detail },
  ];
}

/** The statistics an objective's answers give. */
export function statisticColumns(w: SynthesisWords): Column<StatisticRow>[] {
  return [
    { head: w.submitter, kind: 'name', value: (st) => st.submitter },
    { head: w.indicator, kind: 'text', value: (st) => st.indicator },
    { head: w.value, kind: 'number', value: (st) => (st.unit ? `${st.value} ${st.unit}` : st.value) },
    { head: w.year, kind: 'label', value: (st) => st.year ?? '' },
    { head: w.source, kind: 'text', value: (st) => st.source ?? '' },
    { head: w.file, kind: 'file', value: fileLine },
  ];
}

/** The rows under the coverage map: per objective, how many reviews answer it (and all five questions). */
export function coverageTotals(w: SynthesisWords): { label: string; count: (o: ObjectiveSection) => number }[] {
  return [
    { label: `${w.reviewsAnswering}: ${w.memberStates}`, count: (o) => o.reviews.memberStates },
    { label: `${w.reviewsAnswering}: ${w.otherSubmitters}`, count: (o) => o.reviews.otherSubmitters },
    { label: `${w.reviewsAnswering}: ${w.total}`, count: (o) => o.reviews.total },
    { label: `${w.allFive}: ${w.total}`, count: (o) => o.complete.total },
  ];
}
