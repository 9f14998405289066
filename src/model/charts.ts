// Small charts as inline SVG, generated from the data. Colours come from the report's CSS
// classes (so a custom theme recolours them); the fill attributes are only a fallback.
import { escapeHtml } from './markdown.js';
import { labelList } from './lists.js';

const COLORS = {
  on: '#1f5fa6',
  off: '#d5dde6',
  high: '#b5382d',
  medium: '#e08a2c',
  low: '#7a9cc6',
  none: '#a7b1bc',
};

/** Five marks for questions (a)–(e): filled when answered. */
export function pipsSvg(answered: readonly boolean[], label: string): string {
  const w = 9;
  const gap = 3;
  const rects = answered
    .map(
      (on, i) =>
        `<rect class="pip ${on ? 'pip-on' : 'pip-off'}" x="${i * (w + gap)}" y="0" width="${w}" height="5" rx="1" fill="${on ? COLORS.on : COLORS.off}"/>`,
    )
    .join('');
  const total = answered.length * (w + gap) - gap;
  return `<svg class="pips" role="img" aria-label="${escapeHtml(label)}" width="${total}" height="5" viewBox="0 0 ${total} 5">${rects}</svg>`;
}

/** A small legend swatch. */
export function swatchSvg(cls: string, fill: string, shape: 'square' | 'circle' | 'diamond' = 'square'): string {
  const inner =
    shape === 'circle'
      ? `<circle class="${cls}" cx="5" cy="5" r="4.5" fill="${fill}"/>`
      : shape === 'diamond'
        ? `<path class="${cls}" d="M5 0.3 9.7 5 5 9.7 0.3 5Z" fill="${fill}"/>`
        : `<rect class="${cls}" x="0.5" y="0.5" width="9" height="9" rx="1.5" fill="${fill}"/>`;
  return `<svg class="swatch" aria-hidden="true" width="10" height="10" viewBox="0 0 10 10">${inner}</svg>`;
}

export function stateSwatch(state: 'complete' | 'partial' | 'none'): string {
  const fill = state === 'complete' ? COLORS.on : state === 'partial' ? '#9cbde0' : '#ffffff';
  return swatchSvg(`tile-swatch tile-${state}`, fill);
}

export function prioritySwatch(p: 'high' | 'medium' | 'low' | 'none'): string {
  // the shapes of the support matrix: high ●, medium ■, low ◆
  return swatchSvg(`prio-fill prio-${p}`, COLORS[p], p === 'medium' ? 'square' : p === 'low' ? 'diamond' : 'circle');
}

export interface BarRow {
  label: string;
  /** Counts by priority: high, medium, low, none. */
  counts: { high: number; medium: number; low: number; none: number };
}

/**
 * Horizontal stacked bars (one per support area), segments by priority, count at the end.
 * Mirrored for right-to-left reports.
 */
export function supportBarsSvg(
  rows: readonly BarRow[],
  opts: { title: string; rtl: boolean; segmentLabels: Record<string, string>; lang?: string },
): string {
  const W = 640;
  const rowH = 22;
  const barH = 13;
  const labelW = 190;
  const countW = 34;
  const top = 4;
  const H = top + rows.length * rowH + 2;
  const max = Math.max(1, ...rows.map((r) => r.counts.high + r.counts.medium + r.counts.low + r.counts.none));
  const barW = W - labelW - countW - 10;
  const unit = barW / max;
  const mirror = (x: number, w = 0) => (opts.rtl ? W - x - w : x);
  const out: string[] = [];
  // grid lines at each whole number (or every 2, 5 … when there are many)
  const step = max <= 10 ? 1 : max <= 20 ? 2 : max <= 50 ? 5 : 10;
  for (let v = 0; v <= max; v += step) {
    const x = mirror(labelW + 6 + v * unit);
    out.push(
      `<line class="chart-grid" x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${top - 2}" y2="${H - 2}" stroke="#e3e8ee" stroke-width="1"/>`,
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const textY = y + barH / 2 + 4;
    // the drawing is laid out left to right (direction="ltr" on the <svg>); a right-to-left label
    // is set right to left, flush with the right edge, beside its bar
    out.push(
      opts.rtl
        ? `<text class="chart-label" x="${(W - 2).toFixed(1)}" y="${textY.toFixed(1)}" direction="rtl" text-anchor="start" font-size="10.5">${escapeHtml(r.label)}</text>`
        : `<text class="chart-label" x="${labelW.toFixed(1)}" y="${textY.toFixed(1)}" text-anchor="end" font-size="10.5">${escapeHtml(r.label)}</text>`,
    );
    let x = labelW + 6;
    const total = r.counts.high + r.counts.medium + r.counts.low + r.counts.none;
    for (const p of ['high', 'medium', 'low', 'none'] as const) {
      const n = r.counts[p];
      if (!n) continue;
      const w = n * unit;
      out.push(
        `<rect class="prio-fill prio-${p}" x="${mirror(x, w).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${COLORS[p]}"><title>${escapeHtml(`${r.label}: ${n} (${opts.segmentLabels[p] ?? p})`)}</title></rect>`,
      );
      x += w;
    }
    out.push(
      `<text class="chart-count" x="${mirror(x + 5).toFixed(1)}" y="${textY.toFixed(1)}" text-anchor="${opts.rtl ? 'end' : 'start'}" font-size="10.5" font-weight="bold">${total}</text>`,
    );
  });
  // text alternative: every bar's label and counts by priority
  const rowsDesc = rows.map((r) => {
    const parts = (['high', 'medium', 'low', 'none'] as const)
      .filter((p) => r.counts[p])
      .map((p) => `${opts.segmentLabels[p] ?? p} ${r.counts[p]}`);
    const total = r.counts.high + r.counts.medium + r.counts.low + r.counts.none;
    // French and Spanish: the list's later items in lower case ("Financement : 8 (élevée 6, moyenne 2) ; renforcement…")
    return `${r.label}: ${total}${parts.length ? ` (${labelList(parts, opts.lang ?? 'en')})` : ''}`;
  });
  const desc = labelList(rowsDesc, opts.lang ?? 'en', '; ');
  return (
    `<svg class="chart chart-support" role="img" direction="ltr" viewBox="0 0 ${W} ${H}" width="100%" preserveAspectRatio="xMinYMin meet">` +
    `<title>${escapeHtml(opts.title)}</title><desc>${escapeHtml(desc)}.</desc>${out.join('')}</svg>`
  );
}
