// Build: TypeScript → dist/, the JSON Schema → schemas/, and the schema validator compiled ahead
// of time (ajv standalone code) → generated/compiled-validator.cjs (beside dist/ and src/, so both
// the built code and the tests load it by the same relative path), so `validate` never
// compiles the schema at run time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

const { createAjv } = await import(join(root, 'dist/validate/ajv.js'));
const standaloneCode = require('ajv/dist/standalone').default;
const ajv = createAjv({ code: { source: true, optimize: true }, inlineRefs: false });
const validate = ajv.compile(buildSchema());
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

// The CLI as shipped, bundled by esbuild (module resolution dominates a short run):
// - dist/bundle/main.js: the command router with `validate` and everything it needs, in ONE file,
//   so a one-file check loads a single module (about 15 ms less than ~40 files or ~15 chunks);
// - dist/bundle/cmd-<name>.js (+ shared chunks): every other command, loaded only when run;
// - dist/bundle/worker.js: the validation worker thread.
// puppeteer-core stays in node_modules, loaded only by `render`. bin/gcm-review.js runs the bundle;
// the tests exercise both src/ (vitest) and the bundle (the built binary).
// start clean: chunk names change with their content, and old ones must not ship
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
// every command module but validate's (which main.js carries), so a new command needs no edit here
const LAZY_COMMANDS = readdirSync(join(root, 'dist/cli/commands'))
  .filter((f) => f.endsWith('.js') && f !== 'validate.js')
  .map((f) => f.slice(0, -3));
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  external: ['puppeteer-core'],
  // smaller source compiles faster at start-up; names are kept for readable internal-error traces
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  // bundled CommonJS packages call require(): give the bundle one
  banner: { js: "import { createRequire as __gcmCreateRequire } from 'node:module'; const require = __gcmCreateRequire(import.meta.url);" },
  logLevel: 'warning',
};
/** In main.js, `import('./commands/render.js')` loads the separately bundled cmd-render.js. */
const lazyCommands = {
  name: 'lazy-commands',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[a-z]+\.js$/ }, (args) => {
      const name = /([a-z]+)\.js$/.exec(args.path)[1];
      return LAZY_COMMANDS.includes(name) ? { path: `./cmd-${name}.js`, external: true } : undefined;
    });
  },
};
try {
  // tinyglobby (folders and globs) is imported lazily: left in node_modules, it costs a one-file run nothing
  await esbuild.build({
    ...common,
    entryPoints: { main: 'dist/cli/main.js' },
    external: [...common.external, 'tinyglobby'],
    plugins: [lazyCommands],
  });
  await esbuild.build({ ...common, entryPoints: { worker: 'dist/validate/worker.js' } });
  await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(LAZY_COMMANDS.map((n) => [`cmd-${n}`, `dist/cli/commands/${n}.js`])),
    splitting: true,
  });
} catch {
  console.error('build: bundling failed (errors above)');
  process.exit(1);
}
