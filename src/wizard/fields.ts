// Flow as data: the questions of a part of the review are described by field specifications, and
// one interpreter asks them, shows current answers as defaults and saves each answer at once.
import type { Choice, ChoiceItem } from './ask.js';
import { type LineOptions, type WizardContext, asArray, askLine, askLong, save, t } from './context.js';
import type { MsgKey } from './messages.js';
import type { Path } from './store.js';

interface BaseField {
  key: string;
  /** The prompt message. */
  label: MsgKey;
}
export interface TextField extends BaseField, LineOptions {
  kind: 'text';
}
export interface LongField extends BaseField {
  kind: 'long';
}
export interface SelectField extends BaseField {
  kind: 'select';
  /** `null` is "not set": choosing it removes the answer. */
  choices: (ctx: WizardContext) => Choice<string | null>[];
  default?: string;
  /** Stored value ↔ choice value, for answers that are not text (e.g. true/false). */
  parse?: (v: string) => unknown;
  format?: (v: unknown) => string | undefined;
}
export interface MultiField extends BaseField {
  kind: 'multi';
  choices: (ctx: WizardContext) => ChoiceItem<string>[];
  /** Stored value of a ticked choice (e.g. an objective number rather than its text). */
  parse?: (v: string) => unknown;
  /** Ticked at first when there is no answer yet (drawn from earlier answers). */
  defaults?: (ctx: WizardContext) => string[];
}
export interface ListField extends BaseField {
  kind: 'list';
  /** "Add a statistics row" */
  add: MsgKey;
  /** One-line description of an item, for the list. */
  item: (value: Record<string, unknown>, ctx: WizardContext) => string;
  /** The first field must be a required text field: it creates the item. */
  fields: [TextField, ...Field[]];
}
export type Field = TextField | LongField | SelectField | MultiField | ListField;

export async function askField(ctx: WizardContext, base: Path, f: Field): Promise<void> {
  const path = [...base, f.key];
  const message = t(ctx, f.label);
  switch (f.kind) {
    case 'text':
      await askLine(ctx, path, message, f);
      return;
    case 'long':
      await askLong(ctx, path, message);
      return;
    case 'select': {
      const stored = ctx.store.get(path);
      const cur = f.format ? f.format(stored) : stored;
      const choices = f.choices(ctx);
      const def = typeof cur === 'string' && choices.some((c) => c.value === cur) ? cur : (f.default ?? null);
      const v = await ctx.ask.select<string | null>({ message, choices, default: def });
      await save(ctx, path, v === null ? undefined : f.parse ? f.parse(v) : v);
      return;
    }
    case 'multi': {
      const cur = asArray(ctx.store.get(path)).map(String);
      const ticked = ctx.store.get(path) === undefined && f.defaults ? f.defaults(ctx) : cur;
      const choices = f.choices(ctx).map((c) => ('value' in c ? { ...c, checked: ticked.includes(c.value) } : c));
      const v = await ctx.ask.checkbox<string>({ message, choices });
      // keep values the list does not offer (written by hand), in their place
      const extra = cur.filter((x) => !choices.some((c) => 'value' in c && c.value === x));
      const parse = f.parse ?? ((x: string) => x);
      await save(ctx, path, [...v.map(parse), ...extra.map(parse)]);
      return;
    }
    case 'list':
      await editList(ctx, path, f);
      return;
  }
}

type ListChoice = number | 'add' | 'done';

/** A list of items (statistics, practices, consultations): add, change or remove, one at a time. */
export async function editList(ctx: WizardContext, path: Path, f: ListField): Promise<void> {
  for (;;) {
    const items = asArray(ctx.store.get(path));
    const choices: Choice<ListChoice>[] = items.map((it, i) => ({
      value: i,
      name: `${i + 1}. ${f.item(it && typeof it === 'object' ? (it as Record<string, unknown>) : { value: it }, ctx)}`,
    }));
    choices.push({ value: 'add', name: t(ctx, f.add) });
    choices.push({ value: 'done', name: t(ctx, items.length ? 'list.done' : 'list.none') });
    const message = `${t(ctx, f.label)} (${t(ctx, 'list.count', { n: items.length })})`;
    const c = await ctx.ask.select<ListChoice>({ message, choices, default: items.length ? 'done' : 'add' });
    if (c === 'done') return;
    if (c === 'add') {
      await addItem(ctx, path, items.length, f);
      continue;
    }
    const action = await ctx.ask.select<'change' | 'remove' | 'back'>({
      message: t(ctx, 'list.item', { n: c + 1 }),
      choices: [
        { value: 'change', name: t(ctx, 'list.change') },
        { value: 'remove', name: t(ctx, 'list.remove') },
        { value: 'back', name: t(ctx, 'back') },
      ],
    });
    if (action === 'change') for (const field of f.fields) await askField(ctx, [...path, c], field);
    else if (action === 'remove') {
      if (await ctx.ask.confirm({ message: t(ctx, 'list.remove.confirm', { n: c + 1 }), default: false }))
        await ctx.store.delete([...path, c]);
    }
  }
}

async function addItem(ctx: WizardContext, path: Path, index: number, f: ListField): Promise<void> {
  const [first, ...rest] = f.fields;
  const answer = await ctx.ask.input({
    message: `${t(ctx, first.label)} ${t(ctx, 'list.first.hint')}`,
    validate: (v) => {
      const s = v.trim();
      if (!s || !first.validate) return true;
      const r = first.validate(s);
      return r === true ? true : t(ctx, r);
    },
  });
  const s = answer.trim();
  if (!s) return;
  await ctx.store.set([...path, index], { [first.key]: first.parse ? first.parse(s) : s });
  for (const field of rest) await askField(ctx, [...path, index], field);
}
