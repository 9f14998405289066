// TypeScript view of a review file. The JSON Schema (src/schema/generate.ts → schemas/) is the
// source of truth for what is valid; these types describe a file that passed it.

/** Plain text (Markdown allowed) or a map from language code to text, for bilingual reviews. */
export type Narrative = string | Record<string, string>;

export type SubmitterTypeKey = 'member_state' | 'stakeholder' | 'iscm' | 'regional_organization';

export interface Submitter {
  type: SubmitterTypeKey;
  /** ISO 3166-1 alpha-3; required for a Member State. */
  country?: string;
  /** Organization, mechanism or (optionally) country display name. */
  name?: string;
  /** Stakeholder category key, for a stakeholder submission. */
  category?: string;
}

export interface FocalPoint {
  name?: string;
  title?: string;
  organization?: string;
  email?: string;
  phone?: string;
}

export interface Metadata {
  submitter: Submitter;
  cycle: string;
  region?: string;
  languages: string[];
  focal_point?: FocalPoint;
  date?: string;
  status: 'draft' | 'final';
  version?: string;
  title?: Narrative;
  scope?: ReviewScope;
  /** Which review of this submitter this is (1, 2, …). */
  review_number?: number;
  previous_review?: { cycle?: string; title?: string; link?: string };
}

export interface Consultation {
  title: Narrative;
  date?: string;
  format?: 'in_person' | 'online' | 'hybrid' | 'written';
  participants?: number;
  stakeholders?: string[];
  summary?: Narrative;
}

export interface StakeholderConsulted {
  category: string;
  organizations?: string[];
  description?: Narrative;
}

export interface Methodology {
  description?: Narrative;
  consultations?: Consultation[];
  stakeholders_consulted?: StakeholderConsulted[];
}

export interface Statistic {
  indicator: Narrative;
  value: number | string;
  unit?: string;
  year?: number | string;
  source?: string;
  disaggregation?: string;
}

export interface Implementation {
  status?: Narrative;
  statistics?: Statistic[];
}

export interface PrinciplesApplied {
  applied?: string[];
  narrative?: Narrative;
}

export interface PromisingPractice {
  title: Narrative;
  description?: Narrative;
  partners?: string[];
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

export interface Annex {
  title: Narrative;
  description?: Narrative;
  link?: string;
}

export interface Review {
  format_version: 1;
  metadata: Metadata;
  key_messages?: Narrative;
  national_context?: Narrative;
  methodology?: Methodology;
  guiding_principles?: Record<string, Narrative>;
  objectives?: Record<string, ObjectiveAnswers>;
  national_plan?: NationalPlan;
  principle_support_needs?: PrincipleSupportNeed[];
  pledges?: Pledge[];
  progress_declaration?: ProgressDeclarationEntry[];
  next_steps?: Narrative;
  annexes?: Annex[];
  /** Answers carried over by `init --from`, not yet confirmed (issue 12). */
  to_update?: string[];
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
