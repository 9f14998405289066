// Report model → an editable Word document (.docx), with the `docx` package. The same content,
// in the same order, as the PDF: the writer reads only the processed model (src/model), so every
// label, date, number and official title is already in the report language, and every narrative
// is already sanitized HTML. Narratives and inline rich text are turned into Word paragraphs and
// runs by docx's own HTML reader (docx/html), which maps <strong>, <em>, lists, tables, links,
// headings and lang/dir attributes to Word runs, list styles, tables and hyperlinks: the writer
// never parses Markdown, formats a date or resolves a label itself.
//
// Word features: real styles (Title, Heading 1–3, list styles, the "GCM Table" table style), a
// table-of-contents field Word updates on open, "Page X of Y" in the footer, the running header,
// a DRAFT watermark and header label for drafts, statistics and the support matrix as tables,
// practice boxes as shaded one-cell tables, the "At a glance" grid as a table, bookmarks on
// objectives (objective_7), right-to-left paragraphs and tables for Arabic, the language set on
// every run, and the review's keys as custom document properties (gcm-review import reads them).
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImportedXmlComponent,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { htmlToContent, htmlToRuns } from 'docx/html';
import { TextWatermark } from 'docx/watermarks';
import type {
  Block,
  NarrativePart,
  ObjectiveSection,
  PartView,
  PracticeView,
  ReportModel,
  StatisticView,
  SupportNeedView,
} from '../../model/types.js';

/** Custom document properties that carry the review's keys (read back by `gcm-review import`). */
export const DOCX_PROPERTY_PREFIX = 'gcm-review.';

/** A Word bookmark name for a report element id ("objective-7" → "objective_7"). */
export function bookmarkName(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40);
}

const FONT = 'Noto Sans';
const FONT_CS = 'Noto Naskh Arabic';
const COLOR = { ink: '1A1A1A', muted: '5A6270', accent: '0B5394', draft: 'B42318', box: 'EEF3F8', head: 'DCE6F0' };
const TABLE_STYLE = 'GcmTable';
/** Page width minus margins, in twentieths of a point (A4: 210 mm − 2 × 20 mm). */
const MM = 56.6929;

interface Ctx {
  m: ReportModel;
  rtl: boolean;
  lang: string;
}

// ---- text helpers -------------------------------------------------------------------------------

function run(ctx: Ctx, text: string, opts: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({
    text,
    ...(ctx.rtl ? { rightToLeft: true } : {}),
    ...opts,
  });
}

function para(
  ctx: Ctx,
  children: readonly ParagraphChild[],
  opts: ConstructorParameters<typeof Paragraph>[0] extends infer O ? Exclude<O, string> : never = {},
): Paragraph {
  return new Paragraph({ ...(ctx.rtl ? { bidirectional: true } : {}), ...opts, children: [...children] });
}

function text(ctx: Ctx, s: string, opts: Omit<IRunOptions, 'text'> = {}, style?: string): Paragraph {
  return para(ctx, [run(ctx, s, opts)], style ? { style } : {});
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x60;': '`',
  '&#x3D;': '=',
};

/**
 * The text of model HTML that holds no element (most titles and many paragraphs): docx's HTML
 * reader is not needed for it. Undefined when there is markup, or an entity the model's escaping
 * does not write.
 */
function plainText(html: string): string | undefined {
  if (html.includes('<')) return undefined;
  const text = html.replace(/&(?:amp|lt|gt|quot|#39|#x60|#x3D);/g, (e) => ENTITIES[e]!);
  return /&[#a-z0-9]+;/i.test(text) ? undefined : text;
}

/** The model's inline HTML (sanitized: strong, em, code, bdi/span with lang and dir) as runs. */
function inline(ctx: Ctx, html: string): ParagraphChild[] {
  const plain = plainText(html);
  if (plain !== undefined) return [run(ctx, plain)];
  return [...htmlToRuns(ctx.rtl ? `<span dir="rtl">${html}</span>` : html)];
}

/** Paragraphs of plain text ("<p>…</p><p>…</p>" without markup inside), or undefined. */
function plainParagraphs(html: string): string[] | undefined {
  const parts = html.split(/<\/p>\s*/);
  if (parts.pop()?.trim()) return undefined;
  const out: string[] = [];
  for (const p of parts) {
    if (!p.startsWith('<p>')) return undefined;
    const t = plainText(p.slice(3));
    if (t === undefined) return undefined;
    out.push(t);
  }
  return out;
}

const BLOCK_STYLES = { table: TABLE_STYLE, blockquote: 'Quote' } as const;

/** A narrative block (sanitized HTML from the model) as Word paragraphs, lists and tables. */
function block(ctx: Ctx, b: Block | undefined): (Paragraph | Table)[] {
  if (!b) return [];
  if (!b.lang) {
    const plain = plainParagraphs(b.html);
    if (plain) return plain.map((t) => para(ctx, [run(ctx, t)]));
  }
  const dir = b.dir ?? (ctx.rtl ? 'rtl' : undefined);
  const attrs = `${b.lang ? ` lang="${b.lang}"` : ''}${dir ? ` dir="${dir}"` : ''}`;
  return [...htmlToContent(attrs ? `<div${attrs}>${b.html}</div>` : b.html, { styleMap: BLOCK_STYLES })];
}

function heading(
  ctx: Ctx,
  level: 1 | 2 | 3,
  children: ParagraphChild[],
  opts: { bookmark?: string; pageBreak?: boolean } = {},
): Paragraph {
  const content: ParagraphChild[] = opts.bookmark
    ? [new Bookmark({ id: bookmarkName(opts.bookmark), children })]
    : children;
  return para(ctx, content, {
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    ...(opts.pageBreak ? { pageBreakBefore: true } : {}),
  });
}

function h(ctx: Ctx, level: 1 | 2 | 3, s: string, opts: { bookmark?: string; pageBreak?: boolean } = {}) {
  return heading(ctx, level, [run(ctx, s)], opts);
}

// ---- tables -------------------------------------------------------------------------------------

type CellContent = string | ParagraphChild[] | (Paragraph | Table)[];

function isBlockList(c: CellContent): c is (Paragraph | Table)[] {
  return Array.isArray(c) && c.length > 0 && (c[0] instanceof Paragraph || c[0] instanceof Table);
}

function cell(ctx: Ctx, content: CellContent, opts: { header?: boolean; shade?: string; align?: 'end' } = {}) {
  const children = isBlockList(content)
    ? content
    : [
        para(ctx, typeof content === 'string' ? [run(ctx, content, opts.header ? { bold: true } : {})] : content, {
          ...(opts.align ? { alignment: AlignmentType.END } : {}),
          spacing: { before: 0, after: 0 },
        }),
      ];
  return new TableCell({
    children,
    ...(opts.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.shade } } : {}),
  });
}

function table(ctx: Ctx, header: CellContent[] | undefined, rows: CellContent[][], widths?: number[]): Table {
  const all = [
    ...(header
      ? [
          new TableRow({
            tableHeader: true,
            children: header.map((c) => cell(ctx, c, { header: true, shade: COLOR.head })),
          }),
        ]
      : []),
    ...rows.map((r) => new TableRow({ children: r.map((c) => cell(ctx, c)) })),
  ];
  return new Table({
    rows: all,
    style: TABLE_STYLE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths } : {}),
    ...(ctx.rtl ? { visuallyRightToLeft: true } : {}),
  });
}

/**
 * A shaded one-cell table: the practice and next-steps boxes. `head` (a practice's label and
 * title) is a row of its own marked as the table's header row: Word and LibreOffice repeat it at
 * the top of each page the box runs on to (issue 15 §1: a box that breaks says what it continues).
 */
function box(ctx: Ctx, children: (Paragraph | Table)[], head?: Paragraph[]): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const row = (content: (Paragraph | Table)[], top: number, bottom: number, header: boolean) =>
    new TableRow({
      cantSplit: header,
      ...(header ? { tableHeader: true } : {}),
      children: [
        new TableCell({
          children: content,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.box },
          margins: { top, bottom, left: 160, right: 160 },
          borders: {
            top: none,
            bottom: none,
            [ctx.rtl ? 'left' : 'right']: none,
            [ctx.rtl ? 'right' : 'left']: { style: BorderStyle.SINGLE, size: 18, color: COLOR.accent },
          },
        }),
      ],
    });
  return new Table({
    rows: head ? [row(head, 120, 0, true), row(children, 0, 120, false)] : [row(children, 120, 120, false)],
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(ctx.rtl ? { visuallyRightToLeft: true } : {}),
  });
}

const spacer = (ctx: Ctx) => para(ctx, [], { spacing: { before: 0, after: 60 } });

// ---- sections of the report ---------------------------------------------------------------------

function cover(ctx: Ctx): Paragraph[] | (Paragraph | Table)[] {
  const { m } = ctx;
  const s = m.strings;
  const meta = m.meta;
  const out: (Paragraph | Table)[] = [
    text(ctx, s['gcm.short'], { color: COLOR.accent, bold: true }),
    text(ctx, `${s['gcm.name']} · ${s['gcm.resolution']}`, { color: COLOR.muted, size: 18 }),
    para(ctx, [], { spacing: { before: 1200 } }),
    text(ctx, meta.kicker, { color: COLOR.muted, size: 26 }),
    para(ctx, [run(ctx, meta.submitterName)], { heading: HeadingLevel.TITLE }),
    text(ctx, meta.subtitle ?? meta.title, { size: 28 }),
    text(ctx, meta.cycle, { color: COLOR.accent, size: 24, bold: true }),
  ];
  if (meta.isDraft) out.push(text(ctx, s['watermark.draft'], { color: COLOR.draft, bold: true, size: 28 }));
  out.push(para(ctx, [], { spacing: { before: 800 } }));
  const rows: CellContent[][] = [
    [s['cover.submitterType'], meta.submitterType + (meta.category ? ` · ${meta.category}` : '')],
  ];
  if (meta.region) rows.push([s['cover.region'], meta.region]);
  if (meta.date) rows.push([s['cover.date'], meta.date]);
  rows.push([s['cover.status'], meta.statusLabel + (meta.version ? ` · ${s['cover.version']} ${meta.version}` : '')]);
  rows.push([s['cover.languages'], meta.languages]);
  const fp = meta.focalPoint;
  if (fp) {
    const lines = [fp.name, fp.title, fp.organization, fp.email, fp.phone].filter((x): x is string => Boolean(x));
    rows.push([
      s['cover.focalPoint'],
      lines.map((l, i) =>
        para(ctx, [run(ctx, l, i === 0 && fp.name ? { bold: true } : {})], { spacing: { after: 0 } }),
      ),
    ]);
  }
  out.push(
    table(
      ctx,
      undefined,
      rows.map(([k, v]) => [[run(ctx, k as string, { bold: true, color: COLOR.muted })], v!]),
      [2600, 6400],
    ),
  );
  out.push(para(ctx, [], { spacing: { before: 400 } }), text(ctx, m.generator.text, { color: COLOR.muted, size: 16 }));
  if (m.colophon) out.push(text(ctx, m.colophon, { color: COLOR.muted, size: 16 }));
  return out;
}

function contents(ctx: Ctx): (Paragraph | TableOfContents)[] {
  const out: (Paragraph | TableOfContents)[] = [
    para(ctx, [run(ctx, ctx.m.strings['toc.title'])], { style: 'TOCHeading', pageBreakBefore: true }),
    new TableOfContents(ctx.m.strings['toc.title'], { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  for (const n of ctx.m.notes) out.push(text(ctx, n, { color: COLOR.muted, size: 18, italics: true }));
  return out;
}

const PRIORITY_FILL: Record<string, string> = { high: 'F4C7C3', medium: 'FCE8B2', low: 'D9EAD3', none: 'E8EAED' };

const STATE_MARK = { complete: '●', partial: '◐', none: '○' } as const;

function overview(ctx: Ctx): (Paragraph | Table)[] {
  const { m } = ctx;
  const s = m.strings;
  const o = m.overview;
  const out: (Paragraph | Table)[] = [
    h(ctx, 1, s['overview.title'], { bookmark: 'overview', pageBreak: true }),
    text(ctx, o.summary),
    h(ctx, 2, s['overview.coverage']),
    para(
      ctx,
      o.legend.flatMap((l, i) => [
        run(ctx, `${i ? '   ' : ''}${STATE_MARK[l.state as keyof typeof STATE_MARK]} `),
        run(ctx, l.label),
      ]),
      { spacing: { after: 120 } },
    ),
  ];
  // the grid: one column per round table, one line per objective
  const columns = o.roundtables.map((rt) => [
    para(ctx, [run(ctx, rt.title, { bold: true })], { spacing: { after: 0 } }),
    para(ctx, [run(ctx, rt.objectivesLabel, { color: COLOR.muted, size: 16 })], { spacing: { after: 80 } }),
    ...rt.tiles.map((tile) => {
      const num = run(ctx, `${STATE_MARK[tile.state]} ${tile.number}  `, {
        bold: true,
        color: tile.state === 'none' ? COLOR.muted : COLOR.accent,
      });
      const name: ParagraphChild[] = inline(ctx, tile.shortHtml);
      return para(
        ctx,
        [
          tile.href ? new InternalHyperlink({ anchor: bookmarkName(tile.href.slice(1)), children: [num] }) : num,
          ...name,
          new TextRun({
            text: `${tile.stateLabel}`,
            break: 1,
            size: 15,
            color: COLOR.muted,
            ...(ctx.rtl ? { rightToLeft: true } : {}),
          }),
        ],
        { spacing: { after: 80 }, keepLines: true },
      );
    }),
  ]);
  out.push(
    new Table({
      rows: [
        new TableRow({
          cantSplit: true,
          children: columns.map(
            (c) => new TableCell({ children: c, margins: { top: 80, bottom: 80, left: 100, right: 100 } }),
          ),
        }),
      ],
      style: TABLE_STYLE,
      width: { size: 100, type: WidthType.PERCENTAGE },
      ...(ctx.rtl ? { visuallyRightToLeft: true } : {}),
    }),
  );
  out.push(h(ctx, 2, s['overview.supportChart']));
  if (!o.matrix) out.push(text(ctx, s['overview.supportNone']));
  else {
    out.push(text(ctx, s['overview.supportChartNote'], { color: COLOR.muted, size: 18 }));
    const mx = o.matrix;
    out.push(h(ctx, 2, s['overview.supportMatrix']));
    const small = { size: 15 };
    const matrixCell = (content: ParagraphChild[], shade?: string, header = false) =>
      new TableCell({
        children: [
          para(ctx, content, {
            spacing: { before: 0, after: 0 },
            ...(header ? {} : { alignment: AlignmentType.CENTER }),
          }),
        ],
        ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
      });
    const head = new TableRow({
      tableHeader: true,
      children: [s['overview.objective'], ...mx.areas.map((a) => a.label), s['overview.total']].map((l) =>
        matrixCell([run(ctx, l, { size: 13, bold: true })], COLOR.head, true),
      ),
    });
    const rows = mx.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              children: [
                para(
                  ctx,
                  [
                    ...(r.label ? [run(ctx, `${r.label} `, { ...small, bold: true })] : []),
                    ...linked(r.href, inline(ctx, `<span style="font-size:7.5pt">${r.titleHtml}</span>`)),
                  ],
                  { spacing: { before: 0, after: 0 } },
                ),
              ],
            }),
            ...r.cells.map((c) =>
              matrixCell(
                c.count ? [run(ctx, c.mark, { ...small, bold: true })] : [],
                c.count ? PRIORITY_FILL[c.priority ?? 'none'] : undefined,
              ),
            ),
            matrixCell(r.total ? [run(ctx, String(r.total), { ...small, bold: true })] : []),
          ],
        }),
    );
    const totals = new TableRow({
      children: [
        matrixCell([run(ctx, s['overview.total'], { ...small, bold: true })], COLOR.head, true),
        ...mx.totals.map((n) => matrixCell(n ? [run(ctx, String(n), small)] : [], COLOR.head)),
        matrixCell([run(ctx, String(mx.total), { ...small, bold: true })], COLOR.head),
      ],
    });
    const first = 2400;
    const rest = Math.floor((9600 - first) / (mx.areas.length + 1));
    out.push(
      new Table({
        rows: [head, ...rows, totals],
        style: TABLE_STYLE,
        width: { size: 100, type: WidthType.PERCENTAGE },
        columnWidths: [first, ...mx.areas.map(() => rest), rest],
        ...(ctx.rtl ? { visuallyRightToLeft: true } : {}),
      }),
    );
    out.push(
      para(
        ctx,
        o.priorityLegend.flatMap((p, i) => [
          run(ctx, `${i ? '   ' : ''}`),
          run(ctx, '\u00a0\u00a0\u00a0\u00a0', {
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: PRIORITY_FILL[p.key] ?? 'FFFFFF' },
          }),
          run(ctx, ` ${p.label}`, small),
        ]),
        { spacing: { before: 80 } },
      ),
    );
  }
  // the review profile (issue 9 §1): short answers beside the prose, as on the "At a glance" page
  if (m.profile.length) {
    out.push(h(ctx, 2, s['profile.title']));
    out.push(
      table(
        ctx,
        [s['profile.question'], s['profile.answer'], s['profile.comment']],
        m.profile.map((r) => [
          r.question,
          [run(ctx, r.answer, { bold: true })],
          r.comment ? block(ctx, r.comment) : '',
        ]),
      ),
    );
  }
  return out;
}

// ---- issue 9 §1, §6: one-narrative parts, crises; issue 15: references -----------------------------

function narrativePart(ctx: Ctx, p: NarrativePart | undefined): (Paragraph | Table)[] {
  return p ? simpleSection(ctx, p.id, p.title, p.block) : [];
}

function crises(ctx: Ctx): (Paragraph | Table)[] {
  const list = ctx.m.crisisImpact;
  if (!list.length) return [];
  return [
    h(ctx, 1, ctx.m.strings['section.crisisImpact'], { bookmark: 'crisis-impact', pageBreak: true }),
    ...list.flatMap((c) => [h(ctx, 2, c.crisis, { bookmark: c.id }), ...block(ctx, c.block)]),
  ];
}

function references(ctx: Ctx): (Paragraph | Table)[] {
  const list = ctx.m.references;
  if (!list.length) return [];
  return [
    h(ctx, 1, ctx.m.strings['references.title'], { bookmark: 'references' }),
    ...list.map((r) =>
      para(ctx, [
        run(ctx, `[${r.number}] `, { bold: true }),
        ...inline(ctx, r.textHtml),
        ...(r.link
          ? [
              run(ctx, ' '),
              ...inline(ctx, `<a href="${r.link.href.replace(/"/g, '&quot;')}">${escapeText(r.link.text)}</a>`),
            ]
          : []),
      ]),
    ),
  ];
}

function escapeText(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Runs made into a link to a bookmark in the document ("#objective-7"), when they are all text runs. */
function linked(href: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
  if (!href || !children.every((c) => c instanceof TextRun)) return children;
  return [new InternalHyperlink({ anchor: bookmarkName(href.slice(1)), children: children as TextRun[] })];
}

function simpleSection(ctx: Ctx, id: string, title: string, b: Block | undefined): (Paragraph | Table)[] {
  if (!b) return [];
  return [h(ctx, 1, title, { bookmark: id, pageBreak: true }), ...block(ctx, b)];
}

function methodology(ctx: Ctx): (Paragraph | Table)[] {
  const mt = ctx.m.methodology;
  if (!mt) return [];
  const s = ctx.m.strings;
  const out: (Paragraph | Table)[] = [
    h(ctx, 1, s['section.methodology'], { bookmark: 'methodology', pageBreak: true }),
  ];
  out.push(...block(ctx, mt.description));
  if (mt.consultations.length) {
    out.push(h(ctx, 2, s['section.consultations']));
    mt.consultations.forEach((c, i) => {
      out.push(
        para(ctx, [run(ctx, `${i + 1}. `, { bold: true }), ...inline(ctx, `<strong>${c.titleHtml}</strong>`)], {
          keepNext: true,
        }),
      );
      const bits = [
        c.date,
        c.format,
        c.participants ? `${s['consult.participants']}: ${c.participants}` : undefined,
      ].filter((x): x is string => Boolean(x));
      if (bits.length) out.push(text(ctx, bits.join(' · '), { color: COLOR.muted, size: 18 }));
      if (c.stakeholders)
        out.push(para(ctx, [run(ctx, `${s['consult.stakeholders']}: `, { bold: true }), run(ctx, c.stakeholders)]));
      out.push(...block(ctx, c.summary));
    });
  }
  if (mt.stakeholders.length) {
    out.push(h(ctx, 2, s['section.stakeholders']));
    out.push(
      table(
        ctx,
        [s['stakeholders.category'], s['stakeholders.organizations'], s['stakeholders.description']],
        mt.stakeholders.map((r) => [
          [run(ctx, r.category, { bold: true })],
          r.organizations ?? '',
          r.description ? block(ctx, r.description) : '',
        ]),
      ),
    );
  }
  out.push(h(ctx, 2, s['section.guidingQuestions']));
  const qs: (Paragraph | Table)[] = [text(ctx, mt.questionsIntro)];
  for (const q of mt.questions) {
    qs.push(
      para(ctx, [run(ctx, `(${q.letter}) ${q.label}`, { bold: true })], { keepNext: true, spacing: { after: 0 } }),
    );
    qs.push(
      para(
        ctx,
        [
          new TextRun({
            text: q.text,
            ...(q.lang ? { language: { value: q.lang } } : ctx.rtl ? { rightToLeft: true } : {}),
          }),
        ],
        {
          ...(q.lang ? {} : ctx.rtl ? { bidirectional: true } : {}),
        },
      ),
    );
  }
  if (mt.questionsSource) qs.push(text(ctx, mt.questionsSource, { color: COLOR.muted, size: 16, italics: true }));
  out.push(box(ctx, qs));
  return out;
}

function principles(ctx: Ctx): (Paragraph | Table)[] {
  const { m } = ctx;
  if (!m.principles.length) return [];
  const out: (Paragraph | Table)[] = [
    h(ctx, 1, m.strings['section.principles'], { bookmark: 'principles', pageBreak: true }),
    text(ctx, m.strings['section.principlesIntro'], { italics: true, color: COLOR.muted }),
  ];
  for (const p of m.principles) {
    out.push(heading(ctx, 2, [run(ctx, `(${p.letter}) `), ...inline(ctx, p.titleHtml)], { bookmark: p.id }));
    out.push(...block(ctx, p.text));
  }
  return out;
}

function statistics(ctx: Ctx, q: ObjectiveSection['q']['a']): Table {
  const s = ctx.m.strings;
  const cols = q.statColumns;
  const head = [
    s['stats.indicator'],
    s['stats.value'],
    ...(cols.year ? [s['stats.year']] : []),
    ...(cols.disaggregation ? [s['stats.disaggregation']] : []),
    ...(cols.source ? [s['stats.source']] : []),
  ];
  const row = (st: StatisticView): CellContent[] => [
    inline(ctx, st.indicatorHtml),
    [run(ctx, st.value, { bold: true }), ...(st.unit ? [run(ctx, ` ${st.unit}`, { color: COLOR.muted })] : [])],
    ...(cols.year ? [st.year ?? ''] : []),
    ...(cols.disaggregation ? [st.disaggregation ?? ''] : []),
    ...(cols.source ? [st.source ?? ''] : []),
  ];
  return table(ctx, head, q.statistics.map(row));
}

function practice(ctx: Ctx, p: PracticeView): Table {
  const s = ctx.m.strings;
  // the label and title: the box's header row, repeated on each page the box runs on to
  const head = [
    text(ctx, s['practice.label'].toUpperCase(), { color: COLOR.accent, bold: true, size: 16 }),
    para(ctx, inline(ctx, `<strong>${p.titleHtml}</strong>`), { keepNext: true }),
  ];
  const inner: (Paragraph | Table)[] = [...block(ctx, p.description)];
  // the practice's facts (period, type, scope, objectives, principles, SDG targets, partners)
  for (const f of p.facts) inner.push(para(ctx, [run(ctx, `${f.label}: `, { bold: true }), ...inline(ctx, f.html)]));
  if (p.results) inner.push(text(ctx, s['practice.results'], { bold: true }), ...block(ctx, p.results));
  if (p.link || p.linkText) {
    const link = p.link
      ? inline(
          ctx,
          `<a href="${p.link.href.replace(/"/g, '&quot;')}">${p.link.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a>`,
        )
      : [new TextRun(p.linkText!)];
    inner.push(para(ctx, [run(ctx, `${s['practice.link']}: `, { bold: true }), ...link]));
  }
  // a practice with nothing but its title: one row
  return inner.length ? box(ctx, inner, head) : box(ctx, head);
}

function needs(ctx: Ctx, list: readonly SupportNeedView[]): Paragraph[] | (Paragraph | Table)[] {
  const s = ctx.m.strings;
  const out: (Paragraph | Table)[] = [];
  for (const n of list) {
    const head: ParagraphChild[] = [];
    if (n.principleHtml) head.push(...inline(ctx, n.principleHtml), run(ctx, ' · '));
    head.push(run(ctx, n.area + (n.label ? `: ${n.label}` : ''), { bold: true }));
    if (n.priorityLabel)
      head.push(
        run(ctx, `  ${s['support.priorityValue'].replace('{priority}', n.priorityLabel)}`, {
          color: n.priority === 'high' ? COLOR.draft : COLOR.muted,
          bold: n.priority === 'high',
        }),
      );
    out.push(para(ctx, head, { keepNext: Boolean(n.description) }));
    out.push(...block(ctx, n.description));
  }
  return out;
}

function objective(ctx: Ctx, o: ObjectiveSection): (Paragraph | Table)[] {
  const s = ctx.m.strings;
  const out: (Paragraph | Table)[] = [
    heading(ctx, 2, [run(ctx, `${o.label} `), ...inline(ctx, o.titleHtml)], { bookmark: o.id }),
  ];
  if (o.missing) out.push(text(ctx, o.missing, { color: COLOR.draft, italics: true }));
  const unanswered = () => text(ctx, s['objective.notAnswered'], { italics: true, color: COLOR.muted });
  const q = o.q;
  out.push(h(ctx, 3, q.a.heading));
  if (!q.a.answered) out.push(unanswered());
  else {
    out.push(...block(ctx, q.a.status));
    if (q.a.statistics.length) {
      out.push(text(ctx, s['stats.caption'], { bold: true, color: COLOR.muted, size: 18 }));
      out.push(statistics(ctx, q.a), spacer(ctx));
    }
  }
  out.push(h(ctx, 3, q.b.heading));
  if (!q.b.answered) out.push(unanswered());
  else {
    if (q.b.applied.length)
      out.push(
        para(ctx, [
          run(ctx, `${s['objective.principlesApplied']} `, { bold: true }),
          ...q.b.applied.flatMap((p, i) => [run(ctx, `${i ? '; ' : ''}(${p.letter}) `), ...inline(ctx, p.titleHtml)]),
        ]),
      );
    out.push(...block(ctx, q.b.narrative));
  }
  out.push(h(ctx, 3, q.c.heading));
  out.push(...(q.c.answered ? block(ctx, q.c.text) : [unanswered()]));
  out.push(h(ctx, 3, q.d.heading));
  if (!q.d.answered) out.push(unanswered());
  else for (const p of q.d.practices) out.push(practice(ctx, p), spacer(ctx));
  out.push(h(ctx, 3, q.e.heading));
  out.push(...(q.e.answered ? needs(ctx, q.e.needs) : [unanswered()]));
  if (o.nextSteps)
    out.push(
      spacer(ctx),
      box(ctx, [
        text(ctx, s['objective.nextSteps'].toUpperCase(), { color: COLOR.accent, bold: true, size: 16 }),
        ...block(ctx, o.nextSteps),
      ]),
    );
  return out;
}

function part(ctx: Ctx, p: PartView): (Paragraph | Table)[] {
  const s = ctx.m.strings;
  const out: (Paragraph | Table)[] = [h(ctx, 1, p.title, { bookmark: p.id, pageBreak: true })];
  if (p.subtitle) out.push(text(ctx, p.subtitle, { color: COLOR.muted }));
  if (p.note) out.push(text(ctx, p.note, { italics: true, color: COLOR.muted, size: 18 }));
  for (const o of p.objectives) out.push(...objective(ctx, o));
  if (p.notReported.length) {
    out.push(h(ctx, 2, s['section.notReported']), text(ctx, s['section.notReportedIntro']));
    for (const n of p.notReported)
      out.push(
        para(ctx, [run(ctx, `${n.label} `, { bold: true }), ...inline(ctx, n.titleHtml)], { bullet: { level: 0 } }),
      );
  }
  return out;
}

// ---- issue 9 §3–5: national plan, pledges, Progress Declaration (as templates/partials/*.hbs) ----

function plan(ctx: Ctx): (Paragraph | Table)[] {
  const p = ctx.m.plan;
  if (!p) return [];
  const s = ctx.m.strings;
  const out: (Paragraph | Table)[] = [
    h(ctx, 1, s['plan.title'], { bookmark: 'national-plan', pageBreak: true }),
    para(ctx, inline(ctx, `<strong>${p.titleHtml}</strong>`)),
  ];
  const meta: ParagraphChild[] = [];
  if (p.adopted) meta.push(run(ctx, `${s['plan.adopted']}: `, { bold: true }), run(ctx, p.adopted));
  if (p.link || p.linkText)
    meta.push(
      run(ctx, `${meta.length ? '   ' : ''}${s['plan.link']}: `, { bold: true }),
      run(ctx, p.link?.href ?? p.linkText!),
    );
  if (meta.length) out.push(para(ctx, meta));
  if (p.dimensions.length) {
    out.push(h(ctx, 2, s['plan.dimensions']));
    for (const d of p.dimensions)
      out.push(para(ctx, [run(ctx, `${d.id} `, { bold: true }), ...inline(ctx, d.titleHtml)]));
  }
  if (p.measures.length) {
    out.push(h(ctx, 2, s['plan.measures']));
    out.push(
      table(
        ctx,
        [s['plan.measure'], s['plan.dimension'], s['plan.objectives']],
        p.measures.map((x) => [
          [run(ctx, `${x.id} `, { bold: true }), ...inline(ctx, x.titleHtml)],
          x.dimensionHtml ? inline(ctx, x.dimensionHtml) : '',
          x.objectives.map((o) => String(o.number)).join(', '),
        ]),
      ),
    );
  }
  return out;
}

function pledges(ctx: Ctx): (Paragraph | Table)[] {
  const m = ctx.m;
  if (!m.pledges.length) return [];
  const s = m.strings;
  const out: (Paragraph | Table)[] = [
    h(ctx, 1, s['pledges.title'], { bookmark: 'pledges', pageBreak: true }),
    text(ctx, s['pledges.intro']),
  ];
  for (const p of m.pledges) {
    const inner: (Paragraph | Table)[] = [
      para(ctx, [
        run(ctx, (p.kind ?? s['pledges.title']).toUpperCase(), { color: COLOR.accent, bold: true, size: 16 }),
        ...(p.status ? [run(ctx, `  ${s['pledge.status']}: ${p.status}`, { bold: true, size: 16 })] : []),
      ]),
      para(ctx, inline(ctx, `<strong>${p.titleHtml}</strong>`), { keepNext: true }),
    ];
    const line = (label: string, value: string) => para(ctx, [run(ctx, `${label}: `, { bold: true }), run(ctx, value)]);
    if (p.objectives.length) inner.push(line(s['pledge.objectives'], p.objectives.map((o) => o.label).join(', ')));
    if (p.partners) inner.push(line(s['pledge.partners'], p.partners));
    if (p.nature) inner.push(line(s['pledge.nature'], p.nature));
    if (p.gcrMirror) inner.push(text(ctx, s['pledge.gcr']));
    if (p.progress) inner.push(text(ctx, s['pledge.progress'], { bold: true }), ...block(ctx, p.progress));
    if (p.link || p.linkText) inner.push(line(s['pledge.link'], p.link?.href ?? p.linkText!));
    if (p.contact)
      inner.push(
        line(
          s['pledge.contact'],
          [p.contact.name, p.contact.organization, p.contact.email, p.contact.phone].filter(Boolean).join(' · '),
        ),
      );
    out.push(box(ctx, inner), spacer(ctx));
  }
  return out;
}

function progressDeclaration(ctx: Ctx): (Paragraph | Table)[] {
  const m = ctx.m;
  if (!m.progressDeclaration.length) return [];
  const s = m.strings;
  const out: (Paragraph | Table)[] = [
    h(ctx, 1, s['progressDeclaration.title'], { bookmark: 'progress-declaration', pageBreak: !m.pledges.length }),
    text(ctx, s['progressDeclaration.intro']),
  ];
  for (const e of m.progressDeclaration) out.push(h(ctx, 2, e.label, { bookmark: e.id }), ...block(ctx, e.block));
  return out;
}

function annexes(ctx: Ctx): (Paragraph | Table)[] {
  const { m } = ctx;
  if (!m.annexes.length) return [];
  const out: (Paragraph | Table)[] = [
    h(ctx, 1, m.strings['section.annexes'], { bookmark: 'annexes', pageBreak: !m.nextSteps }),
  ];
  m.annexes.forEach((a, i) => {
    out.push(
      para(ctx, [run(ctx, `${i + 1}. `, { bold: true }), ...inline(ctx, `<strong>${a.titleHtml}</strong>`)], {
        keepNext: true,
      }),
    );
    out.push(...block(ctx, a.description));
    if (a.link)
      out.push(
        para(
          ctx,
          inline(
            ctx,
            `<a href="${a.link.href.replace(/"/g, '&quot;')}">${a.link.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a>`,
          ),
        ),
      );
    else if (a.linkText) out.push(para(ctx, [new TextRun(a.linkText)]));
  });
  return out;
}

// ---- styles -------------------------------------------------------------------------------------

const TABLE_STYLE_XML = `<w:style w:type="table" w:styleId="${TABLE_STYLE}" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:name w:val="GCM Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="B7C3D0"/><w:left w:val="single" w:sz="4" w:space="0" w:color="B7C3D0"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B7C3D0"/><w:right w:val="single" w:sz="4" w:space="0" w:color="B7C3D0"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="B7C3D0"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="B7C3D0"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;

function styles(ctx: Ctx) {
  const heading = (id: string, name: string, size: number, level: number, color: string, before: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size, bold: true, color, font: { ascii: FONT, hAnsi: FONT, cs: FONT_CS } },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level },
  });
  return {
    default: {
      document: {
        run: {
          font: { ascii: FONT, hAnsi: FONT, cs: FONT_CS, eastAsia: FONT },
          size: 20,
          sizeComplexScript: 22,
          color: COLOR.ink,
          language: { value: ctx.lang, ...(ctx.rtl ? { bidirectional: ctx.lang } : {}) },
        },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 52, bold: true, color: COLOR.accent },
        paragraph: { spacing: { after: 200 } },
      },
      heading('Heading1', 'Heading 1', 32, 0, COLOR.accent, 240),
      heading('Heading2', 'Heading 2', 26, 1, COLOR.ink, 280),
      heading('Heading3', 'Heading 3', 21, 2, COLOR.accent, 200),
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Heading1',
        next: 'Normal',
        quickFormat: true,
        paragraph: { outlineLevel: 9 },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { before: 80, after: 20 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { indent: { start: 360 }, spacing: { after: 20 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        run: { italics: true, color: COLOR.muted },
        paragraph: { indent: { start: 400 } },
      },
    ],
  };
}

// ---- the document -------------------------------------------------------------------------------

function pageFooter(ctx: Ctx): Footer {
  const tpl = ctx.m.strings['footer.page'];
  const children: ParagraphChild[] = [];
  for (const piece of tpl.split(/(\{page\}|\{pages\})/)) {
    if (piece === '{page}')
      children.push(run(ctx, '', { children: [PageNumber.CURRENT], size: 15, color: COLOR.muted }));
    else if (piece === '{pages}')
      children.push(run(ctx, '', { children: [PageNumber.TOTAL_PAGES], size: 15, color: COLOR.muted }));
    else if (piece) children.push(run(ctx, piece, { size: 15, color: COLOR.muted }));
  }
  return new Footer({ children: [para(ctx, children, { alignment: AlignmentType.CENTER })] });
}

function pageHeader(ctx: Ctx): Header {
  const { meta } = ctx.m;
  const children: ParagraphChild[] = [run(ctx, meta.runningHeader, { size: 15, color: COLOR.muted })];
  if (meta.isDraft) {
    children.push(
      run(ctx, `\t${ctx.m.strings['header.draft']}`, { size: 15, bold: true, color: COLOR.draft }),
      new TextWatermark({ text: ctx.m.strings['watermark.draft'], color: 'D0D0D0', font: FONT }),
    );
  }
  return new Header({
    children: [
      para(ctx, children, {
        tabStops: [{ type: 'right', position: Math.round(170 * MM) }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'C8CED6', space: 4 } },
      }),
    ],
  });
}

/** Paper sizes and margins as in the PDF (millimetres → twips). */
function page(m: ReportModel) {
  const size = m.paper === 'Letter' ? { width: 215.9, height: 279.4 } : { width: 210, height: 297 };
  return {
    size: { width: Math.round(size.width * MM), height: Math.round(size.height * MM) },
    margin: {
      top: Math.round(24 * MM),
      bottom: Math.round(20 * MM),
      left: Math.round(20 * MM),
      right: Math.round(20 * MM),
      header: Math.round(10 * MM),
      footer: Math.round(9 * MM),
    },
  };
}

/** The properties that let `gcm-review import` restore the review's keys from a document it wrote. */
function customProperties(m: ReportModel): { name: string; value: string }[] {
  const meta = m.meta;
  const props: Record<string, string | undefined> = {
    'submitter.type': meta.submitterTypeKey,
    'submitter.country': meta.countryCode,
    'submitter.name': meta.submitterName,
    cycle: meta.cycleKey,
    status: meta.status,
    date: meta.dateIso,
    version: meta.version,
    lang: m.lang,
    generator: `${m.generator.name} ${m.generator.version}`.trim(),
  };
  return Object.entries(props)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => ({ name: DOCX_PROPERTY_PREFIX + k, value: v }));
}

/** The Word document of a report, as the bytes of a .docx file. */
export async function reportDocx(m: ReportModel): Promise<Buffer> {
  const ctx: Ctx = { m, rtl: m.dir === 'rtl', lang: m.lang };
  const body: (Paragraph | Table | TableOfContents)[] = [
    ...contents(ctx),
    ...overview(ctx),
    ...narrativePart(ctx, m.executiveSummary),
    ...simpleSection(ctx, 'key-messages', m.strings['section.keyMessages'], m.keyMessages),
    ...(m.context ? simpleSection(ctx, 'context', m.context.title, m.context.block) : []),
    ...narrativePart(ctx, m.policyFramework),
    ...methodology(ctx),
    ...plan(ctx),
    ...principles(ctx),
    ...crises(ctx),
    ...m.parts.flatMap((p) => part(ctx, p)),
    ...(m.principleSupport.length
      ? [
          h(ctx, 1, m.strings['section.principleSupport'], { bookmark: 'principle-support', pageBreak: true }),
          ...needs(ctx, m.principleSupport),
        ]
      : []),
    ...narrativePart(ctx, m.meansOfImplementation),
    ...pledges(ctx),
    ...progressDeclaration(ctx),
    ...simpleSection(ctx, 'next-steps', m.strings['section.nextSteps'], m.nextSteps),
    ...references(ctx),
    ...annexes(ctx),
    ...narrativePart(ctx, m.disclaimer),
  ];
  const doc = new Document({
    title: m.meta.title,
    subject: m.meta.kicker,
    creator: m.meta.submitterName,
    description: m.generator.text,
    keywords: 'GCM; Global Compact for Migration; voluntary review',
    features: { updateFields: true },
    styles: styles(ctx),
    customProperties: customProperties(m),
    sections: [
      { properties: { page: page(m) }, children: cover(ctx) },
      {
        properties: { page: page(m) },
        headers: { default: pageHeader(ctx) },
        footers: { default: pageFooter(ctx) },
        children: body,
      },
    ],
  });
  // the table style is added to docx's own styles (given as `importedStyles`, it would replace them)
  doc.Styles.addChildElement(ImportedXmlComponent.fromXmlString(TABLE_STYLE_XML));
  return Packer.toBuffer(doc);
}
