// The end of a session: check the file (checkFile), summarise what is still missing (readiness),
// and offer to make the report.
import type { Diagnostic, Readiness } from '../diagnostics/index.js';
import { QUESTIONS, objective as objectiveRef } from '../reference/index.js';
import { checkFile } from '../validate/index.js';
import { type WizardContext, t } from './context.js';
import type { MsgKey } from './messages.js';
import { markLabel } from './carried.js';

const SECTION_NAMES: Record<string, MsgKey> = {
  key_messages: 's.key_messages',
  national_context: 's.national_context',
  methodology: 'm.process',
  guiding_principles: 's.principles',
};

/** Plain-language lines for what a valid review still lacks, in the interface language. */
export function readinessLines(ctx: WizardContext, r: Readiness): string[] {
  const lines: string[] = [];
  for (const s of r.missingSections) {
    const k = SECTION_NAMES[s];
    // the separate part on the ten principles is easily taken for question (b): say which and where
    if (s === 'guiding_principles') lines.push(t(ctx, 'ready.section.principles'));
    else lines.push(t(ctx, 'ready.section', { name: k ? t(ctx, k) : s }));
  }
  if (r.objectivesAnswered.length === 0) lines.push(t(ctx, 'ready.noobjective'));
  if (r.notReported?.length) lines.push(t(ctx, 'ready.scopeAll', { list: r.notReported.join(', ') }));
  if (r.toUpdate?.length)
    lines.push(t(ctx, 'ready.to_update', { list: r.toUpdate.map((k) => markLabel(ctx, k)).join('; ') }));
  for (const { objective, missing } of r.incomplete) {
    const o = objectiveRef(objective);
    const name = `${objective} (${o?.short[ctx.lang] ?? ''})`;
    if (missing.length === QUESTIONS.length) lines.push(t(ctx, 'ready.objective.empty', { name }));
    else
      lines.push(
        t(ctx, missing.length === 1 ? 'ready.objective.missing.one' : 'ready.objective.missing', {
          name,
          list: missing.map((l) => `(${l})`).join(', '),
        }),
      );
  }
  return lines;
}

export function problemLines(ctx: WizardContext, diags: Diagnostic[], max = 12): string[] {
  const lines = diags
    .slice(0, max)
    .map((d) => `${t(ctx, 'line')} ${d.line}:${d.column}  ${d.message}${d.hint ? `\n      ${d.hint}` : ''}`);
  if (diags.length > max) lines.push(t(ctx, 'more', { n: diags.length - max }));
  return lines;
}

/** Returns the exit code: 0, or the render command's when the report was asked for and failed. */
export async function finish(ctx: WizardContext): Promise<number> {
  const file = ctx.store.file;
  ctx.ask.say(t(ctx, 'finish.title'), 'title');
  const result = await checkFile(file);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !result.readiness) {
    ctx.ask.say(t(ctx, 'finish.invalid', { n: errors.length, file }), 'error');
    for (const l of problemLines(ctx, result.diagnostics)) ctx.ask.say(l, 'text');
    ctx.ask.say(t(ctx, 'finish.invalid.hint', { file: quoteArg(file) }), 'info');
    return 0;
  }
  const r = result.readiness;
  ctx.ask.say(t(ctx, 'finish.valid', { file }), 'success');
  // warnings of a valid file (e.g. a plan measure its objectives do not cite back)
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length) {
    ctx.ask.say(t(ctx, 'finish.warnings', { n: warnings.length }), 'warning');
    for (const l of problemLines(ctx, warnings)) ctx.ask.say(l, 'text');
  }
  ctx.ask.say(
    t(ctx, 'finish.counts', {
      n: r.objectivesAnswered.length,
      list: r.objectivesAnswered.length ? ` (${r.objectivesAnswered.join(', ')})` : '',
      needs: r.supportNeeds,
    }),
    'info',
  );
  const lines = readinessLines(ctx, r);
  if (lines.length === 0) ctx.ask.say(t(ctx, 'finish.ready'), 'success');
  else {
    ctx.ask.say(t(ctx, 'finish.todo', { n: lines.length }), 'info');
    for (const l of lines.slice(0, 15)) ctx.ask.say(`  • ${l}`, 'text');
    if (lines.length > 15) ctx.ask.say(`  ${t(ctx, 'more', { n: lines.length - 15 })}`, 'text');
    ctx.ask.say(t(ctx, 'finish.resume', { file: quoteArg(file) }), 'info');
  }
  if (!ctx.render) return 0;
  const yes = await ctx.ask.confirm({ message: t(ctx, 'render.q'), default: true });
  if (!yes) {
    ctx.ask.say(t(ctx, 'render.later', { file: quoteArg(file) }), 'info');
    return 0;
  }
  const code = await ctx.render(file);
  if (code !== 0) ctx.ask.say(t(ctx, 'render.failed', { file: quoteArg(file), code }), 'warning');
  return code;
}

/** A file name as the user would type it in a shell (quoted when it has spaces or quotes). */
export function quoteArg(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
