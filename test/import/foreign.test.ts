// Word files gcm-review did not write, built here with the `docx` package in the shapes real
// reviews take, and how each imports: numbered headings ("3.7 Objective 7"), answers as bold
// lead-ins inside paragraphs ("(c) Gaps: …"), a French review, the questions as table rows. Each
// import is lossless (every paragraph of the document is in the file, or was a heading), valid,
// and opens in `edit`, which walks to what is missing.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { parse } from 'yaml';
import { importDocx, type ImportResult } from '../../src/import/index.js';
import type { Review } from '../../src/schema/types.js';
import { runEdit } from '../../src/wizard/edit.js';
import { editContext, select } from '../wizard/script.js';
import { tmp, visibleText } from './helpers.js';

const H = (text: string, level: 1 | 2 | 3 = 1) =>
  new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
  });
const P = (...runs: (string | TextRun | ExternalHyperlink)[]) =>
  new Paragraph({ children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) });
const B = (text: string) => new TextRun({ text, bold: true });
const I = (text: string) => new TextRun({ text, italics: true });
const row = (...cells: string[]) =>
  new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });

async function write(name: string, children: (Paragraph | Table)[], withNumbering = false): Promise<string> {
  const doc = new Document({
    ...(withNumbering
      ? {
          numbering: {
            config: [
              {
                reference: 'bullets',
                levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: 'left' }],
              },
            ],
          },
        }
      : {}),
    sections: [{ children }],
  });
  const file = join(tmp(), name);
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

/**
 * Every paragraph of the document is in the written file: whole, or as a bold lead-in (a heading,
 * a practice title) followed by its text, or, for a table cell that became a statistic, as the
 * same words and numbers (12,400 persons → value 12400, unit persons).
 */
function expectLossless(res: ImportResult): void {
  const data = parse(res.text, { version: '1.2', schema: 'core' }) as unknown;
  const strings: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' || typeof v === 'number') strings.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  const flat = (x: string) => x.replace(/\s+/g, ' ').trim();
  const corpus = strings.map((x) => visibleText(x)).join(' \u0001 ');
  const known = new Set([...res.structure.map(flat)]);
  const placed = (x: string) => {
    const t = flat(x).replace(/[:.]$/, '');
    return !t || known.has(t) || known.has(`${t}:`) || known.has(`${t}.`) || corpus.includes(t);
  };
  const words = new Set(corpus.split(/[^\p{L}\p{N}]+/u));
  const missing = res.paragraphs.filter((p) => {
    const t = flat(p);
    if (placed(t)) return false;
    for (const m of t.matchAll(/[:.]\s/g))
      if (placed(t.slice(0, m.index + 1)) && placed(t.slice(m.index + 2))) return false;
    if (t.length <= 40)
      return !t
        .replace(/(\d),(\d)/g, '$1$2')
        .split(/[^\p{L}\p{N}]+/u)
        .every((w) => !w || words.has(w));
    return true;
  });
  expect(missing).toEqual([]);
}

const review = (res: ImportResult) => parse(res.text, { version: '1.2', schema: 'core' }) as Review;

describe('import of Word files gcm-review did not write', () => {
  it('numbered headings ("3.7 Objective 7") with the questions as sub-headings, a list, a link and a table of figures', async () => {
    const file = await write(
      'numbered.docx',
      [
        new Paragraph({ text: 'Voluntary National Review of Mexico', heading: HeadingLevel.TITLE }),
        P('Prepared for the Second International Migration Review Forum (2026).'),
        H('1. Executive summary'),
        P('Mexico is a country of ', B('origin, transit, destination'), ' and return.'),
        H('2. Methodology'),
        P('We consulted ', I('twelve'), ' ministries.'),
        H('3. Progress on the objectives'),
        H('3.1 Objective 1: Collect and utilize accurate and disaggregated data', 2),
        H('(a) Status of implementation', 3),
        P('The census now asks about return migration.'),
        new Table({ rows: [row('Indicator', 'Value', 'Year'), row('Returnees counted', '12,400 persons', '2024')] }),
        H('(c) Gaps and challenges', 3),
        new Paragraph({
          text: 'Irregular migration is estimated only.',
          numbering: { reference: 'bullets', level: 0 },
        }),
        new Paragraph({ text: 'Municipal data are missing.', numbering: { reference: 'bullets', level: 0 } }),
        H('3.7 Objective 7 Address and reduce vulnerabilities in migration', 2),
        H('b) Integration of the guiding principles', 3),
        P(
          'See the ',
          new ExternalHyperlink({ link: 'https://example.org/plan', children: [new TextRun('national plan')] }),
          '.',
        ),
        H('4. Way forward'),
        P('A new plan will be adopted in 2027.'),
        H('Acknowledgements'),
        P('We thank everyone who took part.'),
      ],
      true,
    );
    const res = await importDocx(file);
    const r = review(res);
    expect(r.metadata.submitter).toEqual({ type: 'member_state', country: 'MEX' });
    expect(r.metadata.cycle).toBe('imrf_2026');
    expect(r.metadata.status).toBe('draft');
    // an executive summary has its own field (issue 9 §6)
    expect(r.executive_summary).toBe('Mexico is a country of **origin, transit, destination** and return.');
    expect(r.methodology?.description).toBe('We consulted *twelve* ministries.');
    expect(r.objectives?.['1']?.implementation?.status).toBe('The census now asks about return migration.');
    expect(r.objectives?.['1']?.implementation?.statistics).toEqual([
      { indicator: 'Returnees counted', value: 12400, unit: 'persons', year: 2024 },
    ]);
    expect(r.objectives?.['1']?.gaps_and_challenges).toBe(
      '- Irregular migration is estimated only.\n- Municipal data are missing.',
    );
    expect(r.objectives?.['7']?.guiding_principles?.narrative).toBe(
      'See the [national plan](https://example.org/plan).',
    );
    expect(r.next_steps).toBe('A new plan will be adopted in 2027.');
    // the heading nobody expects, and its text, are kept in order
    expect(r['x-unplaced']).toEqual([
      {
        after: 'Voluntary National Review of Mexico',
        text: 'Prepared for the Second International Migration Review Forum (2026).',
      },
      { after: '4. Way forward', text: 'Acknowledgements' },
      { after: 'Acknowledgements', text: 'We thank everyone who took part.' },
    ]);
    expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expectLossless(res);
  });

  it('answers as bold lead-ins inside paragraphs ("(c) Gaps: …"), objectives as bold paragraphs', async () => {
    const file = await write('leadins.docx', [
      P('Republic of Senegal — contribution to the regional review'),
      P(B('Objective 5: Enhance availability and flexibility of pathways for regular migration')),
      P(B('(a) Status:'), ' Seasonal schemes with two partners.'),
      P('A second paragraph about (a).'),
      P(B('(c) Gaps:'), ' Visa costs remain high.'),
      P(B('(d) Promising practices:'), ' '),
      P(B('Circular migration pilot.'), ' 300 workers took part.'),
      P(B('(e) Support needed:'), ' '),
      P(B('Financing:'), ' funds for pre-departure training.'),
      P(B('Objective 23')),
      P(B('(b) Guiding principles:'), ' All measures are rights-based.'),
    ]);
    const res = await importDocx(file, { country: 'SEN' });
    const o = review(res).objectives!;
    expect(o['5']?.implementation?.status).toBe('Seasonal schemes with two partners.\n\nA second paragraph about (a).');
    expect(o['5']?.gaps_and_challenges).toBe('Visa costs remain high.');
    expect(o['5']?.promising_practices).toEqual([
      { title: 'Circular migration pilot', description: '300 workers took part.' },
    ]);
    expect(o['5']?.support_needs).toEqual([{ area: 'financing', description: 'funds for pre-departure training.' }]);
    expect(o['23']?.guiding_principles?.narrative).toBe('All measures are rights-based.');
    expect(review(res).metadata.submitter.country).toBe('SEN');
    expect(res.unplaced.map((u) => u.text)).toEqual(['Republic of Senegal — contribution to the regional review']);
    expectLossless(res);
  });

  it('a French review: "Objectif 7", French question wording and sections', async () => {
    const file = await write('fr.docx', [
      H('Messages clés'),
      P('La Côte d’Ivoire renforce ses ', B('données'), '.'),
      H('Contexte national'),
      P('Pays de transit et de destination.'),
      H('Objectif 7 : Réduire les vulnérabilités liées à la migration'),
      H('État de la mise en œuvre', 2),
      P('Un fonds d’assistance a été créé.'),
      H('Principales lacunes et difficultés', 2),
      P('Le financement reste insuffisant.'),
      H('Pratiques prometteuses et enseignements tirés', 2),
      P(B('Guichet unique.'), ' Ouvert à Abidjan en 2024.'),
      H('Prochaines étapes'),
      P('Adopter la stratégie\u0007 nationale.'),
    ]);
    const res = await importDocx(file);
    const r = review(res);
    expect(r.metadata.languages).toEqual(['fr']);
    expect(r.metadata.submitter.country).toBe('CIV');
    expect(r.key_messages).toBe('La Côte d’Ivoire renforce ses **données**.');
    expect(r.national_context).toBe('Pays de transit et de destination.');
    expect(r.objectives?.['7']?.implementation?.status).toBe('Un fonds d’assistance a été créé.');
    expect(r.objectives?.['7']?.gaps_and_challenges).toBe('Le financement reste insuffisant.');
    expect(r.objectives?.['7']?.promising_practices?.[0]?.title).toBe('Guichet unique');
    expect(r.next_steps).toBe('Adopter la stratégie nationale.');
    expect(res.unplaced).toEqual([]);
    expectLossless(res);
  });

  it('the questions as table rows under each objective', async () => {
    const file = await write('table.docx', [
      new Paragraph({ text: 'Informe nacional de Chile', heading: HeadingLevel.TITLE }),
      H('Objetivo 2'),
      new Table({
        rows: [
          row('Pregunta', 'Respuesta'),
          row('a) Estado de la aplicación', 'Se aprobó un plan regional.'),
          row('b) Integración de los principios rectores', 'Enfoque de derechos humanos.'),
          row('c) Principales deficiencias y desafíos', 'Falta de datos locales.'),
        ],
      }),
      H('Objetivo 16'),
      new Table({
        rows: [row('(a)', 'Programas de integración en 12 comunas.'), row('(e)', 'Asistencia técnica para evaluar.')],
      }),
    ]);
    const res = await importDocx(file);
    const r = review(res);
    expect(r.metadata.languages).toEqual(['es']);
    expect(r.metadata.submitter.country).toBe('CHL');
    expect(r.metadata.title).toBe('Informe nacional de Chile');
    expect(r.objectives?.['2']?.implementation?.status).toBe('Se aprobó un plan regional.');
    expect(r.objectives?.['2']?.guiding_principles?.narrative).toBe('Enfoque de derechos humanos.');
    expect(r.objectives?.['2']?.gaps_and_challenges).toBe('Falta de datos locales.');
    expect(r.objectives?.['16']?.implementation?.status).toBe('Programas de integración en 12 comunas.');
    expect(r.objectives?.['16']?.support_needs?.[0]?.description).toBe('Asistencia técnica para evaluar.');
    expectLossless(res);
  });

  it('the imported file opens in edit, which goes straight to the first objective with a question missing', async () => {
    const file = await write('edit.docx', [
      H('Objective 4'),
      H('(a) Status of implementation', 2),
      P('Birth registration is free.'),
      H('Unexpected heading'),
      P('Some text.'),
    ]);
    const res = await importDocx(file, { country: 'GHA' });
    expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ctx = editContext(res.text, [select('What do you want to work on?', 'quit', { expectDefault: 'obj:4' })]);
    expect(await runEdit(ctx)).toBe(0);
    expect(ctx.ask.remaining()).toEqual([]);
    // nothing was rewritten, and the unplaced text is still there
    expect(readFileSync(ctx.store.file, 'utf8')).toContain('x-unplaced:');
  });
});
