// Part 2: how the review was prepared: the process, the stakeholders consulted (by whole-of-society
// category, then organizations) and the consultations held.
import { CONSULTATION_FORMATS, CONSULTATION_FORMAT_LABELS, STAKEHOLDERS } from '../reference/index.js';
import {
  type WizardContext,
  asArray,
  asRecord,
  asString,
  askLine,
  askLong,
  isDate,
  joinList,
  splitList,
  t,
} from './context.js';
import { type ListField, editList } from './fields.js';
import type { Step } from './metadata.js';

const SC = ['methodology', 'stakeholders_consulted'];

function categoryLabel(ctx: WizardContext, key: unknown): string {
  return STAKEHOLDERS.find((s) => s.key === key)?.label[ctx.lang] ?? String(key);
}

export async function askStakeholders(ctx: WizardContext): Promise<void> {
  const cur = asArray(ctx.store.get(SC));
  const keys = cur.map((e) => asString(asRecord(e)['category'])).filter((k): k is string => !!k);
  const chosen = await ctx.ask.checkbox<string>({
    message: t(ctx, 'stakeholders.q'),
    choices: STAKEHOLDERS.map((s) => ({ value: s.key, name: s.label[ctx.lang], checked: keys.includes(s.key) })),
  });
  // categories no longer ticked: remove them (asking first if organizations were listed)
  for (let i = cur.length - 1; i >= 0; i--) {
    const e = asRecord(cur[i]);
    const k = asString(e['category']);
    if (!k || chosen.includes(k)) continue;
    const hasContent = asArray(e['organizations']).length > 0 || e['description'] !== undefined;
    if (
      hasContent &&
      !(await ctx.ask.confirm({
        message: t(ctx, 'stakeholders.remove', { name: categoryLabel(ctx, k) }),
        default: false,
      }))
    )
      continue;
    await ctx.store.delete([...SC, i]);
  }
  for (const k of STAKEHOLDERS.map((s) => s.key).filter((x) => chosen.includes(x))) {
    let idx = asArray(ctx.store.get(SC)).findIndex((e) => asRecord(e)['category'] === k);
    if (idx === -1) {
      idx = asArray(ctx.store.get(SC)).length;
      await ctx.store.set([...SC, idx], { category: k });
    }
    await askLine(ctx, [...SC, idx, 'organizations'], t(ctx, 'organizations.q', { category: categoryLabel(ctx, k) }), {
      parse: splitList,
      format: joinList,
    });
  }
}

const CONSULTATIONS: ListField = {
  kind: 'list',
  key: 'consultations',
  label: 'consultations.q',
  add: 'consultations.add',
  item: (v, ctx) => {
    const title = asString(v['title']) ?? Object.values(asRecord(v['title'])).map(String)[0] ?? '?';
    return [title, asString(v['date'])].filter(Boolean).join(' · ') || t(ctx, 'notset');
  },
  fields: [
    { kind: 'text', key: 'title', label: 'consultation.title', required: true },
    { kind: 'text', key: 'date', label: 'consultation.date', validate: (v) => (isDate(v) ? true : 'date.invalid') },
    {
      kind: 'select',
      key: 'format',
      label: 'consultation.format',
      choices: (ctx) => [
        ...CONSULTATION_FORMATS.map((f) => ({ value: f, name: CONSULTATION_FORMAT_LABELS[f][ctx.lang] })),
        { value: null, name: t(ctx, 'notset') },
      ],
      default: 'in_person',
    },
    {
      kind: 'text',
      key: 'participants',
      label: 'consultation.participants',
      validate: (v) => (/^\d+$/.test(v.replace(/[\s,.]/g, '')) ? true : 'participants.invalid'),
      parse: (v) => Number(v.replace(/[\s,.]/g, '')),
    },
    {
      kind: 'multi',
      key: 'stakeholders',
      label: 'consultation.stakeholders',
      choices: (ctx) => STAKEHOLDERS.map((s) => ({ value: s.key, name: s.label[ctx.lang] })),
      // the groups already listed as consulted are ticked at first
      defaults: (ctx) =>
        asArray(ctx.store.get(['methodology', 'stakeholders_consulted']))
          .map((x) => asString(asRecord(x)['category']))
          .filter((x): x is string => x !== undefined),
    },
  ],
};

export async function askConsultations(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 'consultations.intro'), 'guidance');
  await editList(ctx, ['methodology', 'consultations'], CONSULTATIONS);
}

export async function askProcess(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 'process.guidance'), 'guidance');
  await askLong(ctx, ['methodology', 'description'], t(ctx, 'process.q'));
}

export const PEOPLE_STEPS: Step[] = [
  {
    id: 'process',
    label: (ctx) =>
      `${t(ctx, 'm.process')}: ${filled(ctx.store.get(['methodology', 'description'])) ? t(ctx, 'written') : t(ctx, 'notset')}`,
    run: askProcess,
  },
  {
    id: 'stakeholders',
    label: (ctx) => `${t(ctx, 'm.stakeholders')}: ${t(ctx, 'list.count', { n: asArray(ctx.store.get(SC)).length })}`,
    run: askStakeholders,
  },
  {
    id: 'consultations',
    label: (ctx) =>
      `${t(ctx, 'm.consultations')}: ${t(ctx, 'list.count', { n: asArray(ctx.store.get(['methodology', 'consultations'])).length })}`,
    run: askConsultations,
  },
];

export function filled(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (v && typeof v === 'object' && !Array.isArray(v))
    return Object.values(v).some((x) => typeof x === 'string' && x.trim() !== '');
  return false;
}
