// Fixed strings of the report, in English. Every other language file has exactly these keys
// (checked by the compiler and by a test); a missing string falls back to English.
// Placeholders are written {name}. Official GCM wording (objective titles, principles, Annex I
// questions) is not here: it comes from src/reference.
export const en = {
  'lang.name': 'English',

  'gcm.name': 'Global Compact for Safe, Orderly and Regular Migration',
  'gcm.short': 'Global Compact for Migration',
  'gcm.resolution': 'General Assembly resolution 73/195',

  'title.national': 'Voluntary national review',
  'title.stakeholder': 'Stakeholder contribution to the review',
  'title.regional': 'Contribution to the regional review',
  'title.subtitle': 'of the implementation of the Global Compact for Safe, Orderly and Regular Migration',

  'cover.submitter': 'Submitted by',
  'cover.submitterType': 'Submitter',
  'cover.category': 'Stakeholder category',
  'cover.cycle': 'Review cycle',
  'cover.region': 'Region',
  'cover.date': 'Date',
  'cover.status': 'Status',
  'cover.version': 'Version',
  'cover.focalPoint': 'Focal point',
  'cover.languages': 'Languages',
  'cover.generator': 'Prepared with gcm-review {version}',

  'status.draft': 'Draft',
  'status.final': 'Final',
  'watermark.draft': 'DRAFT',
  'header.draft': 'Draft: not for circulation',
  'footer.page': 'Page {page} of {pages}',

  'toc.title': 'Contents',
  'toc.page': 'Page',

  'overview.title': 'At a glance',
  'overview.coverage': 'Objectives reported on, by round table',
  'overview.coverageSummary': '{reported} of 23 objectives reported on; {complete} answer all five guiding questions.',
  'overview.questionsAnswered': '{n} of 5 guiding questions answered',
  'overview.notReported': 'Not reported',
  'overview.legendComplete': 'All five questions answered',
  'overview.legendPartial': 'Some questions answered',
  'overview.legendNone': 'Not reported',
  'overview.supportChart': 'Support needs by area and priority',
  'overview.supportChartNote':
    'Number of support needs declared under question (e), for the objectives and the guiding principles.',
  'overview.supportMatrix': 'Support needs by objective and area',
  'overview.supportNone': 'No support needs are identified in this review.',
  'overview.objective': 'Objective',
  'overview.principlesRow': 'Guiding principles',
  'overview.total': 'Total',
  'overview.needs': '{n} needs',

  'roundtable.title': 'Round table {n}',
  'roundtable.objectives': 'Objectives {list}',
  'roundtable.note':
    'Objectives are grouped as in the four round tables of the first International Migration Review Forum (2022).',

  'section.keyMessages': 'Key messages',
  'section.nationalContext': 'National context',
  'section.context': 'Context',
  'section.methodology': 'Methodology and process',
  'section.process': 'How the review was prepared',
  'section.consultations': 'Consultations held',
  'section.stakeholders': 'Stakeholders consulted',
  'section.guidingQuestions': 'The guiding questions',
  'section.guidingQuestionsIntro':
    'For each objective, the review answers the five guiding questions of Annex I, worded here for {who}:',
  'section.principles': 'Guiding principles',
  'section.principlesIntro':
    'How the review and the policies it describes apply the cross-cutting guiding principles of the Global Compact.',
  'section.objectives': 'Implementation of the objectives',
  'section.principleSupport': 'Support needed to apply the guiding principles',
  'section.nextSteps': 'Next steps',
  'section.annexes': 'Annexes',
  'section.notReported': 'Objectives not covered in this review',
  'section.notReportedIntro': 'This review does not report on the following objectives:',

  'who.national': 'a national review',
  'who.stakeholder': 'a stakeholder contribution',
  'who.regional': 'a regional process or organization',

  'objective.label': 'Objective {n}',
  'objective.notAnswered': 'No answer given.',
  'objective.nextSteps': 'Next steps',
  'objective.principlesApplied': 'Guiding principles applied:',
  'objective.draftMissing': 'Still to be written: {list}.',

  'stats.caption': 'Statistics',
  'stats.indicator': 'Indicator',
  'stats.value': 'Value',
  'stats.year': 'Year',
  'stats.source': 'Source',
  'stats.disaggregation': 'Disaggregation',

  'practice.label': 'Promising practice',
  'practice.partners': 'Partners',
  'practice.results': 'Results and lessons learned',
  'practice.link': 'More information',

  'support.area': 'Area',
  'support.priority': 'Priority',
  'support.description': 'Support needed',
  'support.principle': 'Guiding principle',
  'support.priorityValue': 'Priority: {priority}',

  'consult.title': 'Consultation',
  'consult.date': 'Date',
  'consult.format': 'Format',
  'consult.participants': 'Participants',
  'consult.stakeholders': 'Stakeholders taking part',
  'consult.summary': 'Outcome',

  'stakeholders.category': 'Category',
  'stakeholders.organizations': 'Organizations',
  'stakeholders.description': 'How they took part',

  'annex.link': 'Link',

  'contact.email': 'Email',
  'contact.phone': 'Telephone',

  'note.officialTitlesInEnglish':
    'The official titles of the objectives and guiding principles and the text of the guiding questions are shown in English: no official translation into this language is included in gcm-review.',
  'note.languageFallback': 'Text available in {lang} only.',

  // ---- issue 9 §3–5: national plan, scope and priorities, pledges, Progress Declaration
  'plan.title': 'National implementation plan',
  'plan.adopted': 'Adopted',
  'plan.link': 'Full text',
  'plan.dimensions': 'Dimensions',
  'plan.measures': 'Measures and the objectives they serve',
  'plan.measure': 'Measure',
  'plan.dimension': 'Dimension',
  'plan.objectives': 'Objectives',
  'plan.measuresOf': 'Plan measures:',
  'scope.selected': 'This review reports on a selection of objectives.',
  'scope.all': 'This review reports on all 23 objectives.',
  'scope.reason': 'Why these objectives',
  'objective.notReportedLine': 'Not reported',
  'objective.notPriorityLine': 'Not among this review’s priorities',
  'priority.label': 'Priority {rank}',
  'priority.orderNote':
    'Objectives ranked as priorities come first, in order of priority; the others follow by number.',
  'pledges.title': 'Pledges',
  'pledges.intro': 'Pledges made for the International Migration Review Forum and how far they have come.',
  'pledge.kind.individual': 'Individual pledge',
  'pledge.kind.joint': 'Joint pledge',
  'pledge.status': 'Status',
  'pledge.status.announced': 'Announced',
  'pledge.status.in_progress': 'In progress',
  'pledge.status.fulfilled': 'Fulfilled',
  'pledge.status.discontinued': 'Discontinued',
  'pledge.partners': 'Partners',
  'pledge.nature': 'Nature',
  'pledge.objectives': 'Objectives',
  'pledge.gcr': 'Also pledged under the Global Compact on Refugees',
  'pledge.progress': 'Progress',
  'pledge.link': 'More information',
  'pledge.contact': 'Contact',
  'progressDeclaration.title': 'Progress Declaration follow-up',
  'progressDeclaration.intro':
    'Follow-up of the Progress Declaration of the first International Migration Review Forum (General Assembly resolution 76/266), paragraph by paragraph.',
  'progressDeclaration.paragraph': 'Paragraph {n}',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
