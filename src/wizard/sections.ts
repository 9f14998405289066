// Part 4: the other parts of the report (key messages, national context, guiding principles, next
// steps): long texts, all optional in a draft. Then the support needs for guiding principles and
// the annexes: lists, also optional.
import { PRINCIPLES } from '../reference/index.js';
import { type WizardContext, asArray, asRecord, asString, askLong, isUrl, t } from './context.js';
import { type ListField, askField } from './fields.js';
import type { MsgKey } from './messages.js';
import type { Step } from './metadata.js';
import { askSupportNeeds } from './objectives.js';
import { filled } from './people.js';
import { PLEDGE_STEPS, SCOPE_PLAN_STEPS } from './plan-pledges.js';

const PSN = ['principle_support_needs'];

const ANNEXES: ListField = {
  kind: 'list',
  key: 'annexes',
  label: 's.annexes',
  add: 'annexes.add',
  item: (v) => asString(v['title']) ?? Object.values(asRecord(v['title'])).map(String)[0] ?? '?',
  fields: [
    { kind: 'text', key: 'title', label: 'annex.title', required: true },
    { kind: 'long', key: 'description', label: 'annex.description' },
    { kind: 'text', key: 'link', label: 'annex.link', validate: (v) => (isUrl(v) ? true : 'url.invalid') },
  ],
};

function section(id: string, label: MsgKey, guidance: MsgKey): Step {
  return {
    id,
    label: (ctx) => `${t(ctx, label)}: ${filled(ctx.store.get([id])) ? t(ctx, 'written') : t(ctx, 'notset')}`,
    run: async (ctx) => {
      ctx.ask.say(t(ctx, label), 'title');
      ctx.ask.say(t(ctx, guidance), 'guidance');
      await askLong(ctx, [id], t(ctx, label));
    },
  };
}

export const SECTION_STEPS: Step[] = [
  section('key_messages', 's.key_messages', 's.key_messages.guidance'),
  section('national_context', 's.national_context', 's.national_context.guidance'),
  // issue 9 §3–4: scope, priorities and the national plan (edit only)
  ...SCOPE_PLAN_STEPS,
  {
    id: 'guiding_principles',
    label: (ctx) => {
      const n = PRINCIPLES.filter((p) => filled(ctx.store.get(['guiding_principles', p.key]))).length;
      return `${t(ctx, 's.principles')}: ${t(ctx, 'principles.count', { n, total: PRINCIPLES.length })}`;
    },
    only: 'edit',
    run: askPrinciples,
  },
  section('next_steps', 's.next_steps', 's.next_steps.guidance'),
  // issue 9 §5: pledges and the Progress Declaration follow-up (edit only)
  ...PLEDGE_STEPS,
  {
    id: 'principle_support_needs',
    label: (ctx) => {
      const n = asArray(ctx.store.get(PSN)).length;
      return `${t(ctx, 's.principle_needs')}: ${n ? t(ctx, 'principle_needs.count', { n }) : t(ctx, 'principle_needs.none')}`;
    },
    run: askPrincipleNeeds,
  },
  {
    id: 'annexes',
    label: (ctx) => {
      const n = asArray(ctx.store.get(['annexes'])).length;
      return `${t(ctx, 's.annexes')}: ${n ? t(ctx, 'annexes.count', { n }) : t(ctx, 'notset')}`;
    },
    run: async (ctx) => {
      ctx.ask.say(t(ctx, 's.annexes'), 'title');
      ctx.ask.say(t(ctx, 's.annexes.guidance'), 'guidance');
      await askField(ctx, [], ANNEXES);
    },
  },
];

/** Question (e) for the guiding principles: pick a principle, then the same flow as for an objective. */
async function askPrincipleNeeds(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 's.principle_needs'), 'title');
  ctx.ask.say(t(ctx, 's.principle_needs.guidance'), 'guidance');
  for (;;) {
    const needs = asArray(ctx.store.get(PSN)).map(asRecord);
    const choices = PRINCIPLES.map((p) => {
      const n = needs.filter((x) => x['principle'] === p.key).length;
      const state = n ? t(ctx, 'principle_needs.count', { n }) : t(ctx, 'principle_needs.none');
      return { value: p.key, name: `${p.title[ctx.lang]}: ${state}` };
    });
    const v = await ctx.ask.select<string>({
      message: t(ctx, 's.principle_needs.q'),
      choices: [...choices, { value: 'back', name: t(ctx, needs.length ? 'list.done' : 'list.none') }],
      default: 'back',
    });
    if (v === 'back') return;
    const p = PRINCIPLES.find((x) => x.key === v)!;
    ctx.ask.say(`${p.title[ctx.lang]}`, 'heading');
    await askSupportNeeds(ctx, PSN, p.key);
  }
}

async function askPrinciples(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 's.principles.guidance'), 'guidance');
  let next: string | undefined = PRINCIPLES.find((p) => !filled(ctx.store.get(['guiding_principles', p.key])))?.key;
  for (;;) {
    const choices = PRINCIPLES.map((p) => ({
      value: p.key,
      name: `${p.title[ctx.lang]}: ${filled(ctx.store.get(['guiding_principles', p.key])) ? t(ctx, 'written') : t(ctx, 'notset')}`,
    }));
    const v = await ctx.ask.select<string>({
      message: t(ctx, 's.principles.q'),
      choices: [...choices, { value: 'back', name: t(ctx, 'back') }],
      default: next ?? 'back',
    });
    if (v === 'back') return;
    const p = PRINCIPLES.find((x) => x.key === v)!;
    await askLong(ctx, ['guiding_principles', p.key], `${p.title[ctx.lang]}`);
    const i = PRINCIPLES.indexOf(p);
    next = PRINCIPLES.slice(i + 1).find((x) => !filled(ctx.store.get(['guiding_principles', x.key])))?.key;
  }
}
