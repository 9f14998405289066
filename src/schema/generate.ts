// Builds the published JSON Schema from the reference data, so enums and titles can never drift
// from the official wording. `npm run build` writes it to schemas/gcm-review.schema.json; a test
// checks the committed file equals this output.
import {
  CONSULTATION_FORMATS,
  CONSULTATION_FORMAT_LABELS,
  CYCLES,
  OBJECTIVES,
  PRINCIPLES,
  PRIORITIES,
  REGIONS,
  REPORT_LANGS,
  STAKEHOLDERS,
  SUBMITTER_TYPES,
  SUBMITTER_TYPE_LABELS,
  SUPPORT_AREA_LABELS,
  SUPPORT_AREA_VALUES,
  cycleLabel,
  question,
} from '../reference/index.js';
import {
  LANGUAGE_KEY_MESSAGE,
  LANGUAGE_TEXT_MESSAGE,
  NARRATIVE_MESSAGE,
  OBJECTIVE_KEY_MESSAGE,
  OBJECTIVE_KEY_PATTERN,
  decorateForEditors,
} from './editor.js';
import {
  STATISTIC_REQUIRED,
  partnerSchema,
  practiceFactProps,
  referencesSchema,
  statisticExtraProps,
} from './evidence.js';

export const SCHEMA_ID = 'https://gcm-review.github.io/schema/v1/gcm-review.schema.json';
export const SCHEMA_VERSION = '1.0.0';
/** Lowest-common-denominator file pattern for editors and SchemaStore. */
export const SCHEMA_FILE_MATCH = ['*.gcm.yaml', '*.gcm.yml'];

type Json = Record<string, unknown>;

const LANG_CODE = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
/** Links are rendered into reports: only web addresses (not javascript:, file:, data: …). */
const WEB_ADDRESS = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]';

function enumOf(values: readonly string[], labels: readonly string[], extra: Json = {}): Json {
  return { type: 'string', enum: [...values], enumDescriptions: [...labels], ...extra };
}

/**
 * A list of records: an array whose items are objects with these properties (those named in
 * `required` needed, no others); `item` adds keywords to the item schema after its properties.
 */
function recordList(
  title: string,
  description: string,
  required: readonly string[],
  properties: Json,
  item: Json = {},
): Json {
  return {
    title,
    description,
    type: 'array',
    items: { type: 'object', required: [...required], additionalProperties: false, properties, ...item },
  };
}

function narrative(title: string, description: string): Json {
  return { $ref: '#/$defs/narrative', title, description };
}

function str(title: string, description: string, extra: Json = {}): Json {
  return { type: 'string', title, description, ...extra };
}

export function buildSchema(): Json {
  return decorateForEditors(extendSchema(buildStructure()));
}

function buildStructure(): Json {
  const principleKeys = PRINCIPLES.map((p) => p.key);
  const principleLabels = PRINCIPLES.map((p) => `(${p.letter}) ${p.title.en}`);
  const stakeholderKeys = STAKEHOLDERS.map((s) => s.key);
  const stakeholderLabels = STAKEHOLDERS.map((s) => s.label.en);
  const qa = question('a');
  const qb = question('b');
  const qc = question('c');
  const qd = question('d');
  const qe = question('e');
  const supportArea = enumOf(
    SUPPORT_AREA_VALUES,
    SUPPORT_AREA_VALUES.map((k) => SUPPORT_AREA_LABELS[k].en),
    {
      title: 'Support area',
      description:
        'One of the areas Annex I names: financing, capacity-building, policy advice, data collection and analysis, technology, partnerships. Use "other" (with a label) for anything else: the Annex list ends with "etc.".',
    },
  );
  const priority = enumOf(PRIORITIES, ['High', 'Medium', 'Low'], {
    title: 'Priority',
    description: 'How urgent this need is: high, medium or low.',
  });
  const supportNeedProps: Json = {
    area: supportArea,
    label: narrative('Label', 'Your own name for the area when the area is "other".'),
    description: narrative('Description', 'What support is needed, for what, and from whom if known.'),
    priority,
  };
  const otherNeedsLabel = {
    if: { properties: { area: { const: 'other' } }, required: ['area'] },
    then: { required: ['label'] },
  };

  const objectiveProps: Record<string, Json> = {};
  for (const o of OBJECTIVES) {
    objectiveProps[String(o.number)] = {
      $ref: '#/$defs/objectiveAnswers',
      title: `Objective ${o.number}: ${o.title.en}`,
      description: `Your answers to the five Annex I questions for GCM objective ${o.number} (${o.short.en}).`,
    };
  }
  const principleProps: Record<string, Json> = {};
  for (const p of PRINCIPLES) {
    principleProps[p.key] = narrative(
      `Guiding principle (${p.letter}): ${p.title.en}`,
      `How the review and the policies it describes apply the principle "${p.title.en}".`,
    );
  }

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    version: SCHEMA_VERSION,
    title: 'GCM voluntary national review',
    description:
      'A voluntary review of the implementation of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195), answering the Annex I guiding questions for each of the 23 objectives. Written by hand or with `gcm-review init`.',
    type: 'object',
    required: ['format_version', 'metadata'],
    additionalProperties: false,
    properties: {
      format_version: {
        title: 'File format version',
        description: 'The version of the gcm-review file format. Always 1 for now.',
        const: 1,
      },
      metadata: {
        title: 'About this review',
        description: 'Who submits the review, for which review cycle, in which languages, and its status.',
        type: 'object',
        required: ['submitter', 'cycle', 'languages', 'status'],
        additionalProperties: false,
        properties: {
          submitter: {
            title: 'Submitter',
            description:
              'Who submits the review: a Member State, a stakeholder, an inter-State consultation mechanism or a regional organization.',
            type: 'object',
            required: ['type'],
            additionalProperties: false,
            properties: {
              type: enumOf(
                SUBMITTER_TYPES,
                SUBMITTER_TYPES.map((t) => SUBMITTER_TYPE_LABELS[t].en),
                {
                  title: 'Submitter type',
                  description:
                    'member_state, stakeholder, iscm (inter-State consultation mechanism or regional process) or regional_organization. It decides how the Annex I questions are worded.',
                },
              ),
              country: str(
                'Country',
                'The country as an ISO 3166-1 alpha-3 code, e.g. "MEX", "PHL", "SEN". Required for a Member State, and then one of the 193 UN Member States (observer States and territories are accepted with a label). Fictional or test reviews use QMA–QZZ or XAA–XZZ and give the country\'s name under "name".',
                { pattern: '^[A-Z]{3}$', examples: ['MEX', 'PHL', 'SEN'] },
              ),
              name: str(
                'Name',
                "The name of the organization or mechanism; for a Member State with a fictional code (QMA–QZZ, XAA–XZZ), the country's name (reports show the UN name of a real country).",
                { minLength: 1 },
              ),
              category: enumOf(stakeholderKeys, stakeholderLabels, {
                title: 'Stakeholder category',
                description: 'For a stakeholder submission: the whole-of-society category the organization belongs to.',
              }),
            },
            allOf: [
              { if: { properties: { type: { const: 'member_state' } } }, then: { required: ['country'] } },
              {
                if: { properties: { type: { enum: ['stakeholder', 'iscm', 'regional_organization'] } } },
                then: { required: ['name'] },
              },
            ],
          },
          cycle: enumOf(
            CYCLES.map((c) => c.key),
            CYCLES.map((c) => cycleLabel(c.key, 'en')),
            {
              title: 'Review cycle',
              description:
                'The review this submission is for: a round of regional reviews or an International Migration Review Forum (IMRF).',
            },
          ),
          region: enumOf(
            REGIONS.map((r) => r.key),
            REGIONS.map((r) => `${r.acronym}: ${r.name.en}`),
            {
              title: 'Region',
              description:
                'The UN regional commission whose regional review this belongs to: ece, escwa, escap, eclac or eca.',
            },
          ),
          languages: {
            title: 'Report languages',
            description: `The languages the review is written in, main language first. Reports can be rendered in ${REPORT_LANGS.join(', ')}.`,
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: LANG_CODE, examples: [...REPORT_LANGS] },
          },
          focal_point: {
            title: 'Focal point',
            description: 'The person to contact about this review.',
            type: 'object',
            additionalProperties: false,
            properties: {
              name: str('Name', 'Full name of the focal point.'),
              title: str('Job title', 'Position, e.g. "Director, Migration Policy Unit".'),
              organization: str('Organization', 'Ministry, department or organization.'),
              email: str('Email', 'Contact email address.', { format: 'email' }),
              phone: str('Phone', 'Contact telephone number, with country code.'),
            },
          },
          date: str('Date', 'The date of this version, as YYYY-MM-DD.', { format: 'date' }),
          status: enumOf(['draft', 'final'], ['Draft', 'Final'], {
            title: 'Status',
            description: 'draft while the review is being written (reports carry a DRAFT mark); final when submitted.',
          }),
          version: str('Version', 'Your own version label, e.g. "1.2".'),
          title: narrative(
            'Title',
            'An optional title for the report; by default one is made from the submitter and cycle.',
          ),
          scope: scopeSchema(),
          ...previousReviewProps(),
        },
      },
      key_messages: narrative('Key messages', 'The main messages of the review, in a few paragraphs or a bullet list.'),
      national_context: narrative(
        'National context',
        'The migration situation and the policy framework: main flows, institutions, laws and plans.',
      ),
      methodology: {
        title: 'Methodology and process',
        description: 'How the review was prepared: who led it, which consultations were held, who was consulted.',
        type: 'object',
        additionalProperties: false,
        properties: {
          description: narrative('Process', 'How the review was prepared and coordinated.'),
          consultations: recordList(
            'Consultations held',
            'Each consultation, workshop or call for written inputs held for the review.',
            ['title'],
            {
              title: narrative('Title', 'Name of the consultation.'),
              date: str('Date', 'Date, as YYYY-MM-DD.', { format: 'date' }),
              format: enumOf(
                CONSULTATION_FORMATS,
                CONSULTATION_FORMATS.map((f) => CONSULTATION_FORMAT_LABELS[f].en),
                { title: 'Format', description: 'in_person, online, hybrid or written.' },
              ),
              participants: {
                type: 'integer',
                minimum: 0,
                title: 'Participants',
                description: 'Number of participants.',
              },
              stakeholders: {
                title: 'Stakeholders taking part',
                description: 'Stakeholder categories represented.',
                type: 'array',
                uniqueItems: true,
                items: { $ref: '#/$defs/stakeholderCategory' },
              },
              summary: narrative('Summary', 'What came out of the consultation.'),
            },
          ),
          stakeholders_consulted: recordList(
            'Stakeholders consulted',
            'Who was consulted, by whole-of-society category (GCM paragraph 44).',
            ['category'],
            {
              category: { $ref: '#/$defs/stakeholderCategory' },
              organizations: {
                title: 'Organizations',
                description: 'Names of the organizations or groups consulted.',
                type: 'array',
                items: { type: 'string', minLength: 1 },
              },
              description: narrative('How they took part', 'How this group contributed.'),
            },
          ),
        },
      },
      national_plan: nationalPlanSchema(),
      guiding_principles: {
        title: 'Guiding principles',
        description:
          'A narrative for each of the ten cross-cutting guiding principles (GCM paragraph 15) you report on.',
        type: 'object',
        additionalProperties: false,
        properties: principleProps,
      },
      objectives: {
        title: 'Objectives',
        description:
          'Your answers per GCM objective, keyed by objective number (1 to 23). Leave out objectives you do not report on.',
        type: 'object',
        additionalProperties: false,
        properties: objectiveProps,
        // YAML reads `7:` as the number 7; some tools (the YAML language server) then miss the
        // property "7". Keys matching 1–23 are therefore also allowed by pattern; "24" still is not.
        patternProperties: { [OBJECTIVE_KEY_PATTERN]: true },
        errorMessage: OBJECTIVE_KEY_MESSAGE,
      },
      principle_support_needs: recordList(
        'Support needs for guiding principles',
        'Question (e) also covers guiding principles: support needed to apply a principle rather than an objective.',
        ['principle', 'area'],
        {
          principle: { $ref: '#/$defs/principleKey' },
          ...supportNeedProps,
        },
        otherNeedsLabel,
      ),
      pledges: pledgesSchema(),
      progress_declaration: progressDeclarationSchema(),
      next_steps: narrative('Next steps', 'What comes next: planned measures, follow-up and the next review.'),
      references: referencesSchema(),
      annexes: recordList('Annexes', 'Supporting documents: statistics, lists of participants, laws.', ['title'], {
        title: narrative('Title', 'Title of the annex.'),
        description: narrative('Description', 'What the annex contains.'),
        link: webLink('A web address (https://…) where the document can be read.'),
      }),
      // cycles (issue 12 §1): answers carried over by `init --from`, not yet confirmed
      to_update: toUpdateSchema(),
      ...importExtension(),
    },
    $defs: {
      // One schema, not an anyOf of text and language map, so that editors show its title once and
      // say in plain words what is wrong.
      narrative: {
        title: 'Text',
        description:
          'Text (Markdown allowed: *emphasis*, lists, links, tables), or a map from language code to text for a review in several languages, e.g. {en: "...", fr: "..."}.',
        type: ['string', 'object'],
        minProperties: 1,
        propertyNames: { pattern: LANG_CODE, patternErrorMessage: LANGUAGE_KEY_MESSAGE },
        additionalProperties: { type: 'string', errorMessage: LANGUAGE_TEXT_MESSAGE },
        errorMessage: NARRATIVE_MESSAGE,
      },
      stakeholderCategory: enumOf(stakeholderKeys, stakeholderLabels, {
        title: 'Stakeholder category',
        description: 'A whole-of-society stakeholder category (GCM paragraph 44).',
      }),
      principleKey: enumOf(principleKeys, principleLabels, {
        title: 'Guiding principle',
        description: 'One of the ten guiding principles of GCM paragraph 15.',
      }),
      objectiveAnswers: {
        type: 'object',
        additionalProperties: false,
        properties: {
          [qa.field]: {
            title: `(a) ${qa.label.en}`,
            description: qa.guidance.en,
            type: 'object',
            additionalProperties: false,
            properties: {
              status: narrative('Status', 'What has been implemented, and how far.'),
              statistics: {
                title: 'Statistics',
                description: 'Figures that show the state of implementation. One row per indicator.',
                type: 'array',
                items: {
                  type: 'object',
                  ...STATISTIC_REQUIRED,
                  additionalProperties: false,
                  properties: {
                    indicator: narrative('Indicator', 'What is measured.'),
                    value: {
                      title: 'Value',
                      description: 'The figure: a number, or text such as "12–15".',
                      type: ['number', 'string'],
                    },
                    unit: str('Unit', 'Unit, e.g. "persons", "%", "USD million".'),
                    year: {
                      title: 'Year',
                      description: 'Year or period the figure refers to, e.g. 2024 or "2022–2024".',
                      type: ['integer', 'string'],
                    },
                    source: str('Source', 'Where the figure comes from.'),
                    disaggregation: str('Disaggregation', 'How the figure is broken down, e.g. "by sex and age".'),
                    ...statisticExtraProps(),
                  },
                },
              },
            },
          },
          [qb.field]: {
            title: `(b) ${qb.label.en}`,
            description: qb.guidance.en,
            type: 'object',
            additionalProperties: false,
            properties: {
              applied: {
                title: 'Principles applied',
                description: 'The guiding principles integrated in this work.',
                type: 'array',
                uniqueItems: true,
                items: { $ref: '#/$defs/principleKey' },
              },
              narrative: narrative('How', 'How the principles were integrated.'),
            },
          },
          [qc.field]: narrative(`(c) ${qc.label.en}`, qc.guidance.en),
          [qd.field]: recordList(`(d) ${qd.label.en}`, qd.guidance.en, ['title'], {
            title: narrative('Title', 'A short name for the practice.'),
            description: narrative('Description', 'What was done.'),
            partners: {
              title: 'Partners',
              description: 'Who took part: names, or {name, country} entries.',
              type: 'array',
              items: partnerSchema(),
            },
            results: narrative('Results and lessons learned', 'What it achieved and what was learned.'),
            link: webLink('A web address (https://…) for more information.'),
            ...practiceFactProps({ $ref: '#/$defs/principleKey' }),
          }),
          [qe.field]: recordList(`(e) ${qe.label.en}`, qe.guidance.en, ['area'], supportNeedProps, otherNeedsLabel),
          next_steps: narrative('Next steps', 'What is planned next for this objective.'),
          ...objectivePlanAndPriority(),
        },
      },
    },
  };
}

// ---- `gcm-review import` (issue 13): text from a Word document that could not be placed ---------
/** `x-unplaced`: what `gcm-review import` found in a Word document but could not place, in order. */
function importExtension() {
  return {
    'x-unplaced': recordList(
      'Text not yet placed (from a Word import)',
      'Paragraphs of an imported Word document that gcm-review import could not place, in document order, each with the heading it followed. Move each text to its question (gcm-review edit shows them), then delete the entry. Reports leave this out.',
      ['text'],
      {
        after: { type: 'string', title: 'After', description: 'The heading the text followed in the document.' },
        text: { type: 'string', title: 'Text', description: 'The text, in Markdown.' },
      },
    ),
  };
}

// ---- issue 9 (§1, §2, §6, §7): what real reviews contain ------------------------------------------
// Added to the base structure in one place: the review profile and crisis impact, the review
// process (lead agency, support, consultation details, review number, previous review, `other`
// stakeholders), the optional report parts and authors, the un_system submitter, short texts that
// may be language maps, and `x-` extension keys at every level. All optional: every file valid
// before stays valid.

/** Answers of the review profile (short answers beside the prose). */
export const PROFILE_ANSWERS = ['yes', 'no', 'partially', 'not_applicable', 'unknown'] as const;
const PROFILE_ANSWER_LABELS = ['Yes', 'No', 'Partially', 'Not applicable', 'Not known'];
/** The named profile questions, in report order, with their English wording (our wording). */
export const PROFILE_QUESTIONS: readonly { key: string; title: string; en: string }[] = [
  {
    key: 'has_national_implementation_plan',
    title: 'National implementation plan',
    en: 'Is there a national GCM implementation plan?',
  },
  {
    key: 'linked_to_2030_agenda',
    title: 'Link to the 2030 Agenda',
    en: 'Is GCM implementation linked to the 2030 Agenda for Sustainable Development?',
  },
  {
    key: 'has_coordination_mechanism',
    title: 'Coordination mechanism',
    en: 'Is there a national coordination mechanism on migration?',
  },
  {
    key: 'un_network_in_country',
    title: 'UN Network in the country',
    en: 'Is there a United Nations Network on Migration in the country?',
  },
];
export const CONSULTATION_KINDS = [
  'consultation',
  'validation_workshop',
  'written_call',
  'survey',
  'bilateral',
  'other',
] as const;
const CONSULTATION_KIND_LABELS = [
  'Consultation',
  'Validation workshop',
  'Call for written inputs',
  'Survey',
  'Bilateral meeting',
  'Other',
];
/** The optional narrative parts of the report added by issue 9, in report order. */
export const EXTRA_NARRATIVES: readonly { key: string; title: string; description: string }[] = [
  {
    key: 'executive_summary',
    title: 'Executive summary',
    description: 'A summary of the whole review for readers in a hurry, printed before the key messages.',
  },
  {
    key: 'policy_framework',
    title: 'Policy and enabling environment',
    description: 'Laws, policies, strategies and institutions that frame migration governance and GCM implementation.',
  },
  {
    key: 'means_of_implementation',
    title: 'Means of implementation',
    description:
      'How implementation is financed and resourced: budgets, the Migration Multi-Partner Trust Fund, cooperation.',
  },
  {
    key: 'disclaimer',
    title: 'Disclaimer',
    description: 'A disclaimer printed at the end of the report (e.g. "The views expressed are those of the authors").',
  },
];
const EXTENSION_KEY = '^x-';

function shortText(title: string, description: string): Json {
  return { $ref: '#/$defs/shortText', title, description };
}

function webLink(description: string): Json {
  return str('Link', description, { format: 'uri', pattern: WEB_ADDRESS });
}

function props(s: Json): Record<string, Json> {
  return s['properties'] as Record<string, Json>;
}

/** `base` with `extra` inserted after the key `after` (property order is what editors show). */
function insertAfter(base: Record<string, Json>, after: string, extra: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(base)) {
    out[k] = v;
    if (k === after) Object.assign(out, extra);
  }
  if (!(after in base)) Object.assign(out, extra);
  return out;
}

function extendSchema(schema: Json): Json {
  const top = props(schema);
  const metadata = top['metadata']!;
  const md = props(metadata);
  const submitter = md['submitter']!;
  const sub = props(submitter);
  const defs = schema['$defs'] as Record<string, Json>;

  defs['shortText'] = {
    title: 'Short text',
    description:
      'A short text shown to readers, or a map from language code to text for a review in several languages, e.g. {en: "Ministry of Labour", fr: "Ministère du Travail"}.',
    // one schema, like the narrative, so that editors show its title once
    type: ['string', 'object'],
    minLength: 1,
    minProperties: 1,
    propertyNames: { pattern: LANG_CODE, patternErrorMessage: LANGUAGE_KEY_MESSAGE },
    additionalProperties: { type: 'string', errorMessage: LANGUAGE_TEXT_MESSAGE },
    errorMessage: NARRATIVE_MESSAGE,
  };
  defs['profileAnswer'] = {
    title: 'Short answer',
    description: 'A short answer (yes, no, partially, not_applicable or unknown), with an optional comment.',
    type: 'object',
    required: ['answer'],
    additionalProperties: false,
    properties: {
      // no `type`: a yes/no value (answer: true) gets one "did you mean yes" message, not two
      answer: {
        title: 'Answer',
        description: 'yes, no, partially, not_applicable or unknown.',
        enum: [...PROFILE_ANSWERS],
        enumDescriptions: PROFILE_ANSWER_LABELS,
      },
      comment: narrative('Comment', 'A sentence or two explaining the answer.'),
    },
  };

  // §6: un_system submitter with its own wording of the questions
  (sub['type'] as Json)['description'] =
    'member_state, stakeholder, iscm (inter-State consultation mechanism or regional process), regional_organization or un_system (a regional commission, the UN Network on Migration, a UN country team). It decides how the Annex I questions are worded; the wording for un_system is gcm-review’s own, not an official text.';
  const allOf = submitter['allOf'] as Json[];
  for (const rule of allOf) {
    const typeRule = ((rule['if'] as Json)['properties'] as Json)['type'] as Json;
    if (Array.isArray(typeRule['enum'])) typeRule['enum'] = [...(typeRule['enum'] as string[]), 'un_system'];
  }
  // §7: short texts a reader sees may be language maps
  sub['name'] = shortText(
    'Name',
    'The name of the organization or mechanism; for a Member State, an optional display name for the country. Text, or a map from language code to text.',
  );
  // §2: a stakeholder submitter that fits none of the twelve categories: `other` with its own label
  const subCat = sub['category']!;
  subCat['enum'] = [...(subCat['enum'] as string[]), 'other'];
  subCat['enumDescriptions'] = [
    ...(subCat['enumDescriptions'] as string[]),
    'Other (none of the twelve categories): give your own category_label',
  ];
  submitter['properties'] = insertAfter(sub, 'category', {
    category_label: shortText(
      'Own category',
      'Your own name for the kind of organization when the category is "other", e.g. "Employers’ organization".',
    ),
  });
  allOf.push({
    if: { properties: { category: { const: 'other' } }, required: ['category'] },
    then: { required: ['category_label'] },
  });
  const focal = props(md['focal_point']!);
  focal['title'] = shortText('Job title', 'Position, e.g. "Director, Migration Policy Unit".');
  focal['organization'] = shortText('Organization', 'Ministry, department or organization.');

  // §2: review number and previous review are defined with the review cycles (previousReviewProps,
  // used by `init --from`); here the cover's wording and a title that may be a language map
  const reviewNumber = md['review_number'];
  if (reviewNumber)
    reviewNumber['description'] =
      'Which review of this submitter this is: 1 for the first, 2 for the second, and so on. The cover says "Second review".';
  const previous = md['previous_review'];
  if (previous) {
    previous['description'] =
      'The review this one follows: its cycle, its title and where it can be read. Shown on the cover, linked when it is a web address.';
    props(previous)['title'] = shortText('Title', 'The title of the previous review.');
  }
  props(metadata)['authors'] = recordList(
    'Authors',
    'Who wrote the report, e.g. a consultant commissioned by a regional commission. Printed on the cover.',
    ['name'],
    {
      name: shortText('Name', 'Name of the author (a person or a team).'),
      role: shortText('Role', 'Role, e.g. "Lead consultant".'),
      organization: shortText('Organization', 'Organization the author belongs to or worked for.'),
    },
  );

  // §1, §6: profile, crisis impact, optional narratives
  const extraNarratives = Object.fromEntries(
    EXTRA_NARRATIVES.map((n) => [n.key, narrative(n.title, n.description)] as const),
  );
  const { disclaimer, executive_summary, ...middle } = extraNarratives;
  let topProps = insertAfter(top, 'metadata', {
    executive_summary: executive_summary!,
    profile: {
      title: 'Review profile',
      description:
        'Short answers a secretariat can count (yes, no, partially, not_applicable, unknown), each with an optional comment. Shown as a table on the "At a glance" page.',
      type: 'object',
      additionalProperties: false,
      properties: {
        ...Object.fromEntries(
          PROFILE_QUESTIONS.map((q) => [
            q.key,
            { $ref: '#/$defs/profileAnswer', title: q.title, description: `${q.en} Answer and optional comment.` },
          ]),
        ),
        custom: recordList(
          'Other questions',
          'Further yes/no questions, e.g. from a regional questionnaire, each with its answer.',
          ['question', 'answer'],
          {
            question: shortText('Question', 'The question, as asked.'),
            answer: (defs['profileAnswer']!['properties'] as Json)['answer'] as Json,
            comment: narrative('Comment', 'A sentence or two explaining the answer.'),
          },
        ),
      },
    },
  });
  topProps = insertAfter(topProps, 'national_context', middle);
  topProps = insertAfter(topProps, 'guiding_principles', {
    crisis_impact: recordList(
      'Impact of crises',
      'How crises (a pandemic, a conflict, a disaster) affected migration and GCM implementation. One entry per crisis.',
      ['crisis'],
      {
        crisis: shortText('Crisis', 'Name of the crisis, e.g. "COVID-19 pandemic".'),
        narrative: narrative('Impact', 'What the crisis changed and how the response went.'),
      },
    ),
  });
  topProps = insertAfter(topProps, 'annexes', { disclaimer: disclaimer! });
  schema['properties'] = topProps;

  // §2: methodology: lead agency, support, consultation details, `other` stakeholders
  const methodology = topProps['methodology']!;
  const mp = props(methodology);
  methodology['properties'] = insertAfter(mp, 'description', {
    lead_agency: shortText('Lead agency', 'The ministry or body that led the preparation of the review.'),
    support: recordList(
      'Support for the review',
      'Who helped prepare the review and how, e.g. the UN Network on Migration, IOM.',
      ['organization'],
      {
        organization: shortText('Organization', 'The organization that helped.'),
        role: narrative('Role', 'How it helped, e.g. "technical support and financing of the consultations".'),
      },
    ),
  });
  const consultation = (mp['consultations']!['items'] as Json)!;
  const cp = props(consultation);
  cp['title'] = narrative('Title', 'Name of the consultation.');
  consultation['properties'] = insertAfter(cp, 'title', {
    kind: enumOf(CONSULTATION_KINDS, CONSULTATION_KIND_LABELS, {
      title: 'Kind',
      description:
        'consultation, validation_workshop (the draft review is validated), written_call, survey, bilateral or other. A validation workshop is labelled as such in the report.',
    }),
    organiser: shortText('Organised by', 'Who organised the consultation.'),
    place: shortText('Place', 'Where it was held, e.g. a city.'),
  });
  Object.assign(props(consultation), {
    participant_bodies: {
      title: 'Bodies taking part',
      description: 'Named bodies that took part, e.g. "National Migrant Council".',
      type: 'array',
      items: shortText('Body', 'Name of a body that took part.'),
    },
    outcomes: narrative('Outcomes', 'What the consultation changed in the review or recommended.'),
  });
  const stakeholderItem = mp['stakeholders_consulted']!['items'] as Json;
  stakeholderItem['properties'] = insertAfter(props(stakeholderItem), 'category', {
    label: shortText(
      'Label',
      'Your own name for the group when the category is "other", e.g. "Employers’ organizations", "Youth-led groups".',
    ),
  });
  stakeholderItem['if'] = { properties: { category: { const: 'other' } }, required: ['category'] };
  stakeholderItem['then'] = { required: ['label'] };
  props(stakeholderItem)['organizations'] = {
    title: 'Organizations',
    description: 'Names of the organizations or groups consulted.',
    type: 'array',
    items: shortText('Organization', 'Name of an organization or group.'),
  };
  const cat = defs['stakeholderCategory']!;
  cat['enum'] = [...(cat['enum'] as string[]), 'other'];
  cat['enumDescriptions'] = [
    ...(cat['enumDescriptions'] as string[]),
    'Other (none of the twelve categories): give your own label',
  ];
  cat['description'] =
    'A whole-of-society stakeholder category (GCM paragraph 44), or "other" for a group that fits none of them (with a label where the entry has one).';

  // §7: statistics and practices: short texts may be language maps
  const oa = props(defs['objectiveAnswers']!);
  const statRow = ((props(oa['implementation']!)['statistics'] as Json)['items'] as Json)!;
  const sp = props(statRow);
  sp['unit'] = shortText('Unit', 'Unit, e.g. "persons", "%", "USD million".');
  sp['source'] = shortText('Source', 'Where the figure comes from.');
  sp['disaggregation'] = shortText('Disaggregation', 'How the figure is broken down, e.g. "by sex and age".');
  // practice partners: names, names in several languages or {name, country} (src/schema/evidence.ts)

  allowExtensions(schema);
  return schema;
}

/** `x-…` keys are allowed in every group of named fields (ignored by reports, kept by `edit`). */
function allowExtensions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) allowExtensions(n);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  if (o['additionalProperties'] === false) {
    o['patternProperties'] = {
      ...((o['patternProperties'] as Json | undefined) ?? {}),
      [EXTENSION_KEY]: {
        title: 'Extension',
        description:
          'Your own field: any name starting with "x-" is kept in the file and ignored by gcm-review (reports, synthesis).',
      },
    };
  }
  for (const v of Object.values(o)) if (v && typeof v === 'object') allowExtensions(v);
}

/** The stringified schema exactly as written to schemas/gcm-review.schema.json. */
export function schemaText(): string {
  return JSON.stringify(buildSchema(), null, 2) + '\n';
}

// ---- issue 9 §3–5: national plan, scope and priorities, pledges, Progress Declaration ------------

const OBJECTIVE_NUMBER: Json = {
  type: 'integer',
  minimum: 1,
  maximum: 23,
  title: 'Objective',
  description: 'A GCM objective number, 1 to 23.',
};

function objectiveList(description: string): Json {
  return { title: 'Objectives', description, type: 'array', uniqueItems: true, items: OBJECTIVE_NUMBER };
}

function idField(title: string, description: string): Json {
  return str(title, description, { minLength: 1, pattern: '^\\S+$' });
}

/** metadata.scope: whether the review covers all 23 objectives or a selection. */
function scopeSchema(): Json {
  return {
    title: 'Scope of the review',
    description:
      "Whether the review covers all 23 objectives or only a selection of them (a selective review), and why. In a selective review, readiness is judged on the selected objectives only, and the report says that the others are not among the review's priorities.",
    type: 'object',
    required: ['kind'],
    additionalProperties: false,
    properties: {
      kind: enumOf(['all', 'selected'], ['All 23 objectives', 'A selection of objectives'], {
        title: 'Kind of scope',
        description: 'all: the review reports on every objective; selected: only on the objectives it chose.',
      }),
      reason: narrative(
        'Reason',
        'Why these objectives were chosen (e.g. national priorities, the regional review focus).',
      ),
    },
  };
}

/** Per objective: its priority in a selective review and the plan measures it reports on. */
function objectivePlanAndPriority(): Record<string, Json> {
  return {
    priority: {
      title: 'Priority',
      description:
        "The place of this objective among the review's priorities: rank 1 is the highest. `gcm-review render --order priority` puts ranked objectives first.",
      type: 'object',
      required: ['rank'],
      additionalProperties: false,
      properties: {
        rank: {
          type: 'integer',
          minimum: 1,
          title: 'Rank',
          description: 'Priority rank: 1, 2, 3 … (1 is the highest).',
        },
        reason: narrative('Reason', 'Why this objective is a priority.'),
      },
    },
    plan_measures: {
      title: 'Plan measures',
      description:
        'The ids of the national implementation plan measures (national_plan › measures) this objective reports on, e.g. [M2.3].',
      type: 'array',
      uniqueItems: true,
      items: idField('Measure id', 'The id of a measure of the national implementation plan.'),
    },
  };
}

/** national_plan: the national GCM implementation plan, its dimensions and measures mapped to objectives. */
function nationalPlanSchema(): Json {
  return {
    title: 'National implementation plan',
    description:
      'The national GCM implementation plan: its title, adoption date, dimensions (pillars) and measures, each measure mapped to the objectives it serves. Objectives cite the measures they report on in `plan_measures`.',
    type: 'object',
    required: ['title'],
    additionalProperties: false,
    properties: {
      title: narrative('Title', 'Title of the plan, e.g. "National GCM Implementation Plan 2023–2027".'),
      adopted: str('Adopted', 'The date the plan was adopted, as YYYY-MM-DD.', { format: 'date' }),
      link: webLink('A web address (https://…) where the plan can be read.'),
      dimensions: recordList(
        'Dimensions',
        'The dimensions (pillars, axes) the plan is organised in.',
        ['id', 'title'],
        {
          id: idField('Dimension id', 'A short id for the dimension, e.g. D1; measures refer to it.'),
          title: narrative('Title', 'Name of the dimension, e.g. "Labour mobility".'),
        },
      ),
      measures: recordList(
        'Measures',
        'The measures of the plan, each with the objectives it serves.',
        ['id', 'title'],
        {
          id: idField('Measure id', 'A short id for the measure, e.g. M2.3; objectives cite it in plan_measures.'),
          dimension: idField(
            'Dimension',
            'The id of the dimension the measure belongs to (national_plan › dimensions).',
          ),
          title: narrative('Title', 'Name of the measure.'),
          objectives: objectiveList('The GCM objectives the measure serves, by number.'),
        },
      ),
    },
  };
}

export const PLEDGE_STATUSES = ['announced', 'in_progress', 'fulfilled', 'discontinued'] as const;
export const PLEDGE_STATUS_LABELS = ['Announced', 'In progress', 'Fulfilled', 'Discontinued'] as const;

/** pledges: IMRF pledges and their follow-up. */
function pledgesSchema(): Json {
  return recordList(
    'Pledges',
    'Pledges made at or for the International Migration Review Forum, individually or jointly, and how far they have come.',
    ['title'],
    {
      title: narrative('Title', 'Name of the pledge.'),
      kind: enumOf(['individual', 'joint'], ['Individual pledge', 'Joint pledge'], {
        title: 'Kind of pledge',
        description: 'individual: made by the submitter alone; joint: made with partners.',
      }),
      partners: {
        title: 'Partners',
        description: 'For a joint pledge: who made it with you.',
        type: 'array',
        items: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: str('Name', 'Name of the partner (government, organization).', { minLength: 1 }),
            country: str('Country', 'The partner\'s country as an ISO 3166-1 alpha-3 code, e.g. "MEX".', {
              pattern: '^[A-Z]{3}$',
            }),
          },
        },
      },
      gcr_mirror: {
        type: 'boolean',
        title: 'Also a Global Compact on Refugees pledge',
        description: 'true when the same pledge was also made under the Global Compact on Refugees.',
      },
      nature: narrative('Nature', 'What kind of pledge: policy, programme, financial, technical … (free text).'),
      objectives: objectiveList('The GCM objectives the pledge serves, by number.'),
      status: enumOf(PLEDGE_STATUSES, PLEDGE_STATUS_LABELS, {
        title: 'Status',
        description: 'announced, in_progress, fulfilled or discontinued.',
      }),
      progress: narrative('Progress', 'What has been done so far, and what remains.'),
      link: webLink('A web address (https://…) for the pledge, e.g. on the IMRF pledging platform.'),
      contact: {
        title: 'Contact',
        description: 'Who to contact about the pledge. Left out of reports rendered with --public.',
        type: 'object',
        additionalProperties: false,
        properties: {
          name: str('Name', 'Full name.'),
          organization: str('Organization', 'Ministry, department or organization.'),
          email: str('Email', 'Contact email address.', { format: 'email' }),
          phone: str('Phone', 'Contact telephone number, with country code.'),
        },
      },
    },
  );
}

/** progress_declaration: follow-up of the 2022 Progress Declaration (A/RES/76/266), paragraph by paragraph. */
function progressDeclarationSchema(): Json {
  return recordList(
    'Progress Declaration follow-up',
    'Follow-up of the Progress Declaration of the first International Migration Review Forum (2022, A/RES/76/266): one entry per paragraph you report on.',
    ['paragraph', 'narrative'],
    {
      paragraph: {
        type: 'integer',
        minimum: 1,
        title: 'Paragraph',
        description: 'The number of the paragraph of the Progress Declaration (A/RES/76/266).',
      },
      narrative: narrative('Follow-up', 'What has been done on this paragraph.'),
    },
  );
}

// ---- cycles (issue 12 §1): the review cycle after cycle -------------------------------------------

/** The answers `init --from` carried over from the previous review and nobody has confirmed yet. */
function toUpdateSchema(): Json {
  return {
    title: 'Answers to update',
    description:
      'Answers carried over from the previous review by "gcm-review init --from" that have not been confirmed or changed for this review yet, one per line: a part ("national_context"), an objective\'s answer ("objectives.7.gaps_and_challenges") or a guiding principle ("guiding_principles.human_rights"). "gcm-review validate" lists them as not ready; "gcm-review edit" removes each one when its answer is kept as is or changed. Delete a line by hand once that answer is up to date.',
    type: 'array',
    uniqueItems: true,
    items: { type: 'string', pattern: '^[a-z][a-z0-9_]*(\\.[A-Za-z0-9_-]+)*$' },
  };
}

// ---- issue 9 §2 (review-a): review number and previous review -----------------------------------
// Added here by cycles because `init --from` needs them; the lead reconciles with review-a's.

function previousReviewProps(): Record<string, Json> {
  return {
    review_number: {
      title: 'Review number',
      description: 'Which review of this submitter this is: 1 for the first, 2 for the second, and so on.',
      type: 'integer',
      minimum: 1,
    },
    previous_review: {
      title: 'Previous review',
      description: 'The review this one follows: its cycle, its title and where it can be read.',
      type: 'object',
      additionalProperties: false,
      properties: {
        cycle: enumOf(
          CYCLES.map((c) => c.key),
          CYCLES.map((c) => cycleLabel(c.key, 'en')),
          { title: 'Cycle', description: 'The review cycle of the previous review.' },
        ),
        title: str('Title', 'The title of the previous review.'),
        link: str('Link', 'A web address (https://…) or the file name of the previous review.', { minLength: 1 }),
      },
    },
  };
}
