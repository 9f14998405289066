// Issue 9 through the built command: bad values of the new parts fail with exit 1 at
// file:line:col in questionnaire terms (no stack trace); `x-` fields are accepted and listed by
// `validate --verbose`; readiness notes for profile answers left "unknown" and crises without text.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runBin } from '../ecosystem/helpers.js';
import { assessReadiness } from '../../src/model/readiness.js';
import { checkText } from '../../src/validate/index.js';
import type { Review } from '../../src/schema/types.js';

const HEAD = `format_version: 1
metadata:
  submitter: {type: member_state, country: QMA}
  cycle: imrf_2026
  languages: [en]
  status: draft
`;

let dir: string;
const run = (args: string[]) => runBin(['validate', ...args], { cwd: dir });
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-parts-'));
  writeFileSync(
    join(dir, 'bad.gcm.yaml'),
    `${HEAD}profile:
  has_national_implementation_plan: {answer: maybe}
methodology:
  stakeholders_consulted:
    - category: other
`,
  );
  writeFileSync(
    join(dir, 'ext.gcm.yaml'),
    `x-batch: 2026-A
${HEAD}objectives:
  4:
    x-owner: legal unit
    gaps_and_challenges: Backlogs.
`,
  );
});

describe('validate and the issue 9 parts', () => {
  it('a wrong profile answer and an other stakeholder without label: exit 1, file:line:col, plain words', () => {
    const r = run(['bad.gcm.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'bad.gcm.yaml:8:46: error: Review profile › national implementation plan › answer: the text “maybe” is not one of the allowed values.',
    );
    expect(r.out).toContain('hint: Allowed: yes (Yes), no (No), partially (Partially)');
    expect(r.out).toContain(
      'bad.gcm.yaml:11:7: error: Methodology and process › stakeholders consulted › stakeholder entry 1: “label” (Label) is missing.',
    );
    expect(r.out + r.err).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('x- fields are valid; --verbose lists them, the normal output does not', () => {
    const plain = run(['ext.gcm.yaml']);
    expect(plain.code).toBe(0);
    expect(plain.out).not.toContain('x-owner');
    const verbose = run(['--verbose', 'ext.gcm.yaml']);
    expect(verbose.code).toBe(0);
    expect(verbose.out).toContain('2 extension fields (x-…, kept in the file, not in reports):');
    expect(verbose.out).toMatch(/^ {4}x-batch$/m);
    expect(verbose.out).toMatch(/^ {4}objectives\.4\.x-owner$/m);
    const json = JSON.parse(run(['--format', 'json', 'ext.gcm.yaml']).out) as { files: { extensions?: string[] }[] };
    expect(json.files[0]!.extensions).toEqual(['x-batch', 'objectives.4.x-owner']);
  });
});

describe('short texts that are not text', () => {
  it('one finding per wrong value, even when many values share the schema (rows 1 to 12 with a list for a unit)', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `        - {indicator: R${i}, value: ${i}, unit: [u]}\n`).join(
      '',
    );
    const r = checkText('units.gcm.yaml', `${HEAD}objectives:\n  1:\n    implementation:\n      statistics:\n${rows}`);
    expect(r.diagnostics).toHaveLength(12);
    expect(
      r.diagnostics.every((d) => d.code === 'type' && d.message.endsWith('unit: expected text, found a list.')),
    ).toBe(true);
  });
});

describe('render --public', () => {
  it('the HTML report leaves the focal point e-mail and phone out; without --public they are in', () => {
    writeFileSync(
      join(dir, 'fp.gcm.yaml'),
      HEAD.replace(
        '  status: draft\n',
        '  status: draft\n  focal_point: {name: Ana Pérez, email: ana@interior.example, phone: +999 555 0100}\n',
      ),
    );
    const pub = runBin(['render', 'fp.gcm.yaml', '--format', 'html', '--public', '--out', 'public'], { cwd: dir });
    expect(pub.code).toBe(0);
    const html = readFileSync(join(dir, 'public', 'fp.html'), 'utf8');
    expect(html).toContain('Ana Pérez');
    expect(html).not.toContain('ana@interior.example');
    expect(html).not.toContain('555 0100');
    expect(runBin(['render', 'fp.gcm.yaml', '--format', 'html', '--out', 'all'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'all', 'fp.html'), 'utf8')).toContain('ana@interior.example');
  });
});

describe('the un_system submitter', () => {
  it('gcm-review questions --submitter un_system shows its own wording, marked as not official', () => {
    const r = runBin(['questions', '--submitter', 'un_system'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out.replace(/\s+/g, ' ')).toContain('as observed through the work of the United Nations system');
    expect(r.out.replace(/\s+/g, ' ')).toContain('not an official text');
  });
});

describe('readiness of the issue 9 parts', () => {
  const base: Review = {
    format_version: 1,
    metadata: {
      submitter: { type: 'member_state', country: 'QMA' },
      cycle: 'imrf_2026',
      languages: ['en'],
      status: 'draft',
    },
  };
  it('profile answers left "unknown" and crises without text are notes; parts not used are never asked for', () => {
    const notes = assessReadiness({
      ...base,
      profile: {
        has_coordination_mechanism: { answer: 'unknown' },
        has_national_implementation_plan: { answer: 'yes' },
        custom: [{ question: 'Q?', answer: 'unknown' }],
      },
      crisis_impact: [{ crisis: 'Floods' }, { crisis: 'COVID-19', narrative: 'Text.' }],
    }).notes;
    expect(notes).toContain(
      'Review profile: the answer is still “unknown” for coordination mechanism, 1 other question.',
    );
    expect(notes).toContain('Impact of crises: “Floods” has no text yet.');
    expect(notes.some((n) => n.includes('COVID-19'))).toBe(false);
    const plain = assessReadiness(base).notes;
    expect(plain.some((n) => /profile|crises/i.test(n))).toBe(false);
  });
});
