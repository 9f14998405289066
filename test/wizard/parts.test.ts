// Issue 9 parts are reachable in `gcm-review edit` (and only there): review number, previous review
// and authors under "About the review"; lead agency, support, consultation details and `other`
// groups under "How the review was prepared"; profile, crises and the optional narratives under
// "Other parts of the report". The saved file validates; `x-` fields and comments are kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assessReadiness, checkFile } from '../../src/validate/index.js';
import { readinessLines } from '../../src/wizard/finish.js';
import { runEdit } from '../../src/wizard/edit.js';
import { METADATA_STEPS, stepApplies } from '../../src/wizard/metadata.js';
import { PEOPLE_STEPS } from '../../src/wizard/people.js';
import { SECTION_STEPS } from '../../src/wizard/sections.js';
import { checkbox, editContext, input, multiline, newContext, select } from './script.js';

const BASE = `# review of Estria
format_version: 1
x-internal-id: 42   # our own field
metadata:
  submitter: {type: member_state, country: QMA}
  cycle: imrf_2026
  languages: [en]
  status: draft
  x-owner: migration unit
methodology:
  consultations:
    - title: National consultation
      date: 2025-10-02
  stakeholders_consulted:
    - category: migrants
    - category: other
      label: Employers’ organizations
      organizations: [Estria Employers Federation]
objectives:
  "3":
    gaps_and_challenges: Rural areas.
`;

const data = (file: string) => parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' });

describe('issue 9 parts in the wizard', () => {
  it('init never asks for them: they are edit-only steps', () => {
    const ctx = newContext([]);
    const ids = [...METADATA_STEPS, ...PEOPLE_STEPS, ...SECTION_STEPS]
      .filter((s) => stepApplies(ctx, s))
      .map((s) => s.id);
    for (const id of [
      'review_number',
      'authors',
      'lead_agency',
      'profile',
      'crisis_impact',
      'executive_summary',
      'disclaimer',
    ])
      expect(ids).not.toContain(id);
  });

  it('About the review: review number, previous review, authors', async () => {
    const ctx = editContext(BASE, [
      select('What do you want to work on?', 'meta'),
      select('About the review', 'review_number'),
      input('Which review of yours is this?', '0', { invalid: true }),
      input('Which review of yours is this?', '2'),
      select('About the review', 'previous_review', { expectDefault: 'previous_review' }),
      select('Previous review: for which review cycle?', 'imrf_2022'),
      input('Previous review: title', 'First VNR of Estria'),
      input('Previous review: web link', 'www.example.org', { invalid: true }),
      input('Previous review: web link', 'https://example.org/vnr-2022.pdf'),
      select('About the review', 'authors'),
      select('Authors (0 so far)', 'add'),
      input('Name of the author', 'Dr Lena Marsh'),
      input('Role', 'Lead consultant'),
      input('Organization', ''),
      select('Authors (1 so far)', 'done'),
      select('About the review', 'back'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const d = data(ctx.store.file);
    expect(d.metadata.review_number).toBe(2);
    expect(d.metadata.previous_review).toEqual({
      cycle: 'imrf_2022',
      title: 'First VNR of Estria',
      link: 'https://example.org/vnr-2022.pdf',
    });
    expect(d.metadata.authors).toEqual([{ name: 'Dr Lena Marsh', role: 'Lead consultant' }]);
    expect((await checkFile(ctx.store.file)).diagnostics).toEqual([]);
  });

  it('How the review was prepared: lead agency, support, consultation details, other groups', async () => {
    const ctx = editContext(BASE, [
      select('What do you want to work on?', 'people'),
      select('How the review was prepared', 'lead_agency'),
      input('Which ministry or body led', 'Ministry of the Interior'),
      select('How the review was prepared', 'review_support', { expectDefault: 'review_support' }),
      select('Support for the review (0 so far)', 'add'),
      input('Organization that helped', 'UN Network on Migration'),
      multiline('How it helped', 'Technical support.'),
      select('Support for the review (1 so far)', 'done'),
      select('How the review was prepared', 'consultation_details'),
      select('Which consultation?', 0),
      select('Kind of consultation', 'validation_workshop'),
      input('Organised by', 'Ministry of the Interior'),
      input('Place', 'Estria City'),
      input('Named bodies taking part', 'National Migrant Council; Bar Association'),
      multiline('Outcomes', 'Chapter 13 rewritten.'),
      select('Which consultation?', 'back'),
      select('How the review was prepared', 'other_groups'),
      select('Other groups consulted (none of the twelve categories) (1 so far)', 'add', { expectDefault: 'done' }),
      input('Name of the group', 'Youth-led groups'),
      input('Organizations consulted', 'Youth Forum'),
      select('Other groups consulted (none of the twelve categories) (2 so far)', 'done'),
      // the category checkbox does not drop the `other` groups it does not list
      select('How the review was prepared', 'stakeholders'),
      checkbox('Which groups were consulted?', ['migrants'], { expectChecked: ['migrants'] }),
      input('Migrants: organizations consulted', ''),
      select('How the review was prepared', 'back'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const d = data(ctx.store.file);
    expect(d.methodology.lead_agency).toBe('Ministry of the Interior');
    expect(d.methodology.support).toEqual([{ organization: 'UN Network on Migration', role: 'Technical support.\n' }]);
    expect(d.methodology.consultations[0]).toEqual({
      title: 'National consultation',
      date: '2025-10-02',
      kind: 'validation_workshop',
      organiser: 'Ministry of the Interior',
      place: 'Estria City',
      participant_bodies: ['National Migrant Council', 'Bar Association'],
      outcomes: 'Chapter 13 rewritten.\n',
    });
    expect(d.methodology.stakeholders_consulted).toEqual([
      { category: 'migrants' },
      { category: 'other', label: 'Employers’ organizations', organizations: ['Estria Employers Federation'] },
      { category: 'other', label: 'Youth-led groups', organizations: ['Youth Forum'] },
    ]);
    expect((await checkFile(ctx.store.file)).diagnostics).toEqual([]);
  });

  it('Other parts: executive summary, profile, policy framework, crises, means of implementation, disclaimer; x- fields and comments kept', async () => {
    const ctx = editContext(BASE, [
      select('What do you want to work on?', 'sections'),
      select('Other parts of the report', 'executive_summary', { expectDefault: 'key_messages' }),
      multiline('Executive summary', 'Steady progress.'),
      select('Other parts of the report', 'profile', { expectDefault: 'profile' }),
      select('Is there a national GCM implementation plan?', 'yes', { expectDefault: null }),
      input('Comment (optional)', 'Adopted in 2023.'),
      select('linked to the 2030 Agenda', 'partially'),
      input('Comment (optional)', ''),
      select('coordination mechanism', null),
      select('United Nations Network on Migration', 'no'),
      input('Comment (optional)', ''),
      select('Other questions (0 so far)', 'add'),
      input('The question', 'Has the GCM been translated?'),
      select('Answer', 'not_applicable', { expectDefault: 'unknown' }),
      input('Comment (optional)', ''),
      select('Other questions (1 so far)', 'done'),
      select('Other parts of the report', 'policy_framework'),
      multiline('Policy and enabling environment', 'The Migration Act.'),
      select('Other parts of the report', 'crisis_impact', { expectDefault: 'crisis_impact' }),
      select('Impact of crises (0 so far)', 'add'),
      input('Name of the crisis', 'COVID-19 pandemic'),
      multiline('Its impact and the response', 'Services moved online.'),
      select('Impact of crises (1 so far)', 'done'),
      select('Other parts of the report', 'means_of_implementation'),
      multiline('Means of implementation', 'National budget.'),
      select('Other parts of the report', 'disclaimer', { expectDefault: 'disclaimer' }),
      multiline('Disclaimer', 'Views of the authors.'),
      select('Other parts of the report', 'back'),
      select('What do you want to work on?', 'quit'),
    ]);
    await runEdit(ctx);
    expect(ctx.ask.remaining()).toEqual([]);
    const text = readFileSync(ctx.store.file, 'utf8');
    const d = data(ctx.store.file);
    expect(d.executive_summary).toBe('Steady progress.\n');
    expect(d.profile).toEqual({
      has_national_implementation_plan: { answer: 'yes', comment: 'Adopted in 2023.' },
      linked_to_2030_agenda: { answer: 'partially' },
      un_network_in_country: { answer: 'no' },
      custom: [{ question: 'Has the GCM been translated?', answer: 'not_applicable' }],
    });
    expect(d.policy_framework).toBe('The Migration Act.\n');
    expect(d.crisis_impact).toEqual([{ crisis: 'COVID-19 pandemic', narrative: 'Services moved online.\n' }]);
    expect(d.means_of_implementation).toBe('National budget.\n');
    expect(d.disclaimer).toBe('Views of the authors.\n');
    // kept by edit: the file's own x- fields and its comments
    expect(d['x-internal-id']).toBe(42);
    expect(d.metadata['x-owner']).toBe('migration unit');
    expect(text).toContain('# our own field');
    expect((await checkFile(ctx.store.file)).diagnostics).toEqual([]);
  });

  it('the check at the end lists profile answers left unknown and crises without text, in the interface language', () => {
    const review = {
      format_version: 1 as const,
      metadata: {
        submitter: { type: 'member_state' as const, country: 'QMA' },
        cycle: 'imrf_2026',
        languages: ['en'],
        status: 'draft' as const,
      },
      profile: { has_coordination_mechanism: { answer: 'unknown' as const } },
      crisis_impact: [{ crisis: 'Floods of 2024' }],
    };
    const r = assessReadiness(review);
    const fr = readinessLines(newContext([], { lang: 'fr' }), r);
    expect(fr).toContain(
      'Profil de l’examen : réponse encore « inconnu » : Existe-t-il un mécanisme national de coordination sur les migrations ?',
    );
    expect(fr).toContain('Incidence des crises : « Floods of 2024 » n’a pas encore de texte');
  });

  it('a list of names written in several languages is left as it is, never flattened to one line', async () => {
    const text = `${BASE.replace(
      'objectives:',
      `objectives:
  "5":
    promising_practices:
      - title: Joint hub
        partners: [{en: Statistics Office, fr: Office statistique}, IOM]`,
    )}`;
    const { askField } = await import('../../src/wizard/fields.js');
    const ctx2 = editContext(text, []);
    await askField(ctx2, ['objectives', '5', 'promising_practices', 0], {
      kind: 'text',
      key: 'partners',
      label: 'practice.partners',
      parse: (v) => v.split(';'),
      format: (v) => (Array.isArray(v) ? v.join('; ') : undefined),
    });
    expect(ctx2.ask.said.some((s) => s.style === 'warning' && s.text.includes('cannot edit'))).toBe(true);
    expect(data(ctx2.store.file).objectives['5'].promising_practices[0].partners).toEqual([
      { en: 'Statistics Office', fr: 'Office statistique' },
      'IOM',
    ]);
  });

  it('a stakeholder submitter of none of the twelve categories: other, then its own label (required)', async () => {
    const { runSteps } = await import('../../src/wizard/init.js');
    const ctx = editContext(
      BASE.replace('{type: member_state, country: QMA}', '{type: stakeholder, name: Estria Employers Federation}'),
      [
        select('Which kind of stakeholder', 'other'),
        input('What kind of organization?', '', { invalid: true }),
        input('What kind of organization?', 'Employers’ organization'),
      ],
    );
    await runSteps(
      ctx,
      METADATA_STEPS.filter((s) => s.id === 'category'),
    );
    expect(ctx.ask.remaining()).toEqual([]);
    expect(data(ctx.store.file).metadata.submitter).toEqual({
      type: 'stakeholder',
      name: 'Estria Employers Federation',
      category: 'other',
      category_label: 'Employers’ organization',
    });
    expect((await checkFile(ctx.store.file)).diagnostics).toEqual([]);
  });
});
