// Shared result types and error kinds. Imports nothing but the list of codes beside it.
import type { DiagnosticCode } from './codes.js';

export type { DiagnosticCode };

export type Severity = 'error' | 'warning' | 'info';

/** One problem found in one file. Lines and columns are 1-based; column counts characters. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** Stable machine code, e.g. "yaml-syntax", "type", "required", "unknown-field" (listed in codes.ts). */
  code: DiagnosticCode;
  /** Path of the offending value inside the review, e.g. ["objectives", "7", "gaps_and_challenges"]. */
  path: (string | number)[];
  /** Plain-language message in questionnaire terms. */
  message: string;
  /** "Did you mean …" or another way to fix it. */
  hint?: string;
  /**
   * The text of the line the problem is on, taken when the file was read (reporters never read a
   * file again), clipped around the column; absent for files that are not reviews at all.
   */
  source?: string;
}

/** Problems left out of a file's report once it reached the cap (--max-problems). */
export interface Omitted {
  count: number;
  /** How many of each code were left out. */
  byCode: Record<string, number>;
}

/** How complete a (valid) review is: separate from validity. */
export interface Readiness {
  /** Objectives with at least one question answered. */
  objectivesAnswered: number[];
  /** Objectives present in the file with some questions still unanswered: number → missing letters. */
  incomplete: { objective: number; missing: string[] }[];
  /** Top-level sections not written yet (key_messages, national_context, methodology, …). */
  missingSections: string[];
  /** Number of support needs declared (objectives and guiding principles). */
  supportNeeds: number;
  /** A review whose scope is all 23 objectives (metadata.scope.kind: all): the objectives not reported yet. */
  notReported?: number[];
  /** True when nothing is missing. */
  ready: boolean;
  /** Plain-language lines, one per finding. */
  notes: string[];
  /** Review profile questions still answered "unknown" (named keys, or the text of custom questions). */
  profileUnknown?: string[];
  /** Crises named under crisis_impact without any text. */
  crisesWithoutText?: string[];
  /** Answers carried over by `init --from` and not confirmed yet (the file's to_update). */
  toUpdate?: string[];
}

export interface FileResult {
  file: string;
  /** Parse and validation problems (errors and warnings). */
  diagnostics: Diagnostic[];
  /** Present when the file is valid. */
  readiness?: Readiness;
  /** Where the file uses its own `x-…` fields (e.g. "metadata.x-internal-id"), when it does: kept, not checked, not reported. */
  extensions?: string[];
  /** Present when more problems were found than are reported. */
  omitted?: Omitted;
}

export function hasErrors(r: FileResult): boolean {
  return r.diagnostics.some((d) => d.severity === 'error');
}

/** Bad input or a bad request from the user: one clean message, exit code 2 unless given. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The user pressed Ctrl-C in an interactive prompt. */
export class CancelledError extends Error {
  constructor(message = 'Cancelled.') {
    super(message);
    this.name = 'CancelledError';
  }
}
