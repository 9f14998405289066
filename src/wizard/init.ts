// `gcm-review init`: a new review, part by part. Every answer is saved at once; a session can stop
// at any moment and go on with `gcm-review edit`.
import { QUESTIONS_SOURCE } from '../reference/index.js';
import type { Ask } from './ask.js';
import { type WizardContext, t } from './context.js';
import { finish, quoteArg } from './finish.js';
import type { UiLang } from './lang.js';
import { translate } from './messages.js';
import { METADATA_STEPS, type Step, stepApplies } from './metadata.js';
import { askObjective, chooseObjectives, chosenObjectives, objectiveTitle } from './objectives.js';
import { PEOPLE_STEPS } from './people.js';
import { SECTION_STEPS } from './sections.js';
import { ShapeError } from './store.js';

/** Runs one step; a part of a hand-edited file in an unexpected shape is reported and skipped. */
export async function guarded(ctx: WizardContext, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (!(err instanceof ShapeError)) throw err;
    ctx.ask.say(t(ctx, 'shape.error', { where: err.path.join(' › ') }), 'warning');
  }
}

export async function runSteps(ctx: WizardContext, steps: Step[]): Promise<void> {
  for (const s of steps) if (stepApplies(ctx, s)) await guarded(ctx, () => s.run(ctx));
}

/** Asks for the file name when `init` is run without one. */
export async function askFileName(
  ask: Ask,
  lang: UiLang,
  exists: (f: string) => boolean,
  force: boolean,
): Promise<string> {
  const answer = await ask.input({
    message: translate(lang, 'file.q'),
    suggested: 'review.gcm.yaml',
    validate: (v) => {
      const f = withExtension(v.trim());
      if (!f) return translate(lang, 'required');
      if (!force && exists(f)) return translate(lang, 'file.exists', { file: f });
      return true;
    },
  });
  return withExtension(answer.trim());
}

export function withExtension(f: string): string {
  if (!f) return f;
  return /\.ya?ml$/i.test(f) ? f : `${f}.gcm.yaml`;
}

export async function runInit(ctx: WizardContext): Promise<number> {
  const file = quoteArg(ctx.store.file);
  ctx.ask.say(t(ctx, 'init.title'), 'title');
  ctx.ask.say(t(ctx, 'init.intro', { file }), 'info');
  ctx.ask.say(QUESTIONS_SOURCE[ctx.lang], 'info'); // where questions (a)–(e) come from (issue 17)
  ctx.ask.say(t(ctx, ctx.useEditor ? 'init.long.editor' : 'init.long.terminal'), 'info');

  ctx.ask.say(t(ctx, 'part', { i: 1, n: 4, name: t(ctx, 'part.about') }), 'heading');
  await runSteps(ctx, METADATA_STEPS);

  ctx.ask.say(t(ctx, 'part', { i: 2, n: 4, name: t(ctx, 'part.people') }), 'heading');
  await runSteps(ctx, PEOPLE_STEPS);

  ctx.ask.say(t(ctx, 'part', { i: 3, n: 4, name: t(ctx, 'part.objectives') }), 'heading');
  await guarded(ctx, () => chooseObjectives(ctx));
  const chosen = chosenObjectives(ctx);
  for (const [i, n] of chosen.entries()) {
    ctx.ask.say(
      t(ctx, 'objective.progress', { i: i + 1, n: chosen.length, num: n, title: objectiveTitle(ctx, n) }),
      'heading',
    );
    await guarded(ctx, () => askObjective(ctx, n));
  }

  ctx.ask.say(t(ctx, 'part', { i: 4, n: 4, name: t(ctx, 'part.sections') }), 'heading');
  ctx.ask.say(t(ctx, 'sections.intro'), 'info');
  await runSteps(ctx, SECTION_STEPS);

  return finish(ctx);
}
