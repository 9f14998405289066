// Shell completion, exercised in the shells themselves: bash through its completion function
// (COMP_WORDS/COMP_CWORD), fish through `complete -C`, zsh by syntax and registration with compinit.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram } from '../../src/cli/main.js';
import { programModel } from '../../src/cli/commands/completion.js';
import { bin, onPath, run } from './helpers.js';

const program = await buildProgram();
const model = programModel(program);
const commandNames = model.commands.map((c) => c.name);

// one scratch folder (also the shells' HOME, so no user configuration is read), removed at the end
const scratch = mkdtempSync(join(tmpdir(), 'gcm-completion-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function sh(shell: string, args: string[], script: string) {
  const r = spawnSync(shell, [...args, script], {
    encoding: 'utf8',
    env: { ...process.env, NODE: process.execPath, BIN: bin, HOME: scratch },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** What bash offers for a command line (words as bash splits them; the last one is being typed). */
function bashComplete(lines: string[][]): string[][] {
  const calls = lines.map((words) => `t ${words.map((w) => `'${w}'`).join(' ')}`).join('\n');
  const r = sh(
    'bash',
    ['-c'],
    `source <("$NODE" "$BIN" completion bash) || exit 3
spec=$(complete -p gcm-review) || exit 4
fn=$(sed -E 's/.*-F ([^ ]+).*/\\1/' <<<"$spec")
t() {
  COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}; COMPREPLY=()
  "$fn" gcm-review "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"
  echo "\${COMPREPLY[*]}"
}
${calls}`,
  );
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return r.out
    .split('\n')
    .slice(0, lines.length)
    .map((l) => l.split(' ').filter(Boolean));
}

describe('gcm-review completion bash', () => {
  it('registers a completion function for gcm-review', () => {
    const r = sh('bash', ['-c'], 'source <("$NODE" "$BIN" completion bash) && complete -p gcm-review');
    expect(r.out).toMatch(/^complete .*-F \S+ gcm-review$/m);
  });

  it('completes command names and the options of each command', () => {
    const [val, help, top, opts] = bashComplete([
      ['gcm-review', 'val'],
      ['gcm-review', 'help', 'v'],
      ['gcm-review', ''],
      ['gcm-review', 'validate', '--'],
    ]);
    expect(val).toEqual(['validate']);
    expect(help).toEqual(['validate']);
    expect(top).toEqual(commandNames); // generated from the program: never out of step
    expect(opts).toEqual(expect.arrayContaining(['--format', '--strict', '--quiet', '--verbose', '--help']));
  });

  it('gcm-review render --for<TAB> completes to --format', () => {
    const [r] = bashComplete([['gcm-review', 'render', '--for']]);
    expect(r).toEqual(['--format']);
  });

  it('completes option values from their choices, also after "=" and after a global option', () => {
    const [fmt, fmtEq, lang, shell, obj] = bashComplete([
      ['gcm-review', 'validate', '--format', 'j'],
      ['gcm-review', 'validate', '--format', '=', 'j'],
      ['gcm-review', 'objectives', '--lang', ''],
      ['gcm-review', 'completion', ''],
      ['gcm-review', '-q', 'obj'],
    ]);
    expect(fmt).toEqual(['json', 'junit']);
    expect(fmtEq).toEqual(['json', 'junit']);
    expect(lang).toEqual(['en', 'fr', 'es']);
    expect(shell).toEqual(['bash', 'zsh', 'fish']);
    expect(obj).toEqual(['objectives']);
  });

  it('an unknown shell is a usage error (exit 2) with the choices', () => {
    const r = run(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/Allowed choices are bash, zsh, fish/);
  });
});

describe('gcm-review completion zsh', () => {
  const script = run(['completion', 'zsh']).out;

  it('is a #compdef script naming every command and the choices of options', () => {
    expect(script.startsWith('#compdef gcm-review\n')).toBe(true);
    for (const c of model.commands) expect(script).toContain(`'${c.name}:`);
    expect(script).toContain(':format:(text json junit github sarif)');
    expect(script).toContain(':code:(en fr es)');
  });

  it.runIf(onPath('zsh'))('parses (zsh -n) and registers itself with compinit', () => {
    const dir = mkdtempSync(join(scratch, 'zsh-'));
    const file = join(dir, '_gcm_review');
    writeFileSync(file, script);
    expect(sh('zsh', ['-n'], file).code).toBe(0);
    const r = sh(
      'zsh',
      ['-f', '-c'],
      `autoload -U compinit && compinit -u -d ${dir}/zcompdump && source ${file} && print -r -- "\${_comps[gcm-review]}"`,
    );
    expect(r.err).toBe('');
    expect(r.out.trim()).toBe('_gcm_review');
  });
});

describe('gcm-review completion fish', () => {
  const script = run(['completion', 'fish']).out;

  it('names every command', () => {
    for (const c of commandNames) expect(script).toContain(`-a '${c}'`);
  });

  it.runIf(onPath('fish'))('parses (fish -n) and completes commands, options and choices (complete -C)', () => {
    const dir = mkdtempSync(join(scratch, 'fish-'));
    const file = join(dir, 'gcm-review.fish');
    writeFileSync(file, script);
    expect(sh('fish', ['-n'], file).code).toBe(0);
    const r = sh(
      'fish',
      ['--no-config', '-c'],
      `source ${file}
for line in 'gcm-review val' 'gcm-review validate --for' 'gcm-review validate --format ' 'gcm-review completion '
  echo (complete -C "$line" | string replace -r '\\t.*' '' | string join ' ')
end`,
    );
    expect(r.err).toBe('');
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      'validate',
      '--format',
      'github json junit sarif text',
      'bash fish zsh',
    ]);
  });
});

// cycles (issue 12): the diff and preview commands complete like the others
describe('completion of diff, preview and init --from', () => {
  it('bash completes the command names and the diff formats', () => {
    const [di, pre, fmt, opts] = bashComplete([
      ['gcm-review', 'di'],
      ['gcm-review', 'pre'],
      ['gcm-review', 'diff', '--format', ''],
      ['gcm-review', 'preview', '--'],
    ]);
    expect(di).toEqual(['diff']);
    expect(pre).toEqual(['preview']);
    expect(fmt).toEqual(['terminal', 'markdown', 'html', 'json']);
    expect(opts).toEqual(expect.arrayContaining(['--port', '--lang', '--order', '--template-dir']));
  });

  it('init completes --from and --cycle', () => {
    const [opts] = bashComplete([['gcm-review', 'init', '--']]);
    expect(opts).toEqual(expect.arrayContaining(['--from', '--cycle', '--force']));
  });

  it('zsh and fish scripts name diff and preview, and diff completes file names', () => {
    const zsh = run(['completion', 'zsh']).out;
    expect(zsh).toContain(`'diff:`);
    expect(zsh).toContain(`'preview:`);
    expect(zsh).toContain(':format:(terminal markdown html json)');
    const fish = run(['completion', 'fish']).out;
    expect(fish).toContain(`-a 'diff'`);
    expect(fish).toContain(`-a 'preview'`);
    expect(model.commands.find((c) => c.name === 'diff')!.files).toBe(true);
    expect(model.commands.find((c) => c.name === 'preview')!.files).toBe(true);
  });
});
