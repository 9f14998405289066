// The one place Ajv is configured. Used at build time to compile the validator ahead of time
// (scripts/build.mjs) and by tests that check the schema against the 2020-12 meta-schema.
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fastFormats } from 'ajv-formats/dist/formats.js';

/** Annotation keywords the schema carries for editors (VS Code / yaml-language-server). */
export const ANNOTATION_KEYWORDS = [
  'enumDescriptions',
  'markdownEnumDescriptions',
  'version',
  // what editors show (src/schema/editor.ts); `validate` words its own messages
  'markdownDescription',
  'defaultSnippets',
  'doNotSuggest',
  'errorMessage',
  'patternErrorMessage',
];

export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // objective keys: properties "1"…"23" and, for editors, the same keys by pattern
    allowMatchingProperties: true,
    ...options,
  });
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  (addFormats as unknown as (a: Ajv2020, f: string[]) => void)(ajv, ['date', 'email']);
  // "uri": ajv-formats' fast form (a scheme, then no white space). The full RFC 3986 expression
  // costs ~4 ms to compile on every cold start, and review links are held to more anyway: the
  // schema's pattern asks for http(s)://host. A RegExp format is inlined in the standalone code.
  ajv.addFormat('uri', fastFormats.uri as RegExp);
  return ajv;
}

/** Keywords that only describe (for editors and readers): they never change what is valid. */
const DESCRIBING = new Set([
  ...ANNOTATION_KEYWORDS,
  'title',
  'description',
  'examples',
  'default',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
]);
/** Keywords whose value is a map from names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is a subschema, or a list of subschemas. */
const SUBSCHEMAS = new Set([
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalItems',
  'allOf',
  'anyOf',
  'oneOf',
  'prefixItems',
]);

/**
 * The schema without its describing keywords (titles, descriptions, editor hints: most of its
 * size), for the validator compiled at build time: the standalone code embeds the schema it was
 * compiled from, and a cold `validate` reads and compiles all of it. What is valid, and every
 * error's keyword, path and schema path, stay the same (only describing keywords go, so no other
 * keyword moves).
 */
export function validationSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(validationSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (DESCRIBING.has(k)) continue;
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object')
      out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, validationSchema(sub)]));
    else if (SUBSCHEMAS.has(k)) out[k] = validationSchema(v);
    else out[k] = v;
  }
  return out;
}
