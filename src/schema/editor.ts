// What editors show from the schema: the Red Hat YAML language server (VS Code's YAML extension)
// and other JSON Schema editors read `markdownDescription` on hover and in completion,
// `defaultSnippets` in completion, and `errorMessage` / `patternErrorMessage` instead of their own
// error wording. None of these change what is valid: Ajv treats them as annotations
// (src/validate/ajv.ts) and `validate` keeps its own messages (src/validate/messages.ts).
//
// One addition is a check: dates also get a pattern (DATE_PATTERN) that says what `format: "date"`
// says, so that editors, which check formats by shape only, catch 2026-02-30 as `validate` does.
//
// `decorateForEditors` runs last in buildSchema and walks the whole schema, so a field added
// anywhere in src/schema/generate.ts gets a markdownDescription from its description (and the
// error wording of its format) without further work here.
import {
  OBJECTIVES,
  QUESTIONS,
  SUBMITTER_TYPES,
  ANNEX_I,
  questionText,
  type QuestionLetter,
  type SubmitterType,
} from '../reference/index.js';

type Json = Record<string, unknown>;

/** Objective keys 1–23 (no leading zero), written as a number (`7:`) or as text (`"7":`). */
export const OBJECTIVE_KEY_PATTERN = `^(${OBJECTIVES.map((o) => o.number).join('|')})$`;

/** What an editor says for a key under `objectives:` that is not 1–23 (or for `objectives:` that is not a map). */
export const OBJECTIVE_KEY_MESSAGE =
  'Objectives are written by their number, from 1 to 23 (for example `7:`), each with its answers under it: GCM has 23 objectives.';

/**
 * What an editor says when a narrative has the wrong shape (a list, a number, a yes/no value…).
 * The language server shows it instead of "Incorrect type. Expected one of string, object."
 */
export const NARRATIVE_MESSAGE =
  'Write text here (Markdown allowed; start with | for several lines or a bullet list), or, for a review in several languages, one text per language code: {en: "...", fr: "..."}.';
export const LANGUAGE_KEY_MESSAGE =
  'Not a language code. Write one text per language, with two-letter codes: en, fr, es, ar (e.g. {en: "...", fr: "..."}).';
export const LANGUAGE_TEXT_MESSAGE = 'The text in each language must be text, not a list or a group of fields.';

/**
 * A date that exists, as YYYY-MM-DD: exactly what `format: "date"` accepts in Ajv (days per month,
 * leap years), written as a pattern because editors check the format by its shape only and would let
 * 2026-02-30 through. A test compares the two over years 0000–9999 (test/editor/schema-for-editors.test.ts).
 */
export const DATE_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

const FORMAT_MESSAGES: Record<string, string> = {
  date: 'Write the date as year-month-day, YYYY-MM-DD (for example 2026-03-15), and check that the day exists.',
  email: 'Write an email address such as name@ministry.gov.example (no spaces, no “mailto:”).',
  uri: 'Write a full web address starting with https:// (copy it from the browser’s address bar).',
};

// ---- examples shown on hover ----------------------------------------------------------------------

/**
 * One YAML example per field, keyed by the field's place in a review ("objective" stands for any
 * objective 1–23, "[]" for a list item). Shown under the description on hover.
 */
const EXAMPLES: Record<string, string> = {
  format_version: 'format_version: 1',
  'metadata.submitter.type': 'submitter:\n  type: member_state\n  country: MEX',
  'metadata.submitter.country': 'country: PHL',
  'metadata.submitter.name': 'name: Network of Migrant Workers’ Associations',
  'metadata.submitter.category': 'category: migrants',
  'metadata.cycle': 'cycle: imrf_2026',
  'metadata.region': 'region: eclac',
  'metadata.languages': 'languages: [fr, en]',
  'metadata.date': 'date: 2026-03-15',
  'metadata.status': 'status: draft',
  'metadata.focal_point':
    'focal_point:\n  name: Ana Pérez\n  organization: Ministry of the Interior\n  email: focal@ministry.gov.example',
  key_messages:
    'key_messages: |\n  - An inter-ministerial committee now coordinates migration policy.\n  - Labour-migration agreements were signed with three countries.',
  national_context:
    'national_context:\n  en: Around 8 % of residents were born abroad.\n  fr: Environ 8 % des résidents sont nés à l’étranger.',
  'methodology.consultations[]':
    '- title: National multi-stakeholder workshop\n  date: 2026-02-10\n  format: hybrid\n  participants: 85\n  stakeholders: [migrants, trade_unions]',
  'methodology.stakeholders_consulted[]': "- category: migrants\n  organizations: [Migrant Workers' Association]",
  objectives:
    'objectives:\n  7:\n    gaps_and_challenges: |\n      Shelter places for survivors of violence are too few.',
  'objective.implementation':
    'implementation:\n  status: |\n    A screening protocol is applied at all reception centres since 2023.\n  statistics:\n    - indicator: Persons screened\n      value: 7640\n      unit: persons\n      year: 2024\n      source: Ministry of Interior',
  'objective.implementation.status':
    'status: |\n  A screening protocol is applied at all reception centres since 2023.',
  'objective.implementation.statistics[]':
    '- indicator: Persons screened\n  value: 7640\n  unit: persons\n  year: 2024\n  source: Ministry of Interior\n  disaggregation: 58 % women and girls',
  'objective.guiding_principles':
    'guiding_principles:\n  applied: [human_rights, child_sensitive]\n  narrative: |\n    The protocol was drafted with UNICEF and migrants’ associations.',
  'objective.gaps_and_challenges':
    'gaps_and_challenges: |\n  Psychosocial services are concentrated in the capital, and many screenings\n  at the border happen without an interpreter.',
  'objective.promising_practices':
    'promising_practices:\n  - title: One referral form for all services\n    description: Police, reception staff and social workers use the same form.\n    partners: [Ministry of Interior, UNHCR]\n    results: Time to first service fell from 11 to 3 days.',
  'objective.support_needs':
    'support_needs:\n  - area: financing\n    description: Funds for 40 more shelter places.\n    priority: high\n  - area: other\n    label: Interpretation\n    description: Remote interpreters available day and night.\n    priority: medium',
  'objective.next_steps': 'next_steps: Extend the protocol to airports in 2027.',
  guiding_principles:
    'guiding_principles:\n  human_rights: |\n    Every new law on migration is checked by the Ombudsperson.',
  principle_support_needs:
    'principle_support_needs:\n  - principle: gender_responsive\n    area: data_collection_and_analysis\n    description: Training on data disaggregated by sex.\n    priority: medium',
  next_steps: 'next_steps: |\n  The action plan will be revised in 2027, after the second IMRF.',
  'annexes[]': '- title: Statistical annex\n  link: https://www.stat.gov.example/migration-2025.pdf',
};

// ---- Annex I questions ----------------------------------------------------------------------------

const TYPE_NAMES: Record<SubmitterType, string> = {
  member_state: 'a Member State',
  stakeholder: 'a stakeholder',
  iscm: 'an inter-State consultation mechanism',
  regional_organization: 'a regional organization',
  un_system: 'a UN system entity (wording of gcm-review, not official)',
};

/** The question as Annex I words it, per kind of submitter (types with the same wording together). */
export function questionMarkdown(letter: QuestionLetter): string {
  const q = QUESTIONS.find((x) => x.letter === letter)!;
  const source = ANNEX_I.questions.find((x) => x.letter === letter)!;
  const groups = new Map<string, SubmitterType[]>();
  for (const t of SUBMITTER_TYPES) {
    const text = questionText(letter, t, 'en');
    groups.set(text, [...(groups.get(text) ?? []), t]);
  }
  const lines = [...groups].map(
    ([text, types]) => `- **For ${types.map((t) => TYPE_NAMES[t]).join(' or ')}:** ${text}`,
  );
  return [
    `**Annex I, question (${letter}): ${q.label.en}.** The question this answers, as worded for each kind of submitter (\`metadata.submitter.type\`):`,
    '',
    ...lines,
    '',
    `Annex I is worded for regional processes, in French; the source reads: *« ${source.text.fr} »* The English wordings are our translation, adapted for Member States and stakeholders.`,
    '',
    `**How to answer.** ${q.guidance.en}`,
  ].join('\n');
}

// ---- snippets (completion) ------------------------------------------------------------------------

const STATISTIC_SNIPPET = {
  indicator: '${1:What is measured}',
  value: '${2:0}',
  unit: '${3:persons}',
  year: '${4:2025}',
  source: '${5:Where the figure comes from}',
};
const PRACTICE_SNIPPET = {
  title: '${1:A short name for the practice}',
  description: '${2:What was done}',
  partners: ['${3:Who took part}'],
  results: '${4:What it achieved and what was learned}',
};
const SUPPORT_SNIPPET = {
  area: '${1|financing,capacity_building,policy_advice,data_collection_and_analysis,technology,partnerships,other|}',
  description: '${2:What support is needed, for what}',
  priority: '${3|high,medium,low|}',
};
/** An objective's five answers, as a skeleton to fill in. */
const ANSWERS_SNIPPET = {
  implementation: {
    status: '${1:What has been implemented, and how far}',
    statistics: [{ indicator: '$2', value: '$3', year: '$4', source: '$5' }],
  },
  guiding_principles: { applied: ['${6:human_rights}'], narrative: '${7:How the principles were integrated}' },
  gaps_and_challenges: '${8:What is not working yet, or not well enough}',
  promising_practices: [{ title: '${9:A short name for the practice}', description: '$10' }],
  support_needs: [{ area: '${11:capacity_building}', description: '$12', priority: '${13|high,medium,low|}' }],
};

// ---- the pass over the schema ---------------------------------------------------------------------

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function withExample(text: string, example: string | undefined): string {
  return example ? `${text}\n\n**Example**\n\n\`\`\`yaml\n${example}\n\`\`\`` : text;
}

/**
 * Walks every subschema; `place` is the field's place in a review ("metadata.cycle",
 * "objective.support_needs[]"). Adds markdownDescription next to every description, and error
 * wording for formats; leaves what a field already sets alone.
 */
function walk(s: unknown, place: string): void {
  if (Array.isArray(s)) return s.forEach((x) => walk(x, place));
  if (!isObj(s)) return;
  if (typeof s['description'] === 'string' && typeof s['markdownDescription'] !== 'string')
    s['markdownDescription'] = withExample(s['description'] as string, EXAMPLES[place]);
  const fmt = s['format'];
  if (typeof fmt === 'string' && FORMAT_MESSAGES[fmt] && s['patternErrorMessage'] === undefined)
    s['patternErrorMessage'] = FORMAT_MESSAGES[fmt];
  if (fmt === 'date' && s['pattern'] === undefined) s['pattern'] = DATE_PATTERN;
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' && isObj(v)) {
      for (const [name, sub] of Object.entries(v)) walk(sub, place ? `${place}.${name}` : name);
    } else if (k === 'items' || k === 'additionalProperties') {
      walk(v, `${place}[]`);
    } else if (k === '$defs' && isObj(v)) {
      for (const [name, sub] of Object.entries(v))
        walk(sub, name === 'objectiveAnswers' ? 'objective' : `$defs.${name}`);
    } else if (k !== 'if' && k !== 'defaultSnippets' && (isObj(v) || Array.isArray(v))) {
      walk(v, place);
    }
  }
}

/** Adds what editors show (see the top of this file) to a schema built by buildSchema. */
export function decorateForEditors(schema: Json): Json {
  const props = schema['properties'] as Record<string, Json>;
  const defs = schema['$defs'] as Record<string, Json>;

  // objectives: each key's hover and completion carry the official title. Completion offers the
  // titled snippets below, not the bare property names "1"…"23": yaml-language-server 1.25 labels a
  // property completion with its name only (services/yamlCompletion.js, addPropertyCompletions), so
  // the properties are marked `doNotSuggest`. The server honours it there and in the quick fixes for
  // a key that is not allowed (which then no longer offer "1"…"23" for `24:`); checking is unchanged.
  // The server moves every keyword it does not know to be an annotation (doNotSuggest among them)
  // from beside a `$ref` into an `allOf` (services/yamlSchemaService.js, _rewriteRefWithSiblingsToAllOf),
  // where completion no longer sees it: so the `$ref` goes into an `allOf` of its own here, and
  // doNotSuggest stays on the property, next to the title.
  const objectives = props['objectives'];
  if (objectives) {
    const objectiveProps = objectives['properties'] as Record<string, Json>;
    for (const o of OBJECTIVES) {
      const p = objectiveProps[String(o.number)];
      if (!p) continue;
      if (typeof p['$ref'] === 'string') {
        p['allOf'] = [{ $ref: p['$ref'] }];
        delete p['$ref'];
      }
      p['doNotSuggest'] = true;
      p['markdownDescription'] = withExample(
        `**Objective ${o.number}: ${o.title.en}** (official title, A/RES/73/195).\n\n${String(p['description'])}`,
        `${o.number}:\n  gaps_and_challenges: |\n    …`,
      );
    }
    objectives['defaultSnippets'] = OBJECTIVES.map((o) => ({
      label: `${o.number}: ${o.title.en}`,
      // the server sorts by label otherwise ("10: …" before "2: …")
      sortText: `objective-${String(o.number).padStart(2, '0')}`,
      markdownDescription: `**Objective ${o.number}: ${o.title.en}**\n\nA skeleton for the five Annex I answers; delete what you do not answer.`,
      // quoted, as `init` writes it: the language server shows the title on hover of "7": only
      body: { [`"${o.number}"`]: ANSWERS_SNIPPET },
    }));
  }

  const answers = defs['objectiveAnswers'];
  if (answers) {
    answers['defaultSnippets'] = [
      {
        label: 'The five Annex I answers',
        markdownDescription: 'Questions (a) to (e) for this objective, as a skeleton to fill in.',
        body: ANSWERS_SNIPPET,
      },
    ];
    const qprops = answers['properties'] as Record<string, Json>;
    for (const q of QUESTIONS) {
      const field = qprops[q.field];
      if (!field) continue;
      field['markdownDescription'] = withExample(questionMarkdown(q.letter), EXAMPLES[`objective.${q.field}`]);
    }
    const statistics = ((qprops['implementation']?.['properties'] as Record<string, Json> | undefined)?.[
      'statistics'
    ]?.['items'] ?? undefined) as Json | undefined;
    if (statistics) statistics['defaultSnippets'] = [{ label: 'A statistic', body: STATISTIC_SNIPPET }];
    const practice = qprops['promising_practices']?.['items'] as Json | undefined;
    if (practice) practice['defaultSnippets'] = [{ label: 'A promising practice', body: PRACTICE_SNIPPET }];
    const need = qprops['support_needs']?.['items'] as Json | undefined;
    if (need) need['defaultSnippets'] = [{ label: 'A support need', body: SUPPORT_SNIPPET }];
  }

  walk(schema, '');
  return schema;
}
