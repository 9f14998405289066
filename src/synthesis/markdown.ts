// A synthesis as a Markdown document: readable as it is, pasteable into a word processor or a
// wiki. Reads the synthesis model only (words, labels and counts all come from it).
import { QUESTION_LETTERS } from '../reference/index.js';
import { objectivesByRoundtable, type Citation, type Split, type SynthesisModel } from './index.js';

const CELL_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;' };
/** Text from a review, made safe for a Markdown table cell or a line: no pipes, no line breaks, no HTML. */
export function cell(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\|[\]*_`#<>]/g, (c) => CELL_ESCAPES[c] ?? `\\${c}`);
}

function table(head: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const sepRow = head.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [head, sepRow, ...rows.map((r) => r.map(String))].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => String(p[k] ?? m));

/** "file:line" of a citation. */
export function where(c: Pick<Citation, 'file' | 'line'>): string {
  return c.line ? `${c.file}:${c.line}` : c.file;
}

export function synthesisMarkdown(s: SynthesisModel): string {
  const w = s.words;
  const out: string[] = [];
  const splitCells = (x: Split) => [x.memberStates, x.otherSubmitters, x.total];
  const subtitle = [
    s.filters.region ? `${s.filters.region.toUpperCase()}: ${s.filters.regionLabel}` : undefined,
    s.filters.cycleLabel,
  ]
    .filter(Boolean)
    .join(' · ');
  out.push(`# ${w.title}${subtitle ? ` — ${cell(subtitle)}` : ''}`, '');
  out.push(
    fill(w.intro, {
      kept: s.totals.kept.total,
      ms: s.totals.kept.memberStates,
      other: s.totals.kept.otherSubmitters,
      left: s.totals.leftOut,
    }),
    '',
    fill(w.generated, { version: s.generator.version }),
    '',
  );
  if (s.titlesInEnglish) out.push(`*${w.officialTitlesNote}*`, '');
  if (s.colophon) out.push(`*${s.colophon}*`, '');

  // ---- who reported
  out.push(`## ${w.whoReported}`, '');
  for (const [heading, ms] of [
    [w.memberStates, true],
    [w.otherSubmitters, false],
  ] as const) {
    const rows = s.reviews.filter((r) => r.memberState === ms);
    if (!rows.length) continue;
    out.push(`### ${w.keptReviews}: ${heading} (${rows.length})`, '');
    out.push(
      table(
        [
          w.submitter,
          w.iso,
          w.type,
          w.region,
          w.cycle,
          w.languages,
          w.status,
          w.readiness,
          w.answered,
          w.fully,
          w.complete,
          w.file,
        ],
        rows.map((r) => [
          cell(r.submitter),
          r.iso ?? '—',
          cell(r.submitterTypeLabel),
          r.region ? r.region.toUpperCase() : '—',
          cell(r.cycleLabel),
          r.languages.join(', '),
          r.status === 'draft' ? w.draft : w.final,
          r.ready ? w.ready : fill(w.notReady, { n: r.openPoints }),
          `${r.objectivesAnswered}/23`,
          `${r.objectivesFully}/23`,
          r.complete ? w.yes : w.no,
          cell(r.file),
        ]),
        ['l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'r', 'r', 'l', 'l'],
      ),
      '',
    );
  }
  out.push(`*${w.completeNote}*`, '');
  out.push(`### ${w.leftOut} (${s.leftOut.length})`, '');
  if (!s.leftOut.length) out.push(w.noneLeftOut, '');
  else
    out.push(
      table(
        [w.file, w.reason, ''],
        s.leftOut.map((l) => [cell(l.line ? `${l.file}:${l.line}` : l.file), l.reasonLabel, cell(l.detail)]),
      ),
      '',
    );
  if (s.sameSubmitter.length) {
    out.push(`### ${w.sameSubmitter}`, '');
    for (const g of s.sameSubmitter)
      out.push(`- ${cell(g.submitter)} (${cell(g.cycle)}): ${g.files.map(cell).join(', ')}`);
    out.push('');
  }

  // ---- coverage
  const ordered = objectivesByRoundtable(s);
  out.push(`## ${w.coverage}`, '', w.coverageNote, '');
  out.push(s.roundtables.map((r) => `${r.label}: ${r.objectives.join(', ')}`).join(' · '), '');
  const letters = (have: string) => QUESTION_LETTERS.map((l) => (have.includes(l) ? l : '·')).join('');
  out.push(
    table(
      [w.submitter, ...ordered.map((o) => String(o.number)), w.answered, w.fully],
      [
        ...s.reviews.map((r) => [
          cell(r.submitter) + (r.memberState ? '' : ` (${cell(r.submitterTypeLabel)})`),
          ...ordered.map((o) => (r.coverage[o.number - 1] ? letters(r.coverage[o.number - 1]!) : '')),
          r.objectivesAnswered,
          r.objectivesFully,
        ]),
        [`**${w.reviewsAnswering}: ${w.memberStates}**`, ...ordered.map((o) => o.reviews.memberStates), '', ''],
        [`**${w.reviewsAnswering}: ${w.otherSubmitters}**`, ...ordered.map((o) => o.reviews.otherSubmitters), '', ''],
        [`**${w.reviewsAnswering}: ${w.total}**`, ...ordered.map((o) => o.reviews.total), '', ''],
        [`**${w.allFive}: ${w.total}**`, ...ordered.map((o) => o.complete.total), '', ''],
      ],
      ['l', ...ordered.map(() => 'l' as const), 'r', 'r'],
    ),
    '',
  );

  // ---- by objective
  out.push(`## ${w.byObjective}`, '', fill(w.byObjectiveNote, { n: s.excerptLength }), '');
  for (const o of s.objectives) {
    out.push(`### ${fill(w.objectiveN, { n: o.number })}: ${cell(o.title)}`, '');
    out.push(
      `${s.roundtables[o.roundtable - 1]!.label} · ${w.reviewsAnswering}: ${o.reviews.total} (${w.memberStates} ${o.reviews.memberStates}, ${w.otherSubmitters} ${o.reviews.otherSubmitters}) · ${w.allFive}: ${o.complete.total} · ${QUESTION_LETTERS.map((l) => `(${l}) ${o.questions[l].total}`).join(' ')}`,
      '',
    );
    const list = (heading: string, items: string[]) => {
      out.push(`#### ${heading}`, '');
      if (!items.length) out.push(w.nothingReported, '');
      else out.push(...items, '');
    };
    list(
      w.challenges,
      o.challenges.map((q) => `- **${cell(q.submitter)}** (${cell(where(q))}): ${cell(q.excerpt)}`),
    );
    list(
      w.practices,
      o.practices.map((q) => `- **${cell(q.submitter)}** (${cell(where(q))}): ${cell(q.excerpt)}`),
    );
    list(
      w.needs,
      o.needs.map(
        (q) =>
          `- **${cell(q.submitter)}** (${cell(where(q))}): ${cell(q.areaLabel)}${q.priorityLabel ? `, ${cell(q.priorityLabel)}` : ''}${q.excerpt ? `: ${cell(q.excerpt)}` : ''}`,
      ),
    );
    out.push(`#### ${w.statistics}`, '');
    if (!o.statistics.length) out.push(w.nothingReported, '');
    else
      out.push(
        table(
          [w.submitter, w.indicator, w.value, w.year, w.source, w.file],
          o.statistics.map((st) => [
            cell(st.submitter),
            cell(st.indicator),
            cell(st.unit ? `${st.value} ${st.unit}` : st.value),
            cell(st.year ?? ''),
            cell(st.source ?? ''),
            cell(where(st)),
          ]),
        ),
        '',
      );
  }

  // ---- support needs
  const msOther = [w.memberStates, w.otherSubmitters, w.total];
  out.push(`## ${w.support}`, '', `### ${w.supportByArea}`, '');
  out.push(
    table(
      [
        w.area,
        ...msOther.map((x) => `${w.needsCount}: ${x}`),
        `${w.highPriority}: ${w.total}`,
        ...msOther.map((x) => `${w.reviewsAsking}: ${x}`),
      ],
      s.support.byArea.map((a) => [
        cell(a.label),
        ...splitCells(a.needs),
        a.highPriority.total,
        ...splitCells(a.reviews),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );
  const pair = (x: Split) => (x.total ? `${x.memberStates} / ${x.otherSubmitters}` : '·');
  out.push(`### ${w.supportByObjective}`, '', `(${w.memberStates} / ${w.otherSubmitters})`, '');
  out.push(
    table(
      [w.objective, ...s.support.areas.map((a) => cell(a.label)), w.highPriority],
      s.objectives
        .filter((o) => o.needs.length)
        .map((o) => [
          `${o.number}. ${cell(o.short)}`,
          ...s.support.areas.map((a) => pair(o.supportByArea[a.area])),
          pair(o.highPriority),
        ]),
      ['l', ...s.support.areas.map(() => 'r' as const), 'r'],
    ),
    '',
  );
  out.push(`### ${w.supportByPrinciple}`, '', `(${w.memberStates} / ${w.otherSubmitters})`, '');
  out.push(
    table(
      [w.principle, ...s.support.areas.map((a) => cell(a.label)), w.total],
      s.support.byPrinciple.map((p) => [
        `(${p.letter}) ${cell(p.title)}`,
        ...s.support.areas.map((a) => pair(p.areas[a.area])),
        pair(p.total),
      ]),
      ['l', ...s.support.areas.map(() => 'r' as const), 'r'],
    ),
    '',
  );
  const principleNeeds = s.support.byPrinciple.flatMap((p) => p.needs.map((q) => ({ p, q })));
  for (const { p, q } of principleNeeds)
    out.push(
      `- (${p.letter}) **${cell(q.submitter)}** (${cell(where(q))}): ${cell(q.areaLabel)}${q.priorityLabel ? `, ${cell(q.priorityLabel)}` : ''}${q.excerpt ? `: ${cell(q.excerpt)}` : ''}`,
    );
  if (principleNeeds.length) out.push('');
  out.push(`### ${w.otherLabels}`, '');
  if (!s.support.otherLabels.length) out.push(w.nothingReported, '');
  for (const l of s.support.otherLabels)
    out.push(
      `- ${cell(l.label)} — **${cell(l.submitter)}** (${l.objective ? fill(w.objectiveN, { n: l.objective }) : cell(l.principle ?? '')}; ${cell(where(l))})`,
    );
  out.push('');

  // ---- the other parts of the reviews (profile, review process, plans, pledges …)
  for (const part of s.parts) {
    out.push(`## ${cell(part.title)}`, '');
    if (part.note) out.push(cell(part.note), '');
    for (const t of part.tables) {
      if (t.caption) out.push(`### ${cell(t.caption)}`, '');
      if (!t.rows.length) {
        out.push(w.nothingReported, '');
        continue;
      }
      out.push(
        table(
          t.columns.map(cell),
          t.rows.map((r) => r.map((v) => (typeof v === 'number' ? v : cell(v)))),
          t.columns.map((_, i) => (t.numericFrom !== undefined && i >= t.numericFrom ? 'r' : 'l')),
        ),
        '',
      );
    }
  }

  // ---- principles and stakeholders
  out.push(`## ${w.principlesApplied}`, '');
  out.push(
    table(
      [w.principle, ...msOther.map((x) => `${w.objectivesCiting}: ${x}`), ...msOther.map((x) => `${w.reviews}: ${x}`)],
      s.principlesApplied.map((p) => [
        `(${p.letter}) ${cell(p.title)}`,
        ...splitCells(p.objectives),
        ...splitCells(p.reviews),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );
  out.push(`## ${w.stakeholders}`, '');
  out.push(
    table(
      [w.category, ...msOther],
      s.stakeholders.map((c) => [cell(c.label), ...splitCells(c.reviews)]),
      ['l', 'r', 'r', 'r'],
    ),
    '',
  );
  return out.join('\n');
}
