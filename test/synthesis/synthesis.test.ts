// The synthesis model on hand-made reviews: counts split between Member States and other
// submitters, what "complete" means, files left out and duplicates, source lines of quotes, and
// the Markdown document.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { buildSynthesis, excerpt, type SynthesisSource } from '../../src/synthesis/index.js';
import { sourceLines } from '../../src/synthesis/lines.js';
import { cell, synthesisMarkdown } from '../../src/synthesis/markdown.js';
import type { Review } from '../../src/schema/types.js';
import { exampleFiles } from '../support/examples.js';

function review(over: Partial<Review> & { region?: string; country?: string; cycle?: string; type?: string }): Review {
  const { region, country, cycle, type, ...rest } = over;
  const t = (type ?? 'member_state') as Review['metadata']['submitter']['type'];
  return {
    format_version: 1,
    metadata: {
      submitter:
        t === 'member_state' ? { type: t, country: country ?? 'QMA' } : { type: t, name: country ?? 'Network' },
      cycle: cycle ?? 'imrf_2026',
      ...(region ? { region } : {}),
      languages: ['en'],
      status: 'final',
    },
    ...rest,
  };
}

const full = (n: number) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      String(i + 1),
      {
        implementation: { status: 'Done.' },
        guiding_principles: { applied: ['human_rights'] },
        gaps_and_challenges: `Gap ${i + 1}.`,
        promising_practices: [{ title: 'P' }],
        support_needs: [{ area: 'financing' }],
      },
    ]),
  );

const a = review({
  region: 'ece',
  country: 'FRA',
  objectives: {
    '7': {
      implementation: { status: 'Done.', statistics: [{ indicator: 'x', value: 1, year: 2024 }] },
      guiding_principles: { applied: ['human_rights', 'gender_responsive'] },
      gaps_and_challenges: 'Gaps.',
      promising_practices: [
        { title: 'Clinics | mobile', description: 'Line one\nline two', link: 'https://example.org/a' },
      ],
      support_needs: [
        { area: 'financing', priority: 'high' },
        { area: 'financing', priority: 'low' },
        { area: 'other', label: 'Shelters' },
      ],
    },
    '1': { gaps_and_challenges: 'Only gaps.' },
  },
  principle_support_needs: [
    { principle: 'child_sensitive', area: 'data_collection_and_analysis', description: 'Data.' },
  ],
  methodology: {
    stakeholders_consulted: [{ category: 'migrants' }, { category: 'trade_unions' }],
    consultations: [{ title: 'Workshop', stakeholders: ['migrants', 'academia'] }],
  },
});
const b = review({
  type: 'stakeholder',
  country: 'Migrant Network',
  region: 'ece',
  objectives: {
    '7': { implementation: { status: 'Started.' }, support_needs: [{ area: 'financing', priority: 'high' }] },
  },
});
const c = review({
  region: 'eca',
  country: 'QMC',
  cycle: 'regional_review_2',
  objectives: { '23': { gaps_and_challenges: 'x' } },
});
const sources: SynthesisSource[] = [
  { file: 'a.gcm.yaml', review: a },
  { file: 'b.gcm.yaml', review: b },
  { file: 'c.gcm.yaml', review: c },
];

describe('the synthesis model', () => {
  it('splits every count between Member States and other submitters', () => {
    const s = buildSynthesis(sources);
    expect(s.totals.kept).toEqual({ memberStates: 2, otherSubmitters: 1, total: 3 });
    const o7 = s.objectives[6]!;
    expect(o7.reviews).toEqual({ memberStates: 1, otherSubmitters: 1, total: 2 });
    expect(o7.complete).toEqual({ memberStates: 1, otherSubmitters: 0, total: 1 });
    expect(o7.questions.e).toEqual({ memberStates: 1, otherSubmitters: 1, total: 2 });
    expect(o7.supportByArea.financing).toEqual({ memberStates: 2, otherSubmitters: 1, total: 3 });
    expect(o7.highPriority).toEqual({ memberStates: 1, otherSubmitters: 1, total: 2 });
    const fin = s.support.byArea.find((x) => x.area === 'financing')!;
    expect(fin.needs.total).toBe(3);
    expect(fin.reviews).toEqual({ memberStates: 1, otherSubmitters: 1, total: 2 });
    expect(s.roundtables[3]!.reviews.total).toBe(3); // objectives 1, 7 and 23 are in round table 4
    expect(s.stakeholders.find((x) => x.category === 'migrants')!.reviews.total).toBe(1); // once per review
  });

  it('shows principle-level support needs and lists "other" labels with their source', () => {
    const s = buildSynthesis(sources);
    const child = s.support.byPrinciple.find((p) => p.principle === 'child_sensitive')!;
    expect(child.areas.data_collection_and_analysis.total).toBe(1);
    expect(child.needs[0]).toMatchObject({ submitter: 'France', text: 'Data.' });
    expect(s.support.otherLabels).toEqual([
      expect.objectContaining({ label: 'Shelters', objective: 7, submitter: 'France', file: 'a.gcm.yaml' }),
    ]);
  });

  it('calls a review complete only when all 23 objectives answer all five questions', () => {
    const three = review({ objectives: full(3) });
    const all = review({ country: 'QMB', objectives: full(23) });
    const s = buildSynthesis([
      { file: 'three.gcm.yaml', review: three },
      { file: 'all.gcm.yaml', review: all },
    ]);
    expect(s.reviews[0]).toMatchObject({ objectivesAnswered: 3, objectivesFully: 3, complete: false });
    expect(s.reviews[1]).toMatchObject({ objectivesAnswered: 23, objectivesFully: 23, complete: true });
    expect(s.totals.complete.total).toBe(1);
    expect(synthesisMarkdown(s)).toMatch(/\| 3\/23 \| 3\/23 \| no \| three\.gcm\.yaml \|/);
  });

  it('lists files left out: invalid, other region, other cycle, and duplicates (same submitter, cycle and content)', () => {
    const s = buildSynthesis(
      [
        ...sources,
        { file: 'a-copy.gcm.yaml', review: structuredClone(a) },
        { file: 'a-v2.gcm.yaml', review: { ...structuredClone(a), key_messages: 'Changed.' } },
        { file: 'bad.gcm.yaml', invalid: { message: 'Broken.', line: 3, problems: 2 } },
      ],
      { region: 'ece', cycle: 'imrf_2026' },
    );
    expect(s.reviews.map((r) => r.file)).toEqual(['a.gcm.yaml', 'b.gcm.yaml', 'a-v2.gcm.yaml']);
    expect(s.leftOut.map((l) => [l.file, l.reason])).toEqual([
      ['c.gcm.yaml', 'region'],
      ['a-copy.gcm.yaml', 'duplicate'],
      ['bad.gcm.yaml', 'invalid'],
    ]);
    expect(s.leftOut[1]).toMatchObject({ duplicateOf: 'a.gcm.yaml' });
    expect(s.leftOut[2]).toMatchObject({ line: 3, problems: 2, detail: 'Broken.' });
    expect(s.totals).toMatchObject({ files: 6, leftOut: 3, invalid: 1, otherRegion: 1, duplicates: 1 });
    // a different review from the same submitter for the same cycle is kept, and pointed out
    expect(s.sameSubmitter).toEqual([
      { submitter: 'France', cycle: 'imrf_2026', files: ['a.gcm.yaml', 'a-v2.gcm.yaml'] },
    ]);
    const onlyCycle = buildSynthesis(sources, { cycle: 'regional_review_2' });
    expect(onlyCycle.leftOut.map((l) => l.reason)).toEqual(['cycle', 'cycle']);
  });

  it('cuts excerpts at a word near the set length and keeps the full text', () => {
    expect(excerpt('one two three four', 100)).toEqual({ excerpt: 'one two three four', truncated: false });
    const long = 'word '.repeat(100);
    const e = excerpt(long, 50);
    expect(e.truncated).toBe(true);
    expect(e.excerpt.length).toBeLessThanOrEqual(51);
    expect(e.excerpt.endsWith('word…')).toBe(true);
    const s = buildSynthesis(
      [{ file: 'x.gcm.yaml', review: review({ objectives: { '2': { gaps_and_challenges: long } } }) }],
      {
        excerptLength: 50,
      },
    );
    expect(s.objectives[1]!.challenges[0]).toMatchObject({ truncated: true, text: long.trim() });
  });

  it('quotes text in the language it was written in, and says when official titles stay in English', () => {
    const bi = review({ objectives: { '3': { gaps_and_challenges: { en: 'English gap.', ar: 'فجوة.' } } } });
    bi.metadata.languages = ['ar', 'en'];
    const ar = buildSynthesis([{ file: 'x.gcm.yaml', review: bi }], { lang: 'ar' });
    expect(ar.dir).toBe('rtl');
    expect(ar.titlesInEnglish).toBe(true);
    expect(ar.objectives[2]!.title).toBe('Provide accurate and timely information at all stages of migration');
    expect(ar.objectives[2]!.challenges[0]).toMatchObject({ lang: 'ar', dir: 'rtl', text: 'فجوة.' });
    const fr = buildSynthesis([{ file: 'x.gcm.yaml', review: bi }], { lang: 'fr' });
    expect(fr.titlesInEnglish).toBe(false);
    expect(fr.objectives[2]!.challenges[0]).toMatchObject({ lang: 'ar' }); // the review's first language
  });
});

/** The line of the value at a path, found with the `yaml` package (independently of sourceLines). */
function yamlLine(text: string, path: (string | number)[]): number | undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  let node: unknown = doc.contents;
  let at: number | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === String(seg));
      if (!pair) return undefined;
      at = (pair.key as YamlNode).range![0];
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
      at = (node as YamlNode).range![0];
    } else return undefined;
  }
  return at === undefined ? undefined : lc.linePos(at).line;
}

describe('source lines', () => {
  const text = `# a review
format_version: 1
metadata: {submitter: {type: member_state, country: QMA}, cycle: imrf_2026, languages: [en], status: final}
objectives:
  7:
    gaps_and_challenges: |
      Text: with a colon
      7: not a key
    promising_practices:
      - title: One
      - {title: "Two: quoted"}
  "12":
    support_needs:
    - area: other
      label: x
    gaps_and_challenges: 'quoted
      over lines'
`;
  const paths: (string | number)[][] = [
    ['objectives', '7', 'gaps_and_challenges'],
    ['objectives', '7', 'promising_practices', 0],
    ['objectives', '7', 'promising_practices', 1],
    ['objectives', '12', 'support_needs', 0],
    ['objectives', '12', 'gaps_and_challenges'],
    ['metadata', 'cycle'],
  ];
  it('finds keys and list items as the yaml package does (block, flow, quoted keys, text that looks like keys)', () => {
    const lineOf = sourceLines(text);
    for (const p of paths) expect(lineOf(p), p.join('/')).toBe(yamlLine(text, p));
    expect(lineOf(['objectives', '7', 'gaps_and_challenges'])).toBe(6);
    expect(lineOf(['objectives', '7', 'promising_practices', 1])).toBe(11);
    expect(lineOf(['objectives', '9'])).toBeUndefined();
  });
  it('falls back to the precise parser for files with anchors', () => {
    const anchored = text.replace('- title: One', '- &p\n        title: One');
    const lineOf = sourceLines(anchored);
    expect(lineOf(['objectives', '12', 'support_needs', 0])).toBe(
      yamlLine(anchored, ['objectives', '12', 'support_needs', 0]),
    );
  });
});

describe('the Markdown document', () => {
  it('cites file:line, escapes review text, and keeps table rows whole', () => {
    const lineOf = () => 42;
    const md = synthesisMarkdown(
      buildSynthesis(
        sources.map((s) => ({ ...s, lineOf })),
        { region: 'ece' },
      ),
    );
    expect(md).toMatch(/^# Synthesis of GCM reviews — ECE: Economic Commission for Europe\n/);
    expect(md).toContain('- **France** (a.gcm.yaml:42): Clinics \\| mobile: Line one line two');
    expect(md).toContain('- **France** (a.gcm.yaml:42): Gaps.');
    for (const t of md.split('\n\n').filter((x) => x.startsWith('|'))) {
      const rows = t
        .trim()
        .split('\n')
        .map((r) => r.replace(/\\\|/g, '').split('|').length);
      expect(new Set(rows).size, t).toBe(1);
    }
    expect(cell('<script>x</script> [a](b) *b*')).toBe('&lt;script&gt;x&lt;/script&gt; \\[a\\](b) \\*b\\*');
  });
  it('speaks French, Spanish and Arabic', () => {
    expect(synthesisMarkdown(buildSynthesis(sources, { lang: 'fr' }))).toContain('## Besoins de soutien');
    expect(synthesisMarkdown(buildSynthesis(sources, { lang: 'es' }))).toContain('7. Reducir vulnerabilidades');
    const ar = synthesisMarkdown(buildSynthesis(sources, { lang: 'ar' }));
    expect(ar).toContain('# توليف استعراضات');
    expect(ar).toContain('Reduce vulnerabilities'); // official titles stay in English, and it says so
    expect(ar).toContain('تُعرض العناوين الرسمية بالإنكليزية');
  });
});

describe('the HTML document', () => {
  it('escapes review text and file names, and carries no script or outside resource', async () => {
    const { synthesisHtml } = await import('../../src/synthesis/html.js');
    const evil = review({
      objectives: {
        '2': {
          gaps_and_challenges: '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))',
          promising_practices: [
            { title: '</blockquote><iframe src="https://example.org">', link: 'javascript:alert(4)' },
          ],
          support_needs: [{ area: 'other', label: '<b onmouseover=x>' }],
        },
      },
    });
    evil.metadata.submitter.name = '<svg onload=alert(5)>';
    for (const mode of ['html', 'pdf'] as const) {
      const html = synthesisHtml(buildSynthesis([{ file: '<img src=y>.gcm.yaml', review: evil }]), { mode });
      expect(html).not.toMatch(/<script|<img|<iframe|<b |onerror=|onload=|javascript:alert\(4\)/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;img src&#x3D;y&gt;.gcm.yaml');
    }
  });
});

describe('gcm-review synthesize (command)', () => {
  const root = join(import.meta.dirname, '../..');
  const bin = join(root, 'bin/gcm-review.js');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [bin, 'synthesize', ...args], { encoding: 'utf8', cwd: root });

  it('lists the reviews of other regions as left out, in the JSON and on stderr', () => {
    const r = run('examples', '--region', 'escwa', '-f', 'json');
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.reviews).toHaveLength(1);
    expect(s.filters).toMatchObject({ region: 'escwa' });
    expect(s.leftOut).toHaveLength(exampleFiles().length - 1);
    expect(new Set(s.leftOut.map((l: { reason: string }) => l.reason))).toEqual(new Set(['region']));
    expect(r.stderr).toMatch(/left out examples\/full-en\.gcm\.yaml: other region \(ece: /);
  });

  it('lists a link leading out of the folder as left out, unread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-synth-link-'));
    const inside = join(dir, 'reviews');
    mkdirSync(inside);
    copyFileSync(join(root, 'examples/full-en.gcm.yaml'), join(inside, 'full.gcm.yaml'));
    writeFileSync(join(dir, 'secret.txt'), 'format_version: 1\n');
    symlinkSync(join(dir, 'secret.txt'), join(inside, 'elsewhere.gcm.yaml'));
    const r = run(inside, '-f', 'json');
    expect(r.status).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.reviews).toHaveLength(1);
    expect(s.leftOut).toEqual([
      expect.objectContaining({
        file: join(inside, 'elsewhere.gcm.yaml'),
        reason: 'invalid',
        detail: expect.stringMatching(/symbolic link .* not read/),
      }),
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses bad requests with exit 2 and a plain message, and never truncates an existing output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-synth-cli-'));
    const out = join(dir, 'keep.md');
    writeFileSync(out, 'previous synthesis\n');
    const none = run('examples', '--cycle', 'imrf_2022', '-o', out);
    expect(none.status).toBe(2);
    const count = exampleFiles().length;
    expect(none.stderr).toContain(`none of the ${count} files is a valid review for cycle imrf_2022`);
    expect(readFileSync(out, 'utf8')).toBe('previous synthesis\n');
    const pdf = run('examples', '-f', 'pdf');
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('name it with -o');
    const ex = run('examples', '--excerpt', '5');
    expect(ex.status).toBe(2);
    expect(ex.stderr).toContain('--excerpt must be a whole number');
    const stdin = run('-');
    expect(stdin.status).toBe(2);
    expect(`${none.stderr}${pdf.stderr}${ex.stderr}${stdin.stderr}`).not.toMatch(/\n\s+at /); // no stack trace
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the other parts of the reviews', () => {
  it('pledges by status and objective, national plans and priorities, counts split Member States / others', () => {
    const root = join(import.meta.dirname, '../..');
    const r = spawnSync(process.execPath, [join(root, 'bin/gcm-review.js'), 'synthesize', 'examples', '-f', 'json'], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    const ids = s.parts.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['national_plans', 'pledges', 'priorities']));
    const pledges = s.parts.find((p: { id: string }) => p.id === 'pledges');
    const byStatus = pledges.tables[0].rows as string[][];
    const total = pledges.data.total.total as number;
    expect(byStatus.reduce((n, row) => n + Number(row[1]!.split(' / ')[0]) + Number(row[1]!.split(' / ')[1]), 0)).toBe(
      total,
    );
    const md = spawnSync(process.execPath, [join(root, 'bin/gcm-review.js'), 'synthesize', 'examples'], {
      encoding: 'utf8',
      cwd: root,
    }).stdout;
    expect(md).toContain('## Pledges');
    expect(md).toContain('## National plans');
  });
});
