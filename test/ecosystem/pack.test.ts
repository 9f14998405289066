// The npm package as a user gets it: `npm pack` (its prepack script builds from a clean copy of
// the sources), install the tarball into an empty folder from the registry, then run the
// installed command: --version, validate (one file and a batch), schema, the other commands,
// render a PDF.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
};

/** Environment for npm and the installed binary: no colour, no inherited npm lifecycle settings. */
function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' };
  for (const k of Object.keys(e)) if (/^npm_(lifecycle|package)_/.test(k) || k === 'FORCE_COLOR') delete e[k];
  return e;
}

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env: env(), encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '', error: r.error };
}

const temporary: string[] = [];
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(d);
  return d;
}
// the installed package weighs ~110 MB: do not leave it behind
afterAll(() => {
  for (const d of temporary) rmSync(d, { recursive: true, force: true });
});

/** A clean copy of the sources (what a fresh checkout has: no dist/, generated/), sharing node_modules. */
function cleanCopy(): string {
  const dir = tempDir('gcm-src-');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && existsSync(join(root, f)));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(root, f), join(dir, f));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('npm package', () => {
  it('packs (building first), installs from the tarball, and the installed gcm-review validates and renders', () => {
    // 1. npm pack into a temporary folder
    const src = cleanCopy();
    const packDir = tempDir('gcm-pack-');
    const packed = sh('npm', ['pack', '--json', '--pack-destination', packDir], src);
    expect(packed.code, packed.err).toBe(0);
    const info = JSON.parse(packed.out.slice(packed.out.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tgz = join(packDir, info[0]!.filename);
    expect(existsSync(tgz)).toBe(true);

    // only what runs, and all of it
    const paths = info[0]!.files.map((f) => f.path);
    for (const p of [
      'bin/gcm-review.js',
      'dist/bundle/main.js',
      'dist/bundle/worker.js',
      'dist/bundle/lib-yaml.js',
      // HarfBuzz's hb-subset for the HTML report's fonts (src/render/fonts.ts), beside the bundle
      'dist/bundle/harfbuzz-subset.wasm',
      'generated/compiled-validator.cjs',
      'schemas/gcm-review.schema.json',
      'templates/report.hbs',
      'examples/full-en.gcm.yaml',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json',
    ])
      expect(paths, p).toContain(p);
    for (const p of paths)
      expect(p === 'package.json' || pkg.files.some((f) => p === f || p.startsWith(f)), p).toBe(true);
    expect(paths.some((p) => /^(src|test|scripts|bench)\//.test(p) || p.endsWith('.ts'))).toBe(false);
    // the bundle only: not the unbundled tsc output beside it
    expect(paths.filter((p) => p.startsWith('dist/') && !p.startsWith('dist/bundle/'))).toEqual([]);

    // 2. install the tarball into an empty folder (dependencies come from the registry)
    const app = tempDir('gcm-install-');
    const installed = sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tgz], app);
    expect(installed.code, installed.err).toBe(0);
    // the bundle needs nothing at run time: no package is installed beside gcm-review itself
    const top = readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'));
    expect(top).toEqual([pkg.name]);

    // 3. the installed command
    const version = sh('npx', ['--no-install', 'gcm-review', '--version'], app);
    expect(version.code, version.err).toBe(0);
    expect(version.out.trim()).toBe(pkg.version);

    const installedPkg = join(app, 'node_modules', pkg.name);
    copyFileSync(join(installedPkg, 'examples/full-en.gcm.yaml'), join(app, 'review.gcm.yaml'));
    const valid = sh('npx', ['--no-install', 'gcm-review', 'validate', 'review.gcm.yaml'], app);
    expect(valid.code, valid.out + valid.err).toBe(0);
    expect(valid.out).toMatch(/review\.gcm\.yaml: valid/);

    const schema = sh('npx', ['--no-install', 'gcm-review', 'schema'], app);
    expect(schema.out).toBe(readFileSync(join(installedPkg, 'schemas/gcm-review.schema.json'), 'utf8'));
    // the schema is reachable by package path (exports)
    const resolved = sh(process.execPath, ['-e', `console.log(require.resolve('${pkg.name}/schema.json'))`], app);
    expect(resolved.out.trim()).toBe(join(installedPkg, 'schemas/gcm-review.schema.json'));

    // a batch large enough for the worker threads (the bundle's worker.js must ship and load)
    mkdirSync(join(app, 'batch'));
    for (let i = 0; i < 60; i++) copyFileSync(join(app, 'review.gcm.yaml'), join(app, 'batch', `r${i}.gcm.yaml`));
    const batch = sh('npx', ['--no-install', 'gcm-review', 'validate', 'batch', '--format', 'json'], app);
    expect(batch.code, batch.err).toBe(0);
    expect(JSON.parse(batch.out).summary).toMatchObject({ files: 60, valid: 60 });

    // the other commands of the package
    const objectives = sh('npx', ['--no-install', 'gcm-review', 'objectives', '--json', '--lang', 'es'], app);
    expect(objectives.code, objectives.err).toBe(0);
    expect(JSON.parse(objectives.out)).toHaveLength(23);
    const doctor = sh('npx', ['--no-install', 'gcm-review', 'doctor'], app);
    expect(doctor.code, doctor.out + doctor.err).toBe(0);
    expect(doctor.out).toMatch(/this machine can make PDF reports/);
    const completion = sh('npx', ['--no-install', 'gcm-review', 'completion', 'bash'], app);
    expect(completion.code, completion.err).toBe(0);
    expect(completion.out).toContain('synthesize');
    const synthesis = sh('npx', ['--no-install', 'gcm-review', 'synthesize', 'review.gcm.yaml'], app);
    expect(synthesis.code, synthesis.err).toBe(0);
    expect(synthesis.out).toMatch(/^# Synthesis of GCM reviews/);
    const notTty = sh('npx', ['--no-install', 'gcm-review', 'init', 'new.gcm.yaml'], app);
    expect(notTty.code).toBe(2);
    expect(notTty.err).toMatch(/terminal/);

    // 4. render a PDF with the installed package
    const render = sh('npx', ['--no-install', 'gcm-review', 'render', 'review.gcm.yaml', '--out', 'out'], app);
    expect(render.code, render.out + render.err).toBe(0);
    const pdfs = readdirSync(join(app, 'out')).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toEqual(['review.pdf']);
    const pdfinfo = sh('pdfinfo', [join(app, 'out', 'review.pdf')], app);
    expect(pdfinfo.code, pdfinfo.err).toBe(0);
    expect(Number(/^Pages:\s+(\d+)/m.exec(pdfinfo.out)?.[1])).toBeGreaterThan(1);

    // 5. the HTML report with its fonts: the installed package loads harfbuzz-subset.wasm from its bundle
    const html = sh(
      'npx',
      ['--no-install', 'gcm-review', 'render', 'review.gcm.yaml', '--format', 'html', '--out', 'out'],
      app,
    );
    expect(html.code, html.out + html.err).toBe(0);
    expect(html.err).not.toMatch(/warning/);
    expect(readFileSync(join(app, 'out', 'review.html'), 'utf8')).toMatch(
      /@font-face \{ font-family: "Noto Serif"; [^}]*src: url\(data:font\/woff;base64,/,
    );
  }, 300_000);
});
