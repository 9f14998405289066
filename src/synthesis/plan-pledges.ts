// Issue 9 §3–5 for a secretariat: pledges listed by status and by objective, the national plans
// the reviews describe, selective reviews and their priorities, and the Progress Declaration
// paragraphs followed up. Small pure functions (reviews in, lists and counts out), kept apart from
// `synthesize` so they can be integrated into it, plus their Markdown sections (English, French,
// Spanish). Linear in the size of the reviews.
import { OBJECTIVES, isRefLang, type RefLang } from '../reference/index.js';
import type { Narrative, PledgeStatus, Review } from '../schema/types.js';
import { countryName, pickNarrative } from '../model/index.js';
import type { SynthesisInput } from './index.js';
import { cell } from './markdown.js';

export const PLEDGE_STATUS_ORDER = ['announced', 'in_progress', 'fulfilled', 'discontinued'] as const;

export interface PledgeListing {
  file: string;
  submitter: string;
  title: string;
  kind?: 'individual' | 'joint';
  status?: PledgeStatus;
  objectives: number[];
  partners: string[];
  gcrMirror: boolean;
}

export interface PledgeSynthesis {
  total: number;
  joint: number;
  gcrMirror: number;
  /** Every status, in the order announced → discontinued, then pledges without a status. */
  byStatus: { status: PledgeStatus | 'unspecified'; pledges: PledgeListing[] }[];
  /** Objectives with at least one pledge, by number. */
  byObjective: { objective: number; pledges: PledgeListing[] }[];
}

export interface PlanListing {
  file: string;
  submitter: string;
  title: string;
  adopted?: string;
  link?: string;
  dimensions: number;
  measures: number;
  /** Objectives served by at least one measure. */
  objectives: number[];
}

export interface PrioritySynthesis {
  scope: { all: number; selected: number; unspecified: number };
  /** Per objective: reviews ranking it, and reviews ranking it first. */
  objectives: { objective: number; ranked: number; first: number }[];
}

function submitterName(review: Review, lang: string): string {
  const s = review.metadata.submitter;
  if (s.type === 'member_state' && s.country) return countryName(s.country, lang) ?? s.name ?? s.country;
  return s.name ?? s.country ?? s.type;
}

function text(review: Review, n: Parameters<typeof pickNarrative>[0], lang: string): string {
  return pickNarrative(n, lang, review.metadata.languages ?? [])?.text.trim() ?? '';
}

const validObjective = (n: unknown): n is number => typeof n === 'number' && n >= 1 && n <= OBJECTIVES.length;

export function synthesizePledges(inputs: readonly SynthesisInput[], lang = 'en'): PledgeSynthesis {
  const all: PledgeListing[] = [];
  for (const { file, review } of inputs) {
    const submitter = submitterName(review, lang);
    for (const p of review.pledges ?? []) {
      all.push({
        file,
        submitter,
        title: text(review, p.title, lang),
        ...(p.kind ? { kind: p.kind } : {}),
        ...(p.status ? { status: p.status } : {}),
        objectives: [...new Set((p.objectives ?? []).filter(validObjective))].sort((a, b) => a - b),
        partners: (p.partners ?? []).map((x) => text(review, x.name as Narrative, lang)),
        gcrMirror: p.gcr_mirror === true,
      });
    }
  }
  const byObjective = new Map<number, PledgeListing[]>();
  for (const p of all)
    for (const n of p.objectives) {
      const list = byObjective.get(n) ?? [];
      list.push(p);
      byObjective.set(n, list);
    }
  return {
    total: all.length,
    joint: all.filter((p) => p.kind === 'joint').length,
    gcrMirror: all.filter((p) => p.gcrMirror).length,
    byStatus: [
      ...PLEDGE_STATUS_ORDER.map((status) => ({ status, pledges: all.filter((p) => p.status === status) })),
      { status: 'unspecified' as const, pledges: all.filter((p) => !p.status) },
    ],
    byObjective: [...byObjective.entries()]
      .sort(([a], [b]) => a - b)
      .map(([objective, pledges]) => ({ objective, pledges })),
  };
}

export function listPlans(inputs: readonly SynthesisInput[], lang = 'en'): PlanListing[] {
  const out: PlanListing[] = [];
  for (const { file, review } of inputs) {
    const plan = review.national_plan;
    if (!plan) continue;
    const objectives = new Set<number>();
    for (const m of plan.measures ?? []) for (const n of m.objectives ?? []) if (validObjective(n)) objectives.add(n);
    out.push({
      file,
      submitter: submitterName(review, lang),
      title: text(review, plan.title, lang),
      ...(plan.adopted ? { adopted: plan.adopted } : {}),
      ...(plan.link ? { link: plan.link } : {}),
      dimensions: plan.dimensions?.length ?? 0,
      measures: plan.measures?.length ?? 0,
      objectives: [...objectives].sort((a, b) => a - b),
    });
  }
  return out;
}

export function synthesizePriorities(inputs: readonly SynthesisInput[]): PrioritySynthesis {
  const scope = { all: 0, selected: 0, unspecified: 0 };
  const ranked = new Map<number, { ranked: number; first: number }>();
  for (const { review } of inputs) {
    const kind = review.metadata.scope?.kind;
    if (kind === 'all' || kind === 'selected') scope[kind]++;
    else scope.unspecified++;
    const entries = Object.entries(review.objectives ?? {}).flatMap(([k, a]) =>
      a?.priority && validObjective(Number(k)) ? [{ n: Number(k), rank: a.priority.rank }] : [],
    );
    const best = Math.min(...entries.map((e) => e.rank));
    for (const e of entries) {
      const r = ranked.get(e.n) ?? { ranked: 0, first: 0 };
      r.ranked++;
      if (e.rank === best) r.first++;
      ranked.set(e.n, r);
    }
  }
  return {
    scope,
    objectives: [...ranked.entries()].sort(([a], [b]) => a - b).map(([objective, r]) => ({ objective, ...r })),
  };
}

/** Progress Declaration paragraphs followed up, with how many reviews report on each. */
export function progressDeclarationParagraphs(
  inputs: readonly SynthesisInput[],
): { paragraph: number; reviews: number }[] {
  const counts = new Map<number, Set<string>>();
  for (const { file, review } of inputs)
    for (const e of review.progress_declaration ?? []) {
      const s = counts.get(e.paragraph) ?? new Set<string>();
      s.add(file);
      counts.set(e.paragraph, s);
    }
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([paragraph, s]) => ({ paragraph, reviews: s.size }));
}

// ---- Markdown ---------------------------------------------------------------------------------

const WORDS = {
  en: {
    plans: 'National implementation plans',
    submitter: 'Submitter',
    plan: 'Plan',
    adopted: 'Adopted',
    measures: 'Measures',
    objectives: 'Objectives served',
    pledges: 'Pledges',
    pledgesIntro: (n: number, joint: number, gcr: number) =>
      `${n} pledge${n === 1 ? '' : 's'}; ${joint} joint; ${gcr} also made under the Global Compact on Refugees.`,
    byStatus: 'Pledges by status',
    byObjective: 'Pledges by objective',
    objective: 'Objective',
    count: 'Pledges',
    titles: 'Pledges (submitter)',
    status: {
      announced: 'Announced',
      in_progress: 'In progress',
      fulfilled: 'Fulfilled',
      discontinued: 'Discontinued',
      unspecified: 'Status not given',
    },
    priorities: 'Selective reviews and priorities',
    scope: (s: PrioritySynthesis['scope']) =>
      `Scope: ${s.all} review(s) cover all 23 objectives, ${s.selected} a selection, ${s.unspecified} do not say.`,
    ranked: 'Reviews ranking it',
    first: 'Ranked first',
    pd: 'Progress Declaration follow-up (A/RES/76/266)',
    paragraph: 'Paragraph',
    reviews: 'Reviews',
    none: 'None reported.',
  },
  fr: {
    plans: 'Plans nationaux de mise en œuvre',
    submitter: 'Auteur',
    plan: 'Plan',
    adopted: 'Adopté le',
    measures: 'Mesures',
    objectives: 'Objectifs servis',
    pledges: 'Engagements',
    pledgesIntro: (n: number, joint: number, gcr: number) =>
      `${n} engagement(s) ; ${joint} conjoint(s) ; ${gcr} pris aussi au titre du Pacte mondial sur les réfugiés.`,
    byStatus: 'Engagements par état',
    byObjective: 'Engagements par objectif',
    objective: 'Objectif',
    count: 'Engagements',
    titles: 'Engagements (auteur)',
    status: {
      announced: 'Annoncé',
      in_progress: 'En cours',
      fulfilled: 'Réalisé',
      discontinued: 'Abandonné',
      unspecified: 'État non indiqué',
    },
    priorities: 'Examens sélectifs et priorités',
    scope: (s: PrioritySynthesis['scope']) =>
      `Portée : ${s.all} examen(s) couvrent les 23 objectifs, ${s.selected} une sélection, ${s.unspecified} ne le disent pas.`,
    ranked: 'Examens qui le classent',
    first: 'Classé premier',
    pd: 'Suivi de la Déclaration sur les progrès (A/RES/76/266)',
    paragraph: 'Paragraphe',
    reviews: 'Examens',
    none: 'Aucun.',
  },
  es: {
    plans: 'Planes nacionales de aplicación',
    submitter: 'Autor',
    plan: 'Plan',
    adopted: 'Aprobado el',
    measures: 'Medidas',
    objectives: 'Objetivos atendidos',
    pledges: 'Compromisos',
    pledgesIntro: (n: number, joint: number, gcr: number) =>
      `${n} compromiso(s); ${joint} conjunto(s); ${gcr} asumido(s) también en el marco del Pacto Mundial sobre los Refugiados.`,
    byStatus: 'Compromisos por estado',
    byObjective: 'Compromisos por objetivo',
    objective: 'Objetivo',
    count: 'Compromisos',
    titles: 'Compromisos (autor)',
    status: {
      announced: 'Anunciado',
      in_progress: 'En curso',
      fulfilled: 'Cumplido',
      discontinued: 'Abandonado',
      unspecified: 'Estado no indicado',
    },
    priorities: 'Exámenes selectivos y prioridades',
    scope: (s: PrioritySynthesis['scope']) =>
      `Alcance: ${s.all} examen(es) abarcan los 23 objetivos, ${s.selected} una selección, ${s.unspecified} no lo indican.`,
    ranked: 'Exámenes que lo clasifican',
    first: 'Clasificado primero',
    pd: 'Seguimiento de la Declaración sobre los Progresos (A/RES/76/266)',
    paragraph: 'Párrafo',
    reviews: 'Exámenes',
    none: 'Ninguno.',
  },
} as const;

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => (typeof c === 'number' ? String(c) : c)).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The Markdown sections for plans, priorities, pledges and the Progress Declaration (## headings). */
export function planPledgesMarkdown(inputs: readonly SynthesisInput[], lang = 'en'): string {
  const w = WORDS[(isRefLang(lang) ? lang : 'en') as RefLang];
  const out: string[] = [];
  const plans = listPlans(inputs, lang);
  out.push(`## ${w.plans}`, '');
  out.push(
    plans.length
      ? table(
          [w.submitter, w.plan, w.adopted, w.measures, w.objectives],
          plans.map((p) => [cell(p.submitter), cell(p.title), p.adopted ?? '', p.measures, p.objectives.join(', ')]),
        )
      : w.none,
    '',
  );
  const pr = synthesizePriorities(inputs);
  out.push(`## ${w.priorities}`, '', w.scope(pr.scope), '');
  if (pr.objectives.length)
    out.push(
      table(
        [w.objective, w.ranked, w.first],
        pr.objectives.map((o) => [o.objective, o.ranked, o.first]),
      ),
      '',
    );
  const pl = synthesizePledges(inputs, lang);
  out.push(`## ${w.pledges}`, '', w.pledgesIntro(pl.total, pl.joint, pl.gcrMirror), '');
  if (pl.total) {
    out.push(`### ${w.byStatus}`, '');
    for (const s of pl.byStatus) {
      if (!s.pledges.length) continue;
      out.push(`**${w.status[s.status]}** (${s.pledges.length})`, '');
      for (const p of s.pledges)
        out.push(
          `- ${cell(p.title)} (${cell(p.submitter)})${p.objectives.length ? `: ${p.objectives.join(', ')}` : ''}`,
        );
      out.push('');
    }
    out.push(`### ${w.byObjective}`, '');
    out.push(
      table(
        [w.objective, w.count, w.titles],
        pl.byObjective.map((o) => [
          o.objective,
          o.pledges.length,
          o.pledges.map((p) => `${cell(p.title)} (${cell(p.submitter)})`).join('; '),
        ]),
      ),
      '',
    );
  }
  const pd = progressDeclarationParagraphs(inputs);
  out.push(`## ${w.pd}`, '');
  out.push(
    pd.length
      ? table(
          [w.paragraph, w.reviews],
          pd.map((p) => [p.paragraph, p.reviews]),
        )
      : w.none,
    '',
  );
  return out.join('\n');
}
