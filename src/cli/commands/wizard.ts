// `gcm-review init [file]` and `gcm-review edit <file>`: the interactive wizard. This layer only
// checks arguments and the terminal, builds the prompts and the render callback, and hands over
// to src/wizard. @inquirer/prompts is loaded only once a terminal is known to be there.
import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CancelledError, UserError } from '../../diagnostics/index.js';
import { detectUiLang, isUiLang, type UiLang } from '../../wizard/lang.js';
import type { translate as Translate } from '../../wizard/messages.js';

// the wizard's strings load with the command, not with every gcm-review start
let translate: typeof Translate;

interface WizardOptions {
  force?: boolean;
  uiLang?: string;
  /** init --from: the previous review to start from (issue 12 §1). */
  from?: string;
  cycle?: string;
}

function uiLang(opt: string | undefined): UiLang {
  if (opt === undefined) return detectUiLang();
  const l = opt.toLowerCase();
  if (!isUiLang(l)) throw new UserError(translate(detectUiLang(), 'uilang.invalid', { lang: opt }), 2);
  return l;
}

/** The wizard needs a terminal on both ends; checked before any prompt library is loaded. */
export function requireTerminal(
  lang: UiLang,
  cmd: 'init' | 'edit',
  io = { stdin: process.stdin, stdout: process.stdout },
): void {
  if (!io.stdin.isTTY || !io.stdout.isTTY)
    throw new UserError(translate(lang, 'tty.needed', { cmd }), 2, translate(lang, 'tty.hint'));
}

function onPath(name: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((d) => d !== '' && existsSync(join(d, name)));
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** bin/gcm-review.js of this package: the package root is found upwards from this module. */
export function binPath(from = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'bin', 'gcm-review.js');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(dirname(from), '..', '..', '..', 'bin', 'gcm-review.js');
}

/** Runs `gcm-review render FILE` as a child process; its output goes straight to the terminal. */
function render(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath(), 'render', file], { stdio: 'inherit' });
    child.on('error', () => resolve(2));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function session(cmd: 'init' | 'edit', file: string | undefined, opts: WizardOptions): Promise<void> {
  ({ translate } = await import('../../wizard/messages.js'));
  const lang = uiLang(opts.uiLang);
  if (opts.cycle !== undefined && opts.from === undefined)
    throw new UserError(
      '--cycle is for starting from a previous review, with --from.',
      2,
      'Example: gcm-review init --from last-review.gcm.yaml new-review.gcm.yaml --cycle imrf_2026',
    );
  if (cmd === 'init' && opts.from !== undefined) {
    // init --from: write the next cycle's review, then (in a terminal) go through it with edit
    const created = await initFrom(opts.from, file, opts, lang);
    if (!process.stdin.isTTY || !process.stdout.isTTY) return;
    return session('edit', created, { ...(opts.uiLang ? { uiLang: opts.uiLang } : {}) });
  }
  const { quoteArg, openReview } = await import('../../wizard/index.js');
  if (cmd === 'init' && file !== undefined && existsSync(file) && !opts.force)
    throw new UserError(
      translate(lang, 'init.exists', { file }),
      2,
      translate(lang, 'init.exists.hint', { file: quoteArg(file) }),
    );
  // edit: a file that cannot be opened is refused before anything else (and never written)
  const events: { onExternalChange?: () => void } = {};
  const opened = cmd === 'edit' && file !== undefined ? await openReview(file, lang, events) : undefined;
  requireTerminal(lang, cmd);

  const [{ makeAsk }, { makeChalk, colorEnabled }, wizard, { SCHEMA_ID }] = await Promise.all([
    import('../prompts.js'),
    import('../output.js'),
    import('../../wizard/index.js'),
    import('../../schema/generate.js'),
  ]);
  const ask = makeAsk({ lang, color: makeChalk(colorEnabled(process.stdout)) });
  // a closed terminal window (SIGHUP) or a stop request (SIGTERM) ends the prompt in progress,
  // which saves what was typed; the signal itself must not end the process before that save
  const hold = () => {};
  process.on('SIGHUP', hold);
  process.on('SIGTERM', hold);
  // and a terminal that is gone makes reading and writing fail (EIO) inside the prompt library:
  // that is the end of the session, not an error that may stop the saving of the last answer
  process.on('uncaughtException', (err) => {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EIO' || code === 'EPIPE' || code === 'ENOTTY' || code === 'EBADF') return;
    throw err;
  });
  events.onExternalChange = () => ask.say(translate(lang, 'external.changed'), 'warning');
  const env = process.env;
  const useEditor = Boolean(env['VISUAL'] || env['EDITOR']);
  // "change it in the editor" is offered with the user's editor, or nano when none is set (never
  // vi, which a newcomer cannot leave)
  const editorName = useEditor ? (env['VISUAL'] || env['EDITOR'])! : onPath('nano') ? 'nano' : undefined;
  if (!useEditor && editorName) env['EDITOR'] = editorName;
  const { filePrefs } = await import('../prefs.js');
  const base = {
    ask,
    lang,
    useEditor,
    today: today(),
    render,
    ...(editorName ? { editorName } : {}),
    prefs: filePrefs(),
  };

  let code: number;
  if (cmd === 'init') {
    let target = file;
    if (target === undefined) {
      try {
        target = await wizard.askFileName(ask, lang, existsSync, Boolean(opts.force));
      } catch (err) {
        if (err instanceof wizard.PromptCancelled) throw new CancelledError(translate(lang, 'cancel.nothing'));
        throw err;
      }
    }
    const store = wizard.ReviewStore.create(target, SCHEMA_ID, events);
    code = await wizard.runSession(store, lang, () => wizard.runInit({ ...base, store, mode: 'init' }));
  } else {
    const { store, problems } = opened!;
    const ctx = { ...base, store, mode: 'edit' as const };
    code = await wizard.runSession(store, lang, () => wizard.runEdit(ctx, problems));
  }
  if (code !== 0) process.exitCode = code;
}

/** `init --from OLD [NEW]`: the next review from the previous one. Returns the file written. */
async function initFrom(old: string, file: string | undefined, opts: WizardOptions, lang: UiLang): Promise<string> {
  const [{ buildFromPrevious, suggestedName, nextCycle }, { quoteArg }, { CYCLES, cycleLabel }] = await Promise.all([
    import('../../wizard/carry.js'),
    import('../../wizard/finish.js'),
    import('../../reference/index.js'),
  ]);
  const { resolve } = await import('node:path');
  if (opts.cycle !== undefined && !CYCLES.some((c) => c.key === opts.cycle))
    throw new UserError(
      `--cycle: “${opts.cycle}” is not a review cycle.`,
      2,
      `Cycles: ${CYCLES.map((c) => c.key).join(', ')}.`,
    );
  const day = today();
  // the target's name, when not given, follows the old one's with the new cycle
  let target = file;
  const outcome = await buildFromPrevious({
    oldFile: old,
    newFile: target ?? old,
    today: day,
    ...(opts.cycle ? { cycle: opts.cycle } : {}),
  });
  if (!outcome.ok) {
    const { REPORTERS, PLAIN } = await import('../../reporters/index.js');
    process.stderr.write(
      REPORTERS.text([outcome.problems], {
        cwd: process.cwd(),
        toolVersion: '',
        strict: false,
        verbosity: 'quiet',
        style: PLAIN,
        sourceLine: () => undefined,
      }),
    );
    throw new UserError(
      `${old} cannot be used as the previous review: it is not a valid review file.`,
      2,
      `Correct the problems above (gcm-review validate ${quoteArg(old)} shows them too), then try again.`,
    );
  }
  if (target === undefined) {
    const { from, to } = outcome.result.cycle;
    target = suggestedName(old, from, to);
  }
  if (resolve(target) === resolve(old))
    throw new UserError(
      `the new review cannot be written over the previous one (${old}).`,
      2,
      'Name a new file, e.g. gcm-review init --from last-review.gcm.yaml this-review.gcm.yaml',
    );
  if (existsSync(target) && !opts.force)
    throw new UserError(
      translate(lang, 'init.exists', { file: target }),
      2,
      translate(lang, 'init.exists.hint', { file: quoteArg(target) }),
    );
  // built again now that the target is known (the link to the previous review is relative to it)
  const again = await buildFromPrevious({
    oldFile: old,
    newFile: target,
    today: day,
    ...(opts.cycle ? { cycle: opts.cycle } : {}),
  });
  if (!again.ok) throw new UserError(`${old} changed while it was being read; try again.`, 2);
  const r = again.result;
  const { checkText } = await import('../../validate/index.js');
  const check = checkText(target, r.text);
  if (check.diagnostics.some((d) => d.severity === 'error'))
    throw new Error(`the carried-over review does not validate: ${check.diagnostics[0]!.message}`);
  const { writeFileAtomic } = await import('../../io/atomic.js');
  try {
    await writeFileAtomic(target, r.text);
  } catch (err) {
    throw new UserError(`could not write ${target}: ${(err as Error).message}`, 2);
  }
  const refLang = lang === 'fr' || lang === 'es' ? lang : 'en';
  const say = (s: string) => process.stderr.write(`${s}\n`);
  say(
    translate(lang, 'from.done', {
      file: target,
      old,
      number: r.reviewNumber,
      cycle: cycleLabel(r.cycle.to, refLang),
      date: day,
    }),
  );
  if (!r.cycle.moved && !opts.cycle && nextCycle(r.cycle.from) === undefined)
    say(translate(lang, 'from.samecycle', { cycle: r.cycle.from }));
  if (r.toUpdate.length) say(translate(lang, 'from.marked', { n: r.toUpdate.length }));
  if (r.leftOut.length) say(translate(lang, 'from.left', { list: r.leftOut.join(', ') }));
  if (!process.stdin.isTTY || !process.stdout.isTTY) say(translate(lang, 'from.next', { file: quoteArg(target) }));
  process.stdout.write(`${target}\n`);
  return target;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a new review, question by question (interactive; needs a terminal)')
    .argument('[file]', 'the review file to create, e.g. my-country.gcm.yaml (asked if not given)')
    .option('-f, --force', 'replace FILE if it already exists')
    .option('--from <previous-file>', 'start from the previous review: carry its answers over to the next cycle')
    .option(
      '--cycle <cycle>',
      'with --from: the cycle of the new review (default: the one after the previous review’s)',
    )
    .option('--ui-lang <lang>', 'language of the questions: en, fr or es (default: from LANG)')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review init my-country.gcm.yaml            start a new review
  gcm-review init --ui-lang fr revue.gcm.yaml    questions in French
  gcm-review init draft.gcm.yaml --force         start again, replacing draft.gcm.yaml
  gcm-review init --from maravia-2022.gcm.yaml maravia-2026.gcm.yaml
                                                 the next cycle's review, from the last one

Every answer is saved at once in FILE. Stop at any time with Ctrl-C and carry on with
"gcm-review edit FILE". Long answers open $VISUAL / $EDITOR when set; otherwise they are typed
in the terminal, each line kept as a paragraph, and end with a full stop (.) alone on a line
(or Ctrl-D).`,
    )
    .action(async (file: string | undefined, opts: WizardOptions) => {
      await session('init', file, opts);
    });
}

export function registerEdit(program: Command): void {
  program
    .command('edit')
    .description('go on with a review: jump to any objective and question (interactive; needs a terminal)')
    .argument('<file>', 'the review file (written by init or by hand)')
    .option('--ui-lang <lang>', 'language of the questions: en, fr or es (default: from LANG)')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review edit my-country.gcm.yaml
  gcm-review edit --ui-lang es examen.gcm.yaml   questions in Spanish

Comments, key order and formatting of the file are kept; only the answers you change are
rewritten. A file that is not valid YAML is refused and left untouched.`,
    )
    .action(async (file: string, opts: WizardOptions) => {
      await session('edit', file, opts);
    });
}
