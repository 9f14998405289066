// Part 3: the objectives reported on, and for each the five Annex I questions (a)–(e), worded for
// the submitter type, each with its guidance shown above the prompt.
import {
  OBJECTIVES,
  PRINCIPLES,
  PRIORITIES,
  PRIORITY_LABELS,
  QUESTIONS,
  ROUNDTABLES,
  SUPPORT_AREA_LABELS,
  SUPPORT_AREA_VALUES,
  objective as objectiveRef,
  question,
  guidanceFor,
  questionText,
  type QuestionLetter,
} from '../reference/index.js';
import type { ObjectiveAnswers } from '../schema/types.js';
import { answeredQuestions } from '../model/readiness.js';
import type { Choice, ChoiceItem } from './ask.js';
import {
  type WizardContext,
  asArray,
  asRecord,
  asString,
  askLine,
  askLong,
  isUrl,
  joinList,
  numberOrText,
  save,
  splitList,
  t,
  yearValue,
} from './context.js';
import { type Field, type ListField, askField } from './fields.js';
import { submitterType } from './metadata.js';
import { confirmCarried, isMarked, questionMark, unmark } from './carried.js';
import type { Path } from './store.js';

export const objPath = (n: number): Path => ['objectives', String(n)];

/** Objective numbers present in the file, in order. */
export function chosenObjectives(ctx: WizardContext): number[] {
  return Object.keys(asRecord(ctx.store.get(['objectives'])))
    .map(Number)
    .filter((n) => objectiveRef(n) !== undefined)
    .sort((a, b) => a - b);
}

export type Progress = 'answered' | 'partial' | 'empty';

export function answeredLetters(ctx: WizardContext, n: number): string[] {
  const o = ctx.store.get(objPath(n));
  if (!o || typeof o !== 'object' || Array.isArray(o)) return [];
  try {
    return answeredQuestions(o as ObjectiveAnswers);
  } catch {
    return [];
  }
}

export function progress(ctx: WizardContext, n: number): Progress {
  const k = answeredLetters(ctx, n).length;
  return k === QUESTIONS.length ? 'answered' : k === 0 ? 'empty' : 'partial';
}

// ---- choosing the objectives ----------------------------------------------------------------------

export type ObjectiveOrder = 'number' | 'roundtable';
export const ORDER_PREF = 'objectives.order';

/** Number order (objective 1 first) or grouped by round table; the last choice is remembered. */
async function askObjectiveOrder(ctx: WizardContext): Promise<ObjectiveOrder> {
  const remembered = ctx.prefs?.get(ORDER_PREF);
  const order = await ctx.ask.select<ObjectiveOrder>({
    message: t(ctx, 'objectives.order.q'),
    choices: [
      { value: 'number', name: t(ctx, 'objectives.order.number') },
      { value: 'roundtable', name: t(ctx, 'objectives.order.roundtable') },
    ],
    default: remembered === 'roundtable' ? 'roundtable' : 'number',
  });
  if (order !== remembered) ctx.prefs?.set(ORDER_PREF, order);
  return order;
}

export async function chooseObjectives(ctx: WizardContext): Promise<void> {
  const cur = chosenObjectives(ctx);
  const choices: ChoiceItem<string>[] = [];
  const order = await askObjectiveOrder(ctx);
  const item = (n: number): Choice<string> => ({
    value: `o:${n}`,
    name: `${n}. ${objectiveRef(n)!.title[ctx.lang]}`,
    short: String(n),
    checked: cur.includes(n),
  });
  if (order === 'number') for (const o of OBJECTIVES) choices.push(item(o.number));
  else
    for (const rt of ROUNDTABLES) {
      choices.push({ separator: `── ${t(ctx, 'roundtable', { n: rt.number })} ──` });
      choices.push({ value: `rt:${rt.number}`, name: t(ctx, 'roundtable.all', { n: rt.number }) });
      for (const n of rt.objectives) choices.push(item(n));
    }
  ctx.ask.say(t(ctx, 'objectives.guidance'), 'guidance');
  const picked = await ctx.ask.checkbox<string>({ message: t(ctx, 'objectives.q'), choices });
  const wanted = new Set<number>();
  for (const v of picked) {
    if (v.startsWith('rt:'))
      for (const n of ROUNDTABLES.find((r) => r.number === Number(v.slice(3)))?.objectives ?? []) wanted.add(n);
    else wanted.add(Number(v.slice(2)));
  }
  // objectives no longer wanted: those with answers are removed only after asking
  for (const n of cur) {
    if (wanted.has(n)) continue;
    if (answeredLetters(ctx, n).length > 0 || Object.keys(asRecord(ctx.store.get(objPath(n)))).length > 0) {
      const ok = await ctx.ask.confirm({
        message: t(ctx, 'objectives.remove', { n, title: objectiveRef(n)!.short[ctx.lang] }),
        default: false,
      });
      if (!ok) continue;
    }
    await ctx.store.delete(objPath(n));
  }
  for (const n of [...wanted].sort((a, b) => a - b)) if (!cur.includes(n)) await ctx.store.set(objPath(n), {});
  const now = chosenObjectives(ctx);
  ctx.ask.say(
    now.length ? t(ctx, 'objectives.chosen', { n: now.length, list: now.join(', ') }) : t(ctx, 'objectives.none'),
    now.length ? 'success' : 'warning',
  );
}

// ---- the five questions ---------------------------------------------------------------------------

const STATISTICS: ListField = {
  kind: 'list',
  key: 'statistics',
  label: 'stats.q',
  add: 'stats.add',
  item: (v) =>
    [
      asString(v['indicator']) ?? Object.values(asRecord(v['indicator'])).map(String)[0],
      [asString(v['value']), asString(v['unit'])].filter(Boolean).join(' '),
      asString(v['year']),
    ]
      .filter(Boolean)
      .join(' · '),
  fields: [
    { kind: 'text', key: 'indicator', label: 'stats.indicator', required: true },
    { kind: 'text', key: 'value', label: 'stats.value', required: true, parse: numberOrText },
    { kind: 'text', key: 'unit', label: 'stats.unit' },
    { kind: 'text', key: 'year', label: 'stats.year', parse: yearValue },
    { kind: 'text', key: 'source', label: 'stats.source' },
    { kind: 'text', key: 'disaggregation', label: 'stats.disaggregation' },
  ],
};

const PRACTICES: ListField = {
  kind: 'list',
  key: 'promising_practices',
  label: 'practices.q',
  add: 'practices.add',
  item: (v) => asString(v['title']) ?? Object.values(asRecord(v['title'])).map(String)[0] ?? '?',
  fields: [
    { kind: 'text', key: 'title', label: 'practice.title', required: true },
    { kind: 'long', key: 'description', label: 'practice.description' },
    { kind: 'text', key: 'partners', label: 'practice.partners', parse: splitList, format: joinList },
    { kind: 'long', key: 'results', label: 'practice.results' },
    { kind: 'text', key: 'link', label: 'practice.link', validate: (v) => (isUrl(v) ? true : 'url.invalid') },
  ],
};

const PRINCIPLES_APPLIED: Field = {
  kind: 'multi',
  key: 'applied',
  label: 'principles.q',
  choices: (ctx) => PRINCIPLES.map((p) => ({ value: p.key, name: p.title[ctx.lang] })),
};

/** Prints the heading of a question: objective, question (x) of 5, its Annex I wording, guidance. */
export function showQuestion(ctx: WizardContext, n: number, letter: QuestionLetter): void {
  const o = objectiveRef(n)!;
  const q = question(letter);
  const type = submitterType(ctx) ?? 'member_state';
  const idx = QUESTIONS.findIndex((x) => x.letter === letter) + 1;
  void o;
  ctx.ask.say(
    `${t(ctx, 'objective')} ${n} · ${t(ctx, 'question.of', { letter, i: idx, n: QUESTIONS.length })} · ${q.label[ctx.lang]}`,
    'title',
  );
  ctx.ask.say(questionText(letter, type, ctx.lang), 'question');
  ctx.ask.say(guidanceFor(letter, type, ctx.lang), 'guidance');
}

export async function askQuestion(ctx: WizardContext, n: number, letter: QuestionLetter): Promise<void> {
  const base = objPath(n);
  showQuestion(ctx, n, letter);
  // carried over from the previous review (init --from): keep it as it is in one key, or update it
  const mark = questionMark(n, letter);
  if (isMarked(ctx, mark)) {
    const field = QUESTIONS.find((q) => q.letter === letter)!.field;
    if ((await confirmCarried(ctx, mark, ctx.store.get([...base, field]))) === 'keep') return;
  }
  await askQuestionParts(ctx, n, letter);
  await unmark(ctx, mark);
}

async function askQuestionParts(ctx: WizardContext, n: number, letter: QuestionLetter): Promise<void> {
  const base = objPath(n);
  switch (letter) {
    case 'a':
      await askLong(ctx, [...base, 'implementation', 'status'], t(ctx, 'a.status'));
      await askField(ctx, [...base, 'implementation'], STATISTICS);
      return;
    case 'b':
      await askField(ctx, [...base, 'guiding_principles'], PRINCIPLES_APPLIED);
      await askLong(ctx, [...base, 'guiding_principles', 'narrative'], t(ctx, 'b.narrative'));
      return;
    case 'c':
      await askLong(ctx, [...base, 'gaps_and_challenges'], t(ctx, 'c.gaps'));
      return;
    case 'd':
      await askField(ctx, base, PRACTICES);
      return;
    case 'e':
      await askSupportNeeds(ctx, [...base, 'support_needs']);
      return;
  }
}

export async function askObjective(ctx: WizardContext, n: number): Promise<void> {
  for (const q of QUESTIONS) await askQuestion(ctx, n, q.letter);
}

type Area = (typeof SUPPORT_AREA_VALUES)[number];

/**
 * (e): tick the areas, then for each a description and a priority ("other" first gets its label).
 * With `principle`, the list at `path` holds the needs of all guiding principles: only the entries
 * of that principle are shown and changed, and new ones are written with it.
 */
export async function askSupportNeeds(ctx: WizardContext, path: Path, principle?: string): Promise<void> {
  const mine = (x: unknown) => principle === undefined || asRecord(x)['principle'] === principle;
  const entry = (area: Area, label?: string) => ({
    ...(principle !== undefined ? { principle } : {}),
    area,
    ...(label !== undefined ? { label } : {}),
  });
  const cur = asArray(ctx.store.get(path)).map(asRecord);
  const have = new Set(
    cur
      .filter(mine)
      .map((x) => asString(x['area']))
      .filter((a): a is string => !!a),
  );
  const choices: Choice<Area>[] = SUPPORT_AREA_VALUES.map((a) => ({
    value: a,
    name: SUPPORT_AREA_LABELS[a][ctx.lang],
    checked: have.has(a),
  }));
  const chosen = await ctx.ask.checkbox<Area>({ message: t(ctx, 'e.areas'), choices });
  for (let i = cur.length - 1; i >= 0; i--) {
    const need = cur[i]!;
    if (!mine(need)) continue;
    const area = asString(need['area']);
    if (area && (chosen as string[]).includes(area)) continue;
    if (!area || !(SUPPORT_AREA_VALUES as readonly string[]).includes(area)) continue; // unknown area: leave it alone
    const hasText = need['description'] !== undefined || need['label'] !== undefined;
    if (
      hasText &&
      !(await ctx.ask.confirm({
        message: t(ctx, 'e.remove', { area: SUPPORT_AREA_LABELS[area as Area][ctx.lang] }),
        default: false,
      }))
    )
      continue;
    await ctx.store.delete([...path, i]);
  }
  const areas = SUPPORT_AREA_VALUES.filter((a) => chosen.includes(a));
  const indexes = (area: Area) =>
    asArray(ctx.store.get(path))
      .map((x, i) => (mine(x) && asRecord(x)['area'] === area ? i : -1))
      .filter((i) => i >= 0);
  // first the entries themselves ("other" gets its label right away), then their details
  for (const area of areas) {
    const idxs = indexes(area);
    if (idxs.length === 0) {
      const at = asArray(ctx.store.get(path)).length;
      if (area === 'other') {
        const label = (
          await ctx.ask.input({
            message: t(ctx, 'e.other.label'),
            validate: (v) => (v.trim() ? true : t(ctx, 'required')),
          })
        ).trim();
        await ctx.store.set([...path, at], entry(area, label));
      } else await ctx.store.set([...path, at], entry(area));
    } else if (area === 'other') {
      for (const i of idxs) await askLine(ctx, [...path, i, 'label'], t(ctx, 'e.other.label'), { required: true });
    }
  }
  for (const area of areas) {
    for (const i of indexes(area)) {
      const label =
        area === 'other'
          ? (asString(ctx.store.get([...path, i, 'label'])) ?? SUPPORT_AREA_LABELS.other[ctx.lang])
          : SUPPORT_AREA_LABELS[area][ctx.lang];
      await askLong(ctx, [...path, i, 'description'], t(ctx, 'e.description', { area: label }));
      const p = asString(ctx.store.get([...path, i, 'priority']));
      const v = await ctx.ask.select<string | null>({
        message: t(ctx, 'e.priority', { area: label }),
        choices: [
          ...PRIORITIES.map((x) => ({ value: x, name: PRIORITY_LABELS[x][ctx.lang] })),
          { value: null, name: t(ctx, 'notset') },
        ],
        default: p && (PRIORITIES as readonly string[]).includes(p) ? p : 'medium',
      });
      await save(ctx, [...path, i, 'priority'], v ?? undefined);
    }
  }
}

export function objectiveTitle(ctx: WizardContext, n: number): string {
  return OBJECTIVES[n - 1]?.title[ctx.lang] ?? String(n);
}
