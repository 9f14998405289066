import { describe, expect, it } from 'vitest';
import {
  COMMISSIONS,
  countries,
  codeForName,
  commissionMembership,
  commissionsOf,
  country,
  countryName,
  countryNameVerified,
  isFictionalCode,
  searchCountries,
} from '../../src/reference/countries.js';

describe('UN country names (M49 / un.org)', () => {
  it('lists 193 Member States and the two observer States (Holy See, State of Palestine)', () => {
    expect(countries().filter((c) => c.status === 'member')).toHaveLength(193);
    expect(
      countries()
        .filter((c) => c.status === 'observer')
        .map((c) => c.code)
        .sort(),
    ).toEqual(['PSE', 'VAT']);
  });

  it('gives the UN short names in English, French and Spanish', () => {
    expect(countryName('MDA', 'en')).toBe('Republic of Moldova');
    expect(countryName('KOR', 'en')).toBe('Republic of Korea');
    expect(countryName('CIV', 'en')).toBe('Côte d’Ivoire');
    expect(countryName('TUR', 'en')).toBe('Türkiye');
    expect(countryName('TUR', 'fr')).toBe('Türkiye');
    expect(countryName('BOL', 'fr')).toBe('Bolivie (État plurinational de)');
    expect(countryName('BOL', 'es')).toBe('Bolivia (Estado Plurinacional de)');
    expect(countryName('TTO', 'es')).toBe('Trinidad y Tabago');
    expect(countryName('NLD', 'en')).toBe('Netherlands (Kingdom of the)');
    expect(countryName('GBR', 'fr')).toBe('Royaume-Uni de Grande-Bretagne et d’Irlande du Nord');
    // Arabic: the un.org names of the States too (not a common name such as “North Korea”)
    expect(countryName('PRK', 'ar')).toBe('جمهورية كوريا الشعبية الديمقراطية');
    expect(countryName('PSE', 'ar')).toBe('دولة فلسطين');
  });

  it('marks the French and Spanish names of territories as not checked, and States as checked', () => {
    expect(countryNameVerified('FRA', 'fr')).toBe(true);
    expect(countryNameVerified('PRI', 'en')).toBe(true);
    expect(countryNameVerified('PRI', 'es')).toBe(false);
    expect(countryNameVerified('PRI', 'ar')).toBe(false);
    expect(countryNameVerified('KOR', 'ar')).toBe(true);
    expect(countryNameVerified('QMA', 'en')).toBe(false);
  });

  it('finds a code from a name typed in any language, old names included', () => {
    expect(codeForName('Turkey')).toBe('TUR');
    expect(codeForName('Turquía')).toBe('TUR');
    expect(codeForName('cote d’ivoire')).toBe('CIV');
    expect(codeForName('Mexique')).toBe('MEX');
    expect(codeForName('Atlantis')).toBeUndefined();
  });

  it('searches by part of a name, exact and prefix matches first', () => {
    const hits = searchCountries('kor', 'en');
    expect(hits.map((h) => h.code)).toEqual(expect.arrayContaining(['KOR', 'PRK']));
    expect(searchCountries('mex', 'es')[0]).toMatchObject({ code: 'MEX', name: 'México' });
  });

  it('treats QMA–QZZ and XAA–XZZ as fictional, and nothing else', () => {
    expect(isFictionalCode('QMA')).toBe(true);
    expect(isFictionalCode('XZZ')).toBe(true);
    expect(isFictionalCode('QLZ')).toBe(false);
    expect(isFictionalCode('MEX')).toBe(false);
    expect(country('QMA')).toBeUndefined();
  });
});

describe('regional commission membership', () => {
  it('has the published number of members in each commission', () => {
    const counts = Object.fromEntries(
      Object.entries(COMMISSIONS).map(([k, c]) => [k, [c.members.length, c.associates.length]]),
    );
    expect(counts).toEqual({ ece: [56, 0], escap: [53, 9], eclac: [46, 14], eca: [54, 0], escwa: [21, 0] });
  });

  it('lists only known codes, members being States and associates territories, without duplicates', () => {
    for (const c of Object.values(COMMISSIONS)) {
      expect(new Set(c.members).size).toBe(c.members.length);
      for (const m of c.members) expect(['member', 'observer'], m).toContain(country(m)?.status);
      for (const a of c.associates) expect(country(a)?.status, a).toBe('area');
      expect(c.sources.length).toBeGreaterThan(0);
    }
  });

  it('puts every Member State in at least one commission', () => {
    const none = countries().filter((c) => c.status === 'member' && commissionsOf(c.code).length === 0);
    expect(none.map((c) => c.code)).toEqual([]);
  });

  it('knows States that belong to several commissions', () => {
    expect(commissionsOf('FRA')).toEqual(['ece', 'escap', 'eclac']);
    expect(commissionsOf('EGY')).toEqual(['eca', 'escwa']);
    expect(commissionMembership('BRA', 'ece')).toBeUndefined();
    expect(commissionMembership('BRA', 'eclac')).toBe('member');
    expect(commissionMembership('PRI', 'eclac')).toBe('associate');
  });

  // members that are easy to get wrong, per commission (issue 17: checked against the sources listed)
  it.each([
    // Europe and beyond: the transcontinental and non-European members of ECE
    ['RUS', ['ece', 'escap']],
    ['TUR', ['ece', 'escap', 'eclac']],
    ['GBR', ['ece', 'escap', 'eclac']],
    ['USA', ['ece', 'escap', 'eclac']],
    ['NLD', ['ece', 'escap', 'eclac']],
    ['CAN', ['ece', 'eclac']],
    ['DEU', ['ece', 'eclac']],
    ['ESP', ['ece', 'eclac']],
    ['ISR', ['ece']],
    ['CYP', ['ece']],
    ['GEO', ['ece', 'escap']],
    ['KAZ', ['ece', 'escap']],
    ['AZE', ['ece', 'escap']],
    // Asia-Pacific and the Americas
    ['JPN', ['escap', 'eclac']],
    ['KOR', ['escap', 'eclac']],
    ['IRN', ['escap']],
    ['AUS', ['escap']],
    // Africa and the Arab region: the Arab States of Africa are in both ECA and ESCWA
    ['EGY', ['eca', 'escwa']],
    ['MAR', ['eca', 'escwa']],
    ['MRT', ['eca', 'escwa']],
    ['SOM', ['eca', 'escwa']],
    ['DJI', ['eca', 'escwa']],
    ['COM', ['eca']],
    ['SAU', ['escwa']],
    ['PSE', ['escwa']],
    // associate members (territories)
    ['HKG', ['escap']],
    ['MAC', ['escap']],
    ['NCL', ['escap']],
    ['PRI', ['eclac']],
    ['CUW', ['eclac']],
    ['GUF', ['eclac']],
    ['GRL', []],
  ])('%s belongs to %j', (code, expected) => {
    expect(commissionsOf(code)).toEqual(expected);
  });

  it('says when and how each list was compared with its sources, and which entries were not read by name', () => {
    for (const [key, c] of Object.entries(COMMISSIONS)) {
      expect(c.checked, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.note.length, key).toBeGreaterThan(40);
      for (const u of c.unverified) expect([...c.members, ...c.associates], `${key}: ${u}`).toContain(u);
    }
    // read name by name: the ECE list, ESCAP's and ECLAC's associate members but French Guiana
    expect(COMMISSIONS.ece!.unverified).toEqual([]);
    expect(COMMISSIONS.escap!.associates.filter((a) => COMMISSIONS.escap!.unverified.includes(a))).toEqual([]);
    expect(COMMISSIONS.eclac!.associates.filter((a) => COMMISSIONS.eclac!.unverified.includes(a))).toEqual(['GUF']);
    // not read by name, and marked so: ESCAP's 53 members, ECA's 54, ESCWA's 21st
    expect(COMMISSIONS.escap!.members.every((m) => COMMISSIONS.escap!.unverified.includes(m))).toBe(true);
    expect(COMMISSIONS.eca!.members.every((m) => COMMISSIONS.eca!.unverified.includes(m))).toBe(true);
    expect(COMMISSIONS.escwa!.unverified).toEqual(['DJI']);
  });
});
