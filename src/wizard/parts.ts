// Issue 9 parts in `gcm-review edit` (edit only: a focal point who does not need them never sees
// them in init): the review number, previous review and authors (About the review); the lead
// agency, support, consultation details and `other` groups (How the review was prepared); the
// review profile, crisis impact and the optional narratives (Other parts of the report).
import { t as reportT, type MessageKey } from '../i18n/index.js';
import { CYCLES, cycleLabel } from '../reference/index.js';
import { CONSULTATION_KINDS, PROFILE_ANSWERS, PROFILE_QUESTIONS } from '../schema/generate.js';
import type { Choice } from './ask.js';
import {
  type WizardContext,
  asArray,
  asRecord,
  asString,
  askLine,
  askLong,
  isUrl,
  joinList,
  save,
  splitList,
  t,
} from './context.js';
import { type ListField, askField, editList } from './fields.js';
import type { MsgKey } from './messages.js';
import type { Step } from './metadata.js';

function written(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (v && typeof v === 'object' && !Array.isArray(v))
    return Object.values(v).some((x) => typeof x === 'string' && x.trim() !== '');
  return false;
}

/** First text of a short text or language map, for one-line lists. */
function firstText(v: unknown): string | undefined {
  return asString(v) ?? Object.values(asRecord(v)).map(String)[0];
}

const state = (ctx: WizardContext, v: unknown) => (written(v) ? t(ctx, 'written') : t(ctx, 'notset'));
const count = (ctx: WizardContext, path: string[]) => t(ctx, 'list.count', { n: asArray(ctx.store.get(path)).length });

function narrativeStep(id: string, label: MsgKey, guidance: MsgKey): Step {
  return {
    id,
    label: (ctx) => `${t(ctx, label)}: ${state(ctx, ctx.store.get([id]))}`,
    only: 'edit',
    run: async (ctx) => {
      ctx.ask.say(t(ctx, label), 'title');
      ctx.ask.say(t(ctx, guidance), 'guidance');
      await askLong(ctx, [id], t(ctx, label));
    },
  };
}

// ---- About the review: review number, previous review, authors ------------------------------------

const AUTHORS: ListField = {
  kind: 'list',
  key: 'authors',
  label: 'p.authors',
  add: 'p.authors.add',
  item: (v) => [firstText(v['name']), firstText(v['role'])].filter(Boolean).join(', ') || '?',
  fields: [
    { kind: 'text', key: 'name', label: 'p.author.name', required: true },
    { kind: 'text', key: 'role', label: 'p.author.role' },
    { kind: 'text', key: 'organization', label: 'p.author.organization' },
  ],
};

async function askPrevious(ctx: WizardContext): Promise<void> {
  const base = ['metadata', 'previous_review'];
  await askField(ctx, base, {
    kind: 'select',
    key: 'cycle',
    label: 'p.previous.cycle',
    choices: (c) => [
      ...CYCLES.map((x) => ({ value: x.key, name: cycleLabel(x.key, c.lang) })),
      { value: null, name: t(c, 'notset') },
    ],
  });
  await askField(ctx, base, { kind: 'text', key: 'title', label: 'p.previous.title' });
  await askField(ctx, base, {
    kind: 'text',
    key: 'link',
    label: 'p.previous.link',
    // a web address, or the previous review's file name (as `init --from` writes it)
    validate: (v) => (isUrl(v) || /^[^\s:/]+\.gcm\.ya?ml$/.test(v) ? true : 'url.invalid'),
  });
  if (Object.keys(asRecord(ctx.store.get(base))).length === 0 && ctx.store.get(base) !== undefined)
    await ctx.store.delete(base);
}

/** Inserted into "About the review" after the review cycle. */
export const REVIEW_HISTORY_STEPS: Step[] = [
  {
    id: 'review_number',
    label: (ctx) =>
      `${t(ctx, 'p.review_number')}: ${asString(ctx.store.get(['metadata', 'review_number'])) ?? t(ctx, 'notset')}`,
    only: 'edit',
    run: async (ctx) => {
      await askLine(ctx, ['metadata', 'review_number'], t(ctx, 'p.review_number.q'), {
        validate: (v) => (/^[1-9]\d{0,2}$/.test(v) ? true : 'p.review_number.invalid'),
        parse: Number,
      });
    },
  },
  {
    id: 'previous_review',
    label: (ctx) => {
      const p = asRecord(ctx.store.get(['metadata', 'previous_review']));
      const cycle = asString(p['cycle']);
      return `${t(ctx, 'p.previous')}: ${firstText(p['title']) ?? (cycle ? cycleLabel(cycle, ctx.lang) : t(ctx, 'notset'))}`;
    },
    only: 'edit',
    run: askPrevious,
  },
];

/** Inserted into "About the review" after the focal point. */
export const AUTHOR_STEPS: Step[] = [
  {
    id: 'authors',
    label: (ctx) => `${t(ctx, 'p.authors')}: ${count(ctx, ['metadata', 'authors'])}`,
    only: 'edit',
    run: (ctx) => askField(ctx, ['metadata'], AUTHORS),
  },
];

// ---- How the review was prepared ---------------------------------------------------------------

const SUPPORT: ListField = {
  kind: 'list',
  key: 'support',
  label: 'p.support',
  add: 'p.support.add',
  item: (v) => firstText(v['organization']) ?? '?',
  fields: [
    { kind: 'text', key: 'organization', label: 'p.support.organization', required: true },
    { kind: 'long', key: 'role', label: 'p.support.role' },
  ],
};

const SC = ['methodology', 'stakeholders_consulted'];

async function askConsultationDetails(ctx: WizardContext): Promise<void> {
  const path = ['methodology', 'consultations'];
  for (;;) {
    const items = asArray(ctx.store.get(path));
    if (!items.length) {
      ctx.ask.say(t(ctx, 'p.details.none'), 'info');
      return;
    }
    const choices: Choice<number | 'back'>[] = items.map((it, i) => {
      const r = asRecord(it);
      const kind = asString(r['kind']);
      return {
        value: i,
        name: `${i + 1}. ${firstText(r['title']) ?? '?'}${kind ? ` · ${kindLabel(ctx, kind)}` : ''}`,
      };
    });
    choices.push({ value: 'back', name: t(ctx, 'back') });
    const c = await ctx.ask.select<number | 'back'>({ message: t(ctx, 'p.details.q'), choices, default: 'back' });
    if (c === 'back') return;
    const base = [...path, c];
    await askField(ctx, base, {
      kind: 'select',
      key: 'kind',
      label: 'p.kind',
      choices: (x) => [
        ...CONSULTATION_KINDS.map((k) => ({ value: k, name: kindLabel(x, k) })),
        { value: null, name: t(x, 'notset') },
      ],
    });
    await askField(ctx, base, { kind: 'text', key: 'organiser', label: 'p.organiser' });
    await askField(ctx, base, { kind: 'text', key: 'place', label: 'p.place' });
    await askField(ctx, base, {
      kind: 'text',
      key: 'participant_bodies',
      label: 'p.bodies',
      parse: splitList,
      format: joinList,
    });
    await askField(ctx, base, { kind: 'long', key: 'outcomes', label: 'p.outcomes' });
  }
}

function kindLabel(ctx: WizardContext, kind: string): string {
  return reportT(ctx.lang, `consult.kind.${kind}` as MessageKey);
}

/** The `other` stakeholder groups: each with its own label (required) and organizations. */
async function askOtherGroups(ctx: WizardContext): Promise<void> {
  for (;;) {
    const all = asArray(ctx.store.get(SC));
    const others = all.map((e, i) => ({ e: asRecord(e), i })).filter(({ e }) => e['category'] === 'other');
    const choices: Choice<number | 'add' | 'done'>[] = others.map(({ e, i }, k) => ({
      value: i,
      name: `${k + 1}. ${firstText(e['label']) ?? '?'}`,
    }));
    choices.push({ value: 'add', name: t(ctx, 'p.other_groups.add') });
    choices.push({ value: 'done', name: t(ctx, others.length ? 'list.done' : 'list.none') });
    const c = await ctx.ask.select<number | 'add' | 'done'>({
      message: `${t(ctx, 'p.other_groups')} (${t(ctx, 'list.count', { n: others.length })})`,
      choices,
      default: others.length ? 'done' : 'add',
    });
    if (c === 'done') return;
    let index: number;
    if (c === 'add') {
      const label = (
        await ctx.ask.input({ message: `${t(ctx, 'p.other_groups.label')} ${t(ctx, 'list.first.hint')}` })
      ).trim();
      if (!label) continue;
      index = all.length;
      await ctx.store.set([...SC, index], { category: 'other', label });
    } else {
      index = c;
      const action = await ctx.ask.select<'change' | 'remove' | 'back'>({
        message: t(ctx, 'list.item', { n: others.findIndex((o) => o.i === c) + 1 }),
        choices: [
          { value: 'change', name: t(ctx, 'list.change') },
          { value: 'remove', name: t(ctx, 'list.remove') },
          { value: 'back', name: t(ctx, 'back') },
        ],
      });
      if (action === 'back') continue;
      if (action === 'remove') {
        await ctx.store.delete([...SC, c]);
        continue;
      }
      await askLine(ctx, [...SC, index, 'label'], t(ctx, 'p.other_groups.label'), { required: true });
    }
    await askLine(ctx, [...SC, index, 'organizations'], t(ctx, 'p.other_groups.organizations'), {
      parse: splitList,
      format: joinList,
    });
  }
}

/** Appended to "How the review was prepared". */
export const PROCESS_STEPS: Step[] = [
  {
    id: 'lead_agency',
    label: (ctx) =>
      `${t(ctx, 'p.lead_agency')}: ${firstText(ctx.store.get(['methodology', 'lead_agency'])) ?? t(ctx, 'notset')}`,
    only: 'edit',
    run: (ctx) => askField(ctx, ['methodology'], { kind: 'text', key: 'lead_agency', label: 'p.lead_agency.q' }),
  },
  {
    id: 'review_support',
    label: (ctx) => `${t(ctx, 'p.support')}: ${count(ctx, ['methodology', 'support'])}`,
    only: 'edit',
    run: (ctx) => editList(ctx, ['methodology', 'support'], SUPPORT),
  },
  {
    id: 'consultation_details',
    label: (ctx) => t(ctx, 'p.details'),
    only: 'edit',
    run: askConsultationDetails,
  },
  {
    id: 'other_groups',
    label: (ctx) =>
      `${t(ctx, 'p.other_groups')}: ${t(ctx, 'list.count', {
        n: asArray(ctx.store.get(SC)).filter((e) => asRecord(e)['category'] === 'other').length,
      })}`,
    only: 'edit',
    run: askOtherGroups,
  },
];

// ---- Other parts of the report -----------------------------------------------------------------

const answerChoices = (ctx: WizardContext) =>
  PROFILE_ANSWERS.map((a) => ({ value: a, name: t(ctx, `p.answer.${a}` as MsgKey) }));

const CUSTOM: ListField = {
  kind: 'list',
  key: 'custom',
  label: 'p.profile.custom',
  add: 'p.profile.custom.add',
  item: (v, ctx) => {
    const a = asString(v['answer']);
    return `${firstText(v['question']) ?? '?'}${a ? ` · ${t(ctx, `p.answer.${a}` as MsgKey)}` : ''}`;
  },
  fields: [
    { kind: 'text', key: 'question', label: 'p.profile.custom.question', required: true },
    { kind: 'select', key: 'answer', label: 'p.profile.answer', choices: answerChoices, default: 'unknown' },
    { kind: 'text', key: 'comment', label: 'p.profile.comment' },
  ],
};

async function askProfile(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 'p.profile'), 'title');
  ctx.ask.say(t(ctx, 'p.profile.guidance'), 'guidance');
  for (const q of PROFILE_QUESTIONS) {
    const path = ['profile', q.key];
    const cur = asString(asRecord(ctx.store.get(path))['answer']);
    const v = await ctx.ask.select<string | null>({
      message: t(ctx, `p.q.${q.key}` as MsgKey),
      choices: [...answerChoices(ctx), { value: null, name: t(ctx, 'notset') }],
      default: cur && (PROFILE_ANSWERS as readonly string[]).includes(cur) ? cur : null,
    });
    if (v === null) {
      if (ctx.store.get(path) !== undefined) await ctx.store.delete(path);
      continue;
    }
    await save(ctx, [...path, 'answer'], v);
    await askLine(ctx, [...path, 'comment'], t(ctx, 'p.profile.comment'));
  }
  await editList(ctx, ['profile', 'custom'], CUSTOM);
}

const CRISES: ListField = {
  kind: 'list',
  key: 'crisis_impact',
  label: 'p.crises',
  add: 'p.crises.add',
  item: (v) => firstText(v['crisis']) ?? '?',
  fields: [
    { kind: 'text', key: 'crisis', label: 'p.crisis.name', required: true },
    { kind: 'long', key: 'narrative', label: 'p.crisis.narrative' },
  ],
};

/** Inserted into "Other parts of the report" after the key messages. */
export const FRONT_PART_STEPS: Step[] = [
  narrativeStep('executive_summary', 'p.executive_summary', 'p.executive_summary.guidance'),
  {
    id: 'profile',
    label: (ctx) => {
      const p = asRecord(ctx.store.get(['profile']));
      const n =
        PROFILE_QUESTIONS.filter((q) => asRecord(p[q.key])['answer'] !== undefined).length +
        asArray(p['custom']).length;
      return `${t(ctx, 'p.profile')}: ${n ? t(ctx, 'p.profile.count', { n }) : t(ctx, 'notset')}`;
    },
    only: 'edit',
    run: askProfile,
  },
];

/** Inserted into "Other parts of the report" after the national context. */
export const CONTEXT_PART_STEPS: Step[] = [
  narrativeStep('policy_framework', 'p.policy_framework', 'p.policy_framework.guidance'),
  {
    id: 'crisis_impact',
    label: (ctx) => `${t(ctx, 'p.crises')}: ${count(ctx, ['crisis_impact'])}`,
    only: 'edit',
    run: async (ctx) => {
      ctx.ask.say(t(ctx, 'p.crises'), 'title');
      ctx.ask.say(t(ctx, 'p.crises.guidance'), 'guidance');
      await askField(ctx, [], CRISES);
    },
  },
];

/** Inserted into "Other parts of the report" after the next steps. */
export const CLOSING_PART_STEPS: Step[] = [
  narrativeStep('means_of_implementation', 'p.means_of_implementation', 'p.means_of_implementation.guidance'),
  narrativeStep('disclaimer', 'p.disclaimer', 'p.disclaimer.guidance'),
];
