// Review → view model for the report templates. Pure: no I/O. All fixed words come from src/i18n, all official wording from src/reference;
// every narrative goes through Markdown + sanitizing (src/model/markdown.ts).
import {
  LOCALES,
  baseLang,
  consultationFormatLabel,
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
import type { Narrative, ObjectiveAnswers, Review, SupportNeed } from '../schema/types.js';
import {
  country as refCountry,
  countryName as refCountryName,
  countryStatusLabel,
  isUserAssignedCode,
} from '../reference/countries.js';
import { answeredQuestions } from '../validate/readiness.js';
import { pipsSvg, prioritySwatch, stateSwatch, supportBarsSvg, type BarRow } from './charts.js';
import { displayLink, escapeHtml, renderInlineMarkdown, renderMarkdown, safeHref } from './markdown.js';
import type {
  AnnexView,
  Block,
  ConsultationView,
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
  /** Leave personal contact data out (render --public). */
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

function block(ctx: Ctx, n: Narrative | undefined, headingBase: number): Block | undefined {
  const picked = pickNarrative(n, ctx.lang, ctx.reviewLangs);
  if (!picked) return undefined;
  const b: Block = { html: renderMarkdown(picked.text, { headingBase }) };
  if (baseLang(picked.lang) !== baseLang(ctx.lang)) {
    b.lang = picked.lang;
    if (isRtl(picked.lang) !== isRtl(ctx.lang)) b.dir = isRtl(picked.lang) ? 'rtl' : 'ltr';
  }
  return b;
}

function plain(ctx: Ctx, n: Narrative | undefined): string | undefined {
  return pickNarrative(n, ctx.lang, ctx.reviewLangs)?.text.trim();
}

function inlineHtml(ctx: Ctx, n: Narrative | undefined): string | undefined {
  const picked = pickNarrative(n, ctx.lang, ctx.reviewLangs);
  if (!picked) return undefined;
  const html = renderInlineMarkdown(picked.text);
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
    return dateFormat(intlLocale(ctx.lang)).format(d);
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

export function buildReportModel(review: Review, opts: ModelOptions = {}): ReportModel {
  const reviewLangs = review.metadata.languages?.length ? review.metadata.languages : ['en'];
  const lang = opts.lang ?? reviewLangs[0] ?? 'en';
  const ui = uiLang(lang);
  const ctx: Ctx = {
    lang,
    ui,
    reviewLangs,
    englishTitles: ui === 'ar' || refLang(lang) !== baseLang(lang),
    numberFormat: new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 6 }),
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
    md.submitter.name ??
    md.submitter.country ??
    '';
  const kicker = t(
    lang,
    scope === 'national' ? 'title.national' : scope === 'stakeholder' ? 'title.stakeholder' : 'title.regional',
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
    ...(md.submitter.category ? { category: stakeholderLabel(md.submitter.category, lang) } : {}),
    cycleKey: md.cycle,
    cycle,
    ...(md.region ? { region: regionLabel(md.region, lang) } : {}),
    ...(md.date ? { date: formatDate(ctx, md.date)!, dateIso: md.date } : {}),
    status: md.status,
    statusLabel: t(lang, isDraft ? 'status.draft' : 'status.final'),
    isDraft,
    ...(md.version ? { version: md.version } : {}),
    languages: reviewLangs.map((l) => languageName(l, lang)).join(', '),
    ...(fp && Object.values(fp).some(Boolean) ? { focalPoint: { ...fp } } : {}),
    runningHeader: `${submitterName} · ${cycle}`,
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
    ...(c.date ? { date: formatDate(ctx, c.date)! } : {}),
    ...(c.format ? { format: consultationFormatLabel(c.format, lang) } : {}),
    ...(typeof c.participants === 'number' ? { participants: ctx.numberFormat.format(c.participants) } : {}),
    ...(c.stakeholders?.length
      ? { stakeholders: c.stakeholders.map((s) => stakeholderLabel(s, lang)).join(', ') }
      : {}),
    ...optional('summary', block(ctx, c.summary, 4)),
  }));
  const stakeholders: StakeholderRow[] = [...(m?.stakeholders_consulted ?? [])]
    .map((s, i) => ({ s, i, rank: STAKEHOLDER_KEYS.indexOf(s.category) }))
    .sort((a, b) => (a.rank === b.rank ? a.i - b.i : (a.rank < 0 ? 99 : a.rank) - (b.rank < 0 ? 99 : b.rank)))
    .map(({ s }) => ({
      category: stakeholderLabel(s.category, lang),
      ...(s.organizations?.length ? { organizations: s.organizations.join('; ') } : {}),
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
    notes: ctx.englishTitles ? [t(lang, 'note.officialTitlesInEnglish')] : [],
    toc: [],
    overview: overview(ctx, review, sections),
    ...optional('keyMessages', keyMessages),
    ...(contextBlock
      ? {
          context: {
            title: t(lang, type === 'member_state' ? 'section.nationalContext' : 'section.context'),
            block: contextBlock,
          },
        }
      : {}),
    methodology: {
      ...optional('description', methodologyDescription),
      consultations,
      stakeholders,
      questions,
      questionsIntro: t(lang, 'section.guidingQuestionsIntro', { who: t(lang, `who.${scope}` as const) }),
      questionsSource: questionsSourceLine(lang),
    },
    principles,
    parts,
    principleSupport,
    ...optional('nextSteps', block(ctx, review.next_steps, 2)),
    annexes,
    ...optional('plan', planView(ctx, review, sections)),
    pledges: pledgeViews(ctx, review, sections, opts),
    progressDeclaration: progressDeclarationViews(ctx, review),
    theme: { ...(opts.theme?.logo ? { logo: opts.theme.logo } : {}) },
  };
  model.toc = tableOfContents(model);
  return model;
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
  const statistics: StatisticView[] = (a.implementation?.statistics ?? []).map((s) => ({
    indicatorHtml: inlineHtml(ctx, s.indicator) ?? '',
    value: formatValue(ctx, s.value),
    ...(s.unit ? { unit: s.unit } : {}),
    ...(s.year !== undefined && s.year !== '' ? { year: String(s.year) } : {}),
    ...(s.source ? { source: s.source } : {}),
    ...(s.disaggregation ? { disaggregation: s.disaggregation } : {}),
  }));
  const applied: PrincipleRef[] = PRINCIPLES.filter((p) => (a.guiding_principles?.applied ?? []).includes(p.key)).map(
    (p) => ({
      key: p.key,
      letter: listLetter(PRINCIPLES.indexOf(p), lang),
      titleHtml: official(ctx, p.title).html,
    }),
  );
  const practices: PracticeView[] = (a.promising_practices ?? []).map((p) => {
    const href = safeHref(p.link);
    return {
      titleHtml: inlineHtml(ctx, p.title) ?? '',
      ...optional('description', block(ctx, p.description, 5)),
      ...(p.partners?.length ? { partners: p.partners.join(', ') } : {}),
      ...optional('results', block(ctx, p.results, 5)),
      ...(href ? { link: { href, text: displayLink(href) } } : p.link ? { linkText: displayLink(p.link) } : {}),
    };
  });
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
        statColumns: {
          year: statistics.some((s) => s.year),
          source: statistics.some((s) => s.source),
          disaggregation: statistics.some((s) => s.disaggregation),
        },
      },
      b: { ...base('b'), applied, ...optional('narrative', block(ctx, a.guiding_principles?.narrative, 4)) },
      c: { ...base('c'), ...optional('text', block(ctx, a.gaps_and_challenges, 4)) },
      d: { ...base('d'), practices },
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
          chartSvg: supportBarsSvg(bars, { title: t(lang, 'overview.supportChart'), rtl: isRtl(lang), segmentLabels }),
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
  if (m.keyMessages) part('key-messages', s['section.keyMessages']);
  if (m.context) part('context', m.context.title);
  part('methodology', s['section.methodology']);
  if (m.plan) part('national-plan', s['plan.title']);
  if (m.principles.length) part('principles', s['section.principles']);
  for (const p of m.parts) {
    part(p.id, p.title);
    for (const o of p.objectives)
      entries.push({ id: o.id, level: 2, label: o.label, number: o.number, text: o.title, textHtml: o.titleHtml });
  }
  if (m.principleSupport.length) part('principle-support', s['section.principleSupport']);
  if (m.pledges.length) part('pledges', s['pledges.title']);
  if (m.progressDeclaration.length) part('progress-declaration', s['progressDeclaration.title']);
  if (m.nextSteps) part('next-steps', s['section.nextSteps']);
  if (m.annexes.length) part('annexes', s['section.annexes']);
  return entries;
}

/** Languages the report strings exist in (for --lang help and checks). */
export const REPORT_UI_LANGS = Object.keys(LOCALES);

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
