// The published JSON Schema: up to date, valid draft 2020-12, stable identity, documented.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { SCHEMA_ID, SCHEMA_VERSION, buildSchema, schemaText } from '../../src/schema/generate.js';
import { ANNOTATION_KEYWORDS, createAjv } from '../../src/validate/ajv.js';
import { OBJECTIVES, PRINCIPLES } from '../../src/reference/index.js';

type Json = Record<string, unknown>;
const SCHEMA_FILE = new URL('../../schemas/gcm-review.schema.json', import.meta.url);
const committed = readFileSync(SCHEMA_FILE, 'utf8');
const schema = buildSchema();

describe('schemas/gcm-review.schema.json', () => {
  test('the committed file is exactly what the generator writes (run `npm run build` after changing it)', () => {
    expect(committed).toBe(schemaText());
  });

  test('it is valid against the JSON Schema 2020-12 meta-schema', () => {
    const ajv = new Ajv2020({ strict: false, validateSchema: false });
    ajv.addVocabulary(ANNOTATION_KEYWORDS);
    const ok = ajv.validateSchema(JSON.parse(committed));
    expect(ajv.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('the meta-schema check really rejects a broken schema', () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addVocabulary(ANNOTATION_KEYWORDS);
    expect(ajv.validateSchema({ ...schema, type: 'objekt' })).toBe(false);
    expect(ajv.validateSchema({ ...schema, required: 'metadata' })).toBe(false);
  });

  test('it compiles in strict mode (no unknown keywords, no ambiguous types)', () => {
    expect(() => createAjv().compile(schema)).not.toThrow();
  });

  test('it declares draft 2020-12 and a stable, versioned $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(SCHEMA_ID);
    expect(SCHEMA_ID).toBe('https://gcm-review.github.io/schema/v1/gcm-review.schema.json');
    expect(schema['version']).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toMatch(/^1\.\d+\.\d+$/); // major version matches /v1/ in the $id
  });

  test('generating twice gives the same text (no timestamps, stable key order)', () => {
    expect(schemaText()).toBe(schemaText());
  });
});

describe('documentation in the schema (what editors show on hover)', () => {
  function resolve(s: Json): Json {
    const ref = s['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/$defs/'))
      return { ...((schema['$defs'] as Json)[ref.slice(8)] as Json), ...s };
    return s;
  }

  /** Every named property anywhere in the schema, with its JSON pointer. */
  function properties(): { pointer: string; s: Json }[] {
    const out: { pointer: string; s: Json }[] = [];
    const walk = (s: unknown, pointer: string) => {
      if (!s || typeof s !== 'object') return;
      if (Array.isArray(s)) return s.forEach((x, i) => walk(x, `${pointer}/${i}`));
      const o = s as Json;
      const props = o['properties'] as Record<string, Json> | undefined;
      if (props && typeof props === 'object' && !pointer.endsWith('/if')) {
        for (const [k, v] of Object.entries(props)) out.push({ pointer: `${pointer}/properties/${k}`, s: v });
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'if') walk(v, `${pointer}/${k}`);
    };
    walk(schema, '#');
    return out;
  }

  test('the walk finds every property (sanity check on the walker)', () => {
    const found = properties().map((p) => p.pointer);
    expect(found).toContain('#/properties/metadata/properties/submitter/properties/country');
    expect(found).toContain('#/$defs/objectiveAnswers/properties/support_needs');
    expect(found.length).toBeGreaterThan(60);
  });

  test('every property has a title and a description (its own or its $ref target’s)', () => {
    const missing: string[] = [];
    for (const { pointer, s } of properties()) {
      const r = resolve(s);
      for (const key of ['title', 'description'])
        if (typeof r[key] !== 'string' || !(r[key] as string).trim()) missing.push(`${pointer}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  test('every enum has one description per value (shown in editors)', () => {
    const bad: string[] = [];
    const walk = (s: unknown, pointer: string) => {
      if (!s || typeof s !== 'object') return;
      const o = s as Json;
      if (Array.isArray(o['enum'])) {
        const d = o['enumDescriptions'];
        if (!Array.isArray(d) || d.length !== (o['enum'] as unknown[]).length) bad.push(pointer);
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'if') walk(v, `${pointer}/${k}`);
    };
    walk(schema, '#');
    expect(bad).toEqual([]);
  });

  test('objectives 1–23 are each a property titled with their official title', () => {
    const props = ((schema['properties'] as Json)['objectives'] as Json)['properties'] as Record<string, Json>;
    expect(Object.keys(props)).toEqual(OBJECTIVES.map((o) => String(o.number)));
    for (const o of OBJECTIVES) expect(props[String(o.number)]!['title']).toBe(`Objective ${o.number}: ${o.title.en}`);
  });

  test('the ten guiding principles are the keys of the principles section', () => {
    const props = ((schema['properties'] as Json)['guiding_principles'] as Json)['properties'] as Json;
    expect(Object.keys(props)).toEqual(PRINCIPLES.map((p) => p.key));
  });
});

describe('the validator compiled at build time (generated/compiled-validator.cjs)', () => {
  test('is up to date with the schema: it gives the same verdict as a fresh compile on every fixture', async () => {
    const require = createRequire(import.meta.url);
    const mod = require('../../generated/compiled-validator.cjs') as { default?: (d: unknown) => boolean };
    const compiled = (mod.default ?? mod) as (d: unknown) => boolean;
    const fresh = createAjv().compile(schema);
    const { readdirSync } = await import('node:fs');
    const { parsePrecise, prepareText } = await import('../../src/load/index.js');
    let n = 0;
    for (const dir of ['valid', 'invalid']) {
      const base = new URL(`../fixtures/${dir}/`, import.meta.url);
      for (const f of readdirSync(base).filter((x) => x.endsWith('.yaml'))) {
        const data = parsePrecise(prepareText(readFileSync(new URL(f, base), 'utf8')).text).data;
        if (data === undefined) continue;
        expect(compiled(data), `${dir}/${f}`).toBe(fresh(data));
        n++;
      }
    }
    expect(n).toBeGreaterThan(30);
  });
});
