// The TypeScript types of a review (src/schema/types.ts, written by hand for readable names and
// docs) must say what the JSON Schema says: the schema from buildSchema() is turned into types by
// json-schema-to-typescript, and the compiler checks that each side is assignable to the other.
// A field added to, removed from, renamed or retyped in only one of them fails here.
//
// Two things are compared on purpose in a looser form, both checked by the validator instead:
// - the "x-" extension slot of every object (fields of the user's own, ignored by gcm-review);
// - codes from the reference data (cycles, regions, stakeholder categories, guiding principles,
//   support areas, objective numbers as keys), which the hand-written types keep as `string`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CYCLE_KEYS,
  OBJECTIVES,
  PRINCIPLE_KEYS,
  REGION_KEYS,
  STAKEHOLDER_KEYS,
  SUPPORT_AREA_VALUES,
} from '../../src/reference/index.js';
import { buildSchema } from '../../src/schema/generate.js';

const HAND = join(import.meta.dirname, '../../src/schema/types.ts');
const dir = mkdtempSync(join(tmpdir(), 'gcm-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CODE_LISTS = [
  PRINCIPLE_KEYS,
  [...STAKEHOLDER_KEYS, 'other'],
  REGION_KEYS,
  CYCLE_KEYS,
  SUPPORT_AREA_VALUES,
  OBJECTIVES.map((o) => String(o.number)),
].map((list) => [...list].sort().join(' '));
const isCodeList = (values: unknown) =>
  Array.isArray(values) && CODE_LISTS.includes(values.map(String).sort().join(' '));

/**
 * The schema as the hand-written types describe it: without the "x-" extension slot, with a list
 * of reference codes as a string, and an object keyed by reference codes as a map of strings.
 */
function asTypesSeeIt(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(asTypesSeeIt);
  if (!node || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  const keyedByCodes = !!n['properties'] && isCodeList(Object.keys(n['properties'] as object));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) {
    if (k === 'patternProperties') {
      const rest = Object.entries(v as object).filter(([p]) => p !== '^x-');
      if (rest.length && !keyedByCodes) out[k] = asTypesSeeIt(Object.fromEntries(rest));
    } else if (k === 'enum' && isCodeList(v)) out['type'] = 'string';
    else if (k === 'properties' && keyedByCodes)
      out['additionalProperties'] = asTypesSeeIt(Object.values(v as object)[0]);
    else if (k === 'required' && keyedByCodes) continue;
    else if (!(k === 'additionalProperties' && keyedByCodes)) out[k] = asTypesSeeIt(v);
  }
  return out;
}

/** Compiler errors of `code` (a module beside the generated types), as "line: message". */
function typeErrors(code: string): string[] {
  const file = join(dir, 'check.ts');
  writeFileSync(file, code);
  const program = ts.createProgram([file], {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}`
        : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** Generates types from `schema` and compares them with the hand-written ones: compiler errors. */
async function compare(fullSchema: Record<string, unknown>): Promise<{ generated: string; errors: string[] }> {
  // without its title and $id, the root type takes the name given here
  const { title: _title, $id: _id, ...schema } = asTypesSeeIt(fullSchema) as Record<string, unknown>;
  const generated = await compile(schema as Parameters<typeof compile>[0], 'Review', {
    bannerComment: '',
    additionalProperties: false,
    strictIndexSignatures: false,
    ignoreMinAndMaxItems: true,
    format: false,
  });
  writeFileSync(join(dir, 'from-schema.ts'), generated);
  // each top-level part on its own (one error each, so a mismatch is named), then the whole
  const part = (k: string, i: number) => {
    const key = JSON.stringify(k);
    return `declare const s${i}: FromSchema[${key}]; export const r${i}: Hand[${key}] = s${i};
declare const h${i}: Hand[${key}]; export const w${i}: FromSchema[${key}] = h${i};`;
  };
  const code = `import type { Review as FromSchema } from './from-schema.js';
import type { Review as Hand } from ${JSON.stringify(HAND.replace(/\.ts$/, '.js'))};
${Object.keys(schema['properties'] as object)
  .map(part)
  .join('\n')}
declare const fromSchema: FromSchema;
declare const hand: Hand;
/** every file the schema accepts fits the hand-written types */
export const readable: Hand = fromSchema;
/** every review the code builds (wizard, import) is one the schema accepts */
export const writable: FromSchema = hand;
/** the same fields everywhere, optional ones too (assignability alone lets an optional field pass) */
type Paths<T, P extends string = ''> = T extends string | number | boolean | null | undefined
  ? never
  : T extends readonly (infer E)[]
    ? Paths<E, \`\${P}[]\`>
    : { [K in keyof T & string]-?: \`\${P}.\${K}\` | Paths<NonNullable<T[K]>, \`\${P}.\${K}\`> }[keyof T & string];
declare const onlyInSchema: Exclude<Paths<FromSchema>, Paths<Hand>>;
export const noFieldOnlyInTheSchema: never = onlyInSchema;
declare const onlyInTypes: Exclude<Paths<Hand>, Paths<FromSchema>>;
export const noFieldOnlyInTheTypes: never = onlyInTypes;
`;
  return { generated, errors: typeErrors(code) };
}

describe('review types and the schema', () => {
  it('the hand-written Review and the one json-schema-to-typescript makes from buildSchema() have the same fields and are assignable to each other', async () => {
    const { generated, errors } = await compare(buildSchema());
    expect(generated).toMatch(/export (interface|type) Review\b/);
    expect(generated).toContain('format_version');
    expect(errors).toEqual([]);
  });

  it('a field added to the schema only, or removed from it only, fails the comparison and is named', async () => {
    type Obj = Record<string, Record<string, unknown>>;
    const changed = buildSchema() as Obj;
    const metadata = (changed['properties']!['metadata'] as Obj)['properties']!;
    metadata['reviewed_by'] = { type: 'string' };
    delete changed['properties']!['executive_summary'];
    const errors = (await compare(changed)).errors.join('\n');
    expect(errors).toContain('.metadata.reviewed_by');
    expect(errors).toContain('executive_summary');
  });
});
