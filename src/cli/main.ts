// Entry point: builds the commander program, runs it, and turns every outcome into an exit code.
// 0 = ok, 1 = findings (invalid files, failed renders), 2 = usage, I/O or internal error.
// Each command registers itself from src/cli/commands/<name>.ts and loads its heavy parts lazily.
import { Command, CommanderError } from 'commander';
import { CancelledError, UserError } from '../diagnostics/index.js';
import { VERSION } from './version.js';
import { registerValidate } from './commands/validate.js';

export function buildProgram(): Command {
  const program = new Command('gcm-review')
    .description(
      'Write, validate and render voluntary reviews of the Global Compact for Safe, Orderly and Regular Migration (GCM).',
    )
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .exitOverride();
  registerValidate(program);
  program.addHelpText(
    'after',
    `
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
