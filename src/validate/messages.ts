// Ajv errors → plain-language diagnostics in questionnaire terms. Its heavier helpers (edit
// distance, country names, the schema's titles) are loaded on first use, i.e. for invalid files only.
import type { ErrorObject } from 'ajv';
import type { DiagnosticCode } from '../diagnostics/index.js';
import { createRequire } from 'node:module';
import { buildSchema } from '../schema/generate.js';
import { OBJECTIVES, QUESTIONS, REPORT_LANGS } from '../reference/index.js';
import { countries, countryKeys, fold } from '../reference/countries.js';

type Json = Record<string, unknown>;
export type Path = (string | number)[];

export interface Finding {
  path: Path;
  /** Point at the key of the last path segment rather than its value. */
  atKey?: boolean;
  code: DiagnosticCode;
  message: string;
  hint?: string;
  /** Text inside the located value to point at (e.g. a citation inside a long narrative). */
  find?: string;
  /** Default "error"; warnings leave the file valid. */
  severity?: 'error' | 'warning';
}

let schemaCache: Json | undefined;
const schema = (): Json => (schemaCache ??= buildSchema());

function deref(s: Json | undefined): Json | undefined {
  if (!s) return s;
  // `allOf: [{$ref}]` reads as the $ref: the objective keys are written so for editors (src/schema/editor.ts)
  const all = s['allOf'];
  const viaAllOf = s['$ref'] === undefined && Array.isArray(all) && all.length === 1;
  const ref = viaAllOf ? (all[0] as Json | undefined)?.['$ref'] : s['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const target = (schema()['$defs'] as Json)[ref.slice(8)] as Json;
    return viaAllOf ? { ...target, ...s, allOf: target['allOf'] } : { ...target, ...s, $ref: undefined };
  }
  return s;
}

/**
 * The sub-schema that describes the value at `path` (undefined when the path leaves the schema).
 * Remembered per path shape (list indices folded), so a file with thousands of problems in one
 * list resolves that list's schema once.
 */
const schemaAtCache = new Map<string, Json | undefined>();
export function schemaAt(path: Path): Json | undefined {
  const key = path.map((seg) => (typeof seg === 'number' ? '\u0001#' : seg)).join('\u0000');
  if (schemaAtCache.has(key)) return schemaAtCache.get(key);
  const s = resolveSchemaAt(path);
  if (schemaAtCache.size < 10_000) schemaAtCache.set(key, s);
  return s;
}

function resolveSchemaAt(path: Path): Json | undefined {
  let s: Json | undefined = deref(schema());
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number' || (s['type'] === 'array' && /^\d+$/.test(String(seg)))) {
      s = deref(s['items'] as Json | undefined);
    } else {
      const props = s['properties'] as Record<string, Json> | undefined;
      s = deref(props?.[String(seg)]);
    }
  }
  return s;
}

const ITEM_NAMES: Record<string, string> = {
  consultations: 'consultation',
  stakeholders_consulted: 'stakeholder entry',
  statistics: 'statistics row',
  promising_practices: 'practice',
  support_needs: 'support need',
  principle_support_needs: 'support need',
  annexes: 'annex',
  languages: 'language',
  applied: 'principle',
  partners: 'partner',
  organizations: 'organization',
  stakeholders: 'stakeholder category',
  // issue 9
  custom: 'question',
  crisis_impact: 'crisis',
  support: 'organization',
  participant_bodies: 'body',
  authors: 'author',
  rows: 'row',
  references: 'reference',
  sdg_targets: 'SDG target',
  values: 'value',
  columns: 'column',
  // issue 9 §3–5
  dimensions: 'dimension',
  measures: 'measure',
  plan_measures: 'measure id',
  pledges: 'pledge',
  progress_declaration: 'entry',
};

/** "Objective 7, question (c) Main gaps and challenges" / "Metadata › Submitter › Country". */
export function describePath(path: Path): string {
  if (path.length === 0) return 'The review';
  const parts: string[] = [];
  let i = 0;
  if (path[0] === 'objectives' && path.length >= 2) {
    const n = Number(path[1]);
    const o = OBJECTIVES.find((x) => x.number === n);
    parts.push(o ? `Objective ${n} (${o.short.en})` : `Objective ${String(path[1])}`);
    i = 2;
    if (path.length >= 3) {
      const q = QUESTIONS.find((x) => x.field === path[2]);
      if (q) parts[0] += `, question (${q.letter}) ${q.label.en}`;
      else if (path[2] === 'next_steps') parts[0] += ', next steps';
      else if (path[2] === 'plan_measures') parts[0] += ', plan measures';
      else if (path[2] === 'priority') parts[0] += ', priority';
      else parts[0] += `, “${String(path[2])}”`;
      i = 3;
    }
  }
  for (; i < path.length; i++) {
    const seg = path[i]!;
    if (typeof seg === 'number') {
      const owner = String(path[i - 1] ?? '');
      parts.push(`${ITEM_NAMES[owner] ?? 'item'} ${seg + 1}`);
      continue;
    }
    const s = schemaAt(path.slice(0, i + 1));
    const title = typeof s?.['title'] === 'string' ? (s['title'] as string) : seg;
    parts.push(i === 0 ? title : lcFirst(title));
  }
  return parts.join(path[0] === 'objectives' ? ', ' : ' › ');
}

function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** How a value looks to a non-programmer. */
export function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (an empty value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a group of named fields';
  if (typeof v === 'string') return `the text “${clip(v)}”`;
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : `${String(v)} (not a usable number)`;
  if (typeof v === 'boolean') return `${v ? 'true' : 'false'} (a yes/no value)`;
  return String(v);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  object: 'a group of named fields',
  array: 'a list',
  boolean: 'yes or no',
  null: 'nothing',
};

function typeWords(t: unknown): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_WORDS[String(x)] ?? String(x)).join(' or ');
}

function clip(s: string, n = 40): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

interface Levenshtein {
  closest(str: string, arr: readonly string[]): string;
  distance(a: string, b: string): number;
}
let lev: Levenshtein | undefined;
function levenshtein(): Levenshtein {
  return (lev ??= createRequire(import.meta.url)('fastest-levenshtein') as Levenshtein);
}
function closest(str: string, arr: readonly string[]): string {
  return levenshtein().closest(str, arr);
}
function distance(a: string, b: string): number {
  return levenshtein().distance(a, b);
}

export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length) return undefined;
  const norm = value.toLowerCase().replace(/[\s-]+/g, '_');
  const exact = candidates.find((c) => c.toLowerCase() === norm);
  if (exact) return exact;
  const best = closest(norm, candidates);
  const limit = Math.max(2, Math.floor(best.length / 3));
  if (distance(norm, best) <= limit) return best;
  const prefix = candidates.find((c) => c.startsWith(norm) || (norm.length >= 4 && c.includes(norm)));
  return prefix;
}

function pointerToPath(pointer: string, data: unknown): Path {
  if (!pointer) return [];
  const segs = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const out: Path = [];
  let cur: unknown = data;
  for (const s of segs) {
    if (Array.isArray(cur)) {
      out.push(Number(s));
      cur = cur[Number(s)];
    } else {
      out.push(s);
      cur = cur && typeof cur === 'object' ? (cur as Json)[s] : undefined;
    }
  }
  return out;
}

function valueAt(data: unknown, path: Path): unknown {
  let cur = data;
  for (const s of path) cur = cur && typeof cur === 'object' ? (cur as Json)[String(s)] : undefined;
  return cur;
}

function fieldLabel(parentPath: Path, field: string): { title: string; description?: string } {
  const s = schemaAt([...parentPath, field]);
  return {
    title: typeof s?.['title'] === 'string' ? (s['title'] as string) : field,
    description: typeof s?.['description'] === 'string' ? (s['description'] as string) : undefined,
  };
}

/** Turns Ajv's errors into findings, one per problem, best explanation first. */
export function explainErrors(errors: readonly ErrorObject[], data: unknown): Finding[] {
  // anyOf (a text-or-language-map written as anyOf): one finding for the whole value, not one per
  // branch; only a non-text entry inside a language map ({en: [..]}) is reported from inside a
  // branch. Narratives themselves are one schema (`type: [string, object]`), handled below.
  // the anyOf error that an error inside one of its branches belongs to: same schema path prefix,
  // and an instance path that is a prefix of the error's (indexed: a storm has thousands)
  const anyOfs = new Map<string, ErrorObject>();
  const anyOfPaths = new Set<string>();
  for (const e of errors)
    if (e.keyword === 'anyOf') {
      anyOfs.set(`${e.schemaPath}\u0000${e.instancePath}`, e);
      anyOfPaths.add(e.schemaPath);
    }
  const branchOf = (e: ErrorObject): ErrorObject | undefined => {
    if (!anyOfPaths.size) return undefined;
    for (let i = e.schemaPath.indexOf('/'); i !== -1; i = e.schemaPath.indexOf('/', i + 1)) {
      const sp = e.schemaPath.slice(0, i);
      if (!anyOfPaths.has(sp)) continue;
      for (let j = e.instancePath.length; j >= 0; j = e.instancePath.lastIndexOf('/', j - 1)) {
        const owner = anyOfs.get(`${sp}\u0000${e.instancePath.slice(0, j)}`);
        if (owner) return owner;
        if (j === 0) break;
      }
    }
    return undefined;
  };
  const out: Finding[] = [];
  // one finding per place, kind and message (Ajv can report the same thing twice)
  const seen = new Map<string, string[]>();
  const push = (f: Finding) => {
    const key = `${f.path.join('\u0000')}|${f.code}`;
    const messages = seen.get(key);
    if (messages?.includes(f.message)) return;
    if (messages) messages.push(f.message);
    else seen.set(key, [f.message]);
    out.push(f);
  };

  for (const e of errors) {
    if (e.keyword === 'if') continue;
    const path = pointerToPath(e.instancePath, data);
    const where = describePath(path);
    const value = valueAt(data, path);
    const owner = branchOf(e);
    if (owner) {
      if (e.keyword === 'type' && e.instancePath.length > owner.instancePath.length)
        push(languageEntryFinding(path, value));
      continue;
    }
    switch (e.keyword) {
      case 'anyOf': {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          for (const f of languageMapFindings(path, where, value as Json)) push(f);
          continue;
        }
        push(narrativeTypeFinding(path, where, value));
        break;
      }
      case 'type': {
        // a narrative (text or language map) that is neither, or a non-text entry in its language map
        if (isNarrativeType(e.params['type'])) {
          push(narrativeTypeFinding(path, where, value));
          break;
        }
        if (path.length > 0 && isNarrativeType(schemaAt(path.slice(0, -1))?.['type'])) {
          push(languageEntryFinding(path, value));
          break;
        }
        const wantsText = e.params['type'] === 'string';
        const scalar = typeof value === 'number' || typeof value === 'boolean';
        push({
          path,
          code: 'type',
          message: `${where}: expected ${typeWords(e.params['type'])}, found ${kindOf(value)}.`,
          ...(wantsText && scalar
            ? {
                hint: 'Put the value in quotes (for example version: "1.10") so that it is read as text exactly as written.',
              }
            : {}),
        });
        break;
      }
      case 'required': {
        const field = String(e.params['missingProperty']);
        const { title, description } = fieldLabel(path, field);
        push({
          path,
          code: 'required',
          message: `${where}: “${field}” (${title}) is missing.`,
          ...(description ? { hint: description } : {}),
        });
        break;
      }
      case 'additionalProperties': {
        const extra = String(e.params['additionalProperty']);
        const s = schemaAt(path);
        const allowed = Object.keys((s?.['properties'] as Json | undefined) ?? {});
        if (path.length === 1 && path[0] === 'objectives') {
          push({
            path: [...path, extra],
            atKey: true,
            code: 'unknown-objective',
            message:
              extra === ''
                ? 'Objectives: an objective has no number; GCM objectives are numbered 1 to 23.'
                : `Objectives: there is no objective “${extra}”; GCM objectives are numbered 1 to 23.`,
            hint: /^\d+$/.test(extra) ? undefined : objectiveHint(extra),
          });
          break;
        }
        const nbsp = extra.includes('\u00a0');
        const guess =
          extra === '<<' ? undefined : didYouMean(nbsp ? extra.replace(/\u00a0/g, '').trim() : extra, allowed);
        push({
          path: [...path, extra],
          atKey: true,
          code: 'unknown-field',
          message: `${where}: unknown field “${extra}”.`,
          hint: nbsp
            ? `The name contains non-breaking spaces (often pasted from Word), which YAML does not count as indentation or spaces: replace them with normal spaces.${guess ? ` Did you mean “${guess}”?` : ''}`
            : extra === '<<'
              ? 'YAML merge keys (<<) are not supported in review files: write the fields out.'
              : guess
                ? `Did you mean “${guess}”?`
                : allowed.length
                  ? `Allowed fields: ${allowed.join(', ')}.`
                  : undefined,
        });
        break;
      }
      case 'enum': {
        const allowed = (e.params['allowedValues'] as unknown[]).map(String);
        const s = schemaAt(path);
        const labels = (s?.['enumDescriptions'] as string[] | undefined) ?? [];
        const guess =
          typeof value === 'string'
            ? (didYouMean(value, allowed) ?? matchLabel(value, allowed, labels))
            : typeof value === 'boolean' && allowed.includes('yes') // answer: true (JSON, or YAML 1.1 habits)
              ? value
                ? 'yes'
                : 'no'
              : undefined;
        push({
          path,
          code: 'enum',
          message: `${where}: ${kindOf(value)} is not one of the allowed values.`,
          hint: guess
            ? `Did you mean “${guess}”?`
            : `Allowed: ${allowed.map((a, i) => (labels[i] && labels[i] !== a ? `${a} (${labels[i]})` : a)).join(', ')}.`,
        });
        break;
      }
      case 'const': {
        push({
          path,
          code: 'const',
          message: `${where}: must be ${JSON.stringify(e.params['allowedValue'])}, found ${kindOf(value)}.`,
        });
        break;
      }
      case 'format': {
        push(formatFinding(path, where, String(e.params['format']), value));
        break;
      }
      case 'pattern': {
        if ((e as { propertyName?: string }).propertyName !== undefined) break; // see propertyNames
        if (path[path.length - 1] === 'country' && typeof value === 'string') {
          push({
            path,
            code: 'country',
            message: `${where}: ${kindOf(value)} is not an ISO 3166-1 alpha-3 country code (three capital letters).`,
            hint: countryHint(value),
          });
        } else if (path.includes('languages')) {
          push({
            path,
            code: 'language-code',
            message: `${where}: ${kindOf(value)} is not a language code.`,
            hint: `Use two-letter codes; reports can be rendered in ${REPORT_LANGS.join(', ')}.`,
          });
        } else if (path.includes('sdg_targets')) {
          push({
            path,
            code: 'sdg-target',
            message: `${where}: ${kindOf(value)} is not an SDG target or indicator number.`,
            hint: 'Write the number of a target such as "10.7" or "10.c", or of an indicator such as "10.7.2" (goals 1 to 17).',
          });
        } else if (schemaAt(path)?.['format'] === 'uri' || schemaAt(path)?.['format'] === 'date') {
          // same finding as the format error: reported once
          push(formatFinding(path, where, String(schemaAt(path)?.['format']), value));
        } else push({ path, code: 'pattern', message: `${where}: ${kindOf(value)} is not in the expected form.` });
        break;
      }
      case 'propertyNames': {
        if (value && typeof value === 'object' && !Array.isArray(value))
          for (const f of languageMapFindings(path, where, value as Json)) push(f);
        break;
      }
      case 'minItems':
        push({
          path,
          code: 'empty',
          message: `${where}: the list is empty; add at least ${String(e.params['limit'])}.`,
        });
        break;
      case 'minLength':
        push({ path, code: 'empty', message: `${where}: the text is empty.` });
        break;
      case 'minProperties':
        push(
          isNarrativeType(schemaAt(path)?.['type'])
            ? { path, code: 'empty', message: `${where}: the language map is empty; write the text.` }
            : { path, code: 'empty', message: `${where}: is empty.` },
        );
        break;
      case 'uniqueItems': {
        // Ajv reports the pair as {i, j} in either order: point at the later one
        const a = Number(e.params['i']);
        const b = Number(e.params['j']);
        const [first, later] = a < b ? [a, b] : [b, a];
        push({
          path: [...path, later],
          code: 'duplicate-item',
          message: `${where}: item ${later + 1} repeats item ${first + 1}${typeof value === 'object' && Array.isArray(value) && typeof value[later] === 'string' ? ` (“${clip(String(value[later]))}”)` : ''}.`,
          hint: 'Remove the repeated item.',
        });
        break;
      }
      case 'minimum':
        push({
          path,
          code: 'range',
          message: `${where}: must be ${String(e.params['limit'])} or more, found ${kindOf(value)}.`,
        });
        break;
      case 'maximum':
        push({
          path,
          code: 'range',
          message: `${where}: must be ${String(e.params['limit'])} or less, found ${kindOf(value)}.`,
          ...(path.includes('objectives') ? { hint: 'GCM objectives are numbered 1 to 23.' } : {}),
        });
        break;
      default:
        push({ path, code: 'schema', message: `${where}: ${e.message ?? 'is not valid'}.` });
    }
  }
  return out;
}

// ---- narratives: text, or a map from language code to text ----------------------------------------

/** The narrative shape (src/schema/generate.ts `$defs.narrative`): `type: [string, object]`. */
function isNarrativeType(t: unknown): boolean {
  return Array.isArray(t) && t.length === 2 && t.includes('string') && t.includes('object');
}

/** A narrative that is neither text nor a language map (a list, a number, nothing…). */
function narrativeTypeFinding(path: Path, where: string, value: unknown): Finding {
  // a short text (a name, a unit, a source) is one line: no bullet lists there
  const short = schemaAt(path)?.['minLength'] === 1;
  return {
    path,
    code: 'type',
    message: `${where}: expected text, found ${kindOf(value)}.`,
    hint: short
      ? 'Write a short text after the colon, or one text per language such as {en: "...", fr: "..."}.'
      : Array.isArray(value)
        ? 'To write a bullet list, put it inside the text: start the value with | and write lines beginning with "- ".'
        : value === null || value === undefined
          ? 'Write the text after the colon (or on the next lines after |). A text that starts with # is read as a comment, so put such a text in quotes.'
          : 'Put the text after the colon; quote it if it starts with a special character.',
  };
}

/** A language map's keys that are not language codes (one finding each), or an empty map. */
function languageMapFindings(path: Path, where: string, value: Json): Finding[] {
  const out: Finding[] = [];
  const bad = Object.keys(value).filter((k) => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k));
  for (const k of bad) {
    const guess = didYouMean(k, ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt']) ?? languageGuess(k);
    out.push({
      path: [...path, k],
      atKey: true,
      code: 'language-code',
      message: `${where}: “${k}” is not a language code. A text in several languages is written as a map such as {en: "...", fr: "..."}.`,
      hint: guess ? `Did you mean “${guess}”?` : 'Use two-letter codes: en, fr, es, ar.',
    });
  }
  if (!bad.length && Object.keys(value).length === 0)
    out.push({ path, code: 'empty', message: `${where}: the language map is empty; write the text.` });
  return out;
}

/** An entry of a language map that is not text ({en: [...]}). */
function languageEntryFinding(path: Path, value: unknown): Finding {
  return {
    path,
    code: 'type',
    message: `${describePath(path.slice(0, -1))}: the text in language “${String(path[path.length - 1])}” must be text, found ${kindOf(value)}.`,
  };
}

const NUMBER_WORDS: Record<string, number> = {};
[
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three',
  'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un vingt-deux vingt-trois',
  'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés',
].forEach((list) => list.split(' ').forEach((w, i) => (NUMBER_WORDS[w] = i + 1)));
NUMBER_WORDS['une'] = 1;

/** "seven", "Objective 7", "obj_7", "sept" → a hint naming the key to write. */
function objectiveHint(key: string): string {
  const k = key.toLowerCase().trim();
  const digits = /\d+/.exec(k)?.[0];
  const n = digits !== undefined ? Number(digits) : NUMBER_WORDS[k.replace(/[\s_]+/g, '-')];
  if (n !== undefined && n >= 1 && n <= 23) return `Write the objective number only: \`${n}:\`.`;
  return 'Write the objective number only, e.g. `7:`.';
}

function formatFinding(path: Path, where: string, fmt: string, value: unknown): Finding {
  const v = typeof value === 'string' ? value.trim() : '';
  if (fmt === 'date') {
    const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(v);
    const [d, mo] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    const guess =
      m && d > 12 && mo <= 12 ? `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
    return {
      path,
      code: 'format',
      message: `${where}: ${kindOf(value)} is not a date written as YYYY-MM-DD (for example 2026-03-15).`,
      hint: guess
        ? `Did you mean “${guess}”?`
        : 'Write year-month-day with two-digit months and days, e.g. 2026-03-15 for 15 March 2026; check that the day exists.',
    };
  }
  if (fmt === 'email') {
    return {
      path,
      code: 'format',
      message: `${where}: ${kindOf(value)} is not an email address.`,
      hint: 'An email address looks like name@ministry.gov.example, with no spaces or “mailto:”.',
    };
  }
  if (fmt === 'uri') {
    const guess = /^www\.[^\s]+\.[a-z]{2,}/i.test(v) ? `https://${v}` : undefined;
    return {
      path,
      code: 'format',
      message: `${where}: ${kindOf(value)} is not a full web address (it must start with https:// or http://).`,
      hint: guess ? `Did you mean “${guess}”?` : 'Copy the address from the browser’s address bar.',
    };
  }
  return { path, code: 'format', message: `${where}: ${kindOf(value)} is not a valid ${fmt}.` };
}

function matchLabel(value: string, allowed: string[], labels: string[]): string | undefined {
  const v = value.toLowerCase().trim();
  const i = labels.findIndex((l) => l.toLowerCase() === v || l.toLowerCase().replace(/^\(\w\) /, '') === v);
  return i >= 0 ? allowed[i] : undefined;
}

function languageGuess(k: string): string | undefined {
  const names: Record<string, string> = {
    english: 'en',
    anglais: 'en',
    ingles: 'en',
    inglés: 'en',
    french: 'fr',
    francais: 'fr',
    français: 'fr',
    frances: 'fr',
    francés: 'fr',
    spanish: 'es',
    espagnol: 'es',
    espanol: 'es',
    español: 'es',
    arabic: 'ar',
    arabe: 'ar',
    árabe: 'ar',
  };
  return names[k.toLowerCase()];
}

let countryNames: Map<string, string> | undefined;
function countryHint(value: string): string {
  // every name a person may type, in en/fr/es, folded → its code (built only when a code is wrong)
  countryNames ??= new Map(countries().flatMap((c) => countryKeys(c).map((k) => [k, c.code] as [string, string])));
  const key = fold(value.trim());
  const direct = countryNames.get(key);
  if (direct) return `Did you mean “${direct}”?`;
  const names = [...countryNames.keys()];
  const best = closest(key, names);
  if (distance(key, best) <= Math.max(2, Math.floor(best.length / 4))) {
    return `Did you mean “${countryNames.get(best)!}”?`;
  }
  return 'Use the three-letter ISO code, e.g. MEX for Mexico, PHL for the Philippines (`gcm-review init` looks it up for you).';
}
