// The catalog of what `validate` says (validation problems, hints, did-you-mean wording, the text
// report's words, the command's messages). English is built in; French and Spanish are loaded on
// first use (`await VALIDATE_TEXTS.load(lang)`), so a run in English never evaluates them; Arabic
// falls back to English (said in the README).
import { Catalog, FALLS_BACK_TO_ENGLISH } from '../catalog.js';
import { en, type ValidateKey } from './en.js';

export type { ValidateKey } from './en.js';

export const VALIDATE_TEXTS = new Catalog<ValidateKey>('validate', en, {
  fr: async () => (await import('./fr.js')).fr,
  es: async () => (await import('./es.js')).es,
  ar: FALLS_BACK_TO_ENGLISH,
});

/** Languages `validate --lang` accepts. */
export const VALIDATE_LANGS = ['en', 'fr', 'es', 'ar'] as const;
export type ValidateLang = (typeof VALIDATE_LANGS)[number];

export function isValidateLang(s: string): s is ValidateLang {
  return (VALIDATE_LANGS as readonly string[]).includes(s);
}

/** One text of `validate` in `lang` (English until that language is loaded). */
export function vt(lang: string, key: ValidateKey, vars?: Readonly<Record<string, string | number>>): string {
  return VALIDATE_TEXTS.text(lang, key, vars);
}
