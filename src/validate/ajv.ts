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
