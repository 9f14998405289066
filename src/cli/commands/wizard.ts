import type { Command } from 'commander';
import { UserError } from '../../diagnostics/index.js';

// Placeholder: replaced by the wizard's real implementation.
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('gcm-review init is not available in this version yet.');
    });
}

export function registerEdit(program: Command): void {
  program
    .command('edit')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('gcm-review edit is not available in this version yet.');
    });
}
