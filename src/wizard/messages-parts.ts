// Wizard strings for the parts of a review added by issue 9: the UN system submitter, the review
// profile, crisis impact, the review process (lead agency, support, consultation details, review
// number, previous review, authors) and the optional report parts. Same rules as messages.ts:
// every key in English, French and Spanish with the same placeholders.
export const REVIEW_PARTS_MESSAGES = {
  'type.un_system.help': {
    en: 'A regional commission, the UN Network on Migration or a UN country team. The questions are worded for the UN system (gcm-review’s own wording, not an official text).',
    fr: 'Une commission régionale, le Réseau des Nations Unies sur les migrations ou une équipe de pays des Nations Unies. Les questions sont formulées pour le système des Nations Unies (formulation propre à gcm-review, non officielle).',
    es: 'Una comisión regional, la Red de las Naciones Unidas sobre la Migración o un equipo de las Naciones Unidas en el país. Las preguntas se formulan para el sistema de las Naciones Unidas (redacción propia de gcm-review, no oficial).',
  },
  'unsys.name.q': {
    en: 'Name of the UN entity or network',
    fr: 'Nom de l’entité ou du réseau des Nations Unies',
    es: 'Nombre de la entidad o red de las Naciones Unidas',
  },
  // about the review
  'p.review_number': { en: 'Review number', fr: 'Numéro de l’examen', es: 'Número del examen' },
  'p.review_number.q': {
    en: 'Which review of yours is this? (1 for the first, 2 for the second…)',
    fr: 'Le combientième examen est-ce ? (1 pour le premier, 2 pour le deuxième…)',
    es: '¿Qué examen suyo es este? (1 para el primero, 2 para el segundo…)',
  },
  'p.review_number.invalid': {
    en: 'Give a whole number from 1 up.',
    fr: 'Indiquez un nombre entier à partir de 1.',
    es: 'Indique un número entero a partir de 1.',
  },
  'p.previous': { en: 'Previous review', fr: 'Examen précédent', es: 'Examen anterior' },
  'p.previous.cycle': {
    en: 'Previous review: for which review cycle?',
    fr: 'Examen précédent : pour quel cycle d’examen ?',
    es: 'Examen anterior: ¿para qué ciclo de examen?',
  },
  'p.previous.title': { en: 'Previous review: title', fr: 'Examen précédent : titre', es: 'Examen anterior: título' },
  'p.previous.link': {
    en: 'Previous review: web link where it can be read',
    fr: 'Examen précédent : lien web où le lire',
    es: 'Examen anterior: enlace web donde leerlo',
  },
  'p.authors': { en: 'Authors', fr: 'Auteurs', es: 'Autores' },
  'p.authors.add': { en: 'Add an author', fr: 'Ajouter un auteur', es: 'Añadir un autor' },
  'p.author.name': { en: 'Name of the author', fr: 'Nom de l’auteur', es: 'Nombre del autor' },
  'p.author.role': {
    en: 'Role (e.g. Lead consultant)',
    fr: 'Rôle (par ex. consultant principal)',
    es: 'Función (p. ej. consultor principal)',
  },
  'p.author.organization': { en: 'Organization', fr: 'Organisation', es: 'Organización' },
  // how the review was prepared
  'p.lead_agency': { en: 'Lead agency', fr: 'Institution chef de file', es: 'Institución principal' },
  'p.lead_agency.q': {
    en: 'Which ministry or body led the preparation of the review?',
    fr: 'Quel ministère ou organisme a dirigé la préparation de l’examen ?',
    es: '¿Qué ministerio u organismo dirigió la preparación del examen?',
  },
  'p.support': { en: 'Support for the review', fr: 'Appui à l’examen', es: 'Apoyo al examen' },
  'p.support.add': {
    en: 'Add an organization that helped',
    fr: 'Ajouter une organisation qui a aidé',
    es: 'Añadir una organización que ayudó',
  },
  'p.support.organization': {
    en: 'Organization that helped (e.g. UN Network on Migration, IOM)',
    fr: 'Organisation qui a aidé (par ex. Réseau des Nations Unies sur les migrations, OIM)',
    es: 'Organización que ayudó (p. ej. Red de las Naciones Unidas sobre la Migración, OIM)',
  },
  'p.support.role': { en: 'How it helped', fr: 'Comment elle a aidé', es: 'Cómo ayudó' },
  'p.details': {
    en: 'Details of the consultations (kind, place, bodies, outcomes)',
    fr: 'Détails des consultations (type, lieu, organes, résultats)',
    es: 'Detalles de las consultas (tipo, lugar, órganos, resultados)',
  },
  'p.details.none': {
    en: 'No consultation is listed yet: add them under "Consultations held" first.',
    fr: 'Aucune consultation n’est encore indiquée : ajoutez-les d’abord sous « Consultations tenues ».',
    es: 'Todavía no hay consultas: añádalas primero en «Consultas celebradas».',
  },
  'p.details.q': {
    en: 'Which consultation?',
    fr: 'Quelle consultation ?',
    es: '¿Qué consulta?',
  },
  'p.kind': { en: 'Kind of consultation', fr: 'Type de consultation', es: 'Tipo de consulta' },
  'p.organiser': { en: 'Organised by', fr: 'Organisée par', es: 'Organizada por' },
  'p.place': { en: 'Place (e.g. a city)', fr: 'Lieu (par ex. une ville)', es: 'Lugar (p. ej. una ciudad)' },
  'p.bodies': {
    en: 'Named bodies taking part, separated by ; (e.g. National Migrant Council)',
    fr: 'Organes participants, séparés par ; (par ex. Conseil national des migrants)',
    es: 'Órganos participantes, separados por ; (p. ej. Consejo Nacional de Migrantes)',
  },
  'p.outcomes': {
    en: 'Outcomes: what the consultation changed or recommended',
    fr: 'Résultats : ce que la consultation a changé ou recommandé',
    es: 'Resultados: qué cambió o recomendó la consulta',
  },
  'p.other_groups': {
    en: 'Other groups consulted (none of the twelve categories)',
    fr: 'Autres groupes consultés (hors des douze catégories)',
    es: 'Otros grupos consultados (fuera de las doce categorías)',
  },
  'p.other_groups.add': { en: 'Add a group', fr: 'Ajouter un groupe', es: 'Añadir un grupo' },
  'p.other_groups.label': {
    en: 'Name of the group (e.g. Employers’ organizations, Youth-led groups)',
    fr: 'Nom du groupe (par ex. organisations d’employeurs, groupes de jeunes)',
    es: 'Nombre del grupo (p. ej. organizaciones de empleadores, grupos juveniles)',
  },
  'p.other_groups.organizations': {
    en: 'Organizations consulted, separated by ;',
    fr: 'Organisations consultées, séparées par ;',
    es: 'Organizaciones consultadas, separadas por ;',
  },
  // other parts of the report
  'p.executive_summary': { en: 'Executive summary', fr: 'Résumé analytique', es: 'Resumen ejecutivo' },
  'p.executive_summary.guidance': {
    en: 'A summary of the whole review for readers in a hurry, printed before the key messages. Optional.',
    fr: 'Un résumé de tout l’examen pour les lecteurs pressés, imprimé avant les messages clés. Facultatif.',
    es: 'Un resumen de todo el examen para lectores con prisa, impreso antes de los mensajes clave. Opcional.',
  },
  'p.profile': {
    en: 'Review profile (short answers)',
    fr: 'Profil de l’examen (réponses courtes)',
    es: 'Perfil del examen (respuestas breves)',
  },
  'p.profile.guidance': {
    en: 'Short answers a secretariat can count, shown as a table on the "At a glance" page. Each may have a comment.',
    fr: 'Des réponses courtes qu’un secrétariat peut compter, présentées en tableau à la page « Vue d’ensemble ». Chacune peut avoir un commentaire.',
    es: 'Respuestas breves que una secretaría puede contar, presentadas en una tabla en la página «Panorama general». Cada una puede llevar un comentario.',
  },
  'p.profile.count': { en: '{n} answered', fr: '{n} avec réponse', es: '{n} respondidas' },
  'p.profile.comment': { en: 'Comment (optional)', fr: 'Commentaire (facultatif)', es: 'Comentario (opcional)' },
  'p.profile.custom': { en: 'Other questions', fr: 'Autres questions', es: 'Otras preguntas' },
  'p.profile.custom.add': { en: 'Add a question', fr: 'Ajouter une question', es: 'Añadir una pregunta' },
  'p.profile.custom.question': { en: 'The question', fr: 'La question', es: 'La pregunta' },
  'p.profile.answer': { en: 'Answer', fr: 'Réponse', es: 'Respuesta' },
  'p.answer.yes': { en: 'Yes', fr: 'Oui', es: 'Sí' },
  'p.answer.no': { en: 'No', fr: 'Non', es: 'No' },
  'p.answer.partially': { en: 'Partially', fr: 'En partie', es: 'En parte' },
  'p.answer.not_applicable': { en: 'Not applicable', fr: 'Sans objet', es: 'No procede' },
  'p.answer.unknown': { en: 'Not known', fr: 'Inconnu', es: 'Se desconoce' },
  'p.q.has_national_implementation_plan': {
    en: 'Is there a national GCM implementation plan?',
    fr: 'Existe-t-il un plan national de mise en œuvre du Pacte mondial ?',
    es: '¿Existe un plan nacional de aplicación del Pacto Mundial?',
  },
  'p.q.linked_to_2030_agenda': {
    en: 'Is GCM implementation linked to the 2030 Agenda for Sustainable Development?',
    fr: 'La mise en œuvre du Pacte est-elle liée au Programme de développement durable à l’horizon 2030 ?',
    es: '¿Está vinculada la aplicación del Pacto a la Agenda 2030 para el Desarrollo Sostenible?',
  },
  'p.q.has_coordination_mechanism': {
    en: 'Is there a national coordination mechanism on migration?',
    fr: 'Existe-t-il un mécanisme national de coordination sur les migrations ?',
    es: '¿Existe un mecanismo nacional de coordinación sobre migración?',
  },
  'p.q.un_network_in_country': {
    en: 'Is there a United Nations Network on Migration in the country?',
    fr: 'Existe-t-il un réseau des Nations Unies sur les migrations dans le pays ?',
    es: '¿Existe una red de las Naciones Unidas sobre la migración en el país?',
  },
  'p.policy_framework': {
    en: 'Policy and enabling environment',
    fr: 'Cadre politique et environnement favorable',
    es: 'Marco normativo y entorno propicio',
  },
  'p.policy_framework.guidance': {
    en: 'Laws, policies, strategies and institutions that frame migration governance and GCM implementation. Optional.',
    fr: 'Lois, politiques, stratégies et institutions qui encadrent la gouvernance des migrations et la mise en œuvre du Pacte. Facultatif.',
    es: 'Leyes, políticas, estrategias e instituciones que enmarcan la gobernanza migratoria y la aplicación del Pacto. Opcional.',
  },
  'p.crises': { en: 'Impact of crises', fr: 'Incidence des crises', es: 'Efectos de las crisis' },
  'p.crises.guidance': {
    en: 'How crises (a pandemic, a conflict, a disaster) affected migration and GCM implementation. One entry per crisis. Optional.',
    fr: 'Comment des crises (pandémie, conflit, catastrophe) ont touché les migrations et la mise en œuvre du Pacte. Une entrée par crise. Facultatif.',
    es: 'Cómo las crisis (pandemia, conflicto, desastre) afectaron a la migración y a la aplicación del Pacto. Una entrada por crisis. Opcional.',
  },
  'p.crises.add': { en: 'Add a crisis', fr: 'Ajouter une crise', es: 'Añadir una crisis' },
  'p.crisis.name': {
    en: 'Name of the crisis (e.g. COVID-19 pandemic)',
    fr: 'Nom de la crise (par ex. pandémie de COVID-19)',
    es: 'Nombre de la crisis (p. ej. pandemia de COVID-19)',
  },
  'p.crisis.narrative': {
    en: 'Its impact and the response',
    fr: 'Son incidence et la réponse',
    es: 'Sus efectos y la respuesta',
  },
  'p.means_of_implementation': {
    en: 'Means of implementation',
    fr: 'Moyens de mise en œuvre',
    es: 'Medios de aplicación',
  },
  'p.means_of_implementation.guidance': {
    en: 'How implementation is financed and resourced: budgets, the Migration Multi-Partner Trust Fund, cooperation. Optional.',
    fr: 'Comment la mise en œuvre est financée : budgets, Fonds d’affectation spéciale pluripartenaires pour les migrations, coopération. Facultatif.',
    es: 'Cómo se financia la aplicación: presupuestos, Fondo Fiduciario de Asociados Múltiples para la Migración, cooperación. Opcional.',
  },
  'p.disclaimer': { en: 'Disclaimer', fr: 'Avertissement', es: 'Descargo de responsabilidad' },
  'p.disclaimer.guidance': {
    en: 'Printed at the end of the report, e.g. "The views expressed are those of the authors." Optional.',
    fr: 'Imprimé à la fin du rapport, par ex. « Les opinions exprimées sont celles des auteurs. » Facultatif.',
    es: 'Se imprime al final del informe, p. ej. «Las opiniones expresadas son las de los autores». Opcional.',
  },
  'p.ready.profile': {
    en: 'Review profile: still answered “not known”: {list}',
    fr: 'Profil de l’examen : réponse encore « inconnu » : {list}',
    es: 'Perfil del examen: respuesta todavía «se desconoce»: {list}',
  },
  'p.ready.crisis': {
    en: 'Impact of crises: “{name}” has no text yet',
    fr: 'Incidence des crises : « {name} » n’a pas encore de texte',
    es: 'Efectos de las crisis: «{name}» todavía no tiene texto',
  },
  'p.category.other': {
    en: 'Other (none of these): give your own',
    fr: 'Autre (aucune de celles-ci) : à préciser',
    es: 'Otra (ninguna de estas): indíquela',
  },
  'p.category.label': {
    en: 'What kind of organization? (e.g. Employers’ organization, Youth-led group)',
    fr: 'Quel type d’organisation ? (par ex. organisation d’employeurs, groupe de jeunes)',
    es: '¿Qué tipo de organización? (p. ej. organización de empleadores, grupo juvenil)',
  },
} as const;
