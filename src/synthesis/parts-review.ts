// Issue 9 §1, 2, 6, 7 in the synthesis: review profile answers, how the reviews were prepared,
// crises reported, optional report parts, from the functions of review-parts.ts, every count
// split between Member States and other submitters ("3 / 1").
import { t, type MessageKey } from '../i18n/index.js';
import { CONSULTATION_KINDS, EXTRA_NARRATIVES, PROFILE_ANSWERS } from '../schema/generate.js';
import type { PartSection, SynthesisInput } from './index.js';
import type { PartsContext } from './parts.js';
import { crisisList, profileCounts, reportPartCounts, reviewProcessSummary } from './review-parts.js';

const pair = (ms: number, other: number) => `${ms} / ${other}`;

/** "executive_summary" → the report's heading for it in `lang`, else the schema's English title. */
function partLabel(key: string, lang: string): string {
  const k = `section.${key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}`;
  const label = t(lang, k as MessageKey);
  return label !== k ? label : (EXTRA_NARRATIVES.find((n) => n.key === key)?.title ?? key);
}

export function reviewParts(inputs: readonly SynthesisInput[], ctx: PartsContext): PartSection[] {
  const { lang, words: w } = ctx;
  const ms = inputs.filter((i) => ctx.split(i.review));
  const others = inputs.filter((i) => !ctx.split(i.review));
  const out: PartSection[] = [];

  // profile answers: named questions by key, custom ones by wording
  const all = profileCounts(inputs, lang);
  const pm = profileCounts(ms, lang);
  const po = profileCounts(others, lang);
  const find = (list: typeof all, q: (typeof all)[number]) =>
    list.find((x) => x.key === q.key && (q.key !== 'custom' || x.question === q.question));
  const asked = all.filter((q) => q.reviews > 0);
  if (asked.length) {
    const rows = asked.map((q) => {
      const m = find(pm, q);
      const o = find(po, q);
      const label = q.key === 'custom' ? q.question : t(lang, `profile.q.${q.key}` as MessageKey);
      return [
        label,
        ...PROFILE_ANSWERS.map((a) => pair(m?.answers[a] ?? 0, o?.answers[a] ?? 0)),
        pair(m?.reviews ?? 0, o?.reviews ?? 0),
      ];
    });
    out.push({
      id: 'profile',
      title: w.profile,
      note: w.splitNote,
      tables: [
        {
          columns: [w.question, ...PROFILE_ANSWERS.map((a) => t(lang, `profile.a.${a}` as MessageKey)), w.reviews],
          rows,
          numericFrom: 1,
        },
      ],
      data: { memberStates: pm, otherSubmitters: po, total: all },
    });
  }

  // how the reviews were prepared
  const sm = reviewProcessSummary(ms, lang);
  const so = reviewProcessSummary(others, lang);
  const sa = reviewProcessSummary(inputs, lang);
  const kinds = [...CONSULTATION_KINDS, 'unspecified' as const];
  const anyProcess =
    kinds.some((k) => sa.consultationsByKind[k] > 0) ||
    sa.reviewsWithValidationWorkshop > 0 ||
    sa.reviewsWithLeadAgency > 0 ||
    sa.supporters.length > 0;
  if (anyProcess) {
    const count = (list: { organization: string; reviews: number }[], name: string) =>
      list.find((x) => x.organization === name)?.reviews ?? 0;
    out.push({
      id: 'review_process',
      title: w.reviewProcess,
      note: w.splitNote,
      tables: [
        {
          caption: w.consultationKind,
          columns: [w.kind, w.consultations],
          rows: kinds
            .filter((k) => sa.consultationsByKind[k] > 0)
            .map((k) => [
              k === 'unspecified' ? w.scopeUnspecified : t(lang, `consult.kind.${k}` as MessageKey),
              pair(sm.consultationsByKind[k], so.consultationsByKind[k]),
            ]),
          numericFrom: 1,
        },
        {
          columns: ['', w.reviews],
          rows: [
            [w.withValidation, pair(sm.reviewsWithValidationWorkshop, so.reviewsWithValidationWorkshop)],
            [w.withLeadAgency, pair(sm.reviewsWithLeadAgency, so.reviewsWithLeadAgency)],
          ],
          numericFrom: 1,
        },
        {
          caption: w.supporters,
          columns: [w.organization, w.reviews],
          rows: sa.supporters.map((s) => [
            s.organization,
            pair(count(sm.supporters, s.organization), count(so.supporters, s.organization)),
          ]),
          numericFrom: 1,
        },
      ],
      data: { memberStates: sm, otherSubmitters: so, total: sa },
    });
  }

  // crises reported
  const crises = crisisList(inputs, lang);
  if (crises.length)
    out.push({
      id: 'crises',
      title: w.crises,
      tables: [{ columns: [w.submitter, w.crisis, w.file], rows: crises.map((c) => [c.submitter, c.crisis, c.file]) }],
      data: crises,
    });

  // optional report parts written
  const pa = reportPartCounts(inputs);
  if (pa.some((p) => p.reviews > 0)) {
    const pms = reportPartCounts(ms);
    const pos = reportPartCounts(others);
    out.push({
      id: 'report_parts',
      title: w.reportParts,
      note: w.splitNote,
      tables: [
        {
          columns: [w.part, w.reviews],
          rows: pa
            .filter((p) => p.reviews > 0)
            .map((p) => [
              partLabel(p.part, lang),
              pair(pms.find((x) => x.part === p.part)?.reviews ?? 0, pos.find((x) => x.part === p.part)?.reviews ?? 0),
            ]),
          numericFrom: 1,
        },
      ],
      data: { memberStates: pms, otherSubmitters: pos, total: pa },
    });
  }
  return out;
}
