// Evidence structures of a review (issue 15 §1), kept in one place for the schema generator
// (src/schema/generate.ts builds the schema from these): statistics tables beside the one-row
// statistics, references cited as [@id] or with source_ref, and the facts of a promising practice.
// Checks the schema cannot express (a table row with the wrong number of values, an unknown
// reference id) are in src/validate/evidence.ts.

type Json = Record<string, unknown>;

/** A reference id: letters, digits and _ . : - (cited as [@id]). */
export const REFERENCE_ID = '[A-Za-z0-9][A-Za-z0-9_.:-]*';

/** [@id] or [@a; @b]: the citation syntax of narratives (the renderer uses the same). */
export const CITATION = new RegExp(`\\[@(${REFERENCE_ID}(?:\\s*;\\s*@${REFERENCE_ID})*)\\]`, 'g');

/** The ids of one citation's inside ("a; @b" → ["a", "b"]). */
export function citationIds(inside: string): string[] {
  return inside.split(/\s*;\s*@?/).map((s) => s.trim());
}

/** The SDG targets of each goal: numbered targets 1…n and lettered targets a…(letters). */
export const SDG_TARGETS: Readonly<Record<number, { numbered: number; lettered: number }>> = {
  1: { numbered: 5, lettered: 2 },
  2: { numbered: 5, lettered: 3 },
  3: { numbered: 9, lettered: 4 },
  4: { numbered: 7, lettered: 3 },
  5: { numbered: 6, lettered: 3 },
  6: { numbered: 6, lettered: 2 },
  7: { numbered: 3, lettered: 2 },
  8: { numbered: 10, lettered: 2 },
  9: { numbered: 5, lettered: 3 },
  10: { numbered: 7, lettered: 3 },
  11: { numbered: 7, lettered: 3 },
  12: { numbered: 8, lettered: 3 },
  13: { numbered: 3, lettered: 2 },
  14: { numbered: 7, lettered: 3 },
  15: { numbered: 9, lettered: 3 },
  16: { numbered: 10, lettered: 2 },
  17: { numbered: 19, lettered: 0 },
};

/** A regular expression for every SDG target (10.7, 10.a) and indicator number (10.7.2) of the 169 targets. */
export function sdgPattern(): string {
  const goals = Object.entries(SDG_TARGETS).map(([g, { numbered, lettered }]) => {
    const nums = Array.from({ length: numbered }, (_, i) => String(i + 1));
    const letters = 'abcdefg'.slice(0, lettered);
    const alts = [...nums.reverse(), ...(letters ? [`[${letters}]`] : [])].join('|');
    return `${g}\\.(?:${alts})`;
  });
  return `^(?:${goals.join('|')})(?:\\.[1-9])?$`;
}

export const PRACTICE_SCOPES = ['local', 'national', 'regional', 'international'] as const;

const str = (title: string, description: string, extra: Json = {}): Json => ({
  type: 'string',
  title,
  description,
  ...extra,
});
const narrative = (title: string, description: string): Json => ({ $ref: '#/$defs/narrative', title, description });

const sourceRef = str(
  'Source (reference)',
  "The id of an entry in the review's references list; the source then prints as a numbered note pointing to the References section.",
  { pattern: `^${REFERENCE_ID}$` },
);

/** A statistics table: rows of values by column (e.g. by year), with unit, source and note. */
export function statisticsTableSchema(): Json {
  const cell = {
    title: 'Value',
    description: 'A number, text such as "12–15", or null (or "n/a") when the figure is not available.',
    type: ['number', 'string', 'null'],
  };
  return {
    title: 'Table',
    description:
      'A statistics table: columns (for example years) and rows (for example by sex), each row with one value per column. Printed as a numbered table ("Table 1") with its unit, source and note.',
    type: 'object',
    required: ['title', 'columns', 'rows'],
    additionalProperties: false,
    properties: {
      title: narrative('Title', 'What the table shows, e.g. "Migrant stock by sex".'),
      columns: {
        title: 'Columns',
        description: 'The column headings, e.g. ["2010", "2015", "2020"].',
        type: 'array',
        minItems: 1,
        items: { type: ['string', 'number'] },
      },
      rows: {
        title: 'Rows',
        description: 'One entry per row: a label and one value per column.',
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['label', 'values'],
          additionalProperties: false,
          properties: {
            label: narrative('Row label', 'What the row counts, e.g. "Women".'),
            values: {
              title: 'Values',
              description: 'One value per column, in column order.',
              type: 'array',
              items: cell,
            },
          },
        },
      },
      unit: str('Unit', 'Unit of all values, e.g. "persons", "%".'),
      source: str('Source', 'Where the figures come from.'),
      source_ref: sourceRef,
      note: narrative('Note', 'A note printed under the table, e.g. "Estimates for 2020 are provisional."'),
    },
  };
}

/** Properties added to a one-row statistic (the table form and a reference for the source). */
export function statisticExtraProps(): Record<string, Json> {
  return { source_ref: sourceRef, table: statisticsTableSchema() };
}

/** A statistics entry is a table, or else a row that needs an indicator and a value. */
export const STATISTIC_REQUIRED: Json = {
  if: { required: ['table'] },
  then: {},
  else: { required: ['indicator', 'value'] },
};

/** The top-level references list. */
export function referencesSchema(): Json {
  return {
    title: 'References',
    description:
      'Sources cited in the review. Cite one in any text as [@id] (several: [@a; @b]) or from a statistic with source_ref: id; the report numbers them and lists them in a References section.',
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'text'],
      additionalProperties: false,
      properties: {
        id: str('Id', 'A short name to cite the reference by, e.g. escap2019.', { pattern: `^${REFERENCE_ID}$` }),
        text: narrative('Reference', 'The full reference: author, title, publisher, year.'),
        link: str('Link', 'A web address (https://…) where the source can be read.', {
          format: 'uri',
          pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]',
        }),
      },
    },
  };
}

/** The facts of a promising practice, shown as a small grid at the top of its box. */
export function practiceFactProps(principleKeyRef: Json): Record<string, Json> {
  return {
    period: str('Period', 'When the practice ran, e.g. "2020 – present" or "2018–2021".'),
    practice_type: narrative('Type of practice', 'e.g. "Law", "Programme", "Pilot project".'),
    scope: {
      type: 'string',
      enum: [...PRACTICE_SCOPES],
      enumDescriptions: ['Local', 'National', 'Regional', 'International'],
      title: 'Scope',
      description: 'local, national, regional or international.',
    },
    objectives: {
      title: 'Objectives',
      description:
        'Other GCM objectives (1 to 23) this practice serves: it is listed under each and described in full under the first.',
      type: 'array',
      uniqueItems: true,
      items: { type: 'integer', minimum: 1, maximum: 23 },
    },
    principles: {
      title: 'Guiding principles',
      description: 'The guiding principles the practice applies.',
      type: 'array',
      uniqueItems: true,
      items: principleKeyRef,
    },
    sdg_targets: {
      title: 'SDG targets',
      description:
        'Sustainable Development Goal targets or indicators the practice contributes to, e.g. "10.7" or "10.7.2".',
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: sdgPattern() },
    },
  };
}

/** A partner: a name, or {name, country} with the country as an ISO 3166-1 alpha-3 code. */
export function partnerSchema(): Json {
  // one schema for the three forms, without anyOf (its errors would read as a narrative's): a name,
  // a name in several languages ({en: ..., fr: ...}), or {name: ..., country: MEX}
  return {
    title: 'Partner',
    description:
      'A partner organization: its name, its name in several languages ({en: ..., fr: ...}), or {name: ..., country: MEX}.',
    type: ['string', 'object'],
    minLength: 1,
    if: { type: 'object', required: ['name'] },
    then: {
      additionalProperties: false,
      properties: {
        name: { $ref: '#/$defs/shortText', title: 'Name', description: 'The partner organization.' },
        country: {
          type: 'string',
          pattern: '^[A-Z]{3}$',
          title: 'Country',
          description: 'Its country, as an ISO 3166-1 alpha-3 code, e.g. "MEX".',
        },
      },
    },
    else: {
      minProperties: 1,
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
      additionalProperties: { type: 'string' },
    },
  };
}
