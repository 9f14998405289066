// Issue 12 §1: `init --from` — the next cycle's review from the previous one, answers marked
// "to update" until confirmed or changed in the wizard; the old file never changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { answerPaths, carryOver, nextCycle, suggestedName } from '../../src/wizard/carry.js';
import { checkText } from '../../src/validate/index.js';
import { askQuestion } from '../../src/wizard/objectives.js';
import { runEdit } from '../../src/wizard/edit.js';
import { readinessLines } from '../../src/wizard/finish.js';
import { run } from '../ecosystem/helpers.js';
import { editContext, multiline, select } from './script.js';

const OLD = `# Maravia's first review
format_version: 1
metadata:
  submitter: {type: member_state, country: QMA, name: Republic of Maravia}
  cycle: imrf_2022
  region: ece
  languages: [en]
  date: "2022-03-01"
  status: final
  version: "1.0"
  title: First review of Maravia
key_messages: Things went well.
national_context: |
  # the context is long
  Maravia is small.
methodology:
  description: A committee wrote it.
  consultations:
    - title: Workshop
  stakeholders_consulted:
    - category: migrants
objectives:
  "7":
    implementation:
      status: Interpreters hired.
      statistics:
        - {indicator: Interpreters, value: 12, year: 2021}
    gaps_and_challenges: Too few interpreters.
guiding_principles:
  human_rights: Rights first.
annexes:
  - title: Participants
`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field
const yaml = (t: string): Record<string, any> => parse(t, { version: '1.2', schema: 'core' });

describe('carryOver', () => {
  const r = carryOver(OLD, {
    oldFile: '/r/maravia-2022.gcm.yaml',
    newFile: '/r/maravia.gcm.yaml',
    today: '2026-01-10',
  });
  const d = yaml(r.text);

  it('moves to the next cycle, numbers the review, points to the previous one, resets status and date', () => {
    expect(nextCycle('imrf_2022')).toBe('regional_review_2');
    expect(d.metadata).toMatchObject({
      cycle: 'regional_review_2',
      status: 'draft',
      date: '2026-01-10',
      review_number: 2,
      previous_review: { cycle: 'imrf_2022', title: 'First review of Maravia', link: 'maravia-2022.gcm.yaml' },
    });
    expect(d.metadata.version).toBeUndefined();
    expect(d.metadata.region).toBe('ece');
  });

  it('carries the context, stakeholders, principles and answers; leaves out what belonged to the old review', () => {
    expect(d.national_context).toBe('# the context is long\nMaravia is small.\n');
    expect(d.methodology).toEqual({ stakeholders_consulted: [{ category: 'migrants' }] });
    expect(d.objectives['7'].gaps_and_challenges).toBe('Too few interpreters.');
    expect(d.guiding_principles).toEqual({ human_rights: 'Rights first.' });
    expect(d.key_messages).toBeUndefined();
    expect(d.annexes).toBeUndefined();
    expect(r.leftOut).toEqual(['key_messages', 'annexes', 'methodology.description', 'methodology.consultations']);
    expect(r.text).toContain("# Maravia's first review"); // comments kept
  });

  it('marks every carried-over answer "to update", and validate lists them as not ready', () => {
    expect(d.to_update).toEqual([
      'national_context',
      'methodology',
      'objectives.7.implementation',
      'objectives.7.gaps_and_challenges',
      'guiding_principles.human_rights',
    ]);
    const checked = checkText('new.gcm.yaml', r.text);
    expect(checked.diagnostics).toEqual([]);
    expect(checked.readiness?.ready).toBe(false);
    expect(checked.readiness?.toUpdate).toEqual(d.to_update);
    expect(checked.readiness?.notes.join('\n')).toContain(
      'Carried over from the previous review and not yet confirmed',
    );
  });

  it('a numbered review goes one up; an explicit cycle is used; the last cycle is kept', () => {
    const second = OLD.replace('  status: final', '  status: final\n  review_number: 2');
    expect(
      yaml(carryOver(second, { oldFile: 'a', newFile: 'b', today: '2026-01-10' }).text).metadata.review_number,
    ).toBe(3);
    const chosen = carryOver(OLD, { oldFile: 'a', newFile: 'b', today: '2026-01-10', cycle: 'imrf_2026' });
    expect(yaml(chosen.text).metadata.cycle).toBe('imrf_2026');
    const last = carryOver(OLD.replace('cycle: imrf_2022', 'cycle: imrf_2030'), {
      oldFile: 'a',
      newFile: 'b',
      today: 'x',
    });
    expect(last.cycle).toEqual({ from: 'imrf_2030', to: 'imrf_2030', moved: false });
  });

  it('names the new file after the old one with the new cycle', () => {
    expect(suggestedName('reviews/maravia-imrf_2022.gcm.yaml', 'imrf_2022', 'regional_review_2')).toBe(
      'reviews/maravia-regional_review_2.gcm.yaml',
    );
    expect(suggestedName('last-review.gcm.yaml', 'imrf_2022', 'regional_review_2')).toBe(
      'last-review-regional_review_2.gcm.yaml',
    );
  });

  it('answerPaths skips empty answers', () => {
    expect(
      answerPaths({ metadata: {}, national_context: '  ', objectives: { '3': { gaps_and_challenges: '' } } }),
    ).toEqual([]);
  });
});

describe('the wizard and carried-over answers', () => {
  const next = carryOver(OLD, { oldFile: 'old.gcm.yaml', newFile: 'new.gcm.yaml', today: '2026-01-10' }).text;

  it('"keep as is" is one key: the answer stays, its mark goes', async () => {
    const ctx = editContext(next, [select('Is it still right for this review?', 'keep', { expectDefault: 'keep' })]);
    await askQuestion(ctx, 7, 'c');
    const d = yaml(readFileSync(ctx.store.file, 'utf8'));
    expect(d.objectives['7'].gaps_and_challenges).toBe('Too few interpreters.');
    expect(d.to_update).not.toContain('objectives.7.gaps_and_challenges');
    expect(ctx.ask.said).toContainEqual({ text: 'Too few interpreters.', style: 'quote' });
  });

  it('"update it" goes through the question; the mark goes when it is done', async () => {
    const ctx = editContext(next, [
      select('Is it still right for this review?', 'update'),
      select('Main gaps and challenges: your answer: what do you want to do', 'replace'),
      multiline('Main gaps and challenges', 'Interpreters are still too few in the north.'),
    ]);
    await askQuestion(ctx, 7, 'c');
    const d = yaml(readFileSync(ctx.store.file, 'utf8'));
    expect(d.objectives['7'].gaps_and_challenges).toBe('Interpreters are still too few in the north.\n');
    expect(d.to_update).not.toContain('objectives.7.gaps_and_challenges');
  });

  it('edit opens on the carried-over answers; when the last is confirmed, to_update leaves the file', async () => {
    const one = next.replace(/to_update:\n( {2}- .*\n)+/, 'to_update:\n  - national_context\n');
    const ctx = editContext(one, [
      select('What do you want to work on?', 'carried', { expectDefault: 'carried' }),
      select('Which carried-over answer', 'national_context', { expectDefault: 'national_context' }),
      select('Is it still right for this review?', 'keep'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(ctx.ask.asked[0]).toContain('What do you want to work on?');
    const text = readFileSync(ctx.store.file, 'utf8');
    expect(yaml(text).to_update).toBeUndefined();
    expect(yaml(text).national_context).toBe('# the context is long\nMaravia is small.\n');
  });

  it('the end of a session lists what is still to update, by name', () => {
    const ctx = editContext(next, []);
    const lines = readinessLines(ctx, {
      objectivesAnswered: [7],
      incomplete: [],
      missingSections: [],
      supportNeeds: 0,
      ready: false,
      notes: [],
      toUpdate: ['objectives.7.gaps_and_challenges', 'guiding_principles.human_rights'],
    });
    expect(lines).toEqual([
      'Carried over from the previous review, not confirmed or updated yet: Objective 7 (Reduce vulnerabilities) · (c) Main gaps and challenges; Guiding principles · Human rights',
    ]);
  });
});

describe('gcm-review init --from (the built command, no terminal)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gcm-from-'));
    writeFileSync(join(dir, 'maravia-imrf_2022.gcm.yaml'), OLD);
    writeFileSync(join(dir, 'bad.gcm.yaml'), OLD.replace('status: final', 'status: done'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the next review and leaves the previous one exactly as it was', () => {
    const old = join(dir, 'maravia-imrf_2022.gcm.yaml');
    const before = statSync(old);
    const r = run(['init', '--from', 'maravia-imrf_2022.gcm.yaml'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('maravia-regional_review_2.gcm.yaml\n');
    expect(r.err).toContain(
      'Created maravia-regional_review_2.gcm.yaml from maravia-imrf_2022.gcm.yaml: review number 2',
    );
    expect(r.err).toContain('5 answers carried over are marked "to update"');
    expect(r.err).toContain('gcm-review edit maravia-regional_review_2.gcm.yaml');
    expect(readFileSync(old, 'utf8')).toBe(OLD);
    expect(statSync(old).mtimeMs).toBe(before.mtimeMs);
    const v = run(['validate', 'maravia-regional_review_2.gcm.yaml'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.out).toContain('Carried over from the previous review');
  });

  it('refuses to overwrite: the previous review itself, an existing file without --force', () => {
    const same = run(['init', '--from', 'maravia-imrf_2022.gcm.yaml', 'maravia-imrf_2022.gcm.yaml', '--force'], {
      cwd: dir,
    });
    expect(same.code).toBe(2);
    expect(same.err).toContain('cannot be written over the previous one');
    expect(readFileSync(join(dir, 'maravia-imrf_2022.gcm.yaml'), 'utf8')).toBe(OLD);
    writeFileSync(join(dir, 'taken.gcm.yaml'), 'mine');
    const taken = run(['init', '--from', 'maravia-imrf_2022.gcm.yaml', 'taken.gcm.yaml'], { cwd: dir });
    expect(taken.code).toBe(2);
    expect(readFileSync(join(dir, 'taken.gcm.yaml'), 'utf8')).toBe('mine');
    const forced = run(
      ['init', '--from', 'maravia-imrf_2022.gcm.yaml', 'taken.gcm.yaml', '--force', '--cycle', 'imrf_2026'],
      {
        cwd: dir,
      },
    );
    expect(forced.code, forced.err).toBe(0);
    expect(yaml(readFileSync(join(dir, 'taken.gcm.yaml'), 'utf8')).metadata.cycle).toBe('imrf_2026');
  });

  it('an invalid, missing or unknown-cycle start is exit 2 with a clear message and no stack trace', () => {
    const bad = run(['init', '--from', 'bad.gcm.yaml', 'x.gcm.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.gcm\.yaml:9:\d+: error: /);
    expect(bad.err).toContain('bad.gcm.yaml cannot be used as the previous review');
    const missing = run(['init', '--from', 'nope.gcm.yaml', 'x.gcm.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('The file does not exist.');
    const cycle = run(['init', '--from', 'maravia-imrf_2022.gcm.yaml', 'x.gcm.yaml', '--cycle', 'imrf_2099'], {
      cwd: dir,
    });
    expect(cycle.code).toBe(2);
    expect(cycle.err).toContain('“imrf_2099” is not a review cycle');
    const alone = run(['init', 'x.gcm.yaml', '--cycle', 'imrf_2026'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('--cycle is for starting from a previous review, with --from.');
    for (const r of [bad, missing, cycle, alone]) expect(r.err).not.toMatch(/\n\s+at /);
  });
});
