// Long answers typed line by line in the terminal, turned into Markdown that keeps what the person
// saw: every line they ended with Enter is its own paragraph (Markdown would otherwise run lines
// together), consecutive list items and table rows stay together, and a sentence typed after a
// list starts a new paragraph instead of joining the last item.

const LIST_ITEM = /^\s*([-*+•]|\d{1,3}[.)])\s+\S/;
const TABLE_ROW = /^\s*\|/;
const INDENTED = /^ {2,}\S/;

function kind(line: string): 'list' | 'table' | 'text' {
  if (LIST_ITEM.test(line)) return 'list';
  if (TABLE_ROW.test(line)) return 'table';
  return 'text';
}

/** Typed lines (blank ones included) → Markdown text with the typed line breaks kept. */
export function typedToMarkdown(lines: readonly string[]): string {
  const out: string[] = [];
  let prev: string | undefined; // the last non-blank line, when no blank line came after it
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      prev = undefined;
      continue;
    }
    if (out.length) {
      const together =
        prev !== undefined &&
        ((kind(prev) === 'list' && (kind(line) === 'list' || INDENTED.test(line))) ||
          (INDENTED.test(prev) && (kind(line) === 'list' || INDENTED.test(line))) ||
          (kind(prev) === 'table' && kind(line) === 'table'));
      out.push(together ? '\n' : '\n\n');
    }
    // a bullet typed as "•" is a Markdown list item
    out.push(line.replace(/^(\s*)•(\s+)/, '$1-$2'));
    prev = line;
  }
  return out.join('');
}

/** What the person is asked to type to finish a long answer (alone on a line). */
export const FINISH_MARK = '.';
