// Messages in questionnaire terms, and the did-you-mean suggestions.
import { describe, expect, test } from 'vitest';
import { describePath, didYouMean, kindOf } from '../../src/validate/messages.js';
import { checkText } from '../../src/validate/index.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';

const VALID = MINIMAL_REVIEW;
const check = (extra: string, base = VALID) => checkText('f', base + extra).diagnostics;

describe('describePath', () => {
  test('objectives and Annex I questions by number, short name and question letter', () => {
    expect(describePath(['objectives', '7', 'gaps_and_challenges'])).toBe(
      'Objective 7 (Reduce vulnerabilities), question (c) Main gaps and challenges',
    );
    expect(describePath(['objectives', '1', 'implementation', 'statistics', 0, 'value'])).toBe(
      'Objective 1 (Data), question (a) Status of implementation, statistics, statistics row 1, value',
    );
    expect(describePath(['objectives', '23', 'next_steps'])).toMatch(/^Objective 23 \(.+\), next steps$/);
  });

  test('other sections by their titles', () => {
    expect(describePath(['metadata', 'submitter', 'country'])).toBe('About this review › submitter › country');
    expect(describePath(['methodology', 'consultations', 2, 'participants'])).toBe(
      'Methodology and process › consultations held › consultation 3 › participants',
    );
    expect(describePath([])).toBe('The review');
  });
});

describe('didYouMean', () => {
  const fields = ['key_messages', 'national_context', 'methodology', 'next_steps'];
  test.each([
    ['key_mesages', 'key_messages'],
    ['Key Messages', 'key_messages'],
    ['national-context', 'national_context'],
    ['nextsteps', 'next_steps'],
    ['methodolgy', 'methodology'],
  ])('%s → %s', (typo, want) => expect(didYouMean(typo, fields)).toBe(want));

  test('no wild guesses', () => {
    expect(didYouMean('budget', fields)).toBeUndefined();
    expect(didYouMean('x', fields)).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });
});

describe('suggestions in diagnostics', () => {
  test.each([
    ['France', 'FRA'],
    ['france', 'FRA'],
    ['Mexique', 'MEX'],
    ['Filipinas', 'PHL'],
    ['Philipines', 'PHL'],
    ['sen', 'SEN'],
  ])('country %s → %s', (name, code) => {
    const ds = checkText('f', VALID.replace('country: QMA', `country: ${name}`)).diagnostics;
    expect(ds).toMatchObject([{ code: 'country', line: 5, column: 14 }]);
    expect(ds[0]!.hint).toBe(`Did you mean “${code}”?`);
  });

  test.each([
    ['seven', '`7:`'],
    ['sept', '`7:`'],
    ['siete', '`7:`'],
    ['objective_7', '`7:`'],
    ['Objective 12', '`12:`'],
    ['obj', 'e.g. `7:`'],
  ])('objective key %s → %s', (key, hint) => {
    const ds = check(`objectives:\n  ${key}:\n    next_steps: x\n`);
    expect(ds).toMatchObject([{ code: 'unknown-objective', line: 10, column: 3 }]);
    expect(ds[0]!.hint).toContain(hint);
  });

  test('an enum value written as its label is matched to its key', () => {
    const ds = check('objectives:\n  1:\n    support_needs:\n      - area: Policy advice\n');
    expect(ds[0]!.hint).toBe('Did you mean “policy_advice”?');
  });

  test('a misspelt enum far from any value lists the allowed values with their labels', () => {
    const ds = check('objectives:\n  1:\n    support_needs:\n      - area: money\n');
    expect(ds[0]!.hint).toContain('Allowed: financing (Financing), capacity_building (Capacity-building)');
  });

  test('an unknown field with no close match lists the allowed fields', () => {
    const ds = check('objectives:\n  1:\n    budget: 5\n');
    expect(ds[0]!.message).toBe('Objective 1 (Data): unknown field “budget”.');
    expect(ds[0]!.hint).toContain('Allowed fields: implementation, guiding_principles, gaps_and_challenges');
  });

  test('a language map keyed by language names suggests the codes', () => {
    const ds = check('key_messages:\n  Español: Hola\n  anglais: Hello\n');
    expect(ds.map((d) => d.hint)).toEqual(['Did you mean “es”?', 'Did you mean “en”?']);
  });

  test('a text that is empty because it starts with # (a comment) says so', () => {
    const ds = check('key_messages: # Our messages\n');
    expect(ds).toMatchObject([{ code: 'type' }]);
    expect(ds[0]!.hint).toContain('#');
  });
});

describe('one problem, one diagnostic', () => {
  test('a narrative of the wrong type is reported once, not once per allowed form', () => {
    expect(check('key_messages: 42\n')).toHaveLength(1);
    expect(check('key_messages: [a, b]\n')).toHaveLength(1);
  });

  test('a bad entry inside a language map is reported at that entry', () => {
    const ds = check('key_messages:\n  en: Hello\n  fr: [a]\n');
    expect(ds).toMatchObject([{ code: 'type', line: 11, column: 7 }]);
    expect(ds[0]!.message).toBe('Key messages: the text in language “fr” must be text, found a list.');
  });

  test('an invalid web address is reported once even though two rules catch it', () => {
    const ds = check('annexes:\n  - title: A\n    link: ftp://example.org/a.pdf\n');
    expect(ds).toHaveLength(1);
    expect(ds[0]!.code).toBe('format');
  });

  test('all problems of a file are reported, in line order', () => {
    const ds = checkText(
      'f',
      VALID.replace('status: draft', 'status: done').replace('languages: [en]', 'languages: [english]') +
        'objectives:\n  3:\n    gaps_and_challenges: 1\n  30: {}\nannexes:\n  - link: x\n',
    ).diagnostics;
    expect(ds.map((d) => d.line)).toEqual([...ds.map((d) => d.line)].sort((a, b) => a - b));
    expect(ds.map((d) => d.code).sort()).toEqual([
      'enum',
      'format',
      'language-code',
      'required',
      'type',
      'unknown-objective',
    ]);
  });
});

test('kindOf describes values to a non-programmer', () => {
  expect(kindOf(null)).toBe('nothing (an empty value)');
  expect(kindOf([1])).toBe('a list');
  expect(kindOf({ a: 1 })).toBe('a group of named fields');
  expect(kindOf('a   long\ntext')).toBe('the text “a long text”');
  expect(kindOf(Infinity)).toBe('Infinity (not a usable number)');
  expect(kindOf(false)).toBe('false (a yes/no value)');
});
