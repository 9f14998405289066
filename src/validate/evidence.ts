// Checks on the evidence structures that the schema cannot express (issue 15 §1): a table row
// with the wrong number of values, a statistics entry that is both a row and a table, duplicate
// reference ids, and citations ([@id] in any text, source_ref on a statistic) of an id the
// references list does not have (with a did-you-mean). Linear in the size of the review.
import { CITATION, citationIds } from '../schema/evidence.js';

export { CITATION, citationIds };
import { describePath, didYouMean, type Finding } from './messages.js';
import { vt } from '../i18n/validate/index.js';

type Path = (string | number)[];
type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Does the review use any evidence feature that needs checking? (fast path: usually no) */
/**
 * Whether the text may cite a reference: "[@" written plainly, or an "@" or "[" written as a YAML
 * escape (\x40, \u0040, …). A plain scan, so a file that cites nothing skips the walk over its texts.
 */
export function mayCite(text: string): boolean {
  return text.includes('[@') || /\\(?:x|u00|U000000)(?:40|5[bB])/.test(text);
}

/** Whether evidenceFindings can find anything in this review (the same test on every path). */
export function evidenceMayMatter(review: unknown, text: string): boolean {
  return mayCite(text) || needsEvidenceCheck(review);
}

export function needsEvidenceCheck(review: unknown): boolean {
  if (!isObj(review)) return false;
  if (Array.isArray(review['references'])) return true;
  const objectives = review['objectives'];
  if (!isObj(objectives)) return false;
  for (const a of Object.values(objectives)) {
    const stats = isObj(a) && isObj(a['implementation']) ? a['implementation']['statistics'] : undefined;
    if (Array.isArray(stats) && stats.some((s) => isObj(s) && ('table' in s || 'source_ref' in s))) return true;
  }
  return false;
}

export function evidenceFindings(review: unknown, lang = 'en'): Finding[] {
  if (!isObj(review)) return [];
  const out: Finding[] = [];
  const ids: string[] = [];
  const refs = review['references'];
  if (Array.isArray(refs)) {
    refs.forEach((r, i) => {
      if (!isObj(r) || typeof r['id'] !== 'string') return;
      const id = r['id'];
      if (ids.includes(id)) {
        out.push({
          path: ['references', i, 'id'],
          code: 'duplicate-reference',
          message: vt(lang, 'reference.duplicate', { where: describePath(['references', i, 'id'], lang), id }),
          hint: vt(lang, 'reference.duplicate.hint'),
        });
      } else ids.push(id);
    });
  }
  const unknown = (path: Path, id: string, find: string): void => {
    const guess = didYouMean(id, ids);
    out.push({
      path,
      find,
      code: 'unknown-reference',
      message: vt(
        lang,
        find.startsWith('[') || find.startsWith('@') ? 'reference.unknown.cited' : 'reference.unknown',
        {
          where: describePath(path, lang),
          id,
        },
      ),
      hint: guess
        ? vt(lang, 'didYouMean', { guess })
        : ids.length
          ? vt(lang, 'reference.list', { list: `${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}` })
          : vt(lang, 'reference.none.hint'),
    });
  };

  // citations in every text of the review (the references' own ids excepted)
  const walk = (v: unknown, path: Path): void => {
    if (typeof v === 'string') {
      if (!v.includes('[@')) return;
      for (const m of v.matchAll(CITATION)) {
        for (const id of citationIds(m[1]!)) if (!ids.includes(id)) unknown(path, id, `@${id}`);
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (isObj(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'source_ref' && typeof x === 'string') {
          if (!ids.includes(x)) unknown([...path, k], x, x);
        } else walk(x, [...path, k]);
      }
    }
  };
  walk(review, []);

  const objectives = review['objectives'];
  if (isObj(objectives)) {
    for (const [n, a] of Object.entries(objectives)) {
      const stats = isObj(a) && isObj(a['implementation']) ? a['implementation']['statistics'] : undefined;
      if (!Array.isArray(stats)) continue;
      stats.forEach((s, i) => {
        if (!isObj(s) || !isObj(s['table'])) return;
        const base: Path = ['objectives', n, 'implementation', 'statistics', i];
        const rowKeys = ['indicator', 'value', 'unit', 'year', 'disaggregation'].filter((k) => k in s);
        if (rowKeys.length) {
          out.push({
            path: [...base, rowKeys[0]!],
            atKey: true,
            code: 'table-and-row',
            message: vt(lang, 'statistics.tableAndRow', {
              where: describePath(base, lang),
              fields: rowKeys.map((k) => vt(lang, 'quoted', { text: k })).join(', '),
            }),
            hint: vt(lang, 'statistics.tableAndRow.hint'),
          });
        }
        const table = s['table'];
        const columns = Array.isArray(table['columns']) ? table['columns'] : undefined;
        const rows = table['rows'];
        if (!columns || !Array.isArray(rows)) return;
        rows.forEach((r, j) => {
          if (!isObj(r) || !Array.isArray(r['values'])) return;
          const got = r['values'].length;
          if (got === columns.length) return;
          const path: Path = [...base, 'table', 'rows', j];
          const label = typeof r['label'] === 'string' ? vt(lang, 'statistics.rowLabel', { label: r['label'] }) : '';
          out.push({
            path,
            code: 'table-values',
            message: vt(lang, 'statistics.values', {
              where: describePath(path, lang) + label,
              values: vt(lang, got === 1 ? 'statistics.value.one' : 'statistics.value.many', { n: got }),
              columns: vt(lang, columns.length === 1 ? 'statistics.column.one' : 'statistics.column.many', {
                n: columns.length,
              }),
              list: columns.map(String).join(', '),
            }),
            hint: vt(lang, 'statistics.values.hint'),
          });
        });
      });
    }
  }
  return out;
}

/**
 * Narrows a position to where `needle` occurs inside the located value (the cited id inside a
 * long text), so the error points at the citation itself. Positions are 1-based.
 */
export function refinePosition(
  text: string,
  pos: { line: number; column: number; endLine?: number; endColumn?: number },
  needle: string,
): { line: number; column: number } | undefined {
  const offsetOf = (line: number, column: number): number => {
    let off = 0;
    for (let l = 1; l < line; l++) {
      const nl = text.indexOf('\n', off);
      if (nl < 0) return text.length;
      off = nl + 1;
    }
    return off + column - 1;
  };
  const start = offsetOf(pos.line, pos.column);
  const end = pos.endLine ? offsetOf(pos.endLine, pos.endColumn ?? 1) : text.length;
  const at = text.indexOf(needle, start);
  if (at < 0 || at >= end) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}
