// `gcm-review synthesize`: what many reviews say together, for a regional commission or the IMRF
// secretariat. Invalid files are reported and left out; the others are summarised.
import { Option, type Command } from 'commander';
import { CYCLE_KEYS, REGION_KEYS } from '../../reference/index.js';
import { UserError, hasErrors } from '../../diagnostics/index.js';
import { expandInputs } from '../../io/files.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { globalOptions, makePrinter } from '../output.js';

interface SynthesizeOptions {
  region?: string;
  cycle?: string;
  lang: 'en' | 'fr' | 'es';
  format: 'markdown' | 'json';
  output?: string;
}

export function registerSynthesize(program: Command): void {
  program
    .command('synthesize')
    .description(
      'Summarise many reviews: objectives covered, support needs by area, principles, stakeholders, practices',
    )
    .argument('<inputs...>', 'review files, folders (searched for *.gcm.yaml) or globs')
    .addOption(new Option('--region <key>', 'only reviews of this UN regional commission').choices(REGION_KEYS))
    .addOption(new Option('--cycle <key>', 'only reviews for this review cycle').choices(CYCLE_KEYS))
    .addOption(
      new Option('--lang <lang>', 'language of the headings and official titles')
        .choices(['en', 'fr', 'es'])
        .default('en'),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .option('-o, --output <file>', 'write the synthesis to a file instead of standard output')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review synthesize reviews/ --region ece -o ece-synthesis.md
  gcm-review synthesize "submissions/*.gcm.yaml" --cycle imrf_2026 --format json

Invalid files are listed on standard error and left out (exit 1); run gcm-review validate on them.`,
    )
    .action(async (inputs: string[], opts: SynthesizeOptions, cmd: Command) => {
      const p = makePrinter(globalOptions(cmd));
      const files = await expandInputs(inputs);
      const { checkFile } = await import('../../validate/index.js');
      // each file is read and parsed once: its review is what the synthesis is made of
      const checked = [];
      for (const f of files) checked.push(await checkFile(f));
      const skipped = checked.filter(hasErrors);
      for (const r of skipped) {
        const first = r.diagnostics.find((d) => d.severity === 'error')!;
        p.err(
          `skipped ${r.file}: ${first.message} (${r.diagnostics.length} problem${r.diagnostics.length === 1 ? '' : 's'}; run gcm-review validate ${r.file})`,
        );
      }
      const inputsOk = checked.flatMap((r) => (!hasErrors(r) && r.review ? [{ file: r.file, review: r.review }] : []));
      const { synthesize } = await import('../../synthesis/index.js');
      const s = synthesize(inputsOk, {
        lang: opts.lang,
        ...(opts.region ? { region: opts.region } : {}),
        ...(opts.cycle ? { cycle: opts.cycle } : {}),
      });
      if (!s.reviews.length) {
        const filter = [opts.region && `region ${opts.region}`, opts.cycle && `cycle ${opts.cycle}`]
          .filter(Boolean)
          .join(' and ');
        throw new UserError(
          `none of the ${files.length} file${files.length === 1 ? '' : 's'} is a valid review${filter ? ` for ${filter}` : ''}.`,
          skipped.length ? 1 : 2,
        );
      }
      let text: string;
      if (opts.format === 'json') text = JSON.stringify(s, null, 2) + '\n';
      else text = (await import('../../synthesis/markdown.js')).synthesisMarkdown(s) + '\n';
      if (opts.output) {
        try {
          await writeFileAtomic(opts.output, text);
        } catch (err) {
          throw new UserError(`could not write ${opts.output}: ${(err as Error).message}`);
        }
        p.info(
          `Synthesis of ${s.reviews.length} review${s.reviews.length === 1 ? '' : 's'} written to ${opts.output}.`,
        );
      } else process.stdout.write(text);
      process.exitCode = skipped.length ? 1 : 0;
    });
}
