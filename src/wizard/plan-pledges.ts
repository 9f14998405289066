// Issue 9 §3–5 in the wizard: the scope of the review and the priorities among its objectives,
// the national implementation plan, pledges and the Progress Declaration follow-up. Entries of the
// "other parts" menu of `edit` (init does not ask them: a focal point who does not need them never
// sees them).
import { OBJECTIVES, objective as objectiveRef } from '../reference/index.js';
import type { Choice } from './ask.js';
import {
  type WizardContext,
  asArray,
  asRecord,
  asString,
  askLine,
  askLong,
  isDate,
  isUrl,
  save,
  t,
} from './context.js';
import { type ListField, type MultiField, askField, editList } from './fields.js';
import type { MsgKey } from './messages.js';
import type { Step } from './metadata.js';
import { chosenObjectives } from './objectives.js';

const SCOPE = ['metadata', 'scope'];
const PLAN = ['national_plan'];

const noSpaces = (v: string): true | MsgKey => (/^\S+$/.test(v) ? true : 'plan.id.invalid');

function objectivesField(key: string, label: MsgKey): MultiField {
  return {
    kind: 'multi',
    key,
    label,
    choices: (ctx) => OBJECTIVES.map((o) => ({ value: String(o.number), name: `${o.number} · ${o.short[ctx.lang]}` })),
    parse: Number,
  };
}

function titleOf(v: unknown): string {
  return asString(v) ?? Object.values(asRecord(v)).map(String)[0] ?? '?';
}

// ---- scope and priorities ---------------------------------------------------------------------

async function askScope(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 'scope.menu'), 'title');
  ctx.ask.say(t(ctx, 'scope.guidance'), 'guidance');
  const cur = asString(ctx.store.get([...SCOPE, 'kind']));
  const kind = await ctx.ask.select<string>({
    message: t(ctx, 'scope.q'),
    choices: [
      { value: 'selected', name: t(ctx, 'scope.choice.selected') },
      { value: 'all', name: t(ctx, 'scope.choice.all') },
      { value: 'unset', name: t(ctx, 'scope.unset') },
    ],
    default: cur === 'all' || cur === 'selected' ? cur : 'selected',
  });
  if (kind === 'unset') {
    await save(ctx, SCOPE, undefined);
    return;
  }
  await save(ctx, [...SCOPE, 'kind'], kind);
  await askLong(ctx, [...SCOPE, 'reason'], t(ctx, 'scope.reason.q'));
}

function rankOf(ctx: WizardContext, n: number): number | undefined {
  const r = ctx.store.get(['objectives', String(n), 'priority', 'rank']);
  return typeof r === 'number' ? r : undefined;
}

async function askPriorities(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 'priorities.menu'), 'title');
  ctx.ask.say(t(ctx, 'priorities.guidance'), 'guidance');
  const objs = chosenObjectives(ctx);
  if (!objs.length) {
    ctx.ask.say(t(ctx, 'priorities.none'), 'warning');
    return;
  }
  let next: number | 'back' = objs.find((n) => rankOf(ctx, n) === undefined) ?? 'back';
  for (;;) {
    const choices: Choice<number | 'back'>[] = objs.map((n) => {
      const r = rankOf(ctx, n);
      const state = r === undefined ? t(ctx, 'priorities.unranked') : t(ctx, 'priorities.rank', { rank: r });
      return { value: n, name: `${t(ctx, 'objective')} ${n} · ${objectiveRef(n)!.short[ctx.lang]}: ${state}` };
    });
    choices.push({ value: 'back', name: t(ctx, 'back') });
    const v = await ctx.ask.select<number | 'back'>({ message: t(ctx, 'priorities.q'), choices, default: next });
    if (v === 'back') return;
    const path = ['objectives', String(v), 'priority'];
    const rank = await askLine(ctx, [...path, 'rank'], t(ctx, 'priority.rank.q'), {
      validate: (s) => (/^\d+$/.test(s) && Number(s) >= 1 ? true : 'priority.rank.invalid'),
      parse: Number,
    });
    if (rank === undefined) await save(ctx, path, undefined);
    else await askLong(ctx, [...path, 'reason'], t(ctx, 'priority.reason.q'));
    const i = objs.indexOf(v);
    next = objs.slice(i + 1).find((n) => rankOf(ctx, n) === undefined) ?? 'back';
  }
}

// ---- national plan ----------------------------------------------------------------------------

const DIMENSIONS: ListField = {
  kind: 'list',
  key: 'dimensions',
  label: 'plan.dimensions',
  add: 'plan.dimensions.add',
  item: (v) => `${asString(v['id']) ?? '?'} ${titleOf(v['title'])}`,
  fields: [
    { kind: 'text', key: 'id', label: 'plan.dimension.id', required: true, validate: noSpaces },
    { kind: 'text', key: 'title', label: 'plan.dimension.title', required: true },
  ],
};

const MEASURES: ListField = {
  kind: 'list',
  key: 'measures',
  label: 'plan.measures',
  add: 'plan.measures.add',
  item: (v) => {
    const objs = asArray(v['objectives']).join(', ');
    return `${asString(v['id']) ?? '?'} ${titleOf(v['title'])}${objs ? ` (${objs})` : ''}`;
  },
  fields: [
    { kind: 'text', key: 'id', label: 'plan.measure.id', required: true, validate: noSpaces },
    { kind: 'text', key: 'title', label: 'plan.measure.title', required: true },
    {
      kind: 'select',
      key: 'dimension',
      label: 'plan.measure.dimension',
      choices: (ctx) => [
        ...asArray(ctx.store.get([...PLAN, 'dimensions'])).flatMap((d) => {
          const id = asString(asRecord(d)['id']);
          return id ? [{ value: id, name: `${id} ${titleOf(asRecord(d)['title'])}` }] : [];
        }),
        { value: null, name: t(ctx, 'notset') },
      ],
    },
    objectivesField('objectives', 'plan.measure.objectives'),
  ],
};

/** Each objective a measure serves, and that the review answers, cites the measure back. */
async function citeMeasures(ctx: WizardContext): Promise<void> {
  const present = new Set(chosenObjectives(ctx));
  for (const m of asArray(ctx.store.get([...PLAN, 'measures'])).map(asRecord)) {
    const id = asString(m['id']);
    if (!id) continue;
    for (const n of asArray(m['objectives'])) {
      if (typeof n !== 'number' || !present.has(n)) continue;
      const path = ['objectives', String(n), 'plan_measures'];
      const cited = asArray(ctx.store.get(path)).map(String);
      if (cited.includes(id)) continue;
      await ctx.store.set(path, [...cited, id]);
      ctx.ask.say(t(ctx, 'plan.cited', { n, id }), 'info');
    }
  }
}

async function askPlan(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 'plan.menu'), 'title');
  ctx.ask.say(t(ctx, 'plan.guidance'), 'guidance');
  const title = await askLine(ctx, [...PLAN, 'title'], t(ctx, 'plan.title.q'));
  if (title === undefined) {
    // no title: the plan is not described (a plan without a title is not valid)
    if (Object.keys(asRecord(ctx.store.get(PLAN))).length === 0) await save(ctx, PLAN, undefined);
    return;
  }
  await askLine(ctx, [...PLAN, 'adopted'], t(ctx, 'plan.adopted.q'), {
    validate: (v) => (isDate(v) ? true : 'date.invalid'),
  });
  await askLine(ctx, [...PLAN, 'link'], t(ctx, 'plan.link.q'), {
    validate: (v) => (isUrl(v) ? true : 'url.invalid'),
  });
  await askField(ctx, PLAN, DIMENSIONS);
  await askField(ctx, PLAN, MEASURES);
  await citeMeasures(ctx);
}

// ---- pledges and the Progress Declaration -------------------------------------------------------

const STATUSES = ['announced', 'in_progress', 'fulfilled', 'discontinued'] as const;

const PLEDGES: ListField = {
  kind: 'list',
  key: 'pledges',
  label: 'pledges.menu',
  add: 'pledges.add',
  item: (v, ctx) => {
    const s = asString(v['status']);
    const status = (STATUSES as readonly string[]).includes(s ?? '') ? t(ctx, `pledge.status.${s}` as MsgKey) : '';
    return `${titleOf(v['title'])}${status ? ` · ${status}` : ''}`;
  },
  fields: [
    { kind: 'text', key: 'title', label: 'pledge.title.q', required: true },
    {
      kind: 'select',
      key: 'kind',
      label: 'pledge.kind.q',
      choices: (ctx) => [
        { value: 'individual', name: t(ctx, 'pledge.kind.individual') },
        { value: 'joint', name: t(ctx, 'pledge.kind.joint') },
        { value: null, name: t(ctx, 'notset') },
      ],
    },
    {
      kind: 'select',
      key: 'status',
      label: 'pledge.status.q',
      choices: (ctx) => [
        ...STATUSES.map((s) => ({ value: s, name: t(ctx, `pledge.status.${s}` as MsgKey) })),
        { value: null, name: t(ctx, 'notset') },
      ],
    },
    objectivesField('objectives', 'pledge.objectives.q'),
    {
      kind: 'list',
      key: 'partners',
      label: 'pledge.partners',
      add: 'pledge.partners.add',
      item: (v) => `${asString(v['name']) ?? '?'}${asString(v['country']) ? ` (${asString(v['country'])})` : ''}`,
      fields: [
        { kind: 'text', key: 'name', label: 'pledge.partner.name', required: true },
        {
          kind: 'text',
          key: 'country',
          label: 'pledge.partner.country',
          validate: (v) => (/^[A-Za-z]{3}$/.test(v) ? true : 'pledge.country.invalid'),
          parse: (v) => v.toUpperCase(),
        },
      ],
    },
    {
      kind: 'select',
      key: 'gcr_mirror',
      label: 'pledge.gcr.q',
      choices: (ctx) => [
        { value: 'no', name: t(ctx, 'no') },
        { value: 'yes', name: t(ctx, 'yes') },
        { value: null, name: t(ctx, 'notset') },
      ],
      parse: (v) => v === 'yes',
      format: (v) => (v === true ? 'yes' : v === false ? 'no' : undefined),
    },
    { kind: 'text', key: 'nature', label: 'pledge.nature.q' },
    { kind: 'long', key: 'progress', label: 'pledge.progress.q' },
    { kind: 'text', key: 'link', label: 'pledge.link.q', validate: (v) => (isUrl(v) ? true : 'url.invalid') },
  ],
};

const PROGRESS_DECLARATION: ListField = {
  kind: 'list',
  key: 'progress_declaration',
  label: 'pd.menu',
  add: 'pd.add',
  item: (v, ctx) => t(ctx, 'pd.item', { n: asString(v['paragraph']) ?? '?' }),
  fields: [
    {
      kind: 'text',
      key: 'paragraph',
      label: 'pd.paragraph.q',
      required: true,
      validate: (v) => (/^\d+$/.test(v) && Number(v) >= 1 ? true : 'pd.paragraph.invalid'),
      parse: Number,
    },
    { kind: 'long', key: 'narrative', label: 'pd.narrative.q' },
  ],
};

function countLabel(ctx: WizardContext, key: MsgKey, n: number): string {
  return n ? t(ctx, key, { n }) : t(ctx, 'notset');
}

/** Scope, priorities and the national plan: after the national context in the menu. */
export const SCOPE_PLAN_STEPS: Step[] = [
  {
    id: 'scope',
    only: 'edit',
    label: (ctx) => {
      const k = asString(ctx.store.get([...SCOPE, 'kind']));
      return `${t(ctx, 'scope.menu')}: ${k === 'all' ? t(ctx, 'scope.all') : k === 'selected' ? t(ctx, 'scope.selected') : t(ctx, 'notset')}`;
    },
    run: askScope,
  },
  {
    id: 'priorities',
    only: 'edit',
    label: (ctx) =>
      `${t(ctx, 'priorities.menu')}: ${countLabel(ctx, 'priorities.count', chosenObjectives(ctx).filter((n) => rankOf(ctx, n) !== undefined).length)}`,
    run: askPriorities,
  },
  {
    id: 'national_plan',
    only: 'edit',
    label: (ctx) => {
      const title = ctx.store.get([...PLAN, 'title']);
      return `${t(ctx, 'plan.menu')}: ${title === undefined ? t(ctx, 'notset') : titleOf(title)}`;
    },
    run: askPlan,
  },
];

/** Pledges and the Progress Declaration: after the next steps in the menu. */
export const PLEDGE_STEPS: Step[] = [
  {
    id: 'pledges',
    only: 'edit',
    label: (ctx) =>
      `${t(ctx, 'pledges.menu')}: ${countLabel(ctx, 'pledges.count', asArray(ctx.store.get(['pledges'])).length)}`,
    run: async (ctx) => {
      ctx.ask.say(t(ctx, 'pledges.menu'), 'title');
      ctx.ask.say(t(ctx, 'pledges.guidance'), 'guidance');
      await editList(ctx, ['pledges'], PLEDGES);
    },
  },
  {
    id: 'progress_declaration',
    only: 'edit',
    label: (ctx) =>
      `${t(ctx, 'pd.menu')}: ${countLabel(ctx, 'pd.count', asArray(ctx.store.get(['progress_declaration'])).length)}`,
    run: async (ctx) => {
      ctx.ask.say(t(ctx, 'pd.menu'), 'title');
      ctx.ask.say(t(ctx, 'pd.guidance'), 'guidance');
      await editList(ctx, ['progress_declaration'], PROGRESS_DECLARATION);
    },
  },
];
