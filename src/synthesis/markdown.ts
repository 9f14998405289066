// A synthesis as a Markdown document: readable as it is, pasteable into a word processor or a
// wiki, and renderable like any review narrative. Fixed words in English, French or Spanish.
import {
  OBJECTIVES,
  PRINCIPLES,
  QUESTION_LETTERS,
  REGIONS,
  STAKEHOLDERS,
  SUBMITTER_TYPE_LABELS,
  SUPPORT_AREA_LABELS,
  cycleLabel,
  isRefLang,
  question,
  type RefLang,
  type SubmitterType,
} from '../reference/index.js';
import type { Synthesis } from './index.js';

const WORDS = {
  en: {
    title: 'Synthesis of GCM reviews',
    reviews: 'Reviews included',
    submitter: 'Submitter',
    type: 'Type',
    cycle: 'Review cycle',
    status: 'Status',
    answered: 'Objectives answered',
    complete: 'Complete',
    yes: 'yes',
    no: 'no',
    draft: 'draft',
    final: 'final',
    coverage: 'Coverage by objective',
    objective: 'Objective',
    reporting: 'Reviews reporting',
    allFive: 'All five questions',
    stats: 'Statistics',
    practices: 'Practices',
    needs: 'Support needs',
    roundtables: 'IMRF round tables',
    roundtable: 'Round table',
    objectives: 'Objectives',
    support: 'Support needs by area',
    area: 'Area',
    high: 'High priority',
    reviewsAsking: 'Reviews asking',
    matrix: 'Support needs: objectives × areas',
    principles: 'Guiding principles applied',
    principle: 'Guiding principle',
    citedIn: 'Objectives citing it',
    stakeholders: 'Stakeholders consulted',
    category: 'Category',
    promising: 'Promising practices',
    none: 'None reported.',
    intro: (n: number) => `${n} review${n === 1 ? '' : 's'}`,
  },
  fr: {
    title: 'Synthèse des examens du PMM',
    reviews: 'Examens pris en compte',
    submitter: 'Auteur',
    type: 'Type',
    cycle: 'Cycle d’examen',
    status: 'Statut',
    answered: 'Objectifs traités',
    complete: 'Complet',
    yes: 'oui',
    no: 'non',
    draft: 'projet',
    final: 'final',
    coverage: 'Couverture par objectif',
    objective: 'Objectif',
    reporting: 'Examens le traitant',
    allFive: 'Cinq questions',
    stats: 'Statistiques',
    practices: 'Pratiques',
    needs: 'Besoins de soutien',
    roundtables: 'Tables rondes du FEMI',
    roundtable: 'Table ronde',
    objectives: 'Objectifs',
    support: 'Besoins de soutien par domaine',
    area: 'Domaine',
    high: 'Priorité élevée',
    reviewsAsking: 'Examens le demandant',
    matrix: 'Besoins de soutien : objectifs × domaines',
    principles: 'Principes directeurs appliqués',
    principle: 'Principe directeur',
    citedIn: 'Objectifs le citant',
    stakeholders: 'Parties prenantes consultées',
    category: 'Catégorie',
    promising: 'Pratiques prometteuses',
    none: 'Aucune signalée.',
    intro: (n: number) => `${n} examen${n === 1 ? '' : 's'}`,
  },
  es: {
    title: 'Síntesis de los exámenes del PMM',
    reviews: 'Exámenes incluidos',
    submitter: 'Autor',
    type: 'Tipo',
    cycle: 'Ciclo de examen',
    status: 'Estado',
    answered: 'Objetivos tratados',
    complete: 'Completo',
    yes: 'sí',
    no: 'no',
    draft: 'borrador',
    final: 'final',
    coverage: 'Cobertura por objetivo',
    objective: 'Objetivo',
    reporting: 'Exámenes que informan',
    allFive: 'Las cinco preguntas',
    stats: 'Estadísticas',
    practices: 'Prácticas',
    needs: 'Necesidades de apoyo',
    roundtables: 'Mesas redondas del FEMI',
    roundtable: 'Mesa redonda',
    objectives: 'Objetivos',
    support: 'Necesidades de apoyo por ámbito',
    area: 'Ámbito',
    high: 'Prioridad alta',
    reviewsAsking: 'Exámenes que lo solicitan',
    matrix: 'Necesidades de apoyo: objetivos × ámbitos',
    principles: 'Principios rectores aplicados',
    principle: 'Principio rector',
    citedIn: 'Objetivos que lo citan',
    stakeholders: 'Partes interesadas consultadas',
    category: 'Categoría',
    promising: 'Prácticas prometedoras',
    none: 'No se informó ninguna.',
    intro: (n: number) => `${n} examen${n === 1 ? '' : 'es'}`,
  },
} as const;

/** Text from a review, made safe for a Markdown table cell or a line: no pipes, no line breaks, no HTML. */
export function cell(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([[\]])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function table(head: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const sepRow = head.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [head, sepRow, ...rows.map((r) => r.map(String))].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function synthesisMarkdown(s: Synthesis): string {
  const lang: RefLang = isRefLang(s.lang) ? s.lang : 'en';
  const w = WORDS[lang];
  const out: string[] = [];
  const region = REGIONS.find((r) => r.key === s.filters.region);
  const subtitle = [
    region ? `${region.acronym}: ${region.name[lang]}` : undefined,
    s.filters.cycle ? cycleLabel(s.filters.cycle, lang) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  out.push(`# ${w.title}${subtitle ? ` — ${subtitle}` : ''}`, '', `${w.intro(s.reviews.length)}.`, '');

  out.push(`## ${w.reviews}`, '');
  out.push(
    table(
      [w.submitter, w.type, w.cycle, w.status, w.answered, w.complete],
      s.reviews.map((r) => [
        cell(r.submitter),
        SUBMITTER_TYPE_LABELS[r.submitterType as SubmitterType]?.[lang] ?? r.submitterType,
        cycleLabel(r.cycle, lang),
        r.status === 'draft' ? w.draft : w.final,
        r.objectivesAnswered,
        r.ready ? w.yes : w.no,
      ]),
      ['l', 'l', 'l', 'l', 'r', 'l'],
    ),
    '',
  );

  out.push(`## ${w.coverage}`, '');
  out.push(
    table(
      [w.objective, w.reporting, w.allFive, ...QUESTION_LETTERS.map((l) => `(${l})`), w.stats, w.practices, w.needs],
      s.objectives.map((o) => {
        const ref = OBJECTIVES[o.number - 1]!;
        const needs = Object.values(o.supportNeeds).reduce((a, b) => a + b, 0);
        return [
          `${o.number}. ${ref.short[lang]}`,
          o.reviews,
          o.complete,
          ...QUESTION_LETTERS.map((l) => o.questions[l]),
          o.statistics,
          o.practices,
          needs,
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    QUESTION_LETTERS.map((l) => `(${l}) ${question(l).label[lang]}`).join(' · '),
    '',
  );

  out.push(`## ${w.roundtables}`, '');
  out.push(
    table(
      [w.roundtable, w.objectives, w.reporting],
      s.roundtables.map((r) => [r.number, r.objectives.join(', '), r.reviews]),
      ['l', 'l', 'r'],
    ),
    '',
  );

  out.push(`## ${w.support}`, '');
  out.push(
    table(
      [w.area, w.needs, w.high, w.reviewsAsking],
      s.supportAreas.map((a) => [SUPPORT_AREA_LABELS[a.area][lang], a.needs, a.highPriority, a.reviews]),
      ['l', 'r', 'r', 'r'],
    ),
    '',
  );
  const asked = s.objectives.filter((o) => Object.values(o.supportNeeds).some((n) => n > 0));
  if (asked.length) {
    out.push(`### ${w.matrix}`, '');
    const areas = s.supportAreas.map((a) => a.area);
    out.push(
      table(
        [w.objective, ...areas.map((a) => SUPPORT_AREA_LABELS[a][lang]), w.high],
        asked.map((o) => [
          `${o.number}. ${OBJECTIVES[o.number - 1]!.short[lang]}`,
          ...areas.map((a) => o.supportNeeds[a] || '·'),
          o.highPriority,
        ]),
        ['l', ...areas.map(() => 'r' as const), 'r'],
      ),
      '',
    );
  }

  out.push(`## ${w.principles}`, '');
  out.push(
    table(
      [w.principle, w.citedIn, w.reporting],
      s.principlesApplied.map((p) => {
        const ref = PRINCIPLES.find((x) => x.key === p.principle)!;
        return [`(${ref.letter}) ${ref.title[lang]}`, p.objectives, p.reviews];
      }),
      ['l', 'r', 'r'],
    ),
    '',
  );

  out.push(`## ${w.stakeholders}`, '');
  out.push(
    table(
      [w.category, w.reporting],
      s.stakeholders.map((c) => [STAKEHOLDERS.find((x) => x.key === c.category)!.label[lang], c.reviews]),
      ['l', 'r'],
    ),
    '',
  );

  out.push(`## ${w.promising}`, '');
  if (!s.practices.length) out.push(w.none, '');
  let current = 0;
  for (const p of s.practices) {
    if (p.objective !== current) {
      if (current) out.push('');
      current = p.objective;
      out.push(`### ${w.objective} ${current}: ${OBJECTIVES[current - 1]!.title[lang]}`, '');
    }
    const title =
      p.link && /^https?:\/\//.test(p.link)
        ? `[${cell(p.title)}](<${p.link.replace(/[<>\s]/g, encodeURIComponent)}>)`
        : cell(p.title);
    out.push(`- **${title}** (${cell(p.submitter)})${p.description ? `: ${cell(p.description)}` : ''}`);
  }
  if (s.practices.length) out.push('');
  return out.join('\n');
}
