// The key order `edit` writes comes from buildSchema() (src/schema/generate.ts), not from a list kept
// in the wizard: for every object the schema describes, a missing key is inserted at its schema place.
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/generate.js';
import { insertIndex, schemaKeyOrder, type Path } from '../../src/wizard/store.js';

type Node = Record<string, unknown>;
const schema = buildSchema() as Node;
const defs = schema['$defs'] as Record<string, Node>;

/** Every object in the schema with its properties in order, by a path a review file would use. */
function objects(node: unknown, path: (string | number)[] = [], out: { path: Path; keys: string[] }[] = []) {
  if (!node || typeof node !== 'object' || path.length > 12) return out;
  const n = node as Node;
  const ref = typeof n['$ref'] === 'string' ? /^#\/\$defs\/(.+)$/.exec(n['$ref'])?.[1] : undefined;
  if (ref) objects(defs[ref], path, out);
  const props = n['properties'] as Record<string, unknown> | undefined;
  if (props) {
    out.push({ path, keys: Object.keys(props) });
    for (const [k, v] of Object.entries(props)) objects(v, [...path, k], out);
  }
  if (n['items']) objects(n['items'], [...path, 0], out);
  for (const branch of ['allOf', 'anyOf', 'oneOf'])
    for (const b of (n[branch] as unknown[] | undefined) ?? []) objects(b, path, out);
  for (const branch of ['then', 'else']) objects(n[branch], path, out);
  return out;
}

describe('key order from the schema', () => {
  const all = objects(schema);

  it('finds the objects of a review in the schema (root, metadata, an objective, a statistic, a pledge partner)', () => {
    const paths = all.map((o) => o.path.join('.'));
    for (const p of [
      '',
      'metadata',
      'objectives.7',
      'objectives.7.implementation.statistics.0',
      'pledges.0.partners.0',
    ])
      expect(paths, p).toContain(p);
    expect(all.length).toBeGreaterThan(40);
  });

  it("the store's order at every object path is the schema's property order", () => {
    for (const { path, keys } of all) {
      const order = schemaKeyOrder(path);
      expect(order, path.join('.')).toBeDefined();
      expect(
        order!.filter((k) => keys.includes(k)),
        path.join('.'),
      ).toEqual(keys);
    }
  });

  it('a missing key of any schema object is inserted at its schema place among the others', () => {
    let checked = 0;
    for (const { path, keys } of all) {
      if (keys.length < 2) continue;
      for (const key of keys) {
        expect(
          insertIndex(
            keys.filter((k) => k !== key),
            key,
            path,
          ),
          `${path.join('.')}: ${key}`,
        ).toBe(keys.indexOf(key));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('keys the schema does not know (x- extensions, typos) go last', () => {
    expect(insertIndex(['format_version', 'metadata', 'objectives'], 'x-note', [])).toBe(3);
    expect(insertIndex(['indicator', 'value'], 'valeur', ['objectives', '3', 'implementation', 'statistics', 0])).toBe(
      2,
    );
  });
});
