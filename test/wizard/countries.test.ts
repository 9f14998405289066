// The wizard's country search: UN names, status labels, and a way forward for fictional or test
// countries (codes QMA–QZZ, XAA–XZZ) and for any name it does not know.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FICTIONAL, searchCountries } from '../../src/wizard/countries.js';
import { runSteps } from '../../src/wizard/init.js';
import { METADATA_STEPS } from '../../src/wizard/metadata.js';
import { checkbox, input, newContext, search, select, type Step } from './script.js';

const rest = (): Step[] => [
  select('Which review is this for?', 'imrf_2026'),
  select('Region', 'ece'),
  checkbox('Languages the review is written in', ['en']),
  input('Focal point: full name', 'Ana Ruiz'),
  input('Focal point: job title', ''),
  input('Focal point: ministry or organization', 'Ministry of the Interior'),
  input('Focal point: email', 'ana.ruiz@example.org'),
  input('Date of this version', undefined),
];
const submitterOnDisk = (file: string) =>
  (parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' }) as { metadata: { submitter: unknown } })
    .metadata.submitter;

describe('country search', () => {
  it('offers a typed fictional code (any case) first, as a fictional or test country', () => {
    const hits = searchCountries('qma', 'en');
    expect(hits[0]).toMatchObject({ value: 'QMA', name: 'QMA · fictional or test country (you name it next)' });
    expect(searchCountries('XZZ', 'fr')[0]!.name).toBe('XZZ · pays fictif ou de test (vous le nommez ensuite)');
    expect(hits.some((h) => h.value.startsWith(FICTIONAL))).toBe(false);
  });

  it('answers a name it does not know with a way forward, not "no results"', () => {
    const hits = searchCountries('Atlantis', 'en');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.value).toBe(`${FICTIONAL}Atlantis`);
    expect(hits[0]!.name).toBe('No UN country or area is called “Atlantis”: use it as a fictional or test country');
    expect(hits[0]!.description).toContain('QMA–QZZ or XAA–XZZ');
  });

  it('ends a list of matches with the fictional-country choice too', () => {
    const hits = searchCountries('mex', 'es');
    expect(hits[0]).toMatchObject({ value: 'MEX', short: 'México' });
    expect(hits.at(-1)!.name).toBe('No está en esta lista: usar «mex» como país ficticio o de prueba');
  });

  it('shows UN names, labels observer States and territories, and never offers Antarctica', () => {
    expect(searchCountries('moldova', 'en')[0]!.name).toBe('Republic of Moldova (MDA)');
    expect(searchCountries('Holy See', 'en')[0]!.name).toBe('Holy See (VAT) · Non-member observer State');
    expect(searchCountries('puerto', 'en')[0]!.name).toBe(
      'Puerto Rico (PRI) · Territory or area (not a UN Member State)',
    );
    expect(searchCountries('antarc', 'en').map((h) => h.value)).toEqual([`${FICTIONAL}antarc`]);
  });

  it('says in the question itself how to enter a fictional country', async () => {
    const ctx = newContext([select('Who submits this review?', 'member_state'), search('Country', 'MEX'), ...rest()]);
    await runSteps(ctx, METADATA_STEPS);
    expect(ctx.ask.asked[1]).toBe(
      'search: Country (type part of its name; for a fictional or test country, a code from QMA–QZZ or XAA–XZZ)',
    );
  });
});

describe('init with a fictional country', () => {
  it('a typed code QMA is kept and the wizard asks for the display name', async () => {
    const ctx = newContext([
      select('Who submits this review?', 'member_state'),
      search('Country', 'QMA', { term: 'qma' }),
      input('Name of this fictional country', '', { invalid: true }),
      input('Name of this fictional country', 'Republic of Maravia'),
      ...rest(),
    ]);
    await runSteps(ctx, METADATA_STEPS);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(submitterOnDisk(ctx.store.file)).toEqual({
      type: 'member_state',
      country: 'QMA',
      name: 'Republic of Maravia',
    });
  });

  it('an unknown name leads to a code (checked) and keeps the name typed as the suggestion', async () => {
    const ctx = newContext([
      select('Who submits this review?', 'member_state'),
      search('Country', `${FICTIONAL}Atlantis`, { term: 'Atlantis' }),
      input('Code for this fictional country', 'ABC', { invalid: true, expectDefault: 'QMA' }),
      input('Code for this fictional country', 'xab'),
      input('Name of this fictional country', undefined, { expectDefault: 'Atlantis' }),
      ...rest(),
    ]);
    await runSteps(ctx, METADATA_STEPS);
    expect(ctx.ask.remaining()).toEqual([]);
    expect(submitterOnDisk(ctx.store.file)).toEqual({ type: 'member_state', country: 'XAB', name: 'Atlantis' });
  });
});

describe('region list', () => {
  it('stars the commission names not yet verified in the interface language', async () => {
    const { REGIONS } = await import('../../src/reference/index.js');
    let offered: string[] = [];
    const ctx = newContext([
      select('Who submits this review?', 'member_state'),
      search('Country', 'MEX'),
      select('Which review is this for?', 'imrf_2026'),
      select('Region', (choices: { name?: string }[]) => {
        offered = choices.map((c) => c.name ?? '');
        return 'eclac';
      }),
      ...rest().slice(2),
    ]);
    await runSteps(ctx, METADATA_STEPS);
    expect(offered).toContain('ESCWA · Economic and Social Commission for Western Asia *');
    expect(offered).toContain('ECE · Economic Commission for Europe');
    expect(offered.filter((n) => n.endsWith(' *'))).toHaveLength(
      REGIONS.filter((r) => r.unverified.includes('name.en')).length,
    );
  });
});
