// Every diagnostic code the loader, the validator and the reporters emit, with a one-line description (for
// SARIF rules, documentation, and a test that no code goes undocumented). Imports nothing.

export const DIAGNOSTIC_CODES = {
  // reading the file
  'not-found': 'The file does not exist.',
  unreadable: 'The file cannot be read (permission denied).',
  'is-directory': 'The path is a folder, not a review file.',
  'not-a-file': 'The path is a device, a pipe or a socket, not a review file.',
  io: 'The file could not be read.',
  'too-large': 'The file exceeds the size limit.',
  'symlink-outside':
    'The path is a symbolic link to a file outside the folder being checked; it was not read (--follow-symlinks reads it).',
  'not-a-review':
    'The file has none of the fields of a review (format_version, metadata, objectives); its content is not shown.',
  'long-link': 'A web address is so long (over 2,000 characters) that reports show it shortened (a warning).',
  'more-problems': 'More problems were found than are listed (--max-problems); they are counted by kind.',
  encoding: 'The file is not UTF-8 text.',
  'control-character': 'The text contains a control character that YAML does not allow.',
  // YAML
  empty: 'The file, a list or a text is empty.',
  'yaml-syntax': 'The file is not valid YAML.',
  'tab-indent': 'A tab is used for indentation.',
  'duplicate-key': 'A key appears twice in the same section.',
  'multiple-documents': 'The file holds several YAML documents.',
  'too-deep': 'Lists or groups are nested too deeply.',
  'alias-limit': 'YAML aliases expand beyond a safe size.',
  'yaml-alias': 'A value starting with * refers to an anchor that does not exist.',
  'yaml-tag': 'A value carries a YAML tag that review files do not use.',
  'complex-key': 'A list or a group of fields is used as a key.',
  // the review format
  type: 'A value has the wrong type.',
  required: 'A required field is missing.',
  'unknown-field': 'A field is not part of the review format.',
  'unknown-objective': 'There is no such GCM objective (they are numbered 1 to 23).',
  enum: 'A value is not one of the allowed values.',
  const: 'A value must be exactly the one the format requires.',
  format: 'A value is not in the expected form (date, email, web address).',
  pattern: 'A value is not in the expected form.',
  country: 'A country code is not ISO 3166-1 alpha-3.',
  'language-code': 'A language code is not valid.',
  'duplicate-item': 'An item is repeated in a list.',
  range: 'A number is out of range.',
  'sdg-target': 'An SDG target or indicator number is not in the form "10.7", "10.c" or "10.7.2".',
  schema: 'A value breaks another rule of the review format.',
  'not-member-state': 'A Member State review names a country code that is not a UN Member State.',
  territory: 'A Member State review names a territory, not a UN Member State (a warning).',
  'region-membership': 'The country is not a member of the regional commission named in `region` (a warning).',
  'duplicate-reference': 'Two entries of the references list have the same id.',
  'table-and-row': 'A statistics entry is both a row (indicator, value…) and a table.',
  'table-values': 'A table row has a different number of values than the table has columns.',
  'unknown-reference': 'An id refers to nothing: a plan measure or dimension that the national plan does not have.',
  'duplicate-id': 'Two plan measures or dimensions have the same id.',
  'plan-not-cited': 'A plan measure lists an objective whose answers do not cite the measure (a warning).',
  // readiness (a valid review that is not complete)
  'not-ready': 'The review is valid but not complete yet.',
} as const satisfies Readonly<Record<string, string>>;

/** A documented diagnostic code: emitting one that is not listed above fails the type check. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
