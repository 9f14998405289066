// Ajv errors → plain-language diagnostics in questionnaire terms, in the user's language (the
// wording is data: src/i18n/validate/*; codes never change with the language). `explainErrors` is
// a table from Ajv keyword to explainer. Its heavier helpers (edit distance, country names, the
// schema's titles) are loaded on first use, i.e. for invalid files only.
import type { ErrorObject } from 'ajv';
import type { DiagnosticCode } from '../diagnostics/index.js';
import { createRequire } from 'node:module';
import { buildSchema } from '../schema/generate.js';
import { OBJECTIVES, QUESTIONS, REPORT_LANGS, isRefLang, isVerified } from '../reference/index.js';
import { countries, countryKeys, fold } from '../reference/countries.js';
import { VALIDATE_TEXTS, vt, type ValidateKey } from '../i18n/validate/index.js';

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

/** The name of one item of a list, by the list's field ("consultations" → "consultation"). */
function itemName(owner: string, lang: string): string {
  const key = `item.${owner}`;
  return vt(lang, Object.hasOwn(VALIDATE_TEXTS.en, key) ? (key as ValidateKey) : 'item.default');
}

/**
 * Whether the schema's own texts (field titles and descriptions, written in English) are shown:
 * in English only; in another language the fields are named as they are written in the file.
 */
function schemaWords(lang: string): boolean {
  return lang === 'en' || !isRefLang(lang);
}

/** The official language of reference wording for a message language (Arabic: English). */
function officialLang(lang: string): 'en' | 'fr' | 'es' {
  return lang === 'fr' || lang === 'es' ? lang : 'en';
}

/** The language of an official wording to show: the message language when verified, else English. */
function verifiedLang(
  entry: { readonly unverified: readonly string[] },
  field: string,
  lang: string,
): 'en' | 'fr' | 'es' {
  const l = officialLang(lang);
  return isVerified(entry, field, l) ? l : 'en';
}

/** "Objective 7, question (c) Main gaps and challenges" / "Metadata › Submitter › Country". */
export function describePath(path: Path, lang = 'en'): string {
  if (path.length === 0) return vt(lang, 'path.review');
  const parts: string[] = [];
  let i = 0;
  if (path[0] === 'objectives' && path.length >= 2) {
    const n = Number(path[1]);
    const o = OBJECTIVES.find((x) => x.number === n);
    // official short titles from src/reference, in the message language when it has them
    const objective = o
      ? vt(lang, 'path.objective', { n, short: o.short[verifiedLang(o, 'short', lang)] })
      : vt(lang, 'path.objectiveBare', { n: String(path[1]) });
    parts.push(objective);
    i = 2;
    if (path.length >= 3) {
      const q = QUESTIONS.find((x) => x.field === path[2]);
      if (q) parts[0] = vt(lang, 'path.question', { objective, letter: q.letter, label: q.label[officialLang(lang)] });
      else if (path[2] === 'next_steps') parts[0] = vt(lang, 'path.nextSteps', { objective });
      else if (path[2] === 'plan_measures') parts[0] = vt(lang, 'path.planMeasures', { objective });
      else if (path[2] === 'priority') parts[0] = vt(lang, 'path.priority', { objective });
      else parts[0] = vt(lang, 'path.other', { objective, field: String(path[2]) });
      i = 3;
    }
  }
  const titles = schemaWords(lang);
  for (; i < path.length; i++) {
    const seg = path[i]!;
    if (typeof seg === 'number') {
      parts.push(vt(lang, 'path.item', { item: itemName(String(path[i - 1] ?? ''), lang), n: seg + 1 }));
      continue;
    }
    if (!titles) {
      parts.push(seg);
      continue;
    }
    const s = schemaAt(path.slice(0, i + 1));
    const title = typeof s?.['title'] === 'string' ? (s['title'] as string) : seg;
    parts.push(i === 0 ? title : lcFirst(title));
  }
  return parts.join(path[0] === 'objectives' ? vt(lang, 'list.sep') : ' › ');
}

function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** How a value looks to a non-programmer. */
export function kindOf(v: unknown, lang = 'en'): string {
  if (v === null || v === undefined) return vt(lang, 'kind.nothing');
  if (Array.isArray(v)) return vt(lang, 'kind.list');
  if (typeof v === 'object') return vt(lang, 'kind.group');
  if (typeof v === 'string') return vt(lang, 'kind.text', { text: clip(v) });
  if (typeof v === 'number')
    return Number.isFinite(v) ? vt(lang, 'kind.number', { n: v }) : vt(lang, 'kind.notANumber', { n: String(v) });
  if (typeof v === 'boolean') return vt(lang, v ? 'kind.true' : 'kind.false');
  return String(v);
}

const TYPE_KEYS: Readonly<Record<string, ValidateKey>> = {
  string: 'type.string',
  number: 'type.number',
  integer: 'type.integer',
  object: 'type.object',
  array: 'type.array',
  boolean: 'type.boolean',
  null: 'type.null',
};

function typeWords(t: unknown, lang: string): string {
  const list = (Array.isArray(t) ? t : [t]).map((x) => {
    const key = Object.hasOwn(TYPE_KEYS, String(x)) ? TYPE_KEYS[String(x)] : undefined;
    return key ? vt(lang, key) : String(x);
  });
  return list.reduce((a, b) => vt(lang, 'type.or', { a, b }));
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

/** What an explainer gets: one Ajv error, where it is, the value there and the language. */
interface ErrorContext {
  e: ErrorObject;
  path: Path;
  where: string;
  value: unknown;
  lang: string;
  push(f: Finding): void;
}
type Explainer = (c: ErrorContext) => void;

/** Did-you-mean wording for a guess, or undefined. */
function guessHint(lang: string, guess: string | undefined): string | undefined {
  return guess === undefined ? undefined : vt(lang, 'didYouMean', { guess });
}

/** The explainer of each Ajv keyword; a keyword not listed gets Ajv's own words (`other`). */
const EXPLAINERS: Readonly<Record<string, Explainer>> = {
  // an `if` failing only says which `then` applies: the `then` error says what is wrong
  if: () => {},
  anyOf: ({ path, where, value, lang, push }) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const f of languageMapFindings(path, where, value as Json, lang)) push(f);
      return;
    }
    push(narrativeTypeFinding(path, where, value, lang));
  },
  type: ({ e, path, where, value, lang, push }) => {
    // a narrative (text or language map) that is neither, or a non-text entry in its language map
    if (isNarrativeType(e.params['type'])) return push(narrativeTypeFinding(path, where, value, lang));
    if (path.length > 0 && isNarrativeType(schemaAt(path.slice(0, -1))?.['type']))
      return push(languageEntryFinding(path, value, lang));
    const wantsText = e.params['type'] === 'string';
    const scalar = typeof value === 'number' || typeof value === 'boolean';
    push({
      path,
      code: 'type',
      message: vt(lang, 'type.expected', {
        where,
        expected: typeWords(e.params['type'], lang),
        found: kindOf(value, lang),
      }),
      ...(wantsText && scalar ? { hint: vt(lang, 'type.quote.hint') } : {}),
    });
  },
  required: ({ e, path, where, lang, push }) => {
    const field = String(e.params['missingProperty']);
    const { title, description } = fieldLabel(path, field);
    push({
      path,
      code: 'required',
      message: vt(lang, schemaWords(lang) ? 'required.titled' : 'required', { where, field, title }),
      // the schema's descriptions are English: shown as hints in English only
      ...(description && schemaWords(lang) ? { hint: description } : {}),
    });
  },
  additionalProperties: ({ e, path, where, lang, push }) => {
    const extra = String(e.params['additionalProperty']);
    const s = schemaAt(path);
    const allowed = Object.keys((s?.['properties'] as Json | undefined) ?? {});
    if (path.length === 1 && path[0] === 'objectives') {
      push({
        path: [...path, extra],
        atKey: true,
        code: 'unknown-objective',
        message: extra === '' ? vt(lang, 'objective.unnumbered') : vt(lang, 'objective.unknown', { key: extra }),
        hint: /^\d+$/.test(extra) ? undefined : objectiveHint(extra, lang),
      });
      return;
    }
    const nbsp = extra.includes('\u00a0');
    const guess = extra === '<<' ? undefined : didYouMean(nbsp ? extra.replace(/\u00a0/g, '').trim() : extra, allowed);
    push({
      path: [...path, extra],
      atKey: true,
      code: 'unknown-field',
      message: vt(lang, 'field.unknown', { where, field: extra }),
      hint: nbsp
        ? vt(lang, 'field.nbsp.hint') + (guess ? ` ${guessHint(lang, guess)!}` : '')
        : extra === '<<'
          ? vt(lang, 'field.merge.hint')
          : (guessHint(lang, guess) ??
            (allowed.length ? vt(lang, 'field.allowed.hint', { list: allowed.join(', ') }) : undefined)),
    });
  },
  enum: ({ e, path, where, value, lang, push }) => {
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
    // the labels of allowed values come from the schema (English): shown in English only
    const shown = schemaWords(lang) ? labels : [];
    push({
      path,
      code: 'enum',
      message: vt(lang, 'enum', { where, found: kindOf(value, lang) }),
      hint:
        guessHint(lang, guess) ??
        vt(lang, 'enum.allowed.hint', {
          list: allowed.map((a, i) => (shown[i] && shown[i] !== a ? `${a} (${shown[i]})` : a)).join(', '),
        }),
    });
  },
  const: ({ e, path, where, value, lang, push }) =>
    push({
      path,
      code: 'const',
      message: vt(lang, 'const', {
        where,
        value: JSON.stringify(e.params['allowedValue']),
        found: kindOf(value, lang),
      }),
    }),
  format: ({ e, path, where, value, lang, push }) =>
    push(formatFinding(path, where, String(e.params['format']), value, lang)),
  pattern: ({ e, path, where, value, lang, push }) => {
    if ((e as { propertyName?: string }).propertyName !== undefined) return; // see propertyNames
    const found = kindOf(value, lang);
    if (path[path.length - 1] === 'country' && typeof value === 'string') {
      push({
        path,
        code: 'country',
        message: vt(lang, 'country.pattern', { where, found }),
        hint: countryHint(value, lang),
      });
    } else if (path.includes('languages')) {
      push({
        path,
        code: 'language-code',
        message: vt(lang, 'language.pattern', { where, found }),
        hint: vt(lang, 'language.pattern.hint', { list: REPORT_LANGS.join(', ') }),
      });
    } else if (path.includes('sdg_targets')) {
      push({
        path,
        code: 'sdg-target',
        message: vt(lang, 'sdg.pattern', { where, found }),
        hint: vt(lang, 'sdg.pattern.hint'),
      });
    } else if (schemaAt(path)?.['format'] === 'uri' || schemaAt(path)?.['format'] === 'date') {
      // same finding as the format error: reported once
      push(formatFinding(path, where, String(schemaAt(path)?.['format']), value, lang));
    } else push({ path, code: 'pattern', message: vt(lang, 'pattern', { where, found }) });
  },
  propertyNames: ({ path, where, value, lang, push }) => {
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const f of languageMapFindings(path, where, value as Json, lang)) push(f);
  },
  minItems: ({ e, path, where, lang, push }) =>
    push({ path, code: 'empty', message: vt(lang, 'empty.list', { where, n: String(e.params['limit']) }) }),
  minLength: ({ path, where, lang, push }) => push({ path, code: 'empty', message: vt(lang, 'empty.text', { where }) }),
  minProperties: ({ path, where, lang, push }) =>
    push({
      path,
      code: 'empty',
      message: vt(lang, isNarrativeType(schemaAt(path)?.['type']) ? 'empty.map' : 'empty.group', { where }),
    }),
  uniqueItems: ({ e, path, where, value, lang, push }) => {
    // Ajv reports the pair as {i, j} in either order: point at the later one
    const a = Number(e.params['i']);
    const b = Number(e.params['j']);
    const [first, later] = a < b ? [a, b] : [b, a];
    const text = Array.isArray(value) && typeof value[later] === 'string' ? clip(String(value[later])) : undefined;
    push({
      path: [...path, later],
      code: 'duplicate-item',
      message: vt(lang, text === undefined ? 'duplicate' : 'duplicate.text', {
        where,
        later: later + 1,
        first: first + 1,
        ...(text === undefined ? {} : { text }),
      }),
      hint: vt(lang, 'duplicate.hint'),
    });
  },
  minimum: ({ e, path, where, value, lang, push }) =>
    push({
      path,
      code: 'range',
      message: vt(lang, 'minimum', { where, limit: String(e.params['limit']), found: kindOf(value, lang) }),
    }),
  maximum: ({ e, path, where, value, lang, push }) =>
    push({
      path,
      code: 'range',
      message: vt(lang, 'maximum', { where, limit: String(e.params['limit']), found: kindOf(value, lang) }),
      ...(path.includes('objectives') ? { hint: vt(lang, 'objective.range.hint') } : {}),
    }),
};

/** A keyword without its own explainer: Ajv's words (English) in the language's frame. */
const explainOther: Explainer = ({ e, path, where, lang, push }) =>
  push({ path, code: 'schema', message: vt(lang, 'other', { where, reason: e.message ?? vt(lang, 'other.reason') }) });

/**
 * Turns Ajv's errors into findings, one per problem, best explanation first, worded in `lang`
 * (English for a language whose texts are not loaded: see VALIDATE_TEXTS.load).
 */
export function explainErrors(errors: readonly ErrorObject[], data: unknown, lang = 'en'): Finding[] {
  // anyOf (a text-or-language-map written as anyOf): one finding for the whole value, not one per
  // branch; only a non-text entry inside a language map ({en: [..]}) is reported from inside a
  // branch. Narratives themselves are one schema (`type: [string, object]`), handled by `type`.
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
    const value = valueAt(data, path);
    const owner = branchOf(e);
    if (owner) {
      if (e.keyword === 'type' && e.instancePath.length > owner.instancePath.length)
        push(languageEntryFinding(path, value, lang));
      continue;
    }
    const explain = Object.hasOwn(EXPLAINERS, e.keyword) ? EXPLAINERS[e.keyword]! : explainOther;
    explain({ e, path, where: describePath(path, lang), value, lang, push });
  }
  return out;
}

// ---- narratives: text, or a map from language code to text ----------------------------------------

/** The narrative shape (src/schema/generate.ts `$defs.narrative`): `type: [string, object]`. */
function isNarrativeType(t: unknown): boolean {
  return Array.isArray(t) && t.length === 2 && t.includes('string') && t.includes('object');
}

/** A narrative that is neither text nor a language map (a list, a number, nothing…). */
function narrativeTypeFinding(path: Path, where: string, value: unknown, lang: string): Finding {
  // a short text (a name, a unit, a source) is one line: no bullet lists there
  const short = schemaAt(path)?.['minLength'] === 1;
  return {
    path,
    code: 'type',
    message: vt(lang, 'narrative.type', { where, found: kindOf(value, lang) }),
    hint: vt(
      lang,
      short
        ? 'narrative.short.hint'
        : Array.isArray(value)
          ? 'narrative.list.hint'
          : value === null || value === undefined
            ? 'narrative.nothing.hint'
            : 'narrative.other.hint',
    ),
  };
}

/** A language map's keys that are not language codes (one finding each), or an empty map. */
function languageMapFindings(path: Path, where: string, value: Json, lang: string): Finding[] {
  const out: Finding[] = [];
  const bad = Object.keys(value).filter((k) => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k));
  for (const k of bad) {
    const guess = didYouMean(k, ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt']) ?? languageGuess(k);
    out.push({
      path: [...path, k],
      atKey: true,
      code: 'language-code',
      message: vt(lang, 'languageMap.key', { where, key: k }),
      hint: guessHint(lang, guess) ?? vt(lang, 'languageMap.key.hint'),
    });
  }
  if (!bad.length && Object.keys(value).length === 0)
    out.push({ path, code: 'empty', message: vt(lang, 'empty.map', { where }) });
  return out;
}

/** An entry of a language map that is not text ({en: [...]}). */
function languageEntryFinding(path: Path, value: unknown, lang: string): Finding {
  return {
    path,
    code: 'type',
    message: vt(lang, 'languageMap.entry', {
      where: describePath(path.slice(0, -1), lang),
      lang: String(path[path.length - 1]),
      found: kindOf(value, lang),
    }),
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
function objectiveHint(key: string, lang: string): string {
  const k = key.toLowerCase().trim();
  const digits = /\d+/.exec(k)?.[0];
  const n = digits !== undefined ? Number(digits) : NUMBER_WORDS[k.replace(/[\s_]+/g, '-')];
  if (n !== undefined && n >= 1 && n <= 23) return vt(lang, 'objective.number.hint', { n });
  return vt(lang, 'objective.example.hint');
}

function formatFinding(path: Path, where: string, fmt: string, value: unknown, lang: string): Finding {
  const v = typeof value === 'string' ? value.trim() : '';
  const found = kindOf(value, lang);
  if (fmt === 'date') {
    const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(v);
    const [d, mo] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    const guess =
      m && d > 12 && mo <= 12 ? `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
    return {
      path,
      code: 'format',
      message: vt(lang, 'date', { where, found }),
      hint: guessHint(lang, guess) ?? vt(lang, 'date.hint'),
    };
  }
  if (fmt === 'email') {
    return { path, code: 'format', message: vt(lang, 'email', { where, found }), hint: vt(lang, 'email.hint') };
  }
  if (fmt === 'uri') {
    const guess = /^www\.[^\s]+\.[a-z]{2,}/i.test(v) ? `https://${v}` : undefined;
    return {
      path,
      code: 'format',
      message: vt(lang, 'uri', { where, found }),
      hint: guessHint(lang, guess) ?? vt(lang, 'uri.hint'),
    };
  }
  return { path, code: 'format', message: vt(lang, 'format.other', { where, found, format: fmt }) };
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
function countryHint(value: string, lang: string): string {
  // every name a person may type, in en/fr/es, folded → its code (built only when a code is wrong)
  countryNames ??= new Map(countries().flatMap((c) => countryKeys(c).map((k) => [k, c.code] as [string, string])));
  const key = fold(value.trim());
  const direct = countryNames.get(key);
  if (direct) return guessHint(lang, direct)!;
  const names = [...countryNames.keys()];
  const best = closest(key, names);
  if (distance(key, best) <= Math.max(2, Math.floor(best.length / 4))) {
    return guessHint(lang, countryNames.get(best))!;
  }
  return vt(lang, 'country.example.hint');
}
