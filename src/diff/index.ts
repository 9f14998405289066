// Comparing two reviews (`gcm-review diff`): what was added, removed, changed or left unchanged,
// per part, objective and Annex I question. Texts are compared in one language both files have;
// statistics are matched by indicator; lists of practices, needs, consultations… by their title.
//
// The comparison walks the review tree generically, so fields added to the schema later are
// compared too without changes here. Word-level differences come from the `diff` package.
import { diffWordsWithSpace } from 'diff';
import { OBJECTIVES, QUESTIONS, objective, type RefLang } from '../reference/index.js';
import type { Review } from '../schema/types.js';

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** One piece of a word-level difference: kept, inserted or deleted text. */
export interface WordPart {
  type: 'same' | 'ins' | 'del';
  text: string;
}

export interface Change {
  /** The part of the review: "metadata", "key_messages", "objective 3", "annexes"… */
  part: string;
  /** Human label of the part, e.g. "Objective 3: Provide accurate and timely information…". */
  partLabel: string;
  /** The Annex I question inside an objective ("a"–"e"), when the change is in one. */
  question?: string;
  /** Where in the file, e.g. ["objectives", "3", "implementation", "statistics", "Number of…"]. */
  path: string[];
  /** Readable location inside the part, e.g. "(a) Status of implementation › statistics › Number of…". */
  label: string;
  status: ChangeStatus;
  old?: string;
  new?: string;
  /** Word by word, for changed texts. */
  words?: WordPart[];
  /** For statistics: the values compared (value then → now). */
  statistic?: { indicator: string; old?: string; new?: string };
}

export interface DiffResult {
  /** The language texts were compared in (for each file when they differ). */
  lang: { old: string; new: string };
  /** Every leaf compared, unchanged ones included. */
  changes: Change[];
  summary: Record<ChangeStatus, number>;
  same: boolean;
}

export interface DiffOptions {
  /** Language to compare texts in; default: the first language of the new review that the old one has. */
  lang?: string;
}

const LANG_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A language map ({en: "…", fr: "…"}): every key a language code and every value a string. */
function isLanguageMap(v: unknown): v is Record<string, string> {
  if (!isPlainObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => LANG_KEY.test(k) && typeof v[k] === 'string');
}

function baseLang(l: string): string {
  return l.toLowerCase().split('-')[0]!;
}

/** The text of a narrative in a language (exact, then same base language, then the first). */
function textIn(v: string | Record<string, string>, lang: string): string {
  if (typeof v === 'string') return v;
  const entries = Object.entries(v);
  const hit =
    entries.find(([k]) => k.toLowerCase() === lang.toLowerCase()) ??
    entries.find(([k]) => baseLang(k) === baseLang(lang)) ??
    entries[0];
  return hit?.[1] ?? '';
}

function languagesOf(r: Review): string[] {
  const l = r.metadata?.languages;
  return Array.isArray(l) && l.length ? l.filter((x): x is string => typeof x === 'string') : ['en'];
}

/** The language each side is compared in: the asked one, else the first of the new file's the old has. */
export function compareLanguages(a: Review, b: Review, asked?: string): { old: string; new: string } {
  const la = languagesOf(a);
  const lb = languagesOf(b);
  const pick = (langs: string[], want: string) =>
    langs.find((l) => l.toLowerCase() === want.toLowerCase()) ??
    langs.find((l) => baseLang(l) === baseLang(want)) ??
    langs[0]!;
  if (asked) return { old: pick(la, asked), new: pick(lb, asked) };
  const common = lb.find((l) => la.some((x) => baseLang(x) === baseLang(l)));
  if (common) return { old: pick(la, common), new: common };
  return { old: la[0]!, new: lb[0]! };
}

/** A flattened leaf: its value as text and how to label it. */
interface Leaf {
  path: string[];
  text: string;
  statistic?: { indicator: string; value: string };
}

/** Fields whose text names an item of a list (so lists are matched by content, not position). */
const ID_FIELDS = ['indicator', 'title', 'measure', 'principle', 'category', 'area', 'name', 'key', 'id'];

function identity(item: Record<string, unknown>, lang: string): string | undefined {
  for (const f of ID_FIELDS) {
    const v = item[f];
    if (typeof v === 'string' && v.trim()) {
      // a support need "other" is named by its label
      if (f === 'area' && v === 'other') {
        const label = item['label'];
        if (typeof label === 'string' || isLanguageMap(label)) return `other: ${textIn(label, lang).trim()}`;
      }
      return v.trim();
    }
    if (isLanguageMap(v)) return textIn(v, lang).trim();
  }
  return undefined;
}

function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** "14,870 workers (2024, Ministry of Labour)" for a statistic. */
function statisticValue(s: Record<string, unknown>): string {
  const value = scalarText(s['value']);
  const unit = typeof s['unit'] === 'string' && s['unit'] ? ` ${s['unit']}` : '';
  const extra = [s['year'], s['disaggregation'], s['source']].filter(
    (x) => (typeof x === 'string' && x) || typeof x === 'number',
  );
  return `${value}${unit}${extra.length ? ` (${extra.map(scalarText).join(', ')})` : ''}`;
}

function flatten(v: unknown, path: string[], lang: string, out: Map<string, Leaf>): void {
  if (v === undefined || v === null) return;
  const key = JSON.stringify(path);
  if (typeof v !== 'object') {
    out.set(key, { path, text: scalarText(v) });
    return;
  }
  if (isLanguageMap(v)) {
    out.set(key, { path, text: textIn(v, lang) });
    return;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => !isPlainObject(x))) {
      out.set(key, { path, text: v.map(scalarText).join(', ') });
      return;
    }
    const seen = new Map<string, number>();
    v.forEach((item, i) => {
      let id = isPlainObject(item) ? identity(item, lang) : undefined;
      if (id === undefined) id = `#${i + 1}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      const name = n > 1 ? `${id} (${n})` : id;
      if (path[path.length - 1] === 'statistics' && isPlainObject(item)) {
        const itemPath = [...path, name];
        out.set(JSON.stringify(itemPath), {
          path: itemPath,
          text: statisticValue(item),
          statistic: { indicator: id, value: statisticValue(item) },
        });
      } else flatten(item, [...path, name], lang, out);
    });
    return;
  }
  for (const [k, child] of Object.entries(v)) flatten(child, [...path, k], lang, out);
}

function questionOf(field: string | undefined): (typeof QUESTIONS)[number] | undefined {
  return QUESTIONS.find((q) => q.field === field);
}

function uiLangOf(lang: string): RefLang {
  const b = baseLang(lang);
  return b === 'fr' || b === 'es' ? b : 'en';
}

const PART_LABELS: Record<string, string> = {
  metadata: 'Metadata',
  key_messages: 'Key messages',
  national_context: 'National context',
  methodology: 'Methodology and consultations',
  guiding_principles: 'Guiding principles',
  principle_support_needs: 'Support needed for the guiding principles',
  next_steps: 'Next steps',
  annexes: 'Annexes',
};

function humanize(key: string): string {
  const s = key.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Part, question and readable label of a leaf path. */
function describe(path: string[], ui: RefLang): Pick<Change, 'part' | 'partLabel' | 'question' | 'label'> {
  const [top, ...rest] = path;
  if (top === 'objectives' && rest.length) {
    const n = Number(String(rest[0]).replace(/^objective_?/i, ''));
    const o = Number.isInteger(n) ? objective(n) : undefined;
    const part = o ? `objective ${o.number}` : `objectives ${rest[0]}`;
    const partLabel = o ? `Objective ${o.number}: ${o.short[ui] ?? o.short.en}` : `Objective ${rest[0]}`;
    const q = questionOf(rest[1]);
    const inner = rest.slice(2);
    const head = q ? `(${q.letter}) ${q.label[ui]}` : rest[1] !== undefined ? humanize(rest[1]) : '';
    return {
      part,
      partLabel,
      ...(q ? { question: q.letter } : {}),
      label: [head, ...inner.map((s) => (/^[a-z_]+$/.test(s) ? s.replace(/_/g, ' ') : s))].filter(Boolean).join(' › '),
    };
  }
  const t = top ?? '';
  return {
    part: t,
    partLabel: PART_LABELS[t] ?? humanize(t),
    label: rest.map((s) => (/^[a-z_]+$/.test(s) ? s.replace(/_/g, ' ') : s)).join(' › '),
  };
}

/** Objectives by number, then the other parts in the order of the new file (then the old). */
function partOrder(a: Review, b: Review): (path: string[]) => number {
  const tops = [...Object.keys(b as object), ...Object.keys(a as object)];
  const rank = new Map<string, number>();
  for (const t of tops) if (!rank.has(t)) rank.set(t, rank.size);
  return (path) => {
    const r = (rank.get(path[0] ?? '') ?? 999) * 1000;
    if (path[0] === 'objectives') {
      const n = Number(String(path[1]).replace(/^objective_?/i, ''));
      return r + (Number.isInteger(n) && n >= 1 && n <= OBJECTIVES.length ? n : 500);
    }
    return r;
  };
}

function normalise(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/**
 * Beyond this many word edits a text counts as rewritten and is shown deleted then inserted whole.
 * The word diff costs about the text's length times the edits squared, so this bounds the work on
 * texts that differ throughout; a run's total time for word diffs is also capped (WORD_DIFF_BUDGET_MS):
 * past it, changed texts are shown replaced whole. Ordinary revisions stay far below both.
 */
export const MAX_WORD_EDITS = 150;
export const WORD_DIFF_BUDGET_MS = 3000;

/** Word-by-word difference of two texts (or the whole text replaced, when it was rewritten). */
export function wordDiff(before: string, after: string, budget?: { ms: number }): WordPart[] {
  const whole: WordPart[] = [
    { type: 'del', text: before },
    { type: 'ins', text: after },
  ];
  if (budget && budget.ms <= 0) return whole;
  const started = performance.now();
  const parts = diffWordsWithSpace(before, after, {
    maxEditLength: MAX_WORD_EDITS,
    ...(budget ? { timeout: Math.max(1, budget.ms) } : {}),
  });
  if (budget) budget.ms -= performance.now() - started;
  if (!parts) return whole;
  return parts.map((p) => ({
    type: p.added ? 'ins' : p.removed ? 'del' : 'same',
    text: p.value,
  }));
}

const QUESTION_ORDER: Record<string, number> = Object.fromEntries(QUESTIONS.map((q, i) => [q.field, i]));

/** Compares two parsed, valid reviews. */
export function diffReviews(a: Review, b: Review, opts: DiffOptions = {}): DiffResult {
  const lang = compareLanguages(a, b, opts.lang);
  const ui = uiLangOf(lang.new);
  const left = new Map<string, Leaf>();
  const right = new Map<string, Leaf>();
  // to_update is bookkeeping of the wizard (init --from), not content
  const skip = new Set(['format_version', 'to_update']);
  for (const [k, v] of Object.entries(a as object)) if (!skip.has(k)) flatten(v, [k], lang.old, left);
  for (const [k, v] of Object.entries(b as object)) if (!skip.has(k)) flatten(v, [k], lang.new, right);
  // metadata.languages is compared as is; the texts are compared in the chosen language

  const keys = [...right.keys(), ...[...left.keys()].filter((k) => !right.has(k))];
  const order = partOrder(a, b);
  const position = new Map<string, number>();
  right.forEach((_, k) => position.set(k, position.size));
  left.forEach((_, k) => {
    if (!position.has(k)) position.set(k, position.size + 1e6);
  });

  const changes: Change[] = [];
  const budget = { ms: WORD_DIFF_BUDGET_MS };
  for (const key of keys) {
    const l = left.get(key);
    const r = right.get(key);
    const path = (r ?? l)!.path;
    const before = l ? normalise(l.text) : undefined;
    const after = r ? normalise(r.text) : undefined;
    // an empty text is the same as no text
    const has = (s: string | undefined) => s !== undefined && s !== '';
    let status: ChangeStatus;
    if (!has(before) && !has(after)) continue;
    else if (!has(before)) status = 'added';
    else if (!has(after)) status = 'removed';
    else status = before === after ? 'unchanged' : 'changed';
    const c: Change = { ...describe(path, ui), path, status };
    if (has(before)) c.old = before!;
    if (has(after)) c.new = after!;
    if (status === 'changed') c.words = wordDiff(before!, after!, budget);
    const stat = r?.statistic ?? l?.statistic;
    if (stat)
      c.statistic = {
        indicator: stat.indicator,
        ...(l?.statistic ? { old: l.statistic.value } : {}),
        ...(r?.statistic ? { new: r.statistic.value } : {}),
      };
    changes.push(c);
  }
  const qRank = (c: Change) => (c.path[0] === 'objectives' ? (QUESTION_ORDER[c.path[2] ?? ''] ?? 9) : 0);
  changes.sort(
    (x, y) =>
      order(x.path) - order(y.path) ||
      qRank(x) - qRank(y) ||
      position.get(JSON.stringify(x.path))! - position.get(JSON.stringify(y.path))!,
  );
  const summary: Record<ChangeStatus, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const c of changes) summary[c.status]++;
  return { lang, changes, summary, same: summary.added + summary.removed + summary.changed === 0 };
}
