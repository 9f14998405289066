// The shipped bundle (dist/bundle, one esbuild call with code splitting: scripts/build.mjs), read
// through the metafile the build writes beside it (dist/bundle-meta.json) and run as a user runs it.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { run } from '../ecosystem/helpers.js';

const root = join(import.meta.dirname, '../..');
interface Output {
  imports: { path: string; kind: string; external?: boolean }[];
  inputs: Record<string, { bytesInOutput: number }>;
}
const meta = JSON.parse(readFileSync(join(root, 'dist/bundle-meta.json'), 'utf8')) as {
  outputs: Record<string, Output>;
};
const outputs = meta.outputs;
const out = (name: string) => `dist/bundle/${name}`;

/** The output files that loading `file` loads before any of its code runs (static imports). */
function staticClosure(file: string): string[] {
  const seen = new Set<string>();
  const todo = [file];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const i of outputs[f]!.imports) if (i.kind === 'import-statement' && !i.external) todo.push(i.path);
  }
  return [...seen];
}
const inputsOf = (files: string[]) => files.flatMap((f) => Object.keys(outputs[f]!.inputs));

describe('the shipped bundle (npm test builds it first)', () => {
  it('holds every module once: no source file or library file is copied into two output files', () => {
    const where = new Map<string, string[]>();
    for (const [file, o] of Object.entries(outputs))
      for (const input of Object.keys(o.inputs)) where.set(input, [...(where.get(input) ?? []), file]);
    const twice = [...where].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
    // the error classes that main.js checks with instanceof, in particular
    expect(where.get('dist/diagnostics/index.js')).toHaveLength(1);
  });

  it('a validate run loads main.js and at most two chunks, with no renderer, wizard, browser or yaml code', () => {
    const files = staticClosure(out('main.js'));
    expect(files.length).toBeLessThanOrEqual(3);
    const inputs = inputsOf(files);
    expect(inputs).toContain('dist/cli/commands/validate.js');
    for (const heavy of [
      /^node_modules\/handlebars\//,
      /^node_modules\/markdown-it\//,
      /^node_modules\/sanitize-html\//,
      /^node_modules\/@inquirer\//,
      /^node_modules\/pdf-lib\//,
      /^node_modules\/docx\//,
      /^node_modules\/exceljs\//,
      // the `yaml` package (positions of problems) is read only for a file that has problems
      /^node_modules\/yaml\//,
      /^dist\/(render|wizard|synthesis|export|import)\//,
    ])
      expect(
        inputs.filter((i) => heavy.test(i)),
        String(heavy),
      ).toEqual([]);
  });

  it('every command but validate is a file of its own, loaded by a dynamic import, and the worker and lib-yaml.js exist', () => {
    const mainCode = staticClosure(out('main.js'));
    const dynamic = mainCode.flatMap((f) => outputs[f]!.imports.filter((i) => i.kind === 'dynamic-import'));
    for (const cmd of ['wizard', 'render', 'import', 'diff', 'preview', 'synthesize', 'schema', 'reference', 'doctor'])
      expect(
        dynamic.map((i) => i.path),
        cmd,
      ).toContain(out(`cmd-${cmd}.js`));
    for (const f of ['worker.js', 'lib-yaml.js']) expect(statSync(join(root, 'dist/bundle', f)).isFile(), f).toBe(true);
    expect(inputsOf(staticClosure(out('lib-yaml.js'))).some((i) => i.startsWith('node_modules/yaml/'))).toBe(true);
  });

  it('needs no package at run time: puppeteer-core is bundled; what it leaves out is never loaded when rendering', () => {
    const isPackage = (i: Output['imports'][number]) =>
      i.external === true && !i.path.startsWith('node:') && !builtinModules.includes(i.path);
    const external = new Set<string>();
    for (const o of Object.values(outputs)) for (const i of o.imports) if (isPackage(i)) external.add(i.path);
    // puppeteer's browser downloader (its launch and `channel` code; launch.ts spawns the browser
    // itself) and ws's optional native speed-ups
    expect([...external].sort()).toEqual(['@puppeteer/browsers', 'bufferutil', 'utf-8-validate']);
    // what loading puppeteer's browser-side entry loads holds them only behind a dynamic import
    const entry = Object.keys(outputs).find((f) => /\/puppeteer-core-browser-[^/]*\.js$/.test(f));
    expect(entry).toBeDefined();
    for (const f of staticClosure(entry!))
      for (const i of outputs[f]!.imports) if (isPackage(i)) expect(i.kind, `${f}: ${i.path}`).toBe('dynamic-import');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('a UserError thrown in a lazily loaded command is caught by main as a UserError: exit 2, its message, no stack trace', () => {
    // thrown by code in cmd-diff's chunk, checked with a plain instanceof in main's
    const r = run(['diff', 'examples/full-en.gcm.yaml', 'examples/draft-fr.gcm.yaml', '--lang', 'x1']);
    expect(r.code, r.err).toBe(2);
    // not reported as an internal error (which also exits 2): main recognised the class
    expect(r.err).toMatch(/^gcm-review: --lang: “x1” is not a language code\.\nExamples: en, fr, es, ar\.\n$/);
    expect(r.err).not.toMatch(/internal error|\n\s+at /);
  });
});
