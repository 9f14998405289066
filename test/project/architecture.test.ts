// The module map holds: imports point down the layers (cli → command domains → model → foundations →
// diagnostics), the CLI layer is the only one that talks to the terminal, and only the renderer drives
// the browser. Read from the sources' import statements.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = join(import.meta.dirname, '../../src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const imports = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2]!);

describe('architecture', () => {
  const all = files(src).map((f) => ({ file: relative(src, f), imports: imports(f) }));

  it('nothing below src/cli imports commander, chalk or @inquirer/prompts', () => {
    const offenders = all
      .filter((f) => !f.file.startsWith('cli/'))
      .filter((f) => f.imports.some((i) => /^(commander|chalk|@inquirer\/)/.test(i)));
    expect(offenders).toEqual([]);
  });

  it('only src/render imports puppeteer-core', () => {
    const offenders = all.filter(
      (f) => !f.file.startsWith('render/') && f.imports.some((i) => i.startsWith('puppeteer')),
    );
    expect(offenders).toEqual([]);
  });

  it('src/diagnostics and src/reference import only modules of their own folder', () => {
    for (const f of all.filter((x) => x.file.startsWith('diagnostics/') || x.file.startsWith('reference/')))
      for (const i of f.imports) expect(i, f.file).toMatch(/^\.\/[a-z-]+\.js$/);
  });

  it('reporters know only diagnostics and the message catalogs (data, for the words of the text format)', () => {
    for (const f of all.filter((x) => x.file.startsWith('reporters/')))
      for (const i of f.imports)
        expect(i, f.file).toMatch(/^(\.\/|\.\.\/diagnostics\/|\.\.\/i18n\/(catalog|validate\/index)\.js$|node:)/);
  });
});

// ---- import direction between folders ---------------------------------------------------------------
// cli → command domains → model → foundations → diagnostics. A folder may import from a lower layer,
// or from another folder of its own layer as long as the folders' graph stays free of cycles.
const LAYERS: readonly (readonly string[])[] = [
  ['diagnostics'],
  // reporters format diagnostics and know nothing else (see above)
  ['load', 'reference', 'i18n', 'schema', 'io', 'reporters'],
  ['model'],
  ['validate', 'render', 'synthesis', 'export', 'import', 'wizard', 'diff', 'preview'],
  ['cli'],
];
/** Upward imports allowed on purpose, as "from-folder -> to-folder": reason. Keep it empty if you can. */
const ALLOWED_UPWARD: Record<string, string> = {};

const layerOf = (folder: string) => LAYERS.findIndex((l) => l.includes(folder));
const folderOf = (fileUnderSrc: string) => fileUnderSrc.split('/')[0]!;

interface Edge {
  file: string;
  spec: string;
  from: string;
  to: string;
}

/** Imports of one folder by another, from relative import specifiers (files relative to src/). */
function folderEdges(list: { file: string; imports: string[] }[]): Edge[] {
  return list.flatMap(({ file, imports: specs }) =>
    specs
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({
        file,
        spec,
        from: folderOf(file),
        to: folderOf(relative(src, resolve(src, dirname(file), spec))),
      }))
      .filter((e) => e.from !== e.to),
  );
}

/** Imports that point up the layers (or out of src/), with where they are. */
function upward(edges: Edge[]): string[] {
  return edges
    .filter((e) => layerOf(e.to) === -1 || layerOf(e.to) > layerOf(e.from))
    .filter((e) => !(`${e.from} -> ${e.to}` in ALLOWED_UPWARD))
    .map((e) => `${e.file} imports ${e.spec} (${e.from} → ${e.to})`);
}

/** A cycle among folders, as a path (empty when there is none). */
function folderCycle(edges: Edge[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] => {
    if (state.get(n) === 'done') return [];
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of next.get(n) ?? []) {
      const c = visit(m);
      if (c.length) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return [];
  };
  for (const n of next.keys()) {
    const c = visit(n);
    if (c.length) return c;
  }
  return [];
}

describe('import direction between folders (from the import statements of src/**/*.ts)', () => {
  const all = files(src).map((f) => ({ file: relative(src, f), imports: imports(f) }));
  const edges = folderEdges(all);

  it('every folder of src/ has a layer', () => {
    const folders = [...new Set(all.map((f) => folderOf(f.file)))].filter((f) => !f.endsWith('.ts'));
    expect(folders.filter((f) => layerOf(f) === -1)).toEqual([]);
  });

  it('the import graph is read: cli imports the command domains, and they import the model', () => {
    const pairs = new Set(edges.map((e) => `${e.from} -> ${e.to}`));
    for (const p of ['cli -> validate', 'cli -> render', 'render -> model', 'model -> reference', 'validate -> load'])
      expect(pairs, p).toContain(p);
  });

  it('no folder imports from a layer above its own (cli → domains → model → load/reference/i18n/schema/io → diagnostics)', () => {
    expect(upward(edges)).toEqual([]);
  });

  it('imports within a layer make no cycle between folders', () => {
    expect(folderCycle(edges)).toEqual([]);
  });

  it('an upward import or a cycle would be caught (the check itself, on made-up imports)', () => {
    const made = folderEdges([
      { file: 'render/html.ts', imports: ['../cli/version.js'] },
      { file: 'model/index.ts', imports: ['../validate/readiness.js'] },
      { file: 'cli/main.ts', imports: ['../render/index.js', 'node:fs', 'yaml'] },
    ]);
    expect(upward(made)).toEqual([
      'render/html.ts imports ../cli/version.js (render → cli)',
      'model/index.ts imports ../validate/readiness.js (model → validate)',
    ]);
    const lateral = folderEdges([
      { file: 'render/index.ts', imports: ['../synthesis/index.js', '../model/index.js'] },
      { file: 'synthesis/index.ts', imports: ['../render/index.js'] },
    ]);
    expect(upward(lateral)).toEqual([]);
    expect(folderCycle(lateral)).toEqual(['render', 'synthesis', 'render']);
  });
});

// The shipped bundle's layout is checked in bundle.test.ts.
