// A synthesis as one self-contained HTML document (inline CSS and SVG, no script, no external
// resource): the file for browsers, and the document Chromium prints to PDF through the same
// hardened renderer as the reviews (src/render/chromium.ts). Reads the synthesis model only.
// Every text from a review is escaped; quotes carry their own lang and dir.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { QUESTION_LETTERS } from '../reference/index.js';
import { escapeHtml as esc } from '../model/markdown.js';
import { lockDown } from '../render/html.js';
import {
  objectivesByRoundtable,
  type Citation,
  type NeedQuote,
  type Quote,
  type Split,
  type SynthesisModel,
} from './index.js';

export interface SynthesisHtmlOptions {
  /** 'html': quotes open to their full text (<details>); 'pdf': excerpts only, A4 pages. */
  mode: 'html' | 'pdf';
  paper?: 'A4' | 'Letter';
}

let css: string | undefined;
function stylesheet(): string {
  return (css ??= readFileSync(fileURLToPath(new URL('../../templates/synthesis.css', import.meta.url)), 'utf8'));
}

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => String(p[k] ?? m));

function langAttrs(model: SynthesisModel, lang: string, dir: 'ltr' | 'rtl'): string {
  const base = (l: string) => l.toLowerCase().split(/[-_]/)[0];
  if (base(lang) === base(model.lang)) return '';
  return ` lang="${esc(lang)}"${dir !== model.dir ? ` dir="${dir}"` : ''}`;
}

function where(c: Pick<Citation, 'file' | 'line'>): string {
  return esc(c.line ? `${c.file}:${c.line}` : c.file);
}

/** Horizontal bars, two segments each (Member States, other submitters), the total at the end. */
function barsSvg(
  rows: { label: string; value: Split }[],
  opts: { id: string; title: string; desc: string; rtl: boolean; legend: [string, string] },
): string {
  const W = 640;
  const rowH = 18;
  const barH = 11;
  const labelW = 220;
  const top = 22;
  const H = top + rows.length * rowH + 4;
  const max = Math.max(1, ...rows.map((r) => r.value.total));
  const barW = W - labelW - 50;
  const unit = barW / max;
  const mirror = (x: number, w = 0) => (opts.rtl ? W - x - w : x);
  const out: string[] = [];
  const legendAt = (i: number) => mirror(labelW + 6 + i * 150, 10);
  opts.legend.forEach((name, i) => {
    out.push(
      `<rect class="bar-${i ? 'other' : 'ms'}" x="${legendAt(i).toFixed(1)}" y="4" width="10" height="10"/>`,
      `<text x="${mirror(labelW + 20 + i * 150).toFixed(1)}" y="13" font-size="10" text-anchor="${opts.rtl ? 'end' : 'start'}">${esc(name)}</text>`,
    );
  });
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const ty = y + barH / 2 + 4;
    out.push(
      `<text class="chart-label" x="${mirror(labelW).toFixed(1)}" y="${ty.toFixed(1)}" font-size="10" text-anchor="${opts.rtl ? 'start' : 'end'}">${esc(r.label)}</text>`,
    );
    let x = labelW + 6;
    for (const [cls, n] of [
      ['ms', r.value.memberStates],
      ['other', r.value.otherSubmitters],
    ] as const) {
      if (!n) continue;
      const w = n * unit;
      out.push(
        `<rect class="bar-${cls}" x="${mirror(x, w).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}"/>`,
      );
      x += w;
    }
    out.push(
      `<text x="${mirror(x + 4).toFixed(1)}" y="${ty.toFixed(1)}" font-size="10" font-weight="bold" text-anchor="${opts.rtl ? 'end' : 'start'}">${r.value.total}</text>`,
    );
  });
  return (
    `<svg class="chart" direction="ltr" role="img" aria-labelledby="${opts.id}-t ${opts.id}-d" viewBox="0 0 ${W} ${H}" width="100%" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${opts.id}-t">${esc(opts.title)}</title><desc id="${opts.id}-d">${esc(opts.desc)}</desc>${out.join('')}</svg>`
  );
}

export function synthesisHtml(s: SynthesisModel, opts: SynthesisHtmlOptions): string {
  const w = s.words;
  const pdf = opts.mode === 'pdf';
  const o: string[] = [];
  const th = (t: string, attrs = '') => `<th scope="col"${attrs}>${esc(t)}</th>`;
  const num = (n: number | string) => `<td class="num">${esc(String(n))}</td>`;
  const splitTds = (x: Split) => num(x.memberStates) + num(x.otherSubmitters) + num(x.total);
  const msOtherTotal = [w.memberStates, w.otherSubmitters, w.total];
  const titleAttrs = s.titlesInEnglish ? ' lang="en" dir="ltr"' : '';
  const title = (t: string) => `<bdi${titleAttrs}>${esc(t)}</bdi>`;

  const subtitle = [
    s.filters.region ? `${s.filters.region.toUpperCase()}: ${s.filters.regionLabel}` : undefined,
    s.filters.cycleLabel,
  ]
    .filter(Boolean)
    .join(' · ');
  const docTitle = `${w.title}${subtitle ? ` — ${subtitle}` : ''}`;

  // ---- header
  o.push(`<header class="doc-head wide"><h1>${esc(w.title)}</h1>`);
  if (subtitle) o.push(`<p class="subtitle">${esc(subtitle)}</p>`);
  o.push(
    `<p class="intro">${esc(
      fill(w.intro, {
        kept: s.totals.kept.total,
        ms: s.totals.kept.memberStates,
        other: s.totals.kept.otherSubmitters,
        left: s.totals.leftOut,
      }),
    )}</p>`,
    `<p class="note">${esc(fill(w.generated, { version: s.generator.version }))}</p>`,
  );
  if (s.titlesInEnglish) o.push(`<p class="note">${esc(w.officialTitlesNote)}</p>`);
  if (s.colophon) o.push(`<p class="note colophon">${esc(s.colophon)}</p>`);
  o.push('</header>');
  if (!pdf) {
    o.push(
      `<nav class="toc" aria-label="${esc(w.contents)}"><ol>`,
      ...[
        ['who', w.whoReported],
        ['coverage', w.coverage],
        ['objectives', w.byObjective],
        ['support', w.support],
        ['principles', w.principlesApplied],
        ['stakeholders', w.stakeholders],
      ].map(([id, t]) => `<li><a href="#${id}">${esc(t!)}</a></li>`),
      '</ol></nav>',
    );
  }

  // ---- who reported
  o.push(`<section id="who" class="wide"><h2>${esc(w.whoReported)}</h2>`);
  for (const [heading, ms] of [
    [w.memberStates, true],
    [w.otherSubmitters, false],
  ] as const) {
    const rows = s.reviews.filter((r) => r.memberState === ms);
    if (!rows.length) continue;
    o.push(
      `<h3>${esc(w.keptReviews)}: ${esc(heading)} (${rows.length})</h3>`,
      '<table class="data who"><thead><tr>',
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
      ]
        .map((t) => th(t))
        .join(''),
      '</tr></thead><tbody>',
    );
    for (const r of rows)
      o.push(
        `<tr><th scope="row">${esc(r.submitter)}</th><td>${esc(r.iso ?? '—')}</td><td>${esc(r.submitterTypeLabel)}</td>` +
          `<td>${esc(r.region ? r.region.toUpperCase() : '—')}</td><td>${esc(r.cycleLabel)}</td><td>${esc(r.languages.join(', '))}</td>` +
          `<td>${esc(r.status === 'draft' ? w.draft : w.final)}</td><td>${esc(r.ready ? w.ready : fill(w.notReady, { n: r.openPoints }))}</td>` +
          `${num(`${r.objectivesAnswered}/23`)}${num(`${r.objectivesFully}/23`)}<td class="${r.complete ? 'yes' : 'no'}">${esc(r.complete ? w.yes : w.no)}</td>` +
          `<td class="file"><bdi dir="ltr">${esc(r.file)}</bdi></td></tr>`,
      );
    o.push('</tbody></table>');
  }
  o.push(`<p class="note">${esc(w.completeNote)}</p>`);
  o.push(`<h3>${esc(w.leftOut)} (${s.leftOut.length})</h3>`);
  if (!s.leftOut.length) o.push(`<p>${esc(w.noneLeftOut)}</p>`);
  else {
    o.push(`<table class="data left-out"><thead><tr>${th(w.file)}${th(w.reason)}${th('')}</tr></thead><tbody>`);
    for (const l of s.leftOut)
      o.push(
        `<tr><td class="file"><bdi dir="ltr">${esc(l.line ? `${l.file}:${l.line}` : l.file)}</bdi></td><td>${esc(l.reasonLabel)}</td><td><bdi>${esc(l.detail)}</bdi></td></tr>`,
      );
    o.push('</tbody></table>');
  }
  if (s.sameSubmitter.length) {
    o.push(`<h3>${esc(w.sameSubmitter)}</h3><ul>`);
    for (const g of s.sameSubmitter)
      o.push(
        `<li>${esc(g.submitter)} (${esc(g.cycle)}): ${g.files.map((f) => `<bdi dir="ltr">${esc(f)}</bdi>`).join(', ')}</li>`,
      );
    o.push('</ul>');
  }
  o.push('</section>');

  // ---- coverage heat map
  const ordered = objectivesByRoundtable(s);
  o.push(
    `<section id="coverage" class="wide page-break-before"><h2>${esc(w.coverage)}</h2><p class="note">${esc(w.coverageNote)}</p>`,
    `<p class="legend" aria-hidden="true">${esc(w.heatLegend)}: ${[0, 1, 2, 3, 4, 5].map((n) => `<span class="heat heat-${n}">${n}</span>`).join(' ')}</p>`,
    `<div class="scroll"><table class="heatmap"><colgroup><col class="c-name">${ordered.map(() => '<col>').join('')}<col class="c-n"><col class="c-n"></colgroup><thead><tr><td></td>`,
    ...s.roundtables.map(
      (r) => `<th scope="colgroup" colspan="${r.objectives.length}" class="rt">${esc(r.label)}</th>`,
    ),
    `<td></td><td></td></tr><tr>${th(w.submitter)}`,
    ...ordered.map((ob) => `<th scope="col" class="obj" title="${esc(ob.short)}">${ob.number}</th>`),
    th(w.answered),
    th(w.fully),
    '</tr></thead><tbody>',
  );
  for (const r of s.reviews) {
    o.push(
      `<tr><th scope="row">${esc(r.submitter)}${r.memberState ? '' : ` <span class="kind">(${esc(r.submitterTypeLabel)})</span>`}</th>`,
    );
    for (const ob of ordered) {
      const have = r.coverage[ob.number - 1] ?? '';
      const text = have ? QUESTION_LETTERS.map((l) => (have.includes(l) ? l : '·')).join('') : '';
      o.push(`<td class="heat heat-${have.length}">${text}</td>`);
    }
    o.push(`${num(r.objectivesAnswered)}${num(r.objectivesFully)}</tr>`);
  }
  o.push('</tbody><tbody class="totals">');
  for (const [label, get] of [
    [`${w.reviewsAnswering}: ${w.memberStates}`, (x: (typeof ordered)[number]) => x.reviews.memberStates],
    [`${w.reviewsAnswering}: ${w.otherSubmitters}`, (x: (typeof ordered)[number]) => x.reviews.otherSubmitters],
    [`${w.reviewsAnswering}: ${w.total}`, (x: (typeof ordered)[number]) => x.reviews.total],
    [`${w.allFive}: ${w.total}`, (x: (typeof ordered)[number]) => x.complete.total],
  ] as const)
    o.push(`<tr><th scope="row">${esc(label)}</th>${ordered.map((x) => num(get(x))).join('')}<td></td><td></td></tr>`);
  o.push('</tbody></table></div></section>');

  // ---- by objective
  const quoteHtml = (q: Quote, lead = '') => {
    const attrs = langAttrs(s, q.lang, q.dir);
    const full =
      !pdf && q.truncated
        ? `<details><summary>${esc(w.fullText)}</summary><div class="full"${attrs}>${q.text
            .split(/\n\s*\n/)
            .map((p) => `<p>${esc(p.trim())}</p>`)
            .join('')}</div></details>`
        : '';
    return (
      `<li class="quote"><p class="cite"><span class="who">${esc(q.submitter)}</span>${q.memberState ? '' : ` <span class="kind">•</span>`} <span class="where"><bdi dir="ltr">${where(q)}</bdi></span>${lead}</p>` +
      (q.excerpt ? `<blockquote${attrs}>${esc(q.excerpt)}</blockquote>` : '') +
      full +
      '</li>'
    );
  };
  const needLead = (q: NeedQuote) =>
    ` <span class="area">${esc(q.areaLabel)}${q.priority ? ` <span class="prio prio-${q.priority}">${esc(q.priorityLabel ?? q.priority)}</span>` : ''}</span>`;
  o.push(
    `<section id="objectives" class="page-break-before"><h2>${esc(w.byObjective)}</h2><p class="note">${esc(fill(w.byObjectiveNote, { n: s.excerptLength }))}</p>`,
  );
  for (const ob of s.objectives) {
    o.push(
      `<section class="objective" id="objective-${ob.number}"><h3>${esc(fill(w.objectiveN, { n: ob.number }))}: ${title(ob.title)}</h3>`,
      `<p class="counts">${esc(s.roundtables[ob.roundtable - 1]!.label)} · ${esc(w.reviewsAnswering)}: ${ob.reviews.total} (${esc(w.memberStates)} ${ob.reviews.memberStates}, ${esc(w.otherSubmitters)} ${ob.reviews.otherSubmitters}) · ${esc(w.allFive)}: ${ob.complete.total} · ${QUESTION_LETTERS.map((l) => `(${l}) ${ob.questions[l].total}`).join(' ')}</p>`,
    );
    const list = (heading: string, items: string[]) => {
      o.push(`<h4>${esc(heading)}</h4>`);
      o.push(
        items.length ? `<ul class="quotes">${items.join('')}</ul>` : `<p class="none">${esc(w.nothingReported)}</p>`,
      );
    };
    list(
      w.challenges,
      ob.challenges.map((q) => quoteHtml(q)),
    );
    list(
      w.practices,
      ob.practices.map((q) => quoteHtml(q)),
    );
    list(
      w.needs,
      ob.needs.map((q) => quoteHtml(q, needLead(q))),
    );
    o.push(`<h4>${esc(w.statistics)}</h4>`);
    if (!ob.statistics.length) o.push(`<p class="none">${esc(w.nothingReported)}</p>`);
    else {
      o.push(
        `<table class="data stats"><thead><tr>${[w.submitter, w.indicator, w.value, w.year, w.source, w.file].map((t) => th(t)).join('')}</tr></thead><tbody>`,
      );
      for (const st of ob.statistics)
        o.push(
          `<tr><th scope="row">${esc(st.submitter)}</th><td><bdi>${esc(st.indicator)}</bdi></td>${num(st.unit ? `${st.value} ${st.unit}` : st.value)}<td>${esc(st.year ?? '')}</td><td><bdi>${esc(st.source ?? '')}</bdi></td><td class="file"><bdi dir="ltr">${where(st)}</bdi></td></tr>`,
        );
      o.push('</tbody></table>');
    }
    o.push('</section>');
  }
  o.push('</section>');

  // ---- support needs
  const rtl = s.dir === 'rtl';
  o.push(`<section id="support" class="page-break-before"><h2>${esc(w.support)}</h2><h3>${esc(w.supportByArea)}</h3>`);
  o.push(
    `<figure>${barsSvg(
      s.support.byArea.map((a) => ({ label: a.label, value: a.needs })),
      { id: 'chart-areas', title: w.chartAreas, desc: w.chartText, rtl, legend: [w.memberStates, w.otherSubmitters] },
    )}<figcaption>${esc(w.chartAreas)}</figcaption></figure>`,
  );
  o.push(
    `<table class="data"><thead><tr><td></td><th scope="colgroup" colspan="3">${esc(w.needsCount)}</th><th scope="colgroup" colspan="3">${esc(w.highPriority)}</th><th scope="colgroup" colspan="3">${esc(w.reviewsAsking)}</th></tr>`,
    `<tr>${th(w.area)}${[0, 1, 2].map(() => msOtherTotal.map((t) => th(t)).join('')).join('')}</tr></thead><tbody>`,
  );
  for (const a of s.support.byArea)
    o.push(
      `<tr><th scope="row">${esc(a.label)}</th>${splitTds(a.needs)}${splitTds(a.highPriority)}${splitTds(a.reviews)}</tr>`,
    );
  o.push('</tbody></table>');

  const withNeeds = s.objectives.filter((x) => x.needs.length);
  o.push(`<h3>${esc(w.supportByObjective)}</h3>`);
  if (withNeeds.length) {
    o.push(
      `<figure>${barsSvg(
        withNeeds.map((x) => ({
          label: `${x.number}. ${x.short}`,
          value: Object.values(x.supportByArea).reduce(
            (acc, v) => ({
              memberStates: acc.memberStates + v.memberStates,
              otherSubmitters: acc.otherSubmitters + v.otherSubmitters,
              total: acc.total + v.total,
            }),
            { memberStates: 0, otherSubmitters: 0, total: 0 },
          ),
        })),
        {
          id: 'chart-objectives',
          title: w.chartObjectives,
          desc: w.chartText,
          rtl,
          legend: [w.memberStates, w.otherSubmitters],
        },
      )}<figcaption>${esc(w.chartObjectives)}</figcaption></figure>`,
    );
    o.push(
      `<p class="note">${esc(w.memberStates)} / ${esc(w.otherSubmitters)}</p><table class="data matrix"><thead><tr>${th(w.objective)}${s.support.areas.map((a) => th(a.label)).join('')}${th(w.highPriority)}</tr></thead><tbody>`,
    );
    const pair = (x: Split) => `<td class="num">${x.total ? `${x.memberStates} / ${x.otherSubmitters}` : '·'}</td>`;
    for (const x of withNeeds)
      o.push(
        `<tr><th scope="row">${x.number}. ${title(x.short)}</th>${s.support.areas.map((a) => pair(x.supportByArea[a.area])).join('')}${pair(x.highPriority)}</tr>`,
      );
    o.push('</tbody></table>');
  } else o.push(`<p class="none">${esc(w.nothingReported)}</p>`);

  o.push(`<h3>${esc(w.supportByPrinciple)}</h3>`);
  o.push(
    `<p class="note">${esc(w.memberStates)} / ${esc(w.otherSubmitters)}</p><table class="data matrix"><thead><tr>${th(w.principle)}${s.support.areas.map((a) => th(a.label)).join('')}${th(w.total)}</tr></thead><tbody>`,
  );
  const pair = (x: Split) => `<td class="num">${x.total ? `${x.memberStates} / ${x.otherSubmitters}` : '·'}</td>`;
  for (const p of s.support.byPrinciple)
    o.push(
      `<tr><th scope="row">(${esc(p.letter)}) ${title(p.title)}</th>${s.support.areas.map((a) => pair(p.areas[a.area])).join('')}${pair(p.total)}</tr>`,
    );
  o.push('</tbody></table>');
  const pNeeds = s.support.byPrinciple.flatMap((p) =>
    p.needs.map((q) => quoteHtml(q, ` (${esc(p.letter)})${needLead(q)}`)),
  );
  if (pNeeds.length) o.push(`<ul class="quotes">${pNeeds.join('')}</ul>`);
  o.push(`<h3>${esc(w.otherLabels)}</h3>`);
  if (!s.support.otherLabels.length) o.push(`<p class="none">${esc(w.nothingReported)}</p>`);
  else {
    o.push(
      `<table class="data"><thead><tr>${[w.label, w.submitter, w.objective, w.file].map((t) => th(t)).join('')}</tr></thead><tbody>`,
    );
    for (const l of s.support.otherLabels)
      o.push(
        `<tr><td><bdi>${esc(l.label)}</bdi></td><td>${esc(l.submitter)}</td><td>${esc(l.objective ? String(l.objective) : (l.principle ?? ''))}</td><td class="file"><bdi dir="ltr">${where(l)}</bdi></td></tr>`,
      );
    o.push('</tbody></table>');
  }
  o.push('</section>');

  // ---- the other parts of the reviews (profile, review process, plans, pledges …)
  for (const part of s.parts) {
    o.push(`<section id="part-${esc(part.id)}"><h2>${esc(part.title)}</h2>`);
    if (part.note) o.push(`<p class="note">${esc(part.note)}</p>`);
    for (const t of part.tables) {
      if (t.caption) o.push(`<h3>${esc(t.caption)}</h3>`);
      if (!t.rows.length) {
        o.push(`<p class="none">${esc(w.nothingReported)}</p>`);
        continue;
      }
      const numeric = (i: number) => t.numericFrom !== undefined && i >= t.numericFrom;
      o.push(`<table class="data"><thead><tr>${t.columns.map((c) => th(c)).join('')}</tr></thead><tbody>`);
      for (const r of t.rows)
        o.push(
          `<tr>${r.map((v, i) => (numeric(i) ? num(v) : i === 0 ? `<th scope="row"><bdi>${esc(String(v))}</bdi></th>` : `<td><bdi>${esc(String(v))}</bdi></td>`)).join('')}</tr>`,
        );
      o.push('</tbody></table>');
    }
    o.push('</section>');
  }

  // ---- principles, stakeholders
  o.push(
    `<section id="principles"><h2>${esc(w.principlesApplied)}</h2><table class="data"><thead><tr><td></td><th scope="colgroup" colspan="3">${esc(w.objectivesCiting)}</th><th scope="colgroup" colspan="3">${esc(w.reviews)}</th></tr><tr>${th(w.principle)}${[0, 1].map(() => msOtherTotal.map((t) => th(t)).join('')).join('')}</tr></thead><tbody>`,
  );
  for (const p of s.principlesApplied)
    o.push(
      `<tr><th scope="row">(${esc(p.letter)}) ${title(p.title)}</th>${splitTds(p.objectives)}${splitTds(p.reviews)}</tr>`,
    );
  o.push('</tbody></table></section>');
  o.push(
    `<section id="stakeholders"><h2>${esc(w.stakeholders)}</h2><table class="data"><thead><tr>${th(w.category)}${msOtherTotal.map((t) => th(t)).join('')}</tr></thead><tbody>`,
  );
  for (const c of s.stakeholders) o.push(`<tr><th scope="row">${esc(c.label)}</th>${splitTds(c.reviews)}</tr>`);
  o.push('</tbody></table></section>');

  const paper = opts.paper ?? 'A4';
  const page = paper === 'A4' ? '210mm 297mm' : '215.9mm 279.4mm';
  const wide = paper === 'A4' ? '297mm 210mm' : '279.4mm 215.9mm';
  const pageCss = `@page { size: ${page}; margin: 18mm 16mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5b6670; } @top-${rtl ? 'right' : 'left'} { content: "${docTitle.replace(/["\\\n]/g, ' ')}"; font-size: 7.5pt; color: #5b6670; } }
@page wide { size: ${wide}; }`;
  const cssText = `${stylesheet()}\n${pageCss}`.replace(/<\/(style)/gi, '<\\/$1');
  // the same content policy as the reports: nothing but inline styles and data: URLs
  return lockDown(
    `<!DOCTYPE html>\n<html lang="${esc(s.lang)}" dir="${s.dir}" class="gcm-synthesis mode-${opts.mode}">\n<head>\n<meta charset="utf-8">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="gcm-review ${esc(s.generator.version)}">\n` +
      `<title>${esc(docTitle)}</title>\n<style>${cssText}</style>\n</head>\n<body>\n<main>\n${o.join('\n')}\n</main>\n</body>\n</html>\n`,
  );
}
