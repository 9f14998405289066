// Round trip: every example → `render --format docx` → `gcm-review import` gives back the same
// narrative answers for every objective and question (Markdown compared as the HTML it renders to,
// whitespace normalised), the same principles applied, practices, needs and statistics, and a file
// that validates.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importDocx } from '../../src/import/index.js';
import { buildReportModel, pickNarrative } from '../../src/model/index.js';
import { matchObjective, matchQuestion } from '../../src/import/place.js';
import type { Narrative, Review } from '../../src/schema/types.js';
import { checkText } from '../../src/validate/index.js';
import { EXAMPLES, docxOf, exampleReview, markdownShape, tmp, visibleText } from './helpers.js';

describe.each(EXAMPLES)('round trip of examples/%s.gcm.yaml through Word', (name) => {
  it('gives back every objective, question, practice, need and statistic, and a valid file', async () => {
    const review = await exampleReview(name);
    const dir = tmp();
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, await docxOf(review));
    const res = await importDocx(docx, { out: join(dir, `${name}.gcm.yaml`) });
    const back = parse(res.text, { version: '1.2', schema: 'core' }) as Review;
    expect(checkText('x.gcm.yaml', res.text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // the national plan, pledges and Progress Declaration (issue 9) are not read back yet: their text
    // is kept under x-unplaced, never inside an objective or a question
    const m = buildReportModel(review, {});
    if (!m.plan && !m.pledges.length && !m.progressDeclaration.length) expect(res.unplaced).toEqual([]);
    for (const u of res.unplaced) {
      expect(matchObjective(u.after ?? ''), u.after).toBeUndefined();
      expect(matchQuestion(u.after ?? '', true), u.after).toBeUndefined();
    }

    const langs = review.metadata.languages;
    const lang = langs[0]!;
    const pick = (n: Narrative | undefined) => pickNarrative(n, lang, langs)?.text;
    const same = (a: Narrative | undefined, b: Narrative | undefined, where: string) => {
      const x = pick(a);
      const y = pick(b);
      expect(y === undefined ? undefined : markdownShape(y), where).toBe(
        x === undefined ? undefined : markdownShape(x),
      );
    };
    expect(back.metadata.submitter).toEqual(
      review.metadata.submitter.type === 'member_state'
        ? { type: 'member_state', country: review.metadata.submitter.country }
        : expect.objectContaining({ type: review.metadata.submitter.type }),
    );
    expect(back.metadata.cycle).toBe(review.metadata.cycle);
    expect(back.metadata.status).toBe(review.metadata.status);

    const objectives = Object.keys(review.objectives ?? {}).filter((k) => Object.keys(review.objectives![k]!).length);
    expect(Object.keys(back.objectives ?? {}).sort()).toEqual(objectives.sort());
    for (const n of objectives) {
      const a = review.objectives![n]!;
      const b = back.objectives![n]!;
      const at = `objective ${n}`;
      same(a.implementation?.status, b.implementation?.status, `${at} (a)`);
      expect(
        (b.implementation?.statistics ?? []).map((s) => visibleText(pick(s.indicator)!)),
        `${at} statistics`,
      ).toEqual((a.implementation?.statistics ?? []).map((s) => visibleText(pick(s.indicator)!)));
      expect([...(b.guiding_principles?.applied ?? [])].sort(), `${at} (b) applied`).toEqual(
        [...(a.guiding_principles?.applied ?? [])].sort(),
      );
      same(a.guiding_principles?.narrative, b.guiding_principles?.narrative, `${at} (b)`);
      same(a.gaps_and_challenges, b.gaps_and_challenges, `${at} (c)`);
      expect((b.promising_practices ?? []).length, `${at} (d) count`).toBe((a.promising_practices ?? []).length);
      (a.promising_practices ?? []).forEach((p, i) => {
        const q = b.promising_practices![i]!;
        expect(visibleText(pick(q.title)!), `${at} (d) title`).toBe(visibleText(pick(p.title)!));
        same(p.description, q.description, `${at} (d) ${i} description`);
        same(p.results, q.results, `${at} (d) ${i} results`);
        // the report lists partners joined by commas, and a partner's name may hold a comma itself
        expect(q.partners?.join(', '), `${at} (d) ${i} partners`).toBe(p.partners?.join(', '));
      });
      expect(
        (b.support_needs ?? []).map((x) => [x.area, x.priority]),
        `${at} (e)`,
      ).toEqual(sortedNeeds(a.support_needs ?? []).map((x) => [x.area, x.priority]));
      sortedNeeds(a.support_needs ?? []).forEach((x, i) =>
        same(x.description, b.support_needs![i]!.description, `${at} (e) ${i}`),
      );
      same(a.next_steps, b.next_steps, `${at} next steps`);
    }
    // sections
    same(review.key_messages, back.key_messages, 'key messages');
    same(review.next_steps, back.next_steps, 'next steps');
    for (const [k, v] of Object.entries(review.guiding_principles ?? {}))
      same(v, back.guiding_principles?.[k], `principle ${k}`);
  });
});

const AREAS = [
  'financing',
  'capacity_building',
  'policy_advice',
  'data_collection_and_analysis',
  'technology',
  'partnerships',
  'other',
];
function sortedNeeds<T extends { area: string }>(needs: readonly T[]): T[] {
  return needs
    .map((n, i) => ({ n, i }))
    .sort((x, y) => AREAS.indexOf(x.n.area) - AREAS.indexOf(y.n.area) || x.i - y.i)
    .map((x) => x.n);
}
