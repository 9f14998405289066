// `gcm-review synthesize` on 45 generated files (42 reviews from the five examples: several
// regions, cycles, submitter types and languages; one duplicate; two invalid files), in every
// format. Counts are checked against a recount written here from the generated data; every
// quote's file:line against the `yaml` package's own positions; the PDF's text with pdftotext.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { createAjv } from '../../src/validate/ajv.js';
// @ts-expect-error a plain ES module shared with the benchmark
import { writeReviews } from '../../bench/generate-reviews.mjs';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/gcm-review.js');

interface Generated {
  name: string;
  path: string;
  text: string;
  kind: 'review' | 'duplicate' | 'invalid';
  duplicateOf?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
}
interface Split {
  memberStates: number;
  otherSubmitters: number;
  total: number;
}

let dir: string;
let files: Generated[];
const outputs: Record<string, string> = {};
const runs: Record<string, ReturnType<typeof spawnSync>> = {};

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, 'synthesize', dir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-synth-gen-'));
  files = writeReviews(join(dir, 'in'), { n: 42, seed: 14 }) as Generated[];
  dir = join(dir, 'in');
  for (const f of ['markdown', 'json', 'html', 'csv', 'xlsx', 'pdf']) {
    const out = join(dir, '..', `synthesis.${f}`);
    runs[f] = run(['-f', f, '-o', out]);
    outputs[f] = out;
  }
}, 180_000);
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

// ---- the independent recount ----------------------------------------------------------------
const filled = (n: unknown) =>
  typeof n === 'string'
    ? n.trim() !== ''
    : !!n && typeof n === 'object' && Object.values(n).some((v) => typeof v === 'string' && v.trim() !== '');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function letters(o: any): string {
  if (!o) return '';
  return [
    filled(o.implementation?.status) || (o.implementation?.statistics?.length ?? 0) > 0 ? 'a' : '',
    (o.guiding_principles?.applied?.length ?? 0) > 0 || filled(o.guiding_principles?.narrative) ? 'b' : '',
    filled(o.gaps_and_challenges) ? 'c' : '',
    (o.promising_practices?.length ?? 0) > 0 ? 'd' : '',
    (o.support_needs?.length ?? 0) > 0 ? 'e' : '',
  ].join('');
}
const zero = (): Split => ({ memberStates: 0, otherSubmitters: 0, total: 0 });
const add = (s: Split, ms: boolean, n = 1) => {
  s[ms ? 'memberStates' : 'otherSubmitters'] += n;
  s.total += n;
};
function recount() {
  const reviews = files.filter((f) => f.kind === 'review');
  const kept = zero();
  const perObjective = Array.from({ length: 23 }, () => ({
    reviews: zero(),
    complete: zero(),
    challenges: 0,
    practices: 0,
    needs: 0,
    statistics: 0,
  }));
  const areas: Record<string, Split> = {};
  let complete = 0;
  for (const f of reviews) {
    const ms = f.data.metadata.submitter.type === 'member_state';
    add(kept, ms);
    let fully = 0;
    for (let n = 1; n <= 23; n++) {
      const o = f.data.objectives?.[String(n)] ?? f.data.objectives?.[n];
      const l = letters(o);
      const p = perObjective[n - 1]!;
      if (l) add(p.reviews, ms);
      if (l.length === 5) {
        add(p.complete, ms);
        fully++;
      }
      if (!o) continue;
      if (filled(o.gaps_and_challenges)) p.challenges++;
      p.practices += o.promising_practices?.length ?? 0;
      p.needs += o.support_needs?.length ?? 0;
      p.statistics += o.implementation?.statistics?.length ?? 0;
      for (const need of o.support_needs ?? []) add((areas[need.area] ??= zero()), ms);
    }
    if (fully === 23) complete++;
  }
  return { kept, perObjective, areas, complete };
}

/** Line of a path's key or list item, by the `yaml` package. */
function yamlLines(text: string) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  return (path: (string | number)[]) => {
    let node: unknown = doc.contents;
    let at: number | undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === String(seg));
        if (!pair) return undefined;
        at = (pair.key as YamlNode).range![0];
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(seg)];
        if (!node) return undefined;
        at = (node as YamlNode).range![0];
      } else return undefined;
    }
    return at === undefined ? undefined : lc.linePos(at).line;
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('synthesize on 42 generated reviews, one duplicate and two invalid files', () => {
  it('writes every format, reports the invalid files on stderr and exits 1', () => {
    for (const [f, r] of Object.entries(runs)) {
      expect(r.status, `${f}: ${r.stderr}`).toBe(1);
      expect(r.stderr, f).toMatch(/skipped .*broken-syntax\.gcm\.yaml:\d+: /);
      expect(r.stderr, f).toMatch(/skipped .*wrong-type\.gcm\.yaml:2: /);
      expect(r.stderr, f).toMatch(/left out .*: duplicate \(same submitter, cycle and content as /);
      expect(r.stderr, f).toMatch(/reading reviews: 45\/45/); // progress for a large set
      expect(readFileSync(outputs[f]!).length, f).toBeGreaterThan(1000);
    }
  });

  it('JSON: valid against its schema, counts equal to the independent recount', () => {
    const s = JSON.parse(readFileSync(outputs['json']!, 'utf8'));
    const schema = JSON.parse(readFileSync(join(root, 'schemas/gcm-synthesis.schema.json'), 'utf8'));
    expect(schema.$id).toBe('https://gcm-review.github.io/schema/v1/gcm-synthesis.schema.json');
    expect(s.$schema).toBe(schema.$id);
    const validate = createAjv().compile(schema);
    expect(validate(s), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const r = recount();
    expect(s.totals.files).toBe(45);
    expect(s.totals.kept).toEqual(r.kept);
    expect(s.totals.kept.otherSubmitters).toBeGreaterThan(0);
    expect(s.totals.complete.total).toBe(r.complete);
    expect(s.totals).toMatchObject({ leftOut: 3, invalid: 2, duplicates: 1, otherRegion: 0, otherCycle: 0 });
    s.objectives.forEach((o: Record<string, unknown> & { number: number }, i: number) => {
      const p = r.perObjective[i]!;
      expect(o['reviews'], `objective ${o.number}`).toEqual(p.reviews);
      expect(o['complete'], `objective ${o.number}`).toEqual(p.complete);
      expect((o['challenges'] as unknown[]).length).toBe(p.challenges);
      expect((o['practices'] as unknown[]).length).toBe(p.practices);
      expect((o['needs'] as unknown[]).length).toBe(p.needs);
      expect((o['statistics'] as unknown[]).length).toBe(p.statistics);
    });
    for (const a of s.support.byArea) expect(a.needs, a.area).toEqual(r.areas[a.area] ?? zero());
    // several regions, cycles, submitter types and languages made it in
    expect(new Set(s.reviews.map((x: { region: string }) => x.region)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(s.reviews.map((x: { cycle: string }) => x.cycle)).size).toBe(2);
    expect(new Set(s.reviews.map((x: { languages: string[] }) => x.languages[0])).size).toBeGreaterThanOrEqual(4);
  });

  it('every quote, statistic and "other" label cites the right file:line, and its text is there', () => {
    const s = JSON.parse(readFileSync(outputs['json']!, 'utf8'));
    const byFile = new Map(files.map((f) => [f.path, f]));
    const lines = new Map<string, ReturnType<typeof yamlLines>>();
    const lineOf = (file: string, path: (string | number)[]) => {
      if (!lines.has(file)) lines.set(file, yamlLines(byFile.get(file)!.text));
      return lines.get(file)!(path);
    };
    let checked = 0;
    for (const o of s.objectives) {
      const seen = new Map<string, number>();
      const next = (key: string) => {
        const i = seen.get(key) ?? 0;
        seen.set(key, i + 1);
        return i;
      };
      const check = (q: { file: string; line: number; text?: string; excerpt?: string }, path: (string | number)[]) => {
        expect(q.line, `${q.file} ${path.join('/')}`).toBe(lineOf(q.file, path));
        if (q.excerpt) {
          const after = squash(
            byFile
              .get(q.file)!
              .text.split('\n')
              .slice(q.line - 1, q.line + 60)
              .join(' '),
          );
          const head = squash(q.excerpt.replace(/…$/, '')).slice(0, 40);
          // the text starts after its key, in the file as written (quotes may be escaped in YAML)
          expect(after.replace(/["']/g, ''), `${q.file}:${q.line}`).toContain(head.split(':')[0]!.replace(/["']/g, ''));
        }
        checked++;
      };
      for (const q of o.challenges) check(q, ['objectives', String(o.number), 'gaps_and_challenges']);
      for (const q of o.practices)
        check(q, ['objectives', String(o.number), 'promising_practices', next(`p|${q.file}`)]);
      for (const q of o.needs) check(q, ['objectives', String(o.number), 'support_needs', next(`n|${q.file}`)]);
      for (const q of o.statistics)
        check(q, ['objectives', String(o.number), 'implementation', 'statistics', next(`s|${q.file}`)]);
    }
    for (const p of s.support.byPrinciple)
      for (const q of p.needs) {
        const items = byFile.get(q.file)!.data.principle_support_needs as { principle: string }[];
        const candidates = items.flatMap((it, i) =>
          it.principle === p.principle ? [lineOf(q.file, ['principle_support_needs', i])] : [],
        );
        expect(candidates).toContain(q.line);
        checked++;
      }
    expect(checked).toBeGreaterThan(200);
  });

  it('lists the dropped and duplicate files in every document format', () => {
    const json = JSON.parse(readFileSync(outputs['json']!, 'utf8'));
    const dup = files.find((f) => f.kind === 'duplicate')!;
    const leftNames = json.leftOut.map((l: { file: string }) => basename(l.file));
    expect(leftNames).toHaveLength(3);
    expect(leftNames).toEqual(expect.arrayContaining(['broken-syntax.gcm.yaml', 'wrong-type.gcm.yaml']));
    const d = json.leftOut.find((l: { reason: string }) => l.reason === 'duplicate');
    expect([basename(d.file), basename(d.duplicateOf)].sort()).toEqual([dup.name, dup.duplicateOf].sort());
    for (const f of ['markdown', 'html']) {
      const text = readFileSync(outputs[f]!, 'utf8');
      for (const name of ['broken-syntax.gcm.yaml', 'wrong-type.gcm.yaml', basename(d.file)])
        expect(text, f).toContain(name);
      expect(text, f).toContain(basename(d.duplicateOf));
    }
  });

  it('HTML: one self-contained document, heat map, charts with text alternatives, full text behind <details>', () => {
    const html = readFileSync(outputs['html']!, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr"/);
    expect(html).not.toMatch(/<script|<link |src="http|url\(http/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).toContain('<table class="heatmap">');
    expect(html.match(/<td class="heat heat-\d">/g)!.length).toBe(42 * 23);
    expect(html).toMatch(/<svg class="chart" direction="ltr" role="img" aria-labelledby="chart-areas-t chart-areas-d"/);
    expect(html).toContain('<title id="chart-areas-t">');
    expect(html).toContain('<details><summary>Full text</summary>');
    expect(html).toMatch(/<blockquote lang="ar" dir="rtl">/); // Arabic quotes in an English synthesis
  });

  it('CSV: the long table, one row per review × objective × question, safe for spreadsheets', () => {
    const csv = readFileSync(outputs['csv']!, 'utf8');
    expect(csv.startsWith('\uFEFFfile,line,submitter,iso,submitter_type,member_state')).toBe(true);
    // count records, not lines: answer texts hold line breaks inside quotes
    let records = 0;
    let inQuotes = false;
    for (let i = 0; i < csv.length; i++) {
      const ch = csv[i];
      if (ch === '"') inQuotes = !inQuotes;
      else if (ch === '\n' && !inQuotes) records++;
    }
    expect(records).toBe(1 + 42 * 23 * 5);
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });

  it('Excel: the long table and the statistics, support needs and practices sheets', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(outputs['xlsx']!);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'answers',
        'reviews',
        'left_out',
        'coverage',
        'statistics',
        'support_needs',
        'practices',
      ]),
    );
    expect(wb.getWorksheet('answers')!.rowCount).toBe(1 + 42 * 23 * 5);
    expect(wb.getWorksheet('reviews')!.rowCount).toBe(1 + 42);
    expect(wb.getWorksheet('left_out')!.rowCount).toBe(1 + 3);
    const json = JSON.parse(readFileSync(outputs['json']!, 'utf8'));
    const stats = json.objectives.reduce((n: number, o: { statistics: unknown[] }) => n + o.statistics.length, 0);
    expect(wb.getWorksheet('statistics')!.rowCount).toBe(1 + stats);
  });

  it('PDF: printed by Chromium, its text holds the headings, the left-out files and cited quotes', () => {
    const pdf = outputs['pdf']!;
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(10);
    const text = squash(
      spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout,
    );
    for (const s of [
      'Synthesis of GCM reviews',
      'Who reported',
      'Files left out (3)',
      'broken-syntax.gcm.yaml',
      'Coverage: reviews × objectives',
      'Support needs by area',
      'Generated State 001',
    ])
      expect(text).toContain(s);
    const json = JSON.parse(readFileSync(outputs['json']!, 'utf8'));
    const q = json.objectives[0].challenges.find((x: { lang: string }) => x.lang === 'en');
    expect(text).toContain(`${basename(q.file)}:${q.line}`);
    expect(text).toContain(squash(q.excerpt).slice(0, 30));
  });

  it('Arabic: right-to-left HTML and a PDF whose text reads in Arabic', () => {
    const out = join(dir, '..', 'synthesis-ar.pdf');
    const r = run(['--lang', 'ar', '-f', 'pdf', '-o', out, '--region', 'escwa']);
    expect(r.status, String(r.stderr)).toBe(1);
    // bidirectional marks out; words without a lam-alef ligature (pdftotext splits those)
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout.replace(
      /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      '',
    );
    expect(text).toContain('الملفات المستبعدة');
    expect(text).toContain('منطقة أخرى'); // files of other regions are listed as left out
    const html = run(['--lang', 'ar', '-f', 'html', '--region', 'escwa']).stdout as string;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl"/);
    expect(html).toContain('<bdi lang="en" dir="ltr">'); // official titles in English, marked
  }, 120_000);
});
