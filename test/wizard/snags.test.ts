// Issue 12 §4, snags 2–10 from a new user's trial, scripted (the terminal side is in e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { typedToMarkdown } from '../../src/wizard/typed.js';
import { renderMarkdown } from '../../src/model/markdown.js';
import { askQuestion } from '../../src/wizard/objectives.js';
import { askConsultations } from '../../src/wizard/people.js';
import { readinessLines } from '../../src/wizard/finish.js';
import { regionForCountry } from '../../src/wizard/regions.js';
import { filePrefs } from '../../src/cli/prefs.js';
import { run, root } from '../ecosystem/helpers.js';
import { checkbox, editContext, editor, input, multiline, select } from './script.js';

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

describe('snag 2: typed answers keep their paragraphs', () => {
  it('each typed line is a paragraph; blank lines do not pile up', () => {
    expect(typedToMarkdown(['First line.', 'Second line.', '', '', 'Third.'])).toBe(
      'First line.\n\nSecond line.\n\nThird.',
    );
  });

  it('list items stay one list, and a sentence after a list is a paragraph of its own', () => {
    const md = typedToMarkdown(['Measures:', '- one', '- two', '1. three', 'A sentence after the list.']);
    expect(md).toBe('Measures:\n\n- one\n- two\n1. three\n\nA sentence after the list.');
    const html = renderMarkdown(md, { headingBase: 3 });
    expect(html).toMatch(/<\/ol>\s*<p>A sentence after the list.<\/p>/);
    expect(html).not.toMatch(/<li>[^<]*A sentence/);
  });

  it('table rows stay together and a typed bullet • becomes a list item', () => {
    expect(typedToMarkdown(['| a | b |', '|---|---|', '| 1 | 2 |'])).toBe('| a | b |\n|---|---|\n| 1 | 2 |');
    expect(typedToMarkdown(['• one', '• two'])).toBe('- one\n- two');
  });

  it('the typed lines come out as separate paragraphs in the report', () => {
    const html = renderMarkdown(typedToMarkdown(['Line one.', 'Line two.']), { headingBase: 3 });
    expect(html.match(/<p>/g)).toHaveLength(2);
  });
});

const WITH_ANSWER = `${HEAD}objectives:
  "7":
    gaps_and_challenges: |
      Too few interpreters.
`;

describe('snag 3: changing a long answer', () => {
  const q = 'Main gaps and challenges: your answer: what do you want to do with the current answer?';

  it('offers keep (the default), append, the editor, replace and clear, and shows the current text', async () => {
    let names: string[] = [];
    const ctx = editContext(
      WITH_ANSWER,
      [
        select(
          q,
          (choices: { value: string; name: string }[]) => {
            names = choices.map((c) => c.value);
            return 'keep';
          },
          { expectDefault: 'keep' },
        ),
      ],
      { editorName: 'nano' },
    );
    await askQuestion(ctx, 7, 'c');
    expect(names).toEqual(['keep', 'append', 'editor', 'replace', 'clear']);
    expect(ctx.ask.said).toContainEqual({ text: 'Too few interpreters.', style: 'quote' });
    expect(readFileSync(ctx.store.file, 'utf8')).toBe(WITH_ANSWER);
  });

  it('append adds what is typed after the current answer, as a new paragraph', async () => {
    const ctx = editContext(WITH_ANSWER, [
      select(q, 'append'),
      multiline('(added after the current answer)', 'And too few courts.'),
    ]);
    await askQuestion(ctx, 7, 'c');
    expect(data(ctx.store.file).objectives['7'].gaps_and_challenges).toBe(
      'Too few interpreters.\n\nAnd too few courts.\n',
    );
  });

  it('the editor opens with the current text; clear removes the answer', async () => {
    const ctx = editContext(
      WITH_ANSWER,
      [
        select(q, 'editor'),
        editor('Main gaps and challenges', 'Too few trained interpreters.', {
          expectDefault: 'Too few interpreters.',
        }),
      ],
      { editorName: 'nano' },
    );
    await askQuestion(ctx, 7, 'c');
    expect(data(ctx.store.file).objectives['7'].gaps_and_challenges).toBe('Too few trained interpreters.\n');
    const cleared = editContext(WITH_ANSWER, [select(q, 'clear')]);
    await askQuestion(cleared, 7, 'c');
    expect(data(cleared.store.file).objectives['7'].gaps_and_challenges).toBeUndefined();
  });

  it('without an editor, "change it in the editor" is not offered', async () => {
    let values: string[] = [];
    const ctx = editContext(WITH_ANSWER, [
      select(q, (choices: { value: string }[]) => {
        values = choices.map((c) => c.value);
        return 'keep';
      }),
    ]);
    await askQuestion(ctx, 7, 'c');
    expect(values).toEqual(['keep', 'append', 'replace', 'clear']);
  });
});

describe('snag 5: defaults from earlier answers', () => {
  it('the region is suggested from the country; fictional codes get no suggestion', () => {
    expect(regionForCountry('SEN')).toBe('eca');
    expect(regionForCountry('MEX')).toBe('eclac');
    expect(regionForCountry('DEU')).toBe('ece');
    expect(regionForCountry('PHL')).toBe('escap');
    expect(regionForCountry('JOR')).toBe('escwa');
    // in several commissions: the home one (France: ECE, not ESCAP or ECLAC; Egypt: ESCWA, not ECA)
    expect(regionForCountry('FRA')).toBe('ece');
    expect(regionForCountry('EGY')).toBe('escwa');
    expect(regionForCountry('QMA')).toBeUndefined();
    expect(regionForCountry(undefined)).toBeUndefined();
  });

  it('a new consultation has the groups already listed as consulted ticked', async () => {
    const ctx = editContext(
      `${HEAD}methodology:
  stakeholders_consulted:
    - category: migrants
    - category: academia
`,
      [
        select('Consultations held (0 so far)', 'add'),
        input('Title of the consultation', 'Workshop'),
        input('Date (YYYY-MM-DD', ''),
        select('Format', 'in_person'),
        input('Number of participants', ''),
        checkbox('Groups taking part', undefined, { expectChecked: ['migrants', 'academia'] }),
        select('Consultations held (1 so far)', 'done'),
      ],
    );
    await askConsultations(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).methodology.consultations[0].stakeholders).toEqual(['migrants', 'academia']);
  });
});

describe('snag 6: guiding principles by name, not by letter', () => {
  it('question (b) lists the principles without the letters (a)–(j)', async () => {
    let names: string[] = [];
    const ctx = editContext(`${HEAD}objectives:\n  "7": {}\n`, [
      checkbox('Guiding principles applied', (choices: { name: string }[]) => {
        names = choices.map((c) => c.name);
        return [];
      }),
      multiline('How they were integrated', ''),
    ]);
    await askQuestion(ctx, 7, 'b');
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('People-centred');
    for (const n of names) expect(n).not.toMatch(/^\([a-j]\)/);
  });
});

describe('snag 7: what is still missing, in plain words', () => {
  const ctx = editContext(HEAD, []);
  it('the guiding principles part is named as the separate section, with where to find it', () => {
    const lines = readinessLines(ctx, {
      objectivesAnswered: [7],
      incomplete: [{ objective: 7, missing: ['d'] }],
      missingSections: ['guiding_principles'],
      supportNeeds: 0,
      ready: false,
      notes: [],
    });
    expect(lines[0]).toContain('the separate part of the report on the ten principles (not question (b)');
    expect(lines[0]).toContain('gcm-review edit → Other parts of the report → Guiding principles');
    expect(lines[1]).toBe('Objective 7 (Reduce vulnerabilities): question (d) not answered');
  });

  it('several questions missing are still "questions"', () => {
    const lines = readinessLines(ctx, {
      objectivesAnswered: [7],
      incomplete: [{ objective: 7, missing: ['d', 'e'] }],
      missingSections: [],
      supportNeeds: 0,
      ready: false,
      notes: [],
    });
    expect(lines).toEqual(['Objective 7 (Reduce vulnerabilities): questions (d), (e) not answered']);
  });
});

describe('snag 4: the remembered order of the objectives is kept in the user configuration folder', () => {
  it('is written to XDG_CONFIG_HOME/gcm-review/wizard.json and read back; a broken file is ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-prefs-'));
    try {
      const file = join(dir, 'gcm-review', 'wizard.json');
      filePrefs(file).set('objectives.order', 'roundtable');
      expect(filePrefs(file).get('objectives.order')).toBe('roundtable');
      writeFileSync(file, '{ not json');
      expect(filePrefs(file).get('objectives.order')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('snags 9 and 10: setup and help', () => {
  it('validate --help gives the size limit with its unit', () => {
    const r = run(['validate', '--help']);
    expect(r.out).toContain('(default: 10mb)');
    expect(r.out).not.toContain('10485760');
  });

  it('scripts/setup says "done" at the end and the README explains npm link and npx', () => {
    const setup = readFileSync(join(root, 'scripts/setup'), 'utf8').trimEnd().split('\n');
    expect(setup.slice(-2).join('\n')).toMatch(/^echo "setup: done\./);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm link');
    expect(readme).toContain('npx gcm-review');
  });

  it('npm is allowed to run esbuild’s install script, so it does not warn about it', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      allowScripts?: Record<string, boolean>;
    };
    expect(pkg.allowScripts).toEqual({ esbuild: true });
  });
});
