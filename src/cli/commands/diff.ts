// `gcm-review diff OLD NEW`: what changed between two reviews, per part, objective and question.
// Exit 0 the same, 1 different (like diff(1)), 2 usage error or a file that is not a valid review.
import { Option, type Command } from 'commander';
import { UserError, type FileResult } from '../../diagnostics/index.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { colorEnabled } from '../output.js';

interface DiffCliOptions {
  format: 'terminal' | 'markdown' | 'html' | 'json';
  lang?: string;
  output?: string;
  all?: boolean;
}

/** The validate text report of a file that cannot be compared (the same words as `validate`). */
async function problems(result: FileResult): Promise<string> {
  const { REPORTERS, PLAIN } = await import('../../reporters/index.js');
  const { readFileSync } = await import('node:fs');
  return REPORTERS.text([result], {
    cwd: process.cwd(),
    toolVersion: '',
    strict: false,
    verbosity: 'quiet',
    style: PLAIN,
    sourceLine(file, line) {
      try {
        return readFileSync(file, 'utf8').split('\n')[line - 1];
      } catch {
        return undefined;
      }
    },
  });
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('compare two reviews: what was added, removed or changed, per objective and question')
    .argument('<old-file>', 'the earlier review, e.g. last-review.gcm.yaml')
    .argument('<new-file>', 'the later review')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['terminal', 'markdown', 'html', 'json'])
        .default('terminal'),
    )
    .option('--lang <code>', 'compare the texts in this language (default: the first language both files have)')
    .option('-o, --output <file>', 'write the comparison to a file instead of standard output')
    .option('--all', 'list unchanged texts too')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review diff maravia-2022.gcm.yaml maravia-2026.gcm.yaml
  gcm-review diff old.gcm.yaml new.gcm.yaml --format html -o changes.html   tracked-changes view
  gcm-review diff old.gcm.yaml new.gcm.yaml --format markdown > changes.md
  gcm-review diff old.gcm.yaml new.gcm.yaml --format json --lang fr

Changed texts are compared word by word: in the terminal deleted words are red and struck
through, inserted words green and underlined (with NO_COLOR: [-deleted-] {+inserted+}).
Statistics are matched by indicator and shown as value then → now.
Exit codes: 0 the reviews say the same, 1 they differ, 2 usage error or a file that is not a
valid review.`,
    )
    .action(async (oldFile: string, newFile: string, opts: DiffCliOptions) => {
      const [{ checkFile }, { diffReviews }, { formatDiff }] = await Promise.all([
        import('../../validate/index.js'),
        import('../../diff/index.js'),
        import('../../diff/format.js'),
      ]);
      if (oldFile === '-' || newFile === '-')
        throw new UserError(
          'diff compares two review files, not standard input.',
          2,
          'Save the review to a file first.',
        );
      const [a, b] = await Promise.all([checkFile(oldFile), checkFile(newFile)]);
      for (const r of [a, b]) {
        if (!r.review || r.diagnostics.some((d) => d.severity === 'error')) {
          process.stderr.write(await problems(r));
          throw new UserError(
            `${r.file} cannot be compared: it is not a valid review.`,
            2,
            `Correct the problems above (gcm-review validate ${r.file} shows them too), then compare again.`,
          );
        }
      }
      if (opts.lang !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(opts.lang))
        throw new UserError(`--lang: “${opts.lang}” is not a language code.`, 2, 'Examples: en, fr, es, ar.');
      const result = diffReviews(a.review!, b.review!, opts.lang ? { lang: opts.lang } : {});
      const toFile = opts.output !== undefined;
      const text = formatDiff(opts.format, result, {
        oldName: oldFile,
        newName: newFile,
        color: !toFile && opts.format === 'terminal' && colorEnabled(process.stdout),
        all: Boolean(opts.all),
      });
      if (toFile) {
        try {
          await writeFileAtomic(opts.output!, text);
        } catch (err) {
          throw new UserError(`could not write the comparison to ${opts.output}: ${(err as Error).message}`);
        }
      } else process.stdout.write(text);
      process.exitCode = result.same ? 0 : 1;
    });
}
