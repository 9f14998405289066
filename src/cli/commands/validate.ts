import type { Command } from 'commander';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Check review files against the GCM review schema')
    .argument('[inputs...]', 'files, directories, globs, or - for standard input')
    .action(async () => {
      throw new Error('not implemented yet');
    });
}
