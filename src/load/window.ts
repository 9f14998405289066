// A large file with a YAML syntax error: the precise parser (the `yaml` package, ~0.7 s a MB) reads
// only the part of the file around the line where the fast parser stopped, so its problems are
// found in time linear in that part, not in the file. The window keeps every line number: lines
// outside it become empty lines, except the lines that open the sections the window lies in (its
// ancestors, found by indentation), so the window is read in the same place of the structure.
import { load as jsYamlLoad, type LoadOptions } from 'js-yaml';
import { CORE_12 } from './fast.js';
import { lineStarts } from './common.js';

/** Lines read before and after the line where the fast parser stopped. */
const BEFORE = 200;
const AFTER = 200;

/**
 * The text with only a window around `errorLine` (1-based) and its ancestors' lines kept, or
 * undefined when no clean cut is found (then the whole file is read). The cut is made at a line
 * that starts a node (`key:` or `- `) and is the least indented of the window before the error,
 * and the part before the error must read without error on its own (so the cut is not inside a
 * multi-line text).
 */
export function syntaxWindow(text: string, errorLine: number): { text: string; lastLine: number } | undefined {
  const starts = lineStarts(text);
  const n = starts.length;
  const lineAt = (i: number) => text.slice(starts[i - 1]!, i < n ? starts[i]! - 1 : text.length);
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const blank = (l: string) => l.trim() === '' || l.trimStart().startsWith('#');
  const last = Math.min(n, errorLine + AFTER);
  for (let before = BEFORE; before <= 4 * BEFORE; before *= 2) {
    // the least indented line that starts a node, in the lines before the error
    let cut = -1;
    let min = Infinity;
    for (let i = Math.max(1, errorLine - before); i < errorLine; i++) {
      const l = lineAt(i);
      if (blank(l)) continue;
      const ind = indentOf(l);
      if (ind < min) {
        min = ind;
        cut = /^\s*(?:- |-$|[^\s#'"][^:]*:(?:\s|$)|["'][^"']*["']\s*:(?:\s|$))/.test(l) ? i : -1;
      }
    }
    if (cut <= 1) return undefined;
    // the lines that open the sections the cut lies in
    const keep = new Set<number>();
    let ind = indentOf(lineAt(cut));
    for (let i = cut - 1; i >= 1 && ind > 0; i--) {
      const l = lineAt(i);
      if (blank(l) || indentOf(l) >= ind) continue;
      // a list item ("- key: value") opens its own map one column in: kept as is
      keep.add(i);
      ind = indentOf(l);
    }
    if (ind > 0) return undefined;
    const build = (to: number) => {
      const out: string[] = new Array<string>(to);
      for (let i = 1; i <= to; i++) out[i - 1] = i >= cut || keep.has(i) ? lineAt(i) : '';
      return out.join('\n') + '\n';
    };
    // the window up to the error reads without error: the cut is clean
    try {
      jsYamlLoad(build(errorLine - 1), { schema: CORE_12 } as LoadOptions);
    } catch {
      continue;
    }
    return { text: build(last), lastLine: last };
  }
  return undefined;
}
