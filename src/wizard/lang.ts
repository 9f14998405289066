// The interface language of the wizard (English, French or Spanish), independent of the language
// the review itself is written in.
import { localeLang } from '../i18n/catalog.js';

export const UI_LANGS = ['en', 'fr', 'es'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export function isUiLang(s: string): s is UiLang {
  return (UI_LANGS as readonly string[]).includes(s);
}

/**
 * From the locale environment, as POSIX programs read it (the rule every command follows:
 * src/i18n/catalog.ts localeLang): LC_ALL, then LC_MESSAGES, then LANG. "fr_FR.UTF-8" → fr,
 * "es_MX" → es; anything else (C, POSIX, de_DE, unset) → en.
 */
export function detectUiLang(env: NodeJS.ProcessEnv = process.env): UiLang {
  return localeLang(UI_LANGS, env);
}
