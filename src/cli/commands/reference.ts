import type { Command } from 'commander';
import { UserError } from '../../diagnostics/index.js';

// Placeholder: replaced by the command's real implementation.
export function registerReference(program: Command): void {
  program
    .command('reference')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('gcm-review reference is not available in this version yet.');
    });
}
