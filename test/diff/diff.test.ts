// `gcm-review diff`: the comparison itself (src/diff) and the command as a user runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MAX_WORD_EDITS, diffReviews, compareLanguages, wordDiff } from '../../src/diff/index.js';
import { changedLines, formatHtml, formatMarkdown, formatTerminal, visible } from '../../src/diff/format.js';
import type { Review } from '../../src/schema/types.js';
import { root, run } from '../ecosystem/helpers.js';

const OLD = `format_version: 1
metadata:
  submitter: {type: member_state, country: QMA, name: Republic of Maravia}
  cycle: imrf_2022
  languages: [en, fr]
  status: final
  date: "2022-03-01"
key_messages:
  en: |
    Maravia opened three service centres.

    Data remains scarce.
  fr: Maravia a ouvert trois centres.
objectives:
  "1":
    implementation:
      status: The census asked about migration for the first time.
      statistics:
        - {indicator: Registers linked, value: 3, year: 2021}
        - {indicator: Surveys run, value: 2, year: 2021}
    gaps_and_challenges: Too few statisticians.
  "5":
    promising_practices:
      - title: Seasonal scheme
        description: Workers came under bilateral agreements.
`;

const NEW = `format_version: 1
metadata:
  submitter: {type: member_state, country: QMA, name: Republic of Maravia}
  cycle: imrf_2026
  languages: [fr, en]
  status: draft
  date: "2026-01-15"
key_messages:
  en: |
    Maravia opened twelve service centres.

    Data remains scarce.
  fr: Maravia a ouvert douze centres.
objectives:
  "1":
    implementation:
      status: The census asked about migration for the first time.
      statistics:
        - {indicator: Surveys run, value: 2, year: 2021}
        - {indicator: Registers linked, value: 7, year: 2025}
  "5":
    promising_practices:
      - title: Seasonal scheme
        description: Workers came under bilateral agreements.
      - title: Care work pathway
        description: A new pathway for care workers.
`;

const review = (t: string) => parse(t) as Review;

describe('diffReviews', () => {
  const r = diffReviews(review(OLD), review(NEW), { lang: 'en' });
  const at = (...path: string[]) => r.changes.find((c) => JSON.stringify(c.path) === JSON.stringify(path));

  it('marks a changed text and shows the words that changed', () => {
    const c = at('key_messages')!;
    expect(c.status).toBe('changed');
    expect(c.words!.filter((w) => w.type === 'del').map((w) => w.text)).toEqual(['three']);
    expect(c.words!.filter((w) => w.type === 'ins').map((w) => w.text)).toEqual(['twelve']);
  });

  it('matches statistics by indicator, not position, and gives value then → now', () => {
    const moved = at('objectives', '1', 'implementation', 'statistics', 'Surveys run')!;
    expect(moved.status).toBe('unchanged');
    const c = at('objectives', '1', 'implementation', 'statistics', 'Registers linked')!;
    expect(c.status).toBe('changed');
    expect(c.statistic).toEqual({ indicator: 'Registers linked', old: '3 (2021)', new: '7 (2025)' });
    expect(c.question).toBe('a');
    expect(c.partLabel).toMatch(/^Objective 1: /);
  });

  it('reports removed answers and added practices, per objective and question', () => {
    expect(at('objectives', '1', 'gaps_and_challenges')).toMatchObject({ status: 'removed', question: 'c' });
    const added = r.changes.filter((c) => c.status === 'added');
    expect(added.map((c) => c.path.join('/'))).toEqual([
      'objectives/5/promising_practices/Care work pathway/title',
      'objectives/5/promising_practices/Care work pathway/description',
    ]);
    expect(added[0]!.label).toBe('(d) Promising practices and lessons learned › Care work pathway › title');
  });

  it('counts every comparison and says when two reviews are the same', () => {
    expect(r.same).toBe(false);
    expect(r.summary.changed).toBeGreaterThanOrEqual(5); // cycle, languages, status, date, key messages, statistic
    const same = diffReviews(review(OLD), review(OLD));
    expect(same.same).toBe(true);
    expect(same.summary.changed + same.summary.added + same.summary.removed).toBe(0);
  });

  it('compares texts in a language both files have, or the one asked for', () => {
    expect(compareLanguages(review(OLD), review(NEW))).toEqual({ old: 'fr', new: 'fr' });
    const fr = diffReviews(review(OLD), review(NEW));
    expect(fr.changes.find((c) => c.path[0] === 'key_messages')!.words!.find((w) => w.type === 'ins')!.text).toBe(
      'douze',
    );
    const es = review(NEW.replace('languages: [fr, en]', 'languages: [es]'));
    expect(compareLanguages(review(OLD), es)).toEqual({ old: 'en', new: 'es' });
  });

  it('a text rewritten throughout is shown replaced whole (bounded work), a small edit word by word', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const rewritten = wordDiff(words.join(' '), [...words].reverse().join(' '));
    expect(rewritten.map((p) => p.type)).toEqual(['del', 'ins']);
    const small = wordDiff(words.join(' '), words.join(' ').replace('w2500', 'changed'));
    expect(small.filter((p) => p.type !== 'same').map((p) => p.text)).toEqual(['w2500', 'changed']);
    expect(MAX_WORD_EDITS).toBeGreaterThanOrEqual(100);
    // once the run's time budget is spent, changed texts are shown replaced whole
    expect(wordDiff('a b c', 'a x c', { ms: 0 }).map((p) => p.type)).toEqual(['del', 'ins']);
  });

  it('orders objectives by number after the other parts of the file', () => {
    const parts = [...new Set(r.changes.map((c) => c.part))];
    expect(parts.indexOf('objective 1')).toBeLessThan(parts.indexOf('objective 5'));
    expect(parts.indexOf('metadata')).toBeLessThan(parts.indexOf('objective 1'));
  });
});

describe('diff formats', () => {
  const r = diffReviews(review(OLD), review(NEW), { lang: 'en' });
  const ctx = { oldName: 'old.gcm.yaml', newName: 'new.gcm.yaml' };

  it('terminal without colour marks words as [-deleted-] {+inserted+} and values as then → now', () => {
    const t = formatTerminal(r, ctx);
    expect(t).toContain('Maravia opened [-three-]{+twelve+} service centres.');
    expect(t).toContain('Registers linked: 3 (2021) → 7 (2025)');
    expect(t).toContain('date: 2022-03-01 → 2026-01-15');
    expect(t).not.toContain('\u001b[');
    // the unchanged paragraph of the changed text is left out
    expect(t).not.toContain('Data remains scarce');
  });

  it('terminal with colour uses ANSI red strike-through and green underline', () => {
    const t = formatTerminal(r, { ...ctx, color: true });
    expect(t).toContain('\u001b[31;9mthree\u001b[0m');
    expect(t).toContain('\u001b[32;4mtwelve\u001b[0m');
  });

  it('Markdown strikes deletions, bolds insertions and escapes Markdown in the review text', () => {
    const evil = diffReviews(review(OLD), review(NEW.replace('twelve', '*twelve* <script>x</script> [a](http://x)')), {
      lang: 'en',
    });
    const m = formatMarkdown(evil, ctx);
    expect(m).toContain('## Objective 1: ');
    expect(m).toContain('~~three~~');
    expect(m).toContain('\\*twelve\\*');
    expect(m).not.toContain('<script>');
    expect(m).not.toMatch(/\]\(http/);
  });

  it('HTML marks insertions with <ins> and deletions with <del>, and escapes review text', () => {
    const evil = diffReviews(review(OLD), review(NEW.replace('twelve', 'twelve <img src=x onerror=alert(1)>')), {
      lang: 'en',
    });
    const h = formatHtml(evil, ctx);
    expect(h).toContain('<del>three</del>');
    expect(h).toContain('<ins>&lt;img src=x onerror=alert(1)&gt; </ins>');
    expect(h).not.toContain('<img');
    expect(h).toContain("default-src 'none'");
  });

  it('control characters in review text are shown, not sent to the terminal', () => {
    expect(visible('a\u001b[2Jb\u202Ec')).toBe('a\\u{1B}[2Jb\\u{202E}c');
  });

  it('changedLines keeps only the lines with a change and marks the gaps', () => {
    const lines = changedLines([
      { type: 'same', text: 'one\ntwo ' },
      { type: 'del', text: 'three' },
      { type: 'ins', text: '3' },
      { type: 'same', text: '\nfour' },
    ]);
    expect(lines).toEqual([
      '…',
      [
        { type: 'same', text: 'two ' },
        { type: 'del', text: 'three' },
        { type: 'ins', text: '3' },
      ],
      '…',
    ]);
  });
});

describe('gcm-review diff (the built command)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gcm-diff-'));
    writeFileSync(join(dir, 'old.gcm.yaml'), OLD);
    writeFileSync(join(dir, 'new.gcm.yaml'), NEW);
    writeFileSync(join(dir, 'bad.gcm.yaml'), OLD.replace('status: final', 'status: finished'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 when the reviews differ, 0 when they are the same', () => {
    const d = run(['diff', 'old.gcm.yaml', 'new.gcm.yaml', '--lang', 'en'], { cwd: dir });
    expect(d.code).toBe(1);
    expect(d.out).toContain('[-three-]{+twelve+}');
    const s = run(['diff', 'old.gcm.yaml', 'old.gcm.yaml'], { cwd: dir });
    expect(s.code).toBe(0);
    expect(s.out).toContain('The two reviews say the same.');
  });

  it('NO_COLOR is respected and FORCE_COLOR gives colours', () => {
    const plain = run(['diff', 'old.gcm.yaml', 'new.gcm.yaml'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(plain.out).not.toContain('\u001b[');
    const colour = run(['diff', 'old.gcm.yaml', 'new.gcm.yaml'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(colour.out).toContain('\u001b[');
  });

  it('--format json gives the changes for programs', () => {
    const d = run(['diff', 'old.gcm.yaml', 'new.gcm.yaml', '--format', 'json'], { cwd: dir });
    expect(d.code).toBe(1);
    const j = JSON.parse(d.out) as { same: boolean; summary: Record<string, number>; changes: { status: string }[] };
    expect(j.same).toBe(false);
    expect(j.summary.added).toBe(2);
    expect(j.changes.some((c) => c.status === 'removed')).toBe(true);
  });

  it('--format html -o writes a tracked-changes page', () => {
    const d = run(['diff', 'old.gcm.yaml', 'new.gcm.yaml', '-f', 'html', '-o', 'changes.html'], { cwd: dir });
    expect(d.code).toBe(1);
    expect(d.out).toBe('');
    expect(readFileSync(join(dir, 'changes.html'), 'utf8')).toContain('<ins>');
  });

  it('an invalid file is exit 2 with the validation problem at line:column and no stack trace', () => {
    const d = run(['diff', 'bad.gcm.yaml', 'new.gcm.yaml'], { cwd: dir });
    expect(d.code).toBe(2);
    expect(d.err).toMatch(/bad\.gcm\.yaml:6:\d+: error:/);
    expect(d.err).toContain('bad.gcm.yaml cannot be compared: it is not a valid review.');
    expect(d.err).not.toMatch(/\n\s+at /);
    expect(d.out).toBe('');
  });

  it('a missing file, a folder and a bad --format are exit 2 with a clear message', () => {
    const missing = run(['diff', 'nope.gcm.yaml', 'new.gcm.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('The file does not exist.');
    const folder = run(['diff', '.', 'new.gcm.yaml'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('This is a folder');
    const fmt = run(['diff', 'old.gcm.yaml', 'new.gcm.yaml', '-f', 'pdf'], { cwd: dir });
    expect(fmt.code).toBe(2);
    expect(fmt.err).toMatch(/Allowed choices are terminal, markdown, html, json/);
  });

  it('compares the shipped example with itself as the same', () => {
    const ex = join(root, 'examples', 'full-en.gcm.yaml');
    expect(run(['diff', ex, ex]).code).toBe(0);
  });
});
