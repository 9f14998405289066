// The five examples as PDFs (and the long one on US Letter), checked as a publications editor
// would (issue 15 §2–§4): pagination (no heading, table title or header, or "(b)" chips ends a page;
// no page of one or two spilled lines), French spacing, UN-style English dates, Arabic text that
// extracts with lam-alef in order, and a DRAFT watermark that never reaches the text.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildReportModel } from '../../src/model/index.js';
import { renderFiles } from '../../src/render/index.js';
import { EXAMPLES, loadReview, removeTempDirs, tempDir } from '../render/helpers.js';

const NAMES = ['bilingual-en-fr', 'draft-fr', 'full-en', 'review-ar', 'stakeholder-es'];

describe('PDFs of the examples', () => {
  let dir: string;
  const raw = (name: string, page?: number): string =>
    execFileSync(
      'pdftotext',
      [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', join(dir, name), '-'],
      { encoding: 'utf8' },
    ).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
  beforeAll(async () => {
    dir = tempDir('gcm-finish-');
    const summary = await renderFiles(
      NAMES.map((n) => join(EXAMPLES, `${n}.gcm.yaml`)),
      { outDir: dir },
    );
    expect(summary.failed).toEqual([]);
    // the long example on US Letter too
    mkdirSync(join(dir, 'letter'));
    const letter = await renderFiles([join(EXAMPLES, 'full-en.gcm.yaml')], {
      outDir: join(dir, 'letter'),
      paper: 'Letter',
    });
    expect(letter.failed).toEqual([]);
  }, 240_000);
  afterAll(removeTempDirs);

  const pdfs = () => [...NAMES.map((n) => `${n}.pdf`), 'letter/full-en.pdf'];
  const pageCount = (name: string) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, name)], { encoding: 'utf8' }))![1]);
  /** The running header of a page after the cover: its first block of lines (it may wrap), joined. */
  const headerBlock = (text: string): { header: string; rest: string[] } => {
    const lines = text.split('\n').map((l) => l.trim());
    const start = lines.findIndex((l) => l);
    let end = start;
    while (end < lines.length && lines[end]) end++;
    return { header: lines.slice(start, end).join(' '), rest: lines.slice(end) };
  };
  /** The text lines of a page, without the running header, the draft label and the page number. */
  const contentLines = (name: string, page: number, header: string) =>
    headerBlock(raw(name, page)).rest.filter(
      (l) =>
        l && l !== header && !/^(Page|Página) \d+ (of|sur|de) \d+$|^الصفحة|^Draft: not|^Projet : ne pas|^\d+$/.test(l),
    );

  test('no page ends with a heading, a "Statistics" title, a table header or the "(b)" principle chips', async () => {
    for (const name of pdfs()) {
      const review = await loadReview(join(EXAMPLES, name.replace(/^letter\//, '').replace('.pdf', '.gcm.yaml')));
      const m = buildReportModel(review);
      const objectives = m.parts.flatMap((p) => p.objectives);
      // headings as they print (objective label and title are separate lines)
      const headings = new Set(
        [
          m.strings['stats.caption'].toUpperCase(),
          ...objectives.flatMap((o) => [o.label.toUpperCase(), ...Object.values(o.q).map((q) => q.heading)]),
          ...m.toc.map((e) => e.text),
        ].map((h) => h.replace(/\s+/g, ' ')),
      );
      const chips = m.strings['objective.principlesApplied'];
      const header = m.meta.runningHeader;
      for (let p = 2; p <= pageCount(name); p++) {
        const lines = contentLines(name, p, header);
        if (lines[0] === m.strings['toc.title']) continue; // the contents list its headings
        const last = lines[lines.length - 1] ?? '';
        expect(headings.has(last), `${name} page ${p} ends with the heading "${last}"`).toBe(false);
        expect(
          lines.slice(-3).some((l) => l.startsWith(chips)),
          `${name} page ${p} ends with the principle chips`,
        ).toBe(false);
        expect(last.startsWith(m.strings['stats.indicator']), `${name} page ${p} ends with a table header`).toBe(false);
      }
    }
  });

  test('no page carries only one or two spilled lines', async () => {
    for (const name of pdfs()) {
      const review = await loadReview(join(EXAMPLES, name.replace(/^letter\//, '').replace('.pdf', '.gcm.yaml')));
      const header = buildReportModel(review).meta.runningHeader;
      for (let p = 2; p <= pageCount(name); p++) {
        const lines = contentLines(name, p, header);
        expect(lines.length, `${name} page ${p}: ${lines.join(' | ')}`).toBeGreaterThan(2);
      }
    }
  });

  test('a page that begins inside an objective says which in its running header ("Objective 1 (continued)"), in all four languages', () => {
    const label = /^(?:OBJECTIVE|OBJECTIF|OBJETIVO|الهدف) (\d+)$/;
    const continued =
      /(?:Objective|Objectif|Objetivo) (\d+) \((?:continued|suite|continuación)\)|الهدف\D{0,4}(\d+)\D{0,4}تابع/;
    let named = 0;
    const langs = new Set<string>();
    for (const name of pdfs()) {
      let current: number | undefined; // the last objective whose label was printed
      for (let p = 2; p <= pageCount(name); p++) {
        const { header, rest } = headerBlock(raw(name, p));
        const lines = rest.filter((l) => l);
        const cont = continued.exec(header);
        const n = cont ? Number(cont[1] ?? cont[2]) : undefined;
        const startsWithObjective = label.test(lines[0] ?? '');
        if (startsWithObjective) expect(n, `${name} page ${p} starts with an objective: ${header}`).toBeUndefined();
        // a page whose first line is a question heading "(a)"…"(e)" is inside the last objective
        if (/^\([a-e]\) /.test(lines[0] ?? '') && current !== undefined)
          expect(n, `${name} page ${p} begins inside objective ${current}: ${header}`).toBe(current);
        if (n !== undefined) {
          expect(n, `${name} page ${p}: ${header}`).toBe(current);
          named++;
          langs.add(/الهدف/.test(header) ? 'ar' : cont![0].split(' ')[0]!);
        }
        for (const l of lines) {
          const m = label.exec(l);
          if (m) current = Number(m[1]);
        }
      }
    }
    expect(named).toBeGreaterThan(20);
    expect([...langs].sort()).toEqual(['Objectif', 'Objective', 'Objetivo', 'ar']);
  });

  test('Arabic: words with lam-alef extract in order (searchable), never reversed', () => {
    const text = raw('review-ar.pdf');
    for (const w of ['الاستعراض', 'الأهداف', 'الأولوية', 'الأسئلة']) expect(text, w).toContain(w);
    expect(text).not.toMatch(/اال|األ|اإل/);
  });

  test('Arabic running header: the country name with lam-alef extracts in order on every page after the cover', () => {
    const pages = pageCount('review-ar.pdf');
    for (let p = 2; p <= pages; p++) {
      const first = raw('review-ar.pdf', p)
        .split('\n')
        .find((l) => l.trim());
      // "دولة نخلان" (lam-alef in "نخلان"), never "نخالن"
      expect(first, `page ${p}`).toContain('دولة نخلان');
      expect(first, `page ${p}`).not.toContain('نخالن');
    }
  });

  test('French: labels and text carry the space before the colon ("Participants : 58", "Priorité : Élevée")', () => {
    const text = raw('draft-fr.pdf');
    // (pdftotext writes the no-break space as a space)
    expect(text).toMatch(/Participants[ \u00a0]: 58/);
    expect(text).toMatch(/Priorité[ \u00a0]: Élevée/);
    expect(text).not.toMatch(/[A-Za-zé]: /);
  });

  test('English cover date in UN style', () => {
    expect(raw('full-en.pdf', 1)).toMatch(
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
    );
  });

  test('the DRAFT watermark leaves no letters in the text of any page', () => {
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'draft-fr.pdf')], { encoding: 'utf8' }))![1],
    );
    for (let p = 2; p <= pages; p++) {
      const lines = raw('draft-fr.pdf', p)
        .split('\n')
        .map((l) => l.trim());
      expect(
        lines.filter((l) => /^[PROJET]$/.test(l)),
        `page ${p}`,
      ).toEqual([]);
      expect(raw('draft-fr.pdf', p)).not.toContain('PROJET');
    }
  });
});
