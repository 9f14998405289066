import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  QUESTIONS,
  ROUNDTABLES,
  SUBMITTER_TYPES,
  guidanceFor,
  question,
  questionText,
} from '../../src/reference/index.js';
import { askQuestion, chooseObjectives } from '../../src/wizard/objectives.js';
import { askConsultations, askStakeholders } from '../../src/wizard/people.js';
import { checkbox, confirm, editContext, editor, input, multiline, select } from './script.js';

const HEAD = `format_version: 1
metadata:
  submitter: {type: member_state, country: MEX}
  cycle: imrf_2026
  languages: [en]
  status: draft
`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field
function data(file: string): Record<string, any> {
  return parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' });
}

describe('part 2: stakeholders consulted and consultations', () => {
  it('categories, then organizations per category (optional), saved in category order', async () => {
    const ctx = editContext(HEAD, [
      checkbox('Which groups were consulted?', ['trade_unions', 'migrants']),
      input('Migrants: organizations consulted', 'Red de Migrantes; Casa del Migrante, A.C.'),
      input('Trade unions: organizations consulted', ''),
    ]);
    await askStakeholders(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).methodology.stakeholders_consulted).toEqual([
      { category: 'migrants', organizations: ['Red de Migrantes', 'Casa del Migrante, A.C.'] },
      { category: 'trade_unions' },
    ]);
  });

  it('unticking a category that lists organizations asks first; the answer "no" keeps it', async () => {
    const ctx = editContext(
      HEAD +
        `methodology:
  stakeholders_consulted:
    - category: migrants
      organizations: [Red de Migrantes]
    - category: academia
`,
      [
        checkbox('Which groups were consulted?', [], { expectChecked: ['migrants', 'academia'] }),
        confirm('"Migrants" lists organizations', false),
      ],
    );
    await askStakeholders(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    // academia (no organizations) removed silently, migrants kept
    expect(data(ctx.store.file).methodology.stakeholders_consulted).toEqual([
      { category: 'migrants', organizations: ['Red de Migrantes'] },
    ]);
  });

  it('consultations: a loop adding entries with every field, then an entry changed and one removed', async () => {
    const ctx = editContext(HEAD, [
      select('Consultations held (0 so far)', 'add', { expectDefault: 'add' }),
      input('Title of the consultation', 'National workshop'),
      input('Date (YYYY-MM-DD', '2025-02-30', { invalid: true }),
      input('Date (YYYY-MM-DD', '2025-03-12'),
      select('Format', 'hybrid', { expectDefault: 'in_person' }),
      input('Number of participants', 'forty', { invalid: true }),
      input('Number of participants', '1 045'),
      checkbox('Groups taking part', ['migrants', 'academia']),
      select('Consultations held (1 so far)', 'add', { expectDefault: 'done' }),
      input('Title of the consultation', 'Call for written inputs'),
      input('Date (YYYY-MM-DD', ''),
      select('Format', 'written'),
      input('Number of participants', ''),
      checkbox('Groups taking part', []),
      select('Consultations held (2 so far)', 0),
      select('Entry 1', 'change'),
      input('Title of the consultation', 'National validation workshop', { expectDefault: 'National workshop' }),
      input('Date (YYYY-MM-DD', undefined, { expectDefault: '2025-03-12' }),
      select('Format', 'in_person', { expectDefault: 'hybrid' }),
      input('Number of participants', undefined, { expectDefault: '1045' }),
      checkbox('Groups taking part', undefined, { expectChecked: ['migrants', 'academia'] }),
      select('Consultations held (2 so far)', 1),
      select('Entry 2', 'remove'),
      confirm('Remove entry 2?', true),
      select('Consultations held (1 so far)', 'done'),
    ]);
    await askConsultations(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).methodology.consultations).toEqual([
      {
        title: 'National validation workshop',
        date: '2025-03-12',
        format: 'in_person',
        participants: 1045,
        stakeholders: ['migrants', 'academia'],
      },
    ]);
  });
});

describe('part 3: choosing the objectives', () => {
  it('lists the 23 objectives grouped by round table, with a "select all" entry per round table', async () => {
    let seen: { separator?: string; value?: string; name?: string }[] = [];
    const ctx = editContext(HEAD, [
      select('How should the objectives be listed?', 'roundtable', { expectDefault: 'number' }),
      checkbox('Objectives to report on', (choices: typeof seen) => {
        seen = choices;
        return [];
      }),
    ]);
    await chooseObjectives(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const separators = seen.filter((c) => c.separator).map((c) => c.separator);
    expect(separators).toEqual([
      '── IMRF round table 1 ──',
      '── IMRF round table 2 ──',
      '── IMRF round table 3 ──',
      '── IMRF round table 4 ──',
    ]);
    const values = seen.filter((c) => c.value).map((c) => c.value!);
    expect(values.filter((v) => v.startsWith('o:')).length).toBe(23);
    for (const rt of ROUNDTABLES) {
      // separator, then "select all", then that round table's objectives with their official titles
      const at = seen.findIndex((c) => c.separator === `── IMRF round table ${rt.number} ──`);
      expect(seen[at + 1]).toMatchObject({ value: `rt:${rt.number}`, name: `Select all of round table ${rt.number}` });
      expect(seen.slice(at + 2, at + 2 + rt.objectives.length).map((c) => c.value)).toEqual(
        rt.objectives.map((n) => `o:${n}`),
      );
    }
    expect(seen.find((c) => c.value === 'o:8')).toMatchObject({
      name: '8. Save lives and establish coordinated international efforts on missing migrants',
    });
    expect(
      ctx.ask.said.some((s) => s.text === 'No objective chosen yet: you can choose them later with gcm-review edit.'),
    ).toBe(true);
  });

  it('"select all of round table 2" plus objective 7 chooses exactly those, in order', async () => {
    const rt2 = ROUNDTABLES.find((r) => r.number === 2)!.objectives;
    const ctx = editContext(HEAD, [
      select('How should the objectives be listed?', 'roundtable'),
      checkbox('Objectives to report on', ['rt:2', 'o:7']),
    ]);
    await chooseObjectives(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const keys = Object.keys(data(ctx.store.file).objectives).map(Number);
    expect(keys).toEqual([...rt2, 7].sort((a, b) => a - b));
    expect(Object.values(data(ctx.store.file).objectives).every((v) => JSON.stringify(v) === '{}')).toBe(true);
  });

  it('unticking an objective with answers asks before deleting them; one without answers goes silently', async () => {
    const ctx = editContext(
      HEAD +
        `objectives:
  "3": {}
  "7":
    gaps_and_challenges: Important text.
  "9": {}
`,
      [
        // ticked in list order: objective 9 is in round table 2, 3 and 7 in round table 4
        select('How should the objectives be listed?', 'roundtable'),
        checkbox('Objectives to report on', ['o:9'], { expectChecked: ['o:9', 'o:3', 'o:7'] }),
        confirm('Objective 7 (Reduce vulnerabilities) has answers', false),
      ],
    );
    await chooseObjectives(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).objectives).toEqual({ '7': { gaps_and_challenges: 'Important text.' }, '9': {} });
  });

  it('offers number order (objective 1 first), and remembers the order chosen for next time', async () => {
    const store = new Map<string, string>();
    const prefs = { get: (k: string) => store.get(k), set: (k: string, v: string) => void store.set(k, v) };
    let seen: { separator?: string; value?: string }[] = [];
    const first = editContext(HEAD, [
      select('How should the objectives be listed?', 'number', { expectDefault: 'number' }),
      checkbox('Objectives to report on', (choices: typeof seen) => {
        seen = choices;
        return ['o:1'];
      }),
    ]);
    first.prefs = prefs;
    await chooseObjectives(first);
    expect(seen.filter((c) => c.separator)).toEqual([]);
    expect(seen.map((c) => c.value)).toEqual(Array.from({ length: 23 }, (_, i) => `o:${i + 1}`));
    expect(Object.keys(data(first.store.file).objectives)).toEqual(['1']);
    // the other order, chosen once, is the default the next time
    const second = editContext(HEAD, [
      select('How should the objectives be listed?', 'roundtable', { expectDefault: 'number' }),
      checkbox('Objectives to report on', []),
    ]);
    second.prefs = prefs;
    await chooseObjectives(second);
    expect(store.get('objectives.order')).toBe('roundtable');
    const third = editContext(HEAD, [
      select('How should the objectives be listed?', 'roundtable', { expectDefault: 'roundtable' }),
      checkbox('Objectives to report on', []),
    ]);
    third.prefs = prefs;
    await chooseObjectives(third);
    expect(third.ask.remaining()).toEqual([]);
  });
});

const OBJ7 = HEAD + `objectives:\n  "7": {}\n`;

describe('part 3: the five Annex I questions', () => {
  it('shows each question worded for the submitter type, with its guidance, above the prompt', async () => {
    for (const type of SUBMITTER_TYPES) {
      const name = type === 'member_state' ? 'country: MEX' : 'name: X';
      const ctx = editContext(OBJ7.replace('{type: member_state, country: MEX}', `{type: ${type}, ${name}}`), [
        multiline('Main gaps and challenges: your answer', ''),
      ]);
      await askQuestion(ctx, 7, 'c');
      const said = ctx.ask.said.map((s) => s.text);
      expect(said).toContain(questionText('c', type, 'en'));
      expect(said).toContain(guidanceFor('c', type, 'en'));
      // a stakeholder observes implementation: its guidance says so; a State's is the general one
      if (type === 'stakeholder') expect(said.join('\n')).toContain('What gaps do you observe');
      else expect(said).toContain(question('c').guidance.en);
      expect(said.some((s) => s.includes('Objective 7') && s.includes('Question (c), 3 of 5'))).toBe(true);
    }
    // the wordings differ: national plans for a State, regional plans for a mechanism
    expect(questionText('c', 'member_state', 'en')).toMatch(/national/);
    expect(questionText('c', 'iscm', 'en')).toMatch(/regional/);
  });

  it('(a) a narrative, then a loop adding statistics rows (numbers recognised, text kept)', async () => {
    const ctx = editContext(OBJ7, [
      multiline('Status of implementation: your answer', 'Line one.\n\nLine two after a blank line.\n'),
      select('Statistics for this objective (0 so far)', 'add'),
      input('Indicator', 'Migrants assisted'),
      input('Value', '1 200'),
      input('Unit', 'persons'),
      input('Year or period', '2024'),
      input('Source', 'Ministry of Interior'),
      input('Disaggregation', 'by sex'),
      select('Statistics for this objective (1 so far)', 'add'),
      input('Indicator', 'Share of cases closed'),
      input('Value', '12–15'),
      input('Unit', '%'),
      input('Year or period', '2022–2024'),
      input('Source', ''),
      input('Disaggregation', ''),
      select('Statistics for this objective (2 so far)', 'add'),
      // an empty indicator adds nothing
      input('Indicator', ''),
      select('Statistics for this objective (2 so far)', 'done'),
    ]);
    await askQuestion(ctx, 7, 'a');
    expect(ctx.ask.remaining()).toEqual([]);
    const text = readFileSync(ctx.store.file, 'utf8');
    expect(text).toContain('      status: |\n        Line one.\n\n        Line two after a blank line.\n');
    expect(data(ctx.store.file).objectives['7'].implementation).toEqual({
      status: 'Line one.\n\nLine two after a blank line.\n',
      statistics: [
        {
          indicator: 'Migrants assisted',
          value: 1200,
          unit: 'persons',
          year: 2024,
          source: 'Ministry of Interior',
          disaggregation: 'by sex',
        },
        { indicator: 'Share of cases closed', value: '12–15', unit: '%', year: '2022–2024' },
      ],
    });
  });

  it('(b) principles multi-select, then a narrative', async () => {
    const ctx = editContext(OBJ7, [
      checkbox('Guiding principles applied', ['human_rights', 'whole_of_society_approach']),
      multiline('How they were integrated', 'Civil society sat on the steering committee.'),
    ]);
    await askQuestion(ctx, 7, 'b');
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).objectives['7'].guiding_principles).toEqual({
      applied: ['human_rights', 'whole_of_society_approach'],
      narrative: 'Civil society sat on the steering committee.\n',
    });
    expect(readFileSync(ctx.store.file, 'utf8')).toContain('applied: [human_rights, whole_of_society_approach]');
  });

  it('(c) in the editor when $EDITOR is set; an empty answer skips the question', async () => {
    const ctx = editContext(OBJ7, [editor('Main gaps and challenges', 'Funding.\nStaff.\n')], { useEditor: true });
    await askQuestion(ctx, 7, 'c');
    expect(data(ctx.store.file).objectives['7'].gaps_and_challenges).toBe('Funding.\nStaff.\n');
    const skip = editContext(OBJ7, [multiline('Main gaps and challenges', '   \n')]);
    await askQuestion(skip, 7, 'c');
    expect(data(skip.store.file).objectives['7']).toEqual({});
  });

  it('(d) a loop adding promising practices (title, description, partners, results, link)', async () => {
    const ctx = editContext(OBJ7, [
      select('Promising practices (0 so far)', 'add'),
      input('Short title of the practice', 'One-stop migrant centres'),
      multiline('What was done', 'Twelve municipalities opened centres.'),
      input('Partners', 'IOM; Municipality of Tijuana'),
      multiline('Results and lessons learned', ''),
      input('Web link', 'example.org', { invalid: true }),
      input('Web link', 'https://example.org/centres'),
      select('Promising practices (1 so far)', 'add'),
      input('Short title of the practice', 'Hotline'),
      multiline('What was done', ''),
      input('Partners', ''),
      multiline('Results and lessons learned', ''),
      input('Web link', ''),
      select('Promising practices (2 so far)', 'done'),
    ]);
    await askQuestion(ctx, 7, 'd');
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).objectives['7'].promising_practices).toEqual([
      {
        title: 'One-stop migrant centres',
        description: 'Twelve municipalities opened centres.\n',
        partners: ['IOM', 'Municipality of Tijuana'],
        link: 'https://example.org/centres',
      },
      { title: 'Hotline' },
    ]);
  });

  it('(e) areas multi-select plus "other" (its label first), then a description and a priority for each', async () => {
    const ctx = editContext(OBJ7, [
      checkbox('Areas where support is needed', ['financing', 'other', 'technology']),
      input('Name of the other area', 'Research'),
      multiline('Financing: what support is needed', 'Budget support.'),
      select('Financing: priority', 'high', { expectDefault: 'medium' }),
      multiline('Technology: what support', ''),
      select('Technology: priority', null),
      multiline('Research: what support', 'A study.'),
      select('Research: priority', 'low'),
    ]);
    await askQuestion(ctx, 7, 'e');
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).objectives['7'].support_needs).toEqual([
      { area: 'financing', description: 'Budget support.\n', priority: 'high' },
      { area: 'technology' },
      { area: 'other', label: 'Research', description: 'A study.\n', priority: 'low' },
    ]);
  });

  it('(e) in edit: current areas ticked, current label/description/priority offered; an unticked need with text is removed only when confirmed', async () => {
    const ctx = editContext(
      OBJ7.replace(
        '"7": {}',
        `"7":
    support_needs:
      - area: financing
        description: Budget support.
        priority: high
      - area: other
        label: Research
      - area: technology`,
      ),
      [
        checkbox('Areas where support is needed', ['other'], { expectChecked: ['financing', 'technology', 'other'] }),
        confirm('The need for "Financing" has a description. Remove it?', true),
        input('Name of the other area', 'Applied research', { expectDefault: 'Research' }),
        multiline('Applied research: what support', undefined, {}),
        select('Applied research: priority', 'medium', { expectDefault: 'medium' }),
      ],
    );
    await askQuestion(ctx, 7, 'e');
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).objectives['7'].support_needs).toEqual([
      { area: 'other', label: 'Applied research', priority: 'medium' },
    ]);
  });

  it('every question letter has a flow (a to e)', () => {
    expect(QUESTIONS.map((q) => q.letter)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
