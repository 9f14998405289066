// What every step of the wizard works with, and the small helpers that ask one thing and save the
// answer at once.
import type { Ask } from './ask.js';
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
  const cur = ctx.store.get(path);
  if (cur && typeof cur === 'object' && !Array.isArray(cur)) {
    for (const lang of Object.keys(cur)) await askLong(ctx, [...path, lang], `${message} [${lang}]`);
    return;
  }
  if (cur !== undefined && typeof cur !== 'string') {
    say(ctx, 'shape.skip', { where: path.join(' › ') }, 'warning');
    return;
  }
  const def = cur === undefined ? undefined : cur.replace(/\n+$/, '');
  let answer: string;
  try {
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
