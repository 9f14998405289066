// `gcm-review schema`: the JSON Schema of a review file, for editors, SchemaStore and other tools.
// Printed on stdout, or written atomically with --out (a crash never leaves half a schema).
import type { Command } from 'commander';
import { UserError } from '../../diagnostics/index.js';
import { globalOptions, makePrinter } from '../output.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('Print the JSON Schema of review files (for editors, SchemaStore and other tools)')
    .option('-o, --out <file>', 'write the schema to this file instead of printing it')
    .addHelpText(
      'after',
      `
Examples:
  gcm-review schema --out gcm-review.schema.json     a copy next to the reviews, for editors
  gcm-review schema > gcm-review.schema.json

The schema applies to files named *.gcm.yaml or *.gcm.yml. Editors find it through the first line
of a review:
  # yaml-language-server: $schema=./gcm-review.schema.json
(a path relative to the review). Files written by "gcm-review init" carry that line, and init writes
the copy beside them; "gcm-review doctor FILE" checks that an editor can load it.`,
    )
    .action(async (opts: { out?: string }, cmd: Command) => {
      const p = makePrinter(globalOptions(cmd));
      const { schemaText, SCHEMA_ID, SCHEMA_FILE_MATCH } = await import('../../schema/generate.js');
      const text = schemaText();
      if (opts.out === undefined || opts.out === '-') {
        process.stdout.write(text);
        return;
      }
      if (opts.out.trim() === '') throw new UserError('--out needs a file name.');
      const { writeFileAtomic } = await import('../../io/atomic.js');
      try {
        await writeFileAtomic(opts.out, text);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        throw new UserError(
          `could not write the schema to ${opts.out}: ${describeIoError(e)}`,
          2,
          e.code === 'ENOENT' ? 'Create the folder first, or choose another path.' : undefined,
        );
      }
      p.info(`Wrote the schema (${SCHEMA_ID}) to ${opts.out}.`);
      p.debug(`It applies to files matching ${SCHEMA_FILE_MATCH.join(', ')}.`);
    });
}

/** A short plain-language reason for a failed file operation. */
export function describeIoError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'that is a folder, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    default:
      return e.message;
  }
}
