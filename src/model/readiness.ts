// Readiness: how complete a valid review is. Separate from validity: a draft may leave objectives
// and questions unanswered and still be a valid file.
import type { Readiness } from '../diagnostics/index.js';
import { OBJECTIVES, QUESTIONS, isVerified } from '../reference/index.js';
import { vt, type ValidateKey } from '../i18n/validate/index.js';
import type { Narrative, ObjectiveAnswers, Review } from '../schema/types.js';

export function narrativeFilled(n: Narrative | undefined): boolean {
  if (n === undefined || n === null) return false;
  if (typeof n === 'string') return n.trim() !== '';
  return Object.values(n).some((v) => typeof v === 'string' && v.trim() !== '');
}

/** Which Annex I questions (letters a–e) an objective answers. */
export function answeredQuestions(o: ObjectiveAnswers | undefined): string[] {
  if (!o) return [];
  const out: string[] = [];
  if (narrativeFilled(o.implementation?.status) || (o.implementation?.statistics?.length ?? 0) > 0) out.push('a');
  if ((o.guiding_principles?.applied?.length ?? 0) > 0 || narrativeFilled(o.guiding_principles?.narrative))
    out.push('b');
  if (narrativeFilled(o.gaps_and_challenges)) out.push('c');
  if ((o.promising_practices?.length ?? 0) > 0) out.push('d');
  if ((o.support_needs?.length ?? 0) > 0) out.push('e');
  return out;
}

const SECTIONS: { key: keyof Review; label: ValidateKey; filled: (r: Review) => boolean }[] = [
  { key: 'key_messages', label: 'ready.section.key_messages', filled: (r) => narrativeFilled(r.key_messages) },
  {
    key: 'national_context',
    label: 'ready.section.national_context',
    filled: (r) => narrativeFilled(r.national_context),
  },
  {
    key: 'methodology',
    label: 'ready.section.methodology',
    filled: (r) =>
      narrativeFilled(r.methodology?.description) ||
      (r.methodology?.consultations?.length ?? 0) > 0 ||
      (r.methodology?.stakeholders_consulted?.length ?? 0) > 0,
  },
  {
    key: 'guiding_principles',
    label: 'ready.section.guiding_principles',
    filled: (r) => Object.values(r.guiding_principles ?? {}).some((n) => narrativeFilled(n)),
  },
];

/**
 * The objectives readiness judges (issue 9 §4). A selective review (metadata.scope.kind: selected)
 * that ranks objectives (objectives › N › priority) is judged on its ranked objectives only;
 * otherwise every objective present in the file is judged, as before.
 */
export function judgedObjectives(review: Review): Set<number> {
  const objectives = review.objectives ?? {};
  const present = OBJECTIVES.filter((o) => objectives[String(o.number)]).map((o) => o.number);
  if (review.metadata?.scope?.kind !== 'selected') return new Set(present);
  const ranked = present.filter((n) => objectives[String(n)]?.priority);
  return new Set(ranked.length ? ranked : present);
}

/**
 * `lang`: the language of the notes (the validate catalog's texts, loaded by the caller; English
 * by default). Official titles are shown in that language where verified, else in English.
 */
export function assessReadiness(review: Review, lang = 'en'): Readiness {
  const official = lang === 'fr' || lang === 'es' ? lang : 'en';
  const objectives = review.objectives ?? {};
  const objectivesAnswered: number[] = [];
  const incomplete: Readiness['incomplete'] = [];
  let supportNeeds = review.principle_support_needs?.length ?? 0;
  const judged = judgedObjectives(review);
  for (const o of OBJECTIVES) {
    const answers = objectives[String(o.number)];
    if (!answers) continue;
    supportNeeds += answers.support_needs?.length ?? 0;
    const done = answeredQuestions(answers);
    if (done.length) objectivesAnswered.push(o.number);
    if (!judged.has(o.number)) continue;
    const missing = QUESTIONS.map((q) => q.letter).filter((l) => !done.includes(l));
    if (missing.length) incomplete.push({ objective: o.number, missing });
  }
  const missingSections = SECTIONS.filter((s) => !s.filled(review)).map((s) => s.key as string);
  const notes: string[] = [];
  for (const s of SECTIONS)
    if (missingSections.includes(s.key as string))
      notes.push(vt(lang, 'ready.notWritten', { section: vt(lang, s.label) }));
  if (objectivesAnswered.length === 0) notes.push(vt(lang, 'ready.noObjective'));
  const parts = reviewPartsReadiness(review, lang); // issue 9: profile and crisis impact
  notes.push(...parts.notes);
  let notReported: number[] | undefined;
  if (review.metadata?.scope?.kind === 'all') {
    const absent = OBJECTIVES.filter((o) => !objectives[String(o.number)]).map((o) => o.number);
    if (absent.length && absent.length < OBJECTIVES.length) notReported = absent;
    if (notReported)
      notes.push(
        vt(lang, absent.length === 1 ? 'ready.notReported.one' : 'ready.notReported.many', { list: absent.join(', ') }),
      );
  }
  for (const { objective, missing } of incomplete) {
    const o = OBJECTIVES[objective - 1]!;
    const qs = missing.map((l) =>
      vt(lang, 'ready.question', { letter: l, label: QUESTIONS.find((q) => q.letter === l)!.label[official] }),
    );
    const short = o.short[isVerified(o, 'short', official) ? official : 'en'];
    notes.push(
      missing.length === QUESTIONS.length
        ? vt(lang, 'ready.noQuestion', { n: objective, short })
        : vt(lang, missing.length === 1 ? 'ready.missing.one' : 'ready.missing.many', {
            n: objective,
            short,
            list: qs.join(vt(lang, 'list.sep')),
          }),
    );
  }
  // cycles (issue 12 §1): answers carried over from the previous review, not yet confirmed
  const toUpdate = Array.isArray(review.to_update) ? review.to_update.filter((x) => typeof x === 'string') : [];
  if (toUpdate.length) notes.push(vt(lang, 'ready.toUpdate', { n: toUpdate.length, list: toUpdate.join(', ') }));
  return {
    ...(toUpdate.length ? { toUpdate } : {}),
    objectivesAnswered,
    incomplete,
    missingSections,
    supportNeeds,
    ...(notReported ? { notReported } : {}),
    ready: notes.length === 0,
    notes,
    ...(parts.profileUnknown.length ? { profileUnknown: parts.profileUnknown } : {}),
    ...(parts.crisesWithoutText.length ? { crisesWithoutText: parts.crisesWithoutText } : {}),
  };
}

// ---- issue 9: readiness of the review profile and of crisis impact ------------------------------

const PROFILE_LABELS: Record<string, ValidateKey> = {
  has_national_implementation_plan: 'ready.profile.has_national_implementation_plan',
  linked_to_2030_agenda: 'ready.profile.linked_to_2030_agenda',
  has_coordination_mechanism: 'ready.profile.has_coordination_mechanism',
  un_network_in_country: 'ready.profile.un_network_in_country',
};

/**
 * What is still open in the parts a review chose to use: a profile answer left at "unknown" is a
 * placeholder to settle before submission; a crisis named without any text says nothing yet.
 * Parts a review does not use are never asked for.
 */
export function reviewPartsReadiness(
  review: Review,
  lang = 'en',
): {
  notes: string[];
  profileUnknown: string[];
  crisesWithoutText: string[];
} {
  const notes: string[] = [];
  const profileUnknown: string[] = [];
  const crisesWithoutText: string[] = [];
  const p = review.profile;
  if (p) {
    const open = Object.entries(PROFILE_LABELS).filter(
      ([k]) => (p as Record<string, { answer?: string } | undefined>)[k]?.answer === 'unknown',
    );
    profileUnknown.push(...open.map(([k]) => k));
    const custom = (p.custom ?? []).filter((c) => c.answer === 'unknown');
    for (const c of custom) profileUnknown.push(firstText(c.question) ?? '?');
    if (open.length || custom.length) {
      const what = [
        ...open.map(([, label]) => vt(lang, label)),
        ...(custom.length
          ? [
              vt(lang, custom.length === 1 ? 'ready.profile.other.one' : 'ready.profile.other.many', {
                n: custom.length,
              }),
            ]
          : []),
      ];
      notes.push(vt(lang, 'ready.profile', { list: what.join(vt(lang, 'list.sep')) }));
    }
  }
  (review.crisis_impact ?? []).forEach((c, i) => {
    if (!narrativeFilled(c.narrative)) {
      const name = firstText(c.crisis) ?? vt(lang, 'ready.crisisN', { n: i + 1 });
      crisesWithoutText.push(name);
      notes.push(vt(lang, 'ready.crisis', { name }));
    }
  });
  return { notes, profileUnknown, crisesWithoutText };
}

function firstText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object')
    return Object.values(v).find((x) => typeof x === 'string' && x.trim()) as string | undefined;
  return undefined;
}
