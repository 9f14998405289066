// What a report says about its official strings: the one-line source of the questions (a)–(e) for
// the methodology box, and one colophon sentence naming the printed strings that the reference
// file marks `# unverified` (e.g. "The French titles of objectives 18 and 22 are not yet verified
// against the official text."). Per report language; Arabic reports print the English titles.
import { QUESTIONS_SOURCE, type RefLang } from '../reference/index.js';
import { uiLang } from './index.js';

/** Unverified strings printed in a report, in the reference language they are printed in. */
export interface UnverifiedPrinted {
  /** Language of the printed official strings (en, fr or es). */
  lang: RefLang;
  /** Objectives whose title is printed but not verified. */
  objectives: number[];
  /** The regional commission's name is printed but not verified. */
  region: boolean;
  /**
   * Where a document names several commissions (a synthesis), the acronyms as printed ("ESCWA",
   * "ECLAC") of those whose names are printed unverified, so the sentence can say which; when
   * given and not empty it takes the place of `region`.
   */
  regions?: readonly string[];
  /** Stakeholder category labels printed but not verified. */
  stakeholders: number;
}

const AR_QUESTIONS_SOURCE =
  'مصدر الأسئلة (أ)–(هـ): المرفق الأول للمذكرة المفاهيمية المؤرخة 28 كانون الثاني/يناير 2021 للحوار مع آليات التشاور المشتركة بين الدول بشأن الاستعراض الإقليمي للاتفاق العالمي في المنطقة العربية (وليس مرفقًا للقرار A/RES/73/195).';

/** One line naming where the questions (a)–(e) come from, in the report language. */
export function questionsSourceLine(lang: string): string {
  const ui = uiLang(lang);
  return ui === 'ar' ? AR_QUESTIONS_SOURCE : QUESTIONS_SOURCE[ui];
}

/** "3", "18 and 22", "3, 15 and 16" in the report language. */
function list(ns: readonly (string | number)[], and: string): string {
  const s = ns.map(String);
  return s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} ${and} ${s.at(-1)!}`;
}

const LANG_NAME: Record<'en' | 'fr' | 'es', Record<RefLang, { sg: string; pl: string }>> = {
  en: {
    en: { sg: 'English', pl: 'English' },
    fr: { sg: 'French', pl: 'French' },
    es: { sg: 'Spanish', pl: 'Spanish' },
  },
  fr: {
    en: { sg: 'anglais', pl: 'anglais' },
    fr: { sg: 'français', pl: 'français' },
    es: { sg: 'espagnol', pl: 'espagnols' },
  },
  es: {
    en: { sg: 'en inglés', pl: 'en inglés' },
    fr: { sg: 'en francés', pl: 'en francés' },
    es: { sg: 'en español', pl: 'en español' },
  },
};

/**
 * The colophon sentence for the unverified strings a report prints, or undefined when it prints
 * none. Said once per report.
 */
export function unverifiedColophon(lang: string, u: UnverifiedPrinted): string | undefined {
  const ui = uiLang(lang);
  if (ui === 'ar') return undefined; // Arabic reports print the (verified) English titles
  const L = LANG_NAME[ui][u.lang];
  const items: string[] = [];
  let plural = false;
  const n = u.objectives.length;
  const named = u.regions?.length ? u.regions : undefined;
  const several = named && named.length > 1;
  if (ui === 'en') {
    if (n === 1) items.push(`the ${L.sg} title of objective ${u.objectives[0]}`);
    if (n > 1) items.push(`the ${L.pl} titles of objectives ${list(u.objectives, 'and')}`);
    if (named)
      items.push(
        several
          ? `the ${L.pl} names of the regional commissions ${list(named, 'and')}`
          : `the ${L.sg} name of the regional commission ${named[0]}`,
      );
    else if (u.region) items.push(`the ${L.sg} name of the regional commission`);
    if (u.stakeholders === 1) items.push(`the ${L.sg} label of a stakeholder category`);
    if (u.stakeholders > 1) items.push(`the ${L.pl} labels of the stakeholder categories`);
    plural = n > 1 || u.stakeholders > 1 || several || items.length > 1;
    if (!items.length) return undefined;
    const text = list(items, 'and');
    return `${text[0]!.toUpperCase()}${text.slice(1)} ${plural ? 'are' : 'is'} not yet verified against the official text.`;
  }
  if (ui === 'fr') {
    if (n === 1) items.push(`le titre ${L.sg} de l’objectif ${u.objectives[0]}`);
    if (n > 1) items.push(`les titres ${L.pl} des objectifs ${list(u.objectives, 'et')}`);
    if (named)
      items.push(
        several
          ? `les noms ${L.pl} des commissions régionales ${list(named, 'et')}`
          : `le nom ${L.sg} de la commission régionale ${named[0]}`,
      );
    else if (u.region) items.push(`le nom ${L.sg} de la commission régionale`);
    if (u.stakeholders === 1) items.push(`le libellé ${L.sg} d’une catégorie de parties prenantes`);
    if (u.stakeholders > 1) items.push(`les libellés ${L.pl} des catégories de parties prenantes`);
    plural = n > 1 || u.stakeholders > 1 || several || items.length > 1;
    if (!items.length) return undefined;
    const text = list(items, 'et');
    return `${text[0]!.toUpperCase()}${text.slice(1)} ${plural ? 'ne sont pas encore vérifiés' : 'n’est pas encore vérifié'} par rapport au texte officiel.`;
  }
  if (n === 1) items.push(`el título ${L.sg} del objetivo ${u.objectives[0]}`);
  if (n > 1) items.push(`los títulos ${L.pl} de los objetivos ${list(u.objectives, 'y')}`);
  if (named)
    items.push(
      several
        ? `los nombres ${L.pl} de las comisiones regionales ${list(named, 'y')}`
        : `el nombre ${L.sg} de la comisión regional ${named[0]}`,
    );
  else if (u.region) items.push(`el nombre ${L.sg} de la comisión regional`);
  if (u.stakeholders === 1) items.push(`la etiqueta ${L.sg} de una categoría de partes interesadas`);
  if (u.stakeholders > 1) items.push(`las etiquetas ${L.pl} de las categorías de partes interesadas`);
  plural = n > 1 || u.stakeholders > 1 || several || items.length > 1;
  if (!items.length) return undefined;
  const text = list(items, 'y');
  return `${text[0]!.toUpperCase()}${text.slice(1)} ${plural ? 'aún no se han verificado' : 'aún no se ha verificado'} con el texto oficial.`;
}
