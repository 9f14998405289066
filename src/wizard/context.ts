// What every step of the wizard works with, and the small helpers that ask one thing and save the
// answer at once.
import type { Ask, Choice } from './ask.js';
import { PromptCancelled } from './ask.js';
import type { UiLang } from './lang.js';
import { type MsgKey, type Vars, translate } from './messages.js';
import type { Path, ReviewStore } from './store.js';

export interface WizardContext {
  ask: Ask;
  store: ReviewStore;
  lang: UiLang;
  /** Long answers open $VISUAL / $EDITOR (otherwise they are typed in the terminal). */
  useEditor: boolean;
  /** Today, as YYYY-MM-DD. */
  today: string;
  mode: 'init' | 'edit';
  /** Makes the report (runs `gcm-review render FILE`); returns its exit code. */
  render?: (file: string) => Promise<number>;
  /** The text editor ask.editor() opens, when there is one ($VISUAL, $EDITOR or nano). */
  editorName?: string;
  /** The user's remembered choices (e.g. the order of the objectives), kept between sessions. */
  prefs?: Prefs;
}

/** Small remembered choices; never review content. */
export interface Prefs {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function t(ctx: { lang: UiLang }, key: MsgKey, vars?: Vars): string {
  return translate(ctx.lang, key, vars);
}

export function say(ctx: WizardContext, key: MsgKey, vars?: Vars, style: Parameters<Ask['say']>[1] = 'info'): void {
  ctx.ask.say(translate(ctx.lang, key, vars), style);
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Long answers are stored as block literals: trimmed, ending with one newline. */
export function normalizeLong(text: string): string {
  const t = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
  return t === '' ? '' : t + '\n';
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Saves `value` at `path` unless it is unchanged; undefined or '' removes the answer. */
export async function save(ctx: WizardContext, path: Path, value: unknown): Promise<void> {
  const cur = ctx.store.get(path);
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    if (cur !== undefined) await ctx.store.delete(path);
    return;
  }
  if (cur !== undefined && sameValue(cur, value)) return;
  await ctx.store.set(path, value);
}

/**
 * A long answer (narrative). In the editor or typed in the terminal; the current answer is offered
 * for editing. A bilingual answer ({en: …, fr: …}) is edited language by language.
 */
export async function askLong(ctx: WizardContext, path: Path, message: string): Promise<void> {
  await askLongText(ctx, path, message);
  // an answer carried over from the previous review is now confirmed or changed (issue 12 §1)
  const key = path.join('.');
  const marks = asArray(ctx.store.get(['to_update']));
  if (marks.includes(key)) {
    const rest = marks.filter((k) => k !== key);
    if (rest.length) await ctx.store.set(['to_update'], rest);
    else await ctx.store.delete(['to_update']);
  }
}

async function askLongText(ctx: WizardContext, path: Path, message: string): Promise<void> {
  const cur = ctx.store.get(path);
  if (cur && typeof cur === 'object' && !Array.isArray(cur)) {
    for (const lang of Object.keys(cur)) await askLongText(ctx, [...path, lang], `${message} [${lang}]`);
    return;
  }
  if (cur !== undefined && typeof cur !== 'string') {
    say(ctx, 'shape.skip', { where: path.join(' › ') }, 'warning');
    return;
  }
  const def = cur === undefined ? undefined : cur.replace(/\n+$/, '');
  let answer: string;
  try {
    if (!ctx.useEditor && def !== undefined && def.trim() !== '') {
      // typed in the terminal, with an answer already there: keep, add to it, change it in the
      // editor, replace or clear it (issue 12)
      const action = await askLongAction(ctx, message, def);
      if (action === 'keep') return;
      if (action === 'clear') answer = '';
      else if (action === 'editor') answer = await ctx.ask.editor({ message, default: def });
      else if (action === 'append') {
        const more = await ctx.ask.multiline({ message: t(ctx, 'long.append.q', { message }) });
        answer = more.trim() ? `${def}\n\n${more}` : def;
      } else answer = await ctx.ask.multiline({ message });
    } else
      answer = ctx.useEditor
        ? await ctx.ask.editor({ message, ...(def !== undefined ? { default: def } : {}) })
        : await ctx.ask.multiline({ message, ...(def !== undefined ? { default: def } : {}) });
  } catch (err) {
    // Ctrl-C while typing: keep what was typed if the question had no answer yet
    if (
      err instanceof PromptCancelled &&
      err.partial &&
      err.partial.trim() &&
      (cur === undefined || cur.trim() === '')
    ) {
      await ctx.store.set(path, normalizeLong(err.partial));
      say(ctx, 'partial.saved', undefined, 'warning');
    }
    throw err;
  }
  await save(ctx, path, normalizeLong(answer));
}

export type LongAction = 'keep' | 'append' | 'editor' | 'replace' | 'clear';

/** What to do with a long answer already given: shown, then keep (Enter), append, editor, replace, clear. */
async function askLongAction(ctx: WizardContext, message: string, current: string): Promise<LongAction> {
  ctx.ask.say(t(ctx, 'ml.current'), 'info');
  ctx.ask.say(current, 'quote');
  const choices: Choice<LongAction>[] = [
    { value: 'keep', name: t(ctx, 'long.keep') },
    { value: 'append', name: t(ctx, 'long.append') },
  ];
  if (ctx.editorName) choices.push({ value: 'editor', name: t(ctx, 'long.editor', { editor: ctx.editorName }) });
  choices.push({ value: 'replace', name: t(ctx, 'long.replace') }, { value: 'clear', name: t(ctx, 'long.clear') });
  return ctx.ask.select<LongAction>({ message: t(ctx, 'long.action', { message }), choices, default: 'keep' });
}

export interface LineOptions {
  required?: boolean;
  validate?: (v: string) => true | MsgKey;
  parse?: (v: string) => unknown;
  format?: (v: unknown) => string | undefined;
}

/** A one-line answer. Returns the value saved (undefined when left empty). */
export async function askLine(ctx: WizardContext, path: Path, message: string, o: LineOptions = {}): Promise<unknown> {
  const cur = ctx.store.get(path);
  if (!o.format && cur && typeof cur === 'object') {
    // e.g. a title written in several languages ({en: …, fr: …}): never overwritten from one line
    say(ctx, 'shape.skip', { where: path.join(' › ') }, 'warning');
    return cur;
  }
  const def = o.format ? o.format(cur) : asString(cur);
  const check = (v: string): true | string => {
    const s = v.trim();
    if (!s) return o.required ? t(ctx, 'required') : true;
    if (o.validate) {
      const r = o.validate(s);
      return r === true ? true : t(ctx, r);
    }
    return true;
  };
  let answer: string;
  try {
    answer = await ctx.ask.input({
      message,
      ...(def !== undefined && def !== '' ? { default: def } : {}),
      validate: check,
    });
  } catch (err) {
    // Ctrl-C or a closed terminal while typing: keep a valid answer typed to a question that had none
    const typed = err instanceof PromptCancelled ? err.partial?.trim() : undefined;
    if (typed && (cur === undefined || cur === '') && check(typed) === true) {
      await ctx.store.set(path, o.parse ? o.parse(typed) : typed);
      say(ctx, 'partial.saved', undefined, 'warning');
    }
    throw err;
  }
  const s = answer.trim();
  const value = s === '' ? undefined : o.parse ? o.parse(s) : s;
  await save(ctx, path, value);
  return value;
}

// ---- values typed by the user ---------------------------------------------------------------------

export function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function isEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);
}

export function isUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** "12,5" or "12.5" → 12.5; "1 200" → 1200; anything else stays text ("12–15", "n/a"). */
export function numberOrText(s: string): number | string {
  const compact = s.replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d+$/.test(compact)) return Number(compact);
  if (/^-?\d+[.,]\d+$/.test(compact)) return Number(compact.replace(',', '.'));
  if (/^-?\d{1,3}(,\d{3})+$/.test(compact)) return Number(compact.replace(/,/g, ''));
  return s;
}

export function yearValue(s: string): number | string {
  return /^\d{4}$/.test(s) ? Number(s) : s;
}

export function splitList(s: string): string[] {
  return s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

export function joinList(v: unknown): string | undefined {
  return Array.isArray(v) ? v.map((x) => String(x)).join('; ') : asString(v);
}
