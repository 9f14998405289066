// Output formats of `gcm-review diff`: terminal (colour or plain markers), Markdown, HTML with
// insertions and deletions marked like tracked changes, and JSON for programs.
import { escapeControl } from '../diagnostics/escape.js';
import type { Change, DiffResult, WordPart } from './index.js';

export const DIFF_FORMATS = ['terminal', 'markdown', 'html', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface FormatContext {
  oldName: string;
  newName: string;
  /** Terminal colours (ANSI); plain markers [-deleted-] {+inserted+} without. */
  color?: boolean;
  /** Show unchanged entries too (terminal and Markdown). */
  all?: boolean;
}

// ---- shared -------------------------------------------------------------------------------------

/** Control characters (other than newline and tab) made visible, so a file cannot drive the terminal. */
export function visible(s: string): string {
  return escapeControl(s);
}

/**
 * The lines of a changed text that hold a change, each as its word parts; "…" stands for the
 * unchanged lines left out between them.
 */
export function changedLines(words: WordPart[]): (WordPart[] | '…')[] {
  const lines: WordPart[][] = [[]];
  for (const w of words) {
    const pieces = w.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ type: w.type, text: piece });
    });
  }
  const out: (WordPart[] | '…')[] = [];
  let skipped = false;
  for (const line of lines) {
    if (line.some((p) => p.type !== 'same')) {
      if (skipped) out.push('…');
      skipped = false;
      out.push(line);
    } else if (line.length) skipped = true;
  }
  if (skipped) out.push('…');
  return out;
}

/** A short one-line value (a date, a number, a code) reads best as "old → new". */
function isShort(c: Change): boolean {
  return (c.old ?? '').length <= 60 && (c.new ?? '').length <= 60 && !/\n/.test(`${c.old}${c.new}`);
}

function groups(changes: Change[], all: boolean): { partLabel: string; items: Change[]; unchanged: number }[] {
  const out: { part: string; partLabel: string; items: Change[]; unchanged: number }[] = [];
  for (const c of changes) {
    let g = out[out.length - 1];
    if (!g || g.part !== c.part) out.push((g = { part: c.part, partLabel: c.partLabel, items: [], unchanged: 0 }));
    if (c.status === 'unchanged') g.unchanged++;
    if (c.status !== 'unchanged' || all) g.items.push(c);
  }
  return out;
}

function summaryLine(r: DiffResult): string {
  const s = r.summary;
  return `${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.unchanged} unchanged`;
}

function langNote(r: DiffResult): string {
  return r.lang.old === r.lang.new
    ? `texts compared in “${r.lang.new}”`
    : `texts compared across languages: “${r.lang.old}” (old) with “${r.lang.new}” (new)`;
}

const MARK = { added: '+', removed: '-', changed: '~', unchanged: '=' } as const;

// ---- terminal -----------------------------------------------------------------------------------

const ESC = '\u001b[';
const paint = (on: boolean, code: string, s: string) => (on && s ? `${ESC}${code}m${s}${ESC}0m` : s);

function indent(text: string, by = '      '): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

export function formatTerminal(r: DiffResult, ctx: FormatContext): string {
  const c = Boolean(ctx.color);
  const lines: string[] = [];
  lines.push(`${paint(c, '1', `${visible(ctx.oldName)} → ${visible(ctx.newName)}`)}  (${langNote(r)})`);
  if (r.same) {
    lines.push('The two reviews say the same.', `${summaryLine(r)}.`);
    return lines.join('\n') + '\n';
  }
  for (const g of groups(r.changes, Boolean(ctx.all))) {
    if (!g.items.length) continue;
    lines.push('', paint(c, '1', visible(g.partLabel)));
    for (const ch of g.items) {
      const colour =
        ch.status === 'added' ? '32' : ch.status === 'removed' ? '31' : ch.status === 'changed' ? '33' : '2';
      const head = `  ${paint(c, colour, `${MARK[ch.status]} ${ch.status}`)}  ${visible(ch.label || g.partLabel)}`;
      if (ch.statistic) {
        lines.push(
          `${head}: ${paint(c, '31', visible(ch.statistic.old ?? '—'))} → ${paint(c, '32', visible(ch.statistic.new ?? '—'))}`,
        );
        continue;
      }
      lines.push(head);
      if (ch.status === 'changed' && isShort(ch)) {
        lines[lines.length - 1] +=
          `: ${paint(c, '31', visible(ch.old ?? ''))} → ${paint(c, '32', visible(ch.new ?? ''))}`;
      } else if (ch.status === 'changed' && ch.words) {
        for (const line of changedLines(ch.words)) {
          const body =
            line === '…'
              ? paint(c, '2', '…')
              : line
                  .map((w) =>
                    w.type === 'same'
                      ? visible(w.text)
                      : w.type === 'ins'
                        ? c
                          ? paint(c, '32;4', visible(w.text))
                          : `{+${visible(w.text)}+}`
                        : c
                          ? paint(c, '31;9', visible(w.text))
                          : `[-${visible(w.text)}-]`,
                  )
                  .join('');
          lines.push(indent(body.trim()));
        }
      } else if (ch.status === 'added') lines.push(indent(paint(c, '32', visible(ch.new ?? ''))));
      else if (ch.status === 'removed') lines.push(indent(paint(c, '31', visible(ch.old ?? ''))));
      else if (ctx.all) lines.push(indent(paint(c, '2', visible(ch.new ?? ''))));
    }
    if (g.unchanged && !ctx.all) lines.push(paint(c, '2', `  (${g.unchanged} more unchanged)`));
  }
  const untouched = groups(r.changes, false).filter((g) => !g.items.length);
  if (untouched.length)
    lines.push('', paint(c, '2', `Unchanged: ${untouched.map((g) => visible(g.partLabel)).join('; ')}.`));
  lines.push('', `${summaryLine(r)}.`);
  return lines.join('\n') + '\n';
}

// ---- Markdown -----------------------------------------------------------------------------------

/** Text shown literally in Markdown (no emphasis, links, HTML or tables from the review). */
function md(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+!|~<>-]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/\n/g, '<br>');
}

function mdWords(words: WordPart[]): string {
  return changedLines(words)
    .map((line) => (line === '…' ? '…' : mdLine(line).trim()))
    .join('<br>');
}

function mdLine(words: WordPart[]): string {
  return words
    .map((w) => {
      const t = md(w.text);
      if (w.type === 'same') return t;
      // emphasis markers cannot hug spaces: keep the spaces outside
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(t)!;
      if (!m[2]) return t;
      return w.type === 'ins' ? `${m[1]}**${m[2]}**${m[3]}` : `${m[1]}~~${m[2]}~~${m[3]}`;
    })
    .join('');
}

export function formatMarkdown(r: DiffResult, ctx: FormatContext): string {
  const out: string[] = [];
  out.push(`# Changes from ${md(ctx.oldName)} to ${md(ctx.newName)}`, '');
  out.push(`${summaryLine(r)}; ${md(langNote(r))}. Deleted text is ~~struck through~~, inserted text is **bold**.`);
  if (r.same) out.push('', 'The two reviews say the same.');
  for (const g of groups(r.changes, Boolean(ctx.all))) {
    if (!g.items.length) continue;
    out.push('', `## ${md(g.partLabel)}`, '');
    for (const ch of g.items) {
      const where = md(ch.label || g.partLabel);
      if (ch.statistic) {
        out.push(`- **${ch.status}**: ${where}: ${md(ch.statistic.old ?? '—')} → ${md(ch.statistic.new ?? '—')}`);
        continue;
      }
      if (ch.status === 'changed' && isShort(ch)) {
        out.push(`- **${ch.status}**: ${where}: ~~${md(ch.old ?? '')}~~ → **${md(ch.new ?? '')}**`);
        continue;
      }
      const body =
        ch.status === 'changed' && ch.words
          ? mdWords(ch.words)
          : ch.status === 'added'
            ? `**${md(ch.new ?? '')}**`
            : ch.status === 'removed'
              ? `~~${md(ch.old ?? '')}~~`
              : md(ch.new ?? '');
      out.push(`- **${ch.status}**: ${where}`, `  ${body}`);
    }
    if (g.unchanged && !ctx.all) out.push(`- ${g.unchanged} unchanged`);
  }
  return out.join('\n') + '\n';
}

// ---- HTML ---------------------------------------------------------------------------------------

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const HTML_STYLE = `
body { font: 15px/1.5 "Noto Sans", "Segoe UI", Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.change { margin: .8rem 0; } .where { font-weight: 600; }
.badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .2rem; margin-right: .4rem; text-transform: uppercase; }
.added .badge { background: #d6f0dc; } .removed .badge { background: #fad4d2; } .changed .badge { background: #fbe9b7; } .unchanged .badge { background: #eee; }
.text { white-space: pre-wrap; margin: .3rem 0 0 1rem; padding-left: .6rem; border-left: 3px solid #ddd; }
ins { color: #0b5d1e; background: #e3f4e7; text-decoration: underline; }
del { color: #a1150f; background: #fde7e6; text-decoration: line-through; }
.legend, .summary { color: #555; }
`;

export function formatHtml(r: DiffResult, ctx: FormatContext): string {
  const body: string[] = [];
  body.push(`<h1>Changes from ${esc(ctx.oldName)} to ${esc(ctx.newName)}</h1>`);
  body.push(`<p class="summary">${esc(summaryLine(r))}; ${esc(langNote(r))}.</p>`);
  body.push('<p class="legend">Deleted text: <del>struck through</del>. Inserted text: <ins>underlined</ins>.</p>');
  if (r.same) body.push('<p>The two reviews say the same.</p>');
  for (const g of groups(r.changes, Boolean(ctx.all))) {
    if (!g.items.length) continue;
    body.push(`<section><h2>${esc(g.partLabel)}</h2>`);
    for (const ch of g.items) {
      const where = `<span class="badge">${ch.status}</span><span class="where">${esc(ch.label || g.partLabel)}</span>`;
      let text: string;
      if (ch.statistic)
        text = `${ch.statistic.old !== undefined ? `<del>${esc(ch.statistic.old)}</del>` : '—'} → ${ch.statistic.new !== undefined ? `<ins>${esc(ch.statistic.new)}</ins>` : '—'}`;
      else if (ch.status === 'changed' && isShort(ch))
        text = `<del>${esc(ch.old ?? '')}</del> → <ins>${esc(ch.new ?? '')}</ins>`;
      else if (ch.status === 'changed' && ch.words)
        text = ch.words
          .map((w) =>
            w.type === 'same'
              ? esc(w.text)
              : w.type === 'ins'
                ? `<ins>${esc(w.text)}</ins>`
                : `<del>${esc(w.text)}</del>`,
          )
          .join('');
      else if (ch.status === 'added') text = `<ins>${esc(ch.new ?? '')}</ins>`;
      else if (ch.status === 'removed') text = `<del>${esc(ch.old ?? '')}</del>`;
      else text = esc(ch.new ?? '');
      body.push(
        `<div class="change ${ch.status}">${where}<div class="text" lang="${esc(r.lang.new)}">${text}</div></div>`,
      );
    }
    if (g.unchanged && !ctx.all) body.push(`<p class="summary">${g.unchanged} unchanged</p>`);
    body.push('</section>');
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Changes: ${esc(ctx.oldName)} → ${esc(ctx.newName)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

// ---- JSON ---------------------------------------------------------------------------------------

export function formatJson(r: DiffResult, ctx: FormatContext): string {
  return (
    JSON.stringify(
      {
        old: ctx.oldName,
        new: ctx.newName,
        same: r.same,
        lang: r.lang,
        summary: r.summary,
        changes: r.changes.map((c) =>
          c.status === 'unchanged' ? { part: c.part, question: c.question, path: c.path, status: c.status } : c,
        ),
      },
      null,
      2,
    ) + '\n'
  );
}

export function formatDiff(format: DiffFormat, r: DiffResult, ctx: FormatContext): string {
  switch (format) {
    case 'markdown':
      return formatMarkdown(r, ctx);
    case 'html':
      return formatHtml(r, ctx);
    case 'json':
      return formatJson(r, ctx);
    default:
      return formatTerminal(r, ctx);
  }
}
