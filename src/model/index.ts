// Review → view model for the report templates. Pure: no I/O. All fixed words come from src/i18n, all official wording from src/reference;
// every narrative goes through Markdown + sanitizing (src/model/markdown.ts).
import {
  LOCALES,
  baseLang,
  consultationFormatLabel,
  isReportLang,
  cycleName,
  intlLocale,
  isRtl,
  languageName,
  listLetter,
  messages,
  priorityLabel,
  questionLabel,
  refLang,
  regionLabel,
  stakeholderLabel,
  submitterTypeLabel,
  supportAreaLabel,
  t,
  uiLang,
} from '../i18n/index.js';
import { labelList } from './lists.js';
import { questionsSourceLine, unverifiedColophon, type UnverifiedPrinted } from '../i18n/verification.js';
import {
  OBJECTIVES,
  PRINCIPLES,
  REGIONS,
  STAKEHOLDERS,
  isVerified,
  QUESTION_LETTERS,
  ROUNDTABLES,
  STAKEHOLDER_KEYS,
  SUPPORT_AREA_VALUES,
  objective as refObjective,
  principle as refPrinciple,
  questionScope,
  questionText,
  type Objective,
  type QuestionLetter,
  type SubmitterType,
} from '../reference/index.js';
import { CONSULTATION_KINDS, PROFILE_ANSWERS, PROFILE_QUESTIONS } from '../schema/generate.js';
import type {
  Narrative,
  ObjectiveAnswers,
  ProfileAnswer,
  PromisingPractice,
  Review,
  ShortText,
  StatisticsTable,
  SupportNeed,
  TableValue,
} from '../schema/types.js';
import {
  country as refCountry,
  countryName as refCountryName,
  countryStatusLabel,
  isUserAssignedCode,
} from '../reference/countries.js';
import { answeredQuestions } from './readiness.js';
import { pipsSvg, prioritySwatch, stateSwatch, supportBarsSvg, type BarRow } from './charts.js';
import { citationHtml, displayLink, escapeHtml, renderInlineMarkdown, renderMarkdown, safeHref } from './markdown.js';
import type { MessageKey } from '../i18n/index.js';
import type {
  AnnexView,
  Block,
  ConsultationView,
  CrisisView,
  FocalPointView,
  ProfileRow,
  FactView,
  ReferenceView,
  StatTableView,
  TableCellView,
  MatrixCell,
  MatrixRow,
  MetaView,
  ObjectiveSection,
  ObjectiveTile,
  OverviewView,
  PartEntry,
  PartView,
  PlanView,
  PledgeView,
  PracticeView,
  ProgressDeclarationView,
  ObjectiveRef,
  NotReportedView,
  PrincipleRef,
  PrincipleSection,
  ReportModel,
  StakeholderRow,
  StatisticView,
  SupportNeedView,
  TocEntry,
} from './types.js';

export type * from './types.js';

export type ReportOrder = 'objective' | 'roundtable' | 'priority';
export type Paper = 'A4' | 'Letter';

export interface ModelOptions {
  /** Report language; default: the review's first language. */
  lang?: string;
  order?: ReportOrder;
  mode?: 'pdf' | 'html';
  paper?: Paper;
  /** gcm-review version shown on the cover. */
  version?: string;
  theme?: { logo?: string };
  /** Leave personal contact data out (focal point e-mail and phone, contacts anywhere in the review). */
  public?: boolean;
}

// ---- text helpers -------------------------------------------------------------------------------

interface Ctx {
  lang: string;
  ui: ReturnType<typeof uiLang>;
  reviewLangs: string[];
  /** Official titles in English inside <bdi> (a report language without official titles). */
  englishTitles: boolean;
  numberFormat: Intl.NumberFormat;
  /** Reference id → its number (the order of the review's references list). */
  refs: ReadonlyMap<string, number>;
  /** Counter giving each rendered text its own footnote-id prefix. */
  seq: { n: number };
}

/** The text of a narrative in the report language: asked language, then the review's languages in order, then any. */
export function pickNarrative(
  n: Narrative | undefined,
  lang: string,
  reviewLangs: readonly string[],
): { text: string; lang: string } | undefined {
  if (n === undefined || n === null) return undefined;
  if (typeof n === 'string') return n.trim() ? { text: n, lang: reviewLangs[0] ?? lang } : undefined;
  const entries = Object.entries(n).filter(([, v]) => typeof v === 'string' && v.trim() !== '');
  if (!entries.length) return undefined;
  const find = (l: string) =>
    entries.find(([k]) => k.toLowerCase() === l.toLowerCase()) ?? entries.find(([k]) => baseLang(k) === baseLang(l));
  for (const l of [lang, ...reviewLangs]) {
    const hit = find(l);
    if (hit) return { text: hit[1], lang: hit[0] };
  }
  const [k, v] = entries[0]!;
  return { text: v, lang: k };
}

/**
 * THE resolver of a short text a reader sees (a name, a unit, a source, a title): plain text, or a
 * language map resolved like a narrative (asked language, then the review's languages, then any).
 * Every place that shows a short text goes through it.
 */
export function resolveText(
  v: ShortText | undefined,
  lang: string,
  reviewLangs: readonly string[],
): string | undefined {
  const text = pickNarrative(v, lang, reviewLangs)?.text.trim();
  return text ? text : undefined;
}

function block(ctx: Ctx, n: Narrative | undefined, headingBase: number): Block | undefined {
  const picked = pickNarrative(n, ctx.lang, ctx.reviewLangs);
  if (!picked) return undefined;
  const b: Block = {
    html: renderMarkdown(picked.text, {
      headingBase,
      refs: ctx.refs,
      docId: `t${++ctx.seq.n}`,
      lang: picked.lang,
    }),
  };
  if (baseLang(picked.lang) !== baseLang(ctx.lang)) {
    b.lang = picked.lang;
    if (isRtl(picked.lang) !== isRtl(ctx.lang)) b.dir = isRtl(picked.lang) ? 'rtl' : 'ltr';
  }
  return b;
}

function plain(ctx: Ctx, n: Narrative | undefined): string | undefined {
  return resolveText(n, ctx.lang, ctx.reviewLangs);
}

function inlineHtml(ctx: Ctx, n: Narrative | undefined): string | undefined {
  const picked = pickNarrative(n, ctx.lang, ctx.reviewLangs);
  if (!picked) return undefined;
  const html = renderInlineMarkdown(picked.text, ctx.refs, picked.lang);
  return baseLang(picked.lang) !== baseLang(ctx.lang)
    ? `<span lang="${escapeHtml(picked.lang)}"${isRtl(picked.lang) !== isRtl(ctx.lang) ? ` dir="${isRtl(picked.lang) ? 'rtl' : 'ltr'}"` : ''}>${html}</span>`
    : html;
}

/** An official title: in the report language when the reference has it, else English in <bdi>. */
function official(ctx: Ctx, title: Readonly<Record<string, string>>): { text: string; html: string } {
  if (ctx.englishTitles) {
    const text = title['en'] ?? '';
    return { text, html: `<bdi dir="ltr" lang="en">${escapeHtml(text)}</bdi>` };
  }
  const text = title[refLang(ctx.lang)] ?? title['en'] ?? '';
  return { text, html: escapeHtml(text) };
}

function formatDate(ctx: Ctx, iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return iso;
  try {
    // English in UN style: "20 April 2022"
    return dateFormat(ctx.ui === 'en' ? 'en-GB' : intlLocale(ctx.lang)).format(d);
  } catch {
    return iso;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f;
}

function formatValue(ctx: Ctx, v: number | string): string {
  return typeof v === 'number' ? ctx.numberFormat.format(v) : String(v);
}

// ---- country names ------------------------------------------------------------------------------

/** Country display name (UN short name) in the report language; user-assigned codes have none. */
export function countryName(code: string, lang: string): string | undefined {
  return refCountryName(code, lang);
}
export { isUserAssignedCode };

/**
 * Official strings the report prints that the reference file marks `# unverified`: every report
 * prints the 23 objective titles (reported or listed as not reported), the region's name on the
 * cover, and the stakeholder categories it names.
 */
function unverifiedPrinted(ctx: Ctx, review: Review): UnverifiedPrinted {
  const l = refLang(ctx.englishTitles ? 'en' : ctx.lang);
  const md = review.metadata;
  const m = review.methodology;
  const categories = new Set<string>(
    [
      md.submitter.category,
      ...(m?.stakeholders_consulted ?? []).map((s) => s.category),
      ...(m?.consultations ?? []).flatMap((c) => c.stakeholders ?? []),
    ].filter((x): x is string => typeof x === 'string'),
  );
  const region = md.region ? REGIONS.find((r) => r.key === md.region) : undefined;
  return {
    lang: l,
    objectives: OBJECTIVES.filter((o) => !isVerified(o, 'title', l)).map((o) => o.number),
    region: region !== undefined && !isVerified(region, 'name', l),
    stakeholders: STAKEHOLDERS.filter((s) => categories.has(s.key) && !isVerified(s, 'label', l)).length,
  };
}

/** "Member State", or for a Member State review from an observer State or a territory, what it is. */
function submitterTypeFor(type: SubmitterType, code: string | undefined, lang: string): string {
  const status = type === 'member_state' && code ? refCountry(code)?.status : undefined;
  return status === 'observer' || status === 'area' ? countryStatusLabel(status, lang) : submitterTypeLabel(type, lang);
}

// ---- builder ------------------------------------------------------------------------------------

const PRIORITY_RANK = { high: 3, medium: 2, low: 1, none: 0 } as const;

export function buildReportModel(input: Review, opts: ModelOptions = {}): ReportModel {
  const review = opts.public ? publicReview(input) : input;
  const reviewLangs = review.metadata.languages?.length ? review.metadata.languages : ['en'];
  // default: the review's first language the report has strings for (else English, the text
  // then carries its own lang attribute and the report says which language it is shown in)
  const lang = opts.lang ?? reviewLangs.find((l) => isReportLang(baseLang(l))) ?? 'en';
  const ui = uiLang(lang);
  const ctx: Ctx = {
    lang,
    ui,
    reviewLangs,
    englishTitles: ui === 'ar' || refLang(lang) !== baseLang(lang),
    numberFormat: new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 6 }),
    refs: referenceNumbers(review),
    seq: { n: 0 },
  };
  const mode = opts.mode ?? 'pdf';
  const order = opts.order ?? 'objective';
  const version = opts.version ?? '';
  const md = review.metadata;
  const type = md.submitter.type as SubmitterType;
  const scope = questionScope(type);

  // -- metadata
  const submitterName =
    (type === 'member_state' && md.submitter.country ? countryName(md.submitter.country, lang) : undefined) ??
    plain(ctx, md.submitter.name) ??
    md.submitter.country ??
    '';
  const kicker = t(
    lang,
    scope === 'national'
      ? 'title.national'
      : scope === 'stakeholder'
        ? 'title.stakeholder'
        : scope === 'un_system'
          ? 'title.unSystem'
          : 'title.regional',
  );
  const ownTitle = plain(ctx, md.title);
  const cycle = cycleName(md.cycle, lang);
  const isDraft = md.status === 'draft';
  const fp = md.focal_point;
  const meta: MetaView = {
    title: ownTitle ?? `${kicker}: ${submitterName}`,
    kicker,
    ...(ownTitle ? {} : { subtitle: t(lang, 'title.subtitle') }),
    submitterName,
    ...(md.submitter.country ? { countryCode: md.submitter.country } : {}),
    submitterTypeKey: type,
    submitterType: submitterTypeFor(type, md.submitter.country, lang),
    ...(md.submitter.category
      ? { category: stakeholderCategoryText(ctx, md.submitter.category, md.submitter.category_label) }
      : {}),
    cycleKey: md.cycle,
    cycle,
    ...(md.region ? { region: regionLabel(md.region, lang) } : {}),
    ...(md.date ? { date: formatDate(ctx, md.date)!, dateIso: md.date } : {}),
    status: md.status,
    statusLabel: t(lang, isDraft ? 'status.draft' : 'status.final'),
    isDraft,
    ...(md.version ? { version: md.version } : {}),
    languages: reviewLangs.map((l) => languageName(l, lang)).join(', '),
    ...(fp ? focalPointView(ctx, fp) : {}),
    ...reviewHistory(ctx, review),
    runningHeader: `${submitterName} · ${cycle}`,
    ...optional('textLanguageNote', textLanguageNote(lang, reviewLangs)),
    originalLanguage: languageName(reviewLangs[0] ?? 'en', lang),
    titleNamesSubmitter: ownTitle !== undefined && ownTitle.includes(submitterName),
  };

  // -- objectives
  const answersOf = (n: number): ObjectiveAnswers | undefined => review.objectives?.[String(n)];
  const reported = OBJECTIVES.filter((o) => answeredQuestions(answersOf(o.number)).length > 0);
  const sections = new Map<number, ObjectiveSection>();
  for (const o of reported) sections.set(o.number, objectiveSection(ctx, o, answersOf(o.number)!, isDraft));
  for (const [n, section] of sections) decorateObjective(ctx, section, answersOf(n)!, review);

  const notReported = (list: readonly Objective[]) =>
    list
      .filter((o) => !sections.has(o.number))
      .map((o) => ({
        number: o.number,
        label: t(lang, 'objective.label', { n: o.number }),
        title: official(ctx, o.title).text,
        titleHtml: official(ctx, o.title).html,
      }));

  const parts: PartView[] =
    order === 'priority'
      ? [priorityPart(ctx, review, sections, notReported(OBJECTIVES))]
      : order === 'roundtable'
        ? ROUNDTABLES.map((rt) => {
            const objs = rt.objectives.map((n) => refObjective(n)!);
            return {
              id: `roundtable-${rt.number}`,
              title: t(lang, 'roundtable.title', { n: rt.number }),
              subtitle: t(lang, 'roundtable.objectives', { list: rt.objectives.join(', ') }),
              ...(rt.number === 1 ? { note: t(lang, 'roundtable.note') } : {}),
              objectives: objs.filter((o) => sections.has(o.number)).map((o) => sections.get(o.number)!),
              notReported: notReported(objs),
            };
          })
        : [
            {
              id: 'objectives',
              title: t(lang, 'section.objectives'),
              objectives: [...sections.values()],
              notReported: notReported(OBJECTIVES),
              entries: objectiveEntries(ctx, review, sections, notReported(OBJECTIVES)),
            },
          ];
  const scopeView = scopeOf(ctx, review);
  if (scopeView && parts[0]) parts[0].scope = scopeView;

  // -- other sections
  const keyMessages = block(ctx, review.key_messages, 2);
  const contextBlock = block(ctx, review.national_context, 2);
  const m = review.methodology;
  const consultations: ConsultationView[] = (m?.consultations ?? []).map((c) => ({
    titleHtml: inlineHtml(ctx, c.title) ?? '',
    ...consultationDetails(ctx, c),
    ...(c.date ? { date: formatDate(ctx, c.date)! } : {}),
    ...(c.format ? { format: consultationFormatLabel(c.format, lang) } : {}),
    ...(typeof c.participants === 'number' ? { participants: ctx.numberFormat.format(c.participants) } : {}),
    ...(c.stakeholders?.length
      ? {
          stakeholders: labelList(
            c.stakeholders.map((s) => stakeholderLabel(s, lang)),
            lang,
          ),
        }
      : {}),
    ...optional('summary', block(ctx, c.summary, 4)),
  }));
  const stakeholders: StakeholderRow[] = [...(m?.stakeholders_consulted ?? [])]
    .map((s, i) => ({ s, i, rank: STAKEHOLDER_KEYS.indexOf(s.category) }))
    .sort((a, b) => (a.rank === b.rank ? a.i - b.i : (a.rank < 0 ? 99 : a.rank) - (b.rank < 0 ? 99 : b.rank)))
    .map(({ s }) => ({
      category: stakeholderCategoryText(ctx, s.category, s.label),
      ...optional('organizations', textList(ctx, s.organizations, '; ')),
      ...optional('description', block(ctx, s.description, 4)),
    }));
  const questions = QUESTION_LETTERS.map((l, i) => ({
    letter: listLetter(i, lang),
    label: questionLabel(l, lang),
    text: questionText(l, type, refLang(ctx.englishTitles ? 'en' : lang)),
    ...(ctx.englishTitles ? { lang: 'en' } : {}),
  }));
  const methodologyDescription = block(ctx, m?.description, 3);

  const principles: PrincipleSection[] = [];
  for (const p of PRINCIPLES) {
    const b = block(ctx, review.guiding_principles?.[p.key], 3);
    if (!b) continue;
    const title = official(ctx, p.title);
    const letter = listLetter(PRINCIPLES.indexOf(p), lang);
    principles.push({
      id: `principle-${p.key}`,
      key: p.key,
      letter,
      title: title.text,
      titleHtml: title.html,
      text: b,
    });
  }

  const principleSupport: SupportNeedView[] = sortNeeds(review.principle_support_needs ?? []).map((n) => {
    const p = refPrinciple(n.principle);
    const view = supportNeedView(ctx, n);
    if (p) view.principleHtml = `(${listLetter(PRINCIPLES.indexOf(p), lang)}) ${official(ctx, p.title).html}`;
    return view;
  });

  const annexes: AnnexView[] = (review.annexes ?? []).map((a) => {
    const href = safeHref(a.link);
    return {
      titleHtml: inlineHtml(ctx, a.title) ?? '',
      ...optional('description', block(ctx, a.description, 4)),
      ...(href ? { link: { href, text: displayLink(href) } } : a.link ? { linkText: displayLink(a.link) } : {}),
    };
  });

  const model: ReportModel = {
    lang,
    uiLang: ui,
    dir: isRtl(lang) ? 'rtl' : 'ltr',
    mode,
    order,
    paper: opts.paper ?? 'A4',
    pageNumbers: mode === 'pdf',
    strings: messages(lang),
    generator: { name: 'gcm-review', version, text: t(lang, 'cover.generator', { version }).trim() },
    ...optional('colophon', unverifiedColophon(lang, unverifiedPrinted(ctx, review))),
    meta,
    notes: [
      ...(textLanguageNote(lang, reviewLangs) ? [textLanguageNote(lang, reviewLangs)!] : []),
      ...(ctx.englishTitles ? [t(lang, 'note.officialTitlesInEnglish')] : []),
      ...(scope === 'un_system' ? [t(lang, 'note.unSystemWording')] : []),
    ],
    toc: [],
    overview: overview(ctx, review, sections),
    ...optional(
      'executiveSummary',
      narrativePart(ctx, 'executive-summary', 'section.executiveSummary', review.executive_summary),
    ),
    profile: profileRows(ctx, review),
    ...optional('keyMessages', keyMessages),
    ...(contextBlock
      ? {
          context: {
            title: t(lang, type === 'member_state' ? 'section.nationalContext' : 'section.context'),
            block: contextBlock,
          },
        }
      : {}),
    ...optional(
      'policyFramework',
      narrativePart(ctx, 'policy-framework', 'section.policyFramework', review.policy_framework),
    ),
    methodology: {
      hasContent: Boolean(
        methodologyDescription ||
        consultations.length ||
        stakeholders.length ||
        plain(ctx, m?.lead_agency) ||
        m?.support?.length,
      ),
      ...optional('leadAgency', plain(ctx, m?.lead_agency)),
      support: (m?.support ?? []).flatMap((x) => {
        const organization = plain(ctx, x.organization);
        return organization ? [{ organization, ...optional('role', block(ctx, x.role, 4)) }] : [];
      }),
      ...optional('description', methodologyDescription),
      consultations,
      stakeholders,
      stakeholdersDescribed: stakeholders.some((s) => s.description),
      questions,
      questionsIntro: t(lang, 'section.guidingQuestionsIntro', { who: t(lang, `who.${scope}` as const) }),
      questionsSource: questionsSourceLine(lang),
    },
    principles,
    crisisImpact: crisisViews(ctx, review),
    parts,
    principleSupport,
    ...optional(
      'meansOfImplementation',
      narrativePart(ctx, 'means-of-implementation', 'section.meansOfImplementation', review.means_of_implementation),
    ),
    ...optional('nextSteps', block(ctx, review.next_steps, 2)),
    annexes,
    ...optional('disclaimer', narrativePart(ctx, 'disclaimer', 'section.disclaimer', review.disclaimer)),
    annexesSelfNumbered: annexesSelfNumbered(review),
    references: referencesView(ctx, review),
    ...optional('plan', planView(ctx, review, sections)),
    pledges: pledgeViews(ctx, review, sections, opts),
    progressDeclaration: progressDeclarationViews(ctx, review),
    theme: { ...(opts.theme?.logo ? { logo: opts.theme.logo } : {}) },
  };
  placeSharedPractices(model);
  numberTables(model);
  model.toc = tableOfContents(model);
  return model;
}

/** "The text of this review is shown in English, …" when the review is not written in the report language. */
export function textLanguageNote(lang: string, reviewLangs: readonly string[]): string | undefined {
  if (reviewLangs.some((l) => baseLang(l) === baseLang(lang))) return undefined;
  return t(lang, 'note.textLanguage', { lang: languageName(reviewLangs[0] ?? 'en', lang) });
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function objectiveSection(ctx: Ctx, o: Objective, a: ObjectiveAnswers, isDraft: boolean): ObjectiveSection {
  const lang = ctx.lang;
  const done = answeredQuestions(a);
  const title = official(ctx, o.title);
  const id = `objective-${o.number}`;
  const base = (l: QuestionLetter) => ({
    letter: listLetter(QUESTION_LETTERS.indexOf(l), lang),
    key: l,
    id: `${id}-${l}`,
    heading: `(${listLetter(QUESTION_LETTERS.indexOf(l), lang)}) ${questionLabel(l, lang)}`,
    answered: done.includes(l),
  });
  const entries = a.implementation?.statistics ?? [];
  const statistics: StatisticView[] = entries
    .filter((s) => !s.table)
    .map((s) => ({
      indicatorHtml: inlineHtml(ctx, s.indicator) ?? '',
      value: formatValue(ctx, s.value ?? ''),
      ...optional('unit', plain(ctx, s.unit)),
      ...(s.year !== undefined && s.year !== '' ? { year: String(s.year) } : {}),
      ...optional('source', plain(ctx, s.source)),
      ...(s.source_ref ? { sourceRefHtml: citationHtml([s.source_ref], ctx.refs) } : {}),
      ...optional('disaggregation', plain(ctx, s.disaggregation)),
    }));
  const tables = entries.filter((s) => s.table).map((s) => statTableView(ctx, s.table!));
  const applied: PrincipleRef[] = PRINCIPLES.filter((p) => (a.guiding_principles?.applied ?? []).includes(p.key)).map(
    (p) => ({
      key: p.key,
      letter: listLetter(PRINCIPLES.indexOf(p), lang),
      titleHtml: official(ctx, p.title).html,
    }),
  );
  const practices: PracticeView[] = (a.promising_practices ?? []).map((p) => practiceView(ctx, p, o.number));
  const section: ObjectiveSection = {
    id,
    number: o.number,
    label: t(lang, 'objective.label', { n: o.number }),
    title: title.text,
    titleHtml: title.html,
    short: ctx.englishTitles ? o.short.en : o.short[refLang(lang)],
    roundtable: o.roundtable,
    answered: done.length,
    state: done.length === QUESTION_LETTERS.length ? 'complete' : 'partial',
    q: {
      a: {
        ...base('a'),
        ...optional('status', block(ctx, a.implementation?.status, 4)),
        statistics,
        tables,
        statColumns: {
          year: statistics.some((s) => s.year),
          source: statistics.some((s) => s.source || s.sourceRefHtml),
          disaggregation: statistics.some((s) => s.disaggregation),
        },
      },
      b: { ...base('b'), applied, ...optional('narrative', block(ctx, a.guiding_principles?.narrative, 4)) },
      c: { ...base('c'), ...optional('text', block(ctx, a.gaps_and_challenges, 4)) },
      d: { ...base('d'), practices, related: [] },
      e: { ...base('e'), needs: sortNeeds(a.support_needs ?? []).map((n) => supportNeedView(ctx, n)) },
    },
    ...optional('nextSteps', block(ctx, a.next_steps, 4)),
  };
  if (isDraft && done.length < QUESTION_LETTERS.length) {
    const missing = QUESTION_LETTERS.filter((l) => !done.includes(l)).map((l) => section.q[l].heading);
    section.missing = t(lang, 'objective.draftMissing', { list: missing.join(', ') });
  }
  return section;
}

function sortNeeds<T extends SupportNeed>(needs: readonly T[]): T[] {
  const rank = (a: string) => {
    const i = (SUPPORT_AREA_VALUES as readonly string[]).indexOf(a);
    return i < 0 ? 99 : i;
  };
  return needs
    .map((n, i) => ({ n, i }))
    .sort((x, y) => rank(x.n.area) - rank(y.n.area) || x.i - y.i)
    .map(({ n }) => n);
}

function supportNeedView(ctx: Ctx, n: SupportNeed): SupportNeedView {
  const label = plain(ctx, n.label);
  return {
    areaKey: n.area,
    area: supportAreaLabel(n.area, ctx.lang),
    ...(label ? { label } : {}),
    ...optional('description', block(ctx, n.description, 5)),
    ...(n.priority ? { priority: n.priority, priorityLabel: priorityLabel(n.priority, ctx.lang) } : {}),
  };
}

function overview(ctx: Ctx, review: Review, sections: ReadonlyMap<number, ObjectiveSection>): OverviewView {
  const lang = ctx.lang;
  const tile = (o: Objective): ObjectiveTile => {
    const done = answeredQuestions(review.objectives?.[String(o.number)]);
    const state = done.length === 0 ? 'none' : done.length === QUESTION_LETTERS.length ? 'complete' : 'partial';
    const short = ctx.englishTitles ? o.short.en : o.short[refLang(lang)];
    const stateLabel =
      state === 'none' ? t(lang, 'overview.notReported') : t(lang, 'overview.questionsAnswered', { n: done.length });
    return {
      number: o.number,
      short,
      shortHtml: ctx.englishTitles ? `<bdi dir="ltr" lang="en">${escapeHtml(short)}</bdi>` : escapeHtml(short),
      answered: done.length,
      state,
      stateLabel,
      ...(sections.has(o.number) ? { href: `#objective-${o.number}` } : {}),
      pipsSvg: pipsSvg(
        QUESTION_LETTERS.map((l) => done.includes(l)),
        stateLabel,
      ),
    };
  };
  const roundtables = ROUNDTABLES.map((rt) => ({
    number: rt.number,
    title: t(lang, 'roundtable.title', { n: rt.number }),
    objectivesLabel: t(lang, 'roundtable.objectives', { list: rt.objectives.join(', ') }),
    tiles: rt.objectives.map((n) => tile(refObjective(n)!)),
  }));
  const all = roundtables.flatMap((r) => r.tiles);
  const reportedCount = all.filter((x) => x.state !== 'none').length;
  const completeCount = all.filter((x) => x.state === 'complete').length;

  // support needs
  const areas = SUPPORT_AREA_VALUES.map((k) => ({ key: k as string, label: supportAreaLabel(k, lang) }));
  const cell = (needs: readonly SupportNeed[], area: string): MatrixCell => {
    const inArea = needs.filter((n) => n.area === area);
    if (!inArea.length) return { count: 0, text: '', mark: '' };
    let best: 'high' | 'medium' | 'low' | 'none' = 'none';
    for (const n of inArea) {
      const p = n.priority ?? 'none';
      if (PRIORITY_RANK[p] > PRIORITY_RANK[best]) best = p;
    }
    const text =
      t(lang, 'overview.needs', { n: inArea.length }) +
      (best !== 'none' ? ` · ${t(lang, 'support.priorityValue', { priority: priorityLabel(best, lang) })}` : '');
    return { count: inArea.length, priority: best, text, mark: String(inArea.length) };
  };
  const rows: MatrixRow[] = [];
  for (const o of OBJECTIVES) {
    const needs = review.objectives?.[String(o.number)]?.support_needs ?? [];
    const title = official(ctx, o.short);
    rows.push({
      label: String(o.number),
      title: title.text,
      titleHtml: title.html,
      ...(sections.has(o.number) ? { href: `#objective-${o.number}` } : {}),
      cells: areas.map((a) => cell(needs, a.key)),
      total: needs.length,
    });
  }
  const pNeeds = review.principle_support_needs ?? [];
  if (pNeeds.length) {
    const label = t(lang, 'overview.principlesRow');
    rows.push({
      label: '',
      title: label,
      titleHtml: escapeHtml(label),
      cells: areas.map((a) => cell(pNeeds, a.key)),
      total: pNeeds.length,
    });
  }
  const allNeeds: SupportNeed[] = [
    ...OBJECTIVES.flatMap((o) => review.objectives?.[String(o.number)]?.support_needs ?? []),
    ...pNeeds,
  ];
  const totals = areas.map((a) => allNeeds.filter((n) => n.area === a.key).length);
  const segmentLabels: Record<string, string> = {
    high: priorityLabel('high', lang),
    medium: priorityLabel('medium', lang),
    low: priorityLabel('low', lang),
    none: '–',
  };
  const bars: BarRow[] = areas.map((a) => {
    const inArea = allNeeds.filter((n) => n.area === a.key);
    return {
      label: a.label,
      counts: {
        high: inArea.filter((n) => n.priority === 'high').length,
        medium: inArea.filter((n) => n.priority === 'medium').length,
        low: inArea.filter((n) => n.priority === 'low').length,
        none: inArea.filter((n) => !n.priority).length,
      },
    };
  });
  return {
    reported: reportedCount,
    complete: completeCount,
    summary: t(lang, 'overview.coverageSummary', { reported: reportedCount, complete: completeCount }),
    roundtables,
    legend: (['complete', 'partial', 'none'] as const).map((s) => ({
      state: s,
      label: t(
        lang,
        s === 'complete'
          ? 'overview.legendComplete'
          : s === 'partial'
            ? 'overview.legendPartial'
            : 'overview.legendNone',
      ),
      swatchSvg: stateSwatch(s),
    })),
    needsTotal: allNeeds.length,
    ...(allNeeds.length
      ? {
          chartSvg: supportBarsSvg(bars, {
            title: t(lang, 'overview.supportChart'),
            rtl: isRtl(lang),
            segmentLabels,
            lang,
          }),
          matrix: { areas, rows, totals, total: allNeeds.length },
        }
      : {}),
    priorityLegend: (['high', 'medium', 'low'] as const).map((p) => ({
      key: p,
      label: priorityLabel(p, lang),
      swatchSvg: prioritySwatch(p),
    })),
  };
}

function tableOfContents(m: ReportModel): TocEntry[] {
  const s = m.strings;
  const entries: TocEntry[] = [];
  const part = (id: string, text: string) => entries.push({ id, level: 1, text, textHtml: escapeHtml(text) });
  part('overview', s['overview.title']);
  if (m.executiveSummary) part(m.executiveSummary.id, m.executiveSummary.title);
  if (m.keyMessages) part('key-messages', s['section.keyMessages']);
  if (m.context) part('context', m.context.title);
  if (m.policyFramework) part(m.policyFramework.id, m.policyFramework.title);
  if (m.methodology)
    part('methodology', s[m.methodology.hasContent ? 'section.methodology' : 'section.guidingQuestions']);
  if (m.plan) part('national-plan', s['plan.title']);
  if (m.principles.length) part('principles', s['section.principles']);
  if (m.crisisImpact.length) part('crisis-impact', s['section.crisisImpact']);
  for (const p of m.parts) {
    part(p.id, p.title);
    for (const o of p.objectives)
      entries.push({ id: o.id, level: 2, label: o.label, number: o.number, text: o.title, textHtml: o.titleHtml });
  }
  if (m.principleSupport.length) part('principle-support', s['section.principleSupport']);
  if (m.meansOfImplementation) part(m.meansOfImplementation.id, m.meansOfImplementation.title);
  if (m.pledges.length) part('pledges', s['pledges.title']);
  if (m.progressDeclaration.length) part('progress-declaration', s['progressDeclaration.title']);
  if (m.nextSteps) part('next-steps', s['section.nextSteps']);
  if (m.references.length) part('references', s['references.title']);
  if (m.annexes.length) part('annexes', s['section.annexes']);
  if (m.disclaimer) part(m.disclaimer.id, m.disclaimer.title);
  return entries;
}

// ---- issue 9: profile, crisis impact, review process, report parts, --public ---------------------

/** Keys holding personal contact data: left out of a public report wherever they are. */
const CONTACT_KEYS = new Set(['email', 'phone', 'contact', 'contacts']);

/**
 * The review without personal contact data (render --public): the focal point's e-mail and phone,
 * and any `email`, `phone`, `contact` or `contacts` field anywhere (e.g. a contact inside a pledge).
 * Generic on purpose, so parts added later are covered without a list to keep up to date.
 */
export function publicReview(review: Review): Review {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!CONTACT_KEYS.has(k)) out[k] = strip(x);
    return out;
  };
  return strip(review) as Review;
}

function textList(ctx: Ctx, list: readonly ShortText[] | undefined, sep: string): string | undefined {
  const items = (list ?? []).map((x) => plain(ctx, x)).filter((x): x is string => !!x);
  return items.length ? items.join(sep) : undefined;
}

function narrativePart(
  ctx: Ctx,
  id: string,
  title:
    'section.executiveSummary' | 'section.policyFramework' | 'section.meansOfImplementation' | 'section.disclaimer',
  n: Narrative | undefined,
): { id: string; title: string; block: Block } | undefined {
  const b = block(ctx, n, 2);
  return b ? { id, title: t(ctx.lang, title), block: b } : undefined;
}

function focalPointView(ctx: Ctx, fp: NonNullable<Review['metadata']['focal_point']>): Pick<MetaView, 'focalPoint'> {
  const v: FocalPointView = {
    ...optional('name', plain(ctx, fp.name)),
    ...optional('title', plain(ctx, fp.title)),
    ...optional('organization', plain(ctx, fp.organization)),
    ...optional('email', plain(ctx, fp.email)),
    ...optional('phone', plain(ctx, fp.phone)),
  };
  return Object.keys(v).length ? { focalPoint: v } : {};
}

function reviewHistory(ctx: Ctx, review: Review): Pick<MetaView, 'reviewNumber' | 'previousReview' | 'authors'> {
  const md = review.metadata;
  const out: Pick<MetaView, 'reviewNumber' | 'previousReview' | 'authors'> = {};
  const n = md.review_number;
  if (typeof n === 'number' && n >= 1) {
    const key = `cover.review.${n}` as MessageKey;
    out.reviewNumber = n <= 5 ? t(ctx.lang, key) : t(ctx.lang, 'cover.review.n', { n });
  }
  const prev = md.previous_review;
  if (prev) {
    const title = plain(ctx, prev.title);
    const cycle = prev.cycle ? cycleName(prev.cycle, ctx.lang) : undefined;
    const href = safeHref(prev.link);
    // the link may be a web address (linked) or the previous review's file name (shown as text)
    const fileName = !href && prev.link?.trim() ? displayLink(prev.link.trim()) : undefined;
    const text = [title, cycle, fileName].filter(Boolean).join(' · ') || (href ? displayLink(href) : '');
    if (text) out.previousReview = { text, ...(href ? { link: { href, text: displayLink(href) } } : {}) };
  }
  const authors = (md.authors ?? []).flatMap((a) => {
    const name = plain(ctx, a.name);
    if (!name) return [];
    const detail = [plain(ctx, a.role), plain(ctx, a.organization)].filter(Boolean).join(', ');
    return [{ name, ...(detail ? { detail } : {}) }];
  });
  if (authors.length) out.authors = authors;
  return out;
}

function consultationDetails(
  ctx: Ctx,
  c: NonNullable<NonNullable<Review['methodology']>['consultations']>[number],
): Partial<ConsultationView> {
  const kind = c.kind && (CONSULTATION_KINDS as readonly string[]).includes(c.kind) ? c.kind : undefined;
  return {
    ...(kind
      ? {
          kindKey: kind,
          kind: t(ctx.lang, `consult.kind.${kind}` as MessageKey),
          ...(kind === 'validation_workshop' ? { isValidation: true } : {}),
        }
      : {}),
    ...optional('organiser', plain(ctx, c.organiser)),
    ...optional('place', plain(ctx, c.place)),
    ...optional('bodies', textList(ctx, c.participant_bodies, '; ')),
    ...optional('outcomes', block(ctx, c.outcomes, 4)),
  };
}

function stakeholderCategoryText(ctx: Ctx, category: string, label: ShortText | undefined): string {
  if (category !== 'other') return stakeholderLabel(category, ctx.lang);
  const own = plain(ctx, label);
  const other = t(ctx.lang, 'stakeholders.other');
  return own ? `${other}: ${own}` : other;
}

function profileRows(ctx: Ctx, review: Review): ProfileRow[] {
  const p = review.profile;
  if (!p) return [];
  const row = (question: string, a: { answer: string; comment?: Narrative } | undefined): ProfileRow[] => {
    if (!a || !(PROFILE_ANSWERS as readonly string[]).includes(a.answer)) return [];
    const answerKey = a.answer as ProfileRow['answerKey'];
    return [
      {
        question,
        answerKey,
        answer: t(ctx.lang, `profile.a.${answerKey}` as MessageKey),
        ...optional('comment', block(ctx, a.comment, 5)),
      },
    ];
  };
  return [
    ...PROFILE_QUESTIONS.flatMap((q) =>
      row(t(ctx.lang, `profile.q.${q.key}` as MessageKey), (p as Record<string, ProfileAnswer | undefined>)[q.key]),
    ),
    ...(p.custom ?? []).flatMap((c) => {
      const q = plain(ctx, c.question);
      return q ? row(q, c) : [];
    }),
  ];
}

function crisisViews(ctx: Ctx, review: Review): CrisisView[] {
  return (review.crisis_impact ?? []).flatMap((c, i) => {
    const crisis = plain(ctx, c.crisis);
    if (!crisis) return [];
    return [{ id: `crisis-${i + 1}`, crisis, ...optional('block', block(ctx, c.narrative, 3)) }];
  });
}

/** Languages the report strings exist in (for --lang help and checks). */
export const REPORT_UI_LANGS = Object.keys(LOCALES);

// ---- evidence (issue 15 §1): statistics tables, references, practice boxes ----------------------

/** Reference id → number: the order of the review's references list. */
function referenceNumbers(review: Review): Map<string, number> {
  const map = new Map<string, number>();
  for (const r of review.references ?? []) if (!map.has(r.id)) map.set(r.id, map.size + 1);
  return map;
}

function referencesView(ctx: Ctx, review: Review): ReferenceView[] {
  const seen = new Set<string>();
  const out: ReferenceView[] = [];
  for (const r of review.references ?? []) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const href = safeHref(r.link);
    out.push({
      id: `ref-${r.id}`,
      number: ctx.refs.get(r.id)!,
      textHtml: inlineHtml(ctx, r.text) ?? escapeHtml(r.id),
      ...(href ? { link: { href, text: displayLink(href) } } : {}),
    });
  }
  return out;
}

/** A table value: a number in the report's format; null or "n/a" is "not available". */
function tableCell(ctx: Ctx, v: TableValue): TableCellView {
  if (v === null || v === undefined || (typeof v === 'string' && /^\s*(n\/?a|)\s*$/i.test(v)))
    return { text: t(ctx.lang, 'stats.notAvailable'), na: true };
  return { text: formatValue(ctx, v), na: false };
}

function statTableView(ctx: Ctx, table: StatisticsTable): StatTableView {
  const note = inlineHtml(ctx, table.note);
  return {
    id: '',
    label: '',
    titleHtml: inlineHtml(ctx, table.title) ?? '',
    columns: table.columns.map((c) => (typeof c === 'number' ? String(c) : c)),
    rows: table.rows.map((r) => ({
      labelHtml: inlineHtml(ctx, r.label) ?? '',
      cells: r.values.map((v) => tableCell(ctx, v)),
    })),
    ...(table.unit ? { unit: t(ctx.lang, 'stats.unitLine', { unit: table.unit }) } : {}),
    ...(table.source || table.source_ref
      ? {
          sourceHtml: escapeHtml(t(ctx.lang, 'stats.sourceLine', { source: table.source ?? '' }).trim()).concat(
            table.source_ref ? ` ${citationHtml([table.source_ref], ctx.refs)}` : '',
          ),
        }
      : {}),
    ...(note ? { noteHtml: `${escapeHtml(t(ctx.lang, 'stats.noteLine', { note: '' }).trim())} ${note}` } : {}),
  };
}

/** Tables are numbered in reading order: Table 1, Table 2 … (after --order has arranged the parts). */
function numberTables(model: ReportModel): void {
  let n = 0;
  for (const p of model.parts)
    for (const o of p.objectives)
      for (const tv of o.q.a.tables) {
        n++;
        tv.id = `table-${n}`;
        tv.label = t(model.lang, 'stats.table', { n });
      }
}

function practiceView(ctx: Ctx, p: PromisingPractice, home: number): PracticeView {
  const href = safeHref(p.link);
  const lang = ctx.lang;
  const facts: FactView[] = [];
  const fact = (key: MessageKey, html: string | undefined) => {
    if (html) facts.push({ label: t(lang, key), html });
  };
  fact('practice.period', p.period ? `<bdi>${escapeHtml(p.period)}</bdi>` : undefined);
  fact('practice.type', inlineHtml(ctx, p.practice_type));
  fact('practice.scope', p.scope ? escapeHtml(t(lang, `scope.${p.scope}` as MessageKey)) : undefined);
  const others = (p.objectives ?? []).filter((n) => n !== home);
  fact(
    'practice.objectives',
    others.length ? [home, ...others].map((n) => escapeHtml(String(n))).join(', ') : undefined,
  );
  const principles = PRINCIPLES.filter((x) => (p.principles ?? []).includes(x.key));
  fact(
    'practice.principles',
    principles.length
      ? principles.map((x) => `(${listLetter(PRINCIPLES.indexOf(x), lang)}) ${official(ctx, x.title).html}`).join('; ')
      : undefined,
  );
  fact('practice.sdg', p.sdg_targets?.length ? `<bdi>${p.sdg_targets.map(escapeHtml).join(', ')}</bdi>` : undefined);
  const partners = (p.partners ?? []).flatMap((x) => {
    // a name, a name in several languages ({en, fr}), or {name, country}
    if (typeof x === 'object' && x !== null && 'name' in x) {
      const country = x.country ? (countryName(x.country, lang) ?? x.country) : undefined;
      const name = plain(ctx, x.name as ShortText) ?? '';
      return [`<bdi>${escapeHtml(name)}</bdi>${country ? ` (${escapeHtml(country)})` : ''}`];
    }
    const name = plain(ctx, x as ShortText);
    return name ? [`<bdi>${escapeHtml(name)}</bdi>`] : [];
  });
  fact('practice.partners', partners.length ? partners.join('; ') : undefined);
  return {
    id: '',
    home,
    objectives: [home, ...others],
    titleHtml: inlineHtml(ctx, p.title) ?? '',
    facts,
    ...optional('description', block(ctx, p.description, 5)),
    ...optional('results', block(ctx, p.results, 5)),
    ...(href ? { link: { href, text: displayLink(href) } } : p.link ? { linkText: displayLink(p.link) } : {}),
  };
}

/**
 * A practice serving several objectives is described in full under the first of them in the
 * report (in --order) and listed, with a link, under each of the others.
 */
function placeSharedPractices(model: ReportModel): void {
  const order: ObjectiveSection[] = model.parts.flatMap((p) => p.objectives);
  const byNumber = new Map(order.map((o) => [o.number, o]));
  const rank = new Map(order.map((o, i) => [o.number, i]));
  let n = 0;
  for (const o of order) {
    for (const pv of [...o.q.d.practices]) {
      if (pv.home !== o.number) continue; // already moved
      pv.id = `practice-${++n}`;
      const where = pv.objectives.filter((x) => byNumber.has(x)).sort((x, y) => rank.get(x)! - rank.get(y)!);
      const first = where[0] ?? o.number;
      if (first !== o.number) {
        o.q.d.practices.splice(o.q.d.practices.indexOf(pv), 1);
        byNumber.get(first)!.q.d.practices.push(pv);
      }
      for (const other of where) {
        if (other === first) continue;
        byNumber.get(other)!.q.d.related.push({
          titleHtml: pv.titleHtml,
          href: `#${pv.id}`,
          text: t(model.lang, 'practice.seeObjective', { n: first }),
        });
      }
    }
  }
}

/** Annex titles that carry their own number ("Annex 3 – …") are not numbered a second time. */
function annexesSelfNumbered(review: Review): boolean {
  const list = review.annexes ?? [];
  return (
    list.length > 0 &&
    list.every((a) => {
      const title = typeof a.title === 'string' ? a.title : Object.values(a.title ?? {})[0];
      return typeof title === 'string' && /^\s*(annex|annexe|anexo|الملحق)\s*[\d٠-٩IVXivx]/i.test(title);
    })
  );
}

// ---- issue 9 §3–5: plan measures and priorities by the objectives, the plan, pledges ------------

function decorateObjective(ctx: Ctx, section: ObjectiveSection, a: ObjectiveAnswers, review: Review): void {
  const measures = review.national_plan?.measures ?? [];
  if (a.plan_measures?.length)
    section.measures = a.plan_measures.map((id) => ({
      id,
      title: plain(ctx, measures.find((m) => m.id === id)?.title) ?? id,
    }));
  if (a.priority)
    section.priority = {
      rank: a.priority.rank,
      label: t(ctx.lang, 'priority.label', { rank: a.priority.rank }),
      ...optional('reason', block(ctx, a.priority.reason, 4)),
    };
}

/** The one-line status of an objective the review does not report on. */
function skippedText(ctx: Ctx, review: Review): string {
  return t(
    ctx.lang,
    review.metadata.scope?.kind === 'selected' ? 'objective.notPriorityLine' : 'objective.notReportedLine',
  );
}

function objectiveEntries(
  ctx: Ctx,
  review: Review,
  sections: ReadonlyMap<number, ObjectiveSection>,
  skipped: NotReportedView[],
): PartEntry[] {
  const text = skippedText(ctx, review);
  return OBJECTIVES.map((o): PartEntry => {
    const s = sections.get(o.number);
    if (s) return { objective: s };
    return { skipped: { ...skipped.find((x) => x.number === o.number)!, text } };
  });
}

function priorityPart(
  ctx: Ctx,
  review: Review,
  sections: ReadonlyMap<number, ObjectiveSection>,
  skipped: NotReportedView[],
): PartView {
  const all = [...sections.values()];
  const ranked = all
    .filter((s) => s.priority)
    .sort((a, b) => a.priority!.rank - b.priority!.rank || a.number - b.number);
  const rest = all.filter((s) => !s.priority);
  const text = skippedText(ctx, review);
  return {
    id: 'objectives',
    title: t(ctx.lang, 'section.objectives'),
    // said only when there is a ranking to follow
    ...(ranked.length ? { note: t(ctx.lang, 'priority.orderNote') } : {}),
    objectives: [...ranked, ...rest],
    notReported: skipped.map((x) => ({ ...x, text })),
  };
}

function scopeOf(ctx: Ctx, review: Review): PartView['scope'] {
  const scope = review.metadata.scope;
  if (!scope) return undefined;
  return {
    text: t(ctx.lang, scope.kind === 'selected' ? 'scope.selected' : 'scope.all'),
    ...optional('reason', block(ctx, scope.reason, 4)),
  };
}

function objectiveRefs(
  ctx: Ctx,
  numbers: readonly number[] | undefined,
  sections: ReadonlyMap<number, ObjectiveSection>,
): ObjectiveRef[] {
  return [...new Set(numbers ?? [])]
    .filter((n) => refObjective(n))
    .sort((a, b) => a - b)
    .map((n) => ({
      number: n,
      label: t(ctx.lang, 'objective.label', { n }),
      ...(sections.has(n) ? { href: `#objective-${n}` } : {}),
    }));
}

function planView(ctx: Ctx, review: Review, sections: ReadonlyMap<number, ObjectiveSection>): PlanView | undefined {
  const plan = review.national_plan;
  if (!plan) return undefined;
  const href = safeHref(plan.link);
  const dimensions = (plan.dimensions ?? []).map((d) => ({ id: d.id, titleHtml: inlineHtml(ctx, d.title) ?? '' }));
  return {
    titleHtml: inlineHtml(ctx, plan.title) ?? '',
    ...(plan.adopted ? { adopted: formatDate(ctx, plan.adopted)! } : {}),
    ...(href ? { link: { href, text: displayLink(href) } } : plan.link ? { linkText: displayLink(plan.link) } : {}),
    dimensions,
    measures: (plan.measures ?? []).map((m) => {
      const dim = dimensions.find((d) => d.id === m.dimension);
      return {
        id: m.id,
        titleHtml: inlineHtml(ctx, m.title) ?? '',
        ...(m.dimension
          ? { dimensionHtml: dim ? `${escapeHtml(dim.id)} ${dim.titleHtml}` : escapeHtml(m.dimension) }
          : {}),
        objectives: objectiveRefs(ctx, m.objectives, sections),
      };
    }),
  };
}

function pledgeViews(
  ctx: Ctx,
  review: Review,
  sections: ReadonlyMap<number, ObjectiveSection>,
  opts: ModelOptions,
): PledgeView[] {
  return (review.pledges ?? []).map((p) => {
    const href = safeHref(p.link);
    const partners = (p.partners ?? [])
      .map((x) => {
        // a name may also be written as a language map ({en: …, fr: …})
        const name = plain(ctx, x.name as Narrative) ?? '';
        const country = x.country ? (countryName(x.country, ctx.lang) ?? x.country) : undefined;
        return country ? `${name} (${country})` : name;
      })
      .join('; ');
    const contact = p.contact && !opts.public ? Object.fromEntries(Object.entries(p.contact).filter(([, v]) => v)) : {};
    return {
      titleHtml: inlineHtml(ctx, p.title) ?? '',
      ...(p.kind ? { kind: t(ctx.lang, p.kind === 'joint' ? 'pledge.kind.joint' : 'pledge.kind.individual') } : {}),
      ...(p.status ? { statusKey: p.status, status: t(ctx.lang, `pledge.status.${p.status}` as const) } : {}),
      ...(partners ? { partners } : {}),
      ...optional('nature', plain(ctx, p.nature)),
      gcrMirror: p.gcr_mirror === true,
      objectives: objectiveRefs(ctx, p.objectives, sections),
      ...optional('progress', block(ctx, p.progress, 4)),
      ...(href ? { link: { href, text: displayLink(href) } } : p.link ? { linkText: displayLink(p.link) } : {}),
      ...(Object.keys(contact).length ? { contact } : {}),
    };
  });
}

function progressDeclarationViews(ctx: Ctx, review: Review): ProgressDeclarationView[] {
  return [...(review.progress_declaration ?? [])]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.paragraph - b.e.paragraph || a.i - b.i)
    .flatMap(({ e, i }) => {
      const b = block(ctx, e.narrative, 4);
      if (!b) return [];
      return [
        {
          id: `progress-declaration-${i + 1}`,
          paragraph: e.paragraph,
          label: t(ctx.lang, 'progressDeclaration.paragraph', { n: e.paragraph }),
          block: b,
        },
      ];
    });
}
