// Narrative text → safe HTML. Markdown (emphasis, lists, links, tables) through markdown-it with
// raw HTML turned off, then sanitize-html with a short allow-list, so nothing a review contains
// can put a script, a style, an image, a frame or a non-web link on the page.
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import sanitizeHtml from 'sanitize-html';
import { CITATION, citationIds } from '../schema/evidence.js';

type Token = ReturnType<MarkdownIt['parse']>[number];

let md: MarkdownIt | undefined;
function parser(): MarkdownIt {
  if (md) return md;
  // typographer for curly quotes (per language, see QUOTES); its other replacements are off:
  // "(c)" is a question letter here, not ©
  md = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
  md.disable('replacements');
  // images never load: an image in a narrative becomes its description, in brackets
  md.renderer.rules['image'] = (tokens, idx, _opts, env, self) => {
    const token = tokens[idx]!;
    const alt = self.renderInlineAsText(token.children ?? [], md!.options, env);
    return alt ? `[${md!.utils.escapeHtml(alt)}]` : '';
  };
  addEvidenceRules(md);
  // a web address written out as the link's text is shown shortened past LINK_DISPLAY characters:
  // the link still leads to the whole address, and a printed page carries one short link, not an
  // annotation for each of the many lines a long address would wrap over
  md.core.ruler.push('shorten_links', (state) => {
    for (const block of state.tokens) {
      const kids = block.children ?? [];
      for (let i = 0; i + 1 < kids.length; i++) {
        const open = kids[i]!;
        const text = kids[i + 1]!;
        if (
          open.type === 'link_open' &&
          (open.markup === 'linkify' || open.markup === 'autolink') &&
          text.type === 'text'
        )
          text.content = displayLink(text.content);
      }
    }
  });
  return md;
}

/** Longest web address shown in full; longer ones keep their start and end around an ellipsis. */
export const LINK_DISPLAY = 80;
export function displayLink(href: string): string {
  if (href.length <= LINK_DISPLAY) return href;
  return `${href.slice(0, LINK_DISPLAY - 21)}…${href.slice(-20)}`;
}

// ---- issue 15: citations [@id] and footnotes [^1] ----------------------------------------------

/** What a narrative's citations and footnotes need: reference numbers, and a unique prefix for footnote ids. */
export interface CitationEnv {
  /** Reference id → its number in the References section. */
  refs?: ReadonlyMap<string, number>;
  /** Footnote ids of this text are prefixed with it, so two texts never share an id. */
  docId?: string;
}

const CITE_AT = new RegExp(CITATION.source, 'y');

/** "[1]" or "[1, 3]", each number a link to the References section (unknown ids stay as written). */
export function citationHtml(ids: readonly string[], refs: ReadonlyMap<string, number> | undefined): string {
  if (!ids.every((id) => refs?.has(id))) return escapeHtml(`[@${ids.join('; @')}]`);
  const links = ids.map((id) => `<a class="cite" href="#ref-${escapeHtml(id)}">${refs!.get(id)}</a>`);
  return `<span class="cite">[${links.join(', ')}]</span>`;
}

function addEvidenceRules(p: MarkdownIt): void {
  p.use(footnote as unknown as (md: MarkdownIt) => void);
  // footnote marks are superscript numbers; citations are bracketed numbers
  p.renderer.rules['footnote_caption'] = (tokens, idx) => {
    const meta = tokens[idx]!.meta as { id: number; subId: number };
    return String(meta.id + 1) + (meta.subId > 0 ? `:${meta.subId}` : '');
  };
  p.inline.ruler.before('link', 'gcm_citation', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x40 /* @ */)
      return false;
    CITE_AT.lastIndex = state.pos;
    const m = CITE_AT.exec(state.src);
    if (!m) return false;
    if (!silent) {
      const token = state.push('gcm_citation', '', 0);
      token.meta = { ids: citationIds(m[1]!) };
    }
    state.pos += m[0].length;
    return true;
  });
  p.renderer.rules['gcm_citation'] = (tokens, idx, _o, env: CitationEnv) =>
    citationHtml((tokens[idx]!.meta as { ids: string[] }).ids, env.refs);
}

/** The report's allow-list for narratives (block level). Exported for the tests that hold the fast path to it. */
export const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
    'sup',
    'sub',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'span',
    'section',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'id', 'class'],
    ol: ['start', 'class'],
    li: ['id', 'class'],
    sup: ['class'],
    span: ['class'],
    section: ['class'],
    hr: ['class'],
    th: ['scope', 'style'],
    td: ['style'],
    table: ['class'],
  },
  allowedStyles: {
    th: { 'text-align': [/^(start|end|center)$/] },
    td: { 'text-align': [/^(start|end|center)$/] },
  },
  allowedClasses: {
    table: ['md-table'],
    a: ['cite', 'footnote-backref'],
    span: ['cite'],
    sup: ['footnote-ref'],
    section: ['footnotes'],
    ol: ['footnotes-list'],
    li: ['footnote-item'],
    hr: ['footnotes-sep'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'svg', 'math'],
  // (the fast path below does the same two changes: keep them in step with FAST_BLOCK)
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs['href']?.startsWith('#') ? attribs : { ...attribs, rel: LINK_REL },
    }),
    table: (tagName, attribs) => ({ tagName, attribs: { ...attribs, class: TABLE_CLASS } }),
  },
};
const LINK_REL = 'noopener noreferrer';
const TABLE_CLASS = 'md-table';

/** The allow-list for one-line texts (titles): emphasis and code, citations; links lose their tag. */
export const SANITIZE_INLINE: sanitizeHtml.IOptions = {
  allowedTags: ['strong', 'em', 's', 'code', 'sup', 'sub', 'span'],
  allowedAttributes: { span: ['class'] },
  allowedClasses: { span: ['cite'] },
  disallowedTagsMode: 'discard',
  nonTextTags: SANITIZE.nonTextTags!,
};

/** Runs any HTML through the report's allow-list. */
export function sanitize(html: string): string {
  return sanitizeWith(html, FAST_BLOCK, SANITIZE);
}

/** Runs any HTML through the titles' allow-list. */
export function sanitizeInline(html: string): string {
  return sanitizeWith(html, FAST_INLINE, SANITIZE_INLINE);
}

// ---- the sanitizer's fast path ------------------------------------------------------------------
// sanitize-html costs more per call than markdown-it's own parse (option maps, a new htmlparser2
// parser, entity decoding), and a report calls it hundreds of times. markdown-it's HTML is already
// nearly clean, so one strict pass over the string accepts only HTML whose reading by htmlparser2
// is beyond doubt and writes exactly what sanitize-html would write for it. Anything it does not
// fully understand (another tag, attribute form, entity, URL or nesting) goes to sanitize-html as
// before. The pass is linear in the input and runs no regular expression over it.

interface FastTag {
  /** A void element (br, hr): never closed; sanitize-html writes it as `<br />`. */
  readonly void: boolean;
  /** Attributes kept (sanitize-html drops the others). */
  readonly attrs: ReadonlySet<string>;
  /** Classes a class attribute may hold (any other one: left to sanitize-html). */
  readonly classes: ReadonlySet<string>;
  /** style values kept as written: exactly the form sanitize-html writes them in. */
  readonly styles: ReadonlySet<string>;
  /** Elements htmlparser2 closes when this one opens directly inside them: refused here. */
  readonly closes: ReadonlySet<string> | undefined;
}
interface FastPolicy {
  readonly tags: ReadonlyMap<string, FastTag>;
  /** Disallowed tags sanitize-html drops while keeping their content. */
  readonly unwrap: ReadonlySet<string>;
  /** href beginnings accepted (besides "#…"): the allowed schemes among http://, https://, mailto:. */
  readonly hrefs: readonly string[];
  /** SANITIZE's transformTags: rel on links not to "#…", the table's class. */
  readonly linkRel: boolean;
  readonly tableClass: boolean;
}

// htmlparser2 10 (Parser.js: openImpliesClose, voidElements) for the tags modelled here; other
// tags never take the fast path.
const P_ONLY = new Set(['p']);
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'ol', 'ul', 'pre', 'section', 'table'].map(
    (t): [string, ReadonlySet<string>] => [t, P_ONLY],
  ),
]);
const VOID_TAGS = new Set(['br', 'hr']);
const MODELLED_TAGS = new Set([
  ...IMPLIES_CLOSE.keys(),
  ...VOID_TAGS,
  'thead',
  'a',
  'strong',
  'em',
  's',
  'code',
  'sup',
  'sub',
  'span',
]);
const TEXT_ALIGN = ['start', 'end', 'center'];
const HREF_STARTS: Readonly<Record<string, string>> = { http: 'http://', https: 'https://', mailto: 'mailto:' };
/** Options the fast path knows the meaning of; any other one switches it off for that allow-list. */
const KNOWN_OPTIONS = new Set([
  'allowedTags',
  'allowedAttributes',
  'allowedClasses',
  'allowedStyles',
  'allowedSchemes',
  'allowedSchemesAppliedToAttributes',
  'allowProtocolRelative',
  'disallowedTagsMode',
  'nonTextTags',
  'transformTags',
]);
/** More attributes than this on one tag: left to sanitize-html (keeps the duplicate check linear). */
const MAX_ATTRS = 8;

function fastPolicy(
  o: sanitizeHtml.IOptions,
  transforms: { linkRel: boolean; tableClass: boolean },
): FastPolicy | undefined {
  const transformed = Object.keys(o.transformTags ?? {}).sort();
  const expected = [...(transforms.linkRel ? ['a'] : []), ...(transforms.tableClass ? ['table'] : [])];
  if (
    Object.keys(o).some((k) => !KNOWN_OPTIONS.has(k)) ||
    (o.disallowedTagsMode ?? 'discard') !== 'discard' ||
    transformed.join() !== expected.join() ||
    !Array.isArray(o.allowedTags) ||
    !o.allowedAttributes ||
    '*' in o.allowedAttributes ||
    '*' in (o.allowedClasses ?? {}) ||
    '*' in (o.allowedStyles ?? {})
  )
    return undefined;
  const tags = new Map<string, FastTag>();
  for (const tag of o.allowedTags) {
    if (!MODELLED_TAGS.has(tag)) continue;
    const listed = o.allowedAttributes[tag] ?? [];
    const classList = o.allowedClasses?.[tag];
    // attributes with value lists or globs, class patterns: sanitize-html's business
    if (listed.some((a) => typeof a !== 'string' || a.includes('*'))) continue;
    if (classList !== undefined && !Array.isArray(classList)) continue;
    const attrs = new Set(listed as string[]);
    if (classList) attrs.add('class');
    const classes = new Set((classList ?? []).filter((c): c is string => typeof c === 'string' && !c.includes('*')));
    const align = o.allowedStyles?.[tag]?.['text-align'] ?? [];
    const styles = new Set(TEXT_ALIGN.filter((v) => align.some((r) => r.test(v))).map((v) => `text-align:${v}`));
    tags.set(tag, { void: VOID_TAGS.has(tag), attrs, classes, styles, closes: IMPLIES_CLOSE.get(tag) });
  }
  const allowedTags = o.allowedTags;
  const nonText = o.nonTextTags ?? [];
  const schemes = o.allowedSchemes ?? sanitizeHtml.defaults.allowedSchemes;
  if (!Array.isArray(schemes)) return undefined;
  return {
    tags,
    // a link's tag goes and its text stays where links are not allowed
    unwrap: new Set(['a'].filter((t) => !allowedTags.includes(t) && !nonText.includes(t))),
    hrefs: Object.keys(HREF_STARTS)
      .filter((s) => schemes.includes(s))
      .map((s) => HREF_STARTS[s]!),
    ...transforms,
  };
}

const AMP = 38;
const QUOT = 34;
const LT = 60;
const GT = 62;
const SLASH = 47;
const SPACE = 32;
const EQ = 61;
const DASH = 45;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Length of the entity at html[i] if it is &amp; &lt; &gt; or &quot; (what markdown-it writes), else 0. */
function entityLength(html: string, i: number): number {
  if (html.startsWith('&amp;', i)) return 5;
  if (html.startsWith('&lt;', i) || html.startsWith('&gt;', i)) return 4;
  if (html.startsWith('&quot;', i)) return 6;
  return 0;
}

interface RawTag {
  name: string;
  closing: boolean;
  /** Name and raw (still escaped) value, in the order written. */
  attrs: [string, string][];
  /** Ends with " />". */
  slash: boolean;
  /** Index after the closing ">". */
  end: number;
}

/**
 * The tag at html[i] ("<" there) in the one form accepted: lowercase name, attributes each after
 * one space as name="value" (value not empty; no < > or other entity), no duplicate attribute,
 * then ">" or " />"; undefined for anything else.
 */
function readTag(html: string, i: number): RawTag | undefined {
  let j = i + 1;
  const closing = html.charCodeAt(j) === SLASH;
  if (closing) j++;
  const start = j;
  if (!isLower(html.charCodeAt(j))) return undefined;
  while (isLower(html.charCodeAt(j)) || isDigit(html.charCodeAt(j))) j++;
  const name = html.slice(start, j);
  const attrs: [string, string][] = [];
  if (closing) return html.charCodeAt(j) === GT ? { name, closing, attrs, slash: false, end: j + 1 } : undefined;
  for (;;) {
    const c = html.charCodeAt(j);
    if (c === GT) return { name, closing, attrs, slash: false, end: j + 1 };
    if (c !== SPACE) return undefined;
    j++;
    if (html.charCodeAt(j) === SLASH)
      return html.charCodeAt(j + 1) === GT ? { name, closing, attrs, slash: true, end: j + 2 } : undefined;
    const a = j;
    if (!isLower(html.charCodeAt(j))) return undefined;
    while (isLower(html.charCodeAt(j)) || isDigit(html.charCodeAt(j)) || html.charCodeAt(j) === DASH) j++;
    if (html.charCodeAt(j) !== EQ || html.charCodeAt(j + 1) !== QUOT) return undefined;
    const attr = html.slice(a, j);
    j += 2;
    const v = j;
    for (;;) {
      const d = html.charCodeAt(j);
      if (d === QUOT) break;
      if (d === AMP) {
        const len = entityLength(html, j);
        if (!len) return undefined;
        j += len;
      } else if (d === LT || d === GT || j >= html.length) return undefined;
      else j++;
    }
    if (j === v || attrs.length >= MAX_ATTRS || attrs.some(([k]) => k === attr)) return undefined;
    attrs.push([attr, html.slice(v, j)]);
    j++;
  }
}

function withAttr(attrs: [string, string][], name: string, value: string): [string, string][] {
  return attrs.some(([k]) => k === name)
    ? attrs.map(([k, v]): [string, string] => [k, k === name ? value : v])
    : [...attrs, [name, value]];
}

function classesOk(value: string, allowed: ReadonlySet<string>): boolean {
  for (const c of value.split(' ')) if (!allowed.has(c)) return false;
  return true;
}

/** An allowed tag as sanitize-html writes it, or undefined where only sanitize-html can tell. */
function canonicalTag(tag: RawTag, rule: FastTag, pol: FastPolicy): string | undefined {
  let attrs = tag.attrs;
  if (tag.name === 'a' && pol.linkRel) {
    if (!attrs.find(([k]) => k === 'href')?.[1].startsWith('#')) attrs = withAttr(attrs, 'rel', LINK_REL);
  } else if (tag.name === 'table' && pol.tableClass) attrs = withAttr(attrs, 'class', TABLE_CLASS);
  let s = `<${tag.name}`;
  for (const [k, v] of attrs) {
    if (!rule.attrs.has(k)) continue;
    if (k === 'href' && !(v.startsWith('#') || pol.hrefs.some((h) => v.startsWith(h)))) return undefined;
    if (k === 'class' && !classesOk(v, rule.classes)) return undefined;
    if (k === 'style' && !rule.styles.has(v)) return undefined;
    s += ` ${k}="${v}"`;
  }
  return s + (rule.void ? ' />' : '>');
}

/**
 * What sanitize-html would return for html under the policy's allow-list, or undefined when the
 * HTML is not in the strict form this pass understands (then sanitize-html must be asked).
 */
function fastSanitize(html: string, pol: FastPolicy): string | undefined {
  const stack: string[] = [];
  let out = '';
  let done = 0; // html[0, done) is accounted for in out
  let i = 0;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === AMP) {
      // sanitize-html decodes text and escapes only & < > again: &quot; comes out as "
      const len = entityLength(html, i);
      if (!len) return undefined;
      if (len === 6) {
        out += `${html.slice(done, i)}"`;
        done = i + len;
      }
      i += len;
    } else if (c === GT) return undefined;
    else if (c !== LT) i++;
    else {
      const tag = readTag(html, i);
      if (!tag) return undefined;
      const rule = pol.tags.get(tag.name);
      if (!rule && !pol.unwrap.has(tag.name)) return undefined;
      if (tag.closing) {
        // only the innermost open element may close: anything else makes htmlparser2 guess
        if (stack.pop() !== tag.name) return undefined;
      } else {
        const top = stack[stack.length - 1];
        if (top !== undefined && rule?.closes?.has(top)) return undefined;
        if (!rule?.void) {
          if (tag.slash) return undefined;
          stack.push(tag.name);
        }
      }
      if (!rule) {
        out += html.slice(done, i);
        done = tag.end;
      } else if (!tag.closing) {
        const canon = canonicalTag(tag, rule, pol);
        if (canon === undefined) return undefined;
        if (canon.length !== tag.end - i || !html.startsWith(canon, i)) {
          out += html.slice(done, i) + canon;
          done = tag.end;
        }
      }
      i = tag.end;
    }
  }
  if (stack.length) return undefined;
  return done ? out + html.slice(done) : html;
}

const FAST_BLOCK = fastPolicy(SANITIZE, { linkRel: true, tableClass: true });
const FAST_INLINE = fastPolicy(SANITIZE_INLINE, { linkRel: false, tableClass: false });

/** How many snippets the fast path took and how many went to sanitize-html (for the tests). */
export const fastPathCounts = { fast: 0, fallback: 0 };
let sanitizeHtmlOnly = false;

/** Runs fn with sanitize-html alone, the fast path off: the reference the tests compare with. */
export function withSanitizeHtmlOnly<T>(fn: () => T): T {
  sanitizeHtmlOnly = true;
  try {
    return fn();
  } finally {
    sanitizeHtmlOnly = false;
  }
}

function sanitizeWith(html: string, fast: FastPolicy | undefined, options: sanitizeHtml.IOptions): string {
  if (sanitizeHtmlOnly) return sanitizeHtml(html, options);
  const quick = fast && fastSanitize(html, fast);
  if (quick !== undefined) {
    fastPathCounts.fast++;
    return quick;
  }
  fastPathCounts.fallback++;
  return sanitizeHtml(html, options);
}

/** Quotation marks per language: double open/close, single open/close. */
const QUOTES: Readonly<Record<string, string | string[]>> = {
  en: '“”‘’',
  fr: ['«\u00a0', '\u00a0»', '“', '”'],
  es: '«»“”',
  ar: '«»“”',
};
function setQuotes(p: MarkdownIt, lang: string | undefined): void {
  p.options.quotes = QUOTES[(lang ?? 'en').toLowerCase().split(/[-_]/)[0]!] ?? QUOTES['en']!;
}

export interface MarkdownOptions extends CitationEnv {
  /** Language of the text (its quotation marks). */
  lang?: string;
  /**
   * Heading level the narrative's own top-level headings take (2–6), so that "## Migration
   * profile" inside a section headed h1 becomes an h2 and the document outline stays in order.
   */
  headingBase?: number;
}

function adjust(tokens: Token[], base: number): void {
  let min = 7;
  for (const t of tokens) if (t.type === 'heading_open') min = Math.min(min, Number(t.tag.slice(1)));
  for (const t of tokens) {
    if (t.type === 'heading_open' || t.type === 'heading_close') {
      const level = Math.min(6, base + Number(t.tag.slice(1)) - min);
      t.tag = `h${level}`;
    } else if (t.type === 'th_open' || t.type === 'td_open') {
      const style = t.attrGet('style');
      if (style)
        t.attrSet(
          'style',
          style.replace('text-align:left', 'text-align:start').replace('text-align:right', 'text-align:end'),
        );
      if (t.type === 'th_open') t.attrSet('scope', 'col');
    }
  }
}

/** Markdown narrative → sanitized HTML (block level). */
export function renderMarkdown(text: string, opts: MarkdownOptions = {}): string {
  return sanitize(markdownHtml(text, opts)).trim();
}

/**
 * markdown-it's HTML for a narrative, NOT yet sanitized: never show it; renderMarkdown is what
 * the report uses. Exported for the tests that compare the fast path with sanitize-html.
 */
export function markdownHtml(text: string, opts: MarkdownOptions = {}): string {
  const p = parser();
  const env: CitationEnv = {
    ...(opts.refs ? { refs: opts.refs } : {}),
    ...(opts.docId ? { docId: opts.docId } : {}),
  };
  setQuotes(p, opts.lang);
  const tokens = p.parse(text, env);
  adjust(tokens, Math.max(2, Math.min(6, opts.headingBase ?? 3)));
  return p.renderer.render(tokens, p.options, env);
}

/** One-line Markdown (a title): emphasis and code kept, no block elements, no links. */
export function renderInlineMarkdown(text: string, refs?: ReadonlyMap<string, number>, lang?: string): string {
  return sanitizeInline(inlineMarkdownHtml(text, refs, lang));
}

/** markdown-it's HTML for a one-line text, NOT yet sanitized (see markdownHtml). */
export function inlineMarkdownHtml(text: string, refs?: ReadonlyMap<string, number>, lang?: string): string {
  setQuotes(parser(), lang);
  return parser().renderInline(text.replace(/\s*\n\s*/g, ' ').trim(), refs ? { refs } : {});
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#x60;',
  '=': '&#x3D;',
};
/** Escapes text for HTML content and attribute values (the same characters Handlebars escapes). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!);
}

/** A link target the report may show as a link: web and mail addresses only. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = url.trim();
  return /^(https?:\/\/|mailto:)[^\s<>"]+$/i.test(u) ? u : undefined;
}
