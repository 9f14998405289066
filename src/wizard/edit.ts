// `gcm-review edit`: an existing review. Shows progress per objective and jumps to any part,
// defaulting to the first unanswered question. Current answers are offered as defaults.
import type { Diagnostic } from '../diagnostics/index.js';
import { OBJECTIVES, QUESTIONS, type QuestionLetter } from '../reference/index.js';
import type { Choice, ChoiceItem } from './ask.js';
import { type WizardContext, askLong, t } from './context.js';
import { confirmCarried, markLabel, marks, unmark } from './carried.js';
import { finish, problemLines } from './finish.js';
import { guarded, runSteps } from './init.js';
import type { MsgKey } from './messages.js';
import { METADATA_STEPS, type Step, stepApplies, submitterName } from './metadata.js';
import { answeredLetters, askQuestion, chooseObjectives, chosenObjectives, progress } from './objectives.js';
import { PEOPLE_STEPS, filled } from './people.js';
import { SECTION_STEPS } from './sections.js';

type MainChoice = 'meta' | 'people' | 'choose' | 'sections' | 'finish' | 'quit' | 'carried' | `obj:${number}`;

const MARK: Record<ReturnType<typeof progress>, string> = { answered: '●', partial: '◐', empty: '○' };

export function objectiveLine(ctx: WizardContext, n: number): string {
  const o = OBJECTIVES[n - 1]!;
  const k = answeredLetters(ctx, n).length;
  const p = progress(ctx, n);
  const state: MsgKey =
    p === 'answered' ? 'progress.answered' : p === 'partial' ? 'progress.partial' : 'progress.empty';
  const carried = marks(ctx).filter((m) => m.startsWith(`objectives.${n}.`)).length;
  return `${MARK[p]} ${t(ctx, 'objective')} ${n} · ${o.short[ctx.lang]} · ${t(ctx, state, { k, n: QUESTIONS.length })}${carried ? ` · ↻ ${t(ctx, 'carried.badge', { n: carried })}` : ''}`;
}

/** The first objective (in order) with a question still unanswered. */
export function firstUnanswered(ctx: WizardContext): number | undefined {
  return chosenObjectives(ctx).find((n) => progress(ctx, n) !== 'answered');
}

export function firstMissingLetter(ctx: WizardContext, n: number, after?: QuestionLetter): QuestionLetter | undefined {
  const done = answeredLetters(ctx, n);
  const letters = QUESTIONS.map((q) => q.letter);
  const start = after ? letters.indexOf(after) + 1 : 0;
  return letters.slice(start).find((l) => !done.includes(l)) ?? letters.find((l) => !done.includes(l));
}

function sectionsMissing(ctx: WizardContext): boolean {
  return ['key_messages', 'national_context', 'next_steps'].some((k) => !filled(ctx.store.get([k])));
}

export function mainDefault(ctx: WizardContext): MainChoice {
  if (marks(ctx).length) return 'carried';
  const n = firstUnanswered(ctx);
  if (n !== undefined) return `obj:${n}`;
  if (chosenObjectives(ctx).length === 0) return 'choose';
  if (sectionsMissing(ctx)) return 'sections';
  return 'finish';
}

export async function runEdit(ctx: WizardContext, problems: Diagnostic[] = []): Promise<number> {
  ctx.ask.say(t(ctx, 'edit.title', { name: submitterName(ctx), file: ctx.store.file }), 'title');
  if (problems.length) {
    ctx.ask.say(t(ctx, 'edit.problems', { n: problems.length }), 'warning');
    for (const l of problemLines(ctx, problems)) ctx.ask.say(l, 'text');
    ctx.ask.say(t(ctx, 'edit.problems.hint'), 'info');
  }
  ctx.ask.say(t(ctx, 'edit.intro'), 'info');
  let next: MainChoice | undefined;
  for (;;) {
    const objs = chosenObjectives(ctx);
    const carried = marks(ctx).length;
    const choices: ChoiceItem<MainChoice>[] = [
      ...(carried ? [{ value: 'carried' as const, name: `↻ ${t(ctx, 'carried.menu', { n: carried })}` }] : []),
      { value: 'meta', name: t(ctx, 'menu.meta') },
      { value: 'people', name: t(ctx, 'menu.people') },
      { value: 'choose', name: t(ctx, 'menu.choose', { n: objs.length }) },
    ];
    if (objs.length) {
      choices.push({ separator: t(ctx, 'menu.objectives') });
      for (const n of objs)
        choices.push({ value: `obj:${n}`, name: objectiveLine(ctx, n), short: `${t(ctx, 'objective')} ${n}` });
      choices.push({ separator: ' ' });
    }
    choices.push(
      { value: 'sections', name: t(ctx, 'menu.sections') },
      { value: 'finish', name: t(ctx, 'menu.finish') },
      { value: 'quit', name: t(ctx, 'menu.quit') },
    );
    const def = next ?? mainDefault(ctx);
    const c = await ctx.ask.select<MainChoice>({ message: t(ctx, 'menu.q'), choices, default: def });
    next = undefined;
    if (c === 'quit') {
      ctx.ask.say(t(ctx, 'edit.bye', { file: ctx.store.file }), 'success');
      return 0;
    }
    if (c === 'finish') return finish(ctx);
    if (c === 'meta') await stepMenu(ctx, 'menu.meta', METADATA_STEPS);
    else if (c === 'people') await stepMenu(ctx, 'menu.people', PEOPLE_STEPS);
    else if (c === 'sections') await stepMenu(ctx, 'menu.sections', SECTION_STEPS);
    else if (c === 'choose') await guarded(ctx, () => chooseObjectives(ctx));
    else if (c === 'carried') await carriedMenu(ctx);
    else await objectiveMenu(ctx, Number(c.slice(4)));
  }
}

/** A submenu of steps (metadata, preparation, other parts), each showing its current answer. */
async function stepMenu(ctx: WizardContext, title: MsgKey, steps: Step[]): Promise<void> {
  let next: string | undefined;
  for (;;) {
    const live = steps.filter((s) => stepApplies(ctx, s));
    const choices: Choice<string>[] = live.map((s) => ({ value: s.id, name: s.label(ctx) }));
    choices.push({ value: 'back', name: t(ctx, 'back.main') });
    const v = await ctx.ask.select<string>({ message: t(ctx, title), choices, default: next ?? live[0]?.id ?? 'back' });
    if (v === 'back') return;
    const s = live.find((x) => x.id === v)!;
    await guarded(ctx, () => s.run(ctx));
    // a carried-over part gone through is confirmed (issue 12 §1)
    await unmark(ctx, s.id);
    if (title === 'menu.people') await unmark(ctx, 'methodology');
    const i = live.findIndex((x) => x.id === v);
    next = live[i + 1]?.id ?? 'back';
  }
}

type QChoice = QuestionLetter | 'all' | 'back';

export async function objectiveMenu(ctx: WizardContext, n: number): Promise<void> {
  let next: QChoice | undefined = firstMissingLetter(ctx, n) ?? 'back';
  for (;;) {
    const done = answeredLetters(ctx, n);
    const choices: Choice<QChoice>[] = QUESTIONS.map((q) => ({
      value: q.letter,
      name: `(${q.letter}) ${q.label[ctx.lang]} · ${done.includes(q.letter) ? t(ctx, 'q.answered') : t(ctx, 'q.unanswered')}`,
    }));
    choices.push({ value: 'all', name: t(ctx, 'q.all') }, { value: 'back', name: t(ctx, 'back.objectives') });
    const v: QChoice = await ctx.ask.select<QChoice>({
      message: `${t(ctx, 'objective')} ${n} · ${OBJECTIVES[n - 1]!.title[ctx.lang]}`,
      choices,
      default: next,
    });
    if (v === 'back') return;
    if (v === 'all') {
      for (const q of QUESTIONS) await guarded(ctx, () => askQuestion(ctx, n, q.letter));
      next = 'back';
      continue;
    }
    await guarded(ctx, () => askQuestion(ctx, n, v));
    const after = answeredLetters(ctx, n);
    const at = QUESTIONS.findIndex((q) => q.letter === v);
    const later: QuestionLetter | undefined = QUESTIONS.map((q) => q.letter).find(
      (l, i) => i > at && !after.includes(l),
    );
    next = later ?? (after.length === QUESTIONS.length ? 'back' : (firstMissingLetter(ctx, n) ?? 'back'));
  }
}

/** The answers carried over from the previous review, one by one: keep as is (Enter) or update. */
async function carriedMenu(ctx: WizardContext): Promise<void> {
  for (;;) {
    const all = marks(ctx);
    if (!all.length) return;
    const v = await ctx.ask.select<string>({
      message: t(ctx, 'carried.menu.q'),
      choices: [
        ...all.map((k) => ({ value: k, name: markLabel(ctx, k) })),
        { value: 'back', name: t(ctx, 'back.main') },
      ],
      default: all[0]!,
    });
    if (v === 'back') return;
    const [top, a, b] = v.split('.');
    const q = QUESTIONS.find((x) => x.field === b);
    if (top === 'objectives' && q && Number.isInteger(Number(a))) {
      await guarded(ctx, () => askQuestion(ctx, Number(a), q.letter));
      continue;
    }
    // methodology carries only the stakeholders consulted
    const stepId = v === 'methodology' ? 'stakeholders' : v;
    const step = [...SECTION_STEPS, ...PEOPLE_STEPS].find((s) => s.id === stepId);
    if (top === 'guiding_principles' && a !== undefined) {
      const path = v.split('.');
      if ((await confirmCarried(ctx, v, ctx.store.get(path))) === 'update')
        await guarded(ctx, () => askLong(ctx, path, markLabel(ctx, v)));
      continue;
    }
    if (step && (await confirmCarried(ctx, v, ctx.store.get(v.split('.')))) === 'update') {
      await guarded(ctx, () => step.run(ctx));
      await unmark(ctx, v);
      continue;
    }
    if (!step) {
      ctx.ask.say(t(ctx, 'carried.other', { key: v }), 'info');
      await confirmCarried(ctx, v, ctx.store.get(v.split('.')));
    }
  }
}

export { runSteps };
