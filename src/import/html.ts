// The HTML mammoth writes for a Word document, read into a small tree. mammoth's output is
// well formed and limited (p, h1–h6, ul/ol/li, table/tr/td/th, strong, em, u, s, sup, sub, a,
// br, img), with text escaped as &amp; &lt; &gt; &quot;: a linear scanner is enough and keeps the
// work proportional to the document.

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'img', 'hr', 'col']);
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITY[e.toLowerCase()] ?? m;
  });
}

/** Parses an HTML fragment into a tree. Unclosed elements are closed at the end of their parent. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const re =
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) stack[stack.length - 1]!.children.push(decodeEntities(html.slice(last, m.index)));
    last = re.lastIndex;
    if (m[2] === undefined) continue; // comment
    const tag = m[2].toLowerCase();
    if (m[1]) {
      const i = stack.map((e) => e.tag).lastIndexOf(tag);
      if (i > 0) stack.length = i;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    const el: HtmlElement = { tag, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    if (!VOID.has(tag) && !m[4]) stack.push(el);
  }
  if (last < html.length) stack[stack.length - 1]!.children.push(decodeEntities(html.slice(last)));
  return root;
}

/** The text of a node, with <br> as a line break. */
export function textOf(n: HtmlNode): string {
  if (typeof n === 'string') return n;
  if (n.tag === 'br') return '\n';
  if (n.tag === 'img') return n.attrs['alt'] ? `[${n.attrs['alt']}]` : '';
  return n.children.map(textOf).join('');
}
