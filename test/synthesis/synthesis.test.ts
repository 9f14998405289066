// Regional synthesis: counts computed from hand-made reviews, the Markdown document, and the command.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesize } from '../../src/synthesis/index.js';
import { cell, synthesisMarkdown } from '../../src/synthesis/markdown.js';
import type { Review } from '../../src/schema/types.js';

const root = join(import.meta.dirname, '../..');
/** The examples folder grows with the format (issue 9 added plan-pledges-en): count, do not hard-code. */
const exampleCount = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.gcm.yaml')).length;

function review(over: Partial<Review> & { region?: string; country?: string; cycle?: string }): Review {
  const { region, country, cycle, ...rest } = over;
  return {
    format_version: 1,
    metadata: {
      submitter: { type: 'member_state', country: country ?? 'QMA' },
      cycle: cycle ?? 'imrf_2026',
      ...(region ? { region } : {}),
      languages: ['en'],
      status: 'final',
    },
    ...rest,
  };
}

const a = review({
  region: 'ece',
  country: 'FRA',
  objectives: {
    '7': {
      implementation: {
        status: 'Done.',
        statistics: [
          { indicator: 'x', value: 1 },
          { indicator: 'y', value: 2 },
        ],
      },
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
  principle_support_needs: [{ principle: 'child_sensitive', area: 'data_collection_and_analysis' }],
  methodology: {
    stakeholders_consulted: [{ category: 'migrants' }, { category: 'trade_unions' }],
    consultations: [{ title: 'Workshop', stakeholders: ['migrants', 'academia'] }],
  },
});
const b = review({
  region: 'ece',
  country: 'QMB',
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
const inputs = [
  { file: 'a.gcm.yaml', review: a },
  { file: 'b.gcm.yaml', review: b },
  { file: 'c.gcm.yaml', review: c },
];

describe('synthesize', () => {
  it('counts coverage, questions, statistics, practices and support needs per objective', () => {
    const s = synthesize(inputs);
    expect(s.reviews.map((r) => r.submitter)).toEqual(['France', 'QMB', 'QMC']);
    const o7 = s.objectives.find((o) => o.number === 7)!;
    expect(o7).toMatchObject({ reviews: 2, complete: 1, statistics: 2, practices: 1, highPriority: 2 });
    expect(o7.questions).toEqual({ a: 2, b: 1, c: 1, d: 1, e: 2 });
    expect(o7.supportNeeds).toMatchObject({ financing: 3, other: 1, technology: 0 });
    expect(s.objectives.find((o) => o.number === 1)!.reviews).toBe(1);
    expect(s.objectives.find((o) => o.number === 2)!.reviews).toBe(0);
  });

  it('adds up areas, round tables, principles and stakeholders across reviews', () => {
    const s = synthesize(inputs);
    expect(s.supportAreas.find((x) => x.area === 'financing')).toEqual({
      area: 'financing',
      needs: 3,
      highPriority: 2,
      reviews: 2,
    });
    expect(s.roundtables.find((r) => r.number === 4)!.reviews).toBe(3); // objectives 1, 7 and 23 are in round table 4
    expect(s.principlesApplied.find((p) => p.principle === 'human_rights')).toEqual({
      principle: 'human_rights',
      objectives: 1,
      reviews: 1,
    });
    expect(s.principleSupport.find((p) => p.principle === 'child_sensitive')!.needs.data_collection_and_analysis).toBe(
      1,
    );
    expect(s.stakeholders.find((x) => x.category === 'migrants')!.reviews).toBe(1); // counted once per review
    expect(s.stakeholders.find((x) => x.category === 'academia')!.reviews).toBe(1);
  });

  it('filters by region and cycle', () => {
    expect(synthesize(inputs, { region: 'ece' }).reviews).toHaveLength(2);
    expect(synthesize(inputs, { cycle: 'regional_review_2' }).reviews.map((r) => r.file)).toEqual(['c.gcm.yaml']);
    expect(synthesize(inputs, { region: 'ece', cycle: 'regional_review_2' }).reviews).toHaveLength(0);
  });

  it('writes a Markdown document whose tables survive user text', () => {
    const md = synthesisMarkdown(synthesize(inputs, { region: 'ece' }));
    expect(md).toMatch(/^# Synthesis of GCM reviews — ECE: Economic Commission for Europe\n/);
    expect(md).toContain('| 7. Reduce vulnerabilities | 2 | 1 | 2 | 1 | 1 | 1 | 2 | 2 | 1 | 4 |');
    expect(md).toContain('- **[Clinics \\| mobile](<https://example.org/a>)** (France): Line one line two');
    // every table row has the same number of cells as its header
    for (const t of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = t.split('\n').map((r) => r.replace(/\\\|/g, '').split('|').length);
      expect(new Set(rows).size, t).toBe(1);
    }
    expect(cell('<script>x</script> [a](b)')).toBe('&lt;script&gt;x&lt;/script&gt; \\[a\\](b)');
  });

  it('speaks French and Spanish', () => {
    expect(synthesisMarkdown(synthesize(inputs, { lang: 'fr' }))).toContain('## Besoins de soutien par domaine');
    expect(synthesisMarkdown(synthesize(inputs, { lang: 'es' }))).toContain('| 7. Reducir vulnerabilidades |');
  });
});

describe('gcm-review synthesize', () => {
  const bin = join(root, 'bin/gcm-review.js');
  it('summarises the examples, skips invalid files with exit 1, and writes atomically with -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-synth-'));
    writeFileSync(join(dir, 'bad.gcm.yaml'), 'format_version: 1\nmetadata: []\n');
    const out = join(dir, 'synthesis.md');
    const r = spawnSync(
      process.execPath,
      [bin, 'synthesize', join(root, 'examples'), join(dir, 'bad.gcm.yaml'), '-o', out],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toMatch(/skipped .*bad\.gcm\.yaml: .*run gcm-review validate/);
    expect(r.status).toBe(1);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain(`${exampleCount} reviews.`);
    expect(md).toContain('| Republic of Maravia | Member State |');
  });
  it('json output and no matching review (exit 2)', () => {
    const r = spawnSync(
      process.execPath,
      [bin, 'synthesize', join(root, 'examples'), '--region', 'escwa', '-f', 'json'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.reviews).toHaveLength(1);
    expect(s.filters).toEqual({ region: 'escwa' });
    const none = spawnSync(process.execPath, [bin, 'synthesize', join(root, 'examples'), '--cycle', 'imrf_2022'], {
      encoding: 'utf8',
    });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(`none of the ${exampleCount} files is a valid review for cycle imrf_2022`);
  });
});
