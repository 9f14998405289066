// Chaînes fixes du rapport, en français (notre traduction ; la terminologie suit les versions
// françaises officielles du Pacte mondial quand elles existent).
import type { Messages } from './en.js';

export const fr: Messages = {
  'lang.name': 'français',

  'gcm.name': 'Pacte mondial pour des migrations sûres, ordonnées et régulières',
  'gcm.short': 'Pacte mondial sur les migrations',
  'gcm.resolution': 'Résolution 73/195 de l’Assemblée générale',

  'title.national': 'Examen national volontaire',
  'title.stakeholder': 'Contribution d’une partie prenante à l’examen',
  'title.regional': 'Contribution à l’examen régional',
  'title.subtitle': 'de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières',

  'cover.submitter': 'Présenté par',
  'cover.submitterType': 'Auteur',
  'cover.category': 'Catégorie de partie prenante',
  'cover.cycle': 'Cycle d’examen',
  'cover.region': 'Région',
  'cover.date': 'Date',
  'cover.status': 'Statut',
  'cover.version': 'Version',
  'cover.focalPoint': 'Point focal',
  'cover.languages': 'Langues',
  'cover.generator': 'Préparé avec gcm-review {version}',

  'status.draft': 'Projet',
  'status.final': 'Version définitive',
  'watermark.draft': 'PROJET',
  'header.draft': 'Projet : ne pas diffuser',
  'footer.page': 'Page {page} sur {pages}',

  'toc.title': 'Table des matières',
  'toc.page': 'Page',

  'overview.title': 'Vue d’ensemble',
  'overview.coverage': 'Objectifs couverts, par table ronde',
  'overview.coverageSummary':
    '{reported} objectifs sur 23 couverts ; {complete} répondent aux cinq questions directrices.',
  'overview.questionsAnswered': '{n} questions directrices sur 5 traitées',
  'overview.notReported': 'Non couvert',
  'overview.legendComplete': 'Les cinq questions traitées',
  'overview.legendPartial': 'Certaines questions traitées',
  'overview.legendNone': 'Non couvert',
  'overview.supportChart': 'Besoins de soutien par domaine et par priorité',
  'overview.supportChartNote':
    'Nombre de besoins de soutien déclarés à la question (e), pour les objectifs et les principes directeurs.',
  'overview.supportMatrix': 'Besoins de soutien par objectif et par domaine',
  'overview.supportNone': 'Cet examen ne mentionne aucun besoin de soutien.',
  'overview.objective': 'Objectif',
  'overview.principlesRow': 'Principes directeurs',
  'overview.total': 'Total',
  'overview.needs': '{n} besoins',

  'roundtable.title': 'Table ronde {n}',
  'roundtable.objectives': 'Objectifs {list}',
  'roundtable.note':
    'Les objectifs sont regroupés comme dans les quatre tables rondes du premier Forum d’examen des migrations internationales (2022).',

  'section.keyMessages': 'Messages clés',
  'section.nationalContext': 'Contexte national',
  'section.context': 'Contexte',
  'section.methodology': 'Méthodologie et processus',
  'section.process': 'Préparation de l’examen',
  'section.consultations': 'Consultations tenues',
  'section.stakeholders': 'Parties prenantes consultées',
  'section.guidingQuestions': 'Les questions directrices',
  'section.guidingQuestionsIntro':
    'Pour chaque objectif, l’examen répond aux cinq questions directrices de l’annexe I, formulées ici pour {who} :',
  'section.principles': 'Principes directeurs',
  'section.principlesIntro':
    'Comment l’examen et les politiques qu’il décrit appliquent les principes directeurs transversaux du Pacte mondial.',
  'section.objectives': 'Mise en œuvre des objectifs',
  'section.principleSupport': 'Soutien nécessaire pour appliquer les principes directeurs',
  'section.nextSteps': 'Prochaines étapes',
  'section.annexes': 'Annexes',
  'section.notReported': 'Objectifs non couverts par cet examen',
  'section.notReportedIntro': 'Cet examen ne rend pas compte des objectifs suivants :',

  'who.national': 'un examen national',
  'who.stakeholder': 'la contribution d’une partie prenante',
  'who.regional': 'un processus ou une organisation régionale',

  'objective.label': 'Objectif {n}',
  'objective.notAnswered': 'Pas de réponse.',
  'objective.nextSteps': 'Prochaines étapes',
  'objective.principlesApplied': 'Principes directeurs appliqués :',
  'objective.draftMissing': 'Reste à rédiger : {list}.',

  'stats.caption': 'Statistiques',
  'stats.indicator': 'Indicateur',
  'stats.value': 'Valeur',
  'stats.year': 'Année',
  'stats.source': 'Source',
  'stats.disaggregation': 'Ventilation',

  'practice.label': 'Pratique prometteuse',
  'practice.partners': 'Partenaires',
  'practice.results': 'Résultats et leçons apprises',
  'practice.link': 'Pour en savoir plus',

  'support.area': 'Domaine',
  'support.priority': 'Priorité',
  'support.description': 'Soutien nécessaire',
  'support.principle': 'Principe directeur',
  'support.priorityValue': 'Priorité : {priority}',

  'consult.title': 'Consultation',
  'consult.date': 'Date',
  'consult.format': 'Format',
  'consult.participants': 'Participants',
  'consult.stakeholders': 'Parties prenantes présentes',
  'consult.summary': 'Résultats',

  'stakeholders.category': 'Catégorie',
  'stakeholders.organizations': 'Organisations',
  'stakeholders.description': 'Participation',

  'annex.link': 'Lien',

  'contact.email': 'Courriel',
  'contact.phone': 'Téléphone',

  'note.officialTitlesInEnglish':
    'Les intitulés officiels des objectifs et des principes directeurs et le texte des questions directrices sont donnés en anglais : gcm-review ne contient pas de traduction officielle dans cette langue.',
  'note.languageFallback': 'Texte disponible en {lang} seulement.',

  // ---- issue 9 §3–5
  'plan.title': 'Plan national de mise en œuvre',
  'plan.adopted': 'Adopté le',
  'plan.link': 'Texte intégral',
  'plan.dimensions': 'Axes',
  'plan.measures': 'Mesures et objectifs auxquels elles contribuent',
  'plan.measure': 'Mesure',
  'plan.dimension': 'Axe',
  'plan.objectives': 'Objectifs',
  'plan.measuresOf': 'Mesures du plan :',
  'scope.selected': 'Cet examen porte sur une sélection d’objectifs.',
  'scope.all': 'Cet examen porte sur les 23 objectifs.',
  'scope.reason': 'Pourquoi ces objectifs',
  'objective.notReportedLine': 'Non traité',
  'objective.notPriorityLine': 'Ne figure pas parmi les priorités de cet examen',
  'priority.label': 'Priorité {rank}',
  'priority.orderNote':
    'Les objectifs classés comme prioritaires viennent d’abord, par ordre de priorité ; les autres suivent par numéro.',
  'pledges.title': 'Engagements',
  'pledges.intro':
    'Engagements pris pour le Forum d’examen des migrations internationales et état de leur réalisation.',
  'pledge.kind.individual': 'Engagement individuel',
  'pledge.kind.joint': 'Engagement conjoint',
  'pledge.status': 'État',
  'pledge.status.announced': 'Annoncé',
  'pledge.status.in_progress': 'En cours',
  'pledge.status.fulfilled': 'Réalisé',
  'pledge.status.discontinued': 'Abandonné',
  'pledge.partners': 'Partenaires',
  'pledge.nature': 'Nature',
  'pledge.objectives': 'Objectifs',
  'pledge.gcr': 'Également pris au titre du Pacte mondial sur les réfugiés',
  'pledge.progress': 'Avancement',
  'pledge.link': 'Pour en savoir plus',
  'pledge.contact': 'Contact',
  'progressDeclaration.title': 'Suivi de la Déclaration sur les progrès',
  'progressDeclaration.intro':
    'Suivi de la Déclaration sur les progrès du premier Forum d’examen des migrations internationales (résolution 76/266 de l’Assemblée générale), paragraphe par paragraphe.',
  'progressDeclaration.paragraph': 'Paragraphe {n}',
};
