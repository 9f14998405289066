// Issue 9 §3–5 in the synthesis: pledges by status and by objective, national plans listed,
// selective reviews and their priorities, Progress Declaration paragraphs followed up, from the
// functions of plan-pledges.ts; every count split between Member States and other submitters.
import { t, type MessageKey } from '../i18n/index.js';
import type { PartSection, SynthesisInput } from './index.js';
import type { PartsContext } from './parts.js';
import {
  PLEDGE_STATUS_ORDER,
  listPlans,
  progressDeclarationParagraphs,
  synthesizePledges,
  synthesizePriorities,
} from './plan-pledges.js';

const pair = (ms: number, other: number) => `${ms} / ${other}`;

export function planParts(inputs: readonly SynthesisInput[], ctx: PartsContext): PartSection[] {
  const { lang, words: w } = ctx;
  const ms = inputs.filter((i) => ctx.split(i.review));
  const others = inputs.filter((i) => !ctx.split(i.review));
  const out: PartSection[] = [];
  const objectiveLabel = (n: number) => w.objectiveN.replace('{n}', String(n));

  // national plans
  const plans = listPlans(inputs, lang);
  if (plans.length)
    out.push({
      id: 'national_plans',
      title: w.plans,
      tables: [
        {
          columns: [w.submitter, w.titleCol, w.adopted, w.measures, w.objectivesServed, w.file],
          rows: plans.map((p) => [p.submitter, p.title, p.adopted ?? '', p.measures, p.objectives.join(', '), p.file]),
        },
      ],
      data: plans,
    });

  // selective reviews and priorities
  const pa = synthesizePriorities(inputs);
  if (pa.objectives.length || pa.scope.selected || pa.scope.all) {
    const pm = synthesizePriorities(ms);
    const po = synthesizePriorities(others);
    const rank = (list: typeof pa.objectives, n: number) => list.find((x) => x.objective === n);
    out.push({
      id: 'priorities',
      title: w.priorities,
      note: w.splitNote,
      tables: [
        {
          columns: [w.scope, w.reviews],
          rows: [
            [w.scopeAll, pair(pm.scope.all, po.scope.all)],
            [w.scopeSelected, pair(pm.scope.selected, po.scope.selected)],
            [w.scopeUnspecified, pair(pm.scope.unspecified, po.scope.unspecified)],
          ],
          numericFrom: 1,
        },
        {
          columns: [w.objective, w.rankedBy, w.rankedFirst],
          rows: pa.objectives.map((o) => [
            objectiveLabel(o.objective),
            pair(rank(pm.objectives, o.objective)?.ranked ?? 0, rank(po.objectives, o.objective)?.ranked ?? 0),
            pair(rank(pm.objectives, o.objective)?.first ?? 0, rank(po.objectives, o.objective)?.first ?? 0),
          ]),
          numericFrom: 1,
        },
      ],
      data: { memberStates: pm, otherSubmitters: po, total: pa },
    });
  }

  // pledges
  const all = synthesizePledges(inputs, lang);
  if (all.total) {
    const pm = synthesizePledges(ms, lang);
    const po = synthesizePledges(others, lang);
    const statusLabel = (s: string) =>
      s === 'unspecified' ? w.statusNotGiven : t(lang, `pledge.status.${s}` as MessageKey);
    const byStatus = (p: typeof all, s: string) => p.byStatus.find((x) => x.status === s)?.pledges.length ?? 0;
    const byObjective = (p: typeof all, n: number) => p.byObjective.find((x) => x.objective === n)?.pledges.length ?? 0;
    out.push({
      id: 'pledges',
      title: w.pledges,
      note: `${w.splitNote} ${w.total}: ${pair(pm.total, po.total)}.`,
      tables: [
        {
          caption: w.pledgesByStatus,
          columns: [w.status, w.count],
          rows: [...PLEDGE_STATUS_ORDER, 'unspecified' as const]
            .filter((s) => byStatus(all, s) > 0)
            .map((s) => [statusLabel(s), pair(byStatus(pm, s), byStatus(po, s))]),
          numericFrom: 1,
        },
        {
          caption: w.pledgesByObjective,
          columns: [w.objective, w.count],
          rows: all.byObjective.map((o) => [
            objectiveLabel(o.objective),
            pair(byObjective(pm, o.objective), byObjective(po, o.objective)),
          ]),
          numericFrom: 1,
        },
        {
          caption: w.pledgesList,
          columns: [w.submitter, w.titleCol, w.status, w.objective, w.file],
          rows: all.byStatus.flatMap((g) =>
            g.pledges.map((p) => [p.submitter, p.title, statusLabel(g.status), p.objectives.join(', '), p.file]),
          ),
        },
      ],
      data: { memberStates: pm, otherSubmitters: po, total: all },
    });
  }

  // Progress Declaration paragraphs followed up
  const pd = progressDeclarationParagraphs(inputs);
  if (pd.length) {
    const pm = progressDeclarationParagraphs(ms);
    const po = progressDeclarationParagraphs(others);
    const n = (list: typeof pd, p: number) => list.find((x) => x.paragraph === p)?.reviews ?? 0;
    out.push({
      id: 'progress_declaration',
      title: w.progressDeclaration,
      note: w.splitNote,
      tables: [
        {
          columns: [w.paragraph, w.reviews],
          rows: pd.map((p) => [String(p.paragraph), pair(n(pm, p.paragraph), n(po, p.paragraph))]),
          numericFrom: 1,
        },
      ],
      data: { memberStates: pm, otherSubmitters: po, total: pd },
    });
  }
  return out;
}
