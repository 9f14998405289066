import type { Command } from 'commander';
import { UserError } from '../../diagnostics/index.js';

// Placeholder: replaced by the command's real implementation.
export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('gcm-review doctor is not available in this version yet.');
    });
}
