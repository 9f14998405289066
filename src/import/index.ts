// `gcm-review import FILE.docx`: a review written in Word → a review file. The document is
// checked as a container first (src/import/container.ts: size, .doc, password, zip bomb), turned
// into HTML by mammoth (a well-kept .docx reader that keeps headings, lists, tables, bold,
// italic and links and ignores tracked deletions), read into blocks (blocks.ts), and placed
// (place.ts). The result is validated before it is written, atomically, and never over an
// existing file unless asked to.
import { createRequire } from 'node:module';
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Document, isMap, isSeq, Scalar } from 'yaml';
import { UserError, type Diagnostic } from '../diagnostics/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readReviewFile } from '../io/read.js';
import { CYCLES, PRINCIPLES, QUESTION_LETTERS } from '../reference/index.js';
import { checkText } from '../validate/index.js';
import { toBlocks, type Block } from './blocks.js';
import { inflateParts, MAX_DOCX_BYTES, zipEntries } from './container.js';
import { parseHtml } from './html.js';
import { findCycle, norm, place, type Placement, type PlacedReview, type Unplaced } from './place.js';

export { MAX_DOCX_BYTES } from './container.js';

export interface ImportOptions {
  /** Output file; default: FILE.docx → FILE.gcm.yaml beside it. */
  out?: string;
  /** Replace an existing output file. */
  force?: boolean;
  /** ISO 3166-1 alpha-3 code of the country, when the document does not name it. */
  country?: string;
  /** Today, for the default review cycle (tests). */
  today?: string;
}

export interface ImportResult {
  input: string;
  output: string;
  review: Record<string, unknown>;
  text: string;
  placements: Placement[];
  unplaced: Unplaced[];
  /** Text recognised as headings and labels (not copied as text, by design). */
  structure: string[];
  /** Every paragraph of the document, as plain text, in order (for the placement check). */
  paragraphs: string[];
  /** Per objective: questions with text, paragraphs, statistics. */
  objectives: { n: number; questions: string[]; statistics: number; paragraphs: number }[];
  /** Problems of the written file (e.g. a country still to be given). */
  diagnostics: Diagnostic[];
  /** What was guessed, to tell the user. */
  guessed: string[];
  ownDocument: boolean;
  ms: number;
}

/** FILE.docx → FILE.gcm.yaml */
export function defaultOutput(file: string): string {
  return join(dirname(file), `${basename(file).replace(/\.(docx|docm|dotx|doc)$/i, '') || basename(file)}.gcm.yaml`);
}

/** The document's bytes, through the one file reader (regular files only, the size cap held while reading). */
async function readDocx(file: string): Promise<Buffer> {
  const r = await readReviewFile(file, { maxBytes: MAX_DOCX_BYTES });
  if ('bytes' in r) return r.bytes;
  const p = r.problem;
  if (p.code === 'too-large')
    throw new UserError(
      `${file} is too large to be a review (more than ${MAX_DOCX_BYTES / 1024 / 1024} MB)`,
      2,
      'Large Word files are usually large because of pictures: save a copy without them (or with compressed pictures) and import that.',
    );
  const hint = p.code === 'is-directory' || p.code === 'not-a-file' ? 'Name the Word document (.docx) itself.' : p.hint;
  throw new UserError(`${file}: ${p.message.replace(/^\w/, (c) => c.toLowerCase())}`, 2, hint);
}

/** gcm-review's own document properties (written by `render --format docx`). */
function ownProperties(parts: Map<string, Buffer>): Record<string, string> {
  const xml = parts.get('docProps/custom.xml')?.toString('utf8');
  const props: Record<string, string> = {};
  if (!xml) return props;
  for (const m of xml.matchAll(
    /<property\b[^>]*\bname="gcm-review\.([a-z._]+)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g,
  ))
    props[m[1]!] = m[2]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return props;
}

interface Countries {
  registerLocale(d: unknown): void;
  getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  alpha2ToAlpha3(c: string): string | undefined;
}
let countryNames: [string, string][] | undefined;
/** Normalised country names in en/fr/es/ar → alpha-3, longest first. */
function countries(): [string, string][] {
  if (countryNames) return countryNames;
  // the library without its ~80 locales (its main file registers them all), then the four we read;
  // one literal name per call, so the build bundles exactly these (scripts/build.mjs)
  const lib = createRequire(import.meta.url)('i18n-iso-countries/index.js') as Countries;
  const locales = {
    en: createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as unknown,
    fr: createRequire(import.meta.url)('i18n-iso-countries/langs/fr.json') as unknown,
    es: createRequire(import.meta.url)('i18n-iso-countries/langs/es.json') as unknown,
    ar: createRequire(import.meta.url)('i18n-iso-countries/langs/ar.json') as unknown,
  };
  const seen = new Map<string, string>();
  for (const [l, locale] of Object.entries(locales)) {
    lib.registerLocale(locale);
    for (const [a2, names] of Object.entries(lib.getNames(l, { select: 'all' })))
      for (const n of names) {
        const k = norm(n);
        if (k.length >= 4) seen.set(k, lib.alpha2ToAlpha3(a2) ?? '');
      }
  }
  return (countryNames = [...seen].filter(([, v]) => v).sort((a, b) => b[0].length - a[0].length));
}

function findCountry(texts: readonly string[]): string | undefined {
  const hay = ` ${texts.map(norm).join(' \u0001 ')} `;
  for (const [name, code] of countries()) {
    const i = hay.indexOf(name);
    if (i < 0) continue;
    const before = hay[i - 1] ?? ' ';
    const after = hay[i + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return code;
  }
  return undefined;
}

const join2 = (parts: readonly string[]) => parts.filter((p) => p.trim()).join('\n\n');

function buildReview(
  placed: PlacedReview,
  meta: {
    type: string;
    country?: string;
    name?: string;
    cycle: string;
    lang: string;
    status: string;
    date?: string;
    version?: string;
    title?: string;
  },
): Record<string, unknown> {
  const r: Record<string, unknown> = { format_version: 1 };
  r['metadata'] = {
    submitter: {
      type: meta.type,
      ...(meta.country ? { country: meta.country } : {}),
      ...(meta.name && meta.type !== 'member_state' ? { name: meta.name } : {}),
    },
    cycle: meta.cycle,
    languages: [meta.lang],
    ...(meta.date ? { date: meta.date } : {}),
    status: meta.status,
    ...(meta.version ? { version: meta.version } : {}),
    ...(meta.title ? { title: meta.title } : {}),
  };
  const s = placed.sections;
  if (s['executive_summary']) r['executive_summary'] = s['executive_summary'];
  if (s['key_messages']) r['key_messages'] = s['key_messages'];
  if (s['national_context']) r['national_context'] = s['national_context'];
  const methodology: Record<string, unknown> = {};
  if (placed.methodology.length) methodology['description'] = join2(placed.methodology);
  if (placed.consultations.length)
    methodology['consultations'] = placed.consultations.map((c) => ({
      title: c.title,
      ...(c.summary.length ? { summary: join2(c.summary) } : {}),
    }));
  if (placed.stakeholders.length) methodology['stakeholders_consulted'] = placed.stakeholders;
  if (Object.keys(methodology).length) r['methodology'] = methodology;
  const principles = PRINCIPLES.filter((p) => placed.principles[p.key]).map((p) => [p.key, placed.principles[p.key]!]);
  if (principles.length) r['guiding_principles'] = Object.fromEntries(principles);
  if (placed.objectives.size) {
    const objectives: Record<string, unknown> = {};
    for (const n of [...placed.objectives.keys()].sort((a, b) => a - b)) {
      const o = placed.objectives.get(n)!;
      const a: Record<string, unknown> = {};
      if (o.status.length || o.statistics.length)
        a['implementation'] = {
          ...(o.status.length ? { status: join2(o.status) } : {}),
          ...(o.statistics.length ? { statistics: o.statistics } : {}),
        };
      if (o.applied.length || o.principlesText.length)
        a['guiding_principles'] = {
          ...(o.applied.length ? { applied: [...new Set(o.applied)] } : {}),
          ...(o.principlesText.length ? { narrative: join2(o.principlesText) } : {}),
        };
      if (o.gaps.length) a['gaps_and_challenges'] = join2(o.gaps);
      if (o.practices.length)
        a['promising_practices'] = o.practices.map((p) => {
          const web = p.link && /^https?:\/\/[^\s/]/i.test(p.link) ? p.link : undefined;
          const description = join2([...p.description, ...(p.link && !web ? [p.link] : [])]);
          return {
            title: p.title,
            ...(description ? { description } : {}),
            ...(p.partners?.length ? { partners: p.partners } : {}),
            ...(p.results.length ? { results: join2(p.results) } : {}),
            ...(web ? { link: web } : {}),
          };
        });
      if (o.needs.length)
        a['support_needs'] = o.needs.map((x) => ({
          area: x.area,
          ...(x.label ? { label: x.label } : {}),
          ...(x.description.length ? { description: join2(x.description) } : {}),
          ...(x.priority ? { priority: x.priority } : {}),
        }));
      if (o.nextSteps.length) a['next_steps'] = join2(o.nextSteps);
      objectives[String(n)] = a;
    }
    r['objectives'] = objectives;
  }
  if (placed.principleNeeds.length)
    r['principle_support_needs'] = placed.principleNeeds.map((x) => ({
      principle: x.principle,
      area: x.area,
      ...(x.label ? { label: x.label } : {}),
      ...(x.description.length ? { description: join2(x.description) } : {}),
      ...(x.priority ? { priority: x.priority } : {}),
    }));
  if (s['next_steps']) r['next_steps'] = s['next_steps'];
  for (const k of ['policy_framework', 'means_of_implementation', 'disclaimer']) if (s[k]) r[k] = s[k];
  if (placed.annexes.length)
    r['annexes'] = placed.annexes.map((a) => {
      const web = a.link && /^https?:\/\/[^\s/]/i.test(a.link) ? a.link : undefined;
      const description = join2([...a.description, ...(a.link && !web ? [a.link] : [])]);
      return { title: a.title, ...(description ? { description } : {}), ...(web ? { link: web } : {}) };
    });
  if (placed.unplaced.length) r['x-unplaced'] = placed.unplaced;
  return r;
}

/** YAML with block scalars for multi-line text, a modeline for editors, and a note on top. */
function toYaml(review: Record<string, unknown>, source: string, unplaced: number): string {
  const doc = new Document(review);
  const visit = (node: unknown) => {
    if (isMap(node) || isSeq(node))
      for (const item of node.items) visit(isMap(node) ? (item as { value: unknown }).value : item);
    else if (node instanceof Scalar && typeof node.value === 'string' && node.value.includes('\n'))
      node.type = Scalar.BLOCK_LITERAL;
  };
  visit(doc.contents);
  // dates stay quoted, as YAML 1.1 tools would read 2025-11-28 as a date
  const date = doc.getIn(['metadata', 'date'], true);
  if (date instanceof Scalar) date.type = Scalar.QUOTE_DOUBLE;
  const head = [
    'yaml-language-server: $schema=https://gcm-review.github.io/schema/gcm-review.schema.json',
    '',
    `Imported from ${source} by gcm-review import. Check every answer against the document;`,
    unplaced
      ? `${unplaced} passage${unplaced === 1 ? '' : 's'} could not be placed: see x-unplaced at the end, move each to its question, then delete it.`
      : 'every paragraph was placed.',
    'Continue with: gcm-review edit <this file>',
  ];
  doc.commentBefore = head.map((l) => (l ? ` ${l}` : '')).join('\n');
  return doc.toString({ lineWidth: 0, blockQuote: 'literal' });
}

/** Plain text of every block, for the placement check (tables cell by cell, lists item by item). */
function paragraphsOf(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'box') out.push(...paragraphsOf(b.blocks));
    else if (b.kind === 'table') for (const r of b.rows) for (const c of r) out.push(...c.text.split('\n'));
    else if (b.kind === 'list') out.push(...b.items);
    else out.push(...b.text.split('\n'));
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Imports a Word document. Throws a UserError (exit 2) for bad input, before writing anything. */
export async function importDocx(input: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const t0 = performance.now();
  const output = opts.out ?? defaultOutput(input);
  if (resolve(output) === resolve(input))
    throw new UserError(
      `the output file would replace the Word document ${input}`,
      2,
      'Give another name with -o, ending in .gcm.yaml.',
    );
  const exists = await stat(output).then(
    () => true,
    () => false,
  );
  if (exists && !opts.force)
    throw new UserError(
      `${output} already exists: it was not replaced`,
      2,
      'Choose another name with -o, or add --force to replace it.',
    );
  if (opts.country !== undefined && !/^[A-Z]{3}$/.test(opts.country))
    throw new UserError(`--country ${opts.country}: give an ISO 3166-1 alpha-3 code such as MEX, SEN or PHL`, 2);

  const buf = await readDocx(input);
  const name = basename(input);
  const entries = zipEntries(buf, name);
  const parts = inflateParts(buf, entries, name);
  const props = ownProperties(parts);
  const ownDocument = Boolean(props['submitter.type']);

  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const res = await mammoth.convertToHtml(
      { buffer: buf },
      {
        styleMap: ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p:fresh"],
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
      },
    );
    html = res.value;
  } catch (err) {
    throw new UserError(
      `${name} could not be read as a Word document (${(err as Error).message.split('\n')[0]})`,
      2,
      'Open it in Word or LibreOffice, save it again as .docx, and import that copy.',
    );
  }
  const blocks = toBlocks(parseHtml(html).children);
  const paragraphs = paragraphsOf(blocks);
  if (!paragraphs.length)
    throw new UserError(`${name} has no text to import`, 2, 'Check that this is the document with the review in it.');

  const lang = props['lang'] ?? guessLang(blocks);
  const placed = place(blocks, ownDocument, lang);
  const guessed: string[] = [];
  const docLang = lang;
  if (!props['lang']) guessed.push(`language: ${docLang} (from the text)`);
  const front = [...(placed.title ? [placed.title] : []), ...placed.frontText.slice(0, 40)];
  let country = opts.country ?? props['submitter.country'];
  if (!country && (props['submitter.type'] ?? 'member_state') === 'member_state') {
    country = findCountry(front.length ? front : paragraphs.slice(0, 40));
    if (country) guessed.push(`country: ${country} (named at the start of the document)`);
  }
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  let cycle = props['cycle'];
  if (!cycle) {
    cycle = findCycle(front.length ? front : paragraphs.slice(0, 40));
    if (cycle) guessed.push(`review cycle: ${cycle} (named in the document)`);
    else {
      const year = Number(today.slice(0, 4));
      cycle = CYCLES.find((c) => Math.max(...c.years) >= year)?.key ?? CYCLES[CYCLES.length - 1]!.key;
      guessed.push(`review cycle: ${cycle} (the next one; the document does not say)`);
    }
  }
  const review = buildReview(placed, {
    type: props['submitter.type'] ?? 'member_state',
    ...(country ? { country } : {}),
    ...(props['submitter.name'] ? { name: props['submitter.name'] } : {}),
    cycle,
    lang: docLang,
    status: props['status'] ?? 'draft',
    ...(props['date'] ? { date: props['date'] } : {}),
    ...(props['version'] ? { version: props['version'] } : {}),
    ...(!ownDocument && placed.title ? { title: placed.title } : {}),
  });
  if (!props['status']) guessed.push('status: draft (check it, then set it to final)');

  const text = toYaml(review, name, placed.unplaced.length);
  const checked = checkText(output, text);
  await writeFileAtomic(output, text);

  const objectives = [...placed.objectives.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([n, o]) => ({
      n,
      questions: QUESTION_LETTERS.filter((l) =>
        l === 'a'
          ? o.status.length || o.statistics.length
          : l === 'b'
            ? o.applied.length || o.principlesText.length
            : l === 'c'
              ? o.gaps.length
              : l === 'd'
                ? o.practices.length
                : o.needs.length,
      ),
      statistics: o.statistics.length,
      paragraphs:
        o.status.length +
        o.principlesText.length +
        o.gaps.length +
        o.nextSteps.length +
        o.practices.reduce((k, p) => k + 1 + p.description.length + p.results.length, 0) +
        o.needs.reduce((k, x) => k + 1 + x.description.length, 0),
    }));
  return {
    input,
    output,
    review,
    text,
    placements: placed.placements,
    unplaced: placed.unplaced,
    structure: placed.structure,
    paragraphs,
    objectives,
    diagnostics: checked.diagnostics,
    guessed,
    ownDocument,
    ms: performance.now() - t0,
  };
}

function guessLang(blocks: readonly Block[]): string {
  const sample = blocks
    .slice(0, 200)
    .map((b) => b.text)
    .join(' ');
  const ar = (sample.match(/[\u0600-\u06ff]/g) ?? []).length;
  if (ar > sample.length / 4) return 'ar';
  const s = ` ${norm(sample)} `;
  const count = (words: string[]) => words.reduce((k, w) => k + (s.split(` ${w} `).length - 1), 0);
  const fr = count(['les', 'des', 'et', 'pour', 'dans', 'une']);
  const es = count(['los', 'las', 'y', 'para', 'en', 'una', 'del']);
  const en = count(['the', 'and', 'for', 'of', 'with', 'a']);
  return fr > en && fr > es ? 'fr' : es > en && es > fr ? 'es' : 'en';
}
