// Build: TypeScript → dist/, the JSON Schema → schemas/, and the schema validator compiled ahead
// of time (ajv standalone code) → generated/compiled-validator.cjs (beside dist/ and src/, so both
// the built code and the tests load it by the same relative path), so `validate` never
// compiles the schema at run time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], {
    stdio: 'inherit',
  });
} catch {
  console.error('build: TypeScript compilation failed (errors above)');
  process.exit(1);
}

const { schemaText, buildSchema } = await import(join(root, 'dist/schema/generate.js'));
const schemaPath = join(root, 'schemas/gcm-review.schema.json');
mkdirSync(dirname(schemaPath), { recursive: true });
const text = schemaText();
let old = '';
try { old = readFileSync(schemaPath, 'utf8'); } catch { /* first build */ }
if (old !== text) writeFileSync(schemaPath, text);

const { createAjv, validationSchema } = await import(join(root, 'dist/validate/ajv.js'));
const standaloneCode = require('ajv/dist/standalone').default;
const ajv = createAjv({ code: { source: true, optimize: true }, inlineRefs: false });
// compiled without titles, descriptions and editor hints: the standalone code embeds its schema,
// and a cold `validate` compiles what it embeds (340 kB → about half)
const validate = ajv.compile(validationSchema(buildSchema()));
mkdirSync(join(root, 'generated'), { recursive: true });
// The standalone code requires a few ajv and ajv-formats runtime files: bundled into the one file,
// a cold `validate` loads one CommonJS module instead of six (about 5 ms).
const esbuild = await import('esbuild');
const rawValidator = join(root, 'generated/.compiled-validator.raw.cjs');
writeFileSync(rawValidator, standaloneCode(ajv, validate));
try {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [rawValidator],
    outfile: 'generated/compiled-validator.cjs',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    logLevel: 'warning',
  });
} finally {
  rmSync(rawValidator, { force: true });
}

// The CLI as shipped: ONE esbuild call with code splitting over the tsc output, into dist/bundle/:
// - main.js: the command router and `validate` (what a one-file check needs, in as few files as
//   esbuild's splitting allows);
// - cmd-<name>.js: every other command, an entry point of its own so its file name is stable, and
//   loaded only when run (main.js imports it dynamically);
// - worker.js: the validation worker thread (src/validate/pool.ts starts `./worker.js` beside it);
// - chunk-*.js and <library>-*.js: code shared by several of them, once. Every module exists once,
//   so a class is one class everywhere (plain `instanceof` works across commands).
// Libraries loaded on first use with `createRequire(import.meta.url)('name')` (yaml, chalk,
// fastest-levenshtein, i18n-iso-countries) are bundled too, still run only when first called.
// puppeteer-core is bundled too, from its browser-side entry (connect() and the DevTools protocol;
// launch.ts spawns Chromium itself), so the package needs nothing from node_modules at run time.
// The package ships this bundle, not the rest of dist/; bin/gcm-review.js falls back to
// dist/cli/main.js in a checkout whose bundle is missing.
// start clean: chunk names change with their content, and old ones must not ship
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
// every command module but validate's (which main.js carries), so a new command needs no edit here
const LAZY_COMMANDS = readdirSync(join(root, 'dist/cli/commands'))
  .filter((f) => f.endsWith('.js') && f !== 'validate.js')
  .map((f) => f.slice(0, -3));
/**
 * Two rewrites of the tsc output as esbuild reads it (the unbundled dist/ and the sources keep
 * their form):
 * 1. `createRequire(import.meta.url)('pkg')` (a library loaded on first use, synchronously)
 *    becomes a plain `require('pkg')`, which esbuild bundles in a wrapper run on first call: the
 *    bundle needs no node_modules for it, and a run that never calls it never runs it. A large one
 *    (LAZY_FILES: yaml, 170 kB, needed by `validate` only for a file with problems) gets a file of
 *    its own, lib-<name>.js, required from beside the caller, so a valid file never reads it.
 * 2. Few files for a short run. esbuild puts code in one chunk per set of entry points that reach
 *    it, and every dynamic import is an entry point; the commands share different parts of what
 *    main.js needs, which scattered main's code over ~15 chunks (each file costs start-up time).
 *    So main.js holds the validate command (as the separate bundles did: a require() that esbuild
 *    bundles in a wrapper, so `--version` or `render` does not run validate's modules), and every
 *    target of a dynamic import imports main.js (already loaded whenever they are): all of main's
 *    code is then reached by every entry point but the worker, and a `validate` run loads three
 *    files (main.js, the code of main alone, the code main shares with the worker).
 */
// chalk too: its `import tty from 'node:tty'` would otherwise load node:tty (~2.5 ms) with main's
// chunk, in every run, colours or not
const LAZY_FILES = { yaml: 'lib-yaml', chalk: 'lib-chalk' };
const MAIN = join(root, 'dist/cli/main.js');
const VALIDATE_IMPORT = "import('./commands/validate.js')";
const DYNAMIC_IMPORT = /\bimport\((['"])(\.\.?\/[^'"]+)\1\)/g;
const dynamicTargets = new Set();
for (const f of readdirSync(join(root, 'dist'), { recursive: true })) {
  if (!f.endsWith('.js') || f.startsWith('bundle')) continue;
  const file = join(root, 'dist', f);
  for (const m of readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)) dynamicTargets.add(join(dirname(file), m[2]));
}
dynamicTargets.delete(MAIN);
dynamicTargets.delete(join(root, 'dist/cli/commands/validate.js'));
/**
 * Small patches to bundled libraries, for start-up and speed only (behaviour unchanged). Each must
 * apply exactly once, or the build fails: a new version of the library is then looked at again.
 * - js-yaml, told that the text was already checked for the characters YAML forbids (the fast
 *   path passes TEXT_CHECKED, src/load/fast.ts, for text that prepareText let through), skips
 *   checking every piece of text it reads for them again (one regular expression a piece, ~8% of
 *   a parse). Without the option it checks as before.
 * - commander loads node:child_process (and with it net and dgram, ~3 ms) when it is loaded, for
 *   running a subcommand that is a program of its own, which gcm-review never does: loaded when
 *   first used instead.
 */
const LIBRARY_PATCHES = {
  'node_modules/js-yaml/dist/js-yaml.mjs': [
    [
      'this.listener = options["listener"] || null;',
      'this.listener = options["listener"] || null; this.gcmTextChecked = options["gcmTextChecked"] === true;',
    ],
    [
      '} else if (PATTERN_NON_PRINTABLE.test(_result)) {',
      '} else if (!state.gcmTextChecked && PATTERN_NON_PRINTABLE.test(_result)) {',
    ],
  ],
  'node_modules/commander/lib/command.js': [
    [
      "const childProcess = require('node:child_process');",
      "const childProcess = { get spawn() { return require('node:child_process').spawn; } };",
    ],
  ],
};
/** The library files patched in this build: each of LIBRARY_PATCHES must be, or the build fails. */
const patchedFiles = new Set();
const rewriteForBundle = {
  name: 'rewrite-for-bundle',
  setup(build) {
    // the tsc output only, not the packages' own dist/ folders
    const ours = new RegExp(`^${join(root, 'dist').replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[\\\\/].*\\.js$`);
    build.onLoad({ filter: ours }, async (args) => {
      let text = readFileSync(args.path, 'utf8');
      text = text.replace(/\bcreateRequire\(import\.meta\.url\)\((['"`])([^'"`$]+)\1\)/g, (_, q, name) =>
        LAZY_FILES[name]
          ? `createRequire(import.meta.url)('./${LAZY_FILES[name]}.js').default`
          : `require(${q}${name}${q})`,
      );
      if (args.path === MAIN) {
        if (!text.includes(VALIDATE_IMPORT)) throw new Error(`dist/cli/main.js no longer has ${VALIDATE_IMPORT}`);
        // require(): bundled in main's files, but its modules run only when the command is loaded
        text = text.replace(VALIDATE_IMPORT, "Promise.resolve().then(() => require('./commands/validate.js'))");
      } else if (dynamicTargets.has(args.path)) {
        text = `import ${JSON.stringify(relative(dirname(args.path), MAIN).replace(/^(?!\.)/, './'))};\n${text}`;
      }
      return { contents: text, loader: 'js', resolveDir: dirname(args.path) };
    });
    // the library patches (LIBRARY_PATCHES), wherever node_modules is (a checkout's copy may link it)
    const patched = new RegExp(
      `[\\\\/](${Object.keys(LIBRARY_PATCHES)
        .map((f) => f.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/\//g, '[\\\\/]'))
        .join('|')})$`,
    );
    build.onLoad({ filter: patched }, (args) => {
      const file = Object.keys(LIBRARY_PATCHES).find((f) => args.path.split(sep).join('/').endsWith(`/${f}`));
      let text = readFileSync(args.path, 'utf8');
      for (const [from, to] of LIBRARY_PATCHES[file]) {
        if (text.split(from).length !== 2) throw new Error(`build: ${file} no longer has ${JSON.stringify(from)}`);
        text = text.replace(from, to);
      }
      patchedFiles.add(file);
      return { contents: text, loader: 'js', resolveDir: dirname(args.path) };
    });
    // lib-<name>.js: the library as the default export (its namespace)
    build.onResolve({ filter: /^gcm-lib:/ }, (args) => ({ path: args.path.slice(8), namespace: 'gcm-lib' }));
    build.onLoad({ filter: /.*/, namespace: 'gcm-lib' }, (args) => ({
      contents: `import * as lib from ${JSON.stringify(args.path)};\nexport default lib;\n`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};
try {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      main: 'dist/cli/main.js',
      worker: 'dist/validate/worker.js',
      ...Object.fromEntries(LAZY_COMMANDS.map((n) => [`cmd-${n}`, `dist/cli/commands/${n}.js`])),
      ...Object.fromEntries(Object.entries(LAZY_FILES).map(([lib, file]) => [file, `gcm-lib:${lib}`])),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: 'dist/bundle',
    // puppeteer's browser downloader: reached only from its launch and `channel` code, which
    // gcm-review never runs (launch.ts spawns the system browser; connect() gets a transport)
    external: ['@puppeteer/browsers'],
    plugins: [rewriteForBundle],
    // smaller source compiles faster at start-up; names are kept for readable internal-error traces
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    // bundled CommonJS packages call require(): give every output file one
    banner: {
      js: "import { createRequire as __gcmCreateRequire } from 'node:module'; const require = __gcmCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
    metafile: true,
  });
  const unpatched = Object.keys(LIBRARY_PATCHES).filter((f) => !patchedFiles.has(f));
  if (unpatched.length) throw new Error(`build: not bundled from the files patched: ${unpatched.join(', ')}`);
  // what each output file holds and imports (beside the bundle, not shipped): the tests read it
  writeFileSync(join(root, 'dist/bundle-meta.json'), JSON.stringify(result.metafile));
} catch (err) {
  // esbuild has printed its own errors; others are printed here
  if (!Array.isArray(err?.errors)) console.error(String(err?.message ?? err));
  console.error('build: bundling failed (errors above)');
  process.exit(1);
}

// --- fonts (issue 15 §4): HarfBuzz's hb-subset as WebAssembly, beside the bundle -----------------
// src/render/fonts.ts subsets the HTML report's fonts with harfbuzzjs's harfbuzz-subset.wasm (a
// module without imports, instantiated on first use). esbuild does not bundle a .wasm file: it is
// copied into dist/bundle/, where fonts.ts looks first (the package ships the bundle only).
{
  const { copyFileSync } = await import('node:fs');
  copyFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'), join(root, 'dist/bundle/harfbuzz-subset.wasm'));
}
