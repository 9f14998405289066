// Cadenas fijas del informe, en español (nuestra traducción; la terminología sigue las versiones
// oficiales en español del Pacto Mundial cuando existen).
import type { Messages } from './en.js';

export const es: Messages = {
  'lang.name': 'español',

  'gcm.name': 'Pacto Mundial para la Migración Segura, Ordenada y Regular',
  'gcm.short': 'Pacto Mundial sobre Migración',
  'gcm.resolution': 'Resolución 73/195 de la Asamblea General',

  'title.national': 'Examen nacional voluntario',
  'title.stakeholder': 'Contribución de una parte interesada al examen',
  'title.regional': 'Contribución al examen regional',
  'title.subtitle': 'de la aplicación del Pacto Mundial para la Migración Segura, Ordenada y Regular',

  'cover.submitter': 'Presentado por',
  'cover.submitterType': 'Autor',
  'cover.category': 'Categoría de parte interesada',
  'cover.cycle': 'Ciclo de examen',
  'cover.region': 'Región',
  'cover.date': 'Fecha',
  'cover.status': 'Estado',
  'cover.version': 'Versión',
  'cover.focalPoint': 'Punto focal',
  'cover.languages': 'Idiomas',
  'cover.generator': 'Preparado con gcm-review {version}',

  'status.draft': 'Borrador',
  'status.final': 'Versión final',
  'watermark.draft': 'BORRADOR',
  'header.draft': 'Borrador: no distribuir',
  'footer.page': 'Página {page} de {pages}',

  'toc.title': 'Índice',
  'toc.page': 'Página',

  'overview.title': 'Panorama general',
  'overview.coverage': 'Objetivos sobre los que se informa, por mesa redonda',
  'overview.coverageSummary':
    'Se informa sobre {reported} de los 23 objetivos; {complete} responden a las cinco preguntas orientativas.',
  'overview.questionsAnswered': '{n} de 5 preguntas orientativas respondidas',
  'overview.notReported': 'Sin información',
  'overview.legendComplete': 'Las cinco preguntas respondidas',
  'overview.legendPartial': 'Algunas preguntas respondidas',
  'overview.legendNone': 'Sin información',
  'overview.supportChart': 'Necesidades de apoyo por ámbito y prioridad',
  'overview.supportChartNote':
    'Número de necesidades de apoyo declaradas en la pregunta (e), para los objetivos y los principios rectores.',
  'overview.supportMatrix': 'Necesidades de apoyo por objetivo y ámbito',
  'overview.supportNone': 'Este examen no señala necesidades de apoyo.',
  'overview.objective': 'Objetivo',
  'overview.principlesRow': 'Principios rectores',
  'overview.total': 'Total',
  'overview.needs': '{n} necesidades',

  'roundtable.title': 'Mesa redonda {n}',
  'roundtable.objectives': 'Objetivos {list}',
  'roundtable.note':
    'Los objetivos se agrupan como en las cuatro mesas redondas del primer Foro de Examen de la Migración Internacional (2022).',

  'section.keyMessages': 'Mensajes clave',
  'section.nationalContext': 'Contexto nacional',
  'section.context': 'Contexto',
  'section.methodology': 'Metodología y proceso',
  'section.process': 'Preparación del examen',
  'section.consultations': 'Consultas realizadas',
  'section.stakeholders': 'Partes interesadas consultadas',
  'section.guidingQuestions': 'Las preguntas orientativas',
  'section.guidingQuestionsIntro':
    'Para cada objetivo, el examen responde a las cinco preguntas orientativas del anexo I, formuladas aquí para {who}:',
  'section.principles': 'Principios rectores',
  'section.principlesIntro':
    'Cómo el examen y las políticas que describe aplican los principios rectores transversales del Pacto Mundial.',
  'section.objectives': 'Aplicación de los objetivos',
  'section.principleSupport': 'Apoyo necesario para aplicar los principios rectores',
  'section.nextSteps': 'Próximos pasos',
  'section.annexes': 'Anexos',
  'section.notReported': 'Objetivos no abordados en este examen',
  'section.notReportedIntro': 'Este examen no informa sobre los objetivos siguientes:',

  'who.national': 'un examen nacional',
  'who.stakeholder': 'la contribución de una parte interesada',
  'who.regional': 'un proceso u organización regional',

  'objective.label': 'Objetivo {n}',
  'objective.notAnswered': 'Sin respuesta.',
  'objective.nextSteps': 'Próximos pasos',
  'objective.principlesApplied': 'Principios rectores aplicados:',
  'objective.draftMissing': 'Pendiente de redactar: {list}.',

  'stats.caption': 'Estadísticas',
  'stats.indicator': 'Indicador',
  'stats.value': 'Valor',
  'stats.year': 'Año',
  'stats.source': 'Fuente',
  'stats.disaggregation': 'Desglose',

  'practice.label': 'Práctica prometedora',
  'practice.partners': 'Asociados',
  'practice.results': 'Resultados y lecciones aprendidas',
  'practice.link': 'Más información',

  'support.area': 'Ámbito',
  'support.priority': 'Prioridad',
  'support.description': 'Apoyo necesario',
  'support.principle': 'Principio rector',
  'support.priorityValue': 'Prioridad: {priority}',

  'consult.title': 'Consulta',
  'consult.date': 'Fecha',
  'consult.format': 'Formato',
  'consult.participants': 'Participantes',
  'consult.stakeholders': 'Partes interesadas participantes',
  'consult.summary': 'Resultados',

  'stakeholders.category': 'Categoría',
  'stakeholders.organizations': 'Organizaciones',
  'stakeholders.description': 'Forma de participación',

  'annex.link': 'Enlace',

  'contact.email': 'Correo electrónico',
  'contact.phone': 'Teléfono',

  'note.officialTitlesInEnglish':
    'Los títulos oficiales de los objetivos y de los principios rectores y el texto de las preguntas orientativas se muestran en inglés: gcm-review no incluye una traducción oficial a este idioma.',
  'note.languageFallback': 'Texto disponible solo en {lang}.',

  // ---- issue 9 §3–5
  'plan.title': 'Plan nacional de aplicación',
  'plan.adopted': 'Aprobado el',
  'plan.link': 'Texto completo',
  'plan.dimensions': 'Ejes',
  'plan.measures': 'Medidas y objetivos a los que contribuyen',
  'plan.measure': 'Medida',
  'plan.dimension': 'Eje',
  'plan.objectives': 'Objetivos',
  'plan.measuresOf': 'Medidas del plan:',
  'scope.selected': 'Este examen abarca una selección de objetivos.',
  'scope.all': 'Este examen abarca los 23 objetivos.',
  'scope.reason': 'Por qué estos objetivos',
  'objective.notReportedLine': 'No examinado',
  'objective.notPriorityLine': 'No figura entre las prioridades de este examen',
  'priority.label': 'Prioridad {rank}',
  'priority.orderNote':
    'Los objetivos clasificados como prioritarios van primero, por orden de prioridad; los demás siguen por número.',
  'pledges.title': 'Compromisos',
  'pledges.intro': 'Compromisos asumidos para el Foro de Examen de la Migración Internacional y su grado de avance.',
  'pledge.kind.individual': 'Compromiso individual',
  'pledge.kind.joint': 'Compromiso conjunto',
  'pledge.status': 'Estado',
  'pledge.status.announced': 'Anunciado',
  'pledge.status.in_progress': 'En curso',
  'pledge.status.fulfilled': 'Cumplido',
  'pledge.status.discontinued': 'Abandonado',
  'pledge.partners': 'Asociados',
  'pledge.nature': 'Naturaleza',
  'pledge.objectives': 'Objetivos',
  'pledge.gcr': 'Asumido también en el marco del Pacto Mundial sobre los Refugiados',
  'pledge.progress': 'Avance',
  'pledge.link': 'Más información',
  'pledge.contact': 'Contacto',
  'progressDeclaration.title': 'Seguimiento de la Declaración sobre los Progresos',
  'progressDeclaration.intro':
    'Seguimiento de la Declaración sobre los Progresos del primer Foro de Examen de la Migración Internacional (resolución 76/266 de la Asamblea General), párrafo por párrafo.',
  'progressDeclaration.paragraph': 'Párrafo {n}',
};
