import type { Command } from 'commander';
import { UserError } from '../../diagnostics/index.js';

// Placeholder: replaced by the command's real implementation.
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('gcm-review schema is not available in this version yet.');
    });
}
