// Answers carried over from the previous review (`init --from`, issue 12 §1): the file lists them
// in `to_update` until each is confirmed ("keep as is", one key) or changed in the wizard.
import { PRINCIPLES, QUESTIONS, objective as objectiveRef, type QuestionLetter } from '../reference/index.js';
import { type WizardContext, asArray, asRecord, asString, t } from './context.js';
import type { MsgKey } from './messages.js';

const TO_UPDATE = ['to_update'];

export function marks(ctx: WizardContext): string[] {
  return asArray(ctx.store.get(TO_UPDATE)).filter((x): x is string => typeof x === 'string');
}

export function isMarked(ctx: WizardContext, key: string): boolean {
  return marks(ctx).includes(key);
}

/** Confirmed or changed: the answer leaves the list (and the list the file when it is empty). */
export async function unmark(ctx: WizardContext, key: string): Promise<void> {
  const all = marks(ctx);
  if (!all.includes(key)) return;
  const rest = all.filter((k) => k !== key);
  if (rest.length) await ctx.store.set(TO_UPDATE, rest);
  else await ctx.store.delete(TO_UPDATE);
}

/** The mark of an objective's question, e.g. "objectives.7.gaps_and_challenges". */
export function questionMark(n: number, letter: QuestionLetter): string {
  return `objectives.${n}.${QUESTIONS.find((q) => q.letter === letter)!.field}`;
}

const PART_LABELS: Record<string, MsgKey> = {
  national_context: 's.national_context',
  key_messages: 's.key_messages',
  next_steps: 's.next_steps',
  methodology: 'm.process',
  guiding_principles: 's.principles',
  principle_support_needs: 's.principle_needs',
  annexes: 's.annexes',
};

/** "Objective 7 (c) Main gaps and challenges", "Guiding principles: Human rights", "National context". */
export function markLabel(ctx: WizardContext, key: string): string {
  const [top, a, b] = key.split('.');
  if (top === 'objectives' && a !== undefined) {
    const n = Number(a);
    const q = QUESTIONS.find((x) => x.field === b);
    const name = objectiveRef(n)?.short[ctx.lang];
    return `${t(ctx, 'objective')} ${a}${name ? ` (${name})` : ''} · ${q ? `(${q.letter}) ${q.label[ctx.lang]}` : (b ?? '')}`;
  }
  if (top === 'guiding_principles' && a !== undefined) {
    const p = PRINCIPLES.find((x) => x.key === a);
    return `${t(ctx, 's.principles')} · ${p ? p.title[ctx.lang] : a}`;
  }
  const k = PART_LABELS[top ?? ''];
  return k ? t(ctx, k) : (top ?? key).replace(/_/g, ' ');
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  const r = asRecord(v);
  const first = Object.values(r).find((x) => typeof x === 'string' && x.trim());
  return typeof first === 'string' ? first.trim() : undefined;
}

/** What a carried-over answer says, in a few lines, to decide whether it is still right. */
export function answerSummary(value: unknown): string {
  const direct = text(value);
  if (typeof value === 'string' || (direct && !Array.isArray(value) && !('status' in asRecord(value))))
    return direct ?? '';
  const lines: string[] = [];
  const r = asRecord(value);
  const status = text(r['status']) ?? text(r['narrative']);
  if (status) lines.push(status);
  const applied = asArray(r['applied']).map(String);
  if (applied.length) lines.push(applied.map((k) => PRINCIPLES.find((p) => p.key === k)?.title.en ?? k).join(', '));
  const items = Array.isArray(value) ? value : asArray(r['statistics']);
  for (const it of items) {
    const x = asRecord(it);
    const name = text(x['indicator']) ?? text(x['title']) ?? asString(x['area']) ?? '';
    const val = asString(x['value']);
    lines.push(`• ${name}${val !== undefined ? `: ${val}${x['unit'] ? ` ${String(x['unit'])}` : ''}` : ''}`);
  }
  return lines.join('\n');
}

export type CarriedChoice = 'keep' | 'update';

/** Shown before a carried-over answer: keep it as it is (Enter) or update it. Keeping unmarks it. */
export async function confirmCarried(ctx: WizardContext, key: string, value: unknown): Promise<CarriedChoice> {
  const summary = answerSummary(value);
  ctx.ask.say(t(ctx, 'carried.from'), 'info');
  if (summary) ctx.ask.say(summary, 'quote');
  const choice = await ctx.ask.select<CarriedChoice>({
    message: t(ctx, 'carried.q'),
    choices: [
      { value: 'keep', name: t(ctx, 'carried.keep') },
      { value: 'update', name: t(ctx, 'carried.update') },
    ],
    default: 'keep',
  });
  if (choice === 'keep') await unmark(ctx, key);
  return choice;
}
