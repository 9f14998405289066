// TypeScript view of a review file. The JSON Schema (src/schema/generate.ts → schemas/) is the
// source of truth for what is valid; these types describe a file that passed it.

/** Plain text (Markdown allowed) or a map from language code to text, for bilingual reviews. */
export type Narrative = string | Record<string, string>;

/** A short text a reader sees (a name, a unit, a source), or a map from language code to text. */
export type ShortText = string | Record<string, string>;

export type SubmitterTypeKey = 'member_state' | 'stakeholder' | 'iscm' | 'regional_organization' | 'un_system';

export interface Submitter {
  type: SubmitterTypeKey;
  /** ISO 3166-1 alpha-3; required for a Member State. */
  country?: string;
  /** Organization, mechanism or (optionally) country display name. */
  name?: ShortText;
  /** Stakeholder category key, for a stakeholder submission. */
  category?: string;
  /** Own name of the category when `category` is "other". */
  category_label?: ShortText;
}

export interface FocalPoint {
  name?: string;
  title?: ShortText;
  organization?: ShortText;
  email?: string;
  phone?: string;
}

export interface Metadata {
  submitter: Submitter;
  cycle: string;
  /** 1 for the submitter's first review, 2 for the second… */
  review_number?: number;
  previous_review?: PreviousReview;
  region?: string;
  languages: string[];
  focal_point?: FocalPoint;
  date?: string;
  status: 'draft' | 'final';
  version?: string;
  title?: Narrative;
  authors?: Author[];
  scope?: ReviewScope;
}

export interface PreviousReview {
  cycle?: string;
  title?: ShortText;
  link?: string;
}

export interface Author {
  name: ShortText;
  role?: ShortText;
  organization?: ShortText;
}

export type ConsultationKind =
  'consultation' | 'validation_workshop' | 'written_call' | 'survey' | 'bilateral' | 'other';

export interface Consultation {
  title: Narrative;
  kind?: ConsultationKind;
  organiser?: ShortText;
  place?: ShortText;
  date?: string;
  format?: 'in_person' | 'online' | 'hybrid' | 'written';
  participants?: number;
  stakeholders?: string[];
  summary?: Narrative;
  participant_bodies?: ShortText[];
  outcomes?: Narrative;
}

export interface StakeholderConsulted {
  /** A stakeholder category key, or "other" (then `label` is required). */
  category: string;
  label?: ShortText;
  organizations?: ShortText[];
  description?: Narrative;
}

export interface ReviewSupport {
  organization: ShortText;
  role?: Narrative;
}

export interface Methodology {
  description?: Narrative;
  lead_agency?: ShortText;
  support?: ReviewSupport[];
  consultations?: Consultation[];
  stakeholders_consulted?: StakeholderConsulted[];
}

/** A value in a statistics table; null (or "n/a") prints as "not available". */
export type TableValue = number | string | null;

export interface StatisticsTable {
  title: Narrative;
  columns: (string | number)[];
  rows: { label: Narrative; values: TableValue[] }[];
  unit?: string;
  source?: string;
  /** Id of an entry in `references`. */
  source_ref?: string;
  note?: Narrative;
}

/** One row of statistics (indicator and value), or a table (then only `table` is set). */
export interface Statistic {
  /** Required unless `table` is given (the schema's if/else; the validator checks it). */
  indicator?: Narrative;
  /** Required unless `table` is given (the schema's if/else; the validator checks it). */
  value?: number | string;
  source_ref?: string;
  table?: StatisticsTable;
  unit?: ShortText;
  year?: number | string;
  source?: ShortText;
  disaggregation?: ShortText;
}

export interface Implementation {
  status?: Narrative;
  statistics?: Statistic[];
}

export interface PrinciplesApplied {
  applied?: string[];
  narrative?: Narrative;
}

export interface Partner {
  name: string;
  /** ISO 3166-1 alpha-3. */
  country?: string;
}

export interface PromisingPractice {
  title: Narrative;
  description?: Narrative;
  partners?: (ShortText | Partner)[];
  /** e.g. "2020 – present". */
  period?: string;
  practice_type?: Narrative;
  scope?: 'local' | 'national' | 'regional' | 'international';
  /** Other objectives the practice serves (it is listed under each). */
  objectives?: number[];
  principles?: string[];
  /** SDG target or indicator numbers, e.g. "10.7.2". */
  sdg_targets?: string[];
  results?: Narrative;
  link?: string;
}

export interface SupportNeed {
  area: string;
  /** Own label when area is "other". */
  label?: Narrative;
  description?: Narrative;
  priority?: 'high' | 'medium' | 'low';
}

export interface PrincipleSupportNeed extends SupportNeed {
  principle: string;
}

export interface ObjectiveAnswers {
  priority?: ObjectivePriority;
  plan_measures?: string[];
  implementation?: Implementation;
  guiding_principles?: PrinciplesApplied;
  gaps_and_challenges?: Narrative;
  promising_practices?: PromisingPractice[];
  support_needs?: SupportNeed[];
  next_steps?: Narrative;
}

export interface Reference {
  id: string;
  text: Narrative;
  link?: string;
}

export interface Annex {
  title: Narrative;
  description?: Narrative;
  link?: string;
}

export type ProfileAnswerValue = 'yes' | 'no' | 'partially' | 'not_applicable' | 'unknown';

export interface ProfileAnswer {
  answer: ProfileAnswerValue;
  comment?: Narrative;
}

export interface CustomProfileAnswer extends ProfileAnswer {
  question: ShortText;
}

export interface Profile {
  has_national_implementation_plan?: ProfileAnswer;
  linked_to_2030_agenda?: ProfileAnswer;
  has_coordination_mechanism?: ProfileAnswer;
  un_network_in_country?: ProfileAnswer;
  custom?: CustomProfileAnswer[];
}

export interface CrisisImpact {
  crisis: ShortText;
  narrative?: Narrative;
}

export interface Review {
  format_version: 1;
  metadata: Metadata;
  executive_summary?: Narrative;
  profile?: Profile;
  key_messages?: Narrative;
  national_context?: Narrative;
  policy_framework?: Narrative;
  means_of_implementation?: Narrative;
  methodology?: Methodology;
  guiding_principles?: Record<string, Narrative>;
  crisis_impact?: CrisisImpact[];
  objectives?: Record<string, ObjectiveAnswers>;
  national_plan?: NationalPlan;
  principle_support_needs?: PrincipleSupportNeed[];
  pledges?: Pledge[];
  progress_declaration?: ProgressDeclarationEntry[];
  next_steps?: Narrative;
  /** Sources cited as [@id] in any text or with source_ref on a statistic. */
  references?: Reference[];
  annexes?: Annex[];
  disclaimer?: Narrative;
  /** Answers carried over by `init --from`, not yet confirmed (issue 12). */
  to_update?: string[];
  /** Written by `gcm-review import`: text of a Word document it could not place. */
  'x-unplaced'?: { after?: string; text: string }[];
}

// ---- issue 9 §3–5: national plan, scope and priorities, pledges, Progress Declaration ------------

export interface ReviewScope {
  kind: 'all' | 'selected';
  reason?: Narrative;
}

export interface ObjectivePriority {
  /** 1 is the highest. */
  rank: number;
  reason?: Narrative;
}

export interface PlanDimension {
  id: string;
  title: Narrative;
}

export interface PlanMeasure {
  id: string;
  dimension?: string;
  title: Narrative;
  objectives?: number[];
}

export interface NationalPlan {
  title: Narrative;
  adopted?: string;
  link?: string;
  dimensions?: PlanDimension[];
  measures?: PlanMeasure[];
}

export type PledgeStatus = 'announced' | 'in_progress' | 'fulfilled' | 'discontinued';

export interface PledgeContact {
  name?: string;
  organization?: string;
  email?: string;
  phone?: string;
}

export interface Pledge {
  title: Narrative;
  kind?: 'individual' | 'joint';
  partners?: { name: string; country?: string }[];
  gcr_mirror?: boolean;
  nature?: Narrative;
  objectives?: number[];
  status?: PledgeStatus;
  progress?: Narrative;
  link?: string;
  contact?: PledgeContact;
}

export interface ProgressDeclarationEntry {
  paragraph: number;
  narrative: Narrative;
}
