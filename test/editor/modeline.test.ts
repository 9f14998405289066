// The modeline `init` and `edit` write (# yaml-language-server: $schema=./gcm-review.schema.json)
// and the schema copy it points at: read and rewritten like the language server reads it, loaded by
// the real language server with no network, and checked by `gcm-review doctor FILE`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SCHEMA_ID, schemaText } from '../../src/schema/generate.js';
import {
  LOCAL_SCHEMA_FILE,
  LOCAL_SCHEMA_REF,
  ensureLocalSchema,
  inspectSchemaFile,
  readModeline,
  resolveModeline,
  withModeline,
} from '../../src/schema/modeline.js';
import { ReviewStore } from '../../src/wizard/store.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';
import { checkText } from '../../src/validate/index.js';
import { YamlLanguageServer, hoverText, positionOf, yamlSettings } from '../support/lsp.js';
import { bin, root, run } from '../ecosystem/helpers.js';
import { terminal } from '../support/tmux.js';

const OLD = `# yaml-language-server: $schema=${SCHEMA_ID}`;
const LOCAL = `# yaml-language-server: $schema=${LOCAL_SCHEMA_REF}`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-modeline-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let k = 0;
const sub = () => {
  const d = join(dir, `case-${++k}`);
  mkdirSync(d);
  return d;
};

describe('reading and writing the modeline as the language server reads it', () => {
  test('found among the comments that open the file, with its line', () => {
    expect(readModeline(`${LOCAL}\n${MINIMAL_REVIEW}`)).toEqual({ ref: LOCAL_SCHEMA_REF, line: 1 });
    expect(readModeline(`# A review\n#\n# yaml-language-server: $schema=x.json\nformat_version: 1\n`)).toEqual({
      ref: 'x.json',
      line: 3,
    });
    expect(readModeline(`\uFEFF# $schema: ../s.json\r\nformat_version: 1\r\n`)).toEqual({ ref: '../s.json', line: 1 });
  });

  test('not found after the first content line, nor in a comment that is no modeline', () => {
    expect(readModeline(`format_version: 1\n${LOCAL}\n`)).toBeUndefined();
    expect(readModeline(`# see $schema=x.json\nformat_version: 1\n`)).toBeUndefined();
    expect(readModeline(MINIMAL_REVIEW)).toBeUndefined();
  });

  test('rewriting changes only the reference, and keeps BOM and CRLF', () => {
    const crlf = `\uFEFF# Title\r\n${OLD}  # keep me\r\nformat_version: 1\r\n`;
    expect(withModeline(crlf, LOCAL_SCHEMA_REF)).toBe(`\uFEFF# Title\r\n${LOCAL}  # keep me\r\nformat_version: 1\r\n`);
    expect(withModeline(MINIMAL_REVIEW, LOCAL_SCHEMA_REF)).toBe(`${LOCAL}\n${MINIMAL_REVIEW}`);
  });

  test('a path is resolved against the folder of the review; web addresses and "none" are told apart', () => {
    expect(resolveModeline('./gcm-review.schema.json', '/r/a/x.gcm.yaml')).toEqual({
      kind: 'file',
      path: '/r/a/gcm-review.schema.json',
    });
    expect(resolveModeline('../schemas/s.json#frag', '/r/a/x.gcm.yaml')).toEqual({
      kind: 'file',
      path: '/r/schemas/s.json',
    });
    expect(resolveModeline('file:///opt/s.json', '/r/x.gcm.yaml')).toEqual({ kind: 'file', path: '/opt/s.json' });
    expect(resolveModeline(SCHEMA_ID, '/r/x.gcm.yaml')).toEqual({ kind: 'web', url: SCHEMA_ID });
    expect(resolveModeline('none', '/r/x.gcm.yaml')).toEqual({ kind: 'off' });
    expect(resolveModeline(undefined, '/r/x.gcm.yaml')).toEqual({ kind: 'none' });
  });

  test('the copy beside the reviews: written, kept current, refreshed when older, never over a foreign file', async () => {
    const d = sub();
    const p = join(d, LOCAL_SCHEMA_FILE);
    expect(await ensureLocalSchema(d)).toBe('written');
    expect(readFileSync(p, 'utf8')).toBe(schemaText());
    expect(await ensureLocalSchema(d)).toBe('current');
    writeFileSync(p, JSON.stringify({ $id: SCHEMA_ID, version: '0.9.0' }));
    expect(await inspectSchemaFile(p)).toEqual({ state: 'outdated', version: '0.9.0' });
    expect(await ensureLocalSchema(d)).toBe('refreshed');
    expect(readFileSync(p, 'utf8')).toBe(schemaText());
    writeFileSync(p, '{"title": "someone else\'s schema"}');
    expect(await ensureLocalSchema(d)).toBe('kept');
    expect(readFileSync(p, 'utf8')).toBe('{"title": "someone else\'s schema"}');
  });

  test('the wizard store rewrites the modeline and nothing else', async () => {
    const d = sub();
    const f = join(d, 'r.gcm.yaml');
    const before = `${OLD}\n# my notes\n${MINIMAL_REVIEW}`;
    writeFileSync(f, before);
    const store = await ReviewStore.open(f);
    await store.setSchemaModeline(LOCAL_SCHEMA_REF);
    expect(readFileSync(f, 'utf8')).toBe(before.replace(OLD, LOCAL));
    expect(store.review).toEqual((await ReviewStore.open(f)).review);
  });
});

// ---- the real language server, with no network ---------------------------------------------------

describe('the local modeline in yaml-language-server, offline', () => {
  let server: YamlLanguageServer;
  beforeAll(async () => {
    // no schema settings at all: only the file's first line tells the server about the schema.
    // Web requests go to a dead proxy, so anything needing the network fails at once.
    server = await YamlLanguageServer.start(yamlSettings({}), dir);
  });
  afterAll(async () => server?.stop());

  test('the modeline init writes loads the schema copy: no diagnostics, hover works, mistakes are flagged', async () => {
    const d = sub();
    await ensureLocalSchema(d);
    const text = `${LOCAL}\n${MINIMAL_REVIEW}`;
    const uri = pathToFileURL(join(d, 'r.gcm.yaml')).href;
    expect(await server.open(uri, text)).toEqual([]);
    expect(hoverText(await server.hover(uri, positionOf(text, 'cycle', 1)))).toContain('#### Review cycle');
    const wrong = text.replace('status: draft', 'status: drafft');
    const ds = await server.open(uri, wrong);
    expect(ds.map((x) => x.range.start.line + 1)).toEqual([positionOf(wrong, 'drafft').line + 1]);
  });

  test('for comparison: the old modeline (the unserved $id) checks nothing and says it cannot load the schema', async () => {
    const text = `${OLD}\n${MINIMAL_REVIEW}`.replace('status: draft', 'status: drafft');
    const ds = await server.open(pathToFileURL(join(sub(), 'r.gcm.yaml')).href, text);
    expect(ds.map((x) => x.message).join('\n')).toMatch(/Unable to load schema/);
    expect(ds.some((x) => x.message.includes('drafft') || x.message.includes('Valid values'))).toBe(false);
  });

  test('a modeline whose copy is missing: the server reports it (doctor catches it first, see below)', async () => {
    const text = `${LOCAL}\n${MINIMAL_REVIEW}`;
    const ds = await server.open(pathToFileURL(join(sub(), 'r.gcm.yaml')).href, text);
    expect(ds.length).toBeGreaterThan(0);
  });
});

// ---- init and edit in a real terminal --------------------------------------------------------------

describe('init and edit write a modeline that resolves (real binary in tmux)', () => {
  const SOCKET = `gcm-review-modeline-${process.pid}`;
  // the shared tmux helpers (test/support/tmux.ts): waits on the screen with a deadline
  const term = terminal(SOCKET);
  const { tmux, screen } = term;
  const waitFor = (s: string, needle: string): Promise<void> => term.waitFor(s, needle);
  const ENV = 'env -u EDITOR -u VISUAL -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 NO_COLOR=1';
  const start = (name: string, args: string) =>
    tmux(
      'new-session',
      '-d',
      '-s',
      name,
      '-x',
      '160',
      '-y',
      '50',
      `cd ${root} && ${ENV} node ${bin} ${args}; echo EXIT=$?; sleep 60`,
    );

  beforeAll(() => {
    expect(spawnSync('tmux', ['-V']).status, 'tmux is needed (scripts/setup installs it)').toBe(0);
  });
  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // already gone
    }
  });

  test('init: the new file names ./gcm-review.schema.json, which is written beside it and loads offline', async () => {
    const d = sub();
    const f = join(d, 'new.gcm.yaml');
    start('init', `init ${f}`);
    await waitFor('init', '? Who submits this review?');
    tmux('send-keys', '-t', 'init', 'Enter');
    await waitFor('init', '? Country');
    tmux('send-keys', '-t', 'init', '-l', 'Senegal');
    await waitFor('init', 'Senegal (SEN)');
    tmux('send-keys', '-t', 'init', 'Enter');
    await waitFor('init', '? Which review is this for?');
    tmux('send-keys', '-t', 'init', 'C-c');
    await waitFor('init', 'EXIT=');
    expect(screen('init')).toContain(`For editors: ${LOCAL_SCHEMA_FILE}`);
    const text = readFileSync(f, 'utf8');
    expect(text.split('\n')[0]).toBe(LOCAL);
    expect(readFileSync(join(d, LOCAL_SCHEMA_FILE), 'utf8')).toBe(schemaText());
    // the language server, offline, with no settings: loads the schema through the modeline and
    // says what validate says of this unfinished file (fields still missing), nothing more
    const server = await YamlLanguageServer.start(yamlSettings({}), d);
    try {
      const uri = pathToFileURL(f).href;
      const ds = await server.open(uri, text);
      expect(ds.map((x) => x.message).join('\n')).not.toMatch(/Unable to load/);
      const missing = checkText(f, text).diagnostics.filter((x) => x.code === 'required');
      expect(missing.length).toBeGreaterThan(0);
      expect(ds.map((x) => x.message).sort()).toEqual(
        missing.map((x) => `Missing property "${/“(\w+)”/.exec(x.message)![1]}".`).sort(),
      );
      expect(hoverText(await server.hover(uri, positionOf(text, 'submitter', 1)))).toContain('#### Submitter');
    } finally {
      await server.stop();
    }
    const doc = run(['doctor', f]);
    expect(doc.code, doc.out + doc.err).toBe(0);
  });

  test('init stopped before anything is saved leaves no schema copy behind', async () => {
    const d = sub();
    start('init0', `init ${join(d, 'never.gcm.yaml')}`);
    await waitFor('init0', '? Who submits this review?');
    tmux('send-keys', '-t', 'init0', 'C-c');
    await waitFor('init0', 'EXIT=');
    expect(existsSync(join(d, 'never.gcm.yaml'))).toBe(false);
    expect(existsSync(join(d, LOCAL_SCHEMA_FILE))).toBe(false);
  });

  test('edit: a file whose modeline names the unserved $id is moved to the local copy, which is written', async () => {
    const d = sub();
    const f = join(d, 'old.gcm.yaml');
    writeFileSync(f, `${OLD}\n${MINIMAL_REVIEW}`);
    expect(run(['doctor', f]).code).toBe(1);
    start('edit', `edit ${f}`);
    await waitFor('edit', '? What do you want to work on?');
    expect(screen('edit')).toContain(`now points at ${LOCAL_SCHEMA_REF}`);
    tmux('send-keys', '-t', 'edit', 'C-c');
    await waitFor('edit', 'EXIT=');
    expect(readFileSync(f, 'utf8')).toBe(`${LOCAL}\n${MINIMAL_REVIEW}`);
    expect(readFileSync(join(d, LOCAL_SCHEMA_FILE), 'utf8')).toBe(schemaText());
    expect(run(['doctor', f]).code).toBe(0);
  });

  test('edit keeps a modeline the user pointed elsewhere', async () => {
    const d = sub();
    const f = join(d, 'mine.gcm.yaml');
    const text = `# yaml-language-server: $schema=../shared/gcm.json\n${MINIMAL_REVIEW}`;
    writeFileSync(f, text);
    start('edit2', `edit ${f}`);
    await waitFor('edit2', '? What do you want to work on?');
    tmux('send-keys', '-t', 'edit2', 'C-c');
    await waitFor('edit2', 'EXIT=');
    expect(readFileSync(f, 'utf8')).toBe(text);
    expect(existsSync(join(d, LOCAL_SCHEMA_FILE))).toBe(false);
  });
});

describe('init --from (no terminal: it writes the next review and stops)', () => {
  test('a previous review naming the unserved $id gives a new review naming the copy, written beside it', () => {
    const d = sub();
    const old = join(d, 'old.gcm.yaml');
    writeFileSync(old, `${OLD}\n${MINIMAL_REVIEW}`);
    const r = run(['init', '--from', old, join(d, 'new.gcm.yaml')]);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(d, 'new.gcm.yaml'), 'utf8').split('\n')[0]).toBe(LOCAL);
    expect(readFileSync(join(d, LOCAL_SCHEMA_FILE), 'utf8')).toBe(schemaText());
    expect(run(['doctor', join(d, 'new.gcm.yaml')]).code).toBe(0);
  });
});

// ---- doctor FILE -------------------------------------------------------------------------------------

describe('gcm-review doctor FILE', () => {
  test('the examples: their modeline resolves to the schema in this package (exit 0)', () => {
    const r = run(['doctor', 'examples/full-en.gcm.yaml', 'examples/review-ar.gcm.yaml']);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(
      /✓ examples\/full-en\.gcm\.yaml: editors load the schema from\s+\.\.\/schemas\/gcm-review\.schema\.json/,
    );
    expect(r.out).toContain('Editors can load the schema of every file checked.');
  });

  test('each way a modeline can fail is named, with the command that fixes it (exit 1)', () => {
    const d = sub();
    writeFileSync(join(d, 'missing.gcm.yaml'), `${LOCAL}\n${MINIMAL_REVIEW}`);
    writeFileSync(join(d, 'old.gcm.yaml'), `${OLD}\n${MINIMAL_REVIEW}`);
    writeFileSync(join(d, 'none.gcm.yaml'), MINIMAL_REVIEW);
    writeFileSync(join(d, 'other.gcm.yaml'), `# yaml-language-server: $schema=notes.txt\n${MINIMAL_REVIEW}`);
    writeFileSync(join(d, 'notes.txt'), 'secret text that must not be shown');
    const r = run(['doctor', ...['missing', 'old', 'none', 'other'].map((n) => join(d, `${n}.gcm.yaml`))]);
    expect(r.code).toBe(1);
    const flat = r.out.replace(/\s+/g, ' '); // lines are wrapped to the terminal
    expect(flat).toContain(
      `✗ ${d}/missing.gcm.yaml: line 1 names ./gcm-review.schema.json (${d}/gcm-review.schema.json), which does not exist`,
    );
    expect(flat).toContain(`To write it: gcm-review schema --out ${join(d, LOCAL_SCHEMA_FILE)}`);
    expect(flat).toContain(`✗ ${d}/old.gcm.yaml: line 1 names ${SCHEMA_ID}, which does not serve the schema yet`);
    expect(flat).toContain(`Run "gcm-review edit ${d}/old.gcm.yaml"`);
    expect(flat).toContain(`! ${d}/none.gcm.yaml: no "# yaml-language-server: $schema=" first line`);
    expect(flat).toContain(
      `✗ ${d}/other.gcm.yaml: line 1 names notes.txt (${d}/notes.txt), which is not the gcm-review schema`,
    );
    expect(flat).toContain(`# yaml-language-server: $schema=./gcm-review.schema.json`);
    expect(r.out + r.err).not.toContain('secret');
  });

  test('--json: one check per file, with the modeline and where it leads', () => {
    const d = sub();
    const f = join(d, 'r.gcm.yaml');
    writeFileSync(f, `${LOCAL}\n${MINIMAL_REVIEW}`);
    writeFileSync(join(d, LOCAL_SCHEMA_FILE), schemaText());
    const r = run(['doctor', '--json', f]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { ok: boolean; checks: { id: string; status: string; data: unknown }[] };
    expect(report.ok).toBe(true);
    expect(report.checks).toEqual([
      expect.objectContaining({
        id: 'editor-schema',
        status: 'pass',
        data: { file: f, modeline: LOCAL_SCHEMA_REF, line: 1, path: join(d, LOCAL_SCHEMA_FILE) },
      }),
    ]);
  });

  test('a modeline that leads to a special file or a folder is refused without reading it', () => {
    const d = sub();
    const f = join(d, 'r.gcm.yaml');
    writeFileSync(f, `# yaml-language-server: $schema=/dev/zero\n${MINIMAL_REVIEW}`);
    const r = run(['doctor', f, d], { timeout: 20_000 });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\/dev\/zero\).*is not a file/s);
    expect(r.out).toContain('This is a folder, not a review file.');
  });

  test('control characters in a modeline are shown escaped', () => {
    const d = sub();
    const f = join(d, 'r.gcm.yaml');
    writeFileSync(f, `# yaml-language-server: $schema=a\u001b[31mred.json\n${MINIMAL_REVIEW}`);
    const r = run(['doctor', f]);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('a\\u{1B}[31mred.json');
  });

  test('a review reached through a symlink is checked like the file itself', () => {
    const d = sub();
    writeFileSync(join(d, 'real.gcm.yaml'), `${LOCAL}\n${MINIMAL_REVIEW}`);
    writeFileSync(join(d, LOCAL_SCHEMA_FILE), schemaText());
    symlinkSync(join(d, 'real.gcm.yaml'), join(d, 'link.gcm.yaml'));
    expect(run(['doctor', join(d, 'link.gcm.yaml')]).code).toBe(0);
  });
});
