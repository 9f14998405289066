// Entry point: builds the commander program, runs it, and turns every outcome into an exit code.
// 0 = ok, 1 = findings (invalid files, failed renders), 2 = usage, I/O or internal error.
// Each command registers itself from src/cli/commands/<name>.ts and loads its heavy parts lazily.
import { Command, CommanderError } from 'commander';
import { CancelledError, UserError } from '../diagnostics/index.js';
import { VERSION } from './version.js';

type Register = (program: Command) => void;

/**
 * The commands, in help order, each with the module that registers it. Modules are imported only
 * when needed: a run of `gcm-review validate` loads the validate command and nothing else, which
 * keeps its start-up short. Help, completion and unknown words load them all.
 */
const COMMANDS: readonly { names: readonly string[]; load: () => Promise<Register[]> }[] = [
  { names: ['init'], load: async () => [(await import('./commands/wizard.js')).registerInit] },
  { names: ['edit'], load: async () => [(await import('./commands/wizard.js')).registerEdit] },
  { names: ['validate'], load: async () => [(await import('./commands/validate.js')).registerValidate] },
  { names: ['render'], load: async () => [(await import('./commands/render.js')).registerRender] },
  { names: ['import'], load: async () => [(await import('./commands/import.js')).registerImport] },
  // cycles (issue 12): compare two reviews, live preview
  { names: ['diff'], load: async () => [(await import('./commands/diff.js')).registerDiff] },
  { names: ['preview'], load: async () => [(await import('./commands/preview.js')).registerPreview] },
  { names: ['synthesize'], load: async () => [(await import('./commands/synthesize.js')).registerSynthesize] },
  { names: ['schema'], load: async () => [(await import('./commands/schema.js')).registerSchema] },
  {
    names: ['objectives', 'principles', 'questions', 'regions'],
    load: async () => [(await import('./commands/reference.js')).registerReference],
  },
  { names: ['doctor'], load: async () => [(await import('./commands/doctor.js')).registerDoctor] },
  { names: ['completion'], load: async () => [(await import('./commands/completion.js')).registerCompletion] },
];

/** The command word of an argument list (global options take no values), if any. */
function commandWord(args: readonly string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'));
}

/**
 * The program with every command, or, given the user's arguments, with just the command they
 * name (all of them when they name none, ask for help, or misspell one).
 */
export async function buildProgram(args?: readonly string[]): Promise<Command> {
  const program = new Command('gcm-review')
    .description(
      'Write, validate and render voluntary reviews of the Global Compact for Safe, Orderly and Regular Migration (GCM).',
    )
    .version(VERSION, '-V, --version')
    .option('-q, --quiet', 'print only results and errors')
    .option('--verbose', 'print more detail')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .exitOverride();
  const word = args ? commandWord(args) : undefined;
  const only = word !== undefined && word !== 'completion' ? COMMANDS.find((c) => c.names.includes(word)) : undefined;
  for (const entry of only ? [only] : COMMANDS) for (const register of await entry.load()) register(program);
  // subcommands inherit exitOverride and the help-after-error hint
  for (const c of program.commands) c.exitOverride().showHelpAfterError('(run with --help for usage)');
  program.addHelpText(
    'after',
    `
Examples:
  gcm-review init my-country.gcm.yaml         start a review, question by question
  gcm-review validate reviews/                check every *.gcm.yaml in a folder
  gcm-review render examples/full-en.gcm.yaml --out out/
  gcm-review render review.gcm.yaml --format docx  an editable Word document
  gcm-review import last-review.docx          a review written in Word → a review file
  gcm-review diff last-review.gcm.yaml my-country.gcm.yaml   what changed since the last cycle
  gcm-review preview my-country.gcm.yaml      the report in the browser, updated on every save

Exit codes: 0 success, 1 invalid files or failed reports, 2 usage or I/O error.
Documentation: README.md in the package.`,
  );
  return program;
}

export async function main(argv: string[]): Promise<number> {
  // output piped into a program that stops reading (| head) ends the run quietly
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  try {
    const program = await buildProgram(argv.slice(2));
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return handleError(err, isInternalError(err) ? await internalErrorWords(argv) : undefined);
  }
}

type Say = (
  key: 'cli.internalError' | 'cli.internalError.bug' | 'cli.internalError.debug',
  vars?: Readonly<Record<string, string>>,
) => string;

function isInternalError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return !(
    err instanceof CommanderError ||
    err instanceof UserError ||
    err instanceof CancelledError ||
    code === 'EPIPE' ||
    code === 'ERR_STREAM_DESTROYED'
  );
}

/**
 * The words of the internal-error message in the user's language (--lang when given and
 * supported, else the locale), loaded only when such an error happens; undefined (English) if
 * even that fails.
 */
async function internalErrorWords(argv: string[]): Promise<Say | undefined> {
  try {
    const { VALIDATE_LANGS, VALIDATE_TEXTS, isValidateLang } = await import('../i18n/validate/index.js');
    const { localeLang } = await import('../i18n/catalog.js');
    const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
    const given = i < 0 ? undefined : (argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1])?.trim().toLowerCase();
    const lang = given !== undefined && isValidateLang(given) ? given : localeLang(VALIDATE_LANGS);
    await VALIDATE_TEXTS.load(lang);
    return VALIDATE_TEXTS.in(lang);
  } catch {
    return undefined;
  }
}

export function handleError(err: unknown, say?: Say): number {
  if (err instanceof CommanderError) {
    // help and version print and exit 0; usage mistakes already printed their message
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
    return 2;
  }
  if (err instanceof UserError) {
    process.stderr.write(`gcm-review: ${err.message}\n`);
    if (err.hint) process.stderr.write(`${err.hint}\n`);
    return err.exitCode;
  }
  if (err instanceof CancelledError) {
    process.stderr.write(`${err.message}\n`);
    return 130;
  }
  const e = err as NodeJS.ErrnoException;
  if (e && (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED')) return 0;
  const detail = e?.message ?? String(err);
  const debug = !process.env['GCM_REVIEW_DEBUG'];
  process.stderr.write(
    say
      ? `gcm-review: ${say('cli.internalError', { detail })}\n${say('cli.internalError.bug', { debug: debug ? say('cli.internalError.debug') : '' })}\n`
      : `gcm-review: internal error: ${detail}\n` +
          'This is a bug in gcm-review, not a problem with your file. Please report it with the command you ran' +
          (debug ? ' (set GCM_REVIEW_DEBUG=1 to see the details)' : '') +
          '.\n',
  );
  if (process.env['GCM_REVIEW_DEBUG'] && e?.stack) process.stderr.write(e.stack + '\n');
  return 2;
}
