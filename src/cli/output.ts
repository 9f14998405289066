// Printing conventions shared by every command: results on stdout, messages on stderr, colours
// via chalk only on a TTY (NO_COLOR turns them off, FORCE_COLOR on), --quiet and --verbose.
import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';

// chalk is loaded on first use (require of an ES module, Node >= 20.19): a command that prints no
// colour, like `validate` in CI, does not pay for it at start-up.
const requireChalk = () => createRequire(import.meta.url)('chalk') as typeof import('chalk');

export interface GlobalOptions {
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

/** Colour is on for a TTY unless NO_COLOR is set; FORCE_COLOR (non-"0") forces it on. */
export function colorEnabled(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return Boolean(stream.isTTY);
}

export function makeChalk(enabled: boolean): ChalkInstance {
  return new (requireChalk().Chalk)({ level: enabled ? 1 : 0 });
}

/** The tiny printer commands use; a test can capture it. */
export interface Printer {
  out(text: string): void;
  err(text: string): void;
  /** Progress and chatter: hidden under --quiet. */
  info(text: string): void;
  /** Details: shown only under --verbose. */
  debug(text: string): void;
  color: ChalkInstance;
  errColor: ChalkInstance;
}

export function makePrinter(opts: GlobalOptions = {}): Printer {
  let outColor: ChalkInstance | undefined;
  let errColor: ChalkInstance | undefined;
  return {
    out: (t) => void process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => void process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    info: (t) => {
      if (!opts.quiet) process.stderr.write(t.endsWith('\n') ? t : t + '\n');
    },
    debug: (t) => {
      if (opts.verbose) process.stderr.write(t.endsWith('\n') ? t : t + '\n');
    },
    get color() {
      return (outColor ??= makeChalk(colorEnabled(process.stdout)));
    },
    get errColor() {
      return (errColor ??= makeChalk(colorEnabled(process.stderr)));
    },
  };
}

/** Global options merged with a command's own (commander keeps them on the root program). */
export function globalOptions(cmd: { optsWithGlobals(): Record<string, unknown> }): GlobalOptions {
  const o = cmd.optsWithGlobals();
  return { quiet: Boolean(o['quiet']), verbose: Boolean(o['verbose']) };
}
