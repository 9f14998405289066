// Part 1: about the review (metadata). Each step is data: a label for the edit menu, when it
// applies, and what it asks. init runs them in order; edit offers them as a menu.
import {
  CYCLES,
  ISCMS,
  REGIONS,
  REPORT_LANGS,
  STAKEHOLDERS,
  SUBMITTER_TYPES,
  SUBMITTER_TYPE_LABELS,
  cycleLabel,
  isVerified,
  type SubmitterType,
} from '../reference/index.js';
import type { Choice } from './ask.js';
import { countryName, fictionalTerm, isFictionalChoice, searchCountries } from './countries.js';
import { isFictionalCode, isUserAssignedCode } from '../reference/countries.js';
import { type WizardContext, asArray, asRecord, asString, askLine, isDate, isEmail, save, t } from './context.js';
import { type Field, askField } from './fields.js';
import type { MsgKey } from './messages.js';
import { regionForCountry } from './regions.js';

export interface Step {
  id: string;
  /** Menu label, with the current answer. */
  label: (ctx: WizardContext) => string;
  when?: (ctx: WizardContext) => boolean;
  /** In init only, or in edit only. */
  only?: 'init' | 'edit';
  run: (ctx: WizardContext) => Promise<void>;
}

const SUB = ['metadata', 'submitter'];

export function submitterType(ctx: WizardContext): SubmitterType | undefined {
  const v = ctx.store.get([...SUB, 'type']);
  return (SUBMITTER_TYPES as readonly string[]).includes(String(v)) ? (v as SubmitterType) : undefined;
}

function current(ctx: WizardContext, path: string[]): string {
  const v = ctx.store.get(path);
  return asString(v) ?? (Array.isArray(v) ? v.join(', ') : t(ctx, 'notset'));
}

export function submitterName(ctx: WizardContext): string {
  const type = submitterType(ctx);
  const country = asString(ctx.store.get([...SUB, 'country']));
  const name = asString(ctx.store.get([...SUB, 'name']));
  if (type === 'member_state' && country) return name ?? countryName(country, ctx.lang) ?? country;
  return name ?? (type ? SUBMITTER_TYPE_LABELS[type][ctx.lang] : t(ctx, 'notset'));
}

const TYPE_HELP: Record<SubmitterType, MsgKey> = {
  member_state: 'type.member_state.help',
  stakeholder: 'type.stakeholder.help',
  iscm: 'type.iscm.help',
  regional_organization: 'type.regional_organization.help',
};

async function askType(ctx: WizardContext): Promise<void> {
  const cur = submitterType(ctx);
  const type = await ctx.ask.select<SubmitterType>({
    message: t(ctx, 'type.q'),
    choices: SUBMITTER_TYPES.map((v) => ({
      value: v,
      name: SUBMITTER_TYPE_LABELS[v][ctx.lang],
      description: t(ctx, TYPE_HELP[v]),
    })),
    ...(cur ? { default: cur } : {}),
  });
  if (!ctx.store.saved) {
    // the first answer creates the file, already a draft dated today
    await ctx.store.set(['metadata'], { submitter: { type }, status: 'draft' });
    return;
  }
  await save(ctx, [...SUB, 'type'], type);
  if (ctx.mode === 'edit' && cur !== undefined && cur !== type) {
    // a different kind of submitter needs its own identity (country, or name and category)
    for (const s of METADATA_STEPS.filter((x) => IDENTITY.includes(x.id) && stepApplies(ctx, x))) await s.run(ctx);
  }
}

const IDENTITY = ['country', 'iscm', 'name', 'category'];

/** "Mexico", or "Republic of Maravia (QMA)" for a fictional country. */
function countryLabel(ctx: WizardContext): string {
  const code = current(ctx, [...SUB, 'country']);
  const name = asString(ctx.store.get([...SUB, 'name']));
  if (isUserAssignedCode(code)) return name ? `${name} (${code})` : code;
  return countryName(code, ctx.lang) ?? code;
}

async function askCountry(ctx: WizardContext): Promise<void> {
  const cur = asString(ctx.store.get([...SUB, 'country']));
  const curName = asString(ctx.store.get([...SUB, 'name']));
  const picked = await ctx.ask.search<string>({
    message: t(ctx, 'country.q'),
    source: (term) => searchCountries(term, ctx.lang),
    ...(cur ? { default: cur, initial: countryName(cur, ctx.lang) ?? cur } : {}),
  });
  if (!isFictionalChoice(picked) && !isUserAssignedCode(picked)) {
    await save(ctx, [...SUB, 'country'], picked);
    return;
  }
  // a fictional or test country: a user-assigned code and a display name
  let code = picked;
  let suggestedName: string | undefined;
  if (isFictionalChoice(picked)) {
    suggestedName = fictionalTerm(picked);
    const answer = await ctx.ask.input({
      message: t(ctx, 'country.fictional.code.q'),
      ...(cur && isUserAssignedCode(cur) ? { default: cur } : { suggested: 'QMA' }),
      validate: (v) => isFictionalCode(v.trim().toUpperCase()) || t(ctx, 'country.fictional.code.bad'),
    });
    code = answer.trim().toUpperCase();
  }
  await save(ctx, [...SUB, 'country'], code);
  const name = await ctx.ask.input({
    message: t(ctx, 'country.fictional.name.q'),
    ...(curName ? { default: curName } : suggestedName ? { suggested: suggestedName } : {}),
    validate: (v) => (v.trim() ? true : t(ctx, 'required')),
  });
  await save(ctx, [...SUB, 'name'], name.trim());
}

const OTHER = '\u0000other';

async function askIscm(ctx: WizardContext): Promise<void> {
  const cur = asString(ctx.store.get([...SUB, 'name']));
  const nameOf = (m: { en: string; fr: string }) => (ctx.lang === 'fr' ? m.fr : m.en);
  const known = ISCMS.find((m) => m.en === cur || m.fr === cur);
  const choices: Choice<string>[] = ISCMS.map((m) => ({ value: nameOf(m), name: nameOf(m) }));
  choices.push({ value: OTHER, name: t(ctx, 'iscm.other') });
  const v = await ctx.ask.select<string>({
    message: t(ctx, 'iscm.q'),
    choices,
    ...(known ? { default: nameOf(known) } : cur ? { default: OTHER } : {}),
  });
  if (v !== OTHER) {
    if (!(known && nameOf(known) === v && cur !== undefined)) await save(ctx, [...SUB, 'name'], v);
    return;
  }
  await askLine(ctx, [...SUB, 'name'], t(ctx, 'iscm.name.q'), { required: true });
}

async function askOrgName(ctx: WizardContext): Promise<void> {
  const type = submitterType(ctx);
  await askLine(ctx, [...SUB, 'name'], t(ctx, type === 'stakeholder' ? 'org.name.q' : 'regorg.name.q'), {
    required: true,
  });
}

async function askCategory(ctx: WizardContext): Promise<void> {
  const cur = asString(ctx.store.get([...SUB, 'category']));
  const v = await ctx.ask.select<string>({
    message: t(ctx, 'category.q'),
    choices: STAKEHOLDERS.map((s) => ({ value: s.key, name: s.label[ctx.lang] })),
    ...(cur ? { default: cur } : {}),
  });
  await save(ctx, [...SUB, 'category'], v);
}

/** The review cycle still to come (or under way) today. */
export function defaultCycle(today: string): string {
  const year = Number(today.slice(0, 4));
  return CYCLES.find((c) => Math.max(...c.years) >= year)?.key ?? CYCLES[CYCLES.length - 1]!.key;
}

async function askCycle(ctx: WizardContext): Promise<void> {
  const cur = asString(ctx.store.get(['metadata', 'cycle']));
  const v = await ctx.ask.select<string>({
    message: t(ctx, 'cycle.q'),
    choices: CYCLES.map((c) => ({
      value: c.key,
      name: cycleLabel(c.key, ctx.lang) + (c.verified ? '' : ` ${t(ctx, 'cycle.projected')}`),
    })),
    default: cur && CYCLES.some((c) => c.key === cur) ? cur : defaultCycle(ctx.today),
  });
  await save(ctx, ['metadata', 'cycle'], v);
}

async function askRegion(ctx: WizardContext): Promise<void> {
  const cur = asString(ctx.store.get(['metadata', 'region']));
  const choices: Choice<string | null>[] = REGIONS.map((r) => ({
    value: r.key,
    name: `${r.acronym} · ${r.name[ctx.lang]}` + (isVerified(r, 'name', ctx.lang) ? '' : ' *'),
    ...(isVerified(r, 'name', ctx.lang) ? {} : { description: t(ctx, 'region.unverified') }),
  }));
  choices.push({ value: null, name: t(ctx, 'region.none') });
  // no answer yet: the commission of the country is offered first (issue 12: defaults from earlier answers)
  const suggested =
    cur === undefined ? regionForCountry(asString(ctx.store.get(['metadata', 'submitter', 'country']))) : undefined;
  const v = await ctx.ask.select<string | null>({
    message: t(ctx, 'region.q'),
    choices,
    default: cur ?? suggested ?? null,
  });
  await save(ctx, ['metadata', 'region'], v ?? undefined);
}

const LANG_NAMES: Record<string, MsgKey> = { en: 'lang.en', fr: 'lang.fr', es: 'lang.es', ar: 'lang.ar' };

function langName(ctx: WizardContext, code: string): string {
  const k = LANG_NAMES[code];
  return k ? t(ctx, k) : code;
}

async function askLanguages(ctx: WizardContext): Promise<void> {
  const raw = asArray(ctx.store.get(['metadata', 'languages'])).map(String);
  const cur = raw.length ? raw : [ctx.lang];
  const codes = [...REPORT_LANGS, ...cur.filter((c) => !(REPORT_LANGS as readonly string[]).includes(c))];
  const chosen = await ctx.ask.checkbox<string>({
    message: t(ctx, 'languages.q'),
    choices: codes.map((c) => ({ value: c, name: langName(ctx, c), checked: cur.includes(c) })),
    validate: (v) => (v.length ? true : t(ctx, 'languages.none')),
  });
  let main = chosen[0]!;
  if (chosen.length > 1) {
    main = await ctx.ask.select<string>({
      message: t(ctx, 'languages.main.q'),
      choices: chosen.map((c) => ({ value: c, name: langName(ctx, c) })),
      default: chosen.includes(cur[0]!) ? cur[0]! : chosen[0]!,
    });
  }
  await save(ctx, ['metadata', 'languages'], [main, ...chosen.filter((c) => c !== main)]);
}

const FOCAL: Field[] = [
  { kind: 'text', key: 'name', label: 'focal.name' },
  { kind: 'text', key: 'title', label: 'focal.title' },
  { kind: 'text', key: 'organization', label: 'focal.organization' },
  { kind: 'text', key: 'email', label: 'focal.email', validate: (v) => (isEmail(v) ? true : 'email.invalid') },
];

async function askFocal(ctx: WizardContext): Promise<void> {
  ctx.ask.say(t(ctx, 'focal.intro'), 'guidance');
  for (const f of FOCAL) await askField(ctx, ['metadata', 'focal_point'], f);
}

async function askDate(ctx: WizardContext): Promise<void> {
  const cur = asString(ctx.store.get(['metadata', 'date']));
  const answer = await ctx.ask.input({
    message: t(ctx, 'date.q'),
    ...(cur ? { default: cur } : { suggested: ctx.today }),
    validate: (v) => (v.trim() === '' || isDate(v.trim()) ? true : t(ctx, 'date.invalid')),
  });
  await save(ctx, ['metadata', 'date'], answer.trim() || undefined);
}

async function askStatus(ctx: WizardContext): Promise<void> {
  const cur = asString(ctx.store.get(['metadata', 'status']));
  const v = await ctx.ask.select<string>({
    message: t(ctx, 'status.q'),
    choices: [
      { value: 'draft', name: t(ctx, 'status.draft') },
      { value: 'final', name: t(ctx, 'status.final') },
    ],
    default: cur === 'final' ? 'final' : 'draft',
  });
  await save(ctx, ['metadata', 'status'], v);
}

function focalLabel(ctx: WizardContext): string {
  const fp = asRecord(ctx.store.get(['metadata', 'focal_point']));
  const parts = [fp['name'], fp['email']].filter((x) => typeof x === 'string' && x);
  return parts.length ? parts.join(', ') : t(ctx, 'notset');
}

const is =
  (...types: SubmitterType[]) =>
  (ctx: WizardContext) => {
    const tp = submitterType(ctx);
    return tp !== undefined && types.includes(tp);
  };

export const METADATA_STEPS: Step[] = [
  {
    id: 'type',
    label: (ctx) =>
      `${t(ctx, 'm.type')}: ${submitterType(ctx) ? SUBMITTER_TYPE_LABELS[submitterType(ctx)!][ctx.lang] : t(ctx, 'notset')}`,
    run: askType,
  },
  {
    id: 'country',
    label: (ctx) => `${t(ctx, 'm.country')}: ${countryLabel(ctx)}`,
    when: is('member_state'),
    run: askCountry,
  },
  {
    id: 'iscm',
    label: (ctx) => `${t(ctx, 'm.name')}: ${current(ctx, [...SUB, 'name'])}`,
    when: is('iscm'),
    run: askIscm,
  },
  {
    id: 'name',
    label: (ctx) => `${t(ctx, 'm.name')}: ${current(ctx, [...SUB, 'name'])}`,
    when: is('stakeholder', 'regional_organization'),
    run: askOrgName,
  },
  {
    id: 'category',
    label: (ctx) => {
      const c = STAKEHOLDERS.find((s) => s.key === ctx.store.get([...SUB, 'category']));
      return `${t(ctx, 'm.category')}: ${c ? c.label[ctx.lang] : t(ctx, 'notset')}`;
    },
    when: is('stakeholder'),
    run: askCategory,
  },
  {
    id: 'cycle',
    label: (ctx) => {
      const c = asString(ctx.store.get(['metadata', 'cycle']));
      return `${t(ctx, 'm.cycle')}: ${c ? cycleLabel(c, ctx.lang) : t(ctx, 'notset')}`;
    },
    run: askCycle,
  },
  {
    id: 'region',
    label: (ctx) => {
      const r = REGIONS.find((x) => x.key === ctx.store.get(['metadata', 'region']));
      return `${t(ctx, 'm.region')}: ${r ? r.acronym : t(ctx, 'notset')}`;
    },
    run: askRegion,
  },
  {
    id: 'languages',
    label: (ctx) =>
      `${t(ctx, 'm.languages')}: ${
        asArray(ctx.store.get(['metadata', 'languages']))
          .map((c) => langName(ctx, String(c)))
          .join(', ') || t(ctx, 'notset')
      }`,
    run: askLanguages,
  },
  { id: 'focal_point', label: (ctx) => `${t(ctx, 'm.focal')}: ${focalLabel(ctx)}`, run: askFocal },
  { id: 'date', label: (ctx) => `${t(ctx, 'm.date')}: ${current(ctx, ['metadata', 'date'])}`, run: askDate },
  {
    id: 'status',
    label: (ctx) =>
      `${t(ctx, 'm.status')}: ${ctx.store.get(['metadata', 'status']) === 'final' ? t(ctx, 'status.final') : t(ctx, 'status.draft')}`,
    only: 'edit',
    run: askStatus,
  },
];

export function stepApplies(ctx: WizardContext, s: Step): boolean {
  return (!s.only || s.only === ctx.mode) && (!s.when || s.when(ctx));
}
