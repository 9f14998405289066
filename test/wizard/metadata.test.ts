import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SCHEMA_ID } from '../../src/schema/generate.js';
import { runSteps } from '../../src/wizard/init.js';
import { METADATA_STEPS } from '../../src/wizard/metadata.js';
import { checkbox, input, newContext, search, select, type Step } from './script.js';

/** The steps every submitter type shares after its identity: cycle, region, languages, focal point, date. */
function common(o: { langs?: string[]; main?: string; region?: string | null } = {}): Step[] {
  const steps: Step[] = [
    select('Which review is this for?', 'imrf_2026', { expectDefault: 'regional_review_2' }),
    // the region is suggested from the country (Mexico: ECLAC); none without a country
    select('Region', 'eclac', { expectDefault: o.region ?? null }),
    checkbox('Languages the review is written in', o.langs, { expectChecked: ['en'] }),
  ];
  if (o.main) steps.push(select('Main language', o.main));
  steps.push(
    input('Focal point: full name', 'Ana Ruiz'),
    input('Focal point: job title', ''),
    input('Focal point: ministry or organization', 'Secretaría de Gobernación'),
    input('Focal point: email', 'not-an-email', { invalid: true }),
    input('Focal point: email', 'ana.ruiz@example.org'),
    input('Date of this version', undefined, { expectDefault: '2025-06-30' }),
  );
  return steps;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field
function onDisk(file: string): { text: string; data: Record<string, any> } {
  const text = readFileSync(file, 'utf8');
  return { text, data: parse(text, { version: '1.2', schema: 'core' }) };
}

describe('init, part 1: about the review', () => {
  it('Member State: country searched by name and stored as ISO alpha-3, languages main first', async () => {
    const ctx = newContext([
      select('Who submits this review?', 'member_state'),
      search('Country', 'MEX', { term: 'méxi' }),
      ...common({ langs: ['en', 'es'], main: 'es', region: 'eclac' }),
    ]);
    await runSteps(ctx, METADATA_STEPS);
    expect(ctx.ask.remaining()).toEqual([]);
    const { text, data } = onDisk(ctx.store.file);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_ID}`);
    expect(data.format_version).toBe(1);
    expect(data.metadata).toEqual({
      submitter: { type: 'member_state', country: 'MEX' },
      cycle: 'imrf_2026',
      region: 'eclac',
      languages: ['es', 'en'],
      focal_point: { name: 'Ana Ruiz', organization: 'Secretaría de Gobernación', email: 'ana.ruiz@example.org' },
      date: '2025-06-30',
      status: 'draft',
    });
    // keys in the schema's order, the date a plain YAML 1.2 string
    expect(Object.keys(data.metadata)).toEqual([
      'submitter',
      'cycle',
      'region',
      'languages',
      'focal_point',
      'date',
      'status',
    ]);
    expect(text).toContain('date: 2025-06-30\n');
    // the focal point prompt explained what it is
    expect(ctx.ask.said.map((s) => s.text)).toContain('The focal point: the person to contact about this review.');
  });

  it('the country search matches names in any language and codes, and lists names in the interface language', async () => {
    const { searchCountries } = await import('../../src/wizard/countries.js');
    expect(searchCountries('cote d', 'fr')[0]).toMatchObject({ value: 'CIV' });
    expect(searchCountries('Allemagne', 'en')[0]).toMatchObject({ value: 'DEU', short: 'Germany' });
    expect(searchCountries('phl', 'es')[0]).toMatchObject({ value: 'PHL', short: 'Filipinas' });
    // nothing matches: the only choice left is the way to a fictional country (test/wizard/countries.test.ts)
    expect(searchCountries('zzzz', 'en').map((c) => c.value)).toEqual(['\u0000fictional:zzzz']);
  });

  it('Stakeholder: organization name (required) and category', async () => {
    const ctx = newContext([
      select('Who submits this review?', 'stakeholder'),
      input('Name of your organization', '', { invalid: true }),
      input('Name of your organization', 'Migrant Rights Network'),
      select('Which kind of stakeholder', 'civil_society_organizations'),
      ...common(),
    ]);
    await runSteps(ctx, METADATA_STEPS);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(onDisk(ctx.store.file).data.metadata.submitter).toEqual({
      type: 'stakeholder',
      name: 'Migrant Rights Network',
      category: 'civil_society_organizations',
    });
  });

  it('Inter-State consultation mechanism: chosen from the reference list', async () => {
    const ctx = newContext([
      select('Who submits this review?', 'iscm'),
      select('Which mechanism or process?', 'Rabat Process'),
      ...common(),
    ]);
    await runSteps(ctx, METADATA_STEPS);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(onDisk(ctx.store.file).data.metadata.submitter).toEqual({ type: 'iscm', name: 'Rabat Process' });
  });

  it('Inter-State consultation mechanism: another one, typed (French interface lists French names)', async () => {
    const ctx = newContext(
      [
        select('Qui soumet cet examen ?', 'iscm'),
        select('Quel mécanisme ou processus ?', (choices: { value?: string; name?: string }[]) => {
          expect(choices.map((c) => c.name)).toContain('Processus de Rabat');
          return choices[choices.length - 1]!.value;
        }),
        input('Nom du mécanisme ou processus', 'Processus de Colombo'),
        select('Pour quel examen ?', 'imrf_2026'),
        select('Région', null),
        checkbox('Langues de rédaction', ['fr']),
        input('Point focal : nom complet', ''),
        input('Point focal : fonction', ''),
        input('Point focal : ministère', ''),
        input('Point focal : courriel', ''),
        input('Date de cette version', ''),
      ],
      { lang: 'fr' },
    );
    await runSteps(ctx, METADATA_STEPS);
    expect(ctx.ask.remaining()).toEqual([]);
    const { data } = onDisk(ctx.store.file);
    expect(data.metadata.submitter).toEqual({ type: 'iscm', name: 'Processus de Colombo' });
    // an emptied date is left out; a region "none" is not written
    expect(data.metadata).not.toHaveProperty('date');
    expect(data.metadata).not.toHaveProperty('region');
    expect(data.metadata.languages).toEqual(['fr']);
  });

  it('Regional organization: name typed', async () => {
    const ctx = newContext([
      select('Who submits this review?', 'regional_organization'),
      input('Name of the regional organization', 'Economic Community of West African States'),
      ...common(),
    ]);
    await runSteps(ctx, METADATA_STEPS);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(onDisk(ctx.store.file).data.metadata.submitter).toEqual({
      type: 'regional_organization',
      name: 'Economic Community of West African States',
    });
  });
});
