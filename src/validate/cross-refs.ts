// Cross-references the schema cannot check (issue 9 §3): objectives cite national plan measures by
// id (objectives › N › plan_measures), measures name their dimension, and a measure lists the
// objectives it serves. Dangling ids are errors (with "did you mean"); a measure listing an
// objective whose answers do not cite it is a warning. Linear in the size of the plan and answers.
import { OBJECTIVES } from '../reference/index.js';
import type { Review } from '../schema/types.js';
import { createRequire } from 'node:module';
import { describePath, type Finding } from './messages.js';
import { vt } from '../i18n/validate/index.js';

export interface CrossRefFinding extends Finding {
  severity: 'error' | 'warning';
}

/** Cheap test for the fast path: does the review use any structure with cross-references? */
export function hasCrossReferences(review: Review): boolean {
  if (review.national_plan) return true;
  const objs = review.objectives;
  if (!objs || typeof objs !== 'object') return false;
  for (const k in objs) if (objs[k]?.plan_measures) return true;
  return false;
}

let lev: { distance(a: string, b: string): number } | undefined;

/** “Did you mean “M2.3”?” or, when several ids are as close, “Did you mean “M2.1” or “M2.3”?”. */
function didYouMeanId(value: string, ids: readonly string[], lang: string): string | undefined {
  const unique = [...new Set(ids.filter((i) => i !== ''))];
  if (!unique.length) return undefined;
  const v = value.toLowerCase();
  lev ??= createRequire(import.meta.url)('fastest-levenshtein') as { distance(a: string, b: string): number };
  const scored = unique.map((id) => ({ id, d: lev!.distance(v, id.toLowerCase()) }));
  const best = Math.min(...scored.map((x) => x.d));
  if (best > Math.max(1, Math.floor(value.length / 3))) return undefined;
  const near = scored.filter((x) => x.d === best).map((x) => x.id);
  if (near.length > 3) return undefined;
  if (near.length === 1) return vt(lang, 'didYouMean', { guess: near[0]! });
  return vt(lang, 'didYouMean.several', {
    list: near.slice(0, -1).join(vt(lang, 'ids.sep')),
    last: near[near.length - 1]!,
  });
}

function listOf(ids: readonly string[]): string {
  const shown = ids.slice(0, 12).join(', ');
  return ids.length > 12 ? `${shown} …` : shown;
}

const arr = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Never throws on a file with other problems: entries of the wrong shape are passed over. */
export function crossReferenceFindings(review: Review, lang = 'en'): CrossRefFinding[] {
  const out: CrossRefFinding[] = [];
  const plan = obj(review.national_plan) ? review.national_plan : undefined;
  const dims = arr(plan?.dimensions).map((d) => (obj(d) && typeof d.id === 'string' ? d.id : ''));
  const measures = arr(plan?.measures).map((m) => (obj(m) ? m : { id: '', title: '' }));
  const measureIds = measures.map((m) => (typeof m.id === 'string' ? m.id : ''));

  // duplicate ids: a reference to them would be ambiguous
  const dup = (ids: string[], what: 'dimensions' | 'measures') => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      if (id === '') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        out.push({
          severity: 'error',
          path: ['national_plan', what, i, 'id'],
          code: 'duplicate-id',
          message: vt(lang, what === 'dimensions' ? 'plan.dimension.duplicate' : 'plan.measure.duplicate', {
            where: describePath(['national_plan', what, i, 'id'], lang),
            id,
            first: first + 1,
          }),
          hint: vt(lang, what === 'dimensions' ? 'plan.dimension.duplicate.hint' : 'plan.measure.duplicate.hint'),
        });
    });
  };
  dup(dims, 'dimensions');
  dup(measureIds, 'measures');

  // each measure's dimension must exist
  measures.forEach((m, i) => {
    if (typeof m.dimension !== 'string') return;
    if (dims.includes(m.dimension)) return;
    const path = ['national_plan', 'measures', i, 'dimension'];
    const guess = didYouMeanId(m.dimension, dims, lang);
    out.push({
      severity: 'error',
      path,
      code: 'unknown-reference',
      message: vt(lang, 'plan.dimension.unknown', { where: describePath(path, lang), id: m.dimension }),
      hint: guess
        ? guess
        : dims.length
          ? vt(lang, 'plan.dimensions.list', { list: listOf(dims) })
          : vt(lang, 'plan.dimension.none.hint'),
    });
  });

  // plan_measures ids must exist
  const cited = new Map<number, Set<string>>();
  for (const o of OBJECTIVES) {
    const answers = obj(review.objectives) ? review.objectives?.[String(o.number)] : undefined;
    if (!obj(answers)) continue;
    const ids = arr(answers!.plan_measures);
    cited.set(o.number, new Set(ids));
    ids.forEach((id, j) => {
      if (typeof id !== 'string' || measureIds.includes(id)) return;
      const path = ['objectives', String(o.number), 'plan_measures', j];
      const guess = didYouMeanId(id, measureIds, lang);
      out.push({
        severity: 'error',
        path,
        code: 'unknown-reference',
        message: vt(lang, plan ? 'plan.measure.unknown' : 'plan.none', {
          where: describePath(path.slice(0, 3), lang),
          id,
        }),
        hint: guess
          ? guess
          : measureIds.length
            ? vt(lang, 'plan.measures.list', { list: listOf(measureIds) })
            : vt(lang, 'plan.none.hint'),
      });
    });
  }

  // a measure listing a reported objective that does not cite it back
  measures.forEach((m, i) => {
    arr(m.objectives).forEach((n, j) => {
      const back = cited.get(n);
      if (!back || back.has(m.id)) return;
      const path = ['national_plan', 'measures', i, 'objectives', j];
      out.push({
        severity: 'warning',
        path,
        code: 'plan-not-cited',
        message: vt(lang, 'plan.notCited', {
          where: describePath(['national_plan', 'measures', i], lang),
          id: m.id,
          n,
        }),
        hint: vt(lang, 'plan.notCited.hint', { id: m.id, n }),
      });
    });
  });
  return out;
}
