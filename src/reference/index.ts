// The GCM reference data, typed. Data only: no I/O, no imports outside this module.
// Official wording comes from src/reference/data.ts (generated from the maintainers' reference
// file); strings written here are marked as derived or translated.
import {
  ANNEX_SOURCE,
  CYCLES_DATA,
  ISCMS_DATA,
  OBJECTIVES_DATA,
  PRINCIPLES_DATA,
  REGIONS_DATA,
  SOURCES_DATA,
  STAKEHOLDERS_DATA,
} from './data.js';

/** Languages whose fixed strings (titles, labels, questions) the reference data carries. */
export const REFERENCE_LANGS = ['en', 'fr', 'es'] as const;
export type RefLang = (typeof REFERENCE_LANGS)[number];
export type Localized = Readonly<Record<RefLang, string>>;

export function isRefLang(lang: string): lang is RefLang {
  return (REFERENCE_LANGS as readonly string[]).includes(lang);
}

export interface Objective {
  readonly number: number;
  readonly title: Localized;
  readonly short: Localized;
  /** IMRF 2022 round table (1–4). */
  readonly roundtable: number;
  /** Fields the reference file marks `# unverified`, e.g. "title.es", "roundtable". */
  readonly unverified: readonly string[];
}

export const OBJECTIVES: readonly Objective[] = OBJECTIVES_DATA;
export const OBJECTIVE_NUMBERS: readonly number[] = OBJECTIVES.map((o) => o.number);

export function objective(n: number): Objective | undefined {
  return OBJECTIVES[n - 1]?.number === n ? OBJECTIVES[n - 1] : OBJECTIVES.find((o) => o.number === n);
}

/** The four IMRF 2022 round tables with the objectives clustered under each. */
export const ROUNDTABLES: readonly { readonly number: number; readonly objectives: readonly number[] }[] = [
  1, 2, 3, 4,
].map((number) => ({ number, objectives: OBJECTIVES.filter((o) => o.roundtable === number).map((o) => o.number) }));

export interface Principle {
  readonly key: string;
  readonly letter: string;
  readonly title: Localized;
  /** Fields the reference file marks `# unverified` (none today; carried if the file marks any). */
  readonly unverified: readonly string[];
}
export const PRINCIPLES: readonly Principle[] = PRINCIPLES_DATA;
export const PRINCIPLE_KEYS: readonly string[] = PRINCIPLES.map((p) => p.key);
export function principle(key: string): Principle | undefined {
  return PRINCIPLES.find((p) => p.key === key);
}

export interface StakeholderCategory {
  readonly key: string;
  readonly label: Localized;
  readonly unverified: readonly string[];
}
export const STAKEHOLDERS: readonly StakeholderCategory[] = STAKEHOLDERS_DATA;
export const STAKEHOLDER_KEYS: readonly string[] = STAKEHOLDERS.map((s) => s.key);

export interface Region {
  readonly key: string;
  readonly acronym: string;
  readonly name: Localized;
  /** Names the reference file marks `# unverified`, e.g. "name.en". */
  readonly unverified: readonly string[];
}
export const REGIONS: readonly Region[] = REGIONS_DATA;
export const REGION_KEYS: readonly string[] = REGIONS.map((r) => r.key);

export interface ReviewCycle {
  readonly key: string;
  readonly type: 'regional_review' | 'imrf';
  readonly years: readonly number[];
  /** Whether the cycle was announced (false: projected from the four-year rhythm). */
  readonly verified: boolean;
}
export const CYCLES: readonly ReviewCycle[] = CYCLES_DATA as readonly ReviewCycle[];
export const CYCLE_KEYS: readonly string[] = CYCLES.map((c) => c.key);

/** Cycle labels (derived: the reference gives English only; fr/es are our translation). */
const CYCLE_LABELS: Record<string, Localized> = {
  regional_review_1: {
    en: 'First round of GCM regional reviews (2020–2021)',
    fr: 'Premier cycle d’examens régionaux du PMM (2020–2021)',
    es: 'Primera ronda de exámenes regionales del PMM (2020–2021)',
  },
  imrf_2022: {
    en: 'First International Migration Review Forum (2022)',
    fr: 'Premier Forum d’examen des migrations internationales (2022)',
    es: 'Primer Foro de Examen de la Migración Internacional (2022)',
  },
  regional_review_2: {
    en: 'Second round of GCM regional reviews (2024–2025)',
    fr: 'Deuxième cycle d’examens régionaux du PMM (2024–2025)',
    es: 'Segunda ronda de exámenes regionales del PMM (2024–2025)',
  },
  imrf_2026: {
    en: 'Second International Migration Review Forum (2026)',
    fr: 'Deuxième Forum d’examen des migrations internationales (2026)',
    es: 'Segundo Foro de Examen de la Migración Internacional (2026)',
  },
  regional_review_3: {
    en: 'Third round of GCM regional reviews (2028–2029)',
    fr: 'Troisième cycle d’examens régionaux du PMM (2028–2029)',
    es: 'Tercera ronda de exámenes regionales del PMM (2028–2029)',
  },
  imrf_2030: {
    en: 'Third International Migration Review Forum (2030)',
    fr: 'Troisième Forum d’examen des migrations internationales (2030)',
    es: 'Tercer Foro de Examen de la Migración Internacional (2030)',
  },
};
export function cycleLabel(key: string, lang: RefLang): string {
  return CYCLE_LABELS[key]?.[lang] ?? key;
}

/** The sources the reference file was checked against (README "Reference data" lists them). */
export const SOURCES: readonly {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly language: string;
}[] = SOURCES_DATA;

/** Whether the reference file marks this string `# unverified` (field like "title", "name"). */
export function isVerified(entry: { readonly unverified: readonly string[] }, field: string, lang: RefLang): boolean {
  return !entry.unverified.includes(`${field}.${lang}`) && !entry.unverified.includes(field);
}

/**
 * Where the five questions (a)–(e) come from: the annex of the January 2021 concept note for the
 * Arab-region dialogue with inter-State consultation mechanisms (source S17 of the reference file),
 * not an annex of A/RES/73/195. One line, for `questions --verbose`, the wizard and the report.
 */
export const QUESTIONS_SOURCE: Localized = {
  en: 'Source of questions (a)–(e): Annex I of the concept note of 28 January 2021 for the dialogue with inter-State consultation mechanisms on the GCM regional review in the Arab region (not an annex of A/RES/73/195).',
  fr: 'Source des questions (a) à (e) : annexe I de la note conceptuelle du 28 janvier 2021 pour le dialogue avec les mécanismes consultatifs interétatiques sur l’examen régional du PMM dans la région arabe (et non une annexe de la résolution A/RES/73/195).',
  es: 'Fuente de las preguntas a) a e): anexo I de la nota conceptual del 28 de enero de 2021 para el diálogo con los mecanismos consultivos interestatales sobre el examen regional del PMM en la región árabe (no un anexo de la resolución A/RES/73/195).',
};

/** Inter-State consultation mechanisms named in the reference data (Arab-region dialogue list). */
export const ISCMS: readonly { readonly en: string; readonly fr: string }[] = ISCMS_DATA;

export const SUBMITTER_TYPES = ['member_state', 'stakeholder', 'iscm', 'regional_organization'] as const;
export type SubmitterType = (typeof SUBMITTER_TYPES)[number];
export const SUBMITTER_TYPE_LABELS: Record<SubmitterType, Localized> = {
  member_state: { en: 'Member State', fr: 'État Membre', es: 'Estado Miembro' },
  stakeholder: { en: 'Stakeholder', fr: 'Partie prenante', es: 'Parte interesada' },
  iscm: {
    en: 'Inter-State consultation mechanism / regional process',
    fr: 'Mécanisme consultatif interétatique / processus régional',
    es: 'Mecanismo consultivo interestatal / proceso regional',
  },
  regional_organization: { en: 'Regional organization', fr: 'Organisation régionale', es: 'Organización regional' },
};

// ---- Annex I questions --------------------------------------------------------------------------

export const QUESTION_LETTERS = ['a', 'b', 'c', 'd', 'e'] as const;
export type QuestionLetter = (typeof QUESTION_LETTERS)[number];

/** How each Annex I question is stored inside an objective of a review file. */
export const QUESTION_FIELDS: Record<QuestionLetter, string> = {
  a: 'implementation',
  b: 'guiding_principles',
  c: 'gaps_and_challenges',
  d: 'promising_practices',
  e: 'support_needs',
};

export interface Question {
  readonly letter: QuestionLetter;
  readonly key: string;
  /** Field name inside an objective in the review file. */
  readonly field: string;
  /** Short heading, e.g. "Main gaps and challenges". */
  readonly label: Localized;
  /** Guidance shown to the person answering (our wording). */
  readonly guidance: Localized;
}

/** "regional" = Annex I as worded for regional processes; "national" = the same question about national plans. */
export type QuestionScope = 'regional' | 'national' | 'stakeholder';

export function questionScope(type: SubmitterType): QuestionScope {
  if (type === 'member_state') return 'national';
  if (type === 'stakeholder') return 'stakeholder';
  return 'regional';
}

const [Q_A, Q_B, Q_C, Q_D, Q_E] = ANNEX_SOURCE.questions;

export const QUESTIONS: readonly Question[] = [
  {
    letter: 'a',
    key: Q_A.key,
    field: QUESTION_FIELDS.a,
    label: { en: 'Status of implementation', fr: 'État de la mise en œuvre', es: 'Estado de la aplicación' },
    guidance: {
      en: 'Describe what has been done since the last review: laws, policies, programmes, institutions. Add statistics (indicator, value, year, source) wherever they exist.',
      fr: 'Décrivez ce qui a été fait depuis le dernier examen : lois, politiques, programmes, institutions. Ajoutez des statistiques (indicateur, valeur, année, source) chaque fois qu’elles existent.',
      es: 'Describa lo realizado desde el último examen: leyes, políticas, programas, instituciones. Añada estadísticas (indicador, valor, año, fuente) siempre que existan.',
    },
  },
  {
    letter: 'b',
    key: Q_B.key,
    field: QUESTION_FIELDS.b,
    label: {
      en: 'Integration of the guiding principles',
      fr: 'Intégration des principes directeurs',
      es: 'Integración de los principios rectores',
    },
    guidance: {
      en: 'Which of the ten cross-cutting guiding principles shaped this work, and how? Say in particular how ministries worked together (whole-of-government) and how migrants, civil society and other actors took part (whole-of-society).',
      fr: 'Quels principes directeurs transversaux ont guidé ce travail, et comment ? Précisez la coordination entre ministères (ensemble des pouvoirs publics) et la participation des migrants, de la société civile et des autres acteurs (ensemble de la société).',
      es: '¿Qué principios rectores transversales orientaron este trabajo y cómo? Explique en particular la coordinación entre ministerios (enfoque pangubernamental) y la participación de migrantes, sociedad civil y otros actores (enfoque pansocial).',
    },
  },
  {
    letter: 'c',
    key: Q_C.key,
    field: QUESTION_FIELDS.c,
    label: {
      en: 'Main gaps and challenges',
      fr: 'Principales lacunes et principaux défis',
      es: 'Principales lagunas y desafíos',
    },
    guidance: {
      en: 'What is not working yet, or not well enough? Name the obstacles (legal, financial, institutional, data) frankly: this is what partners read to decide where to help.',
      fr: 'Qu’est-ce qui ne fonctionne pas encore, ou pas assez bien ? Nommez franchement les obstacles (juridiques, financiers, institutionnels, données).',
      es: '¿Qué no funciona todavía, o no lo bastante bien? Nombre con franqueza los obstáculos (jurídicos, financieros, institucionales, de datos).',
    },
  },
  {
    letter: 'd',
    key: Q_D.key,
    field: QUESTION_FIELDS.d,
    label: {
      en: 'Promising practices and lessons learned',
      fr: 'Pratiques prometteuses et leçons apprises',
      es: 'Prácticas prometedoras y lecciones aprendidas',
    },
    guidance: {
      en: 'One entry per practice: a short title, what was done, with whom, and what it achieved. Practices that others could copy are the most useful.',
      fr: 'Une entrée par pratique : un titre court, ce qui a été fait, avec qui, et les résultats obtenus.',
      es: 'Una entrada por práctica: un título breve, qué se hizo, con quién y qué resultados dio.',
    },
  },
  {
    letter: 'e',
    key: Q_E.key,
    field: QUESTION_FIELDS.e,
    label: { en: 'Areas needing support', fr: 'Domaines nécessitant un soutien', es: 'Ámbitos que requieren apoyo' },
    guidance: {
      en: 'Where would support make the biggest difference? For each need choose an area (financing, capacity-building, policy advice, data collection and analysis, technology, partnerships, or other), describe it and give a priority.',
      fr: 'Où un soutien ferait-il la plus grande différence ? Pour chaque besoin, choisissez un domaine, décrivez-le et indiquez une priorité.',
      es: '¿Dónde marcaría el apoyo la mayor diferencia? Para cada necesidad elija un ámbito, descríbala e indique una prioridad.',
    },
  },
];

/**
 * Guidance for stakeholder submitters: their questions ask what "your organization observes", so
 * the guidance speaks of observing implementation and of the organization's own part, not of
 * ministries and laws it does not make (our wording).
 */
const STAKEHOLDER_GUIDANCE: Record<QuestionLetter, Localized> = {
  a: {
    en: 'Describe what your organization has observed since the last review: changes in policy and practice as they reach migrants, and what your organization did. Add the evidence you hold (your own data, case records, surveys: indicator, value, year, source).',
    fr: 'Décrivez ce que votre organisation a observé depuis le dernier examen : les changements de politiques et de pratiques tels qu’ils atteignent les migrants, et ce que votre organisation a fait. Ajoutez les éléments dont vous disposez (vos données, dossiers, enquêtes : indicateur, valeur, année, source).',
    es: 'Describa lo que su organización ha observado desde el último examen: los cambios de políticas y prácticas tal como llegan a los migrantes, y lo que hizo su organización. Añada la evidencia de que disponga (datos propios, expedientes, encuestas: indicador, valor, año, fuente).',
  },
  b: {
    en: 'Which guiding principles do you see applied in practice, and where are they missing? Say how your organization and the people it works with took part in designing, carrying out or monitoring the measures (whole-of-society), and how well the authorities worked together as seen from outside (whole-of-government).',
    fr: 'Quels principes directeurs voyez-vous appliqués dans la pratique, et où manquent-ils ? Précisez comment votre organisation et les personnes avec qui elle travaille ont pris part à la conception, à la mise en œuvre ou au suivi des mesures (ensemble de la société), et comment les autorités ont coopéré, vu de l’extérieur (ensemble des pouvoirs publics).',
    es: '¿Qué principios rectores ve aplicados en la práctica y dónde faltan? Explique cómo su organización y las personas con las que trabaja participaron en el diseño, la ejecución o el seguimiento de las medidas (enfoque pansocial) y cómo colaboraron las autoridades, visto desde fuera (enfoque pangubernamental).',
  },
  c: {
    en: 'What gaps do you observe between commitments and practice? Name the obstacles that migrants and your organization meet (legal, financial, institutional, data), with examples.',
    fr: 'Quels écarts observez-vous entre les engagements et la pratique ? Nommez les obstacles que rencontrent les migrants et votre organisation (juridiques, financiers, institutionnels, données), avec des exemples.',
    es: '¿Qué brechas observa entre los compromisos y la práctica? Nombre los obstáculos que encuentran los migrantes y su organización (jurídicos, financieros, institucionales, de datos), con ejemplos.',
  },
  d: {
    en: 'One entry per practice you know well, your own or others’: a short title, what was done, by whom, and what changed for migrants.',
    fr: 'Une entrée par pratique que vous connaissez bien, la vôtre ou celle d’autres : un titre court, ce qui a été fait, par qui, et ce qui a changé pour les migrants.',
    es: 'Una entrada por práctica que conozca bien, propia o de otros: un título breve, qué se hizo, quién lo hizo y qué cambió para los migrantes.',
  },
  e: {
    en: 'Where would support make the biggest difference, for implementation or for organizations like yours (e.g. funding for monitoring, data, partnerships)? For each need choose an area, describe it and give a priority.',
    fr: 'Où un soutien ferait-il la plus grande différence, pour la mise en œuvre ou pour des organisations comme la vôtre (par ex. financement du suivi, données, partenariats) ? Pour chaque besoin, choisissez un domaine, décrivez-le et indiquez une priorité.',
    es: '¿Dónde marcaría el apoyo la mayor diferencia, para la aplicación o para organizaciones como la suya (p. ej. financiación del seguimiento, datos, alianzas)? Para cada necesidad elija un ámbito, descríbala e indique una prioridad.',
  },
};

/** The guidance shown with a question, worded for the submitter type. */
export function guidanceFor(letter: QuestionLetter, type: SubmitterType, lang: RefLang): string {
  if (questionScope(type) === 'stakeholder') return STAKEHOLDER_GUIDANCE[letter][lang];
  return question(letter).guidance[lang];
}

/** Whether the text of a question is the source's own wording (French, regional wording only). */
export function questionTextVerified(type: SubmitterType, lang: RefLang): boolean {
  return questionScope(type) === 'regional' && lang === 'fr';
}

export function question(letter: QuestionLetter): Question {
  return QUESTIONS.find((q) => q.letter === letter)!;
}
export function questionByField(field: string): Question | undefined {
  return QUESTIONS.find((q) => q.field === field);
}

/** Annex I intro and question texts exactly as in the source: French verbatim, English our translation. */
export const ANNEX_I = ANNEX_SOURCE;

/**
 * The full question text for a submitter type and language. Regional wording: fr verbatim from
 * Annex I, en our translation of it; national and stakeholder wording: derived by the rule
 * "regional plans" → "national plans" (Annex I is worded for regional processes).
 */
const QUESTION_TEXT: Record<QuestionScope, Record<QuestionLetter, Localized>> = {
  regional: {
    a: {
      en: Q_A.text.en,
      fr: Q_A.text.fr,
      es: 'Actualización sobre el estado de la aplicación de los planes y estrategias regionales de migración, por objetivo pertinente del PMM cuando sea posible, sobre la base de datos estadísticos cuando se disponga de ellos.',
    },
    b: {
      en: Q_B.text.en,
      fr: Q_B.text.fr,
      es: 'Cómo han integrado los organismos y procesos regionales los principios rectores transversales e interdependientes del PMM, incluidos los principios que movilizan al conjunto de la sociedad y del gobierno, en los planes y políticas existentes (y si ello ha permitido encontrar compromisos y acelerar la aplicación).',
    },
    c: {
      en: Q_C.text.en,
      fr: Q_C.text.fr,
      es: 'Cuáles son las principales lagunas y desafíos de los enfoques, estrategias y planes regionales de aplicación existentes.',
    },
    d: {
      en: Q_D.text.en,
      fr: Q_D.text.fr,
      es: 'Enumerar algunos ejemplos de prácticas prometedoras y lecciones aprendidas que podrían ser pertinentes para otras regiones (y que podrían presentarse en el FEMI).',
    },
    e: {
      en: Q_E.text.en,
      fr: Q_E.text.fr,
      es: 'Describir los ámbitos (objetivos y/o principios rectores del PMM) en los que la región necesitaría apoyo en materia de financiación, creación de capacidad, asesoramiento sobre políticas, recopilación y análisis de datos, tecnología, alianzas, etc.',
    },
  },
  national: {
    a: {
      en: 'Update on the status of implementation of national migration plans and strategies, by relevant GCM objective where possible, on the basis of statistical data where available.',
      fr: 'Mise à jour de l’état de la mise en œuvre des plans et stratégies nationaux en matière de migration, par objectif pertinent du PMM si possible, sur la base de données statistiques, lorsqu’elles sont disponibles.',
      es: 'Actualización sobre el estado de la aplicación de los planes y estrategias nacionales de migración, por objetivo pertinente del PMM cuando sea posible, sobre la base de datos estadísticos cuando se disponga de ellos.',
    },
    b: {
      en: 'How national institutions have integrated the cross-cutting and interdependent guiding principles of the GCM, including the whole-of-society and whole-of-government principles, into existing plans and policies (and whether this has made it possible to find trade-offs and accelerate implementation).',
      fr: 'Comment les institutions nationales ont intégré les principes directeurs transversaux et interdépendants du PMM, y compris les principes mobilisant l’ensemble de la société et du gouvernement, dans les plans et politiques existants (et si cela a permis de trouver des compromis et d’accélérer la mise en œuvre).',
      es: 'Cómo han integrado las instituciones nacionales los principios rectores transversales e interdependientes del PMM, incluidos los principios que movilizan al conjunto de la sociedad y del gobierno, en los planes y políticas existentes (y si ello ha permitido encontrar compromisos y acelerar la aplicación).',
    },
    c: {
      en: 'What the main gaps and challenges of existing national implementation approaches, strategies and plans are.',
      fr: 'Quelles sont les principales lacunes et les principaux défis des approches, stratégies et plans de mise en œuvre nationaux existants.',
      es: 'Cuáles son las principales lagunas y desafíos de los enfoques, estrategias y planes nacionales de aplicación existentes.',
    },
    d: {
      en: 'List some examples of promising practices and lessons learned that could be relevant to other countries (and that could be presented at the IMRF).',
      fr: 'Énumérer quelques exemples de pratiques prometteuses et de leçons apprises qui pourraient être pertinentes pour d’autres pays (et qui pourraient être présentées lors du FEMI).',
      es: 'Enumerar algunos ejemplos de prácticas prometedoras y lecciones aprendidas que podrían ser pertinentes para otros países (y que podrían presentarse en el FEMI).',
    },
    e: {
      en: 'Describe the areas (GCM objectives and/or guiding principles) in which the country would need support in terms of financing, capacity-building, policy advice, data collection and analysis, technology, partnerships, etc.',
      fr: 'Décrire les domaines (objectifs et/ou principes directeurs du PMM) dans lesquels le pays aurait besoin d’un soutien en termes de financement, de renforcement des capacités, de conseils politiques, de collecte et d’analyse de données, de technologie, de partenariats, etc.',
      es: 'Describir los ámbitos (objetivos y/o principios rectores del PMM) en los que el país necesitaría apoyo en materia de financiación, creación de capacidad, asesoramiento sobre políticas, recopilación y análisis de datos, tecnología, alianzas, etc.',
    },
  },
  stakeholder: {
    a: {
      en: 'Update on the status of implementation of the GCM as observed by your organization, by relevant GCM objective where possible, on the basis of statistical data where available.',
      fr: 'Mise à jour de l’état de la mise en œuvre du PMM tel que votre organisation l’observe, par objectif pertinent du PMM si possible, sur la base de données statistiques, lorsqu’elles sont disponibles.',
      es: 'Actualización sobre el estado de la aplicación del PMM según lo observa su organización, por objetivo pertinente del PMM cuando sea posible, sobre la base de datos estadísticos cuando se disponga de ellos.',
    },
    b: {
      en: 'How the cross-cutting and interdependent guiding principles of the GCM, including the whole-of-society and whole-of-government principles, have been integrated into existing plans and policies, and how your organization took part.',
      fr: 'Comment les principes directeurs transversaux et interdépendants du PMM, y compris les principes mobilisant l’ensemble de la société et du gouvernement, ont été intégrés dans les plans et politiques existants, et comment votre organisation y a pris part.',
      es: 'Cómo se han integrado los principios rectores transversales e interdependientes del PMM, incluidos los principios que movilizan al conjunto de la sociedad y del gobierno, en los planes y políticas existentes, y cómo participó su organización.',
    },
    c: {
      en: 'What the main gaps and challenges of existing implementation approaches, strategies and plans are.',
      fr: 'Quelles sont les principales lacunes et les principaux défis des approches, stratégies et plans de mise en œuvre existants.',
      es: 'Cuáles son las principales lagunas y desafíos de los enfoques, estrategias y planes de aplicación existentes.',
    },
    d: {
      en: 'List some examples of promising practices and lessons learned that could be relevant elsewhere (and that could be presented at the IMRF).',
      fr: 'Énumérer quelques exemples de pratiques prometteuses et de leçons apprises qui pourraient être pertinentes ailleurs (et qui pourraient être présentées lors du FEMI).',
      es: 'Enumerar algunos ejemplos de prácticas prometedoras y lecciones aprendidas que podrían ser pertinentes en otros lugares (y que podrían presentarse en el FEMI).',
    },
    e: {
      en: 'Describe the areas (GCM objectives and/or guiding principles) in which support is needed in terms of financing, capacity-building, policy advice, data collection and analysis, technology, partnerships, etc.',
      fr: 'Décrire les domaines (objectifs et/ou principes directeurs du PMM) dans lesquels un soutien est nécessaire en termes de financement, de renforcement des capacités, de conseils politiques, de collecte et d’analyse de données, de technologie, de partenariats, etc.',
      es: 'Describir los ámbitos (objetivos y/o principios rectores del PMM) en los que se necesita apoyo en materia de financiación, creación de capacidad, asesoramiento sobre políticas, recopilación y análisis de datos, tecnología, alianzas, etc.',
    },
  },
};

export function questionText(letter: QuestionLetter, type: SubmitterType, lang: RefLang): string {
  return QUESTION_TEXT[questionScope(type)][letter][lang];
}

// ---- Support areas (Annex I (e)) ----------------------------------------------------------------

export const SUPPORT_AREA_KEYS = [
  'financing',
  'capacity_building',
  'policy_advice',
  'data_collection_and_analysis',
  'technology',
  'partnerships',
] as const;
export type SupportArea = (typeof SUPPORT_AREA_KEYS)[number];
/** Annex I ends its list with "etc.", so a need may also be "other" with its own label. */
export const SUPPORT_AREA_VALUES = [...SUPPORT_AREA_KEYS, 'other'] as const;

export const SUPPORT_AREA_LABELS: Record<(typeof SUPPORT_AREA_VALUES)[number], Localized> = {
  financing: { en: 'Financing', fr: 'Financement', es: 'Financiación' },
  capacity_building: { en: 'Capacity-building', fr: 'Renforcement des capacités', es: 'Creación de capacidad' },
  policy_advice: { en: 'Policy advice', fr: 'Conseils politiques', es: 'Asesoramiento sobre políticas' },
  data_collection_and_analysis: {
    en: 'Data collection and analysis',
    fr: 'Collecte et analyse de données',
    es: 'Recopilación y análisis de datos',
  },
  technology: { en: 'Technology', fr: 'Technologie', es: 'Tecnología' },
  partnerships: { en: 'Partnerships', fr: 'Partenariats', es: 'Alianzas' },
  other: { en: 'Other', fr: 'Autre', es: 'Otro' },
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const PRIORITY_LABELS: Record<(typeof PRIORITIES)[number], Localized> = {
  high: { en: 'High', fr: 'Élevée', es: 'Alta' },
  medium: { en: 'Medium', fr: 'Moyenne', es: 'Media' },
  low: { en: 'Low', fr: 'Faible', es: 'Baja' },
};

export const CONSULTATION_FORMATS = ['in_person', 'online', 'hybrid', 'written'] as const;
export const CONSULTATION_FORMAT_LABELS: Record<(typeof CONSULTATION_FORMATS)[number], Localized> = {
  in_person: { en: 'In person', fr: 'En présentiel', es: 'Presencial' },
  online: { en: 'Online', fr: 'En ligne', es: 'En línea' },
  hybrid: { en: 'Hybrid', fr: 'Hybride', es: 'Híbrido' },
  written: { en: 'Written submissions', fr: 'Contributions écrites', es: 'Contribuciones escritas' },
};

export const REVIEW_STATUSES = ['draft', 'final'] as const;

/** Report languages: the three reference languages plus Arabic (fixed strings translated by us). */
export const REPORT_LANGS = ['en', 'fr', 'es', 'ar'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];
