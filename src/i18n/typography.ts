// Language finish of a whole report (issue 15 §3), applied once to the finished HTML so that every
// section, label and narrative gets it, whichever template or part produced it:
//  - French: a no-break space before : and a narrow no-break space before ; ? ! and inside « »
//    (replacing an ordinary space, adding one where there was none), in every text in French,
//    including the labels the templates write ("Participants : 85");
//  - every language: no line break between a number and its % / ‰ or a common unit.
// Text is found outside tags; <style>, <script>, <code> and <pre> are left alone; the language of
// each text is the nearest lang attribute, so English text inside a French report keeps English
// punctuation. One linear pass over the document.

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'wbr', 'source', 'area', 'base', 'embed']);
const SKIP = new Set(['style', 'script', 'code', 'pre', 'textarea']);

/** French spacing in one text (HTML-escaped text: entities such as &amp; are left whole). */
export function frenchSpacing(text: string): string {
  return (
    text
      // « guillemets »
      .replace(/«[ \u00a0\u202f]?/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]?»/g, `${NBSP}»`)
      // before : (a word, a closing bracket or quote before it; a space, end or closing mark after)
      .replace(/([^\s:/])[ \u00a0\u202f]?:(?=$|[\s)»”,.])/g, `$1${NBSP}:`)
      // before ; ? ! (not the ; ending an entity such as &amp;)
      .replace(/(?<!&#?\w+)([^\s;?!])[ \u00a0\u202f]?([;?!])(?=$|[\s)»”,.;?!])/g, `$1${NNBSP}$2`)
  );
}

const UNITS =
  '%|‰|persons|people|personnes|personas|km|kg|ha|USD|EUR|US\\$|million|millions|billion|milliards|millones|mil millones';
const NUMBER_UNIT = new RegExp(`(\\d) (${UNITS})(?![\\p{L}])`, 'gu');

/** No break between a number and its unit (an ordinary space becomes a no-break one). */
export function bindUnits(text: string, french: boolean): string {
  const bound = text.replace(NUMBER_UNIT, (_, d: string, u: string) => `${d}${french && u === '%' ? NNBSP : NBSP}${u}`);
  return french ? bound.replace(/(\d)%/g, `$1${NNBSP}%`) : bound;
}

interface Frame {
  tag: string;
  lang: string | undefined;
}

/** Applies the language finish to a whole HTML document whose root language is `rootLang`. */
export function finishTypography(html: string, rootLang: string): string {
  const stack: Frame[] = [];
  let skip = 0;
  // the document is copied in pieces: the unchanged run since `done`, then each changed text
  const parts: string[] = [];
  let done = 0;
  const langNow = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.lang !== undefined) return stack[i]!.lang!;
    return rootLang;
  };
  const re = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/?([A-Za-z][\w:-]*)([^>]*)>|[^<]+|</g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const tok = m[0];
    if (m[1]) {
      const tag = m[1].toLowerCase();
      if (tok.charCodeAt(1) === 0x2f /* / */) {
        // pop to the matching open tag (tolerates an unclosed element inside)
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.tag === tag) {
            for (let j = stack.length - 1; j >= i; j--) if (SKIP.has(stack[j]!.tag)) skip--;
            stack.length = i;
            break;
          }
        }
      } else if (!VOID.has(tag) && !tok.endsWith('/>')) {
        const attrs = m[2]!;
        const lang = LANG_WORD.test(attrs) ? LANG_ATTR.exec(attrs)?.[1] : undefined;
        stack.push({ tag, lang: tag === 'html' ? (lang ?? rootLang) : lang });
        if (SKIP.has(tag)) skip++;
      }
    } else if (skip === 0 && tok.charCodeAt(0) !== 0x3c /* < */ && TOUCHED.test(tok)) {
      const fr = langNow().toLowerCase().startsWith('fr');
      const finished = bindUnits(fr ? frenchSpacing(tok) : tok, fr);
      if (finished !== tok) {
        parts.push(html.slice(done, m.index), finished);
        done = m.index + tok.length;
      }
    }
  }
  if (!parts.length) return html;
  parts.push(html.slice(done));
  return parts.join('');
}

/** Characters the finish may act on (a text without any is left as it is). */
const TOUCHED = /[:;?!«»\d]/;
/** The lang attribute, looked for only in a tag whose attributes mention it. */
const LANG_WORD = /lang/i;
const LANG_ATTR = /\slang\s*=\s*"([^"]*)"/i;
