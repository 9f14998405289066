// mammoth's HTML tree → a flat list of document blocks (headings, paragraphs, lists, tables,
// boxes), each with its plain text and its Markdown. Bold, italic, strike-through and links
// become Markdown; other formatting is dropped, its text kept.
import { textOf, type HtmlElement, type HtmlNode } from './html.js';

export type Block =
  | { kind: 'heading'; level: number; text: string; md: string; docTitle?: boolean }
  | { kind: 'para'; text: string; md: string; nodes: HtmlNode[]; toc?: boolean }
  | { kind: 'list'; text: string; md: string; items: string[] }
  | { kind: 'table'; text: string; md: string; rows: Cell[][] }
  /** A one-cell table: a shaded box (practice, next steps, guiding questions). */
  | { kind: 'box'; text: string; md: string; blocks: Block[] };

export interface Cell {
  text: string;
  md: string;
  header: boolean;
}

/** Tabs and no-break spaces as spaces; control characters (never text in a review) dropped. */
const clean = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[\t\u00a0]+/g, ' ')
    .replace(/[ \r]+/g, ' ');

/** Escapes what would change meaning in Markdown text. */
export function escapeMd(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/([*`])/g, '\\$1')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'))
    .replace(/\[(?=[^\]]*\]\()/g, '\\[');
}

/** Escapes what would start a Markdown block at the beginning of a line. */
function escapeLineStart(s: string): string {
  return s.replace(
    /^(\s*)(#{1,6}(?=\s)|>|[-+](?=\s)|(\d+)([.)])(?=\s))/gm,
    (m, sp: string, mark: string, num?: string, p?: string) => (num ? `${sp}${num}\\${p}` : `${sp}\\${mark}`),
  );
}

const safeHref = (h: string | undefined) =>
  h && /^(https?:\/\/|mailto:)[^\s<>"]+$/i.test(h.trim()) ? h.trim() : undefined;

/** Merges adjacent elements with the same formatting (<strong>a</strong><strong>b</strong>). */
function merged(nodes: readonly HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if (
      typeof n !== 'string' &&
      prev &&
      typeof prev !== 'string' &&
      prev.tag === n.tag &&
      ['strong', 'em', 's', 'b', 'i', 'u'].includes(n.tag)
    )
      out[out.length - 1] = { ...prev, children: [...prev.children, ...n.children] };
    else out.push(n);
  }
  return out;
}

function wrap(inner: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : inner;
}

/** Inline HTML → Markdown. */
export function inlineMd(nodes: readonly HtmlNode[]): string {
  let out = '';
  for (const n of merged(nodes)) {
    if (typeof n === 'string') {
      out += escapeMd(clean(n));
      continue;
    }
    const inner = () => inlineMd(n.children);
    switch (n.tag) {
      case 'strong':
      case 'b':
        out += wrap(inner(), '**');
        break;
      case 'em':
      case 'i':
        out += wrap(inner(), '*');
        break;
      case 's':
      case 'del':
        out += wrap(inner(), '~~');
        break;
      case 'br':
        out += '\\\n';
        break;
      case 'img':
        out += n.attrs['alt'] ? `[${escapeMd(n.attrs['alt'])}]` : '';
        break;
      case 'a': {
        const href = safeHref(n.attrs['href']);
        const text = inner();
        if (!href) out += text;
        else if (clean(textOf(n)).trim() === href) out += href;
        else out += `[${text}](${href.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
        break;
      }
      default:
        out += inner();
    }
  }
  return out;
}

const tidy = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/[ ]+$/, ''))
    .join('\n')
    .replace(/^ +/, '')
    .trim();

function listMd(el: HtmlElement, depth: number, items: string[]): string {
  const lines: string[] = [];
  let n = Number(el.attrs['start'] ?? 1) || 1;
  for (const li of el.children) {
    if (typeof li === 'string' || li.tag !== 'li') continue;
    const own = li.children.filter((c) => typeof c === 'string' || (c.tag !== 'ul' && c.tag !== 'ol'));
    const text = tidy(
      escapeLineStart(
        inlineMd(own.flatMap((c) => (typeof c !== 'string' && c.tag === 'p' ? [...c.children, ' '] : [c]))),
      ),
    );
    items.push(clean(own.map(textOf).join(' ')).trim());
    const marker = el.tag === 'ol' ? `${n++}.` : '-';
    const indent = '   '.repeat(depth);
    lines.push(`${indent}${marker} ${text.replace(/\n/g, `\n${indent}   `)}`);
    for (const sub of li.children)
      if (typeof sub !== 'string' && (sub.tag === 'ul' || sub.tag === 'ol')) lines.push(listMd(sub, depth + 1, items));
  }
  return lines.join('\n');
}

function cellOf(td: HtmlElement): { cell: Cell; blocks: Block[] } {
  const blocks = toBlocks(td.children);
  const text = blocks
    .map((b) => b.text)
    .join('\n')
    .trim();
  const md = blocks
    .map((b) => b.md)
    .join(' ')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
  return { cell: { text, md, header: td.tag === 'th' }, blocks };
}

function tableBlock(el: HtmlElement): Block {
  const rows: Cell[][] = [];
  const cellBlocks: Block[][] = [];
  const visit = (e: HtmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'tr') {
        const row: Cell[] = [];
        for (const td of c.children) {
          if (typeof td === 'string' || (td.tag !== 'td' && td.tag !== 'th')) continue;
          const { cell, blocks } = cellOf(td);
          row.push(cell);
          cellBlocks.push(blocks);
        }
        rows.push(row);
      } else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') visit(c);
    }
  };
  visit(el);
  // a box: one cell, or (a practice as gcm-review exports it) a header row with its label and
  // title, which Word repeats on each page the box runs on to, above one cell
  const titledBox =
    rows.length === 2 && rows.every((r) => r.length === 1) && rows[0]![0]!.header && !rows[1]![0]!.header;
  if ((rows.length === 1 && rows[0]!.length === 1) || titledBox) {
    const blocks = cellBlocks.flat();
    return {
      kind: 'box',
      text: blocks.map((b) => b.text).join('\n'),
      md: blocks.map((b) => b.md).join('\n\n'),
      blocks,
    };
  }
  // a header row in bold (as Word tables have it) is a header row, not bold text
  const bold = /^\*\*([^*]*)\*\*$/;
  if (rows.length > 1 && rows[0]!.every((c) => !c.md || bold.test(c.md)))
    for (const c of rows[0]!) {
      c.md = c.md.replace(bold, '$1');
      c.header = true;
    }
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
  const md = rows.length
    ? [
        line(rows[0]!.map((c) => c.md)),
        line(Array(width).fill('---')),
        ...rows.slice(1).map((r) => line(r.map((c) => c.md))),
      ].join('\n')
    : '';
  return { kind: 'table', text: rows.map((r) => r.map((c) => c.text).join(' | ')).join('\n'), md, rows };
}

/** The document's blocks in order. */
export function toBlocks(nodes: readonly HtmlNode[]): Block[] {
  const out: Block[] = [];
  let loose: HtmlNode[] = [];
  const flush = () => {
    if (loose.some((n) => textOf(n).trim())) out.push(paraBlock(loose));
    loose = [];
  };
  for (const n of nodes) {
    if (typeof n === 'string') {
      loose.push(n);
      continue;
    }
    const hm = /^h([1-6])$/.exec(n.tag);
    if (hm) {
      flush();
      const text = clean(textOf(n)).trim();
      if (text)
        out.push({
          kind: 'heading',
          level: Number(hm[1]),
          text,
          md: tidy(inlineMd(n.children)),
          ...(n.attrs['class'] === 'doc-title' ? { docTitle: true } : {}),
        });
    } else if (n.tag === 'p') {
      flush();
      if (textOf(n).trim()) out.push(paraBlock(n.children));
    } else if (n.tag === 'ul' || n.tag === 'ol') {
      flush();
      const items: string[] = [];
      const md = listMd(n, 0, items);
      if (items.some(Boolean)) out.push({ kind: 'list', text: items.join('\n'), md, items });
    } else if (n.tag === 'table') {
      flush();
      const t = tableBlock(n);
      if (t.text.trim()) out.push(t);
    } else if (n.tag === 'div' || n.tag === 'section' || n.tag === 'blockquote') {
      flush();
      out.push(...toBlocks(n.children));
    } else loose.push(n);
  }
  flush();
  return out;
}

function paraBlock(nodes: HtmlNode[]): Block {
  const text = clean(nodes.map(textOf).join('')).trim();
  const toc =
    nodes.length > 0 &&
    nodes.every((n) => typeof n !== 'string' && n.tag === 'a' && /^#_?Toc/i.test(n.attrs['href'] ?? ''));
  return { kind: 'para', text, md: tidy(escapeLineStart(inlineMd(nodes))), nodes, ...(toc ? { toc: true } : {}) };
}

/** Splits a paragraph at its bold lead-in: "(c) Gaps: text" → ["(c) Gaps:", rest nodes]. */
export function leadIn(b: Block): { lead: string; rest: HtmlNode[] } | undefined {
  if (b.kind !== 'para') return undefined;
  const nodes = b.nodes.filter((n) => typeof n !== 'string' || n.trim());
  const first = nodes[0];
  if (!first || typeof first === 'string' || (first.tag !== 'strong' && first.tag !== 'b')) return undefined;
  const lead = clean(textOf(first)).trim();
  const idx = b.nodes.indexOf(first);
  return { lead, rest: b.nodes.slice(idx + 1) };
}

export function restBlock(rest: HtmlNode[]): Block | undefined {
  const text = clean(rest.map(textOf).join('')).trim();
  if (!text) return undefined;
  return paraBlock(rest);
}
