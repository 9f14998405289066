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

const SANITIZE: sanitizeHtml.IOptions = {
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
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs['href']?.startsWith('#') ? attribs : { ...attribs, rel: 'noopener noreferrer' },
    }),
    table: (tagName, attribs) => ({ tagName, attribs: { ...attribs, class: 'md-table' } }),
  },
};

/** Runs any HTML through the report's allow-list. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
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
  const p = parser();
  const env: CitationEnv = {
    ...(opts.refs ? { refs: opts.refs } : {}),
    ...(opts.docId ? { docId: opts.docId } : {}),
  };
  setQuotes(p, opts.lang);
  const tokens = p.parse(text, env);
  adjust(tokens, Math.max(2, Math.min(6, opts.headingBase ?? 3)));
  return sanitize(p.renderer.render(tokens, p.options, env)).trim();
}

/** One-line Markdown (a title): emphasis and code kept, no block elements, no links. */
export function renderInlineMarkdown(text: string, refs?: ReadonlyMap<string, number>, lang?: string): string {
  setQuotes(parser(), lang);
  const html = parser().renderInline(text.replace(/\s*\n\s*/g, ' ').trim(), refs ? { refs } : {});
  return sanitizeHtml(html, {
    allowedTags: ['strong', 'em', 's', 'code', 'sup', 'sub', 'span'],
    allowedAttributes: { span: ['class'] },
    allowedClasses: { span: ['cite'] },
    disallowedTagsMode: 'discard',
    nonTextTags: SANITIZE.nonTextTags!,
  });
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
