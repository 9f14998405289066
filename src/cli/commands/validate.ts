// `gcm-review validate`: check review files for people (text) and for CI (json, junit, github,
// sarif). Exit 0 valid, 1 invalid (or not ready under --strict), 2 usage or I/O error.
import { Option, type Command } from 'commander';
import { UserError, type FileResult } from '../../diagnostics/index.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { expandInputs } from '../../io/files.js';
import { readStreamCapped } from '../../io/read.js';
import { DEFAULT_MAX_PROBLEMS, checkText, slimResult, unreadResult } from '../../validate/index.js';
import { checkFiles } from '../../validate/pool.js';
import { FORMATS, REPORTERS, failed, statusOf, PLAIN, type Format, type Style } from '../../reporters/index.js';
import { colorEnabled, globalOptions, makeChalk } from '../output.js';
import { VERSION } from '../version.js';
import { localeLang } from '../../i18n/catalog.js';
import { VALIDATE_LANGS, VALIDATE_TEXTS, isValidateLang, vt } from '../../i18n/validate/index.js';

interface ValidateOptions {
  format: Format;
  strict?: boolean;
  failOn: 'error' | 'warning';
  output?: string;
  maxSize: string;
  maxProblems: string;
  lang?: string;
  followSymlinks?: boolean;
  stdinFilename: string;
}

interface Limits {
  maxBytes: number;
  maxProblems: number;
  lang: string;
}

async function checkAll(
  files: string[],
  opts: ValidateOptions,
  limits: Limits,
  skipped: Map<string, FileResult>,
): Promise<FileResult[]> {
  const checkOpts = limits;
  const onDisk = files.filter((f) => f !== '-' && !skipped.has(f));
  const checked = await checkFiles(onDisk, checkOpts);
  let k = 0;
  const results: FileResult[] = [];
  for (const f of files) {
    const skip = skipped.get(f);
    if (skip) results.push(skip);
    else if (f === '-') {
      // standard input: the cap holds while reading, so an endless stream costs at most --max-size
      const read = await readStreamCapped(process.stdin, limits.maxBytes);
      results.push(
        'problem' in read
          ? unreadResult(opts.stdinFilename, read.problem, limits.lang)
          : slimResult(checkText(opts.stdinFilename, read.bytes, checkOpts)),
      );
    } else results.push(checked[k++]!);
  }
  return results;
}

// --max-problems and --max-size are read once the language of messages is known (in the action)
function parseCount(v: string, lang: string): number {
  if (!/^\d+$/.test(v.trim())) throw new UserError(vt(lang, 'cli.maxProblems.invalid', { value: v }));
  return Number(v.trim());
}

function parseSize(v: string, lang: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(v.trim());
  if (!m) throw new UserError(vt(lang, 'cli.maxSize.invalid', { value: v }));
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * mult);
}

/**
 * --lang: its choices are listed in help and shell completion, but checked in the action, so that
 * an unsupported value gets a message in the user's language (exit 2, naming the languages).
 */
function langOption(): Option {
  const o = new Option(
    '--lang <lang>',
    'language of messages and hints (default: from LC_ALL, LC_MESSAGES or LANG, else en; ar: English for now); codes never change',
  );
  o.argChoices = [...VALIDATE_LANGS];
  return o;
}

function styleFor(enabled: boolean): Style {
  if (!enabled) return PLAIN;
  const c = makeChalk(true);
  return { error: c.red, warning: c.yellow, ok: c.green, dim: c.dim, bold: c.bold };
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Check review files against the GCM review schema, and report how complete they are')
    .argument('[inputs...]', 'files, folders (searched for *.gcm.yaml), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--strict', 'fail (exit 1) when a valid review is not complete yet (same as --fail-on warning)')
    .addOption(
      new Option('--fail-on <level>', 'the lowest severity that fails the check')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(
      new Option('--max-size <size>', 'largest file accepted, with a unit: 500kb, 10mb, 1gb (no unit: bytes)').default(
        '10mb',
        '10mb',
      ),
    )
    .addOption(
      new Option('--max-problems <n>', 'problems listed per file; the rest are counted by kind (0: all)').default(
        String(DEFAULT_MAX_PROBLEMS),
        String(DEFAULT_MAX_PROBLEMS),
      ),
    )
    .addOption(langOption())
    .option('--follow-symlinks', 'read symbolic links that lead outside the folder being checked')
    .option('--stdin-filename <name>', 'name to show for standard input', '<stdin>')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review validate my-review.gcm.yaml
  gcm-review validate reviews/ --strict            also fail on incomplete reviews
  gcm-review validate "submissions/**/*.yaml" --format junit -o report.xml
  cat review.yaml | gcm-review validate - --format json

Formats: text (default), json, junit, github (GitHub Actions annotations), sarif (code scanning).
Exit codes: 0 all valid, 1 a file is invalid (or not ready with --strict), 2 usage error or a file
could not be read.`,
    )
    .action(async (inputs: string[], opts: ValidateOptions, cmd: Command) => {
      const g = globalOptions(cmd);
      const lang = await messageLang(opts.lang);
      const limits: Limits = {
        maxBytes: parseSize(opts.maxSize, lang),
        maxProblems: parseCount(opts.maxProblems, lang),
        lang,
      };
      if (!inputs.length) throw new UserError(vt(lang, 'cli.noInputs'), 2, vt(lang, 'cli.noInputs.hint'));
      const strict = Boolean(opts.strict) || opts.failOn === 'warning';
      const skipped = new Map<string, FileResult>();
      const files = await expandInputs(inputs, process.cwd(), {
        followSymlinks: Boolean(opts.followSymlinks),
        onSkip: (file, problem) => skipped.set(file, unreadResult(file, problem, lang)),
      });
      for (const f of skipped.keys()) if (!files.includes(f)) files.push(f);
      const results = await checkAll(files, opts, limits, skipped);

      const toFile = opts.output !== undefined;
      const color = !toFile && opts.format === 'text' && colorEnabled(process.stdout);
      const report = REPORTERS[opts.format](results, {
        cwd: process.cwd(),
        toolVersion: VERSION,
        strict,
        verbosity: g.quiet ? 'quiet' : g.verbose ? 'verbose' : 'normal',
        style: styleFor(color),
        lang,
      });
      if (toFile) {
        try {
          await writeFileAtomic(opts.output!, report);
        } catch (err) {
          throw new UserError(vt(lang, 'cli.writeFailed', { file: opts.output!, reason: (err as Error).message }));
        }
      } else process.stdout.write(report);

      if (results.some((r) => statusOf(r) === 'error')) process.exitCode = 2;
      else if (results.some((r) => failed(r, strict))) process.exitCode = 1;
      else process.exitCode = 0;
    });
}

/**
 * The language of messages: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG: fr_FR.UTF-8 → fr;
 * C, POSIX or a language without messages → en). Its texts are loaded here, once, before checking.
 */
async function messageLang(option: string | undefined): Promise<string> {
  const fromLocale = localeLang(VALIDATE_LANGS);
  if (option !== undefined && !isValidateLang(option.trim().toLowerCase())) {
    await VALIDATE_TEXTS.load(fromLocale);
    throw new UserError(vt(fromLocale, 'cli.lang.invalid', { lang: option, list: VALIDATE_LANGS.join(', ') }), 2);
  }
  const lang = option !== undefined ? option.trim().toLowerCase() : fromLocale;
  await VALIDATE_TEXTS.load(lang);
  return lang;
}
