// Issue 17 in the synthesis: when it prints official strings the reference file marks
// `# unverified` (objective titles, stakeholder labels, a commission's name), it says so once, with
// the same sentence a report's colophon uses (src/i18n/verification.ts), in Markdown, HTML and JSON,
// and through the command as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildSynthesis, type SynthesisSource } from '../../src/synthesis/index.js';
import { synthesisHtml } from '../../src/synthesis/html.js';
import { synthesisMarkdown } from '../../src/synthesis/markdown.js';
import { synthesisJson } from '../../src/synthesis/json.js';
import { unverifiedColophon } from '../../src/i18n/verification.js';
import { OBJECTIVES, STAKEHOLDERS, isVerified } from '../../src/reference/index.js';
import { createAjv } from '../../src/validate/ajv.js';
import type { Review } from '../../src/schema/types.js';

const ROOT = join(import.meta.dirname, '../..');

const review = (country: string, region: string): Review => ({
  format_version: 1,
  metadata: {
    submitter: { type: 'member_state', country },
    cycle: 'imrf_2026',
    region,
    languages: ['en'],
    status: 'final',
  },
  objectives: { '7': { gaps_and_challenges: 'Shelters are scarce.' } },
});
const sources: SynthesisSource[] = [
  { file: 'mex.gcm.yaml', review: review('MEX', 'eclac') },
  { file: 'jor.gcm.yaml', review: review('JOR', 'escwa') },
  { file: 'deu.gcm.yaml', review: review('DEU', 'ece') },
];
const count = (text: string, s: string) => text.split(s).length - 1;

describe('the synthesis says which official strings it prints are not yet verified', () => {
  it('French: the titles of objectives 18 and 22, the sentence a French report prints', () => {
    const s = buildSynthesis(sources, { lang: 'fr' });
    expect(s.colophon).toBe(
      'Les titres français des objectifs 18 et 22 ne sont pas encore vérifiés par rapport au texte officiel.',
    );
    // the same function as the report: not a second copy of the wording
    expect(s.colophon).toBe(
      unverifiedColophon('fr', { lang: 'fr', objectives: [18, 22], region: false, stakeholders: 0 }),
    );
  });

  it('Spanish: the titles and the stakeholder labels it lists', () => {
    const s = buildSynthesis(sources, { lang: 'es' });
    const titles = OBJECTIVES.filter((o) => !isVerified(o, 'title', 'es')).map((o) => o.number);
    expect(titles).toEqual([3, 15, 16, 17, 20, 23]);
    expect(STAKEHOLDERS.some((c) => !isVerified(c, 'label', 'es'))).toBe(true);
    expect(s.colophon).toBe(
      'Los títulos en español de los objetivos 3, 15, 16, 17, 20 y 23 y las etiquetas en español de las categorías de partes interesadas aún no se han verificado con el texto oficial.',
    );
  });

  it('English with --region: names the unverified commissions it names (the filter, files left out for their region)', () => {
    expect(buildSynthesis(sources, { lang: 'en', region: 'escwa' }).colophon).toBe(
      'The English names of the regional commissions ESCWA and ECLAC and the English labels of the stakeholder categories are not yet verified against the official text.',
    );
    // ECE's name is verified; only ESCWA's is named (the ECLAC file is not in these sources)
    expect(buildSynthesis(sources.slice(1), { lang: 'en', region: 'ece' }).colophon).toBe(
      'The English name of the regional commission ESCWA and the English labels of the stakeholder categories are not yet verified against the official text.',
    );
  });

  it('Arabic prints the verified English titles and says nothing, as the report does', () => {
    expect(buildSynthesis(sources, { lang: 'ar' }).colophon).toBeUndefined();
  });

  it('Markdown and HTML print the sentence once, under the introduction; JSON carries it as the schema says', () => {
    const s = buildSynthesis(sources, { lang: 'fr', version: '1.0.0' });
    const md = synthesisMarkdown(s);
    expect(count(md, s.colophon!)).toBe(1);
    expect(md).toContain(`\n*${s.colophon}*\n`);
    const html = synthesisHtml(s, { mode: 'html' });
    expect(count(html, 'ne sont pas encore vérifiés par rapport au texte officiel')).toBe(1);
    expect(html).toMatch(
      /<header[^]*<p class="note colophon">Les titres français des objectifs 18 et 22 [^<]*<\/p>[^]*<\/header>/,
    );
    const ajv = createAjv({ strict: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(ROOT, 'schemas/gcm-synthesis.schema.json'), 'utf8')) as object,
    );
    const json = JSON.parse(synthesisJson(s)) as unknown;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect((json as { colophon?: string }).colophon).toBe(s.colophon);
  });
});

describe('gcm-review synthesize (the built command)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcm-synth-verified-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const src of sources) writeFileSync(join(dir, src.file), stringify(src.review));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bin/gcm-review.js'), 'synthesize', dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('--lang fr prints the sentence in the Markdown it writes', () => {
    const r = run('--lang', 'fr');
    expect(r.status, r.stderr).toBe(0);
    expect(count(r.stdout, 'Les titres français des objectifs 18 et 22 ne sont pas encore vérifiés')).toBe(1);
  });

  it('--region escwa -f json carries it', () => {
    const r = run('--region', 'escwa', '-f', 'json');
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { colophon?: string }).colophon).toMatch(
      /^The English names of the regional commissions ESCWA and ECLAC /,
    );
  });
});
