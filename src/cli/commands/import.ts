// `gcm-review import FILE.docx [-o FILE.gcm.yaml] [--force]`: a review written in Word → a
// review file, with a placement report (each heading found and where its text went, counts per
// objective, what could not be placed). The work is in src/import, loaded only when this runs.
// Exit 0 imported (the file is valid), 1 imported but the file still has problems to fix (e.g.
// the country), 2 bad input (not a .docx, .doc, password, zip bomb, empty, too large) or an
// existing output file: nothing is written then.
import type { Command } from 'commander';
import { relative } from 'node:path';
import { UserError } from '../../diagnostics/index.js';
import { globalOptions, makePrinter } from '../output.js';

/** Control characters from a document are shown escaped, never sent to the terminal. */
function safe(s: string, max = 90): string {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n' || c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const show = (p: string) => {
  const r = relative(process.cwd(), p);
  return safe(r && !r.startsWith('..') ? r : p, 200);
};

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Make a review file from a review written in Word (.docx)')
    .argument('<file>', 'the Word document (.docx)')
    .option('-o, --out <file>', 'the review file to write (default: FILE.gcm.yaml beside the document)')
    .option('--force', 'replace the output file if it exists')
    .option('--country <code>', 'the country (ISO 3166-1 alpha-3, e.g. MEX) when the document does not name it')
    .addHelpText(
      'after',
      `
Recognises objective headings in English, French, Spanish and Arabic ("Objective 7", "Objectif 7",
"Objetivo 7", "الهدف 7", "3.7 Objective 7", or the objective's title), the questions (a)–(e) by
letter or wording (as headings, bold lead-ins or table rows), and the usual sections (key messages,
national context, methodology, guiding principles, next steps, annexes). Tables under (a) become
statistics where they can; lists, bold, italic and links become Markdown. Text that fits nowhere is
kept, in order, under x-unplaced at the end of the file. Nothing is lost.

Examples:
  gcm-review import review-2022.docx                  writes review-2022.gcm.yaml
  gcm-review import review-2022.docx -o mexico.gcm.yaml --country MEX
  gcm-review edit review-2022.gcm.yaml                then complete what is missing

Exit codes: 0 imported, 1 imported but the file needs a fix (shown), 2 not a usable .docx or the
output exists (nothing written; --force replaces it).`,
    )
    .action(async (file: string, opts: { out?: string; force?: boolean; country?: string }, cmd: Command) => {
      const g = globalOptions(cmd);
      const p = makePrinter(g);
      if (file === '-')
        throw new UserError(
          'import reads a Word file, not standard input',
          2,
          'Save the document and name the .docx file.',
        );
      const { importDocx } = await import('../../import/index.js');
      const res = await importDocx(file, {
        ...(opts.out ? { out: opts.out } : {}),
        ...(opts.force ? { force: true } : {}),
        ...(opts.country ? { country: opts.country.toUpperCase() } : {}),
      });
      const c = p.color;
      const lines: string[] = [];
      lines.push(
        c.green(`Imported ${show(res.input)} → ${show(res.output)}`) + c.dim(` (${(res.ms / 1000).toFixed(1)} s)`),
      );
      if (!g.quiet) {
        lines.push('', 'Headings found, and where their text went:');
        for (const pl of res.placements)
          lines.push(
            `  ${safe(pl.heading, 60).padEnd(60)} → ${pl.target}${pl.paragraphs ? c.dim(` (${pl.paragraphs} paragraph${pl.paragraphs === 1 ? '' : 's'})`) : ''}`,
          );
        if (!res.placements.length) lines.push('  (none: the document has no headings gcm-review recognises)');
        if (res.objectives.length) {
          lines.push('', 'Objectives:');
          for (const o of res.objectives)
            lines.push(
              `  ${String(o.n).padStart(2)}  questions ${o.questions.length ? o.questions.map((l) => `(${l})`).join(' ') : '—'}` +
                c.dim(
                  `  ${o.paragraphs} paragraph${o.paragraphs === 1 ? '' : 's'}${o.statistics ? `, ${o.statistics} statistic${o.statistics === 1 ? '' : 's'}` : ''}`,
                ),
            );
        }
        if (res.guessed.length) {
          lines.push('', 'Guessed (check in gcm-review edit):');
          for (const x of res.guessed) lines.push(`  ${x}`);
        }
      }
      if (res.unplaced.length) {
        lines.push(
          '',
          c.yellow(
            `Not placed: ${res.unplaced.length} passage${res.unplaced.length === 1 ? '' : 's'}, kept under x-unplaced in the file:`,
          ),
        );
        for (const u of res.unplaced.slice(0, g.verbose ? undefined : 10))
          lines.push(`  after "${safe(u.after ?? '', 40)}": ${safe(u.text, 70)}`);
        if (!g.verbose && res.unplaced.length > 10)
          lines.push(c.dim(`  … and ${res.unplaced.length - 10} more (--verbose lists all)`));
      } else lines.push('', 'Every paragraph was placed.');
      const errors = res.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) {
        lines.push('', c.red(`The file still needs ${errors.length === 1 ? 'a fix' : `${errors.length} fixes`}:`));
        for (const d of errors)
          lines.push(`  ${show(d.file)}:${d.line}:${d.column}: ${d.message}${d.hint ? `\n    hint: ${d.hint}` : ''}`);
      }
      lines.push('', `Next: gcm-review edit ${show(res.output)}`);
      p.out(lines.join('\n'));
      process.exitCode = errors.length ? 1 : 0;
    });
}
