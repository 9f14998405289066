// Los textos del asistente (init, edit), en español (nuestra traducción; los títulos oficiales
// vienen de src/reference).
import type { WizardKey } from './en.js';

export const es: Readonly<Record<WizardKey, string>> = {
  // ---- general -----------------------------------------------------------------------------------
  required: 'Aquí se necesita una respuesta.',
  notset: 'sin indicar',
  written: 'redactado',
  back: '← Volver',
  'back.main': '← Volver al menú principal',
  'back.objectives': '← Volver a la lista de objetivos',
  line: 'línea',
  more: '… y {n} más',
  objective: 'Objetivo',
  'lang.en': 'Inglés',
  'lang.fr': 'Francés',
  'lang.es': 'Español',
  'lang.ar': 'Árabe',
  'partial.saved': 'Se ha guardado la respuesta sin terminar que estaba escribiendo.',
  'shape.skip':
    'Esta respuesta ({where}) está escrita en el archivo de una forma que el asistente no puede editar: se deja tal cual. Modifíquela en un editor de texto si es necesario.',
  'shape.error':
    'Una parte del archivo ({where}) no tiene la forma esperada, así que esta respuesta no pudo guardarse allí. El resto del archivo no ha cambiado. Corrija esa parte en un editor de texto (gcm-review validate indica dónde) y vuelva a intentarlo.',
  'external.changed':
    'Otro programa ha modificado el archivo: el asistente trabaja ahora sobre esa nueva versión (no se sobrescribe nada).',

  // ---- command line ------------------------------------------------------------------------------
  'tty.needed':
    '«gcm-review {cmd}» hace sus preguntas de forma interactiva, por lo que necesita un terminal, y esto no lo es (la entrada o la salida es una tubería, un script o un trabajo de CI).',
  'tty.hint':
    'Ejecútelo en una ventana de terminal. Sin el asistente, escriba directamente el archivo del examen: parta de un archivo de examples/, consulte todos los campos con «gcm-review schema», edítelo en cualquier editor de texto y compruébelo con «gcm-review validate ARCHIVO».',
  'uilang.invalid': 'Idioma de interfaz desconocido «{lang}»: use en, fr o es.',
  'init.exists': '{file} ya existe: init lo reemplazaría.',
  'init.exists.hint':
    'Para continuar ese examen: gcm-review edit {file}   (para empezar de cero y sobrescribirlo: gcm-review init --force {file})',
  'edit.notfound': '{file} no existe.',
  'edit.notfound.hint': 'Compruebe el nombre y la carpeta, o empiece un nuevo examen con: gcm-review init {file}',
  'edit.unreadable': 'No se puede leer {file}: {reason}',
  'edit.syntax':
    '{file}:{line}:{col}: este archivo no es YAML válido ({reason}), así que el asistente no puede abrirlo. No se ha modificado.',
  'edit.syntax.hint':
    'Corrija esa línea en un editor de texto (suelen ser dos puntos que faltan, una comilla sin cerrar o una sangría incorrecta); «gcm-review validate {file}» explica el problema.',
  'edit.notreview':
    '{file} es YAML pero no un examen: su nivel superior deben ser secciones con nombre (format_version, metadata, objectives…). No se ha modificado.',
  'cancel.saved': 'Guardado en {file}. Para continuar: gcm-review edit {file}',
  'cancel.nothing': 'Detenido antes de la primera respuesta: no se guardó nada.',
  'save.failed':
    'No se pudo guardar {file}: {reason}. Su última respuesta no se guardó; todo lo respondido antes está en el archivo.',
  'save.failed.hint':
    'Compruebe que el disco no esté lleno y que puede escribir en esa carpeta, y continúe con: gcm-review edit {file}',
  'file.q': 'Archivo donde guardar el examen',
  'file.exists': '{file} ya existe: elija otro nombre (o ábralo con gcm-review edit {file}).',

  // ---- terminal prompts --------------------------------------------------------------------------
  'keys.navigate': 'moverse',
  'keys.space': 'espacio',
  'keys.choose': 'elegir',
  'keys.tick': 'marcar / desmarcar',
  'keys.all': 'todo',
  'keys.invert': 'invertir',
  'keys.submit': 'confirmar',
  'keys.type': 'escriba para buscar',
  yes: 'sí',
  no: 'no',
  'confirm.error': 'Responda {yes} o {no}.',
  'input.clear': '(Intro para mantener, - para borrar)',
  'search.none': 'Ningún resultado: escriba menos letras.',
  'ml.howto':
    'Escriba o pegue su respuesta. Intro empieza una nueva línea; cada línea se conserva como un párrafo (empiece las líneas con - o 1. para una lista). Para terminar, escriba un punto (.) solo en una línea y pulse Intro, o pulse Ctrl-D. Para omitir la pregunta, escriba . directamente.',
  'ml.current': 'Respuesta actual:',
  'ml.keep':
    'Escriba . (un punto) e Intro para mantenerla, - (un guion) para borrarla, o escriba una nueva respuesta para reemplazarla (termínela con un punto solo en una línea).',
  'ml.kept': 'mantenida',
  'ml.cleared': 'borrada',
  'ml.skipped': 'omitida',
  'ml.words': '{n} palabras',
  'editor.waiting': 'Pulse {key} para escribir la respuesta en su editor; guarde y cierre el editor para volver.',

  // ---- init --------------------------------------------------------------------------------------
  'init.title': 'Nuevo examen del PMM',
  'init.intro':
    'Responda pregunta por pregunta. Cada respuesta se guarda al instante en {file}. Deje una respuesta vacía para omitirla: un borrador puede estar incompleto. Deténgase cuando quiera con Ctrl-C y continúe más tarde con: gcm-review edit {file}',
  'init.long.editor': 'Las respuestas largas se abren en su editor de texto.',
  'init.long.terminal':
    'Las respuestas largas se escriben o pegan aquí, línea por línea: cada línea terminada con Intro se conserva como un párrafo, y un punto (.) solo en una línea termina la respuesta. (Para escribirlas en un editor de texto, defina la variable EDITOR, por ejemplo EDITOR=nano.)',
  part: 'Parte {i} de {n}: {name}',
  'part.about': 'Acerca del examen',
  'part.people': 'Preparación del examen',
  'part.objectives': 'Los objetivos',
  'part.sections': 'Otras partes del informe',
  'sections.intro': 'Estas partes enmarcan el informe. Déjelas vacías para redactarlas más tarde con gcm-review edit.',
  'objective.progress': 'Objetivo {num} ({i} de {n} elegidos): {title}',

  // ---- metadata ----------------------------------------------------------------------------------
  'type.q': '¿Quién presenta este examen?',
  'type.member_state.help':
    'Un gobierno que informa sobre la aplicación nacional. Las preguntas hablan de planes nacionales.',
  'type.stakeholder.help':
    'Una organización (sociedad civil, sindicato, academia, sector privado…) que informa sobre lo que observa.',
  'type.iscm.help':
    'Un mecanismo consultivo interestatal o proceso regional (p. ej. el Proceso de Rabat). Las preguntas hablan de planes regionales.',
  'type.regional_organization.help':
    'Una organización regional (p. ej. una comunidad económica regional). Las preguntas hablan de planes regionales.',

  // ---- country search and fictional countries (issue 12 snag 1) ----
  'country.q': 'País (escriba parte de su nombre; para un país ficticio o de prueba, un código de QMA–QZZ o XAA–XZZ)',
  'country.fictional.code': '{code} · país ficticio o de prueba (le dará un nombre a continuación)',
  'country.fictional.help':
    'Los exámenes ficticios o de prueba usan los códigos QMA–QZZ o XAA–XZZ, que ningún país real tiene, con el nombre que usted elija.',
  'country.none': 'Ningún país o zona de las Naciones Unidas se llama «{term}»: usarlo como país ficticio o de prueba',
  'country.other': 'No está en esta lista: usar «{term}» como país ficticio o de prueba',
  'country.fictional.code.q': 'Código de este país ficticio (QMA–QZZ o XAA–XZZ)',
  'country.fictional.code.bad': 'Use tres mayúsculas de QMA a QZZ o de XAA a XZZ, p. ej. QMA.',
  'country.fictional.name.q': 'Nombre de este país ficticio, tal como lo muestran los informes',
  'region.unverified': '* Este nombre aún no se ha verificado con el texto oficial.',

  // ---- end of country search block ----
  'iscm.q': '¿Qué mecanismo o proceso?',
  'iscm.other': 'Otro (escriba su nombre)',
  'iscm.name.q': 'Nombre del mecanismo o proceso',
  'org.name.q': 'Nombre de su organización',
  'regorg.name.q': 'Nombre de la organización regional',
  'category.q': '¿Qué tipo de parte interesada es?',
  'cycle.q': '¿Para qué examen?',
  'cycle.projected': '(fechas previstas)',
  'region.q': 'Región (comisión regional de las Naciones Unidas)',
  'region.none': 'Ninguna / no procede',
  'languages.q': 'Idiomas en que se redacta el examen',
  'languages.none': 'Marque al menos un idioma (barra espaciadora).',
  'languages.main.q': 'Idioma principal',
  'focal.intro': 'El punto focal: la persona de contacto para este examen.',
  'focal.name': 'Punto focal: nombre completo',
  'focal.title': 'Punto focal: cargo',
  'focal.organization': 'Punto focal: ministerio u organización',
  'focal.email': 'Punto focal: correo electrónico',
  'email.invalid': 'Esto no parece una dirección de correo electrónico (nombre@ejemplo.org).',
  'date.q': 'Fecha de esta versión (AAAA-MM-DD)',
  'date.invalid': 'Escriba la fecha como AAAA-MM-DD, p. ej. 2025-03-31.',
  'status.q': 'Estado del examen',
  'status.draft': 'Borrador (el informe lleva la mención BORRADOR)',
  'status.final': 'Final (listo para presentar)',
  'm.type': 'Presentado por',
  'm.country': 'País',
  'm.name': 'Nombre',
  'm.category': 'Categoría de parte interesada',
  'm.cycle': 'Ciclo de examen',
  'm.region': 'Región',
  'm.languages': 'Idiomas',
  'm.focal': 'Punto focal',
  'm.date': 'Fecha',
  'm.status': 'Estado',
  'm.process': 'Metodología y proceso',
  'm.stakeholders': 'Partes interesadas consultadas',
  'm.consultations': 'Consultas celebradas',

  // ---- preparation -------------------------------------------------------------------------------
  'process.guidance':
    '¿Cómo se preparó el examen? ¿Quién lo dirigió, qué ministerios y organismos participaron, cómo se recopilaron y validaron las contribuciones?',
  'process.q': 'Cómo se preparó el examen',
  'stakeholders.q': '¿Qué grupos se consultaron? (enfoque pansocial)',
  'stakeholders.remove':
    '«{name}» contiene una lista de organizaciones. ¿Quitarlo de las partes interesadas consultadas?',
  'organizations.q': '{category}: organizaciones consultadas, separadas por ; (opcional)',
  'consultations.intro':
    'Indique cada consulta, taller o convocatoria de contribuciones escritas realizada para el examen.',
  'consultations.q': 'Consultas celebradas',
  'consultations.add': '+ Añadir una consulta',
  'consultation.title': 'Título de la consulta',
  'consultation.date': 'Fecha (AAAA-MM-DD, opcional)',
  'consultation.format': 'Formato',
  'consultation.participants': 'Número de participantes (opcional)',
  'participants.invalid': 'Escriba un número entero, p. ej. 45.',
  'consultation.stakeholders': 'Grupos participantes',

  // ---- lists -------------------------------------------------------------------------------------
  'list.count': '{n} por ahora',
  'list.done': 'Listo: continuar',
  'list.none': 'Ninguno: continuar',
  'list.item': 'Entrada {n}',
  'list.change': 'Modificarla',
  'list.remove': 'Eliminarla',
  'list.remove.confirm': '¿Eliminar la entrada {n}?',
  'list.first.hint': '(vacío: no añadir nada)',

  // ---- objectives --------------------------------------------------------------------------------
  'objectives.guidance':
    'Elija los objetivos sobre los que informa este examen (las mesas redondas del FEMI los agrupan por tema). Podrá añadir o quitar objetivos más tarde.',
  'objectives.q': 'Objetivos sobre los que se informa',
  roundtable: 'Mesa redonda {n} del FEMI',
  'roundtable.all': 'Seleccionar toda la mesa redonda {n}',
  'objectives.chosen': '{n} objetivos elegidos: {list}',
  'objectives.none': 'Todavía no se ha elegido ningún objetivo: podrá elegirlos más tarde con gcm-review edit.',
  'objectives.remove': 'El objetivo {n} ({title}) tiene respuestas. ¿Quitarlo y borrar sus respuestas del archivo?',
  'question.of': 'Pregunta ({letter}), {i} de {n}',
  'a.status': 'Estado de la aplicación: su respuesta',
  'stats.q': 'Estadísticas para este objetivo',
  'stats.add': '+ Añadir una fila de estadísticas',
  'stats.indicator': 'Indicador (qué se mide)',
  'stats.value': 'Valor (un número, o un texto como 12–15)',
  'stats.unit': 'Unidad (p. ej. personas, %, millones USD; opcional)',
  'stats.year': 'Año o período (p. ej. 2024; opcional)',
  'stats.source': 'Fuente (opcional)',
  'stats.disaggregation': 'Desglose (p. ej. por sexo y edad; opcional)',
  'principles.q': 'Principios rectores aplicados en este trabajo',
  'b.narrative': 'Cómo se integraron: su respuesta',
  'c.gaps': 'Principales lagunas y desafíos: su respuesta',
  'practices.q': 'Prácticas prometedoras',
  'practices.add': '+ Añadir una práctica prometedora',
  'practice.title': 'Título breve de la práctica',
  'practice.description': 'Qué se hizo',
  'practice.partners': 'Socios, separados por ; (opcional)',
  'practice.results': 'Resultados y lecciones aprendidas',
  'practice.link': 'Enlace web con más información (opcional)',
  'url.invalid': 'Escriba una dirección web completa que empiece por https:// (o déjela vacía).',
  'e.areas': 'Ámbitos en los que se necesita apoyo',
  'e.remove': 'La necesidad «{area}» tiene una descripción. ¿Eliminarla?',
  'e.other.label': 'Nombre del otro ámbito',
  'e.description': '{area}: qué apoyo se necesita y para qué',
  'e.priority': '{area}: prioridad',

  // ---- other parts -------------------------------------------------------------------------------
  's.key_messages': 'Mensajes clave',
  's.key_messages.guidance':
    'Los principales mensajes del examen, en unos párrafos o una lista: qué funcionó, qué sigue siendo difícil, qué apoyo se necesita.',
  's.national_context': 'Contexto nacional',
  's.national_context.guidance':
    'La situación migratoria y el marco de políticas: principales flujos, instituciones, leyes y planes.',
  's.next_steps': 'Próximos pasos',
  's.next_steps.guidance': 'Lo que sigue: medidas previstas, seguimiento y próximo examen.',
  's.principles': 'Principios rectores',
  's.principles.guidance':
    'Para cada uno de los diez principios rectores que desee tratar, cómo lo aplican el examen y las políticas que describe.',
  's.principles.q': '¿Qué principio rector?',
  's.principle_needs': 'Necesidades de apoyo para los principios rectores',
  's.principle_needs.guidance':
    'La pregunta (e) abarca también los principios rectores: el apoyo necesario para aplicar un principio, más que un objetivo. Elija un principio y luego los ámbitos en los que se necesita apoyo.',
  's.principle_needs.q': '¿Apoyo necesario para qué principio rector?',
  'principle_needs.count': '{n} necesidad(es) de apoyo',
  'principle_needs.none': 'ninguna',
  's.annexes': 'Anexos',
  's.annexes.guidance':
    'Documentos de apoyo enumerados al final del informe: estadísticas, listas de participantes, leyes. Dé a cada uno un título y, si lo desea, una breve descripción y un enlace web.',
  'annexes.add': '+ Añadir un anexo',
  'annex.title': 'Título del anexo',
  'annex.description': 'Qué contiene el anexo (opcional)',
  'annex.link': 'Enlace web donde leer el documento (opcional)',
  'annexes.count': '{n} indicado(s)',
  'principles.count': '{n} de {total} redactados',

  // ---- issue 9 §3–5: scope and priorities, national plan, pledges, Progress Declaration ----------
  'scope.menu': 'Alcance del examen',
  'scope.all': 'los 23 objetivos',
  'scope.selected': 'una selección de objetivos',
  'scope.guidance':
    '¿El examen abarca los 23 objetivos o solo una selección? En un examen selectivo, solo los objetivos elegidos cuentan para saber si está completo, y el informe indica que los demás no figuran entre sus prioridades.',
  'scope.q': '¿Qué abarca el examen?',
  'scope.choice.selected': 'Una selección de objetivos (examen selectivo)',
  'scope.choice.all': 'Los 23 objetivos',
  'scope.unset': 'Sin indicar (eliminar)',
  'scope.reason.q': 'Por qué estos objetivos (opcional)',
  'priorities.menu': 'Prioridades entre los objetivos',
  'priorities.count': '{n} clasificado(s)',
  'priorities.guidance':
    'Clasifique los objetivos que este examen pone en primer lugar: 1 es el más alto. «gcm-review render --order priority» muestra primero los objetivos clasificados.',
  'priorities.none': 'Elija primero los objetivos que examina (menú principal).',
  'priorities.q': '¿Prioridad de qué objetivo?',
  'priorities.rank': 'puesto {rank}',
  'priorities.unranked': 'sin clasificar',
  'priority.rank.q': 'Puesto (1 es el más alto; vacío: no es una prioridad)',
  'priority.rank.invalid': 'Escriba un número entero, 1 o más.',
  'priority.reason.q': 'Por qué es una prioridad (opcional)',
  'plan.menu': 'Plan nacional de aplicación',
  'plan.guidance':
    'El plan nacional de aplicación del Pacto: su título, fecha de aprobación, ejes y medidas. Cada medida indica los objetivos a los que sirve; el asistente cita entonces la medida en las respuestas de esos objetivos.',
  'plan.title.q': 'Título del plan',
  'plan.adopted.q': 'Fecha de aprobación, AAAA-MM-DD (opcional)',
  'plan.link.q': 'Enlace web al plan (opcional)',
  'plan.dimensions': 'Ejes del plan',
  'plan.dimensions.add': '+ Añadir un eje',
  'plan.dimension.id': 'Identificador corto del eje, p. ej. D1',
  'plan.dimension.title': 'Nombre del eje',
  'plan.measures': 'Medidas del plan',
  'plan.measures.add': '+ Añadir una medida',
  'plan.measure.id': 'Identificador corto de la medida, p. ej. M2.3',
  'plan.measure.title': 'Nombre de la medida',
  'plan.measure.dimension': 'Eje de la medida',
  'plan.measure.objectives': 'Objetivos a los que contribuye la medida',
  'plan.id.invalid': 'Un identificador no tiene espacios, p. ej. M2.3.',
  'plan.cited': 'El objetivo {n} cita ahora la medida {id}.',
  'pledges.menu': 'Compromisos',
  'pledges.guidance':
    'Compromisos asumidos para el Foro de Examen de la Migración Internacional, y su avance. Puede añadirse una persona de contacto en un editor de texto (contact: name, organization, email, phone); se omite en los informes públicos.',
  'pledges.add': '+ Añadir un compromiso',
  'pledges.count': '{n} indicado(s)',
  'pledge.title.q': 'Título del compromiso',
  'pledge.kind.q': '¿Compromiso individual o conjunto?',
  'pledge.kind.individual': 'Individual',
  'pledge.kind.joint': 'Conjunto (con asociados)',
  'pledge.status.q': 'Estado del compromiso',
  'pledge.status.announced': 'Anunciado',
  'pledge.status.in_progress': 'En curso',
  'pledge.status.fulfilled': 'Cumplido',
  'pledge.status.discontinued': 'Abandonado',
  'pledge.objectives.q': 'Objetivos a los que sirve el compromiso',
  'pledge.partners': 'Asociados en el compromiso',
  'pledge.partners.add': '+ Añadir un asociado',
  'pledge.partner.name': 'Nombre del asociado',
  'pledge.partner.country': 'País del asociado, código ISO como MEX (opcional)',
  'pledge.country.invalid': 'Tres letras mayúsculas, p. ej. MEX.',
  'pledge.gcr.q': '¿Asumido también en el marco del Pacto Mundial sobre los Refugiados?',
  'pledge.nature.q': 'Naturaleza del compromiso, p. ej. política, programa, financiero (opcional)',
  'pledge.progress.q': 'Avance hasta la fecha',
  'pledge.link.q': 'Enlace web al compromiso (opcional)',
  'pd.menu': 'Seguimiento de la Declaración sobre los Progresos',
  'pd.guidance':
    'Seguimiento de la Declaración sobre los Progresos de 2022 (resolución 76/266 de la Asamblea General): para cada párrafo examinado, lo que se ha hecho.',
  'pd.add': '+ Añadir un párrafo',
  'pd.paragraph.q': 'Número de párrafo de la Declaración sobre los Progresos',
  'pd.paragraph.invalid': 'Escriba el número de párrafo, p. ej. 70.',
  'pd.narrative.q': 'Lo que se ha hecho al respecto',
  'pd.item': 'Párrafo {n}',
  'ready.scopeAll': 'Objetivos {list}: sin examinar, aunque el examen abarca los 23 objetivos (alcance del examen)',
  'finish.warnings': '{n} punto(s) que revisar (el archivo es válido):',
  'pd.count': '{n} párrafo(s)',

  // ---- edit --------------------------------------------------------------------------------------
  'edit.title': 'Examen del PMM: {name} ({file})',
  'edit.intro': 'Elija en qué trabajar. Cada respuesta se guarda al instante; deténgase cuando quiera con Ctrl-C.',
  'edit.problems': 'El archivo tiene {n} problema(s). Se abre de todos modos:',
  'edit.problems.hint':
    'Las respuestas pueden corregirse aquí; los demás problemas requieren un editor de texto (gcm-review validate los vuelve a mostrar).',
  'edit.bye': 'Todo está guardado en {file}.',
  'menu.q': '¿En qué quiere trabajar?',
  'menu.meta': 'Acerca del examen (autor, ciclo, idiomas, punto focal, estado)',
  'menu.people': 'Preparación del examen (proceso, partes interesadas, consultas)',
  'menu.choose': 'Elegir los objetivos ({n} elegidos)',
  'menu.objectives': '── Objetivos ──',
  'menu.sections':
    'Otras partes del informe (mensajes clave, contexto nacional, alcance y prioridades, plan nacional, principios rectores, próximos pasos, compromisos, anexos)',
  'menu.finish': 'Comprobar el examen y generar el informe',
  'menu.quit': 'Salir (todo ya está guardado)',
  'progress.answered': 'las {n} preguntas respondidas',
  'progress.partial': '{k} de {n} preguntas respondidas',
  'progress.empty': 'sin empezar',
  'q.answered': 'respondida',
  'q.unanswered': 'sin respuesta',
  'q.all': 'Las cinco preguntas, en orden',

  // ---- finish ------------------------------------------------------------------------------------
  'finish.title': 'Comprobación del examen',
  'finish.invalid': '{file} tiene {n} problema(s) que corregir antes de poder generar un informe:',
  'finish.invalid.hint':
    'Sus respuestas están guardadas. Corrija los problemas con gcm-review edit {file} o en un editor de texto y compruebe de nuevo con gcm-review validate {file}.',
  'finish.valid': '{file} es un archivo de examen válido.',
  'finish.counts': 'Objetivos con respuestas: {n}{list}. Necesidades de apoyo indicadas: {needs}.',
  'finish.ready':
    'No falta nada. Cuando esté aprobado, cambie su estado a final (gcm-review edit → Acerca del examen).',
  'finish.todo': 'Pendiente ({n}):',
  'finish.resume': 'Para continuar: gcm-review edit {file}',
  'ready.section': '{name}: todavía sin redactar',
  'ready.noobjective': 'Ningún objetivo tiene respuesta todavía',
  'ready.objective.empty': 'Objetivo {name}: elegido, pero sin ninguna pregunta respondida',
  'ready.objective.missing': 'Objetivo {name}: preguntas {list} sin respuesta',
  'render.q': '¿Generar el informe ahora?',
  'render.later': 'Podrá generarlo más tarde con: gcm-review render {file}',
  'render.failed':
    'No se pudo generar el informe (código de salida {code}, véase arriba). El examen en sí está guardado; vuelva a intentarlo con: gcm-review render {file}',

  // ---- parts of a review added by issue 9 (UN system submitter, review profile, crises, review process, report parts)
  'type.un_system.help':
    'Una comisión regional, la Red de las Naciones Unidas sobre la Migración o un equipo de las Naciones Unidas en el país. Las preguntas se formulan para el sistema de las Naciones Unidas (redacción propia de gcm-review, no oficial).',
  'unsys.name.q': 'Nombre de la entidad o red de las Naciones Unidas',
  // about the review
  'p.review_number': 'Número del examen',
  'p.review_number.q': '¿Qué examen suyo es este? (1 para el primero, 2 para el segundo…)',
  'p.review_number.invalid': 'Indique un número entero a partir de 1.',
  'p.previous': 'Examen anterior',
  'p.previous.cycle': 'Examen anterior: ¿para qué ciclo de examen?',
  'p.previous.title': 'Examen anterior: título',
  'p.previous.link': 'Examen anterior: enlace web donde leerlo',
  'p.authors': 'Autores',
  'p.authors.add': 'Añadir un autor',
  'p.author.name': 'Nombre del autor',
  'p.author.role': 'Función (p. ej. consultor principal)',
  'p.author.organization': 'Organización',
  // how the review was prepared
  'p.lead_agency': 'Institución principal',
  'p.lead_agency.q': '¿Qué ministerio u organismo dirigió la preparación del examen?',
  'p.support': 'Apoyo al examen',
  'p.support.add': 'Añadir una organización que ayudó',
  'p.support.organization': 'Organización que ayudó (p. ej. Red de las Naciones Unidas sobre la Migración, OIM)',
  'p.support.role': 'Cómo ayudó',
  'p.details': 'Detalles de las consultas (tipo, lugar, órganos, resultados)',
  'p.details.none': 'Todavía no hay consultas: añádalas primero en «Consultas celebradas».',
  'p.details.q': '¿Qué consulta?',
  'p.kind': 'Tipo de consulta',
  'p.organiser': 'Organizada por',
  'p.place': 'Lugar (p. ej. una ciudad)',
  'p.bodies': 'Órganos participantes, separados por ; (p. ej. Consejo Nacional de Migrantes)',
  'p.outcomes': 'Resultados: qué cambió o recomendó la consulta',
  'p.other_groups': 'Otros grupos consultados (fuera de las doce categorías)',
  'p.other_groups.add': 'Añadir un grupo',
  'p.other_groups.label': 'Nombre del grupo (p. ej. organizaciones de empleadores, grupos juveniles)',
  'p.other_groups.organizations': 'Organizaciones consultadas, separadas por ;',
  // other parts of the report
  'p.executive_summary': 'Resumen ejecutivo',
  'p.executive_summary.guidance':
    'Un resumen de todo el examen para lectores con prisa, impreso antes de los mensajes clave. Opcional.',
  'p.profile': 'Perfil del examen (respuestas breves)',
  'p.profile.guidance':
    'Respuestas breves que una secretaría puede contar, presentadas en una tabla en la página «Panorama general». Cada una puede llevar un comentario.',
  'p.profile.count': '{n} respondidas',
  'p.profile.comment': 'Comentario (opcional)',
  'p.profile.custom': 'Otras preguntas',
  'p.profile.custom.add': 'Añadir una pregunta',
  'p.profile.custom.question': 'La pregunta',
  'p.profile.answer': 'Respuesta',
  'p.answer.yes': 'Sí',
  'p.answer.no': 'No',
  'p.answer.partially': 'En parte',
  'p.answer.not_applicable': 'No procede',
  'p.answer.unknown': 'Se desconoce',
  'p.q.has_national_implementation_plan': '¿Existe un plan nacional de aplicación del Pacto Mundial?',
  'p.q.linked_to_2030_agenda':
    '¿Está vinculada la aplicación del Pacto a la Agenda 2030 para el Desarrollo Sostenible?',
  'p.q.has_coordination_mechanism': '¿Existe un mecanismo nacional de coordinación sobre migración?',
  'p.q.un_network_in_country': '¿Existe una red de las Naciones Unidas sobre la migración en el país?',
  'p.policy_framework': 'Marco normativo y entorno propicio',
  'p.policy_framework.guidance':
    'Leyes, políticas, estrategias e instituciones que enmarcan la gobernanza migratoria y la aplicación del Pacto. Opcional.',
  'p.crises': 'Efectos de las crisis',
  'p.crises.guidance':
    'Cómo las crisis (pandemia, conflicto, desastre) afectaron a la migración y a la aplicación del Pacto. Una entrada por crisis. Opcional.',
  'p.crises.add': 'Añadir una crisis',
  'p.crisis.name': 'Nombre de la crisis (p. ej. pandemia de COVID-19)',
  'p.crisis.narrative': 'Sus efectos y la respuesta',
  'p.means_of_implementation': 'Medios de aplicación',
  'p.means_of_implementation.guidance':
    'Cómo se financia la aplicación: presupuestos, Fondo Fiduciario de Asociados Múltiples para la Migración, cooperación. Opcional.',
  'p.disclaimer': 'Descargo de responsabilidad',
  'p.disclaimer.guidance':
    'Se imprime al final del informe, p. ej. «Las opiniones expresadas son las de los autores». Opcional.',
  'p.ready.profile': 'Perfil del examen: respuesta todavía «se desconoce»: {list}',
  'p.ready.crisis': 'Efectos de las crisis: «{name}» todavía no tiene texto',
  'p.category.other': 'Otra (ninguna de estas): indíquela',
  'p.category.label': '¿Qué tipo de organización? (p. ej. organización de empleadores, grupo juvenil)',

  // ---- issue 12 (cycles): changing a long answer, objective order, readiness wording ---------------
  'long.action': '{message}: ¿qué quiere hacer con la respuesta actual?',
  'long.keep': 'Mantenerla tal cual',
  'long.append': 'Completarla (lo que escriba se añade al final)',
  'long.editor': 'Modificarla en el editor de texto ({editor}), a partir del texto actual',
  'long.replace': 'Reemplazarla (escribir una nueva respuesta)',
  'long.clear': 'Borrarla',
  'long.append.q': '{message} (añadido tras la respuesta actual)',
  'objectives.order.q': '¿Cómo listar los objetivos?',
  'objectives.order.number': 'Por número, del 1 al 23',
  'objectives.order.roundtable': 'Agrupados por mesa redonda del FEMI',
  'ready.section.principles':
    'Principios rectores, la parte separada del informe sobre los diez principios (no la pregunta (b) de los objetivos): todavía sin redactar. Está en gcm-review edit → Otras partes del informe → Principios rectores',
  'ready.objective.missing.one': 'Objetivo {name}: pregunta {list} sin respuesta',

  // ---- issue 12 §1 (cycles): answers carried over from the previous review -------------------------
  'carried.from': 'Esta respuesta viene del examen anterior:',
  'carried.q': '¿Sigue siendo correcta para este examen?',
  'carried.keep': 'Mantenerla tal cual (sigue siendo correcta)',
  'carried.update': 'Actualizarla',
  'carried.menu': 'Respuestas retomadas del examen anterior: {n} por confirmar o actualizar',
  'carried.menu.q': '¿Qué respuesta retomada quiere revisar?',
  'carried.badge': '{n} por actualizar',
  'carried.other': 'El asistente no pregunta por esta parte: revísela en el archivo ({key}) y confírmela aquí.',
  'ready.to_update': 'Retomado del examen anterior, todavía sin confirmar ni actualizar: {list}',
  'from.done':
    '{file} creado a partir de {old}: examen número {number}, para {cycle}, estado borrador, con fecha {date}.',
  'from.marked':
    '{n} respuestas retomadas quedan marcadas «por actualizar» hasta que confirme o cambie cada una (gcm-review validate las lista).',
  'from.left': 'No retomado (pertenece al examen anterior): {list}.',
  'from.samecycle':
    'El examen anterior corresponde al último ciclo conocido ({cycle}): se mantiene el ciclo. Cámbielo con --cycle o en el asistente.',
  'from.next': 'Revise las respuestas con: gcm-review edit {file}',

  // ---- editor support (the schema copy beside the review) ----------------------------------------
  'editor.schema.written':
    'Para los editores: {schema} (el esquema de los archivos de examen) está ahora junto al examen; VS Code con la extensión YAML, y otros editores, comprueban el archivo y muestran las preguntas del anexo I (en inglés, con el texto original en francés) mientras escribe.',
  'editor.modeline.updated':
    'Para los editores: la primera línea del archivo apunta ahora a {schema}, una copia del esquema junto a él (la dirección web indicada todavía no sirve el esquema, así que los editores no podían comprobar el archivo).',
  'editor.schema.failed':
    'Para los editores: no se pudo escribir el esquema junto al examen ({reason}). Su examen está guardado. Para escribirlo usted mismo: gcm-review schema --out {path}',
};
