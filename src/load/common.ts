// Shared by every step of reading a file: limits, positions and the shape of a problem.
import type { Diagnostic, DiagnosticCode } from '../diagnostics/index.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Aliases a review may use before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Nested lists/maps allowed; a review needs about 6. Deeper input is refused before it is composed. */
export const MAX_DEPTH = 50;

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type Problem = Omit<Diagnostic, 'file'>;

export function problem(
  code: DiagnosticCode,
  message: string,
  pos: Position = { line: 1, column: 1 },
  hint?: string,
): Problem {
  return { ...pos, severity: 'error', code, path: [], message, ...(hint ? { hint } : {}) };
}

/** The offset where each line of `text` starts (line 1 at index 0): lines end at a line feed. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (in UTF-16 units, as editors count) of a string offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
