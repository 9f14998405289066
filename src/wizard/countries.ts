// The country search of the wizard: UN names in the interface language (src/reference/countries.ts),
// stored as ISO 3166-1 alpha-3 codes. A fictional or test country (codes QMA–QZZ, XAA–XZZ) is
// always one choice away: typing such a code offers it, and a name that matches nothing offers to
// use it as a fictional country instead of a dead end.
import {
  UNINHABITED,
  countryName as unName,
  countryStatusLabel,
  isFictionalCode,
  searchCountries as searchReference,
} from '../reference/countries.js';
import type { Choice } from './ask.js';
import type { UiLang } from './lang.js';
import { translate } from './messages.js';

/** Value of the choice "a fictional country": the typed text follows the prefix. */
export const FICTIONAL = '\u0000fictional:';

export function isFictionalChoice(value: string): boolean {
  return value.startsWith(FICTIONAL);
}
/** The name typed before choosing "a fictional country" (may be '' or a code). */
export function fictionalTerm(value: string): string {
  return value.slice(FICTIONAL.length);
}

export function countryName(code: string, lang: UiLang): string | undefined {
  return unName(code, lang);
}

/**
 * Countries whose name (in any of the three languages) or code matches what was typed, then, when
 * something was typed, the way to a fictional or test country.
 */
export function searchCountries(term: string, lang: UiLang): Choice<string>[] {
  const typed = term.trim();
  const code = typed.toUpperCase();
  const out: Choice<string>[] = [];
  if (isFictionalCode(code)) {
    out.push({
      value: code,
      name: translate(lang, 'country.fictional.code', { code }),
      short: code,
      description: translate(lang, 'country.fictional.help'),
    });
  }
  for (const h of searchReference(typed, lang)) {
    if (UNINHABITED.has(h.code)) continue; // never a Member State's country (validate refuses it)
    out.push({
      value: h.code,
      name:
        h.status === 'member'
          ? `${h.name} (${h.code})`
          : `${h.name} (${h.code}) · ${countryStatusLabel(h.status, lang)}`,
      short: h.name,
    });
  }
  if (typed && !isFictionalCode(code)) {
    const none = out.length === 0;
    out.push({
      value: FICTIONAL + typed,
      name: translate(lang, none ? 'country.none' : 'country.other', { term: typed }),
      description: translate(lang, 'country.fictional.help'),
    });
  }
  return out;
}
