// Document blocks → a review: recognises the sections, objectives and questions of a review
// written in Word (English, French, Spanish or Arabic headings; numbered headings; bold lead-ins
// inside paragraphs; questions as table rows) and puts every paragraph somewhere. Text that fits
// nowhere goes, in order, into `x-unplaced` ({after, text}); nothing is dropped except the parts
// gcm-review itself generates (contents, "At a glance", labels), which are reported as such.
import { t, supportAreaLabel, priorityLabel, stakeholderLabel, questionLabel, cycleName } from '../i18n/index.js';
import {
  CYCLES,
  OBJECTIVES,
  PRINCIPLES,
  PRIORITIES,
  QUESTION_LETTERS,
  STAKEHOLDER_KEYS,
  SUPPORT_AREA_KEYS,
  type QuestionLetter,
} from '../reference/index.js';
import { leadIn, restBlock, type Block, type Cell } from './blocks.js';

const LANGS = ['en', 'fr', 'es', 'ar'] as const;
type Lang = (typeof LANGS)[number];

/** Lower case, no accents or Arabic diacritics, Western digits, single spaces, no end punctuation. */
export function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u2018\u2019\u201c\u201d«»"'`]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s:.\-–—]+|[\s:.\-–—]+$/g, '');
}

// ---- recognisers --------------------------------------------------------------------------------

type SectionKey =
  | 'key_messages'
  | 'executive_summary'
  | 'policy_framework'
  | 'means_of_implementation'
  | 'disclaimer'
  | 'national_context'
  | 'methodology'
  | 'principles'
  | 'objectives'
  | 'principle_support'
  | 'next_steps'
  | 'annexes'
  | 'skip';

const EXTRA_SECTION_WORDS: Record<Exclude<SectionKey, 'skip'> | 'skip', string[]> = {
  key_messages: [
    'key messages',
    'main messages',
    'summary',
    'messages cles',
    'principaux messages',
    'resume',
    'synthese',
    'mensajes clave',
    'mensajes principales',
    'resumen',
    'الرسائل الرئيسية',
  ],
  // issue 9 §6: the report parts real reviews have, each kept in its own field
  executive_summary: ['executive summary', 'resume executif', 'resumen ejecutivo', 'ملخص تنفيذي', 'الملخص التنفيذي'],
  policy_framework: ['policy framework', 'policy and enabling environment', 'cadre politique', 'marco normativo'],
  means_of_implementation: ['means of implementation', 'moyens de mise en oeuvre', 'medios de implementacion'],
  disclaimer: ['disclaimer', 'avertissement', 'descargo de responsabilidad'],
  national_context: [
    'national context',
    'context',
    'introduction',
    'background',
    'migration context',
    'contexte national',
    'contexte',
    'contexte migratoire',
    'contexto nacional',
    'contexto',
    'antecedentes',
    'introduccion',
    'السياق الوطني',
    'مقدمة',
  ],
  methodology: [
    'methodology',
    'methodology and process',
    'review process',
    'process',
    'preparation of the review',
    'methodologie',
    'processus',
    'processus d examen',
    'metodologia',
    'proceso',
    'proceso de examen',
    'المنهجية',
  ],
  principles: [
    'guiding principles',
    'cross-cutting guiding principles',
    'principes directeurs',
    'principios rectores',
    'المبادئ التوجيهية',
  ],
  objectives: [
    'implementation of the objectives',
    'implementation of the gcm objectives',
    'progress on the objectives',
    'mise en œuvre des objectifs',
    'mise en oeuvre des objectifs',
    'aplicacion de los objetivos',
    'implementacion de los objetivos',
  ],
  principle_support: [],
  next_steps: [
    'next steps',
    'way forward',
    'the way forward',
    'conclusion',
    'conclusions',
    'conclusions and next steps',
    'prochaines etapes',
    'la voie a suivre',
    'perspectives',
    'proximos pasos',
    'el camino a seguir',
    'conclusiones',
    'الخطوات التالية',
    'الخطوات المقبلة',
  ],
  annexes: ['annexes', 'annex', 'annexe', 'anexos', 'anexo', 'appendix', 'appendices', 'المرفقات'],
  skip: [
    'contents',
    'table of contents',
    'sommaire',
    'table des matieres',
    'indice',
    'contenido',
    'المحتويات',
    'at a glance',
  ],
};

const SECTION_KEYS: Record<Exclude<SectionKey, 'skip'>, string[]> = {
  key_messages: ['section.keyMessages'],
  executive_summary: ['section.executiveSummary'],
  policy_framework: ['section.policyFramework'],
  means_of_implementation: ['section.meansOfImplementation'],
  disclaimer: ['section.disclaimer'],
  national_context: ['section.nationalContext', 'section.context'],
  methodology: ['section.methodology'],
  principles: ['section.principles'],
  objectives: ['section.objectives'],
  principle_support: ['section.principleSupport'],
  next_steps: ['section.nextSteps'],
  annexes: ['section.annexes'],
};

function labelsIn(key: string): string[] {
  return LANGS.map((l) => norm(t(l, key as Parameters<typeof t>[1])));
}

interface Tables {
  sections: Map<string, SectionKey>;
  skipSub: Set<string>;
  consultations: Set<string>;
  stakeholders: Set<string>;
  questions: { letter: QuestionLetter; labels: string[] }[];
  objectiveTitles: Map<string, number>;
  principleTitles: Map<string, string>;
  boilerplate: Set<string>;
  practiceLabel: Set<string>;
  nextStepsLabel: Set<string>;
  partners: Set<string>;
  results: Set<string>;
  link: Set<string>;
  applied: Set<string>;
  statsCaption: Set<string>;
  areas: Map<string, string>;
  priorities: Map<string, string>;
  stakeholderCats: Map<string, string>;
  cycles: Map<string, string>;
  roundtables: RegExp;
  draftMissing: string[];
}

let tables: Tables | undefined;
function T(): Tables {
  if (tables) return tables;
  const sections = new Map<string, SectionKey>();
  for (const [k, words] of Object.entries(EXTRA_SECTION_WORDS))
    for (const w of words) sections.set(norm(w), k as SectionKey);
  for (const [k, keys] of Object.entries(SECTION_KEYS))
    for (const key of keys) for (const l of labelsIn(key)) sections.set(l, k as SectionKey);
  for (const l of labelsIn('overview.title')) sections.set(l, 'skip');
  for (const l of labelsIn('toc.title')) sections.set(l, 'skip');
  const objectiveTitles = new Map<string, number>();
  for (const o of OBJECTIVES)
    for (const v of [...Object.values(o.title), ...Object.values(o.short)])
      if (v) objectiveTitles.set(norm(v), o.number);
  const principleTitles = new Map<string, string>();
  for (const p of PRINCIPLES) for (const v of Object.values(p.title)) if (v) principleTitles.set(norm(v), p.key);
  const areas = new Map<string, string>();
  for (const a of [...SUPPORT_AREA_KEYS, 'other']) for (const l of LANGS) areas.set(norm(supportAreaLabel(a, l)), a);
  const priorities = new Map<string, string>();
  for (const p of PRIORITIES) for (const l of LANGS) priorities.set(norm(priorityLabel(p, l)), p);
  const stakeholderCats = new Map<string, string>();
  for (const s of STAKEHOLDER_KEYS) for (const l of LANGS) stakeholderCats.set(norm(stakeholderLabel(s, l)), s);
  const cycles = new Map<string, string>();
  for (const c of CYCLES) for (const l of LANGS) cycles.set(norm(cycleName(c.key, l)), c.key);
  const set = (...keys: string[]) => new Set(keys.flatMap(labelsIn));
  const rt = LANGS.map((l) => norm(t(l, 'roundtable.title', { n: 9 })).replace('9', '\\d'));
  tables = {
    sections,
    skipSub: set('section.notReported', 'section.guidingQuestions'),
    consultations: set('section.consultations'),
    stakeholders: set('section.stakeholders'),
    questions: QUESTION_LETTERS.map((letter) => ({
      letter,
      labels: LANGS.map((l) => norm(questionLabel(letter, l))),
    })),
    objectiveTitles,
    principleTitles,
    boilerplate: new Set([
      ...labelsIn('objective.notAnswered'),
      ...labelsIn('section.principlesIntro'),
      ...labelsIn('roundtable.note'),
      ...labelsIn('section.notReportedIntro'),
      ...labelsIn('note.officialTitlesInEnglish'),
    ]),
    practiceLabel: set('practice.label'),
    nextStepsLabel: set('objective.nextSteps'),
    partners: set('practice.partners'),
    results: set('practice.results'),
    link: set('practice.link'),
    applied: set('objective.principlesApplied'),
    statsCaption: set('stats.caption'),
    areas,
    priorities,
    stakeholderCats,
    cycles,
    roundtables: new RegExp(`^(${rt.join('|')})$`),
    draftMissing: LANGS.map((l) => norm(t(l, 'objective.draftMissing').split('{list}')[0]!)),
  };
  return tables;
}

const NUMBERING = /^(?:(?:\d+|[ivxlc]+|[a-z])(?:\.\d+)*[.)]?\s+)(?=\D)/i;

/** "3.7 Objective 7: Address…", "Objectif 7", "الهدف 7", "GCM Objective 7 –", or an official title alone. */
export function matchObjective(text: string): { n: number; rest: string } | undefined {
  const s = norm(text).replace(/^(?:\d+(?:\.\d+)*\.?\s+)/, '');
  const m =
    /^(?:(?:gcm|pmm|gcm's)\s+)?(?:objective|objectif|objetivo|الهدف)\s*(?:(?:n|no|nº|n°)\.?\s*)?(\d{1,2})(?!\d)(?:\s*[:.\-–—)]\s*|\s+|$)(.*)$/.exec(
      s,
    );
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 23) return { n, rest: m[2] ?? '' };
  }
  const bare = s.replace(NUMBERING, '');
  const n = T().objectiveTitles.get(bare);
  return n ? { n, rest: '' } : undefined;
}

const AR_LETTERS: Record<string, QuestionLetter> = { أ: 'a', ا: 'a', ب: 'b', ج: 'c', د: 'd', هـ: 'e', ه: 'e' };

/** "(c) Gaps and challenges", "c) …", "(ج) …", or the question's wording alone. */
const LETTERED = /^\(?([a-e]|أ|ا|ب|ج|د|هـ|ه)[).:]/u;

/** A bold lead-in that names a question: "(c) Gaps:" (with a letter, any wording) or the exact wording. */
export function matchLeadIn(lead: string): { letter: QuestionLetter; rest: string } | undefined {
  return matchQuestion(lead, LETTERED.test(norm(lead)));
}

export function matchQuestion(text: string, heading: boolean): { letter: QuestionLetter; rest: string } | undefined {
  const s = norm(text);
  const m = /^\(?([a-e]|أ|ا|ب|ج|د|هـ|ه)\)\s*(.*)$/u.exec(s) ?? /^([a-e])[.:]\s+(.*)$/.exec(s);
  if (m) {
    const letter = (AR_LETTERS[m[1]!] ?? m[1]) as QuestionLetter;
    const rest = m[2] ?? '';
    // a letter alone, or followed by the question's wording (not, e.g., a guiding principle)
    const q = T().questions.find((x) => x.letter === letter)!;
    if (!rest || q.labels.some((l) => rest.startsWith(l.slice(0, 12))) || /^(question|pregunta|سؤال)/.test(rest))
      return { letter, rest };
    // a lettered heading or lead-in in its own words ("(e) What we need"), but not a guiding principle
    if (heading && !T().principleTitles.has(rest) && rest.length < 90) {
      const k = keywordLetter(rest);
      if (!k || k === letter) return { letter, rest };
    }
    return undefined;
  }
  for (const q of T().questions)
    if (q.labels.some((l) => s === l || s.startsWith(`${l} `) || s.startsWith(`${l}:`)))
      return { letter: q.letter, rest: '' };
  if (heading && s.length < 90) {
    const k = keywordLetter(s);
    if (k) return { letter: k, rest: '' };
  }
  return undefined;
}

const KEYWORDS: [QuestionLetter, 'start' | 'any', string[]][] = [
  [
    'a',
    'start',
    ['status', 'implementation status', 'etat', 'etat de la mise en oeuvre', 'estado', 'situacion', 'حالة'],
  ],
  ['b', 'any', ['guiding principles', 'principes directeurs', 'principios rectores', 'المبادئ التوجيهية']],
  [
    'c',
    'start',
    [
      'main gaps',
      'gaps',
      'challenges',
      'lacunes',
      'defis',
      'principales lacunes',
      'deficiencias',
      'brechas',
      'desafios',
      'retos',
      'principales deficiencias',
      'أهم الثغرات',
      'الثغرات',
      'التحديات',
    ],
  ],
  [
    'd',
    'any',
    [
      'promising practices',
      'good practices',
      'best practices',
      'lessons learn',
      'pratiques prometteuses',
      'bonnes pratiques',
      'practicas prometedoras',
      'buenas practicas',
      'الممارسات',
    ],
  ],
  [
    'e',
    'start',
    [
      'support',
      'areas needing support',
      'needs',
      'soutien',
      'besoins',
      'appui',
      'apoyo',
      'necesidades',
      'areas que requieren apoyo',
      'الدعم',
      'المجالات التي تحتاج',
    ],
  ],
];
let keywordTable: [QuestionLetter, 'start' | 'any', string[]][] | undefined;

function keywordLetter(s: string): QuestionLetter | undefined {
  keywordTable ??= KEYWORDS.map(([l, how, words]) => [l, how, words.map(norm)]);
  for (const [l, how, words] of keywordTable)
    if (words.some((w) => (how === 'start' ? s.startsWith(w) : s.includes(w)))) return l;
  return undefined;
}

function matchSection(text: string): SectionKey | undefined {
  const s = norm(text).replace(NUMBERING, '');
  const hit = T().sections.get(s);
  if (hit) return hit;
  if (T().roundtables.test(s)) return 'objectives';
  return undefined;
}

function matchPrinciple(text: string): string | undefined {
  const s = norm(text);
  const m = /^\(?([a-j]|[أابجدهوزحطي]|هـ)\)\s*(.*)$/u.exec(s);
  const rest = m ? m[2]! : s;
  return T().principleTitles.get(rest) ?? T().principleTitles.get(s);
}

// ---- output being built -------------------------------------------------------------------------

export interface Placement {
  /** The heading (or lead-in) as found. */
  heading: string;
  /** Where its text went, e.g. "objectives.7.gaps_and_challenges", or "structure", "skipped". */
  target: string;
  paragraphs: number;
}

export interface Unplaced {
  after: string;
  text: string;
}

export interface PlacedReview {
  sections: Record<string, string>;
  principles: Record<string, string>;
  objectives: Map<number, ObjectiveDraft>;
  consultations: { title: string; summary: string[] }[];
  stakeholders: { category: string; organizations?: string[]; description?: string }[];
  principleNeeds: { principle: string; area: string; label?: string; priority?: string; description: string[] }[];
  annexes: { title: string; description: string[]; link?: string }[];
  methodology: string[];
  unplaced: Unplaced[];
  placements: Placement[];
  /** Text recognised as structure (headings, labels, generated parts): not copied, by design. */
  structure: string[];
  title?: string;
  /** Language of the headings recognised (votes). */
  langVotes: Record<Lang, number>;
  frontText: string[];
}

export interface StatDraft {
  indicator: string;
  value: number | string;
  unit?: string;
  year?: string | number;
  source?: string;
  disaggregation?: string;
}

export interface ObjectiveDraft {
  heading: string;
  intro: string[];
  status: string[];
  statistics: StatDraft[];
  applied: string[];
  principlesText: string[];
  gaps: string[];
  practices: { title: string; description: string[]; partners?: string[]; results: string[]; link?: string }[];
  needs: { area: string; label?: string; priority?: string; description: string[] }[];
  nextSteps: string[];
}

function newObjective(heading: string): ObjectiveDraft {
  return {
    heading,
    intro: [],
    status: [],
    statistics: [],
    applied: [],
    principlesText: [],
    gaps: [],
    practices: [],
    needs: [],
    nextSteps: [],
  };
}

type Where =
  | { s: 'front' }
  /** After a heading nobody expects at the level of a section: text is kept under x-unplaced. */
  | { s: 'loose' }
  | { s: 'skip'; level: number }
  | {
      s: 'section';
      key:
        | 'key_messages'
        | 'executive_summary'
        | 'policy_framework'
        | 'means_of_implementation'
        | 'disclaimer'
        | 'national_context'
        | 'next_steps';
    }
  | { s: 'methodology'; sub?: 'consultations' | 'stakeholders' | 'skip' }
  | { s: 'principles'; key?: string }
  | { s: 'principle_support' }
  | { s: 'annexes' }
  | { s: 'objectives' }
  | { s: 'objective'; n: number; q?: QuestionLetter; box?: 'next' };

const FIELD: Record<QuestionLetter, string> = {
  a: 'implementation',
  b: 'guiding_principles',
  c: 'gaps_and_challenges',
  d: 'promising_practices',
  e: 'support_needs',
};

/** Places the blocks of a document. `ownDocument`: written by gcm-review (its cover is metadata). */
export function place(blocks: readonly Block[], ownDocument: boolean, lang: string): PlacedReview {
  const out: PlacedReview = {
    sections: {},
    principles: {},
    objectives: new Map(),
    consultations: [],
    stakeholders: [],
    principleNeeds: [],
    annexes: [],
    methodology: [],
    unplaced: [],
    placements: [],
    structure: [],
    langVotes: { en: 0, fr: 0, es: 0, ar: 0 },
    frontText: [],
  };
  let where: Where = { s: 'front' };
  /** Level of the heading that opened the current section or objective. */
  let level = 0;
  let lastHeading = '(beginning of the document)';
  let current: Placement | undefined;
  const sectionText: Record<string, string[]> = {};
  const principleText: Record<string, string[]> = {};

  const begin = (heading: string, target: string) => {
    current = { heading, target, paragraphs: 0 };
    out.placements.push(current);
    lastHeading = heading;
  };
  const count = () => {
    if (current) current.paragraphs++;
  };
  const unplaced = (text: string) => {
    if (!text.trim()) return;
    out.unplaced.push({ after: lastHeading, text });
  };
  const structure = (text: string): void => {
    out.structure.push(text);
  };
  const vote = (text: string) => {
    const s = norm(text);
    if (/[\u0600-\u06ff]/.test(text)) out.langVotes.ar++;
    else if (/\b(objectif|lacunes|pratiques|soutien|mise en oeuvre|principes|etat)\b/.test(s)) out.langVotes.fr++;
    else if (/\b(objetivo|deficiencias|practicas|apoyo|aplicacion|principios|estado)\b/.test(s)) out.langVotes.es++;
    else if (/\b(objective|gaps|practices|support|implementation|principles|status)\b/.test(s)) out.langVotes.en++;
  };
  const obj = (n: number) => out.objectives.get(n)!;

  /** A heading-like block: h1–h6, or a short paragraph entirely in bold. */
  const headingText = (b: Block): { text: string; level: number } | undefined => {
    if (b.kind === 'heading') return { text: b.text, level: b.level };
    if (b.kind === 'para' && b.text.length <= 160) {
      const li = leadIn(b);
      if (li && !restBlock(li.rest)) return { text: b.text, level: 4 };
      if (
        matchObjective(b.text) &&
        b.text.length <= 160 &&
        /^(\d+(\.\d+)*\.?\s+)?(gcm\s+)?(objective|objectif|objetivo|الهدف)/i.test(b.text.trim())
      )
        return { text: b.text, level: 3 };
    }
    return undefined;
  };

  const addNarrative = (b: Block, list: string[]) => {
    list.push(b.kind === 'heading' ? `${'#'.repeat(Math.min(6, Math.max(2, b.level)))} ${b.md}` : b.md);
    count();
  };

  const statsFromTable = (rows: Cell[][]): StatDraft[] | undefined => tableStatistics(rows, lang);

  const inObjective = (w: Extract<Where, { s: 'objective' }>, b: Block): void => {
    const o = obj(w.n);
    if (b.kind === 'para' && T().boilerplate.has(norm(b.text))) return structure(b.text);
    if (b.kind === 'para' && T().draftMissing.some((p) => norm(b.text).startsWith(p))) return structure(b.text);
    if (b.kind === 'box') {
      const first = b.blocks[0];
      const label = first ? norm(first.text) : '';
      if (T().practiceLabel.has(label)) return practiceBox(o, b.blocks.slice(1), first!.text);
      if (T().nextStepsLabel.has(label)) {
        structure(first!.text);
        begin(first!.text, `objectives.${w.n}.next_steps`);
        for (const x of b.blocks.slice(1)) addNarrative(x, o.nextSteps);
        return;
      }
      for (const x of b.blocks) inObjective(w, x);
      return;
    }
    if (b.kind === 'table') {
      const qrows = questionRows(b.rows);
      if (qrows) {
        for (const { q: letter, md, head } of qrows) {
          if (!letter) {
            if (head) for (const cell of head.split(' | ')) structure(cell);
            if (md) unplaced(md);
            continue;
          }
          structure(head);
          begin(head, `objectives.${w.n}.${FIELD[letter]}`);
          if (md) answer(o, w.n, letter, { kind: 'para', text: md, md, nodes: [] });
        }
        w.q = undefined;
        return;
      }
    }
    if (!w.q) {
      if (b.kind === 'para') {
        const li = leadIn(b);
        const q = li ? matchLeadIn(li.lead) : undefined;
        if (li && q) {
          structure(li.lead);
          w.q = q.letter;
          vote(li.lead);
          begin(li.lead, `objectives.${w.n}.${FIELD[q.letter]}`);
          const rest = restBlock(li.rest);
          if (rest) answer(o, w.n, q.letter, rest);
          return;
        }
      }
      o.intro.push(b.md);
      unplaced(b.md);
      return;
    }
    if (b.kind === 'para') {
      const li = leadIn(b);
      const q = li ? matchLeadIn(li.lead) : undefined;
      if (li && q) {
        structure(li.lead);
        w.q = q.letter;
        begin(li.lead, `objectives.${w.n}.${FIELD[q.letter]}`);
        const rest = restBlock(li.rest);
        if (rest) answer(o, w.n, q.letter, rest);
        return;
      }
    }
    answer(o, w.n, w.q, b);
  };

  const answer = (o: ObjectiveDraft, n: number, q: QuestionLetter, b: Block): void => {
    count();
    switch (q) {
      case 'a':
        if (b.kind === 'para' && T().statsCaption.has(norm(b.text))) return structure(b.text);
        if (b.kind === 'table') {
          const stats = statsFromTable(b.rows);
          if (stats) {
            for (const c of b.rows[0]!) structure(c.text);
            o.statistics.push(...stats);
            return;
          }
        }
        o.status.push(b.md);
        return;
      case 'b': {
        const li = b.kind === 'para' ? leadIn(b) : undefined;
        if (li && T().applied.has(norm(li.lead))) {
          structure(li.lead);
          const keys = appliedPrinciples(li.rest.map((x) => (typeof x === 'string' ? x : textOfNode(x))).join(''));
          if (keys) {
            o.applied.push(...keys);
            return;
          }
        }
        o.principlesText.push(b.md);
        return;
      }
      case 'c':
        o.gaps.push(b.md);
        return;
      case 'd': {
        const li = b.kind === 'para' ? leadIn(b) : undefined;
        if (b.kind === 'box') return practiceBox(o, b.blocks, '');
        if (li && li.lead.length <= 200) {
          const rest = restBlock(li.rest);
          o.practices.push({ title: li.lead.replace(/[:.\s]+$/, ''), description: rest ? [rest.md] : [], results: [] });
          return;
        }
        const last = o.practices[o.practices.length - 1];
        if (last) last.description.push(b.md);
        else {
          const [title, rest] = firstSentence(b.text);
          o.practices.push({ title, description: rest ? [b.md] : [], results: [] });
        }
        return;
      }
      case 'e': {
        const li = b.kind === 'para' ? leadIn(b) : undefined;
        const leadHead = li ? needHead(li.lead) : undefined;
        if (li && leadHead) {
          // "**Financing** Priority: High" (as gcm-review writes it) or "**Financing:** what is needed"
          structure(li.lead);
          const rest = restBlock(li.rest);
          const prio = rest ? priorityOnly(rest.text) : undefined;
          if (prio) leadHead.priority = prio;
          o.needs.push({ ...leadHead, description: rest && !prio ? [rest.md] : [] });
          return;
        }
        const head = b.kind === 'para' && b.text.length <= 120 ? needHead(b.text) : undefined;
        if (head) {
          o.needs.push({ ...head, description: [] });
          return;
        }
        const last = o.needs[o.needs.length - 1];
        if (last) last.description.push(b.md);
        else o.needs.push({ area: 'other', label: t(lang, 'support.description'), description: [b.md] });
        return;
      }
    }
    void n;
  };

  const practiceBox = (o: ObjectiveDraft, inner: readonly Block[], label: string) => {
    if (label) structure(label);
    let mode: 'title' | 'desc' | 'results' = 'title';
    const p: ObjectiveDraft['practices'][number] = { title: '', description: [], results: [] };
    for (const x of inner) {
      count();
      const li = leadIn(x);
      const lead = li ? norm(li.lead).replace(/:$/, '') : '';
      if (mode === 'title') {
        p.title = x.text;
        mode = 'desc';
      } else if (li && T().partners.has(lead)) {
        structure(li.lead);
        p.partners = (restBlock(li.rest)?.text ?? '').split(/\s*[,;،]\s*/).filter(Boolean);
      } else if (li && T().link.has(lead)) {
        structure(li.lead);
        const a = li.rest.find((n) => typeof n !== 'string' && n.tag === 'a');
        const href = a && typeof a !== 'string' ? a.attrs['href'] : undefined;
        p.link = (href && /^https?:|^mailto:/i.test(href) ? href : restBlock(li.rest)?.text) ?? '';
      } else if (x.kind === 'para' && T().results.has(norm(x.text))) {
        structure(x.text);
        mode = 'results';
      } else (mode === 'results' ? p.results : p.description).push(x.md);
    }
    if (p.title) o.practices.push(p);
  };

  /** "Priority: High" alone, in any of the report languages. */
  const priorityOnly = (text: string): string | undefined => {
    const s = norm(text);
    for (const l of LANGS) {
      const [pre] = norm(t(l, 'support.priorityValue', { priority: '\u0000' })).split('\u0000');
      if (pre && s.startsWith(pre)) {
        const p = T().priorities.get(s.slice(pre.length).trim());
        if (p) return p;
      }
    }
    return undefined;
  };

  const needHead = (text: string): { area: string; label?: string; priority?: string } | undefined => {
    let s = norm(text);
    let priority: string | undefined;
    for (const l of LANGS) {
      const tpl = norm(t(l, 'support.priorityValue', { priority: '\u0000' }));
      const [pre] = tpl.split('\u0000');
      const i = pre ? s.lastIndexOf(pre) : -1;
      if (i > 0) {
        const p = T().priorities.get(s.slice(i + pre!.length).trim());
        if (p) {
          priority = p;
          s = s.slice(0, i).trim();
          break;
        }
      }
    }
    const [areaText, ...labelParts] = s.split(':');
    const area = T().areas.get(areaText!.trim());
    if (!area) return undefined;
    const original = text.split(/[:：]/).slice(1).join(':');
    const label = labelParts.length
      ? original
          .replace(new RegExp(`\\s*${escapeRe(t(lang, 'support.priorityValue', { priority: '' }).trim())}.*$`), '')
          .trim()
      : undefined;
    if (area === 'other' && !label) return undefined;
    return { area, ...(label ? { label } : {}), ...(priority ? { priority } : {}) };
  };

  for (const b of blocks) {
    if (b.kind === 'para' && b.toc) {
      structure(b.text);
      continue;
    }
    const hd = headingText(b);
    if (hd) {
      const objective = matchObjective(hd.text);
      const section = objective ? undefined : matchSection(hd.text);
      if (objective) {
        vote(hd.text);
        if (!out.objectives.has(objective.n)) out.objectives.set(objective.n, newObjective(hd.text));
        where = { s: 'objective', n: objective.n };
        level = hd.level;
        structure(hd.text);
        begin(hd.text, `objectives.${objective.n}`);
        continue;
      }
      if (section) {
        vote(hd.text);
        structure(hd.text);
        if (section === 'skip') where = { s: 'skip', level: hd.level };
        else if (section === 'methodology') where = { s: 'methodology' };
        else if (section === 'principles') where = { s: 'principles' };
        else if (section === 'objectives') where = { s: 'objectives' };
        else if (section === 'principle_support') where = { s: 'principle_support' };
        else if (section === 'annexes') where = { s: 'annexes' };
        else where = { s: 'section', key: section };
        level = hd.level;
        begin(hd.text, section === 'skip' ? 'skipped (generated by gcm-review)' : section);
        continue;
      }
      if (where.s === 'skip' && hd.level > where.level) {
        structure(hd.text);
        continue;
      }
      if (where.s === 'objective') {
        const q = matchQuestion(hd.text, true);
        if (q) {
          vote(hd.text);
          structure(hd.text);
          where = { s: 'objective', n: where.n, q: q.letter };
          begin(hd.text, `objectives.${where.n}.${FIELD[q.letter]}`);
          continue;
        }
      }
      if (where.s === 'objective' || where.s === 'objectives') {
        if (T().skipSub.has(norm(hd.text))) {
          structure(hd.text);
          where = { s: 'skip', level: hd.level };
          begin(hd.text, 'skipped (generated by gcm-review)');
          continue;
        }
      }
      if (where.s === 'principles') {
        const key = matchPrinciple(hd.text);
        if (key) {
          structure(hd.text);
          where = { s: 'principles', key };
          begin(hd.text, `guiding_principles.${key}`);
          continue;
        }
      }
      if (where.s === 'methodology') {
        const s = norm(hd.text);
        if (T().consultations.has(s)) {
          structure(hd.text);
          where = { s: 'methodology', sub: 'consultations' };
          begin(hd.text, 'methodology.consultations');
          continue;
        }
        if (T().stakeholders.has(s)) {
          structure(hd.text);
          where = { s: 'methodology', sub: 'stakeholders' };
          begin(hd.text, 'methodology.stakeholders_consulted');
          continue;
        }
        if (T().skipSub.has(s)) {
          structure(hd.text);
          where = { s: 'methodology', sub: 'skip' };
          begin(hd.text, 'skipped (generated by gcm-review)');
          continue;
        }
      }
      if (where.s === 'front' && b.kind === 'heading' && b.docTitle && !out.title && !ownDocument) {
        out.title = b.text;
        structure(b.text);
        begin(b.text, 'metadata.title');
        continue;
      }
      // an unknown heading as high as the section's own ends the section
      if (
        where.s !== 'front' &&
        b.kind === 'heading' &&
        hd.level <= level &&
        !(where.s === 'skip' && hd.level > where.level)
      ) {
        unplaced(b.md);
        lastHeading = b.text;
        current = undefined;
        where = { s: 'loose' };
        continue;
      }
    }

    // content
    switch (where.s) {
      case 'loose':
        unplaced(b.md);
        break;
      case 'front':
        out.frontText.push(b.text);
        if (ownDocument) structure(b.text);
        else if (b.kind === 'heading' && !out.title) {
          out.title = b.text;
          structure(b.text);
          begin(b.text, 'metadata.title');
        } else unplaced(b.md);
        break;
      case 'skip':
        structure(b.text);
        break;
      case 'section':
        addNarrative(b, (sectionText[where.key] ??= []));
        break;
      case 'methodology':
        if (where.sub === 'skip') structure(b.text);
        else if (where.sub === 'consultations') {
          const li = leadIn(b);
          const m = b.kind === 'para' ? /^(\d+)\.\s+(.*)$/.exec(b.text) : null;
          if (m && b.kind === 'para' && b.nodes.some((x) => typeof x !== 'string' && x.tag === 'strong')) {
            out.consultations.push({ title: m[2]!, summary: [] });
            count();
          } else if (out.consultations.length) {
            out.consultations[out.consultations.length - 1]!.summary.push(b.md);
            count();
          } else if (li) {
            const rest = restBlock(li.rest);
            out.consultations.push({ title: li.lead, summary: rest ? [rest.md] : [] });
            count();
          } else unplaced(b.md);
        } else if (where.sub === 'stakeholders') {
          if (b.kind === 'table' && stakeholderRows(b.rows, out)) count();
          else unplaced(b.md);
        } else addNarrative(b, out.methodology);
        break;
      case 'principles':
        if (b.kind === 'para' && T().boilerplate.has(norm(b.text))) structure(b.text);
        else if (where.key) addNarrative(b, (principleText[where.key] ??= []));
        else unplaced(b.md);
        break;
      case 'principle_support': {
        const m = b.kind === 'para' ? /^(.*?)\s·\s(.*)$/.exec(b.text) : null;
        const key = m ? matchPrinciple(m[1]!) : undefined;
        const head = m && key ? needHead(m[2]!) : undefined;
        if (key && head) {
          out.principleNeeds.push({ principle: key, ...head, description: [] });
          count();
        } else if (out.principleNeeds.length) {
          out.principleNeeds[out.principleNeeds.length - 1]!.description.push(b.md);
          count();
        } else unplaced(b.md);
        break;
      }
      case 'annexes': {
        const m = b.kind === 'para' ? /^(\d+)\.\s+(.*)$/.exec(b.text) : null;
        const onlyLink =
          b.kind === 'para' &&
          b.nodes.filter((x) => typeof x !== 'string' || x.trim()).length === 1 &&
          b.nodes.some((x) => typeof x !== 'string' && x.tag === 'a');
        const last = out.annexes[out.annexes.length - 1];
        if (m) out.annexes.push({ title: m[2]!, description: [] });
        else if (onlyLink && last && !last.link) last.link = b.text;
        else if (last) last.description.push(b.md);
        else {
          const [title, rest] = firstSentence(b.text);
          out.annexes.push({ title, description: rest ? [b.md] : [] });
        }
        count();
        break;
      }
      case 'objectives':
        if (
          b.kind === 'para' &&
          (T().boilerplate.has(norm(b.text)) ||
            T().roundtables.test(norm(b.text)) ||
            /^(objectives|objectifs|objetivos|الأهداف) [\d, ]+$/.test(norm(b.text)))
        )
          structure(b.text);
        else unplaced(b.md);
        break;
      case 'objective':
        inObjective(where, b);
        break;
    }
  }
  for (const [k, v] of Object.entries(sectionText)) out.sections[k] = v.join('\n\n');
  for (const [k, v] of Object.entries(principleText)) out.principles[k] = v.join('\n\n');
  return out;
}

function textOfNode(n: { children: unknown[] }): string {
  return n.children.map((c) => (typeof c === 'string' ? c : textOfNode(c as { children: unknown[] }))).join('');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** First sentence (up to 160 characters) and whether more text follows. */
function firstSentence(text: string): [string, boolean] {
  const m = /^(.{10,160}?[.!?؟])\s+(\S)/s.exec(text);
  if (m) return [m[1]!.trim(), true];
  if (text.length <= 160) return [text.trim(), false];
  const cut = text.slice(0, 160).replace(/\s+\S*$/, '');
  return [`${cut}…`, true];
}

/** "(a) People-centred; (e) Sustainable development" → principle keys. */
function appliedPrinciples(text: string): string[] | undefined {
  const parts = text
    .split(/\s*[;؛]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  const keys = parts.map(matchPrinciple);
  return keys.length && keys.every(Boolean) ? (keys as string[]) : undefined;
}

/** A table whose rows are the questions: [letter, answer Markdown, heading text] (or rows that are not). */
function questionRows(rows: readonly Cell[][]): { q?: QuestionLetter; md: string; head: string }[] | undefined {
  const out: { q?: QuestionLetter; md: string; head: string }[] = [];
  let hits = 0;
  rows.forEach((r, i) => {
    const q = r.length >= 2 ? matchQuestion(r[0]!.text, true) : undefined;
    if (q) {
      hits++;
      out.push({
        q: q.letter,
        md: r
          .slice(1)
          .map((c) => c.md)
          .filter(Boolean)
          .join('\n\n'),
        head: r[0]!.text,
      });
    } else if (i === 0 && r.every((c) => c.text.length <= 40))
      out.push({ md: '', head: r.map((c) => c.text).join(' | ') });
    else
      out.push({
        md: r
          .map((c) => c.md)
          .filter(Boolean)
          .join(' | '),
        head: '',
      });
  });
  return hits >= 2 ? out : undefined;
}

function stakeholderRows(rows: readonly Cell[][], out: PlacedReview): boolean {
  const body = rows.filter((r) => !r.every((c) => c.header));
  const data = body.length && rows[0] && T().stakeholderCats.has(norm(rows[0][0]!.text)) ? rows : rows.slice(1);
  const parsed = data.map((r) => ({ key: T().stakeholderCats.get(norm(r[0]?.text ?? '')), r }));
  if (!parsed.length || parsed.some((p) => !p.key)) return false;
  for (const { key, r } of parsed)
    out.stakeholders.push({
      category: key!,
      ...(r[1]?.text ? { organizations: r[1].text.split(/\s*;\s*/).filter(Boolean) } : {}),
      ...(r[2]?.md ? { description: r[2].md } : {}),
    });
  return true;
}

const HEADER_WORDS: Record<string, string[]> = {
  indicator: ['indicator', 'indicateur', 'indicador', 'المؤشر', 'measure', 'item'],
  value: ['value', 'valeur', 'valor', 'القيمة', 'number', 'total', 'figure', 'nombre', 'numero', 'cifra'],
  year: ['year', 'annee', 'ano', 'السنة', 'date'],
  source: ['source', 'fuente', 'المصدر', 'sources', 'fuentes'],
  disaggregation: ['disaggregation', 'ventilation', 'desglose', 'التصنيف', 'breakdown'],
  unit: ['unit', 'unite', 'unidad', 'الوحدة'],
};
const STAT_KEYS = {
  indicator: 'stats.indicator',
  value: 'stats.value',
  year: 'stats.year',
  source: 'stats.source',
  disaggregation: 'stats.disaggregation',
} as const;
let headerTable: Map<string, string> | undefined;
function headerKey(h: string): string | undefined {
  if (!headerTable) {
    headerTable = new Map();
    for (const [k, words] of Object.entries(HEADER_WORDS)) for (const w of words) headerTable.set(norm(w), k);
    for (const [k, key] of Object.entries(STAT_KEYS)) for (const l of labelsIn(key)) headerTable.set(l, k);
  }
  return headerTable.get(h);
}

/** A number as the report language writes it, with what follows it as the unit. */
export function parseValue(text: string, lang: string): { value: number | string; unit?: string } {
  const s = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066c/g, ',')
    .replace(/\u066b/g, '.')
    .trim();
  const m = /^([+\-−]?\d[\d\s\u00a0\u202f.,']*)(?:\s*(.*))?$/.exec(s);
  if (!m) return { value: text.trim() };
  let num = m[1]!.replace(/[\s\u00a0\u202f']/g, '').replace('−', '-');
  const decimalComma = lang.startsWith('fr') || lang.startsWith('es');
  if (decimalComma) num = num.replace(/\./g, '').replace(',', '.');
  else num = num.replace(/,/g, '');
  const v = Number(num.replace(/\.$/, ''));
  if (!Number.isFinite(v) || !/^-?\d+(\.\d+)?\.?$/.test(num)) return { value: text.trim() };
  const unit = (m[2] ?? '').trim();
  return { value: v, ...(unit ? { unit } : {}) };
}

/** Statistics from a table under question (a), when its shape allows. */
export function tableStatistics(rows: readonly Cell[][], lang: string): StatDraft[] | undefined {
  if (rows.length < 2) return undefined;
  const head = rows[0]!.map((c) => norm(c.text));
  const cols: Record<string, number> = {};
  head.forEach((h, i) => {
    const k = headerKey(h);
    if (k && cols[k] === undefined) cols[k] = i;
  });
  const data = rows.slice(1).filter((r) => r.some((c) => c.text.trim()));
  if (cols['indicator'] !== undefined && cols['value'] !== undefined) {
    return data.map((r) => {
      const v = parseValue(r[cols['value']!]?.text ?? '', lang);
      const get = (k: string) => (cols[k] !== undefined ? r[cols[k]!]?.text.trim() || undefined : undefined);
      const unit = get('unit') ?? v.unit;
      const year = get('year');
      return {
        indicator: r[cols['indicator']!]?.md || '–',
        value: v.value,
        ...(unit ? { unit } : {}),
        ...(year ? { year: /^\d{4}$/.test(year) ? Number(year) : year } : {}),
        ...(get('source') ? { source: get('source')! } : {}),
        ...(get('disaggregation') ? { disaggregation: get('disaggregation')! } : {}),
      };
    });
  }
  // indicator | 2015 | 2020 | 2024: one statistic per cell, the column's year
  const years = head.slice(1).map((h) => (/^\d{4}$/.test(h) ? Number(h) : undefined));
  if (years.length && years.every((y) => y !== undefined)) {
    const stats: StatDraft[] = [];
    for (const r of data)
      r.slice(1).forEach((c, i) => {
        if (!c.text.trim()) return;
        const v = parseValue(c.text, lang);
        stats.push({
          indicator: r[0]?.md || '–',
          value: v.value,
          ...(v.unit ? { unit: v.unit } : {}),
          year: years[i]!,
        });
      });
    return stats;
  }
  return undefined;
}

/** The cycle a document names, if any. */
export function findCycle(texts: readonly string[]): string | undefined {
  for (const s of texts.map(norm)) for (const [label, key] of T().cycles) if (s.includes(label)) return key;
  return undefined;
}
