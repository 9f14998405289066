// Part 4 lists: annexes, and support needs for guiding principles (question (e) for principles).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkFile } from '../../src/validate/index.js';
import { runEdit } from '../../src/wizard/edit.js';
import { runInit } from '../../src/wizard/init.js';
import { checkbox, confirm, editContext, input, multiline, newContext, select } from './script.js';

const BASE = `# review of Mexico
format_version: 1
metadata:
  submitter: {type: member_state, country: MEX}   # kept as written
  cycle: imrf_2026
  languages: [en]
  status: draft
objectives:
  "3":
    gaps_and_challenges: Rural areas.
`;

const data = (file: string) => parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' });

describe('annexes', () => {
  it('init: adds annexes at the end of part 4; an invalid link is refused, then a valid one is kept', async () => {
    const ctx = newContext([
      select('Who submits this review?', 'member_state'),
      { kind: 'search', message: 'Country', answer: 'SEN', term: 'seneg' },
      select('Which review is this for?', 'imrf_2026'),
      select('Region', 'eca'),
      checkbox('Languages', ['en']),
      input('Focal point: full name', ''),
      input('Focal point: job title', ''),
      input('Focal point: ministry', ''),
      input('Focal point: email', ''),
      input('Date of this version', undefined),
      multiline('How the review was prepared', ''),
      checkbox('Which groups were consulted?', []),
      select('Consultations held (0 so far)', 'done'),
      select('How should the objectives be listed?', 'number'),
      checkbox('Objectives to report on', []),
      multiline('Key messages', ''),
      multiline('National context', ''),
      multiline('Next steps', ''),
      select('Support needed for which guiding principle?', 'back'),
      select('Annexes (0 so far)', 'add', { expectDefault: 'add' }),
      input('Title of the annex', 'Statistical annex'),
      multiline('What the annex contains', 'Tables by region.'),
      input('Web link where the document can be read', 'www.example.org/annex', { invalid: true }),
      input('Web link where the document can be read', 'ftp://example.org/annex', { invalid: true }),
      input('Web link where the document can be read', 'https://example.org/annex.pdf'),
      select('Annexes (1 so far)', 'add', { expectDefault: 'done' }),
      input('Title of the annex', 'List of participants'),
      multiline('What the annex contains', ''),
      input('Web link where the document can be read', ''),
      select('Annexes (2 so far)', 'done'),
    ]);
    const code = await runInit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(code).toBe(0);
    expect(data(ctx.store.file).annexes).toEqual([
      { title: 'Statistical annex', description: 'Tables by region.\n', link: 'https://example.org/annex.pdf' },
      { title: 'List of participants' },
    ]);
    const result = await checkFile(ctx.store.file);
    expect(result.diagnostics).toEqual([]);
    expect(ctx.ask.said.map((s) => s.text)).toContain(`${ctx.store.file} is a valid review file.`);
  });

  it('edit: lists the existing annexes with their count; one can be changed, another removed, one added', async () => {
    const text = `${BASE}annexes:
  - title: Old table   # from 2024
    link: https://example.org/old
  - title: {en: Laws, fr: Lois}
`;
    const ctx = editContext(text, [
      select('What do you want to work on?', 'sections'),
      select('Other parts of the report', 'annexes', { expectDefault: 'key_messages' }),
      select('Annexes (2 so far)', 0, { expectDefault: 'done' }),
      select('Entry 1', 'change'),
      input('Title of the annex', 'Statistical tables', { expectDefault: 'Old table' }),
      multiline('What the annex contains', ''),
      input('Web link where the document can be read', 'not a link', {
        invalid: true,
        expectDefault: 'https://example.org/old',
      }),
      input('Web link where the document can be read', undefined, { expectDefault: 'https://example.org/old' }),
      select('Annexes (2 so far)', 1),
      select('Entry 2', 'remove'),
      confirm('Remove entry 2?', true),
      select('Annexes (1 so far)', 'add'),
      input('Title of the annex', 'Laws and decrees'),
      multiline('What the annex contains', 'The 2023 migration law.'),
      input('Web link where the document can be read', 'http://example.org/laws'),
      select('Annexes (2 so far)', 'done'),
      select('Other parts of the report', 'back', { expectDefault: 'back' }),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const out = readFileSync(ctx.store.file, 'utf8');
    expect(out).toContain('# review of Mexico\n');
    expect(out).toContain('# kept as written');
    expect(data(ctx.store.file).annexes).toEqual([
      { title: 'Statistical tables', link: 'https://example.org/old' },
      { title: 'Laws and decrees', description: 'The 2023 migration law.\n', link: 'http://example.org/laws' },
    ]);
    expect((await checkFile(ctx.store.file)).diagnostics).toEqual([]);
  });

  it('the menu of other parts shows how many annexes and principle support needs there are', async () => {
    const ctx = editContext(
      `${BASE}principle_support_needs:\n  - {principle: human_rights, area: financing}\nannexes:\n  - title: A\n`,
      [
        select('What do you want to work on?', 'sections'),
        select('Other parts of the report', 'back'),
        select('What do you want to work on?', 'quit'),
      ],
    );
    const menus: string[] = [];
    const orig = ctx.ask.select.bind(ctx.ask);
    ctx.ask.select = async (o) => {
      menus.push(...o.choices.map((c) => ('name' in c ? c.name : '')));
      return orig(o);
    };
    await runEdit(ctx);
    expect(menus).toContain('Support needs for guiding principles: 1 support need(s)');
    expect(menus).toContain('Annexes: 1 listed');
  });
});

describe('support needs for guiding principles', () => {
  it('pick a principle, then areas (incl. other with its label), descriptions and priorities', async () => {
    const ctx = editContext(BASE, [
      select('What do you want to work on?', 'sections'),
      select('Other parts of the report', 'principle_support_needs'),
      select('Support needed for which guiding principle?', 'gender_responsive', { expectDefault: 'back' }),
      checkbox('Areas where support is needed', ['capacity_building', 'other'], { expectChecked: [] }),
      input('Name of the other area', '', { invalid: true }),
      input('Name of the other area', 'South-South exchanges'),
      multiline('Capacity-building: what support', 'Training of border officials.'),
      select('Capacity-building: priority', 'high', { expectDefault: 'medium' }),
      multiline('South-South exchanges: what support', 'Peer visits.'),
      select('South-South exchanges: priority', null),
      select('Support needed for which guiding principle?', 'child_sensitive', { expectDefault: 'back' }),
      checkbox('Areas where support is needed', ['financing']),
      multiline('Financing: what support', ''),
      select('Financing: priority', 'low'),
      select('Support needed for which guiding principle?', 'back'),
      select('Other parts of the report', 'back', { expectDefault: 'annexes' }),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).principle_support_needs).toEqual([
      {
        principle: 'gender_responsive',
        area: 'capacity_building',
        description: 'Training of border officials.\n',
        priority: 'high',
      },
      { principle: 'gender_responsive', area: 'other', label: 'South-South exchanges', description: 'Peer visits.\n' },
      { principle: 'child_sensitive', area: 'financing', priority: 'low' },
    ]);
    const result = await checkFile(ctx.store.file);
    expect(result.diagnostics).toEqual([]);
    expect(result.readiness?.supportNeeds).toBe(3);
    expect(ctx.ask.said.map((s) => s.text)).toContain('Gender-responsive');
  });

  it('edit: existing needs are ticked and offered as defaults; other principles are left alone', async () => {
    const text = `${BASE}principle_support_needs:
  - principle: human_rights   # from the 2022 review
    area: other
    label: Legal aid networks
    description: Shared legal aid.
    priority: high
  - principle: gender_responsive
    area: data_collection_and_analysis
    description: Sex-disaggregated data.
  - principle: human_rights
    area: financing
    description: Funds for shelters.
`;
    const ctx = editContext(text, [
      select('What do you want to work on?', 'sections'),
      select('Other parts of the report', 'principle_support_needs'),
      select('Support needed for which guiding principle?', (choices: { value: string; name: string }[]) => {
        const names = choices.map((c) => c.name);
        expect(names).toContain('Human rights: 2 support need(s)');
        expect(names).toContain('Gender-responsive: 1 support need(s)');
        expect(names).toContain('People-centred: none');
        return 'human_rights';
      }),
      checkbox('Areas where support is needed', ['other'], { expectChecked: ['financing', 'other'] }),
      confirm('The need for "Financing" has a description. Remove it?', true),
      input('Name of the other area', 'Legal aid', { expectDefault: 'Legal aid networks' }),
      select('Legal aid: what support is needed, for what: what do you want to do', 'keep'),
      select('Legal aid: priority', undefined, { expectDefault: 'high' }),
      select('Support needed for which guiding principle?', 'back'),
      select('Other parts of the report', 'back'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const out = readFileSync(ctx.store.file, 'utf8');
    expect(out).toContain('# from the 2022 review');
    expect(data(ctx.store.file).principle_support_needs).toEqual([
      {
        principle: 'human_rights',
        area: 'other',
        label: 'Legal aid',
        description: 'Shared legal aid.',
        priority: 'high',
      },
      { principle: 'gender_responsive', area: 'data_collection_and_analysis', description: 'Sex-disaggregated data.' },
    ]);
    expect((await checkFile(ctx.store.file)).diagnostics).toEqual([]);
  });
});

describe('a title written in several languages', () => {
  it('is not asked as one line (that would lose a language): it is kept and said so', async () => {
    const ctx = editContext(`${BASE}annexes:\n  - title: {en: Laws, fr: Lois}\n`, [
      select('What do you want to work on?', 'sections'),
      select('Other parts of the report', 'annexes'),
      select('Annexes (1 so far)', 0),
      select('Entry 1', 'change'),
      multiline('What the annex contains', ''),
      input('Web link where the document can be read', ''),
      select('Annexes (1 so far)', 'done'),
      select('Other parts of the report', 'back'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).annexes).toEqual([{ title: { en: 'Laws', fr: 'Lois' } }]);
    expect(ctx.ask.said.some((s) => s.style === 'warning' && s.text.includes('annexes › 0 › title'))).toBe(true);
  });
});
