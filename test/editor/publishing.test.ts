// Publishing the schema at its $id: the site the workflow would push, the workflow itself (off
// until the maintainers turn it on), and the SchemaStore entry kept ready.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { SCHEMA_FILE_MATCH, SCHEMA_ID } from '../../src/schema/generate.js';
import { SCHEMA_ID_SERVED } from '../../src/schema/modeline.js';

const ROOT = join(import.meta.dirname, '../..');
const SITE_PREFIX = 'https://gcm-review.github.io/schema/';

describe('the site that serves the schema at its $id', () => {
  test('scripts/schema-site.mjs puts the committed schema at the path of its $id, with an index page', () => {
    const out = mkdtempSync(join(tmpdir(), 'gcm-site-'));
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/schema-site.mjs'), out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(SCHEMA_ID.startsWith(SITE_PREFIX)).toBe(true);
      const served = readFileSync(join(out, SCHEMA_ID.slice(SITE_PREFIX.length)), 'utf8');
      expect(served).toBe(readFileSync(join(ROOT, 'schemas/gcm-review.schema.json'), 'utf8'));
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      expect(index).toContain(`href="v1/gcm-review.schema.json"`);
      expect(index).toContain('<html lang="en">');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('without an output folder it says how to call it (exit 2)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/schema-site.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/schema-site.mjs OUT_DIR');
  });
});

describe('.github/workflows/publish-schema.yml', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed workflow, checked field by field
  const wf = parse(readFileSync(join(ROOT, '.github/workflows/publish-schema.yml'), 'utf8')) as any;

  test('is off until the maintainers set PUBLISH_SCHEMA, and runs on releases or by hand', () => {
    expect(wf.jobs.publish.if).toBe("vars.PUBLISH_SCHEMA == 'true'");
    expect(Object.keys(wf.on).sort()).toEqual(['release', 'workflow_dispatch']);
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  test('builds, checks the committed schema, assembles the site and pushes it under schema/', () => {
    const steps = wf.jobs.publish.steps as { run?: string; uses?: string; with?: Record<string, unknown> }[];
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('git diff --exit-code schemas/gcm-review.schema.json');
    expect(runs).toContain('node scripts/schema-site.mjs _site');
    const push = steps.find((s) => s.uses?.startsWith('peaceiris/actions-gh-pages'));
    expect(push?.with).toMatchObject({
      external_repository: 'gcm-review/gcm-review.github.io',
      publish_dir: '_site',
      destination_dir: 'schema',
      keep_files: true,
    });
  });

  test('doctor still treats the $id as unserved (flip SCHEMA_ID_SERVED after the first publication)', () => {
    expect(SCHEMA_ID_SERVED).toBe(false);
  });
});

describe('docs/schemastore.md', () => {
  test('the catalog entry is ready: the $id and the file patterns of the schema', () => {
    const md = readFileSync(join(ROOT, 'docs/schemastore.md'), 'utf8');
    const m = /```json\n([\s\S]*?)```/.exec(md);
    expect(m).not.toBeNull();
    const entry = JSON.parse(m![1]!) as { url: string; fileMatch: string[]; name: string; description: string };
    expect(entry.url).toBe(SCHEMA_ID);
    expect(entry.fileMatch).toEqual(SCHEMA_FILE_MATCH);
    expect(entry.name).toMatch(/gcm-review/);
  });
});
