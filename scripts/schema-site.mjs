// Assembles the folder GitHub Pages serves at https://gcm-review.github.io/schema/ so that the
// schema answers at its $id (…/schema/v1/gcm-review.schema.json). Used by
// .github/workflows/publish-schema.yml after `npm run build`; see docs/editor-support.md.
// Usage: node scripts/schema-site.mjs OUT_DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/schema-site.mjs OUT_DIR');
  process.exit(2);
}
const text = readFileSync(join(root, 'schemas/gcm-review.schema.json'), 'utf8');
const schema = JSON.parse(text);
const PREFIX = 'https://gcm-review.github.io/schema/';
if (!schema.$id?.startsWith(PREFIX)) {
  console.error(`schema-site: the $id ${schema.$id} is not under ${PREFIX}; update this script and the workflow`);
  process.exit(1);
}
const rel = schema.$id.slice(PREFIX.length); // v1/gcm-review.schema.json
mkdirSync(join(out, dirname(rel)), { recursive: true });
writeFileSync(join(out, rel), text);
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>gcm-review schema</title>
<h1>${esc(schema.title)}: JSON Schema</h1>
<p>${esc(schema.description)}</p>
<p>Version ${esc(schema.version)}: <a href="${esc(rel)}">${esc(schema.$id)}</a></p>
<p>Editors (VS Code with the YAML extension, JetBrains IDEs) use it for files named <code>*.gcm.yaml</code>.
Start a review file with</p>
<pre># yaml-language-server: $schema=${esc(schema.$id)}</pre>
<p>See <a href="https://github.com/gcm-review/gcm-review#editor-support">Editor support</a>.</p>
</html>
`,
);
console.log(`schema-site: wrote ${join(out, rel)} and ${join(out, 'index.html')}`);
