// End to end: the real binary in a real pseudo-terminal (tmux). Starts `init`, answers the
// metadata and two objectives, kills the process with SIGKILL in the middle of the second
// objective, checks the file kept every completed answer and validates, resumes with `edit`,
// finishes an answer, and checks the result. Needs `npm run build` first (npm test does it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkFile } from '../../src/validate/index.js';
import { hasTmux, terminal, until } from '../support/tmux.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'gcm-review.js');
const SOCKET = `gcm-review-e2e-${process.pid}`;
// the wizard remembers small choices in the user's configuration folder: a fresh one per run
const CONFIG = join(tmpdir(), `gcm-e2e-config-${process.pid}`);
const ENV = `env -u EDITOR -u VISUAL -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 NO_COLOR=1 XDG_CONFIG_HOME=${CONFIG}`;

const { tmux, screen, waitFor, keys, text, panePid, killServer } = terminal(SOCKET);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field
function data(file: string): Record<string, any> {
  return parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' });
}

describe('the wizard in a real terminal (tmux)', () => {
  let dir: string;

  beforeAll(() => {
    expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js')), 'run `npm run build` first').toBe(true);
    expect(hasTmux(), 'tmux is needed for this test (scripts/setup installs it)').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'gcm-e2e-'));
  });

  afterAll(() => {
    killServer();
    rmSync(dir, { recursive: true, force: true });
    rmSync(CONFIG, { recursive: true, force: true });
  });

  it(
    'init, SIGKILL mid-objective, then edit: nothing completed is lost and the result validates',
    { timeout: 240_000 },
    async () => {
      const file = join(dir, 'senegal.gcm.yaml');
      const s1 = 'init';
      tmux(
        'new-session',
        '-d',
        '-s',
        s1,
        '-x',
        '200',
        '-y',
        '50',
        `cd ${ROOT} && exec ${ENV} node ${BIN} init ${file}`,
      );

      // ---- part 1: about the review
      await waitFor(s1, '? Who submits this review?');
      keys(s1, 'Enter');
      await waitFor(s1, '? Country (type part of its name');
      text(s1, 'Senegal');
      await waitFor(s1, 'Senegal (SEN)');
      keys(s1, 'Enter');
      await waitFor(s1, '? Which review is this for?');
      keys(s1, 'Enter');
      await waitFor(s1, '? Region (UN regional commission)');
      await waitFor(s1, '❯ ECA'); // suggested from the country
      keys(s1, 'Enter');
      await waitFor(s1, '? Languages the review is written in');
      keys(s1, 'Enter');
      await waitFor(s1, '? Focal point: full name');
      text(s1, 'Awa Diop');
      keys(s1, 'Enter');
      await waitFor(s1, '? Focal point: job title');
      keys(s1, 'Enter');
      await waitFor(s1, '? Focal point: ministry or organization');
      text(s1, 'Ministry of Foreign Affairs');
      keys(s1, 'Enter');
      await waitFor(s1, '? Focal point: email');
      text(s1, 'awa.diop@example.org');
      keys(s1, 'Enter');
      await waitFor(s1, '? Date of this version');
      keys(s1, 'Enter');

      // ---- part 2: how the review was prepared
      await waitFor(s1, '? How the review was prepared');
      await waitFor(s1, 'To finish, type a full stop (.) alone on a line');
      text(s1, 'An inter-ministerial committee led the review.');
      keys(s1, 'Enter');
      text(s1, 'It met six times.');
      keys(s1, 'Enter');
      text(s1, '.');
      keys(s1, 'Enter');
      await waitFor(s1, '? Which groups were consulted?');
      keys(s1, 'Space', 'Enter'); // migrants
      await waitFor(s1, '? Migrants: organizations consulted');
      keys(s1, 'Enter');
      await waitFor(s1, '? Consultations held (0 so far)');
      keys(s1, 'Down', 'Enter'); // none

      // ---- part 3: objectives 2 and 5 (round table 1)
      await waitFor(s1, '? How should the objectives be listed?');
      keys(s1, 'Enter'); // by number: objective 1 first
      await waitFor(s1, '? Objectives to report on');
      await waitFor(s1, '❯◯ 1. Collect and utilize accurate and disaggregated data');
      keys(s1, 'Down', 'Space', 'Down', 'Down', 'Down', 'Space', 'Enter');
      await waitFor(s1, '2 objectives chosen: 2, 5');

      // objective 2, all five questions
      await waitFor(s1, '? Status of implementation: your answer');
      expect(screen(s1)).toContain('Update on the status of implementation of national migration plans and strategies');
      expect(screen(s1)).toContain('Describe what has been done since the last review');
      text(s1, 'Decent jobs programme in the regions.');
      keys(s1, 'Enter');
      text(s1, 'Measures:');
      keys(s1, 'Enter');
      text(s1, '- training');
      keys(s1, 'Enter');
      text(s1, '- credit');
      keys(s1, 'Enter');
      text(s1, 'A sentence after the list.');
      keys(s1, 'Enter');
      text(s1, '.');
      keys(s1, 'Enter');
      await waitFor(s1, '? Statistics for this objective (0 so far)');
      keys(s1, 'Enter'); // add
      await waitFor(s1, '? Indicator (what is measured)');
      text(s1, 'Young people trained');
      keys(s1, 'Enter');
      await waitFor(s1, '? Value');
      text(s1, '1 500');
      keys(s1, 'Enter');
      for (const p of ['? Unit', '? Year or period', '? Source', '? Disaggregation']) {
        await waitFor(s1, p);
        if (p === '? Year or period') text(s1, '2024');
        keys(s1, 'Enter');
      }
      await waitFor(s1, '? Statistics for this objective (1 so far)');
      keys(s1, 'Enter'); // done
      await waitFor(s1, '? Guiding principles applied in this work');
      keys(s1, 'Space', 'Enter'); // (a) people-centred
      await waitFor(s1, '? How they were integrated: your answer');
      text(s1, '.'); // skipped
      keys(s1, 'Enter');
      await waitFor(s1, '? Main gaps and challenges: your answer');
      text(s1, 'Funding depends on donors.');
      keys(s1, 'Enter');
      text(s1, '.');
      keys(s1, 'Enter');
      await waitFor(s1, '? Promising practices (0 so far)');
      keys(s1, 'Down', 'Enter'); // none
      await waitFor(s1, '? Areas where support is needed');
      keys(s1, 'Space', 'Enter'); // financing
      await waitFor(s1, '? Financing: what support is needed, for what');
      text(s1, 'Budget support for the programme.');
      keys(s1, 'Enter');
      text(s1, '.');
      keys(s1, 'Enter');
      await waitFor(s1, '? Financing: priority');
      keys(s1, 'Enter'); // medium

      // objective 5: (a), (b) skipped, then killed while typing (c)
      await waitFor(s1, 'Objective 5 (2 of 2 chosen)');
      await waitFor(s1, '? Status of implementation: your answer', 2);
      text(s1, 'New seasonal work agreements.');
      keys(s1, 'Enter');
      text(s1, '.');
      keys(s1, 'Enter');
      await waitFor(s1, '? Statistics for this objective (0 so far)');
      keys(s1, 'Down', 'Enter');
      await waitFor(s1, '? Guiding principles applied in this work');
      keys(s1, 'Enter');
      await waitFor(s1, '? How they were integrated: your answer', 2);
      text(s1, '.');
      keys(s1, 'Enter');
      await waitFor(s1, '? Main gaps and challenges: your answer', 2);
      text(s1, 'This answer is being typed when the power goes');

      const pid = panePid(s1);
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).toContain('gcm-review');
      process.kill(pid, 'SIGKILL');
      await until(() => !existsSync(`/proc/${pid}`), 'the killed wizard to be gone', 5_000);

      // ---- every completed answer is in the file, and the file validates
      const d = data(file);
      expect(d.metadata).toMatchObject({
        submitter: { type: 'member_state', country: 'SEN' },
        cycle: expect.any(String),
        region: 'eca',
        languages: ['en'],
        focal_point: { name: 'Awa Diop', organization: 'Ministry of Foreign Affairs', email: 'awa.diop@example.org' },
        status: 'draft',
      });
      expect(d.metadata.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.methodology).toEqual({
        description: 'An inter-ministerial committee led the review.\n\nIt met six times.\n',
        stakeholders_consulted: [{ category: 'migrants' }],
      });
      expect(d.objectives['2']).toEqual({
        implementation: {
          // each typed line a paragraph; the list kept together; the sentence after it apart
          status:
            'Decent jobs programme in the regions.\n\nMeasures:\n\n- training\n- credit\n\nA sentence after the list.\n',
          statistics: [{ indicator: 'Young people trained', value: 1500, year: 2024 }],
        },
        guiding_principles: { applied: ['people_centred'] },
        gaps_and_challenges: 'Funding depends on donors.\n',
        support_needs: [{ area: 'financing', description: 'Budget support for the programme.\n', priority: 'medium' }],
      });
      expect(d.objectives['5']).toEqual({ implementation: { status: 'New seasonal work agreements.\n' } });
      expect(readFileSync(file, 'utf8')).not.toContain('power goes');
      const afterKill = await checkFile(file);
      expect(afterKill.diagnostics).toEqual([]);
      expect(afterKill.readiness?.objectivesAnswered).toEqual([2, 5]);
      // no temporary file left behind by the atomic writes
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      // ---- resume with edit: objective 5, question (c)
      const s2 = 'edit';
      tmux(
        'new-session',
        '-d',
        '-s',
        s2,
        '-x',
        '200',
        '-y',
        '50',
        `cd ${ROOT} && ${ENV} node ${BIN} edit ${file}; echo EXIT=$?; sleep 120`,
      );
      await waitFor(s2, '? What do you want to work on?');
      const menu = screen(s2);
      expect(menu).toContain('◐ Objective 2 · Minimize adverse drivers · 4 of 5 questions answered');
      expect(menu).toContain('◐ Objective 5 · Regular pathways · 1 of 5 questions answered');
      expect(menu).toMatch(/❯ ◐ Objective 2/); // the first objective with a question left is the default
      keys(s2, 'Down', 'Enter');
      await waitFor(s2, '? Objective 5 · Enhance availability and flexibility of pathways for regular migration');
      expect(screen(s2)).toMatch(/❯ \(b\) Integration of the guiding principles · not answered yet/);
      keys(s2, 'Down', 'Enter'); // (c)
      await waitFor(s2, '? Main gaps and challenges: your answer');
      text(s2, 'Employers find the procedures slow.');
      keys(s2, 'Enter');
      text(s2, '.');
      keys(s2, 'Enter');
      await waitFor(s2, '✔ 5 words');
      // back in the objective's menu, the default is now the next unanswered question
      await waitFor(s2, '❯ (d) Promising practices and lessons learned · not answered yet');
      keys(s2, 'Down', 'Down', 'Down', 'Enter'); // back
      await waitFor(s2, '? What do you want to work on?'); // the first one now reads ✔
      keys(s2, 'Down', 'Down', 'Down', 'Enter'); // from objective 2 to "Check the review and make the report"
      await waitFor(s2, 'is a valid review file.');
      await waitFor(s2, '? Make the report now?');
      expect(screen(s2)).toContain('Objectives with answers: 2 (2, 5). Support needs listed: 1.');
      // one question missing is "question", and the principles part says which part it is
      expect(screen(s2)).toContain('Objective 2 (Minimize adverse drivers): question (d) not answered');
      expect(screen(s2)).toContain('Guiding principles, the separate part of the report on the ten principles');
      keys(s2, 'n', 'Enter');
      await waitFor(s2, 'EXIT=0');

      const final = await checkFile(file);
      expect(final.diagnostics).toEqual([]);
      expect(final.readiness?.objectivesAnswered).toEqual([2, 5]);
      expect(final.readiness?.incomplete).toEqual([
        { objective: 2, missing: ['d'] },
        { objective: 5, missing: ['b', 'd', 'e'] },
      ]);
      expect(data(file).objectives['5']).toEqual({
        implementation: { status: 'New seasonal work agreements.\n' },
        gaps_and_challenges: 'Employers find the procedures slow.\n',
      });

      // the report, when the render command exists in this build
      const help = spawnSync(process.execPath, [BIN, 'render', '--help'], { encoding: 'utf8' });
      if (!/not available yet/.test(help.stdout + help.stderr)) {
        const out = join(dir, 'out');
        const r = spawnSync(process.execPath, [BIN, 'render', file, '--out', out], {
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect(r.status, r.stderr).toBe(0);
        expect(readdirSync(out).length).toBeGreaterThan(0);
      }
    },
  );

  it(
    'issue 12 snags in a narrow terminal: keep as is in one key, append, long lines broken at spaces, principles by name',
    { timeout: 120_000 },
    async () => {
      const file = join(dir, 'narrow.gcm.yaml');
      const before = `format_version: 1
metadata:
  submitter: {type: member_state, country: QMA, name: Republic of Maravia}
  cycle: imrf_2026
  languages: [en]
  status: draft
objectives:
  "7":
    gaps_and_challenges: |
      Too few interpreters.
`;
      writeFileSync(file, before);
      const s3 = 'narrow';
      tmux(
        'new-session',
        '-d',
        '-s',
        s3,
        '-x',
        '60',
        '-y',
        '40',
        `cd ${ROOT} && ${ENV} node ${BIN} edit ${file}; echo EXIT=$?; sleep 120`,
      );
      await waitFor(s3, '? What do you want to work on?');
      keys(s3, 'Enter'); // objective 7
      await waitFor(s3, '? Objective 7 ·');
      keys(s3, 'Down', 'Down', 'Enter'); // (c), answered
      await waitFor(s3, 'Current answer:');
      await waitFor(s3, '❯ Keep it as it is');
      expect(screen(s3)).toContain('│ Too few interpreters.');
      keys(s3, 'Enter'); // one key keeps it
      await waitFor(s3, '❯ (d) Promising practices'); // back in the objective, on the next question
      expect(readFileSync(file, 'utf8')).toBe(before);

      keys(s3, 'Up', 'Enter'); // (c) again: the default moved on to (d), (c) is just above
      await waitFor(s3, 'Current answer:', 2);
      keys(s3, 'Down', 'Enter'); // add to it
      await waitFor(s3, '(added after the current answer)');
      const long =
        'Courts in the northern provinces have waited more than eighteen months for sworn interpreters of Tigrinya and Pashto';
      text(s3, long);
      await waitFor(s3, 'Pashto');
      // the line was broken at a space while typed: every word is whole on the screen
      const typed = screen(s3).split('(added after the current answer)').pop()!;
      expect(typed).toMatch(/┆ /);
      const shown = new Set(typed.split(/[\s┃┆]+/));
      for (const word of long.split(' ')) expect(shown, word).toContain(word);
      keys(s3, 'Enter');
      text(s3, '.');
      keys(s3, 'Enter');
      await waitFor(s3, `✔ ${long.split(' ').length} words`);
      // the answer is saved right after the prompt closes: wait for the file to have it
      const appended = `Too few interpreters.\n\n${long}\n`;
      await until(() => data(file).objectives['7'].gaps_and_challenges === appended, 'the answer in the file', 10_000);
      expect(data(file).objectives['7'].gaps_and_challenges).toBe(appended);

      // question (b): the principles by name, not lettered like the questions
      keys(s3, 'Up', 'Up', 'Enter');
      await waitFor(s3, '? Guiding principles applied in this work');
      expect(screen(s3)).toContain('People-centred');
      expect(screen(s3)).not.toMatch(/\(a\) People-centred/);
      keys(s3, 'C-c');
      await waitFor(s3, 'EXIT=130');
    },
  );

  it(
    'init --from in a terminal: the next review is written, then edit opens on the carried-over answers; Enter keeps one',
    { timeout: 120_000 },
    async () => {
      const old = join(dir, 'first.gcm.yaml');
      const first = `format_version: 1
metadata:
  submitter: {type: member_state, country: QMA, name: Republic of Maravia}
  cycle: imrf_2022
  languages: [en]
  status: final
national_context: Maravia is small.
objectives:
  "7":
    gaps_and_challenges: Too few interpreters.
`;
      writeFileSync(old, first);
      const next = join(dir, 'second.gcm.yaml');
      const s4 = 'from';
      tmux(
        'new-session',
        '-d',
        '-s',
        s4,
        '-x',
        '120',
        '-y',
        '40',
        `cd ${ROOT} && ${ENV} node ${BIN} init --from ${old} ${next}; echo EXIT=$?; sleep 120`,
      );
      await waitFor(s4, 'review number 2');
      await waitFor(s4, '? What do you want to work on?');
      await waitFor(s4, '❯ ↻ Answers carried over from the previous review: 2 to confirm or update');
      expect(screen(s4)).toContain('· ↻ 1 to update');
      keys(s4, 'Enter');
      await waitFor(s4, '? Which carried-over answer do you want to check?');
      keys(s4, 'Enter'); // national context
      await waitFor(s4, 'This answer comes from the previous review:');
      await waitFor(s4, '❯ Keep it as it is (it is still right)');
      keys(s4, 'Enter');
      await waitFor(s4, '❯ Objective 7 (Reduce vulnerabilities) · (c) Main gaps and challenges');
      keys(s4, 'Enter');
      await waitFor(s4, 'This answer comes from the previous review:', 2);
      keys(s4, 'Enter');
      await waitFor(s4, '❯ ◐ Objective 7 · Reduce vulnerabilities'); // back in the menu, nothing left to confirm
      await until(() => data(next)['to_update'] === undefined, 'to_update to be removed from the file', 10_000);
      expect(data(next)['to_update']).toBeUndefined();
      expect(data(next).objectives['7']).toEqual({ gaps_and_challenges: 'Too few interpreters.' });
      expect(data(next).metadata).toMatchObject({ cycle: 'regional_review_2', status: 'draft', review_number: 2 });
      expect(readFileSync(old, 'utf8')).toBe(first);
      keys(s4, 'C-c');
      await waitFor(s4, 'EXIT=');
    },
  );
});
