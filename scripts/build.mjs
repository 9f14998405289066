// Build: TypeScript → dist/, the JSON Schema → schemas/, and the schema validator compiled ahead
// of time (ajv standalone code) → generated/compiled-validator.cjs (beside dist/ and src/, so both
// the built code and the tests load it by the same relative path), so `validate` never
// compiles the schema at run time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
writeFileSync(join(root, 'generated/compiled-validator.cjs'), standaloneCode(ajv, validate));

// The CLI as shipped: one ES module bundle (plus lazily loaded chunks) instead of ~40 files, which
// cuts `validate`'s start-up by about 15 ms (module resolution dominates a short run). Heavy
// optional parts stay outside: puppeteer-core is loaded from node_modules only by `render`.
// bin/gcm-review.js runs dist/bundle/main.js; the tests exercise both src/ (vitest) and the bundle.
const esbuild = await import('esbuild');
// start clean: chunk names change with their content, and old ones must not ship
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
try {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'dist/cli/main.js', worker: 'dist/validate/worker.js' },
    bundle: true,
    splitting: true,
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
  });
} catch {
  console.error('build: bundling failed (errors above)');
  process.exit(1);
}
