// The view model: everything a report template shows, already in the report language, with
// all user text either plain (templates escape it with {{ }}) or sanitized HTML in fields whose
// names end in "html"/"Html"/"svg"/"Svg" (the only fields templates may output with {{{ }}}).

import type { Messages } from '../i18n/index.js';

/** A narrative rendered from Markdown. */
export interface Block {
  html: string;
  /** Set when the text is in another language than the report (bilingual fallback). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface Link {
  href: string;
  text: string;
}

export interface TocEntry {
  /** Element id the entry points to. */
  id: string;
  /** 1: a part of the report; 2: an objective. */
  level: 1 | 2;
  /** Number label shown before the text, e.g. "Objective 7". */
  label?: string;
  /** Objective number, for objective entries. */
  number?: number;
  text: string;
  /** Text as HTML (official English titles in an Arabic report are wrapped in <bdi>). */
  textHtml: string;
}

export interface FocalPointView {
  name?: string;
  title?: string;
  organization?: string;
  email?: string;
  phone?: string;
}

export interface MetaView {
  /** Document title (the review's own title, or one made from the submitter). */
  title: string;
  /** Kind of document, e.g. "Voluntary national review". */
  kicker: string;
  /** Shown under the title when the review has no title of its own. */
  subtitle?: string;
  submitterName: string;
  countryCode?: string;
  submitterTypeKey: string;
  submitterType: string;
  category?: string;
  cycleKey: string;
  cycle: string;
  region?: string;
  date?: string;
  dateIso?: string;
  status: 'draft' | 'final';
  statusLabel: string;
  isDraft: boolean;
  version?: string;
  languages: string;
  focalPoint?: FocalPointView;
  /** Text of the running header. */
  runningHeader: string;
}

export interface ObjectiveTile {
  number: number;
  short: string;
  shortHtml: string;
  answered: number;
  state: 'complete' | 'partial' | 'none';
  stateLabel: string;
  /** id of the objective's section when it is in the report. */
  href?: string;
  /** Five small marks for questions (a)–(e), as inline SVG. */
  pipsSvg: string;
}

export interface RoundtableTiles {
  number: number;
  title: string;
  objectivesLabel: string;
  tiles: ObjectiveTile[];
}

export interface MatrixCell {
  count: number;
  /** Highest priority among the needs in the cell, or "none" (needs without a priority). */
  priority?: 'high' | 'medium' | 'low' | 'none';
  /** Accessible text of the cell, e.g. "2 needs, priority High". */
  text: string;
  /** Short visible mark: the count. */
  mark: string;
}

export interface MatrixRow {
  label: string;
  title: string;
  titleHtml: string;
  href?: string;
  cells: MatrixCell[];
  total: number;
}

export interface OverviewView {
  reported: number;
  complete: number;
  summary: string;
  roundtables: RoundtableTiles[];
  /** Legend marks as inline SVG. */
  legend: { state: string; label: string; swatchSvg: string }[];
  needsTotal: number;
  /** Stacked bar chart of support needs by area and priority (inline SVG), when there are needs. */
  chartSvg?: string;
  matrix?: {
    areas: { key: string; label: string }[];
    rows: MatrixRow[];
    totals: number[];
    total: number;
  };
  priorityLegend: { key: string; label: string; swatchSvg: string }[];
}

export interface StatisticView {
  indicatorHtml: string;
  value: string;
  unit?: string;
  year?: string;
  source?: string;
  disaggregation?: string;
}

export interface PracticeView {
  titleHtml: string;
  description?: Block;
  partners?: string;
  results?: Block;
  link?: Link;
  /** A link given that is not a web address: shown as text, never as a link. */
  linkText?: string;
}

export interface SupportNeedView {
  areaKey: string;
  area: string;
  /** The submitter's own label for an "other" need. */
  label?: string;
  description?: Block;
  priority?: 'high' | 'medium' | 'low';
  priorityLabel?: string;
  /** For principle needs: the principle. */
  principleHtml?: string;
}

export interface PrincipleRef {
  key: string;
  letter: string;
  titleHtml: string;
}

export interface QuestionBase {
  /** Question letter as shown, e.g. "a" (or "أ"). */
  letter: string;
  key: 'a' | 'b' | 'c' | 'd' | 'e';
  id: string;
  heading: string;
  answered: boolean;
}

export interface ObjectiveSection {
  id: string;
  number: number;
  label: string;
  title: string;
  titleHtml: string;
  short: string;
  roundtable: number;
  answered: number;
  state: 'complete' | 'partial';
  q: {
    a: QuestionBase & {
      status?: Block;
      statistics: StatisticView[];
      statColumns: { year: boolean; source: boolean; disaggregation: boolean };
    };
    b: QuestionBase & { applied: PrincipleRef[]; narrative?: Block };
    c: QuestionBase & { text?: Block };
    d: QuestionBase & { practices: PracticeView[] };
    e: QuestionBase & { needs: SupportNeedView[] };
  };
  nextSteps?: Block;
  /** Draft only: what is still to be written, e.g. "(c) Main gaps and challenges". */
  missing?: string;
  /** Ids of the national plan measures the objective reports on (small labels by the heading). */
  measures?: { id: string; title: string }[];
  /** Its rank among the review's priorities. */
  priority?: { rank: number; label: string; reason?: Block };
}

export interface NotReportedView {
  number: number;
  label: string;
  titleHtml: string;
  /** One-line status shown at the objective's place: "Not reported" / "Not among this review's priorities". */
  text?: string;
}

/** An objective at its place in the part: reported (a section) or a one-line entry. */
export type PartEntry = { objective: ObjectiveSection } | { skipped: NotReportedView };

export interface PartView {
  id: string;
  title: string;
  /** For round tables: "Objectives 2, 5, 6, 12, 18". */
  subtitle?: string;
  note?: string;
  objectives: ObjectiveSection[];
  notReported: NotReportedView[];
  /** Objective order: every objective at its place (then no list of the unreported at the end). */
  entries?: PartEntry[];
  /** The review's scope, shown at the top of the (first) part. */
  scope?: { text: string; reason?: Block };
}

export interface ConsultationView {
  titleHtml: string;
  date?: string;
  format?: string;
  participants?: string;
  stakeholders?: string;
  summary?: Block;
}

export interface StakeholderRow {
  category: string;
  organizations?: string;
  description?: Block;
}

export interface PrincipleSection {
  id: string;
  key: string;
  letter: string;
  title: string;
  titleHtml: string;
  text: Block;
}

export interface AnnexView {
  titleHtml: string;
  description?: Block;
  link?: Link;
  linkText?: string;
}

export interface QuestionText {
  letter: string;
  label: string;
  text: string;
  /** "en" when an English text stands in (Arabic report). */
  lang?: string;
}

export interface ReportModel {
  /** Language of the report content (html lang). */
  lang: string;
  /** Language of the fixed strings (en, fr, es or ar). */
  uiLang: 'en' | 'fr' | 'es' | 'ar';
  dir: 'ltr' | 'rtl';
  mode: 'pdf' | 'html';
  order: 'objective' | 'roundtable' | 'priority';
  paper: 'A4' | 'Letter';
  /** Whether the table of contents carries page numbers (PDF only). */
  pageNumbers: boolean;
  /** All fixed strings of the report language. Templates use the {{t "key"}} helper. */
  strings: Messages;
  generator: { name: string; version: string; text: string };
  /** One sentence naming printed official strings not yet verified (issue 17); absent when none. */
  colophon?: string;
  meta: MetaView;
  /** Notes shown in the report, e.g. about official titles shown in English. */
  notes: string[];
  toc: TocEntry[];
  overview: OverviewView;
  keyMessages?: Block;
  context?: { title: string; block: Block };
  methodology?: {
    description?: Block;
    consultations: ConsultationView[];
    stakeholders: StakeholderRow[];
    questions: QuestionText[];
    questionsIntro: string;
    /** Where the questions (a)–(e) come from, in one line. */
    questionsSource: string;
  };
  principles: PrincipleSection[];
  parts: PartView[];
  principleSupport: SupportNeedView[];
  nextSteps?: Block;
  annexes: AnnexView[];
  plan?: PlanView;
  pledges: PledgeView[];
  progressDeclaration: ProgressDeclarationView[];
  /** Theme values from a custom template (logo as a data: URL). */
  theme: { logo?: string };
}

// ---- issue 9 §3–5: national plan, pledges, Progress Declaration ---------------------------------

export interface ObjectiveRef {
  number: number;
  label: string;
  /** Link to the objective's section when the report has one. */
  href?: string;
}

export interface PlanView {
  titleHtml: string;
  adopted?: string;
  link?: Link;
  linkText?: string;
  dimensions: { id: string; titleHtml: string }[];
  measures: {
    id: string;
    titleHtml: string;
    /** "D2 Labour mobility". */
    dimensionHtml?: string;
    objectives: ObjectiveRef[];
  }[];
}

export interface PledgeView {
  titleHtml: string;
  kind?: string;
  statusKey?: 'announced' | 'in_progress' | 'fulfilled' | 'discontinued';
  status?: string;
  partners?: string;
  nature?: string;
  gcrMirror: boolean;
  objectives: ObjectiveRef[];
  progress?: Block;
  link?: Link;
  linkText?: string;
  /** Personal contact data: absent from a public report. */
  contact?: { name?: string; organization?: string; email?: string; phone?: string };
}

export interface ProgressDeclarationView {
  id: string;
  paragraph: number;
  label: string;
  block: Block;
}
