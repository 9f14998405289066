// Country checks the schema cannot express: a Member State review names a UN Member State (or an
// observer State; territories are accepted with a warning), and the country belongs to the
// regional commission given in `region` (a warning). Data from src/reference/countries.ts.
import type { Review } from '../schema/types.js';
import {
  COMMISSIONS,
  UNINHABITED,
  commissionsOf,
  country,
  countryName,
  countryStatusLabel,
  isUserAssignedCode,
} from '../reference/countries.js';
import { REGIONS } from '../reference/index.js';
import { describePath, type Finding } from './messages.js';

const COUNTRY_PATH = ['metadata', 'submitter', 'country'];
const REGION_PATH = ['metadata', 'region'];

const commissionName = (key: string): string => {
  const r = REGIONS.find((x) => x.key === key);
  return r ? `${r.name.en} (${r.acronym})` : key;
};

/** Findings about the submitter's country (errors and warnings), in file order. */
export function countryFindings(review: Review): Finding[] {
  const md = review.metadata as Partial<Review['metadata']> | undefined;
  const sub = md?.submitter as { type?: unknown; country?: unknown; name?: unknown } | undefined;
  const code = sub?.country;
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return [];
  const where = describePath(COUNTRY_PATH);
  const memberState = sub?.type === 'member_state';
  // fictional or test country (QMA–QZZ, XAA–XZZ; also the other ISO user-assigned codes): its
  // display name is `submitter.name` (the wizard asks for it); nothing to check against UN data
  if (isUserAssignedCode(code)) return [];
  const c = country(code);
  if (!c)
    return [
      {
        path: COUNTRY_PATH,
        code: 'country',
        message: `${where}: “${code}” is not an ISO 3166-1 alpha-3 country code.`,
        hint: 'Use the three-letter ISO code, e.g. MEX for Mexico, PHL for the Philippines. Fictional or test reviews may use the user-assigned codes QMA–QZZ or XAA–XZZ.',
      },
    ];
  const out: Finding[] = [];
  if (memberState && c.status === 'area') {
    if (UNINHABITED.has(code)) {
      out.push({
        path: COUNTRY_PATH,
        code: 'not-member-state',
        message: `${where}: “${code}” (${c.name.en}) is not a UN Member State, and a Member State review must name one.`,
        hint: 'Use the code of one of the 193 UN Member States (`gcm-review init` looks it up by name), or, for a fictional or test review, a code from QMA–QZZ or XAA–XZZ with `name:`.',
      });
      return out;
    }
    out.push({
      path: COUNTRY_PATH,
      code: 'territory',
      severity: 'warning',
      message: `${where}: “${code}” (${c.name.en}) is a territory, not a UN Member State; reports label it “${countryStatusLabel('area', 'en')}”.`,
      hint: 'If this review comes from a UN Member State, use that State’s code; a territory may also submit as `type: stakeholder` or `regional_organization`.',
    });
  }
  const region = md?.region;
  if (memberState && typeof region === 'string' && COMMISSIONS[region]) {
    const belongs = commissionsOf(code);
    if (!belongs.includes(region)) {
      const elsewhere = belongs.length
        ? ` ${countryName(code, 'en')} belongs to the ${belongs.map(commissionName).join(' and the ')}.`
        : '';
      out.push({
        path: REGION_PATH,
        code: 'region-membership',
        severity: 'warning',
        message: `${describePath(REGION_PATH)}: ${c.name.en} is not a member of the ${commissionName(region)}.${elsewhere}`,
        hint: belongs.length
          ? `Check \`region\`: ${belongs.map((k) => `\`${k}\``).join(' or ')} would match the commission’s member list.`
          : 'Check `region`: it names the regional commission whose review this contributes to.',
      });
    }
  }
  return out;
}

/** True when the country raises no error: the fast path may then skip the precise path. */
export function quickCountryOk(review: Review): boolean {
  return countryFindings(review).every((f) => f.severity === 'warning');
}
