// Part 4: the other parts of the report (key messages, national context, guiding principles, next
// steps): long texts, all optional in a draft.
import { PRINCIPLES } from '../reference/index.js';
import { type WizardContext, askLong, t } from './context.js';
import type { MsgKey } from './messages.js';
import type { Step } from './metadata.js';
import { filled } from './people.js';

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
];

async function askPrinciples(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 's.principles.guidance'), 'guidance');
  let next: string | undefined = PRINCIPLES.find((p) => !filled(ctx.store.get(['guiding_principles', p.key])))?.key;
  for (;;) {
    const choices = PRINCIPLES.map((p) => ({
      value: p.key,
      name: `(${p.letter}) ${p.title[ctx.lang]}: ${filled(ctx.store.get(['guiding_principles', p.key])) ? t(ctx, 'written') : t(ctx, 'notset')}`,
    }));
    const v = await ctx.ask.select<string>({
      message: t(ctx, 's.principles.q'),
      choices: [...choices, { value: 'back', name: t(ctx, 'back') }],
      default: next ?? 'back',
    });
    if (v === 'back') return;
    const p = PRINCIPLES.find((x) => x.key === v)!;
    await askLong(ctx, ['guiding_principles', p.key], `(${p.letter}) ${p.title[ctx.lang]}`);
    const i = PRINCIPLES.indexOf(p);
    next = PRINCIPLES.slice(i + 1).find((x) => !filled(ctx.store.get(['guiding_principles', x.key])))?.key;
  }
}
