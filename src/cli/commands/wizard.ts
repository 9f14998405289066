// `gcm-review init [file]` and `gcm-review edit <file>`: the interactive wizard. This layer only
// checks arguments and the terminal, builds the prompts and the render callback, and hands over
// to src/wizard. @inquirer/prompts is loaded only once a terminal is known to be there.
import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CancelledError, UserError } from '../../diagnostics/index.js';
import { detectUiLang, isUiLang, type UiLang } from '../../wizard/lang.js';
import type { translate as Translate } from '../../wizard/messages.js';

// the wizard's strings load with the command, not with every gcm-review start
let translate: typeof Translate;

interface WizardOptions {
  force?: boolean;
  uiLang?: string;
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
  const base = {
    ask,
    lang,
    useEditor: Boolean(env['VISUAL'] || env['EDITOR']),
    today: today(),
    render,
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

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a new review, question by question (interactive; needs a terminal)')
    .argument('[file]', 'the review file to create, e.g. my-country.gcm.yaml (asked if not given)')
    .option('-f, --force', 'replace FILE if it already exists')
    .option('--ui-lang <lang>', 'language of the questions: en, fr or es (default: from LANG)')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review init my-country.gcm.yaml            start a new review
  gcm-review init --ui-lang fr revue.gcm.yaml    questions in French
  gcm-review init draft.gcm.yaml --force         start again, replacing draft.gcm.yaml

Every answer is saved at once in FILE. Stop at any time with Ctrl-C and carry on with
"gcm-review edit FILE". Long answers open $VISUAL / $EDITOR when set; otherwise they are typed
in the terminal and end with an empty line.`,
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
