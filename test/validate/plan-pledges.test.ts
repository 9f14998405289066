// Issue 9 §3–5: the national plan, scope and priorities, pledges and the Progress Declaration
// validate; bad values (a dangling measure id, a rank of 0, an unknown pledge status …) are located
// at file:line:col with a message in questionnaire terms, on both validation paths and through the
// command (exit 1, no stack trace); readiness of a selective review judges its selected objectives.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { checkText } from '../../src/validate/index.js';
import { crossReferenceFindings } from '../../src/validate/cross-refs.js';
import type { Review } from '../../src/schema/types.js';
import { root, run } from '../ecosystem/helpers.js';

const EXAMPLE = readFileSync(join(root, 'examples/plan-pledges-en.gcm.yaml'), 'utf8');

const HEAD = `format_version: 1
metadata:
  submitter: {type: member_state, country: QTA}
  cycle: imrf_2026
  languages: [en]
  status: draft
`;

const PLAN = `national_plan:
  title: Plan 2023–2027
  dimensions:
    - {id: D1, title: Governance}
    - {id: D2, title: Labour mobility}
  measures:
    - {id: M2.1, dimension: D2, title: Fair recruitment, objectives: [6]}
    - {id: M2.3, dimension: D2, title: Bilateral labour agreements, objectives: [5, 6, 18]}
`;

/** Both validation paths give the same diagnostics. */
function check(text: string) {
  const fast = checkText('t.gcm.yaml', text);
  const precise = checkText('t.gcm.yaml', text, { precise: true });
  const strip = (r: typeof fast) => r.diagnostics.map((d) => ({ ...d }));
  expect(strip(fast)).toEqual(strip(precise));
  for (const d of fast.diagnostics) expect(DIAGNOSTIC_CODES).toHaveProperty([d.code]);
  return fast;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('good values', () => {
  it('the new example is valid, ready, and has no warning', () => {
    const r = check(EXAMPLE);
    expect(r.diagnostics).toEqual([]);
    expect(r.readiness!.ready).toBe(true);
    expect(r.review!.pledges).toHaveLength(3);
  });

  it('a plan whose measures are cited back by the objectives is valid with no warning', () => {
    const text = `${HEAD}${PLAN}objectives:\n  "6":\n    plan_measures: [M2.1, M2.3]\n    gaps_and_challenges: x\n`;
    expect(check(text).diagnostics).toEqual([]);
  });
});

describe('bad values', () => {
  it('a dangling plan_measures id: error at the id, with the closest ids', () => {
    const text = `${HEAD}${PLAN}objectives:\n  "6":\n    plan_measures: [M2.1, M2.4]\n`;
    const r = check(text);
    expect(r.review).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === 'unknown-reference')!;
    expect(d).toMatchObject({ severity: 'error', line: lineOf(text, 'M2.4]'), column: 27 });
    expect(d.message).toBe(
      'Objective 6 (Recruitment and decent work), plan measures: there is no measure “M2.4” in the national implementation plan.',
    );
    expect(d.hint).toBe('Did you mean “M2.1” or “M2.3”?');
  });

  it('a plan measure cited without any national_plan: error telling where to describe the plan', () => {
    const r = check(`${HEAD}objectives:\n  "6":\n    plan_measures: [M9]\n`);
    expect(r.diagnostics).toMatchObject([{ code: 'unknown-reference', line: 9, column: 21 }]);
    expect(r.diagnostics[0]!.message).toContain('the review has no national_plan');
    expect(r.diagnostics[0]!.hint).toContain('national_plan');
  });

  it("a measure's unknown dimension: error at the dimension, listing the plan's dimensions", () => {
    const text = `${HEAD}${PLAN.replace('dimension: D2, title: Fair', 'dimension: D7, title: Fair')}`;
    const r = check(text);
    expect(r.diagnostics).toMatchObject([
      { code: 'unknown-reference', severity: 'error', line: lineOf(text, 'D7'), column: 29 },
    ]);
    expect(r.diagnostics[0]!.message).toBe(
      'National implementation plan › measures › measure 1 › dimension: there is no dimension “D7” in the national implementation plan.',
    );
    expect(r.diagnostics[0]!.hint).toBe('Did you mean “D1” or “D2”?');
  });

  it('two measures with the same id: error at the second', () => {
    const text = `${HEAD}${PLAN.replace('id: M2.3', 'id: M2.1')}`;
    const r = check(text);
    expect(r.diagnostics).toMatchObject([{ code: 'duplicate-id', line: 14 }]);
  });

  it('a measure listing an objective whose answers do not cite it: a warning; the file stays valid', () => {
    const text = `${HEAD}${PLAN}objectives:\n  "5":\n    gaps_and_challenges: x\n  "6":\n    plan_measures: [M2.1, M2.3]\n`;
    const r = check(text);
    expect(r.review).toBeDefined();
    expect(r.readiness).toBeDefined();
    expect(r.diagnostics).toMatchObject([
      {
        code: 'plan-not-cited',
        severity: 'warning',
        line: lineOf(text, 'id: M2.3'),
        path: ['national_plan', 'measures', 1, 'objectives', 0],
      },
    ]);
    expect(r.diagnostics[0]!.message).toContain('serves objective 5, but the answers for objective 5 do not cite it');
    // objective 18 is not in the review: not held against the measure
    expect(r.diagnostics).toHaveLength(1);
  });

  it('a priority rank of 0 and an unknown pledge status: errors at their values', () => {
    const text = `${HEAD}objectives:\n  "6":\n    priority: {rank: 0}\npledges:\n  - title: Corridor\n    status: ongoing\n    objectives: [6, 24]\n`;
    const r = check(text);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['range', 9, 22],
      ['enum', 12, 13],
      ['range', 13, 21],
    ]);
    expect(r.diagnostics[0]!.message).toBe(
      'Objective 6 (Recruitment and decent work), priority, rank: must be 1 or more, found the number 0.',
    );
    expect(r.diagnostics[1]!.message).toBe(
      'Pledges › pledge 1 › status: the text “ongoing” is not one of the allowed values.',
    );
    expect(r.diagnostics[1]!.hint).toContain('in_progress (In progress)');
    expect(r.diagnostics[2]!.hint).toBe('GCM objectives are numbered 1 to 23.');
  });

  it('a near-miss pledge status and scope kind get a did-you-mean', () => {
    const text = `${HEAD.replace('status: draft', 'status: draft\n  scope: {kind: selectd}')}pledges:\n  - {title: A, status: in progress}\n`;
    const r = check(text);
    expect(r.diagnostics.map((d) => d.hint)).toEqual(['Did you mean “selected”?', 'Did you mean “in_progress”?']);
  });

  it('a Progress Declaration entry without its narrative, and a pledge partner with a bad country code', () => {
    const text = `${HEAD}pledges:\n  - title: A\n    partners: [{name: Estria, country: Estria}]\nprogress_declaration:\n  - paragraph: 70\n`;
    const r = check(text);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['country', 'required']);
    expect(r.diagnostics[1]!.message).toBe(
      'Progress Declaration follow-up › entry 1: “narrative” (Follow-up) is missing.',
    );
  });
});

describe('any shape', () => {
  it('cross-references never throw, whatever the plan and the objectives hold (fast-check)', () => {
    const value = fc.anything({ maxDepth: 3 });
    fc.assert(
      fc.property(value, value, value, (plan, measures, cited) => {
        const review = {
          format_version: 1,
          national_plan: plan && typeof plan === 'object' ? { ...plan, measures } : plan,
          objectives: { '5': { plan_measures: cited }, '6': cited },
        } as unknown as Review;
        expect(() => crossReferenceFindings(review)).not.toThrow();
        const text = HEAD + stringify({ national_plan: review.national_plan, objectives: review.objectives });
        const r = checkText('t.gcm.yaml', text);
        for (const d of r.diagnostics) expect(d.line).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('README', () => {
  it('its national plan, priorities and pledges example is valid, with no warning', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const m = /### National plan, priorities and pledges[\s\S]*?```yaml\nmetadata:\n {2}# .*\n([\s\S]*?)```/.exec(
      readme,
    );
    expect(m).not.toBeNull();
    const r = check(HEAD + m![1]!);
    expect(r.diagnostics).toEqual([]);
    expect(r.review!.metadata.scope!.kind).toBe('selected');
    expect(r.review!.pledges![0]!.status).toBe('in_progress');
  });
});

describe('gcm-review validate on the new structures', () => {
  it('exit 1, file:line:col and a plain message, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-plan-'));
    const bad = EXAMPLE.replace('plan_measures: [M2.1, M2.3]', 'plan_measures: [M2.1, M2.4]')
      .replace('rank: 3', 'rank: 0')
      .replace('status: in_progress', 'status: ongoing');
    writeFileSync(join(dir, 'bad.gcm.yaml'), bad);
    const r = run(['validate', 'bad.gcm.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `bad.gcm.yaml:${lineOf(bad, 'M2.4]')}:27: error: Objective 6 (Recruitment and decent work), plan measures: there is no measure “M2.4”`,
    );
    expect(r.out).toContain(
      `bad.gcm.yaml:${lineOf(bad, 'rank: 0')}:13: error: Objective 5 (Regular pathways), priority, rank: must be 1 or more`,
    );
    expect(r.out).toContain(`bad.gcm.yaml:${lineOf(bad, 'status: ongoing')}:13: error: Pledges › pledge 2 › status:`);
    expect(r.out + r.err).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('a warning only: exit 0, the warning printed with its place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-plan-'));
    const warn = EXAMPLE.replace('plan_measures: [M2.3, M4.2]', 'plan_measures: [M2.3]');
    writeFileSync(join(dir, 'warn.gcm.yaml'), warn);
    const r = run(['validate', 'warn.gcm.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /warn\.gcm\.yaml:\d+:\d+: warning: .*“M4\.2”\) serves objective 5, but the answers for objective 5 do not cite it/,
    );
    expect(r.out).toContain('1 file checked: 1 valid.');
  });
});

describe('readiness of selective reviews', () => {
  const obj = (n: number, complete: boolean, rank?: number) =>
    `  "${n}":\n${rank ? `    priority: {rank: ${rank}}\n` : ''}    gaps_and_challenges: x\n` +
    (complete
      ? `    implementation: {status: y}\n    guiding_principles: {applied: [human_rights]}\n    promising_practices: [{title: p}]\n    support_needs: [{area: financing}]\n`
      : '');
  const SECTIONS = `key_messages: k\nnational_context: c\nmethodology: {description: m}\nguiding_principles: {human_rights: h}\n`;
  const review = (scope: string, objectives: string) =>
    `${HEAD.replace('status: draft', `status: draft${scope}`)}${SECTIONS}objectives:\n${objectives}`;

  it('a selected review with ranked objectives is judged on those only', () => {
    const r = check(review('\n  scope: {kind: selected}', obj(5, true, 1) + obj(7, false)));
    expect(r.readiness!.ready).toBe(true);
    expect(r.readiness!.objectivesAnswered).toEqual([5, 7]);
  });

  it('a ranked objective still incomplete keeps a selected review not ready', () => {
    const r = check(review('\n  scope: {kind: selected}', obj(5, true, 1) + obj(7, false, 2)));
    expect(r.readiness!.ready).toBe(false);
    expect(r.readiness!.incomplete.map((i) => i.objective)).toEqual([7]);
  });

  it('without a scope, every objective in the file is judged, as before', () => {
    const r = check(review('', obj(5, true, 1) + obj(7, false)));
    expect(r.readiness!.incomplete.map((i) => i.objective)).toEqual([7]);
  });

  it('scope "all" names the objectives not reported yet', () => {
    const r = check(review('\n  scope: {kind: all}', obj(5, true)));
    expect(r.readiness!.ready).toBe(false);
    expect(r.readiness!.notes.at(-1)).toBe(
      "Objectives 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23: not reported, but the review's scope is all 23 objectives (metadata › scope).",
    );
  });
});
