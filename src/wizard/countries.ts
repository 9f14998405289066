// Countries for the "type to search" prompt: names in the interface language, stored as ISO 3166-1
// alpha-3 codes.
import type { Choice } from './ask.js';
import type { UiLang } from './lang.js';
import { requireCountries } from '../validate/messages.js';

interface Country {
  code: string;
  name: string;
  /** All names in en/fr/es and the codes, folded for matching. */
  keys: string[];
}

const cache = new Map<UiLang, Country[]>();

/** Lower case without accents: "Côte d’Ivoire" → "cote d'ivoire". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

export function countries(lang: UiLang): Country[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lib = requireCountries();
  const display = lib.getNames(lang, { select: 'official' }) as Record<string, string>;
  const all: Record<string, Record<string, string[]>> = {};
  for (const l of ['en', 'fr', 'es']) all[l] = lib.getNames(l, { select: 'all' }) as Record<string, string[]>;
  const list: Country[] = [];
  for (const [a2, name] of Object.entries(display)) {
    const code = lib.alpha2ToAlpha3(a2);
    if (!code) continue;
    const keys = [code.toLowerCase(), a2.toLowerCase()];
    for (const l of ['en', 'fr', 'es']) for (const n of all[l]?.[a2] ?? []) keys.push(fold(n));
    list.push({ code, name, keys });
  }
  list.sort((a, b) => a.name.localeCompare(b.name, lang));
  cache.set(lang, list);
  return list;
}

export function countryName(code: string, lang: UiLang): string | undefined {
  return countries(lang).find((c) => c.code === code)?.name;
}

/** Countries whose name (in any of the three languages) or code matches what was typed. */
export function searchCountries(term: string, lang: UiLang): Choice<string>[] {
  const q = fold(term.trim());
  const list = countries(lang);
  const hits = !q
    ? list
    : list
        .map((c) => {
          const score = c.keys.some((k) => k === q)
            ? 0
            : c.keys.some((k) => k.startsWith(q))
              ? 1
              : c.keys.some((k) => k.includes(q))
                ? 2
                : 3;
          return { c, score };
        })
        .filter((x) => x.score < 3)
        .sort((a, b) => a.score - b.score)
        .map((x) => x.c);
  return hits.map((c) => ({ value: c.code, name: `${c.name} (${c.code})`, short: c.name }));
}
