// Entry point: builds the commander program, runs it, and turns every outcome into an exit code.
// 0 = ok, 1 = findings (invalid files, failed renders), 2 = usage, I/O or internal error.
// Each command registers itself from src/cli/commands/<name>.ts and loads its heavy parts lazily.
import { Command, CommanderError } from 'commander';
import { CancelledError, UserError } from '../diagnostics/index.js';
import { VERSION } from './version.js';
import { registerValidate } from './commands/validate.js';
import { registerRender } from './commands/render.js';
import { registerInit, registerEdit } from './commands/wizard.js';
import { registerSchema } from './commands/schema.js';
import { registerSynthesize } from './commands/synthesize.js';
import { registerReference } from './commands/reference.js';
import { registerDoctor } from './commands/doctor.js';
import { registerCompletion } from './commands/completion.js';

export function buildProgram(): Command {
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
  registerInit(program);
  registerEdit(program);
  registerValidate(program);
  registerRender(program);
  registerSynthesize(program);
  registerSchema(program);
  registerReference(program);
  registerDoctor(program);
  registerCompletion(program);
  // subcommands inherit exitOverride and the help-after-error hint
  for (const c of program.commands) c.exitOverride().showHelpAfterError('(run with --help for usage)');
  program.addHelpText(
    'after',
    `
Examples:
  gcm-review init my-country.gcm.yaml         start a review, question by question
  gcm-review validate reviews/                check every *.gcm.yaml in a folder
  gcm-review render examples/full-en.gcm.yaml --out out/

Exit codes: 0 success, 1 invalid files or failed reports, 2 usage or I/O error.
Documentation: README.md in the package.`,
  );
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return handleError(err);
  }
}

export function handleError(err: unknown): number {
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
  process.stderr.write(
    `gcm-review: internal error: ${e?.message ?? String(err)}\n` +
      'This is a bug in gcm-review, not a problem with your file. Please report it with the command you ran' +
      (process.env['GCM_REVIEW_DEBUG'] ? '' : ' (set GCM_REVIEW_DEBUG=1 to see the details)') +
      '.\n',
  );
  if (process.env['GCM_REVIEW_DEBUG'] && e?.stack) process.stderr.write(e.stack + '\n');
  return 2;
}
