import type { Command } from 'commander';
import { UserError } from '../../diagnostics/index.js';

// Placeholder: replaced by the command's real implementation.
export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('gcm-review completion is not available in this version yet.');
    });
}
