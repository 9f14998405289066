// What `validate` says, in English: the wording of validation problems and their hints, the
// did-you-mean suggestions, the text report's own words and the command's usage errors. Other
// languages: fr.ts, es.ts (loaded only when asked for), ar.ts (falls back to English). Codes
// (the bracketed [type], [enum]… and the `code` of JSON, SARIF and JUnit) never change with the
// language; only these texts do. {name} placeholders are filled by the caller.
export const en = {
  // ---- where a problem is ------------------------------------------------------------------------
  'path.review': 'The review',
  'path.objective': 'Objective {n} ({short})',
  'path.objectiveBare': 'Objective {n}',
  'path.question': '{objective}, question ({letter}) {label}',
  'path.nextSteps': '{objective}, next steps',
  'path.planMeasures': '{objective}, plan measures',
  'path.priority': '{objective}, priority',
  'path.other': '{objective}, “{field}”',
  'path.item': '{item} {n}',
  'item.default': 'item',
  'item.consultations': 'consultation',
  'item.stakeholders_consulted': 'stakeholder entry',
  'item.statistics': 'statistics row',
  'item.promising_practices': 'practice',
  'item.support_needs': 'support need',
  'item.principle_support_needs': 'support need',
  'item.annexes': 'annex',
  'item.languages': 'language',
  'item.applied': 'principle',
  'item.partners': 'partner',
  'item.organizations': 'organization',
  'item.stakeholders': 'stakeholder category',
  'item.custom': 'question',
  'item.crisis_impact': 'crisis',
  'item.support': 'organization',
  'item.participant_bodies': 'body',
  'item.authors': 'author',
  'item.rows': 'row',
  'item.references': 'reference',
  'item.sdg_targets': 'SDG target',
  'item.values': 'value',
  'item.columns': 'column',
  'item.dimensions': 'dimension',
  'item.measures': 'measure',
  'item.plan_measures': 'measure id',
  'item.pledges': 'pledge',
  'item.progress_declaration': 'entry',

  // ---- what a value is ---------------------------------------------------------------------------
  'kind.nothing': 'nothing (an empty value)',
  'kind.list': 'a list',
  'kind.group': 'a group of named fields',
  'kind.text': 'the text “{text}”',
  'kind.number': 'the number {n}',
  'kind.notANumber': '{n} (not a usable number)',
  'kind.true': 'true (a yes/no value)',
  'kind.false': 'false (a yes/no value)',
  'type.string': 'text',
  'type.number': 'a number',
  'type.integer': 'a whole number',
  'type.object': 'a group of named fields',
  'type.array': 'a list',
  'type.boolean': 'yes or no',
  'type.null': 'nothing',
  'type.or': '{a} or {b}',
  'list.sep': ', ',

  // ---- problems and hints, by kind -----------------------------------------------------------------
  didYouMean: 'Did you mean “{guess}”?',
  'type.expected': '{where}: expected {expected}, found {found}.',
  'type.quote.hint':
    'Put the value in quotes (for example version: "1.10") so that it is read as text exactly as written.',
  required: '{where}: “{field}” is missing.',
  /** with the schema's (English) title of the field: English only */
  'required.titled': '{where}: “{field}” ({title}) is missing.',
  'objective.unnumbered': 'Objectives: an objective has no number; GCM objectives are numbered 1 to 23.',
  'objective.unknown': 'Objectives: there is no objective “{key}”; GCM objectives are numbered 1 to 23.',
  'objective.number.hint': 'Write the objective number only: `{n}:`.',
  'objective.example.hint': 'Write the objective number only, e.g. `7:`.',
  'objective.range.hint': 'GCM objectives are numbered 1 to 23.',
  'field.unknown': '{where}: unknown field “{field}”.',
  'field.nbsp.hint':
    'The name contains non-breaking spaces (often pasted from Word), which YAML does not count as indentation or spaces: replace them with normal spaces.',
  'field.merge.hint': 'YAML merge keys (<<) are not supported in review files: write the fields out.',
  'field.allowed.hint': 'Allowed fields: {list}.',
  enum: '{where}: {found} is not one of the allowed values.',
  'enum.allowed.hint': 'Allowed: {list}.',
  const: '{where}: must be {value}, found {found}.',
  'country.pattern': '{where}: {found} is not an ISO 3166-1 alpha-3 country code (three capital letters).',
  'country.example.hint':
    'Use the three-letter ISO code, e.g. MEX for Mexico, PHL for the Philippines (`gcm-review init` looks it up for you).',
  'language.pattern': '{where}: {found} is not a language code.',
  'language.pattern.hint': 'Use two-letter codes; reports can be rendered in {list}.',
  'sdg.pattern': '{where}: {found} is not an SDG target or indicator number.',
  'sdg.pattern.hint':
    'Write the number of a target such as "10.7" or "10.c", or of an indicator such as "10.7.2" (goals 1 to 17).',
  pattern: '{where}: {found} is not in the expected form.',
  'empty.list': '{where}: the list is empty; add at least {n}.',
  'empty.text': '{where}: the text is empty.',
  'empty.map': '{where}: the language map is empty; write the text.',
  'empty.group': '{where}: is empty.',
  duplicate: '{where}: item {later} repeats item {first}.',
  'duplicate.text': '{where}: item {later} repeats item {first} (“{text}”).',
  'duplicate.hint': 'Remove the repeated item.',
  minimum: '{where}: must be {limit} or more, found {found}.',
  maximum: '{where}: must be {limit} or less, found {found}.',
  other: '{where}: {reason}.',
  'other.reason': 'is not valid',
  'narrative.type': '{where}: expected text, found {found}.',
  'narrative.short.hint':
    'Write a short text after the colon, or one text per language such as {en: "...", fr: "..."}.',
  'narrative.list.hint':
    'To write a bullet list, put it inside the text: start the value with | and write lines beginning with "- ".',
  'narrative.nothing.hint':
    'Write the text after the colon (or on the next lines after |). A text that starts with # is read as a comment, so put such a text in quotes.',
  'narrative.other.hint': 'Put the text after the colon; quote it if it starts with a special character.',
  'languageMap.key':
    '{where}: “{key}” is not a language code. A text in several languages is written as a map such as {en: "...", fr: "..."}.',
  'languageMap.key.hint': 'Use two-letter codes: en, fr, es, ar.',
  'languageMap.entry': '{where}: the text in language “{lang}” must be text, found {found}.',
  date: '{where}: {found} is not a date written as YYYY-MM-DD (for example 2026-03-15).',
  'date.hint':
    'Write year-month-day with two-digit months and days, e.g. 2026-03-15 for 15 March 2026; check that the day exists.',
  email: '{where}: {found} is not an email address.',
  'email.hint': 'An email address looks like name@ministry.gov.example, with no spaces or “mailto:”.',
  uri: '{where}: {found} is not a full web address (it must start with https:// or http://).',
  'uri.hint': 'Copy the address from the browser’s address bar.',
  'format.other': '{where}: {found} is not a valid {format}.',
  notAReview:
    'This file is not a GCM review: it has none of the fields format_version, metadata or objectives. Its content is not shown.',
  'notAReview.hint':
    'Check that this is the right file. A review starts with `format_version: 1` and a `metadata` section (`gcm-review init FILE` starts one).',

  // ---- countries and regional commissions ---------------------------------------------------------
  'country.unknown': '{where}: “{code}” is not an ISO 3166-1 alpha-3 country code.',
  'country.unknown.hint':
    'Use the three-letter ISO code, e.g. MEX for Mexico, PHL for the Philippines. Fictional or test reviews may use the user-assigned codes QMA–QZZ or XAA–XZZ.',
  'country.notMember': '{where}: “{code}” ({name}) is not a UN Member State, and a Member State review must name one.',
  'country.notMember.hint':
    'Use the code of one of the 193 UN Member States (`gcm-review init` looks it up by name), or, for a fictional or test review, a code from QMA–QZZ or XAA–XZZ with `name:`.',
  'country.territory': '{where}: “{code}” ({name}) is a territory, not a UN Member State; reports label it “{label}”.',
  'country.territory.hint':
    'If this review comes from a UN Member State, use that State’s code; a territory may also submit as `type: stakeholder` or `regional_organization`.',
  'region.notMember': '{where}: {name} is not a member of the {commission}.',
  'region.belongs': '{name} belongs to the {list}.',
  'region.and': ' and the ',
  'region.or': ' or ',
  'region.hint': 'Check `region`: {list} would match the commission’s member list.',
  'region.none.hint': 'Check `region`: it names the regional commission whose review this contributes to.',

  // ---- references, statistics tables, the national plan ------------------------------------------
  'reference.duplicate': '{where}: the id “{id}” is used by an earlier reference too.',
  'reference.duplicate.hint': 'Give each reference its own id: a citation [@id] must point to one reference.',
  'reference.unknown.cited': '{where}: [@{id}] cites no entry of the references list.',
  'reference.unknown': '{where}: “{id}” cites no entry of the references list.',
  'reference.list': 'The references are: {list}.',
  'reference.none.hint':
    'Add it to a references list at the end of the file: references: [{id: ..., text: ..., link: ...}].',
  'statistics.tableAndRow':
    '{where}: an entry is either a row (indicator, value…) or a table, not both; this one has a table and {fields}.',
  'statistics.tableAndRow.hint':
    'Put the row in its own entry (a new "- indicator: …" item), or make it a row of the table.',
  'statistics.rowLabel': ' (“{label}”)',
  'statistics.values': '{where}: {values} for {columns} ({list}).',
  'statistics.value.one': '1 value',
  'statistics.value.many': '{n} values',
  'statistics.column.one': '1 column',
  'statistics.column.many': '{n} columns',
  'statistics.values.hint':
    'Give one value per column, in column order; write null for a figure that is not available.',
  'didYouMean.several': 'Did you mean “{list}” or “{last}”?',
  quoted: '“{text}”',
  'ids.sep': '”, “',
  'plan.dimension.duplicate': '{where}: the dimension id “{id}” is already used by dimension {first}.',
  'plan.dimension.duplicate.hint': 'Give each dimension its own id.',
  'plan.measure.duplicate': '{where}: the measure id “{id}” is already used by measure {first}.',
  'plan.measure.duplicate.hint': 'Give each measure its own id.',
  'plan.dimension.unknown': '{where}: there is no dimension “{id}” in the national implementation plan.',
  'plan.dimensions.list': 'The plan’s dimensions are: {list}.',
  'plan.dimension.none.hint':
    'Add the dimension under national_plan › dimensions (with an id and a title), or remove this line.',
  'plan.measure.unknown': '{where}: there is no measure “{id}” in the national implementation plan.',
  'plan.none':
    '{where}: “{id}” refers to a measure of the national implementation plan, but the review has no national_plan.',
  'plan.measures.list': 'The plan’s measures are: {list}.',
  'plan.none.hint':
    'Describe the plan under national_plan (title, dimensions, measures with their ids), or remove this id.',
  'plan.notCited': '{where} (“{id}”) serves objective {n}, but the answers for objective {n} do not cite it.',
  'plan.notCited.hint': 'Add {id} to objectives › {n} › plan_measures, or remove {n} from this measure’s objectives.',
  longLink: '{where}: the web address is {n} characters long; reports show it shortened.',
  'longLink.hint': 'Check the address: web addresses are rarely longer than a few hundred characters.',

  // ---- files that cannot be read (src/io words them in English for every command) -------------------
  'read.notFound': 'The file does not exist.',
  'read.notFound.hint': 'Check the spelling of the name and the folder it is in.',
  'read.unreadable': 'The file cannot be read (permission denied).',
  'read.unreadable.hint': 'Ask the owner of the file for read access, or copy it somewhere you can read it.',
  'read.isDirectory': 'This is a folder, not a review file.',
  'read.isDirectory.hint':
    'To check every review in a folder, the folder is searched for *.gcm.yaml and *.gcm.yml files.',
  'read.notAFile': 'This is not a regular file (it is a device, a pipe or a socket); it was not read.',
  'read.notAFile.hint': 'Give the path of a review file (*.gcm.yaml).',
  'read.io': 'The file could not be read: {reason}.',
  'read.tooLarge': 'The file is {size}, more than the {max} a review file may be.',
  'read.tooLarge.unknownSize': 'The file is larger than the {max} a review file may be.',
  'read.tooLarge.hint':
    'A review is usually well under 1 MB: check that this is the right file. The limit can be raised with --max-size.',
  'read.symlinkOutside': 'This is a symbolic link to a file outside the folder being checked; it was not read.',
  'read.symlinkOutside.hint': 'Name the real file, or pass --follow-symlinks if you trust where the link leads.',

  // ---- YAML syntax and encoding (src/load) ---------------------------------------------------------
  'yaml.empty': 'The file is empty: a review needs at least `format_version: 1` and a `metadata` section.',
  'yaml.empty.hint': 'Start one with: gcm-review init FILE',
  'yaml.tooDeep': 'The file nests lists or groups more than {max} levels deep here; a review needs about six.',
  'yaml.tooDeep.hint': 'Check the indentation and the brackets [ ] { } around this line.',
  'yaml.tab': 'A tab character is used for indentation; YAML allows only spaces.',
  'yaml.tab.hint': 'Indent with spaces, not tabs (most editors can convert tabs to spaces).',
  'yaml.duplicate': 'The key “{key}” appears twice in the same section.',
  'yaml.duplicate.unnamed': 'The same key appears twice in the same section.',
  'yaml.duplicate.hint':
    'Keep one of the two entries, or merge their text: a later key would silently replace the earlier one.',
  'yaml.multipleDocs': 'The file holds several YAML documents (separated by ---); a review file holds exactly one.',
  'yaml.multipleDocs.hint': 'Put each review in a file of its own.',
  'yaml.badIndent': 'The indentation is wrong here ({detail}).',
  'yaml.badIndent.hint': 'Check the indentation: items of the same section must start in the same column.',
  /** {detail}: the YAML parser's own words (English) */
  'yaml.syntax': 'YAML syntax error: {detail}',
  'yaml.generic.hint':
    'Check the line shown and the one before it: a missing colon, an unclosed quote or a wrong indentation are the usual causes.',
  'yaml.unclosedQuote': 'The quoted text that starts here is not closed: its closing quote is missing.',
  'yaml.unclosedQuote.hint':
    "Add the closing quote; inside \"…\" write \\\" for a quote mark, inside '…' write '' for an apostrophe.",
  'yaml.missingColon':
    'This line is not of the form “key: value”: a colon is missing, or a line of text is not indented under its key.',
  'yaml.missingColon.hint':
    'Text that runs over several lines goes under its key after | and is indented, e.g.\n  gaps_and_challenges: |\n    First line.\n    Second line.',
  'yaml.colonInValue':
    'A value contains a colon followed by a space (“: ”), which YAML reads as the start of another key.',
  'yaml.colonInValue.hint': 'Put the whole text in double quotes, or write it on the next lines after | (indented).',
  'yaml.badStart': 'A value cannot start with “{ch}” unless it is in quotes.',
  'yaml.badStart.hint': 'Put the whole text in double quotes.',
  'yaml.aliasStart':
    'A value starts with *, which YAML reads as a reference to another value (an alias), so the rest of the line cannot be read.',
  'yaml.alias.hint':
    'To start a text with *emphasis* (or any *), put the whole text in double quotes or write it on the next lines after |.',
  'yaml.afterQuote': 'The text goes on after its closing quote: a quote mark inside a quoted text ends it.',
  'yaml.afterQuote.double.hint': 'Inside "…" write a quote mark as \\" (or put the text in single quotes).',
  'yaml.afterQuote.single.hint':
    "Inside '…' write an apostrophe as two apostrophes '' (or put the text in double quotes).",
  'yaml.longKey':
    'A line is read as a key of more than 1,024 characters: a long text is probably missing its key or its indentation.',
  'yaml.nbsp.hint':
    'This line also contains a non-breaking space (often pasted from Word), which YAML does not treat as a space: replace it with a normal space.',
  /** {detail}: the YAML parser's own words (English) */
  'yaml.unreadable': 'The file could not be read as YAML: {detail}',
  'yaml.tag': 'The value is marked with the YAML tag, which review files do not use.',
  'yaml.tag.named': 'The value is marked with the YAML tag “{tag}”, which review files do not use.',
  'yaml.tag.hint': 'Remove the tag (the word starting with ! before the value).',
  'yaml.complexKey':
    'A list or a group of fields is used as a key; keys are names (or objective numbers) followed by a colon.',
  'yaml.complexKey.hint': 'Write the key as a plain word, e.g. `languages:` or `7:`.',
  'yaml.aliasUnresolved': '“*{name}” is read as a reference to a value marked &{name}, and there is none.',
  'yaml.aliasLimit':
    'The file uses YAML aliases (*name) to repeat content so many times that it would expand beyond a safe size (more than {max} expansions).',
  'yaml.aliasLimit.hint': 'Write the repeated text out in full, or remove the anchors (&name) and aliases (*name).',
  'yaml.window':
    'The file is over {mb} MB: it was read up to line {line} only, around its first YAML error. Fix the errors shown and check it again for any later ones.',
  'encoding.utf16': 'The file is saved as UTF-16 text; review files must be UTF-8.',
  'encoding.invalid': 'The file is not valid UTF-8 text (byte 0x{byte} at line {line}, column {column}).',
  'encoding.hint':
    'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8). Files saved from Word or Excel as "ANSI", "Latin-1" or "Unicode" need this.',
  'char.nul': 'a NUL character (U+0000)',
  'char.verticalTab': 'a vertical tab (U+000B; Word writes one for a manual line break)',
  'char.formFeed': 'a form feed (U+000C; Word writes one for a page break)',
  'char.escape': 'an escape character (U+001B)',
  'char.delete': 'a delete character (U+007F)',
  'char.surrogate': 'half of a character (an unpaired surrogate, U+{code})',
  'char.control': 'an invisible control character (U+{code})',
  'char.forbidden': 'The text contains {name}, which YAML does not allow.',
  'char.forbidden.hint':
    'Delete it (it is invisible in most editors: delete the character at this column and retype it), or retype the text instead of pasting it.',
  'char.more': '…and {n} more characters of the same kind after this one.',

  // ---- readiness (src/model/readiness.ts) ----------------------------------------------------------
  'ready.notReady': 'Not ready: {note}',
  'ready.notWritten': '{section}: not written yet.',
  'ready.section.key_messages': 'Key messages',
  'ready.section.national_context': 'National context',
  'ready.section.methodology': 'Methodology and process (consultations and stakeholders consulted)',
  'ready.section.guiding_principles': 'Guiding principles',
  'ready.noObjective': 'No objective is answered yet.',
  'ready.notReported.one':
    "Objective {list}: not reported, but the review's scope is all 23 objectives (metadata › scope).",
  'ready.notReported.many':
    "Objectives {list}: not reported, but the review's scope is all 23 objectives (metadata › scope).",
  'ready.noQuestion': 'Objective {n} ({short}): listed but no question answered.',
  'ready.question': '({letter}) {label}',
  'ready.missing.one': 'Objective {n} ({short}): question {list} not answered.',
  'ready.missing.many': 'Objective {n} ({short}): questions {list} not answered.',
  'ready.toUpdate': 'Carried over from the previous review and not yet confirmed or updated ({n}): {list}.',
  'ready.profile': 'Review profile: the answer is still “unknown” for {list}.',
  'ready.profile.has_national_implementation_plan': 'national implementation plan',
  'ready.profile.linked_to_2030_agenda': 'link to the 2030 Agenda',
  'ready.profile.has_coordination_mechanism': 'coordination mechanism',
  'ready.profile.un_network_in_country': 'UN Network in the country',
  'ready.profile.other.one': '1 other question',
  'ready.profile.other.many': '{n} other questions',
  'ready.crisis': 'Impact of crises: “{name}” has no text yet.',
  'ready.crisisN': 'crisis {n}',

  // ---- the text report ---------------------------------------------------------------------------
  'report.error': 'error',
  'report.warning': 'warning',
  /** after “error” / “warning” (French: a space before the colon) */
  'report.colon': ':',
  'report.hint': 'hint:',
  'report.valid': 'valid',
  'report.validReady': 'valid, ready',

  'report.validDetail': '{file}: valid; {objectives} answered, {needs} declared.',
  'report.objectives.one': '1 objective',
  'report.objectives.many': '{n} objectives',
  'report.needs.one': '1 support need',
  'report.needs.many': '{n} support needs',
  'report.files.one': '1 file',
  'report.files.many': '{n} files',
  'report.summary': '{files} checked: {parts}.',
  'report.nValid': '{n} valid',
  'report.nInvalid': '{n} invalid',
  'report.nUnreadable': '{n} unreadable',
  'report.nNotReady': '{n} not ready',
  'report.more.one': '…and 1 more problem of the same kinds ({kinds}).',
  'report.more.many': '…and {n} more problems of the same kinds ({kinds}).',
  'report.more.hint':
    'Fix the problems above first (one mistake often causes many), or list them all with --max-problems 0.',
  // ---- the command -------------------------------------------------------------------------------
  'cli.noInputs': 'name the review files to check.',
  'cli.noInputs.hint':
    'Example: gcm-review validate my-review.gcm.yaml   (or a folder, a glob, or - for standard input)',
  'cli.lang.invalid': '--lang: “{lang}” is not a supported language; use one of {list}.',
  'cli.maxProblems.invalid': '--max-problems: “{value}” is not a whole number (0 lists them all).',
  'cli.maxSize.invalid': '--max-size: “{value}” is not a size (examples: 500kb, 10mb).',
  'cli.internalError': 'internal error: {detail}',
  'cli.internalError.bug':
    'This is a bug in gcm-review, not a problem with your file. Please report it with the command you ran{debug}.',
  'cli.internalError.debug': ' (set GCM_REVIEW_DEBUG=1 to see the details)',
  'cli.writeFailed': 'could not write the report to {file}: {reason}',
} as const;

export type ValidateKey = keyof typeof en;
