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
  countryNameVerified,
  countryStatusLabel,
  isUserAssignedCode,
} from '../reference/countries.js';
import { REGIONS } from '../reference/index.js';
import { describePath, type Finding } from './messages.js';
import { vt } from '../i18n/validate/index.js';

/** Official names (countries, commissions) in the message language when verified, else English. */
const nameLangOf = (lang: string): 'en' | 'fr' | 'es' => (lang === 'fr' || lang === 'es' ? lang : 'en');
const shownName = (code: string, lang: string): string =>
  (countryNameVerified(code, nameLangOf(lang)) ? countryName(code, nameLangOf(lang)) : undefined) ??
  countryName(code, 'en') ??
  code;

const COUNTRY_PATH = ['metadata', 'submitter', 'country'];
const REGION_PATH = ['metadata', 'region'];

const commissionName = (key: string, lang: string): string => {
  const r = REGIONS.find((x) => x.key === key);
  return r ? `${r.name[nameLangOf(lang)]} (${r.acronym})` : key;
};

/** Findings about the submitter's country (errors and warnings), in file order. */
export function countryFindings(review: Review, lang = 'en'): Finding[] {
  const md = review.metadata as Partial<Review['metadata']> | undefined;
  const sub = md?.submitter as { type?: unknown; country?: unknown; name?: unknown } | undefined;
  const code = sub?.country;
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return [];
  // the field's name is looked up in the schema only when there is something to say
  const where = (): string => describePath(COUNTRY_PATH, lang);
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
        message: vt(lang, 'country.unknown', { where: where(), code }),
        hint: vt(lang, 'country.unknown.hint'),
      },
    ];
  const out: Finding[] = [];
  if (memberState && c.status === 'area') {
    if (UNINHABITED.has(code)) {
      out.push({
        path: COUNTRY_PATH,
        code: 'not-member-state',
        message: vt(lang, 'country.notMember', { where: where(), code, name: shownName(code, lang) }),
        hint: vt(lang, 'country.notMember.hint'),
      });
      return out;
    }
    out.push({
      path: COUNTRY_PATH,
      code: 'territory',
      severity: 'warning',
      message: vt(lang, 'country.territory', {
        where: where(),
        code,
        name: shownName(code, lang),
        label: countryStatusLabel('area', nameLangOf(lang)),
      }),
      hint: vt(lang, 'country.territory.hint'),
    });
  }
  const region = md?.region;
  if (memberState && typeof region === 'string' && COMMISSIONS[region]) {
    const belongs = commissionsOf(code);
    if (!belongs.includes(region)) {
      const name = shownName(code, lang);
      const elsewhere = belongs.length
        ? ' ' +
          vt(lang, 'region.belongs', {
            name,
            list: belongs.map((k) => commissionName(k, lang)).join(vt(lang, 'region.and')),
          })
        : '';
      out.push({
        path: REGION_PATH,
        code: 'region-membership',
        severity: 'warning',
        message:
          vt(lang, 'region.notMember', {
            where: describePath(REGION_PATH, lang),
            name,
            commission: commissionName(region, lang),
          }) + elsewhere,
        hint: belongs.length
          ? vt(lang, 'region.hint', { list: belongs.map((k) => `\`${k}\``).join(vt(lang, 'region.or')) })
          : vt(lang, 'region.none.hint'),
      });
    }
  }
  return out;
}

/** True when the country raises no error: the fast path may then skip the precise path. */
export function quickCountryOk(review: Review): boolean {
  return countryFindings(review).every((f) => f.severity === 'warning');
}
