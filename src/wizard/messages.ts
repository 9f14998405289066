// Every string the wizard shows is data in src/i18n/wizard/{en,fr,es}.ts, read through the one
// message catalog (src/i18n/catalog.ts). Official GCM wording (objective titles, Annex I
// questions, labels) comes from src/reference. A test checks every key has every language with
// the same placeholders.
import { WIZARD_TEXTS, type WizardKey } from '../i18n/wizard/index.js';
import type { UiLang } from './lang.js';

export { WIZARD_TEXTS } from '../i18n/wizard/index.js';
export type MsgKey = WizardKey;
export type Vars = Record<string, string | number>;

export function translate(lang: UiLang, key: MsgKey, vars?: Vars): string {
  return WIZARD_TEXTS.text(lang, key, vars);
}
