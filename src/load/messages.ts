// What a YAML problem is called and how to fix it, in plain words.
import type { ErrorCode } from 'yaml';
import type { DiagnosticCode } from '../diagnostics/index.js';
import { MAX_DEPTH, problem, type Position, type Problem } from './common.js';
import { vt, type ValidateKey } from '../i18n/validate/index.js';

export function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

// Wording: the validate catalog (src/i18n/validate), in `lang` (default English) once loaded.

export function emptyProblem(lang = 'en'): Problem {
  return problem('empty', vt(lang, 'yaml.empty'), { line: 1, column: 1 }, vt(lang, 'yaml.empty.hint'));
}

export function tooDeepProblem(at: Position, lang = 'en'): Problem {
  return problem('too-deep', vt(lang, 'yaml.tooDeep', { max: MAX_DEPTH }), at, vt(lang, 'yaml.tooDeep.hint'));
}

/** The catalog key of the hint for some of the parser's error codes. */
export const YAML_HINTS: Partial<Record<ErrorCode, ValidateKey>> = {
  TAB_AS_INDENT: 'yaml.tab.hint',
  DUPLICATE_KEY: 'yaml.duplicate.hint',
  MULTIPLE_DOCS: 'yaml.multipleDocs.hint',
  BAD_INDENT: 'yaml.badIndent.hint',
};

export function yamlErrorProblem(
  code: ErrorCode,
  rawMessage: string,
  at: Position,
  lines: string[],
  text: string,
  offset: number,
  /** Whether the error is about a quoted text that is never closed (found in the document). */
  unclosedQuote = false,
  lang = 'en',
): Problem {
  const t = (key: ValidateKey, vars?: Readonly<Record<string, string | number>>) => vt(lang, key, vars);
  const hintOf = (c: ErrorCode) => {
    const k = YAML_HINTS[c];
    return k ? t(k) : undefined;
  };
  const firstLine = rawMessage.split('\n')[0] ?? rawMessage;
  const clean = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  const lineText = (lines[at.line - 1] ?? '').replace(/\r$/, '');
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  let message: string;
  let hint = hintOf(code);
  let c: DiagnosticCode = 'yaml-syntax';
  if (code === 'DUPLICATE_KEY') {
    c = 'duplicate-key';
    const key = keyAt(text, offset);
    message = key ? t('yaml.duplicate', { key }) : t('yaml.duplicate.unnamed');
  } else if (code === 'MULTIPLE_DOCS') {
    c = 'multiple-documents';
    message = t('yaml.multipleDocs');
  } else if (code === 'TAB_AS_INDENT' || indent.includes('\t')) {
    c = 'tab-indent';
    message = t('yaml.tab');
    hint = t('yaml.tab.hint');
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
          message = t('yaml.unclosedQuote');
          hint = t('yaml.unclosedQuote.hint');
        } else if (at.column === indent.length + 1) {
          // at the start of a line: a key without its colon, or text not indented under its key
          message = t('yaml.missingColon');
          hint = t('yaml.missingColon.hint');
        } else message = t('yaml.syntax', { detail: clean });
        break;
      case 'BLOCK_AS_IMPLICIT_KEY':
      case 'MULTILINE_IMPLICIT_KEY':
        message = t('yaml.colonInValue');
        hint = t('yaml.colonInValue.hint');
        break;
      case 'BAD_SCALAR_START': {
        const ch = lineText.slice(at.column - 1, at.column).trim() || (/(\S)$/.exec(clean)?.[1] ?? '?');
        message = t('yaml.badStart', { ch });
        hint = t('yaml.badStart.hint');
        break;
      }
      case 'UNEXPECTED_TOKEN':
        if (value.startsWith('*')) {
          at = { line: at.line, column: at.column - value.length };
          message = t('yaml.aliasStart');
          hint = t('yaml.alias.hint');
        } else if (value.startsWith('"') || value.startsWith("'")) {
          message = t('yaml.afterQuote');
          hint = t(value.startsWith('"') ? 'yaml.afterQuote.double.hint' : 'yaml.afterQuote.single.hint');
        } else message = t('yaml.syntax', { detail: clean });
        break;
      case 'KEY_OVER_1024_CHARS':
        message = t('yaml.longKey');
        break;
      case 'BAD_INDENT':
        message = t('yaml.badIndent', { detail: lcFirst(clean) });
        hint = t('yaml.badIndent.hint');
        break;
      default:
        message = t('yaml.syntax', { detail: clean });
    }
    hint ??= t('yaml.generic.hint');
  }
  if (lineText.includes('\u00a0')) {
    hint = `${hint ? hint + ' ' : ''}${t('yaml.nbsp.hint')}`;
  }
  return problem(c, message, at, hint);
}

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
