// The GitHub Action and the pre-commit hook: their definitions parse and say what they should,
// and the commands they run behave on valid and invalid files as a CI job needs (exit 0 / 1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { bin, root } from './helpers.js';

interface Step {
  name?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface ActionFile {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  runs: { using: string; steps: Step[] };
}

const DRAFT = `format_version: 1
metadata:
  submitter: {type: member_state, country: QMA}
  cycle: imrf_2026
  languages: [en]
  status: draft
`;
const INVALID = `${DRAFT}objectives:
  24:
    gaps_and_challenges: there is no objective 24
`;

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'gcm-ci-'));
  mkdirSync(join(ws, 'reviews'));
  copyFileSync(join(root, 'examples/full-en.gcm.yaml'), join(ws, 'reviews/ready.gcm.yaml'));
  writeFileSync(join(ws, 'draft.gcm.yml'), DRAFT);
  writeFileSync(join(ws, 'bad.gcm.yaml'), INVALID);
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('action.yml', () => {
  const action = YAML.parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionFile;
  const steps = action.runs.steps;
  const validateStep = steps.find((s) => s.run?.includes('validate'))!;

  it('is a composite action with the inputs paths (default ".") and strict (default false)', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.inputs['paths']?.default).toBe('.');
    expect(action.inputs['strict']?.default).toBe('false');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
  });

  it('sets up Node.js 20 or later, then installs and builds gcm-review in its own folder', () => {
    const setup = steps.findIndex((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup).toBe(0);
    expect(steps[0]!.with?.['node-version']).toBe('${{ inputs.node-version }}');
    expect(Number(action.inputs['node-version']?.default)).toBeGreaterThanOrEqual(20);
    const install = steps[1]!;
    expect(install['working-directory']).toBe('${{ github.action_path }}');
    expect(install.run).toMatch(/npm ci\b/);
    expect(install.run).toMatch(/npm run build/);
  });

  it('runs `validate --format github` from the action folder, with the inputs passed through env (no ${{ }} in scripts)', () => {
    expect(validateStep.run).toContain('validate --format github');
    expect(validateStep.run).toContain('"$GITHUB_ACTION_PATH/bin/gcm-review.js"');
    expect(validateStep.env).toEqual({ INPUT_PATHS: '${{ inputs.paths }}', INPUT_STRICT: '${{ inputs.strict }}' });
    for (const s of steps) if (s.run) expect(s.run, s.name).not.toContain('${{');
    for (const s of steps) if (s.run) expect(s.shell, s.name).toBe('bash');
  });

  /** Runs the validate step's script as the runner would (bash, in the workspace). */
  function step(paths: string, strict = 'false') {
    const r = spawnSync('bash', ['-e', '-c', validateStep.run!], {
      cwd: ws,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTION_PATH: root, INPUT_PATHS: paths, INPUT_STRICT: strict, NO_COLOR: '1' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('the step passes on valid files and fails (exit 1) with annotations on an invalid one', () => {
    const ok = step('reviews draft.gcm.yml');
    expect(ok.code, ok.err).toBe(0);
    const bad = step('.');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^::error file=bad\.gcm\.yaml,line=\d+,col=\d+/m);
    expect(bad.out).not.toMatch(/file=.*ready\.gcm\.yaml/);
  });

  it('paths: one per line, or several on a line; globs reach gcm-review unexpanded', () => {
    expect(step('reviews\n  draft.gcm.yml\n').code).toBe(0);
    expect(step('reviews\nbad.gcm.yaml').code).toBe(1);
    expect(step('*.gcm.yml').code).toBe(0); // only draft.gcm.yml matches
    // bash would expand **/ to one folder level (reviews/ready.gcm.yaml only); gcm-review's own glob
    // also reaches ./bad.gcm.yaml
    expect(step('**/*.gcm.yaml').code).toBe(1);
  });

  it('strict: true fails on a valid review that is not complete; a bad value stops with an error', () => {
    expect(step('draft.gcm.yml', 'true').code).toBe(1);
    expect(step('reviews', 'TRUE').code).toBe(0);
    const odd = step('reviews', 'perhaps');
    expect(odd.code).toBe(2);
    expect(odd.out).toContain("::error title=gcm-review::The input 'strict' must be true or false");
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = YAML.parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];
  const hook = hooks.find((h) => h.id === 'gcm-review-validate')!;

  it('defines gcm-review-validate: a node hook running `gcm-review validate` on review files', () => {
    expect(hook).toBeDefined();
    expect(hook.language).toBe('node');
    expect(hook.entry).toBe('gcm-review validate');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(' ')[0]);
    // pre-commit installs node hooks with `npm pack`: the package must build itself when packed
    expect(pkg.scripts['prepack']).toBe('npm run build');
  });

  it('its files pattern takes *.gcm.yaml and *.gcm.yml anywhere, and nothing else', () => {
    const re = new RegExp(hook.files);
    for (const f of ['a.gcm.yaml', 'b.gcm.yml', 'reviews/2026/c.gcm.yaml']) expect(re.test(f), f).toBe(true);
    for (const f of ['a.yaml', 'gcm.yaml', 'a.gcm.yaml.bak', 'a.gcmXyaml', 'a.gcm.json'])
      expect(re.test(f), f).toBe(false);
  });

  /** The entry with file names appended, as pre-commit runs it; `gcm-review` is the built binary. */
  function hookRun(files: string[]) {
    const [exe, ...args] = hook.entry.split(/\s+/);
    expect(exe).toBe('gcm-review');
    const r = spawnSync(process.execPath, [bin, ...args, ...files], {
      cwd: ws,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('passes (exit 0) on valid files and fails (exit 1) naming the invalid one', () => {
    expect(hookRun(['reviews/ready.gcm.yaml', 'draft.gcm.yml']).code).toBe(0);
    const bad = hookRun(['reviews/ready.gcm.yaml', 'bad.gcm.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.out + bad.err).toMatch(/bad\.gcm\.yaml:\d+:\d+/);
  });
});
