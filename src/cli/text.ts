// Plain-text layout for terminal output: word wrap and tables that fit 80 columns.
import type { ChalkInstance } from 'chalk';

/** Display width of a string (the reference data holds no wide or combining characters). */
export function len(s: string): number {
  return [...s].length;
}

export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - len(s)));
  return align === 'right' ? fill + s : s + fill;
}

export interface WrapOptions {
  /** Cut a word longer than the line (default); false: it overflows on its own line (paths, addresses). */
  cut?: boolean;
  /** Columns taken off every line after the first (a hanging indent). */
  hanging?: number;
}

/**
 * Greedy word wrap of one paragraph (any run of white space is one space), the project's only
 * wrapping algorithm: `width` columns for the first line, `width - hanging` for the others. A word
 * longer than the line is cut unless `cut` is false. Always returns at least one line.
 */
export function wrap(text: string, width: number, options: boolean | WrapOptions = {}): string[] {
  const o = typeof options === 'boolean' ? { cut: options } : options;
  const cut = o.cut ?? true;
  const first = Math.max(1, width);
  const rest = Math.max(1, width - (o.hanging ?? 0));
  const lines: string[] = [];
  const room = () => (lines.length === 0 ? first : rest);
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (cut && len(word) > room()) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const chars = [...word];
      const w = room();
      lines.push(chars.slice(0, w).join(''));
      word = chars.slice(w).join('');
    }
    if (!line) line = word;
    else if (len(line) + 1 + len(word) <= room()) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Text laid out for the terminal: each paragraph (line of `text`) wrapped with `wrap`, at least
 * 20 columns, every line indented by `indent` spaces and lines after a paragraph's first by
 * `hanging` more; long words are not cut.
 */
export function wrapBlock(text: string, width: number, indent = 0, hanging = 0): string {
  const max = Math.max(20, width - indent);
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .flatMap((para) =>
      para === ''
        ? ['']
        : wrap(para, max, { cut: false, hanging }).map((l, i) => (i === 0 ? pad : pad + ' '.repeat(hanging)) + l),
    )
    .join('\n');
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Share of the remaining width for a wrapped column; a column without it keeps its natural width. */
  flex?: number;
}

/**
 * A plain-text table no wider than `width`: fixed columns at their natural width (a long header
 * wraps at its spaces), flex columns share what is left and wrap their cells.
 */
export function renderTable(columns: Column[], rows: string[][], width: number, bold?: ChalkInstance): string[] {
  const gap = 2;
  const natural = columns.map((c, i) =>
    Math.max(c.flex ? len(c.header) : Math.max(...c.header.split(' ').map(len)), ...rows.map((r) => len(r[i] ?? ''))),
  );
  const fixed = columns.reduce((sum, c, i) => sum + (c.flex ? 0 : natural[i]!), 0);
  const totalFlex = columns.reduce((sum, c) => sum + (c.flex ?? 0), 0);
  let room = width - fixed - gap * (columns.length - 1);
  const widths = columns.map((c, i) => {
    if (!c.flex) return natural[i]!;
    const share = Math.max(12, Math.floor((room * c.flex) / totalFlex));
    return Math.min(natural[i]!, share);
  });
  // give space a flex column does not need to the others
  room -= widths.reduce((s, w, i) => s + (columns[i]!.flex ? w : 0), 0);
  for (let i = 0; i < columns.length && room > 0; i++) {
    if (!columns[i]!.flex) continue;
    const extra = Math.min(room, natural[i]! - widths[i]!);
    widths[i]! += extra;
    room -= extra;
  }
  const line = (cells: string[][]): string[] => {
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(
        cells
          .map((c, i) => pad(c[k] ?? '', widths[i]!, columns[i]!.align))
          .join(' '.repeat(gap))
          .trimEnd(),
      );
    }
    return out;
  };
  const head = line(columns.map((c, i) => wrap(c.header, widths[i]!))).map((l) => (bold ? bold.bold(l) : l));
  const body = rows.flatMap((r) => line(r.map((cell, i) => (columns[i]!.flex ? wrap(cell, widths[i]!) : [cell]))));
  return [...head, ...body];
}

/** Width to lay text out in: the terminal's (60 to 120 columns), or 80 when output is not a terminal. */
export function outputWidth(): number {
  const cols = process.stdout.isTTY ? process.stdout.columns : undefined;
  return cols ? Math.min(120, Math.max(60, cols)) : 80;
}
