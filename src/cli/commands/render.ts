import type { Command } from 'commander';
import { UserError } from '../../diagnostics/index.js';

// Placeholder: replaced by the command's real implementation.
export function registerRender(program: Command): void {
  program
    .command('render')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError('gcm-review render is not available in this version yet.');
    });
}
