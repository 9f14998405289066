// Lists of the report's own labels inside a sentence (issue 15 §3): in French and Spanish the
// items after the first begin in lower case, as a publications editor sets them ("Les migrants,
// les organisations de la diaspora"; "Financement : 8 (élevée 6, moyenne 2)"). Only a first word
// written as a common word (a capital, then lower-case letters: "Les", "Élevée") is changed: an
// acronym ("ONG"), a one-letter word or a word with inner capitals ("ONUSIDA", "McKinsey") keeps
// its letters, and the rest of the label (a name inside it: "le Mouvement international de la
// Croix-Rouge") is left as it is. Labels only: never the review's own text.
import { uiLang } from '../i18n/index.js';

const LOWER_AFTER_FIRST = new Set(['fr', 'es']);

/** A label as a non-initial item of a list in the report language. */
export function listItem(label: string, lang: string): string {
  if (!LOWER_AFTER_FIRST.has(uiLang(lang))) return label;
  const m = /^(\p{Lu})(\p{Ll}+)(?=$|[\s,;:.'’-])/u.exec(label);
  return m ? m[1]!.toLocaleLowerCase(uiLang(lang)) + label.slice(1) : label;
}

/** Labels joined as a list in the report language: items after the first as listItem makes them. */
export function labelList(labels: readonly string[], lang: string, sep = ', '): string {
  return labels.map((l, i) => (i === 0 ? l : listItem(l, lang))).join(sep);
}
