// Review → one self-contained HTML document (inline CSS and SVG, no external resources).
// The same document, with page numbers in the table of contents, is what Chromium prints.
import { buildReportModel, type ModelOptions, type Paper, type ReportOrder } from '../model/index.js';
import type { ReportModel } from '../model/types.js';
import type { Review } from '../schema/types.js';
import { finishTypography } from '../i18n/typography.js';
import { cssForStyleElement, cssString, type TemplateSet } from './templates.js';

/** Paper sizes in millimetres. */
export const PAPER_SIZES: Readonly<Record<Paper, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Page margins in millimetres (the running header and footer sit inside them). */
export const PAGE_MARGINS = { top: 24, bottom: 20, inline: 20 } as const;

export interface PageGeometry {
  width: number;
  height: number;
  contentWidth: number;
  contentHeight: number;
}

export function pageGeometry(paper: Paper): PageGeometry {
  const { width, height } = PAPER_SIZES[paper];
  return {
    width,
    height,
    contentWidth: width - 2 * PAGE_MARGINS.inline,
    contentHeight: height - PAGE_MARGINS.top - PAGE_MARGINS.bottom,
  };
}

const mm = (n: number) => `${Number(n.toFixed(3))}mm`;

/**
 * Page rules: size, margins, and the page-margin boxes: running header (country, cycle) at the
 * top start, the draft label at the top end, "page X of Y" at the bottom. No header or footer on
 * the cover. The texts come from custom properties the report template sets on <html>; on a page
 * that begins inside an objective or a practice box, --gcm-running names it ("Objective 1
 * (continued)", see running.ts).
 */
export function pageCss(paper: Paper, dir: 'ltr' | 'rtl', runningHeader?: string): string {
  const g = pageGeometry(paper);
  const start = dir === 'rtl' ? 'right' : 'left';
  const end = dir === 'rtl' ? 'left' : 'right';
  // the font list is written out: page-margin boxes do not see the document's custom properties.
  // Arabic comes from Noto Naskh Arabic, as in the body: text set in Noto Kufi Arabic or Noto Sans
  // Arabic extracts with lam-alef reversed ("نخالن" for "نخلان"), so a search of the PDF fails
  const box =
    "font-family: 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans CJK SC', sans-serif; font-size: 7.5pt; color: var(--color-muted);";
  return `
:root { --gcm-page-width: ${mm(g.width)}; --gcm-page-height: ${mm(g.height)}; }
@page {
  size: ${mm(g.width)} ${mm(g.height)};
  margin: ${mm(PAGE_MARGINS.top)} ${mm(PAGE_MARGINS.inline)} ${mm(PAGE_MARGINS.bottom)};
  @top-${start} { content: var(--gcm-running, var(--gcm-running-header)); ${box} vertical-align: bottom; padding-bottom: 7mm; }
  @top-${end} { content: var(--gcm-draft-label, none); ${box} font-weight: 700; color: var(--color-draft); vertical-align: bottom; padding-bottom: 7mm; }
  @bottom-center { content: var(--gcm-page-footer); ${box} vertical-align: top; padding-top: 7mm; }
}
${
  // the running header of every page until the page script writes the continued pages in (the
  // default template sets --gcm-running to this counter style from the start, see running.ts)
  runningHeader !== undefined
    ? `@counter-style gcm-running { system: cyclic; symbols: ${cssString(runningHeader)}; }\n`
    : ''
}@page :first {
  margin: 0;
  @top-${start} { content: none; }
  @top-${end} { content: none; }
  @bottom-center { content: none; }
}
`;
}

/**
 * Screen layout that predicts the printed pages (PDF pipeline only, while <html> has the class
 * gcm-paginate): the body becomes a row of columns exactly one page area wide and high, so an
 * element's column is its page. Page breaks become column breaks; the cover fills one column.
 */
export function paginateCss(paper: Paper): string {
  const g = pageGeometry(paper);
  return `
html.gcm-paginate body { width: ${mm(g.contentWidth)}; height: ${mm(g.contentHeight)}; column-width: ${mm(g.contentWidth)}; column-gap: 0; column-fill: auto; margin: 0; padding: 0; }
html.gcm-paginate .page-break-before { break-before: column; }
html.gcm-paginate .cover { height: ${mm(g.contentHeight)} !important; min-height: 0 !important; break-after: column; }
`;
}

export interface HtmlOptions {
  lang?: string;
  order?: ReportOrder;
  paper?: Paper;
  /** 'pdf': the document Chromium prints (table of contents with page numbers); 'html': the file for browsers. */
  mode: 'pdf' | 'html';
  templates: TemplateSet;
  /** Leave personal contact data out (render --public). */
  public?: boolean;
  /** gcm-review version, for the cover line and the generator tag (the CLI passes its own). */
  version?: string;
}

export function modelFor(review: Review, opts: HtmlOptions): ReportModel {
  const mo: ModelOptions = {
    mode: opts.mode,
    order: opts.order ?? 'objective',
    paper: opts.paper ?? 'A4',
    ...(opts.version ? { version: opts.version } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.templates.logo ? { theme: { logo: opts.templates.logo } } : {}),
    ...(opts.public ? { public: true } : {}),
  };
  return buildReportModel(review, mo);
}

/** The complete HTML document of a report. */
export function reportHtml(review: Review, opts: HtmlOptions): string {
  const model = modelFor(review, opts);
  return htmlForModel(model, opts.templates);
}

export function htmlForModel(model: ReportModel, templates: TemplateSet): string {
  const css = [
    templates.styles,
    pageCss(model.paper, model.dir, model.meta.runningHeader),
    model.mode === 'pdf' ? paginateCss(model.paper) : '',
    templates.theme,
  ].join('\n');
  // language finish (French spacing, numbers kept with their units) over the whole document
  const html = finishTypography(lockDown(templates.render(model, cssForStyleElement(css))), model.lang);
  if (model.mode !== 'pdf') return html;
  // the default report.hbs sets the class itself; a custom one may not
  const paged = /<html\b[^>]*\bgcm-paginate\b/.test(html.slice(0, 2000)) ? html : addRootClass(html, 'gcm-paginate');
  return langForTaggedPdf(paged);
}

/**
 * Chromium's tagged PDF gives a structure element its own /Lang only when the element is in the
 * accessibility tree: a plain <span lang> or <bdi lang> is left out (its text then reads in the
 * document's language). role="generic" (a span's own role, so nothing changes for a screen
 * reader) keeps it in, and the PDF carries the language of inline text in another language.
 */
export function langForTaggedPdf(html: string): string {
  return html.replace(/<(span|bdi)\b(?=[^>]*\slang=)(?![^>]*\srole=)/g, '<$1 role="generic"');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references decoded: numeric ones, and the named ones the report's HTML uses (others kept). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
function htmlText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Descriptions of the report's links for the PDF's link annotations (/Contents, PDF/UA 7.18.5):
 * by destination (element id) and by web address. A link's own text, followed by the text of what
 * it points to when the link text has no words ("[3]", a page number); a web address's link text
 * with the address.
 */
export function linkDescriptions(html: string): { dests: Record<string, string>; uris: Record<string, string> } {
  const targets = new Map<string, string>();
  for (const m of html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*\sid="([^"]+)"[^>]*>/gi)) {
    const id = htmlText(m[2]!);
    if (targets.has(id)) continue;
    const after = html.slice(m.index + m[0].length, m.index + m[0].length + 3000);
    const close = after.indexOf(`</${m[1]!}>`);
    const text = htmlText(close >= 0 ? after.slice(0, close) : after);
    targets.set(id, text.length > 160 ? `${text.slice(0, 159)}…` : text);
  }
  const dests: Record<string, string> = {};
  const uris: Record<string, string> = {};
  const words = /\p{L}{2}/u;
  for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const href = htmlText(m[1]!);
    // a contents entry's page number is written in at print time: left out
    const text = htmlText(m[2]!.replace(/<([a-z]+)\b[^>]*\sdata-page-of=[^>]*>[^<]*<\/\1>/gi, ''));
    if (href.startsWith('#')) {
      const id = href.slice(1);
      if (Object.hasOwn(dests, id)) continue;
      const target = targets.get(id) ?? '';
      dests[id] = (words.test(text) ? text : `${text} ${target}`).trim() || id;
    } else if (!Object.hasOwn(uris, href)) {
      uris[href] = words.test(text) && text !== href ? `${text} (${href})` : href;
    }
  }
  return { dests, uris };
}

/**
 * What the page may load, whatever a (custom) template writes: nothing but inline styles and
 * data: images and fonts. The policy is the first thing in <head>; <link> elements that ask the
 * browser to fetch ahead (prefetch, preload, preconnect, dns-prefetch, prerender, modulepreload)
 * are removed, since a browser may start those outside the page's own requests.
 */
export const CSP =
  "default-src 'none'; style-src 'unsafe-inline' data:; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";
const FETCH_AHEAD =
  /<link\b[^>]*\brel\s*=\s*["']?[^"'>]*\b(?:prefetch|preload|preconnect|dns-prefetch|prerender|modulepreload)\b[^>]*>/gi;

export function lockDown(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  const out = html.replace(FETCH_AHEAD, '');
  const head = /<head\b[^>]*>/i.exec(out);
  if (head) return out.slice(0, head.index + head[0].length) + meta + out.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(out);
  const at = doctype ? doctype[0].length : 0;
  return out.slice(0, at) + `<head>${meta}</head>` + out.slice(at);
}

/** Adds a class to the <html> element of a document (with or without a class attribute). */
export function addRootClass(html: string, cls: string): string {
  const m = /<html\b[^>]*>/i.exec(html);
  if (!m) return html;
  const tag = m[0];
  const withClass = /\sclass\s*=\s*"/i.test(tag)
    ? tag.replace(/(\sclass\s*=\s*")/i, `$1${cls} `)
    : tag.replace(/^<html/i, `<html class="${cls}"`);
  return html.slice(0, m.index) + withClass + html.slice(m.index + tag.length);
}
