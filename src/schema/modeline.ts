// The first-line comment that tells editors which schema a review follows:
//
//   # yaml-language-server: $schema=./gcm-review.schema.json
//
// The schema's $id (https://gcm-review.github.io/schema/v1/…) is not served yet, and an editor
// that cannot load the schema checks nothing at all. So `init` and `edit` point the comment at a
// copy of the schema written next to the review (LOCAL_SCHEMA_FILE), referenced relatively: it
// loads with no network, and keeps working when the folder is moved or shared. The copy is the
// same text `gcm-review schema --out` writes.
//
// Resolution follows the Red Hat YAML language server (yaml-language-server 1.25,
// modelineUtil.ts and yamlSchemaService.resolveSchemaRef): a reference that starts with neither
// "file:" nor "http" is a path, relative to the folder of the review.
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../io/atomic.js';
import { readReviewFile } from '../io/read.js';
import { SCHEMA_ID, schemaText } from './generate.js';

/**
 * Whether the schema is served at its $id. False until the maintainers turn on the publishing
 * workflow (docs/editor-support.md); `doctor FILE` then stops flagging modelines that name it.
 */
export const SCHEMA_ID_SERVED = false;

/** The file name of the schema copy beside the reviews. */
export const LOCAL_SCHEMA_FILE = 'gcm-review.schema.json';
/** What `init` and `edit` write after `$schema=`. */
export const LOCAL_SCHEMA_REF = `./${LOCAL_SCHEMA_FILE}`;

export function modelineComment(ref: string): string {
  return `# yaml-language-server: $schema=${ref}`;
}

export interface Modeline {
  /** What follows `$schema=`. */
  ref: string;
  /** 1-based line of the comment. */
  line: number;
}

// the language server's own tests: a header comment "# yaml-language-server: …" or "# $schema: …"
const IS_MODELINE = /^#\s+(?:yaml-language-server\s*:|\$schema:)/;
const SCHEMA_REF = /\$schema(?:=|:[^\S\r\n]*)(\S+)/;

/**
 * The modeline among the comments that open the file (before its first content line), as the
 * language server reads it; undefined when there is none.
 */
export function readModeline(text: string): Modeline | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (l === '' || l.startsWith('%') || l === '---') continue;
    if (!l.startsWith('#')) return undefined;
    if (!IS_MODELINE.test(l)) continue;
    const m = SCHEMA_REF.exec(l);
    if (m) return { ref: m[1]!, line: i + 1 };
  }
  return undefined;
}

/** The text with its modeline pointing at `ref` (added as the first line when there is none). */
export function withModeline(text: string, ref: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const found = readModeline(body);
  if (!found) return bom + modelineComment(ref) + eol + body;
  const lines = body.split(/(\r\n|\r|\n)/); // separators kept at odd indexes
  const idx = (found.line - 1) * 2;
  lines[idx] = lines[idx]!.replace(SCHEMA_REF, `$schema=${ref}`);
  return bom + lines.join('');
}

export type SchemaLocation =
  | { kind: 'none' }
  | { kind: 'off' }
  | { kind: 'file'; path: string }
  | { kind: 'web'; url: string }
  | { kind: 'other'; ref: string };

/** Where an editor looks for the schema a modeline names, for a review at `reviewFile`. */
export function resolveModeline(ref: string | undefined, reviewFile: string): SchemaLocation {
  if (ref === undefined) return { kind: 'none' };
  if (ref.trim().toLowerCase() === 'none') return { kind: 'off' };
  if (/^https?:/i.test(ref)) return { kind: 'web', url: ref };
  if (ref.startsWith('file:')) {
    try {
      return { kind: 'file', path: fileURLToPath(ref.split('#')[0]!) };
    } catch {
      return { kind: 'other', ref };
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return { kind: 'other', ref }; // the editor asks its host
  const path = ref.split('#')[0]!;
  return { kind: 'file', path: isAbsolute(path) ? path : resolve(dirname(resolve(reviewFile)), path) };
}

export type SchemaFileState =
  | { state: 'current' }
  | { state: 'outdated'; version?: string }
  | { state: 'missing' }
  | { state: 'not-a-file' }
  | { state: 'unreadable'; reason: string }
  | { state: 'not-our-schema' };

const MAX_SCHEMA_BYTES = 5 * 1024 * 1024;

/** What is at `path`: this version of the schema, an older one, something else, or nothing. Never echoes it. */
export async function inspectSchemaFile(path: string): Promise<SchemaFileState> {
  const r = await readReviewFile(path, { maxBytes: MAX_SCHEMA_BYTES });
  if ('problem' in r) {
    switch (r.problem.code) {
      case 'not-found':
        return { state: 'missing' };
      case 'is-directory':
      case 'not-a-file':
        return { state: 'not-a-file' };
      case 'too-large':
        return { state: 'not-our-schema' };
      default:
        return { state: 'unreadable', reason: r.problem.message };
    }
  }
  const text = r.bytes.toString('utf8');
  if (text === schemaText()) return { state: 'current' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: 'not-our-schema' };
  }
  const j = json as Record<string, unknown>;
  if (!json || typeof json !== 'object' || j['$id'] !== SCHEMA_ID) return { state: 'not-our-schema' };
  return { state: 'outdated', ...(typeof j['version'] === 'string' ? { version: j['version'] } : {}) };
}

/**
 * Writes (or refreshes) the schema copy in `dir` for editors. A file of that name that is not a
 * gcm-review schema is left alone.
 */
export async function ensureLocalSchema(dir: string): Promise<'written' | 'refreshed' | 'current' | 'kept'> {
  const path = join(dir, LOCAL_SCHEMA_FILE);
  const s = await inspectSchemaFile(path);
  if (s.state === 'current') return 'current';
  if (s.state === 'missing') {
    await writeFileAtomic(path, schemaText());
    return 'written';
  }
  if (s.state === 'outdated') {
    await writeFileAtomic(path, schemaText());
    return 'refreshed';
  }
  return 'kept';
}

/** A modeline that names the schema's $id, which serves nothing yet (files made by earlier versions of init). */
export function namesUnservedId(ref: string | undefined): boolean {
  return ref !== undefined && ref.split('#')[0] === SCHEMA_ID;
}
