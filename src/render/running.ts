// "Objective 1 (continued)" in the running header of a page that begins inside an objective, and
// "(continued)" there when the page begins inside a practice box (issue 15 §1, §2).
//
// Chromium has no running elements (position: running(), string-set), but its page-margin boxes
// take counter(page, STYLE) with a custom counter style, and a `fixed` counter style is a list of
// strings, one per page: the running header becomes `counter(page, gcm-running)`, the page's
// entry in that list. The list is made in the page, from the same screen layout that predicts the
// table of contents' page numbers (html.gcm-paginate: one column per page, see html.ts): an
// element marked data-running="Objective 1 (continued)" with a piece in a later column than its
// first continues on that page. Margin boxes do not take part in layout, so filling them in never
// moves the text; the printed PDF's named destinations then tell whether the objectives start
// where the prediction put them, and only when one does not is the list shifted to match and the
// report printed again (as for the table of contents).
//
// The same script keeps a practice box from leaving more than a third of a page blank before it:
// a short box is kept whole (break-inside: avoid) only when that costs less than a third of the
// page; otherwise it breaks like a long one (its header then says "(continued)").
//
// A box that breaks is then cut in two where it breaks, the second part headed "<title>
// (continued)" (practice-split.ts): the page then begins with the box's own heading, so the
// running header names only the objective; a box that cannot be cut (a custom partial) keeps the
// "(continued)" in the running header.
//
// The scripts run in the page and are kept as source text (see chromium.ts): write a backslash in
// them as a doubled backslash.
import { PRACTICE_SPLIT } from './practice-split.js';

/** What the page script predicts. */
export interface RunningPrediction {
  /** Page number → the continuation texts of the page ("Objective 1 (continued)", "(continued)"). */
  pages: Record<string, string[]>;
  /** The id of each marked element's first element with an id (its heading) → its predicted first page. */
  starts: Record<string, number>;
  /** Practice boxes allowed to break so as not to leave a large blank (for tests and messages). */
  loosened: number;
  /** Practice boxes cut where they break, the second part headed "(continued)" (practice-split.ts). */
  split: number;
}

/**
 * Runs in the page while it is laid out as columns: an expression inside chromium.ts's
 * table-of-contents script, after a custom style sheet's page breaks became column breaks and
 * before the contents' pages are read (letting a box break, or cutting it in two, moves what
 * follows). Returns a RunningPrediction (no pages for a template without data-running-header, a
 * custom report.hbs: its header is left as it is), or null outside the column layout.
 */
export const RUNNING_PREDICT = `(() => {
  const doc = document, root = doc.documentElement, body = doc.body;
  if (!root.classList.contains('gcm-paginate')) return null;
  const box = body.getBoundingClientRect();
  const rtl = getComputedStyle(body).direction === 'rtl';
  const width = box.width || 1;
  const height = box.height || 1;
  const col = (r) => Math.max(0, Math.floor(((rtl ? box.right - r.right : r.left - box.left) + 0.5) / width)) + 1;
  const top = (r) => r.top - box.top;
  const bottom = (r) => r.bottom - box.top;
  // 1. short practice boxes kept whole only when that leaves at most a third of the page blank
  let loosened = 0;
  const boxes = doc.querySelectorAll('.practice');
  for (let i = 0; i < boxes.length; i++) {
    const el = boxes[i];
    if (getComputedStyle(el).breakInside !== 'avoid') continue;
    const rects = el.getClientRects();
    if (!rects.length) continue;
    const first = rects[0];
    const c = col(first);
    if (c < 2 || top(first) > 2) continue; // not pushed to the top of a page
    let prev = el.previousElementSibling, parent = el.parentElement;
    while (!prev && parent && parent !== body) { prev = parent.previousElementSibling; parent = parent.parentElement; }
    if (!prev) continue;
    const pr = prev.getClientRects();
    if (!pr.length) continue;
    const last = pr[pr.length - 1];
    if (col(last) !== c - 1) continue;
    if (height - bottom(last) > height / 3) { el.classList.add('gcm-may-break'); loosened++; }
  }
  // 2. boxes that break across pages cut in two, the second part headed "(continued)"
  const split = ${PRACTICE_SPLIT};
  // 3. the pages each marked element continues on
  const pages = {}, starts = {};
  if (!root.hasAttribute('data-running-header')) return { pages, starts, loosened, split };
  const marked = doc.querySelectorAll('[data-running]');
  for (let i = 0; i < marked.length; i++) {
    const el = marked[i];
    const rects = el.getClientRects();
    if (!rects.length) continue;
    const first = col(rects[0]);
    const idEl = el.id ? el : el.querySelector('[id]');
    if (idEl) starts[idEl.id] = first;
    const text = el.getAttribute('data-running') || '';
    const seen = {};
    for (let j = 1; j < rects.length; j++) {
      const r = rects[j];
      if (r.height < 1) continue;
      const c = col(r);
      if (c <= first || seen[c]) continue;
      seen[c] = true;
      (pages[c] = pages[c] || []).push(text);
    }
  }
  return { pages, starts, loosened, split };
})()`;

/**
 * The page function that writes a page → texts list into the running header: a `fixed` counter
 * style with one string per page (the review's header, then " · " and the page's continuation
 * texts), used by the header's margin box through --gcm-running (see pageCss in html.ts). Source
 * text of `(pages) => boolean`: chromium.ts's measuring script calls it with the prediction in the
 * same evaluation; runningApplyScript calls it with a corrected list.
 */
export const RUNNING_APPLY = `((pages) => {
  const doc = document, root = doc.documentElement;
  const base = root.getAttribute('data-running-header');
  if (base === null) return false;
  const css = (s) => '"' + String(s).replace(/[\\\\"]/g, (c) => '\\\\' + c).replace(/[\\u0000-\\u001f\\u007f]/g, ' ') + '"';
  let max = 0;
  for (const k in pages) max = Math.max(max, Number(k));
  const symbols = [];
  for (let p = 1; p <= max; p++) {
    const extra = pages[p];
    symbols.push(css(extra && extra.length ? base + ' · ' + extra.join(' · ') : base));
  }
  let style = doc.getElementById('gcm-running-style');
  if (!style) {
    style = doc.createElement('style');
    style.id = 'gcm-running-style';
    doc.head.appendChild(style);
  }
  style.textContent = max
    ? '@counter-style gcm-running-base { system: cyclic; symbols: ' + css(base) + '; } ' +
      '@counter-style gcm-running { system: fixed 1; symbols: ' + symbols.join(' ') + '; fallback: gcm-running-base; }'
    : '';
  // the default template sets --gcm-running on <html> from the start: changing a custom property
  // there would restyle every element of the document (25-30 ms); another template gets it here
  const own = root.hasAttribute('data-gcm-running');
  if (own || !root.style.getPropertyValue('--gcm-running')) {
    if (max) {
      root.style.setProperty('--gcm-running', 'counter(page, gcm-running)');
      root.setAttribute('data-gcm-running', '');
    } else {
      root.style.removeProperty('--gcm-running');
      root.removeAttribute('data-gcm-running');
    }
  }
  return true;
})`;

/** The script that writes the given page → texts list into the running header (RUNNING_APPLY). */
export function runningApplyScript(pages: Record<string, readonly string[]>): string {
  return `${RUNNING_APPLY}(${JSON.stringify(pages)})`;
}

/**
 * The continuation pages as printed: the prediction, each element's pages shifted by as many pages
 * as its heading actually landed away from where it was predicted (read from the PDF's named
 * destinations). Returns undefined when every start is where it was predicted (nothing to redo).
 */
export function correctedRunning(
  predicted: RunningPrediction,
  dests: ReadonlyMap<string, number>,
  markedStarts: Readonly<Record<string, number>> = predicted.starts,
): Record<string, string[]> | undefined {
  const shift: Record<string, number> = {};
  let off = false;
  for (const [id, page] of Object.entries(markedStarts)) {
    const actual = dests.get(id);
    if (actual !== undefined && actual !== page) {
      shift[id] = actual - page;
      off = true;
    }
  }
  if (!off) return undefined;
  // which element each continuation text belongs to is not kept per page; shift every page by the
  // offset of the nearest start at or before it (the pages of one objective move together)
  const starts = Object.entries(markedStarts).sort((a, b) => a[1] - b[1]);
  const out: Record<string, string[]> = {};
  for (const [k, texts] of Object.entries(predicted.pages)) {
    const p = Number(k);
    let d = 0;
    for (const [id, s] of starts) if (s <= p) d = shift[id] ?? 0;
    const q = String(p + d);
    (out[q] ??= []).push(...texts);
  }
  return out;
}
