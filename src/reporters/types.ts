// The reporter contract: results + context → a string. Formatting is separate from writing, so a
// reporter is a pure function that tests can call with hand-built results.
import type { FileResult } from '../diagnostics/index.js';

export const FORMATS = ['text', 'json', 'junit', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** Styling hooks for the text format (identity functions when colour is off). */
export interface Style {
  error(s: string): string;
  warning(s: string): string;
  ok(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const PLAIN: Style = { error: (s) => s, warning: (s) => s, ok: (s) => s, dim: (s) => s, bold: (s) => s };

export interface ReportContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  toolVersion: string;
  /** true: readiness gaps count as failures (--strict / --fail-on warning). */
  strict: boolean;
  verbosity: 'quiet' | 'normal' | 'verbose';
  style: Style;
  /**
   * Language of the text format's own words (error, hint, the summary); its texts must be loaded
   * (VALIDATE_TEXTS.load). Default English. Machine formats keep their codes in every language.
   */
  lang?: string;
  /**
   * The text of line `line` (1-based) of `file`, for excerpts of diagnostics that do not carry
   * their `source` line (hand-built results); files are never read again for it.
   */
  sourceLine?(file: string, line: number): string | undefined;
}

export type Reporter = (results: readonly FileResult[], ctx: ReportContext) => string;
