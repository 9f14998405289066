// Every command's --help ends with examples, and the options the examples use exist.
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.js';

function helpOf(cmd: Command): string {
  let text = '';
  cmd.configureOutput({ writeOut: (s) => void (text += s), writeErr: (s) => void (text += s) });
  cmd.outputHelp();
  return text;
}

const program = await buildProgram();

describe('--help', () => {
  it('of the program shows examples', () => {
    expect(helpOf(program)).toContain('Example');
  });

  it.each(program.commands.map((c) => [c.name(), c] as const))('of "%s" shows an Examples section', (_name, cmd) => {
    expect(helpOf(cmd)).toContain('Example');
  });

  it.each(program.commands.map((c) => [c.name(), c] as const))(
    'of "%s": the options its examples use exist',
    (name, cmd) => {
      const known = new Set(
        [...cmd.options, ...program.options].flatMap((o) => [o.long, o.short]).filter(Boolean) as string[],
      );
      known.add('--help');
      const examples = helpOf(cmd)
        .split('\n')
        .filter((l) => l.trimStart().startsWith(`gcm-review ${name}`));
      for (const line of examples) {
        // options in the command itself, not in the comment after two or more spaces
        const command = line.trim().split(/\s{2,}/)[0]!;
        for (const flag of command.match(/(?<=\s)--?[a-zA-Z][\w-]*/g) ?? []) expect(known, line).toContain(flag);
      }
    },
  );
});
