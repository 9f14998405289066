// One way to say things: a catalog of messages per domain (validation, wizard, …), with one table
// of texts per language and English as the fallback. English is always loaded; another language
// is either given as its table, loaded on demand (`load`, so a run in English never evaluates the
// French or Spanish texts), or marked FALLS_BACK_TO_ENGLISH (Arabic for command-line texts: the
// README says so). Placeholders are written {name}. A test checks that every catalog has every
// key in all four languages, or the explicit fallback mark, with the same placeholders.

export const CATALOG_LANGS = ['en', 'fr', 'es', 'ar'] as const;
export type CatalogLang = (typeof CATALOG_LANGS)[number];

/** Marks a language whose texts, for a whole catalog, are the English ones (said in the README). */
export const FALLS_BACK_TO_ENGLISH = Symbol.for('gcm-review.i18n.falls-back-to-english');
export type FallsBack = typeof FALLS_BACK_TO_ENGLISH;

export type Vars = Readonly<Record<string, string | number>>;
export type Table<K extends string> = Readonly<Record<K, string>>;
/**
 * A language's texts: the table itself, a loader of its module, or the fallback mark. A table may
 * miss keys for the compiler (English fills them at run time); test/i18n/catalogs.test.ts fails
 * on any missing key.
 */
export type Source<K extends string> = Partial<Table<K>> | FallsBack | (() => Promise<Partial<Table<K>> | FallsBack>);

/** Fills {name} placeholders; unknown placeholders are left as they are. */
export function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : m));
}

/** "fr_FR.UTF-8" → "fr", "es-MX" → "es", "C" → "c". */
export function baseOf(tag: string): string {
  return (/^([a-zA-Z]{2,3})(?:[_.@-]|$)/.exec(tag)?.[1] ?? '').toLowerCase();
}

/**
 * The user's language from the locale environment, as POSIX programs read it: the first of
 * LC_ALL, LC_MESSAGES, LANG that is set decides. "fr_FR.UTF-8" → fr; C, POSIX, a language not
 * in `supported`, or nothing set → en.
 */
export function localeLang<L extends string>(supported: readonly L[], env: NodeJS.ProcessEnv = process.env): L | 'en' {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (!v) continue;
    const code = baseOf(v);
    return (supported as readonly string[]).includes(code) ? (code as L) : 'en';
  }
  return 'en';
}

export class Catalog<K extends string> {
  private readonly tables = new Map<string, Partial<Table<K>> | FallsBack>();
  private readonly sources: Readonly<Record<Exclude<CatalogLang, 'en'>, Source<K>>>;

  constructor(
    /** Name shown by tests ("validate", "wizard"). */
    readonly domain: string,
    readonly en: Table<K>,
    others: Readonly<Record<Exclude<CatalogLang, 'en'>, Source<K>>>,
  ) {
    this.sources = others;
    this.tables.set('en', en);
    for (const [lang, src] of Object.entries(others) as [string, Source<K>][])
      if (typeof src !== 'function') this.tables.set(lang, src);
  }

  /** Makes a language's texts available to `text` (English, or an unknown language: nothing to do). */
  async load(lang: string): Promise<void> {
    if (this.tables.has(lang) || !Object.hasOwn(this.sources, lang)) return;
    const src = this.sources[lang as Exclude<CatalogLang, 'en'>];
    this.tables.set(lang, typeof src === 'function' ? await src() : src);
  }

  /** The table of a language once loaded (the fallback mark for a language that falls back). */
  table(lang: string): Partial<Table<K>> | FallsBack | undefined {
    return this.tables.get(lang);
  }

  keys(): K[] {
    return Object.keys(this.en) as K[];
  }

  /** One text in `lang`, English when the language is not loaded, falls back, or lacks the key. */
  text(lang: string, key: K, vars?: Vars): string {
    const t = this.tables.get(lang);
    const s = t && t !== FALLS_BACK_TO_ENGLISH && Object.hasOwn(t, key) ? t[key]! : this.en[key];
    return fill(s ?? key, vars);
  }

  /** `text` bound to one language. */
  in(lang: string): (key: K, vars?: Vars) => string {
    return (key, vars) => this.text(lang, key, vars);
  }
}
