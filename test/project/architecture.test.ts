// The module map holds: the CLI layer is the only one that talks to the terminal, and only the
// renderer drives the browser. Read from the sources' import statements.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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

  it('src/diagnostics imports nothing, src/reference imports only itself', () => {
    for (const f of all.filter((x) => x.file.startsWith('diagnostics/'))) expect(f.imports).toEqual([]);
    for (const f of all.filter((x) => x.file.startsWith('reference/')))
      for (const i of f.imports) expect(i, f.file).toMatch(/^\.\/[a-z-]+\.js$/);
  });

  it('reporters know only diagnostics and the message catalogs (data, for the words of the text format)', () => {
    for (const f of all.filter((x) => x.file.startsWith('reporters/')))
      for (const i of f.imports)
        expect(i, f.file).toMatch(/^(\.\/|\.\.\/diagnostics\/|\.\.\/i18n\/(catalog|validate\/index)\.js$|node:)/);
  });
});

describe('the shipped bundle (npm test builds it first)', () => {
  const bundle = join(import.meta.dirname, '../../dist/bundle');
  it('keeps validate light: main.js holds no renderer, wizard or browser code, and loads the other commands lazily', () => {
    const main = readFileSync(join(bundle, 'main.js'), 'utf8');
    for (const heavy of ['Handlebars', 'MarkdownIt', 'sanitize-html', 'inquirer', 'puppeteer', 'PDFDocument'])
      expect(main, heavy).not.toContain(heavy);
    for (const cmd of ['wizard', 'render', 'synthesize', 'schema', 'reference', 'doctor', 'completion']) {
      expect(main).toContain(`cmd-${cmd}.js`);
      expect(statSync(join(bundle, `cmd-${cmd}.js`)).isFile()).toBe(true);
    }
    expect(statSync(join(bundle, 'worker.js')).isFile()).toBe(true);
  });
});
