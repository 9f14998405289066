// A synthesis as tables for analysts: CSV (the long table: one row per review × objective ×
// question with the answer text) and an Excel workbook (exceljs) holding that table plus sheets
// for the reviews, the files left out, the coverage matrix, statistics, support needs and
// practices. Reads the synthesis model only.
import { QUESTION_LETTERS } from '../reference/index.js';
import { objectivesByRoundtable, type NeedQuote, type SynthesisModel } from './index.js';

type Row = (string | number | boolean | null | undefined)[];

/**
 * A CSV field (RFC 4180). Text that a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) is prefixed with an apostrophe: review files come from others.
 */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const ANSWER_COLUMNS = [
  'file',
  'line',
  'submitter',
  'iso',
  'submitter_type',
  'member_state',
  'region',
  'cycle',
  'objective',
  'roundtable',
  'question',
  'answered',
  'lang',
  'text',
] as const;

/** The long table: every review × objective × question, answered or not. */
export function answerRows(s: SynthesisModel): Row[] {
  const byKey = new Map(s.answers.map((a) => [`${a.review}|${a.objective}|${a.question}`, a]));
  const rows: Row[] = [];
  for (const r of s.reviews)
    for (const o of s.objectives)
      for (const q of QUESTION_LETTERS) {
        const a = byKey.get(`${r.index}|${o.number}|${q}`);
        rows.push([
          r.file,
          a?.line ?? null,
          r.submitter,
          r.iso ?? '',
          r.submitterType,
          r.memberState,
          r.region ?? '',
          r.cycle,
          o.number,
          o.roundtable,
          q,
          Boolean(a),
          a?.lang ?? '',
          a?.text ?? '',
        ]);
      }
  return rows;
}

/** The cells of a support need after its objective and principle columns (support-needs table). */
const needCells = (q: NeedQuote): Row => [
  q.submitter,
  q.memberState,
  q.area,
  q.priority,
  q.label,
  q.text,
  q.lang,
  q.file,
  q.line,
];

export function synthesisCsv(s: SynthesisModel): string {
  const lines = [ANSWER_COLUMNS.join(',')];
  for (const row of answerRows(s)) lines.push(row.map(csvField).join(','));
  // a byte-order mark lets Excel read the file as UTF-8
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function synthesisXlsx(s: SynthesisModel): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = `gcm-review ${s.generator.version}`;
  const sheet = (name: string, head: string[], rows: Row[], widths: number[] = []) => {
    const ws = wb.addWorksheet(name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft: s.dir === 'rtl' }],
    });
    ws.addRow(head).font = { bold: true };
    for (const r of rows) ws.addRow(r.map((v) => (v === null || v === undefined ? '' : v)));
    head.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i] ?? 14));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
    return ws;
  };
  const ans = sheet('answers', [...ANSWER_COLUMNS], answerRows(s), [28, 7, 24, 6, 14, 8, 8, 16, 9, 9, 8, 9, 6, 80]);
  ans.getColumn(14).alignment = { wrapText: true, vertical: 'top' };
  sheet(
    'reviews',
    [
      'file',
      'submitter',
      'iso',
      'submitter_type',
      'member_state',
      'region',
      'cycle',
      'languages',
      'status',
      'ready',
      'objectives_answered',
      'objectives_fully_answered',
      'complete',
    ],
    s.reviews.map((r) => [
      r.file,
      r.submitter,
      r.iso,
      r.submitterType,
      r.memberState,
      r.region,
      r.cycle,
      r.languages.join(' '),
      r.status,
      r.ready,
      r.objectivesAnswered,
      r.objectivesFully,
      r.complete,
    ]),
    [28, 24],
  );
  sheet(
    'left_out',
    ['file', 'reason', 'detail', 'line', 'duplicate_of'],
    s.leftOut.map((l) => [l.file, l.reason, l.detail, l.line, l.duplicateOf]),
    [28, 10, 60, 6, 28],
  );
  const ordered = objectivesByRoundtable(s);
  sheet(
    'coverage',
    [
      'submitter',
      'member_state',
      ...ordered.map((o) => `O${o.number} (RT${o.roundtable})`),
      'objectives_answered',
      'objectives_fully_answered',
    ],
    s.reviews.map((r) => [
      r.submitter,
      r.memberState,
      ...ordered.map((o) => r.coverage[o.number - 1] ?? ''),
      r.objectivesAnswered,
      r.objectivesFully,
    ]),
    [24, 8],
  );
  sheet(
    'statistics',
    ['objective', 'submitter', 'member_state', 'indicator', 'value', 'unit', 'year', 'source', 'file', 'line'],
    s.objectives.flatMap((o) =>
      o.statistics.map((st) => [
        o.number,
        st.submitter,
        st.memberState,
        st.indicator,
        st.value,
        st.unit,
        st.year,
        st.source,
        st.file,
        st.line,
      ]),
    ),
    [9, 24, 8, 40],
  );
  sheet(
    'support_needs',
    [
      'objective',
      'principle',
      'submitter',
      'member_state',
      'area',
      'priority',
      'label',
      'text',
      'lang',
      'file',
      'line',
    ],
    [
      ...s.objectives.flatMap((o) => o.needs.map((q) => [o.number, '', ...needCells(q)])),
      ...s.support.byPrinciple.flatMap((p) => p.needs.map((q) => ['', p.principle, ...needCells(q)])),
    ],
    [9, 14, 24, 8, 16, 8, 20, 60],
  );
  sheet(
    'practices',
    ['objective', 'submitter', 'member_state', 'title', 'text', 'link', 'lang', 'file', 'line'],
    s.objectives.flatMap((o) =>
      o.practices.map((q) => [o.number, q.submitter, q.memberState, q.title, q.text, q.link, q.lang, q.file, q.line]),
    ),
    [9, 24, 8, 30, 60],
  );
  sheet(
    'challenges',
    ['objective', 'submitter', 'member_state', 'text', 'lang', 'file', 'line'],
    s.objectives.flatMap((o) =>
      o.challenges.map((q) => [o.number, q.submitter, q.memberState, q.text, q.lang, q.file, q.line]),
    ),
    [9, 24, 8, 80],
  );
  sheet(
    'support_by_area',
    [
      'area',
      'label',
      'needs_member_states',
      'needs_other',
      'needs_total',
      'high_total',
      'reviews_member_states',
      'reviews_other',
      'reviews_total',
    ],
    s.support.byArea.map((a) => [
      a.area,
      a.label,
      a.needs.memberStates,
      a.needs.otherSubmitters,
      a.needs.total,
      a.highPriority.total,
      a.reviews.memberStates,
      a.reviews.otherSubmitters,
      a.reviews.total,
    ]),
    [26, 26],
  );
  for (const part of s.parts)
    part.tables.forEach((t, i) =>
      sheet(`${part.id}${part.tables.length > 1 ? `_${i + 1}` : ''}`, t.columns, t.rows, [30]),
    );
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
