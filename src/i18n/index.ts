// Report strings per language: the fixed words of the report (en, fr, es, ar), with English as
// the fallback, plus the labels of reference lists (submitter types, support areas, …) in the
// report language: from src/reference for en/fr/es, from our Arabic translation for ar.
import {
  CONSULTATION_FORMAT_LABELS,
  PRIORITY_LABELS,
  REGIONS,
  REPORT_LANGS,
  STAKEHOLDERS,
  SUBMITTER_TYPE_LABELS,
  SUPPORT_AREA_LABELS,
  cycleLabel,
  isRefLang,
  question,
  type QuestionLetter,
  type RefLang,
  type ReportLang,
  type SubmitterType,
} from '../reference/index.js';
import { ar, arReference } from './ar.js';
import { en, type MessageKey, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { Catalog, fill } from './catalog.js';

export type { MessageKey, Messages } from './en.js';
export { arReference } from './ar.js';

export const LOCALES: Readonly<Record<ReportLang, Messages>> = { en, fr, es, ar };
/** The report's fixed strings in the one message catalog (src/i18n/catalog.ts). */
export const REPORT_TEXTS = new Catalog<MessageKey>('report', en, { fr, es, ar });

/** Languages written right to left (the report mirrors its layout for them). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export function baseLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? lang;
}

export function isReportLang(lang: string): lang is ReportLang {
  return (REPORT_LANGS as readonly string[]).includes(lang);
}

const uiCache = new Map<string, ReportLang>();
/** The language of the report's fixed strings for a requested language: itself if we have it, else English. */
export function uiLang(lang: string): ReportLang {
  let ui = uiCache.get(lang);
  if (ui === undefined) {
    const b = baseLang(lang);
    ui = isReportLang(b) ? b : 'en';
    if (uiCache.size < 256) uiCache.set(lang, ui);
  }
  return ui;
}

export function isRtl(lang: string): boolean {
  return RTL.has(baseLang(lang));
}

/** Fills {name} placeholders; unknown placeholders are left as they are. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(template, params);
}

/** One fixed string in a report language (English when the language or the key is missing). */
export function t(lang: string, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return REPORT_TEXTS.text(uiLang(lang), key, params);
}

/** Whether `key` names a fixed string (own keys only: "__proto__" or "constructor" are not). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** All fixed strings of a language, English filling any gap. */
export function messages(lang: string): Messages {
  const table = LOCALES[uiLang(lang)];
  return table === en ? en : { ...en, ...table };
}

/** The reference language to take official wording from: en/fr/es, and English for anything else. */
export function refLang(lang: string): RefLang {
  const b = baseLang(lang);
  return isRefLang(b) ? b : 'en';
}

type ArTable = Readonly<Record<string, string>>;
function pick(lang: string, ref: Readonly<Record<RefLang, string>> | undefined, arTable: ArTable, key: string): string {
  if (uiLang(lang) === 'ar' && arTable[key]) return arTable[key]!;
  return ref?.[refLang(lang)] ?? key;
}

export function submitterTypeLabel(type: string, lang: string): string {
  return pick(lang, SUBMITTER_TYPE_LABELS[type as SubmitterType], arReference.submitterTypes, type);
}
export function supportAreaLabel(area: string, lang: string): string {
  return pick(lang, SUPPORT_AREA_LABELS[area as keyof typeof SUPPORT_AREA_LABELS], arReference.supportAreas, area);
}
export function priorityLabel(p: string, lang: string): string {
  return pick(lang, PRIORITY_LABELS[p as keyof typeof PRIORITY_LABELS], arReference.priorities, p);
}
export function consultationFormatLabel(f: string, lang: string): string {
  return pick(
    lang,
    CONSULTATION_FORMAT_LABELS[f as keyof typeof CONSULTATION_FORMAT_LABELS],
    arReference.consultationFormats,
    f,
  );
}
export function stakeholderLabel(key: string, lang: string): string {
  return pick(lang, STAKEHOLDERS.find((s) => s.key === key)?.label, arReference.stakeholders, key);
}
export function regionLabel(key: string, lang: string): string {
  return pick(lang, REGIONS.find((r) => r.key === key)?.name, arReference.regions, key);
}
export function cycleName(key: string, lang: string): string {
  if (uiLang(lang) === 'ar') return (arReference.cycles as ArTable)[key] ?? cycleLabel(key, 'en');
  return cycleLabel(key, refLang(lang));
}
/** Short heading of an Annex I question, e.g. "Main gaps and challenges". */
export function questionLabel(letter: QuestionLetter, lang: string): string {
  return pick(lang, question(letter).label, arReference.questionLabels, letter);
}
/** The letter of the i-th item of a lettered list (0 → "a"; "أ" in Arabic). */
export function listLetter(index: number, lang: string): string {
  if (uiLang(lang) === 'ar') return arReference.letters[index] ?? String(index + 1);
  return String.fromCharCode(97 + index);
}

/** A language's name written in the report language, e.g. ("fr", "en") → "French". */
export function languageName(code: string, inLang: string): string {
  try {
    const names = new Intl.DisplayNames([uiLang(inLang)], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Intl locale for dates and numbers in a report language (Latin digits everywhere). */
export function intlLocale(lang: string): string {
  const ui = uiLang(lang);
  return ui === 'ar' ? 'ar-u-nu-latn' : ui;
}
