// `gcm-review synthesize`: what many reviews say together, for a regional commission or the IMRF
// secretariat. Invalid, filtered and duplicate files are listed in the synthesis and on stderr;
// the others are synthesised into one document (Markdown, JSON, HTML, PDF, CSV or Excel).
import { Option, type Command } from 'commander';
import { CYCLE_KEYS, REGION_KEYS } from '../../reference/index.js';
import { escapeControl } from '../../diagnostics/escape.js';
import { UserError } from '../../diagnostics/index.js';
import { expandInputs } from '../../io/files.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { VERSION } from '../version.js';
import { globalOptions, makePrinter } from '../output.js';

const FORMATS = ['markdown', 'json', 'html', 'pdf', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
const BINARY: readonly Format[] = ['pdf', 'xlsx'];

interface SynthesizeOptions {
  region?: string;
  cycle?: string;
  lang: 'en' | 'fr' | 'es' | 'ar';
  format: Format;
  output?: string;
  excerpt: string;
  paper: 'A4' | 'Letter';
  followSymlinks?: boolean;
}

export function registerSynthesize(program: Command): void {
  program
    .command('synthesize')
    .description(
      'Synthesise many reviews: who reported, coverage, what each objective’s reviews say (cited), support needs',
    )
    .argument('<inputs...>', 'review files, folders (searched for *.gcm.yaml) or globs')
    .addOption(new Option('--region <key>', 'only reviews of this UN regional commission').choices(REGION_KEYS))
    .addOption(new Option('--cycle <key>', 'only reviews for this review cycle').choices(CYCLE_KEYS))
    .addOption(
      new Option('--lang <lang>', 'language of the headings and official titles (quotes stay in their language)')
        .choices(['en', 'fr', 'es', 'ar'])
        .default('en'),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('markdown'))
    .option('-o, --output <file>', 'write the synthesis to a file instead of standard output (needed for pdf and xlsx)')
    .option('--excerpt <chars>', 'length at which quotes are cut (the HTML keeps the full text)', '300')
    .addOption(new Option('--paper <size>', 'paper size of the PDF').choices(['A4', 'Letter']).default('A4'))
    .option('--follow-symlinks', 'read files that symbolic links lead to outside the folders given')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review synthesize reviews/ --region ece -o ece-synthesis.md
  gcm-review synthesize reviews/ --region escwa --lang ar -f pdf -o escwa.pdf
  gcm-review synthesize "submissions/*.gcm.yaml" --cycle imrf_2026 -f xlsx -o imrf.xlsx
  gcm-review synthesize reviews/ -f json | jq '.totals'

Files left out (invalid, other region or cycle, duplicates) are listed in the synthesis and on
standard error. Exit code 1 when a file was invalid, 2 when no review is left to synthesise.`,
    )
    .action(async (inputs: string[], opts: SynthesizeOptions, cmd: Command) => {
      const p = makePrinter(globalOptions(cmd));
      const excerptLength = Number(opts.excerpt);
      if (!Number.isInteger(excerptLength) || excerptLength < 40 || excerptLength > 100_000)
        throw new UserError(`--excerpt must be a whole number of characters from 40 to 100000, not “${opts.excerpt}”.`);
      if (BINARY.includes(opts.format) && !opts.output)
        throw new UserError(
          `a ${opts.format.toUpperCase()} synthesis is a binary file: name it with -o, e.g. -o synthesis.${opts.format}`,
        );
      if (inputs.includes('-')) throw new UserError('synthesize reads review files, not standard input');
      // links leading out of a folder are not read: they are listed as left out, like invalid files
      const unread: { file: string; invalid: { message: string; line: number; problems: number } }[] = [];
      const files = await expandInputs(inputs, process.cwd(), {
        followSymlinks: Boolean(opts.followSymlinks),
        onSkip: (file, problem) => unread.push({ file, invalid: { message: problem.message, line: 1, problems: 1 } }),
      });

      // the browser starts while the files are read
      const { startSynthesisRenderer, synthesisPdf } =
        opts.format === 'pdf'
          ? await import('../../synthesis/pdf.js')
          : ({} as typeof import('../../synthesis/pdf.js'));
      const rendererReady = opts.format === 'pdf' ? startSynthesisRenderer() : undefined;
      rendererReady?.catch(() => {});
      try {
        const { readSources } = await import('../../synthesis/read.js');
        const showProgress = files.length >= 20;
        let lastShown = 0;
        const read = await readSources(files, {
          onProgress: (done, total) => {
            if (!showProgress) return;
            const now = performance.now();
            if (done === total || now - lastShown > 250) {
              lastShown = now;
              p.info(`reading reviews: ${done}/${total}`);
            }
          },
        });
        const sources = [...read, ...unread];
        const { buildSynthesis } = await import('../../synthesis/index.js');
        const s = buildSynthesis(sources, {
          lang: opts.lang,
          excerptLength,
          version: VERSION,
          ...(opts.region ? { region: opts.region } : {}),
          ...(opts.cycle ? { cycle: opts.cycle } : {}),
        });
        for (const l of s.leftOut) {
          const where = l.line ? `${l.file}:${l.line}` : l.file;
          if (l.reason === 'invalid')
            p.err(
              `skipped ${where}: ${l.detail} (${l.problems ?? 1} problem${l.problems === 1 ? '' : 's'}; run gcm-review validate ${l.file})`,
            );
          else p.info(`left out ${l.file}: ${l.reasonLabel} (${l.detail})`);
        }
        if (!s.reviews.length) {
          const filter = [opts.region && `region ${opts.region}`, opts.cycle && `cycle ${opts.cycle}`]
            .filter(Boolean)
            .join(' and ');
          throw new UserError(
            `none of the ${sources.length} file${sources.length === 1 ? '' : 's'} is a valid review${filter ? ` for ${filter}` : ''}.`,
            s.totals.invalid ? 1 : 2,
          );
        }
        if (showProgress) p.info(`writing the ${opts.format} synthesis of ${s.reviews.length} reviews…`);
        let data: string | Uint8Array;
        let pages: number | undefined;
        switch (opts.format) {
          case 'json': {
            const { synthesisJson } = await import('../../synthesis/json.js');
            data = synthesisJson(s);
            break;
          }
          case 'html':
            data = (await import('../../synthesis/html.js')).synthesisHtml(s, { mode: 'html', paper: opts.paper });
            break;
          case 'csv':
            data = (await import('../../synthesis/tables.js')).synthesisCsv(s);
            break;
          case 'xlsx':
            data = await (await import('../../synthesis/tables.js')).synthesisXlsx(s);
            break;
          case 'pdf': {
            const out = await synthesisPdf(s, await rendererReady!, { paper: opts.paper });
            data = out.pdf;
            pages = out.pages;
            break;
          }
          default:
            data = (await import('../../synthesis/markdown.js')).synthesisMarkdown(s) + '\n';
        }
        if (opts.output) {
          try {
            await writeFileAtomic(opts.output, data);
          } catch (err) {
            throw new UserError(`could not write ${opts.output}: ${(err as Error).message}`);
          }
          p.info(
            `Synthesis of ${s.reviews.length} review${s.reviews.length === 1 ? '' : 's'} written to ${opts.output}${pages ? ` (${pages} pages)` : ''}.`,
          );
        } else {
          // text from the reviews reaches the terminal or a CI log: control characters shown escaped
          process.stdout.write(typeof data === 'string' ? escapeControl(data) : data);
        }
        process.exitCode = s.totals.invalid ? 1 : 0;
      } finally {
        if (rendererReady) await (await rendererReady.catch(() => undefined))?.close();
      }
    });
}
