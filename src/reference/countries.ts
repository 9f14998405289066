// Countries and areas: the one place that knows codes, UN names, UN status and the membership of
// the regional commissions. Data only (no I/O); validate, model, synthesis and the wizard use it.
//
// Names: UN M49 English names; French and Spanish names of the Member States and observer States
// as on un.org; other areas' French and Spanish names are not UN names and are marked unverified
// (see scripts/import-countries.mjs, which generates countries-data.ts, and README "Reference data").
import { COUNTRY_JSON, type CountryRow } from './countries-data.js';

export type { CountryRow };
export type CountryStatus = CountryRow['status'];
type NameLang = keyof CountryRow['name'];

/** ISO 3166-1 user-assigned alpha-3 codes (AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ): never a real country. */
export function isUserAssignedCode(code: string): boolean {
  return /^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z][A-Z]|ZZ[A-Z])$/.test(code);
}

/** The ranges the README recommends for fictional or test reviews: QMA–QZZ and XAA–XZZ. */
export function isFictionalCode(code: string): boolean {
  return /^(Q[M-Z][A-Z]|X[A-Z][A-Z])$/.test(code);
}

let rows: readonly CountryRow[] | undefined;
/** All 248 countries or areas of the M49 list (parsed on first use). */
export function countries(): readonly CountryRow[] {
  return (rows ??= JSON.parse(COUNTRY_JSON) as CountryRow[]);
}

let byCode: Map<string, CountryRow> | undefined;
function index(): Map<string, CountryRow> {
  return (byCode ??= new Map(countries().map((r) => [r.code, r])));
}

/** The country or area with this ISO alpha-3 code (M49 list), if any. */
export function country(code: string): CountryRow | undefined {
  return index().get(code);
}

export function isKnownCountryCode(code: string): boolean {
  return index().has(code);
}

/** Areas without a government or a permanent population: never a submitter's country. */
export const UNINHABITED = new Set(['ATA', 'BVT', 'HMD', 'SGS', 'UMI', 'ATF', 'IOT']);

function nameLang(lang: string): NameLang {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return base === 'fr' || base === 'es' || base === 'ar' ? base : 'en';
}

/** UN short name in the language (en, fr, es, ar; English for others); undefined for unknown codes. */
export function countryName(code: string, lang: string): string | undefined {
  return country(code)?.name[nameLang(lang)];
}

/** Whether the name shown in this language is a checked UN name. */
export function countryNameVerified(code: string, lang: string): boolean {
  const c = country(code);
  if (!c) return false;
  return !(c.unverified as readonly string[] | undefined)?.includes(nameLang(lang));
}

/** Lower case without accents, typographic apostrophes made plain: "Côte d’Ivoire" → "cote d'ivoire". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** Every folded name and code a person may type for this area. */
export function countryKeys(c: CountryRow): string[] {
  return [c.code.toLowerCase(), fold(c.name.en), fold(c.name.fr), fold(c.name.es), ...c.aliases];
}

/** The code for a name or code typed in any of en/fr/es ("France", "Turquie", "fra"), if exact. */
export function codeForName(name: string): string | undefined {
  const q = fold(name.trim());
  if (!q) return undefined;
  return countries().find((c) => countryKeys(c).includes(q))?.code;
}

export interface CountryHit {
  readonly code: string;
  readonly name: string;
  readonly status: CountryStatus;
}

/**
 * Countries and areas whose name (in any of en/fr/es, UN or common) or code matches what was
 * typed: exact matches first, then names starting with it, then names containing it.
 */
export function searchCountries(term: string, lang: string): CountryHit[] {
  const q = fold(term.trim());
  const l = nameLang(lang);
  const sorted = [...countries()].sort((a, b) => a.name[l].localeCompare(b.name[l], l));
  const scored = sorted
    .map((c) => {
      const keys = countryKeys(c);
      const score = !q
        ? 0
        : keys.some((k) => k === q)
          ? 0
          : keys.some((k) => k.startsWith(q))
            ? 1
            : keys.some((k) => k.includes(q))
              ? 2
              : 3;
      return { c, score };
    })
    .filter((x) => x.score < 3)
    .sort((a, b) => a.score - b.score);
  return scored.map(({ c }) => ({ code: c.code, name: c.name[l], status: c.status }));
}

// ---- labels -------------------------------------------------------------------------------------

type L3 = Readonly<Record<'en' | 'fr' | 'es', string>>;

/** What a country's UN status is called, for labels in reports and the wizard. */
export const COUNTRY_STATUS_LABELS: Readonly<Record<CountryStatus | 'fictional', L3>> = {
  member: { en: 'UN Member State', fr: 'État Membre de l’ONU', es: 'Estado Miembro de las Naciones Unidas' },
  observer: {
    en: 'Non-member observer State',
    fr: 'État non membre observateur',
    es: 'Estado observador no miembro',
  },
  area: {
    en: 'Territory or area (not a UN Member State)',
    fr: 'Territoire ou zone (non membre de l’ONU)',
    es: 'Territorio o zona (no es Estado Miembro de las Naciones Unidas)',
  },
  fictional: {
    en: 'Fictional country (user-assigned code)',
    fr: 'Pays fictif (code réservé à l’usage privé)',
    es: 'País ficticio (código de uso privado)',
  },
};

export function countryStatusLabel(status: CountryStatus | 'fictional', lang: string): string {
  const l = nameLang(lang);
  return COUNTRY_STATUS_LABELS[status][l === 'ar' ? 'en' : l];
}

// ---- regional commissions -----------------------------------------------------------------------

export interface CommissionMembership {
  /** ISO alpha-3 codes of the commission's member States. */
  readonly members: readonly string[];
  /** Associate members (territories), where the commission has them. */
  readonly associates: readonly string[];
  /** Where the list was checked (README "Reference data" links them). */
  readonly sources: readonly string[];
  /** The day the lists were last compared with the sources, YYYY-MM-DD. */
  readonly checked: string;
  /** How they were compared (name by name, or by count only) and what could not be checked, said plainly. */
  readonly note: string;
  /**
   * Members and associate members whose name was not read in any of the sources (taken from a
   * count or from the commission's rule of membership): `regions --verbose` marks them with *.
   */
  readonly unverified: readonly string[];
}

/** When the member lists below were last compared with their sources. */
export const COMMISSIONS_CHECKED = '2026-11-29';

const AFRICA = [
  'DZA', 'AGO', 'BEN', 'BWA', 'BFA', 'BDI', 'CPV', 'CMR', 'CAF', 'TCD', 'COM', 'COG', 'CIV', 'COD', 'DJI', 'EGY',
  'GNQ', 'ERI', 'SWZ', 'ETH', 'GAB', 'GMB', 'GHA', 'GIN', 'GNB', 'KEN', 'LSO', 'LBR', 'LBY', 'MDG', 'MWI', 'MLI',
  'MRT', 'MUS', 'MAR', 'MOZ', 'NAM', 'NER', 'NGA', 'RWA', 'STP', 'SEN', 'SYC', 'SLE', 'SOM', 'ZAF', 'SSD', 'SDN',
  'TGO', 'TUN', 'UGA', 'TZA', 'ZMB', 'ZWE',
]; // prettier-ignore

/**
 * Members of the five UN regional commissions (several States belong to more than one: e.g.
 * France, the Netherlands, the United Kingdom and the United States to ECE, ESCAP and ECLAC;
 * Egypt, Morocco, Tunisia to ECA and ESCWA).
 */
export const COMMISSIONS: Readonly<Record<string, CommissionMembership>> = {
  ece: {
    members: [
      'ALB', 'AND', 'ARM', 'AUT', 'AZE', 'BLR', 'BEL', 'BIH', 'BGR', 'CAN', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN',
      'FRA', 'GEO', 'DEU', 'GRC', 'HUN', 'ISL', 'IRL', 'ISR', 'ITA', 'KAZ', 'KGZ', 'LVA', 'LIE', 'LTU', 'LUX', 'MLT',
      'MCO', 'MNE', 'NLD', 'MKD', 'NOR', 'POL', 'PRT', 'MDA', 'ROU', 'RUS', 'SMR', 'SRB', 'SVK', 'SVN', 'ESP', 'SWE',
      'CHE', 'TJK', 'TUR', 'TKM', 'UKR', 'GBR', 'USA', 'UZB',
    ], // prettier-ignore
    associates: [],
    sources: [
      'https://unece.org/geographical-scope',
      'http://www.hawaiilibrary.net/article/WHEBN0000037960/United%20Nations%20Economic%20Commission%20for%20Europe',
    ],
    checked: COMMISSIONS_CHECKED,
    note: 'UNECE gives 56 member States (geographical scope page); the 56 names were read in the table of dates of membership reproduced on the second page.',
    unverified: [],
  },
  escap: {
    members: [
      'AFG', 'ARM', 'AUS', 'AZE', 'BGD', 'BTN', 'BRN', 'KHM', 'CHN', 'PRK', 'FJI', 'FRA', 'GEO', 'IND', 'IDN', 'IRN',
      'JPN', 'KAZ', 'KIR', 'KGZ', 'LAO', 'MYS', 'MDV', 'MHL', 'FSM', 'MNG', 'MMR', 'NRU', 'NPL', 'NLD', 'NZL', 'PAK',
      'PLW', 'PNG', 'PHL', 'KOR', 'RUS', 'WSM', 'SGP', 'SLB', 'LKA', 'TJK', 'THA', 'TLS', 'TON', 'TUR', 'TKM', 'TUV',
      'GBR', 'USA', 'UZB', 'VUT', 'VNM',
    ], // prettier-ignore
    associates: ['ASM', 'COK', 'PYF', 'GUM', 'HKG', 'MAC', 'NCL', 'NIU', 'MNP'],
    sources: [
      'http://katinka.org/member-states.html',
      'https://overseasreview.blogspot.com/2008/06/several-british-territories-expand.html',
      'https://en.wikipedia.org/wiki/United_Nations_Economic_and_Social_Commission_for_Asia_and_the_Pacific',
    ],
    checked: COMMISSIONS_CHECKED,
    note: 'Counts: 53 members and 9 associate members (all three pages). The 9 associate members were read name by name in ESCAP’s table of associate members with their dates of admission, as reproduced on the second page (unchanged since New Caledonia and French Polynesia were admitted in 1992); the footnotes of the first page, a copy of ESCAP’s member page, name Hong Kong, China and Macao, China and a continuation of the USSR’s membership (the Russian Federation). The names of the 53 members could not be read in a source available here: they are marked unverified.',
    unverified: [
      'AFG', 'ARM', 'AUS', 'AZE', 'BGD', 'BTN', 'BRN', 'KHM', 'CHN', 'PRK', 'FJI', 'FRA', 'GEO', 'IND', 'IDN', 'IRN',
      'JPN', 'KAZ', 'KIR', 'KGZ', 'LAO', 'MYS', 'MDV', 'MHL', 'FSM', 'MNG', 'MMR', 'NRU', 'NPL', 'NLD', 'NZL', 'PAK',
      'PLW', 'PNG', 'PHL', 'KOR', 'RUS', 'WSM', 'SGP', 'SLB', 'LKA', 'TJK', 'THA', 'TLS', 'TON', 'TUR', 'TKM',
      'TUV', 'GBR', 'USA', 'UZB', 'VUT', 'VNM',
    ], // prettier-ignore
  },
  eclac: {
    members: [
      'ATG', 'ARG', 'BHS', 'BRB', 'BLZ', 'BOL', 'BRA', 'CAN', 'CHL', 'COL', 'CRI', 'CUB', 'DMA', 'DOM', 'ECU', 'SLV',
      'FRA', 'DEU', 'GRD', 'GTM', 'GUY', 'HTI', 'HND', 'ITA', 'JAM', 'JPN', 'MEX', 'NLD', 'NIC', 'NOR', 'PAN', 'PRY',
      'PER', 'PRT', 'KOR', 'KNA', 'LCA', 'VCT', 'ESP', 'SUR', 'TTO', 'TUR', 'GBR', 'USA', 'URY', 'VEN',
    ], // prettier-ignore
    associates: ['AIA', 'ABW', 'BMU', 'VGB', 'CYM', 'CUW', 'GUF', 'GLP', 'MTQ', 'MSR', 'PRI', 'SXM', 'TCA', 'VIR'],
    sources: [
      'https://caribbean.eclac.org/about',
      'https://www.dl1.en-us.nina.az/United_Nations_Economic_Commission_for_Latin_America_and_the_Caribbean.html',
      'https://en.wikipedia.org/wiki/United_Nations_Economic_Commission_for_Latin_America_and_the_Caribbean',
      'https://www.wikiwand.com/en/articles/ECLAC',
    ],
    checked: COMMISSIONS_CHECKED,
    note: '46 member States (20 in Latin America, 13 in the Caribbean, 13 from outside the region) and 14 associate members. Read name by name: the 16 Caribbean members and 13 associate members on ECLAC’s Caribbean page; the members from Antigua and Barbuda to Panama in the list of the second page, and on to Saint Vincent and the Grenadines in the older list of the third. Spain, Türkiye, the United Kingdom, the United States, Uruguay, Venezuela and the Republic of Korea complete the counts of 20 and 13 but were not read by name, nor was French Guiana (the 14th associate member, from the count).',
    unverified: ['ESP', 'TUR', 'GBR', 'USA', 'URY', 'VEN', 'KOR', 'GUF'],
  },
  eca: {
    members: AFRICA,
    associates: [],
    sources: ['https://www.uneca.org/member-states'],
    checked: COMMISSIONS_CHECKED,
    note: 'ECA’s members are the 54 African Member States of the United Nations (its terms of reference); the list is that rule applied to the M49 list, the page was not read here.',
    unverified: AFRICA,
  },
  escwa: {
    members: [
      'DZA', 'BHR', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM',
      'SDN', 'SYR', 'TUN', 'ARE', 'YEM',
    ], // prettier-ignore
    associates: [],
    sources: [
      'https://cepei.org/en/documents/infographic-escwa-basic-information/',
      'https://en-m-wikipedia-org.zproxy.org/wiki/ESCWA',
    ],
    checked: COMMISSIONS_CHECKED,
    note: '21 members today (second page); in April 2021 there were 20: the UN Member States of the Arab Group but Comoros and Djibouti, Algeria and Somalia the latest to join (2020), and the State of Palestine (first page). Djibouti as the 21st is taken from the count and not read by name.',
    unverified: ['DJI'],
  },
};

/** "member" or "associate" when the country belongs to the commission, else undefined. */
export function commissionMembership(code: string, region: string): 'member' | 'associate' | undefined {
  const c = COMMISSIONS[region];
  if (!c) return undefined;
  if (c.members.includes(code)) return 'member';
  if (c.associates.includes(code)) return 'associate';
  return undefined;
}

/** The commissions a country or area belongs to (as member or associate member), in key order. */
export function commissionsOf(code: string): string[] {
  return Object.keys(COMMISSIONS).filter((k) => commissionMembership(code, k) !== undefined);
}
