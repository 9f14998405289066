// Narrative text → safe HTML. Markdown (emphasis, lists, links, tables) through markdown-it with
// raw HTML turned off, then sanitize-html with a short allow-list, so nothing a review contains
// can put a script, a style, an image, a frame or a non-web link on the page.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

type Token = ReturnType<MarkdownIt['parse']>[number];

let md: MarkdownIt | undefined;
function parser(): MarkdownIt {
  if (md) return md;
  md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  // images never load: an image in a narrative becomes its description, in brackets
  md.renderer.rules['image'] = (tokens, idx, _opts, env, self) => {
    const token = tokens[idx]!;
    const alt = self.renderInlineAsText(token.children ?? [], md!.options, env);
    return alt ? `[${md!.utils.escapeHtml(alt)}]` : '';
  };
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
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    ol: ['start'],
    th: ['scope', 'style'],
    td: ['style'],
    table: ['class'],
  },
  allowedStyles: {
    th: { 'text-align': [/^(start|end|center)$/] },
    td: { 'text-align': [/^(start|end|center)$/] },
  },
  allowedClasses: { table: ['md-table'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'svg', 'math'],
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
    table: (tagName, attribs) => ({ tagName, attribs: { ...attribs, class: 'md-table' } }),
  },
};

/** Runs any HTML through the report's allow-list. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

export interface MarkdownOptions {
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
  const env = {};
  const tokens = p.parse(text, env);
  adjust(tokens, Math.max(2, Math.min(6, opts.headingBase ?? 3)));
  return sanitize(p.renderer.render(tokens, p.options, env)).trim();
}

/** One-line Markdown (a title): emphasis and code kept, no block elements, no links. */
export function renderInlineMarkdown(text: string): string {
  const html = parser().renderInline(text.replace(/\s*\n\s*/g, ' ').trim());
  return sanitizeHtml(html, {
    allowedTags: ['strong', 'em', 's', 'code', 'sup', 'sub'],
    allowedAttributes: {},
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
