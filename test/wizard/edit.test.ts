import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkFile } from '../../src/validate/index.js';
import { runEdit } from '../../src/wizard/edit.js';
import { runInit } from '../../src/wizard/init.js';
import { openReview } from '../../src/wizard/session.js';
import { checkbox, confirm, editContext, input, multiline, newContext, search, select, tmpDir } from './script.js';

const COMPLETE_3 = `  "3":
    implementation:
      status: Information centres opened.
    guiding_principles:
      applied: [human_rights]
    gaps_and_challenges: Rural areas.
    promising_practices:
      - title: Radio programme
    support_needs:
      - area: financing
`;

const REVIEW = `format_version: 1
metadata:
  submitter: {type: member_state, country: MEX}
  cycle: imrf_2026
  languages: [en]
  status: draft
objectives:
${COMPLETE_3}  "7":
    implementation:
      status: Done a.
    gaps_and_challenges: Gaps.
`;

describe('edit: navigation', () => {
  it('defaults to the first unanswered objective and question; answers are offered as defaults', async () => {
    const ctx = editContext(REVIEW, [
      select('What do you want to work on?', 'obj:7', { expectDefault: 'obj:7' }),
      select('Objective 7 ·', 'b', { expectDefault: 'b' }),
      checkbox('Guiding principles applied', ['human_rights'], { expectChecked: [] }),
      multiline('How they were integrated', ''),
      // (b) is answered now: the next unanswered question after it is (d)
      select('Objective 7 ·', 'a', { expectDefault: 'd' }),
      // an answer already there: shown, and Enter keeps it
      select('Status of implementation: your answer: what do you want to do with the current answer?', 'keep', {
        expectDefault: 'keep',
      }),
      select('Statistics for this objective (0 so far)', 'done', { expectDefault: 'add' }),
      select('Objective 7 ·', 'back', { expectDefault: 'd' }),
      select('What do you want to work on?', 'quit', { expectDefault: 'obj:7' }),
    ]);
    const code = await runEdit(ctx);
    expect(code).toBe(0);
    expect(ctx.ask.remaining()).toEqual([]);
    const d = parse(readFileSync(ctx.store.file, 'utf8'), { version: '1.2', schema: 'core' });
    expect(d.objectives['7'].guiding_principles).toEqual({ applied: ['human_rights'] });
    // keeping an answer does not rewrite it
    expect(readFileSync(ctx.store.file, 'utf8')).toContain('      status: Done a.\n');
    // the menu showed progress per objective
    expect(ctx.ask.asked[0]).toContain('What do you want to work on?');
  });

  it('shows progress per objective: answered, partial, empty', async () => {
    const { objectiveLine } = await import('../../src/wizard/edit.js');
    const ctx = editContext(REVIEW.replace('objectives:\n', 'objectives:\n  "1": {}\n'), []);
    expect(objectiveLine(ctx, 3)).toBe('● Objective 3 · Information provision · all 5 questions answered');
    expect(objectiveLine(ctx, 7)).toBe('◐ Objective 7 · Reduce vulnerabilities · 2 of 5 questions answered');
    expect(objectiveLine(ctx, 1)).toBe('○ Objective 1 · Data · not started');
  });

  it('when every objective is answered the default moves on to the other parts, then to finishing', async () => {
    const { mainDefault } = await import('../../src/wizard/edit.js');
    const allDone = REVIEW.replace(/ {2}"7":[\s\S]*$/, '');
    expect(mainDefault(editContext(allDone, []))).toBe('sections');
    const withSections = allDone + 'key_messages: K.\nnational_context: C.\nnext_steps: N.\n';
    expect(mainDefault(editContext(withSections, []))).toBe('finish');
  });

  it('metadata, preparation and other parts are reachable from the menu', async () => {
    const ctx = editContext(REVIEW, [
      select('What do you want to work on?', 'meta'),
      select('About the review', 'status', { expectDefault: 'type' }),
      select('Status of the review', 'final', { expectDefault: 'draft' }),
      select('About the review', 'back', { expectDefault: 'back' }),
      select('What do you want to work on?', 'sections'),
      select('Other parts of the report', 'guiding_principles', { expectDefault: 'key_messages' }),
      select('Which guiding principle?', 'human_rights', { expectDefault: 'people_centred' }),
      multiline('Human rights', 'Rights first.'),
      select('Which guiding principle?', 'back', { expectDefault: 'gender_responsive' }),
      select('Other parts of the report', 'back', { expectDefault: 'next_steps' }),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const d = parse(readFileSync(ctx.store.file, 'utf8'), { version: '1.2', schema: 'core' });
    expect(d.metadata.status).toBe('final');
    expect(d.guiding_principles).toEqual({ human_rights: 'Rights first.\n' });
  });

  it('a file that does not validate opens anyway, with its problems listed', async () => {
    const bad = REVIEW.replace('cycle: imrf_2026', 'cycle: imrf_2099');
    const dir = tmpDir();
    const file = join(dir, 'bad.gcm.yaml');
    writeFileSync(file, bad);
    const { store, problems } = await openReview(file, 'en');
    expect(problems.length).toBeGreaterThan(0);
    const ctx = editContext(bad, [select('What do you want to work on?', 'quit')]);
    await runEdit({ ...ctx, store }, problems);
    const said = ctx.ask.said.map((s) => s.text);
    expect(said).toContain('The file has 1 problem(s). It opens anyway:');
    expect(said.some((s) => s.startsWith('line 4:') && s.includes('cycle'))).toBe(true);
  });
});

describe('edit keeps a hand-written file as it was', () => {
  const HAND = `# Review of Mexico — written by hand by the GCM unit.
# Keep these comments!

format_version: 1

metadata:
  submitter: {type: member_state, country: MEX}   # ISO code
  cycle: imrf_2026
  languages: [es, en]
  date: 2025-01-02   # last update
  status: draft

# --- Objectives -------------------------------------------
objectives:
  # objective 7 first: it matters most to us
  "7":
    implementation:
      status: "Programa Nacional de Atención."   # short for now
    # (c) folded on purpose
    gaps_and_challenges: >
      Folded text that is
      long.
  "3":
    gaps_and_challenges: 'Rural areas.'

next_steps: |
  To be decided.
`;

  it('an edited answer changes only its own lines; comments, key order and formatting survive', async () => {
    const ctx = editContext(HAND, [
      select('What do you want to work on?', 'obj:7', { expectDefault: 'obj:3' }),
      select('Objective 7 ·', 'c', { expectDefault: 'b' }),
      select('Main gaps and challenges: your answer: what do you want to do', 'replace'),
      multiline('Main gaps and challenges', 'New gaps text.\nSecond line.'),
      select('Objective 7 ·', 'back'),
      select('What do you want to work on?', 'meta'),
      select('About the review', 'date'),
      input('Date of this version', '2025-04-30', { expectDefault: '2025-01-02' }),
      select('About the review', 'back'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const out = readFileSync(ctx.store.file, 'utf8');
    const expected = HAND.replace('date: 2025-01-02   # last update', 'date: 2025-04-30   # last update').replace(
      'gaps_and_challenges: >\n      Folded text that is\n      long.\n',
      'gaps_and_challenges: |\n      New gaps text.\n      Second line.\n',
    );
    expect(out).toBe(expected);
  });

  it('a new answer goes in at its place in the schema order; the rest of the file is untouched', async () => {
    const ctx = editContext(HAND, [
      select('What do you want to work on?', 'obj:3'),
      select('Objective 3 ·', 'a', { expectDefault: 'a' }),
      multiline('Status of implementation', 'Centres opened.'),
      select('Statistics for this objective', 'done'),
      select('Objective 3 ·', 'back', { expectDefault: 'b' }),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    const out = readFileSync(ctx.store.file, 'utf8');
    expect(out).toBe(
      HAND.replace(
        `  "3":\n    gaps_and_challenges: 'Rural areas.'\n`,
        `  "3":\n    implementation:\n      status: |\n        Centres opened.\n    gaps_and_challenges: 'Rural areas.'\n`,
      ),
    );
  });
});

describe('init from start to end', () => {
  it('metadata, preparation, objectives with their questions, other parts, then check and render', async () => {
    const rendered: string[] = [];
    const ctx = newContext(
      [
        select('Who submits this review?', 'member_state'),
        search('Country', 'PHL', { term: 'phil' }),
        select('Which review is this for?', undefined),
        select('Region', 'escap'),
        checkbox('Languages', undefined),
        input('Focal point: full name', 'Jose Rizal'),
        input('Focal point: job title', ''),
        input('Focal point: ministry', ''),
        input('Focal point: email', ''),
        input('Date of this version', undefined),
        multiline('How the review was prepared', 'An inter-agency committee.'),
        checkbox('Which groups were consulted?', ['migrants']),
        input('Migrants: organizations', ''),
        select('Consultations held (0 so far)', 'done'),
        select('How should the objectives be listed?', 'number'),
        checkbox('Objectives to report on', ['o:20']),
        multiline('Status of implementation', 'Remittance costs fell.'),
        select('Statistics for this objective (0 so far)', 'done'),
        checkbox('Guiding principles applied', []),
        multiline('How they were integrated', ''),
        multiline('Main gaps and challenges', ''),
        select('Promising practices (0 so far)', 'done'),
        checkbox('Areas where support is needed', ['technology']),
        multiline('Technology: what support', 'Digital wallets.'),
        select('Technology: priority', 'high'),
        multiline('Key messages', 'Cheaper remittances.'),
        multiline('National context', ''),
        multiline('Next steps', ''),
        select('Support needed for which guiding principle?', 'back', { expectDefault: 'back' }),
        select('Annexes (0 so far)', 'done', { expectDefault: 'add' }),
        confirm('Make the report now?', true),
      ],
      {
        render: async (file) => {
          rendered.push(file);
          return 0;
        },
      },
    );
    const code = await runInit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(code).toBe(0);
    expect(rendered).toEqual([ctx.store.file]);
    const result = await checkFile(ctx.store.file);
    expect(result.diagnostics).toEqual([]);
    expect(result.readiness?.objectivesAnswered).toEqual([20]);
    expect(result.readiness?.supportNeeds).toBe(1);
    const said = ctx.ask.said.map((s) => s.text);
    expect(said).toContain(`${ctx.store.file} is a valid review file.`);
    expect(said).toContain('Objectives with answers: 1 (20). Support needs listed: 1.');
    expect(said.some((s) => s.includes('Objective 20 (Remittances): questions (b), (c), (d) not answered'))).toBe(true);
  });

  it('a failed render is reported; the review stays saved and valid', async () => {
    const ctx = editContext(
      REVIEW,
      [select('What do you want to work on?', 'finish'), confirm('Make the report now?', true)],
      {
        render: async () => 1,
      },
    );
    const code = await runEdit(ctx);
    expect(code).toBe(1);
    expect(
      ctx.ask.said.some((s) => s.style === 'warning' && s.text.startsWith('The report could not be made (exit code 1')),
    ).toBe(true);
    expect((await checkFile(ctx.store.file)).diagnostics).toEqual([]);
  });
});

describe('edit: special cases', () => {
  it('changing the submitter type asks for the new identity at once', async () => {
    const ctx = editContext(REVIEW, [
      select('What do you want to work on?', 'meta'),
      select('About the review', 'type'),
      select('Who submits this review?', 'stakeholder', { expectDefault: 'member_state' }),
      input('Name of your organization', 'Migrant Forum'),
      select('Which kind of stakeholder', 'migrant_and_diaspora_organizations'),
      select('About the review', 'back'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const d = parse(readFileSync(ctx.store.file, 'utf8'), { version: '1.2', schema: 'core' });
    expect(d.metadata.submitter).toEqual({
      type: 'stakeholder',
      country: 'MEX',
      name: 'Migrant Forum',
      category: 'migrant_and_diaspora_organizations',
    });
    expect((await checkFile(ctx.store.file)).diagnostics).toEqual([]);
  });

  it('a bilingual answer ({en, fr}) is edited language by language, and stays bilingual', async () => {
    const ctx = editContext(
      REVIEW.replace(
        '    gaps_and_challenges: Gaps.\n',
        '    gaps_and_challenges:\n      en: Gaps.\n      fr: Lacunes.\n',
      ),
      [
        select('What do you want to work on?', 'obj:7'),
        select('Objective 7 ·', 'c'),
        select('Main gaps and challenges: your answer [en]: what do you want to do', 'keep'),
        select('Main gaps and challenges: your answer [fr]: what do you want to do', 'replace'),
        multiline('Main gaps and challenges: your answer [fr]', 'Lacunes importantes.'),
        select('Objective 7 ·', 'back'),
        select('What do you want to work on?', 'quit'),
      ],
    );
    await runEdit(ctx);
    const d = parse(readFileSync(ctx.store.file, 'utf8'), { version: '1.2', schema: 'core' });
    expect(d.objectives['7'].gaps_and_challenges).toEqual({ en: 'Gaps.', fr: 'Lacunes importantes.\n' });
  });

  it('opens the complete example review and changes one answer without touching the rest', async () => {
    const example = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'full-en.gcm.yaml'), 'utf8');
    const status = parse(example, { version: '1.2', schema: 'core' }).metadata.status as 'draft' | 'final';
    const other = status === 'final' ? 'draft' : 'final';
    const ctx = editContext(example, [
      select('What do you want to work on?', 'meta'),
      select('About the review', 'status'),
      select('Status of the review', other, { expectDefault: status }),
      select('About the review', 'back'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(readFileSync(ctx.store.file, 'utf8')).toBe(
      example.replace(`\n  status: ${status}\n`, `\n  status: ${other}\n`),
    );
  });
});
