// What a YAML problem is called and how to fix it, in plain words.
import type { ErrorCode } from 'yaml';
import type { DiagnosticCode } from '../diagnostics/index.js';
import { MAX_DEPTH, problem, type Position, type Problem } from './common.js';

export function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

export function emptyProblem(): Problem {
  return problem(
    'empty',
    'The file is empty: a review needs at least `format_version: 1` and a `metadata` section.',
    { line: 1, column: 1 },
    'Start one with: gcm-review init FILE',
  );
}

export function tooDeepProblem(at: Position): Problem {
  return problem(
    'too-deep',
    `The file nests lists or groups more than ${MAX_DEPTH} levels deep here; a review needs about six.`,
    at,
    'Check the indentation and the brackets [ ] { } around this line.',
  );
}

export const YAML_HINTS: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT: 'Indent with spaces, not tabs (most editors can convert tabs to spaces).',
  DUPLICATE_KEY:
    'Keep one of the two entries, or merge their text: a later key would silently replace the earlier one.',
  MULTIPLE_DOCS: 'Put each review in a file of its own.',
  BAD_INDENT: 'Check the indentation: items of the same section must start in the same column.',
};

const GENERIC_HINT =
  'Check the line shown and the one before it: a missing colon, an unclosed quote or a wrong indentation are the usual causes.';

export function yamlErrorProblem(
  code: ErrorCode,
  rawMessage: string,
  at: Position,
  lines: string[],
  text: string,
  offset: number,
  /** Whether the error is about a quoted text that is never closed (found in the document). */
  unclosedQuote = false,
): Problem {
  const firstLine = rawMessage.split('\n')[0] ?? rawMessage;
  const clean = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  const lineText = (lines[at.line - 1] ?? '').replace(/\r$/, '');
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  let message: string;
  let hint = YAML_HINTS[code];
  let c: DiagnosticCode = 'yaml-syntax';
  if (code === 'DUPLICATE_KEY') {
    c = 'duplicate-key';
    const key = keyAt(text, offset);
    message = key
      ? `The key “${key}” appears twice in the same section.`
      : 'The same key appears twice in the same section.';
  } else if (code === 'MULTIPLE_DOCS') {
    c = 'multiple-documents';
    message = 'The file holds several YAML documents (separated by ---); a review file holds exactly one.';
  } else if (code === 'TAB_AS_INDENT' || indent.includes('\t')) {
    c = 'tab-indent';
    message = 'A tab character is used for indentation; YAML allows only spaces.';
    hint = YAML_HINTS['TAB_AS_INDENT'];
    // at the tab when it is in this line's indentation (the parser may name the line after it)
    if (indent.includes('\t')) at = { line: at.line, column: indent.indexOf('\t') + 1 };
  } else {
    c = 'yaml-syntax';
    hint = undefined;
    // classified by the parser's error code; where one code covers several mistakes, by the text
    // at the place it names (never by the wording of the parser's message)
    const value = valueBefore(lineText, at.column);
    switch (code) {
      case 'MISSING_CHAR':
        if (unclosedQuote) {
          message = 'The quoted text that starts here is not closed: its closing quote is missing.';
          hint =
            "Add the closing quote; inside \"…\" write \\\" for a quote mark, inside '…' write '' for an apostrophe.";
        } else if (at.column === indent.length + 1) {
          // at the start of a line: a key without its colon, or text not indented under its key
          message =
            'This line is not of the form “key: value”: a colon is missing, or a line of text is not indented under its key.';
          hint =
            'Text that runs over several lines goes under its key after | and is indented, e.g.\n  gaps_and_challenges: |\n    First line.\n    Second line.';
        } else message = `YAML syntax error: ${clean}`;
        break;
      case 'BLOCK_AS_IMPLICIT_KEY':
      case 'MULTILINE_IMPLICIT_KEY':
        message = 'A value contains a colon followed by a space (“: ”), which YAML reads as the start of another key.';
        hint = 'Put the whole text in double quotes, or write it on the next lines after | (indented).';
        break;
      case 'BAD_SCALAR_START': {
        const ch = lineText.slice(at.column - 1, at.column).trim() || (/(\S)$/.exec(clean)?.[1] ?? '?');
        message = `A value cannot start with “${ch}” unless it is in quotes.`;
        hint = 'Put the whole text in double quotes.';
        break;
      }
      case 'UNEXPECTED_TOKEN':
        if (value.startsWith('*')) {
          at = { line: at.line, column: at.column - value.length };
          message =
            'A value starts with *, which YAML reads as a reference to another value (an alias), so the rest of the line cannot be read.';
          hint = ALIAS_TEXT_HINT;
        } else if (value.startsWith('"') || value.startsWith("'")) {
          message = 'The text goes on after its closing quote: a quote mark inside a quoted text ends it.';
          hint = value.startsWith('"')
            ? 'Inside "…" write a quote mark as \\" (or put the text in single quotes).'
            : "Inside '…' write an apostrophe as two apostrophes '' (or put the text in double quotes).";
        } else message = `YAML syntax error: ${clean}`;
        break;
      case 'KEY_OVER_1024_CHARS':
        message =
          'A line is read as a key of more than 1,024 characters: a long text is probably missing its key or its indentation.';
        break;
      case 'BAD_INDENT':
        message = `The indentation is wrong here (${lcFirst(clean)}).`;
        hint = YAML_HINTS['BAD_INDENT'];
        break;
      default:
        message = `YAML syntax error: ${clean}`;
    }
    hint ??= GENERIC_HINT;
  }
  if (lineText.includes('\u00a0')) {
    hint = `${hint ? hint + ' ' : ''}This line also contains a non-breaking space (often pasted from Word), which YAML does not treat as a space: replace it with a normal space.`;
  }
  return problem(c, message, at, hint);
}

export const ALIAS_TEXT_HINT =
  'To start a text with *emphasis* (or any *), put the whole text in double quotes or write it on the next lines after |.';

/** The value part of a line up to a column: what follows the last "key: " or "- " before it. */
function valueBefore(line: string, column: number): string {
  const head = line.slice(0, column - 1);
  const m = /(?:^|:\s|-\s)\s*([^:]*)$/.exec(head);
  return (m?.[1] ?? head).trimStart();
}

function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function keyAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 200);
  const m = /^["']?([^"':#\n]+?)["']?\s*:/.exec(rest);
  return m?.[1]?.trim();
}
