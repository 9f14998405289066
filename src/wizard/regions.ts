// The UN regional commission a country most likely reviews with, to suggest a default for the
// region question: a suggestion the user confirms or changes, never written without being asked.
// Membership comes from the reference data (src/reference/countries.ts, with its sources); a
// country in several commissions (France, the United States, Egypt, Kazakhstan…) gets its
// geographic "home" commission below, the one whose regional GCM review it usually takes part in.
// Fictional and unknown codes get none.
import { commissionsOf } from '../reference/countries.js';

/** Home commission of the States that belong to several (and of the others, for clarity). */
const MEMBERS: Record<string, string> = {
  ece:
    'ALB AND ARM AUT AZE BLR BEL BIH BGR CAN HRV CYP CZE DNK EST FIN FRA GEO DEU GRC HUN ISL IRL ISR ITA KAZ KGZ ' +
    'LVA LIE LTU LUX MLT MCO MNE NLD MKD NOR POL PRT MDA ROU RUS SMR SRB SVK SVN ESP SWE CHE TJK TUR TKM UKR GBR ' +
    'USA UZB',
  escwa: 'BHR DZA EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM DJI',
  escap:
    'AFG AUS BGD BTN BRN KHM CHN PRK FJI IND IDN IRN JPN KIR LAO MYS MDV MHL FSM MNG MMR NRU NPL NZL PAK PLW PNG ' +
    'PHL KOR WSM SGP SLB LKA THA TLS TON TUV VUT VNM',
  eclac:
    'ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER KNA ' +
    'LCA VCT SUR TTO URY VEN',
  eca:
    'AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR MDG MWI ' +
    'MLI MUS MOZ NAM NER NGA RWA STP SEN SYC SLE ZAF SSD TZA TGO UGA ZMB ZWE',
};

const BY_COUNTRY = new Map<string, string>();
for (const [region, codes] of Object.entries(MEMBERS)) for (const c of codes.split(' ')) BY_COUNTRY.set(c, region);

/** The suggested regional commission key for an ISO 3166-1 alpha-3 code, if any. */
export function regionForCountry(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const c = code.toUpperCase();
  const member = commissionsOf(c);
  if (member.length === 0) return undefined;
  const home = BY_COUNTRY.get(c);
  return home !== undefined && member.includes(home) ? home : member[0];
}
