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

function narrative(title: string, description: string): Json {
  return { $ref: '#/$defs/narrative', title, description };
}

function str(title: string, description: string, extra: Json = {}): Json {
  return { type: 'string', title, description, ...extra };
}

export function buildSchema(): Json {
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
          consultations: {
            title: 'Consultations held',
            description: 'Each consultation, workshop or call for written inputs held for the review.',
            type: 'array',
            items: {
              type: 'object',
              required: ['title'],
              additionalProperties: false,
              properties: {
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
            },
          },
          stakeholders_consulted: {
            title: 'Stakeholders consulted',
            description: 'Who was consulted, by whole-of-society category (GCM paragraph 44).',
            type: 'array',
            items: {
              type: 'object',
              required: ['category'],
              additionalProperties: false,
              properties: {
                category: { $ref: '#/$defs/stakeholderCategory' },
                organizations: {
                  title: 'Organizations',
                  description: 'Names of the organizations or groups consulted.',
                  type: 'array',
                  items: { type: 'string', minLength: 1 },
                },
                description: narrative('How they took part', 'How this group contributed.'),
              },
            },
          },
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
      },
      principle_support_needs: {
        title: 'Support needs for guiding principles',
        description:
          'Question (e) also covers guiding principles: support needed to apply a principle rather than an objective.',
        type: 'array',
        items: {
          type: 'object',
          required: ['principle', 'area'],
          additionalProperties: false,
          properties: {
            principle: { $ref: '#/$defs/principleKey' },
            ...supportNeedProps,
          },
          ...otherNeedsLabel,
        },
      },
      pledges: pledgesSchema(),
      progress_declaration: progressDeclarationSchema(),
      next_steps: narrative('Next steps', 'What comes next: planned measures, follow-up and the next review.'),
      annexes: {
        title: 'Annexes',
        description: 'Supporting documents: statistics, lists of participants, laws.',
        type: 'array',
        items: {
          type: 'object',
          required: ['title'],
          additionalProperties: false,
          properties: {
            title: narrative('Title', 'Title of the annex.'),
            description: narrative('Description', 'What the annex contains.'),
            link: str('Link', 'A web address (https://…) where the document can be read.', {
              format: 'uri',
              pattern: WEB_ADDRESS,
            }),
          },
        },
      },
      // cycles (issue 12 §1): answers carried over by `init --from`, not yet confirmed
      to_update: toUpdateSchema(),
    },
    $defs: {
      narrative: {
        title: 'Text',
        description:
          'Text (Markdown allowed: *emphasis*, lists, links, tables), or a map from language code to text for a review in several languages, e.g. {en: "...", fr: "..."}.',
        anyOf: [
          { type: 'string' },
          {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: LANG_CODE },
            additionalProperties: { type: 'string' },
          },
        ],
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
                  required: ['indicator', 'value'],
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
          [qd.field]: {
            title: `(d) ${qd.label.en}`,
            description: qd.guidance.en,
            type: 'array',
            items: {
              type: 'object',
              required: ['title'],
              additionalProperties: false,
              properties: {
                title: narrative('Title', 'A short name for the practice.'),
                description: narrative('Description', 'What was done.'),
                partners: {
                  title: 'Partners',
                  description: 'Who took part.',
                  type: 'array',
                  items: { type: 'string', minLength: 1 },
                },
                results: narrative('Results and lessons learned', 'What it achieved and what was learned.'),
                link: str('Link', 'A web address (https://…) for more information.', {
                  format: 'uri',
                  pattern: WEB_ADDRESS,
                }),
              },
            },
          },
          [qe.field]: {
            title: `(e) ${qe.label.en}`,
            description: qe.guidance.en,
            type: 'array',
            items: {
              type: 'object',
              required: ['area'],
              additionalProperties: false,
              properties: supportNeedProps,
              ...otherNeedsLabel,
            },
          },
          next_steps: narrative('Next steps', 'What is planned next for this objective.'),
          ...objectivePlanAndPriority(),
        },
      },
    },
  };
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
      link: str('Link', 'A web address (https://…) where the plan can be read.', {
        format: 'uri',
        pattern: WEB_ADDRESS,
      }),
      dimensions: {
        title: 'Dimensions',
        description: 'The dimensions (pillars, axes) the plan is organised in.',
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title'],
          additionalProperties: false,
          properties: {
            id: idField('Dimension id', 'A short id for the dimension, e.g. D1; measures refer to it.'),
            title: narrative('Title', 'Name of the dimension, e.g. "Labour mobility".'),
          },
        },
      },
      measures: {
        title: 'Measures',
        description: 'The measures of the plan, each with the objectives it serves.',
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title'],
          additionalProperties: false,
          properties: {
            id: idField('Measure id', 'A short id for the measure, e.g. M2.3; objectives cite it in plan_measures.'),
            dimension: idField(
              'Dimension',
              'The id of the dimension the measure belongs to (national_plan › dimensions).',
            ),
            title: narrative('Title', 'Name of the measure.'),
            objectives: objectiveList('The GCM objectives the measure serves, by number.'),
          },
        },
      },
    },
  };
}

export const PLEDGE_STATUSES = ['announced', 'in_progress', 'fulfilled', 'discontinued'] as const;
export const PLEDGE_STATUS_LABELS = ['Announced', 'In progress', 'Fulfilled', 'Discontinued'] as const;

/** pledges: IMRF pledges and their follow-up. */
function pledgesSchema(): Json {
  return {
    title: 'Pledges',
    description:
      'Pledges made at or for the International Migration Review Forum, individually or jointly, and how far they have come.',
    type: 'array',
    items: {
      type: 'object',
      required: ['title'],
      additionalProperties: false,
      properties: {
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
        link: str('Link', 'A web address (https://…) for the pledge, e.g. on the IMRF pledging platform.', {
          format: 'uri',
          pattern: WEB_ADDRESS,
        }),
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
    },
  };
}

/** progress_declaration: follow-up of the 2022 Progress Declaration (A/RES/76/266), paragraph by paragraph. */
function progressDeclarationSchema(): Json {
  return {
    title: 'Progress Declaration follow-up',
    description:
      'Follow-up of the Progress Declaration of the first International Migration Review Forum (2022, A/RES/76/266): one entry per paragraph you report on.',
    type: 'array',
    items: {
      type: 'object',
      required: ['paragraph', 'narrative'],
      additionalProperties: false,
      properties: {
        paragraph: {
          type: 'integer',
          minimum: 1,
          title: 'Paragraph',
          description: 'The number of the paragraph of the Progress Declaration (A/RES/76/266).',
        },
        narrative: narrative('Follow-up', 'What has been done on this paragraph.'),
      },
    },
  };
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
