// Issue 9 §3–5 in the wizard: scope and priorities, the national plan, pledges and the Progress
// Declaration are reachable from the "other parts" menu of edit, and what they save validates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Review } from '../../src/schema/types.js';
import { checkFile } from '../../src/validate/index.js';
import { runEdit } from '../../src/wizard/edit.js';
import { checkbox, editContext, input, multiline, select } from './script.js';

const REVIEW = `format_version: 1
metadata:
  submitter: {type: member_state, country: QTA}
  cycle: imrf_2026
  languages: [en]
  status: draft
objectives:
  "3":
    implementation:
      status: Information centres opened.
    guiding_principles:
      applied: [human_rights]
    gaps_and_challenges: Rural areas.
    promising_practices:
      - title: Radio programme
    support_needs:
      - area: financing
  "7":
    gaps_and_challenges: Gaps.
`;

const MAIN = 'What do you want to work on?';
const OTHER = 'Other parts of the report';

function saved(file: string): Review {
  return parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' }) as Review;
}

describe('wizard: scope and priorities', () => {
  it('the scope and a priority rank are set from the other parts menu; a rank of 0 is refused', async () => {
    const ctx = editContext(REVIEW, [
      select(MAIN, 'sections'),
      select(OTHER, 'scope', { expectDefault: 'key_messages' }),
      select('What does the review cover?', 'selected'),
      multiline('Why these objectives', 'Information comes first.'),
      select(OTHER, 'priorities', { expectDefault: 'priorities' }),
      select('Priority of which objective?', 3, { expectDefault: 3 }),
      input('Rank', '0', { invalid: true }),
      input('Rank', '1'),
      multiline('Why it is a priority', 'Most departures start uninformed.'),
      select('Priority of which objective?', 'back', { expectDefault: 7 }),
      select(OTHER, 'back'),
      select(MAIN, 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const d = saved(ctx.store.file);
    expect(d.metadata.scope).toEqual({ kind: 'selected', reason: 'Information comes first.\n' });
    expect(d.objectives!['3']!.priority).toEqual({ rank: 1, reason: 'Most departures start uninformed.\n' });
    // readiness of the selective review judges objective 3 only: 7 (one question answered) is not held against it
    const r = await checkFile(ctx.store.file);
    expect(r.diagnostics).toEqual([]);
    expect(r.readiness!.incomplete.map((i) => i.objective)).toEqual([]);
    expect(r.readiness!.notes.join('\n')).not.toMatch(/Objective 7/);
  });
});

describe('wizard: national plan, pledges, Progress Declaration', () => {
  it('a plan with a dimension and a measure, a joint pledge and a paragraph are saved and validate', async () => {
    const ctx = editContext(REVIEW, [
      select(MAIN, 'sections'),
      select(OTHER, 'national_plan'),
      input('Title of the plan', 'National GCM Implementation Plan 2023–2027'),
      input('Date of adoption', '2023-05-02'),
      input('Web link to the plan', ''),
      select('Dimensions of the plan', 'add'),
      input('Short id of the dimension', 'D1'),
      input('Name of the dimension', 'Labour mobility'),
      select('Dimensions of the plan', 'done'),
      select('Measures of the plan', 'add'),
      input('Short id of the measure', 'M 2', { invalid: true }),
      input('Short id of the measure', 'M2.3'),
      input('Name of the measure', 'Bilateral labour agreements'),
      select('Dimension of the measure', 'D1'),
      checkbox('Objectives the measure serves', ['3', '7', '18']),
      select('Measures of the plan', 'done'),
      select(OTHER, 'pledges', { expectDefault: 'guiding_principles' }),
      select('Pledges', 'add'),
      input('Title of the pledge', 'Fair recruitment corridor'),
      select('Individual or joint pledge?', 'joint'),
      select('Status of the pledge', 'in_progress'),
      checkbox('Objectives the pledge serves', ['6', '18']),
      select('Partners in the pledge', 'add'),
      input('Name of the partner', 'Ministry of Labour of Estria'),
      input('Country of the partner', 'qnb'),
      select('Partners in the pledge', 'done'),
      select('Also pledged under the Global Compact on Refugees?', 'no'),
      input('Nature of the pledge', 'Policy and programme'),
      multiline('Progress so far', 'Two agreements signed.'),
      input('Web link to the pledge', ''),
      select('Pledges', 'done'),
      select(OTHER, 'progress_declaration', { expectDefault: 'progress_declaration' }),
      select('Progress Declaration follow-up', 'add'),
      input('Paragraph number', 'seventy', { invalid: true }),
      input('Paragraph number', '70'),
      multiline('What has been done', 'A GCM budget line.'),
      select('Progress Declaration follow-up', 'done'),
      select(OTHER, 'back'),
      select(MAIN, 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const d = saved(ctx.store.file);
    expect(d.national_plan).toEqual({
      title: 'National GCM Implementation Plan 2023–2027',
      adopted: '2023-05-02',
      dimensions: [{ id: 'D1', title: 'Labour mobility' }],
      measures: [{ id: 'M2.3', dimension: 'D1', title: 'Bilateral labour agreements', objectives: [3, 7, 18] }],
    });
    // the objectives the review answers now cite the measure (18 is not in the review: left alone)
    expect(d.objectives!['3']!.plan_measures).toEqual(['M2.3']);
    expect(d.objectives!['7']!.plan_measures).toEqual(['M2.3']);
    expect(d.objectives!['18']).toBeUndefined();
    expect(ctx.ask.said.map((s) => s.text)).toContain('Objective 7 now cites measure M2.3.');
    expect(d.pledges).toEqual([
      {
        title: 'Fair recruitment corridor',
        kind: 'joint',
        partners: [{ name: 'Ministry of Labour of Estria', country: 'QNB' }],
        gcr_mirror: false,
        nature: 'Policy and programme',
        objectives: [6, 18],
        status: 'in_progress',
        progress: 'Two agreements signed.\n',
      },
    ]);
    expect(d.progress_declaration).toEqual([{ paragraph: 70, narrative: 'A GCM budget line.\n' }]);
    // the national plan comes before the objectives, pledges after them, in the file
    const text = readFileSync(ctx.store.file, 'utf8');
    expect(text.indexOf('national_plan:')).toBeLessThan(text.indexOf('objectives:'));
    expect(text.indexOf('pledges:')).toBeGreaterThan(text.indexOf('objectives:'));
    const r = await checkFile(ctx.store.file);
    expect(r.diagnostics).toEqual([]);
  });

  it('init does not ask about plans or pledges: they are edit-menu entries only', async () => {
    const { SECTION_STEPS } = await import('../../src/wizard/sections.js');
    const mine = SECTION_STEPS.filter((s) =>
      ['scope', 'priorities', 'national_plan', 'pledges', 'progress_declaration'].includes(s.id),
    );
    expect(mine.map((s) => s.only)).toEqual(['edit', 'edit', 'edit', 'edit', 'edit']);
  });

  it('the final check shows the warnings of a valid file and, with scope "all", the objectives not reported yet', async () => {
    const text = REVIEW.replace('  status: draft\n', '  status: draft\n  scope: {kind: all}\n').concat(
      'national_plan:\n  title: Plan\n  measures:\n    - {id: M1, title: Information, objectives: [3]}\n',
    );
    const ctx = editContext(text, [select(MAIN, 'finish')]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const said = ctx.ask.said.map((s) => s.text);
    expect(said).toContain('1 point(s) to check (the file is valid):');
    expect(
      said.some((l) =>
        /line \d+:\d+ .*“M1”\) serves objective 3, but the answers for objective 3 do not cite it/.test(l),
      ),
    ).toBe(true);
    expect(said).toContain(
      '  • Objectives 1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23: not reported, but the review covers all 23 objectives (scope of the review)',
    );
  });
});
