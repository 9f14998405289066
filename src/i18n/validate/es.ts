// Lo que dice `validate`, en español (nuestra traducción; los títulos oficiales de los objetivos
// y de las preguntas del anexo I vienen de src/reference). Los códigos ([type], [enum]…) no
// cambian con el idioma.
import type { ValidateKey } from './en.js';

export const es: Readonly<Record<ValidateKey, string>> = {
  // ---- dónde está el problema ----------------------------------------------------------------------
  'path.review': 'El examen',
  'path.objective': 'Objetivo {n} ({short})',
  'path.objectiveBare': 'Objetivo {n}',
  'path.question': '{objective}, pregunta ({letter}) {label}',
  'path.nextSteps': '{objective}, próximos pasos',
  'path.planMeasures': '{objective}, medidas del plan',
  'path.priority': '{objective}, prioridad',
  'path.other': '{objective}, «{field}»',
  'path.item': '{item} {n}',
  'item.default': 'elemento',
  'item.consultations': 'consulta',
  'item.stakeholders_consulted': 'parte interesada consultada',
  'item.statistics': 'fila de estadísticas',
  'item.promising_practices': 'práctica',
  'item.support_needs': 'necesidad de apoyo',
  'item.principle_support_needs': 'necesidad de apoyo',
  'item.annexes': 'anexo',
  'item.languages': 'idioma',
  'item.applied': 'principio',
  'item.partners': 'asociado',
  'item.organizations': 'organización',
  'item.stakeholders': 'categoría de partes interesadas',
  'item.custom': 'pregunta',
  'item.crisis_impact': 'crisis',
  'item.support': 'organización',
  'item.participant_bodies': 'organismo',
  'item.authors': 'autor',
  'item.rows': 'fila',
  'item.references': 'referencia',
  'item.sdg_targets': 'meta de los ODS',
  'item.values': 'valor',
  'item.columns': 'columna',
  'item.dimensions': 'dimensión',
  'item.measures': 'medida',
  'item.plan_measures': 'identificador de medida',
  'item.pledges': 'compromiso',
  'item.progress_declaration': 'entrada',

  // ---- qué es un valor -----------------------------------------------------------------------------
  'kind.nothing': 'nada (un valor vacío)',
  'kind.list': 'una lista',
  'kind.group': 'un grupo de campos con nombre',
  'kind.text': 'el texto «{text}»',
  'kind.number': 'el número {n}',
  'kind.notANumber': '{n} (no es un número utilizable)',
  'kind.true': 'true (un valor sí/no)',
  'kind.false': 'false (un valor sí/no)',
  'type.string': 'texto',
  'type.number': 'un número',
  'type.integer': 'un número entero',
  'type.object': 'un grupo de campos con nombre',
  'type.array': 'una lista',
  'type.boolean': 'sí o no',
  'type.null': 'nada',
  'type.or': '{a} o {b}',
  'list.sep': ', ',

  // ---- problemas y sugerencias, por tipo -----------------------------------------------------------
  didYouMean: '¿Quiso decir «{guess}»?',
  'type.expected': '{where}: se esperaba {expected}, se encontró {found}.',
  'type.quote.hint':
    'Ponga el valor entre comillas (por ejemplo version: "1.10") para que se lea como texto, tal como está escrito.',
  required: '{where}: falta «{field}».',
  /** with the schema's (English) title of the field: English only */
  'required.titled': '{where}: falta «{field}» ({title}).',
  'objective.unnumbered':
    'Objetivos: un objetivo no tiene número; los objetivos del Pacto Mundial están numerados del 1 al 23.',
  'objective.unknown':
    'Objetivos: no existe el objetivo «{key}»; los objetivos del Pacto Mundial están numerados del 1 al 23.',
  'objective.number.hint': 'Escriba solo el número del objetivo: `{n}:`.',
  'objective.example.hint': 'Escriba solo el número del objetivo, por ejemplo `7:`.',
  'objective.range.hint': 'Los objetivos del Pacto Mundial están numerados del 1 al 23.',
  'field.unknown': '{where}: campo desconocido «{field}».',
  'field.nbsp.hint':
    'El nombre contiene espacios de no separación (a menudo pegados desde Word), que YAML no cuenta como sangría ni como espacios: sustitúyalos por espacios normales.',
  'field.merge.hint':
    'Las claves de combinación de YAML (<<) no se admiten en los archivos de examen: escriba los campos completos.',
  'field.allowed.hint': 'Campos admitidos: {list}.',
  enum: '{where}: {found} no es uno de los valores admitidos.',
  'enum.allowed.hint': 'Valores admitidos: {list}.',
  const: '{where}: debe ser {value}, se encontró {found}.',
  'country.pattern': '{where}: {found} no es un código de país ISO 3166-1 alfa-3 (tres letras mayúsculas).',
  'country.example.hint':
    'Use el código ISO de tres letras, por ejemplo MEX para México, PHL para Filipinas (`gcm-review init` lo busca por usted).',
  'language.pattern': '{where}: {found} no es un código de idioma.',
  'language.pattern.hint': 'Use códigos de dos letras; los informes pueden generarse en {list}.',
  'sdg.pattern': '{where}: {found} no es un número de meta o de indicador de los ODS.',
  'sdg.pattern.hint':
    'Escriba el número de una meta, como "10.7" o "10.c", o de un indicador, como "10.7.2" (objetivos 1 a 17).',
  pattern: '{where}: {found} no tiene la forma esperada.',
  'empty.list': '{where}: la lista está vacía; añada al menos {n}.',
  'empty.text': '{where}: el texto está vacío.',
  'empty.map': '{where}: la lista de idiomas está vacía; escriba el texto.',
  'empty.group': '{where}: está vacío.',
  duplicate: '{where}: el elemento {later} repite el elemento {first}.',
  'duplicate.text': '{where}: el elemento {later} repite el elemento {first} («{text}»).',
  'duplicate.hint': 'Elimine el elemento repetido.',
  minimum: '{where}: debe ser {limit} o más, se encontró {found}.',
  maximum: '{where}: debe ser {limit} o menos, se encontró {found}.',
  other: '{where}: {reason}.',
  'other.reason': 'no es válido',
  'narrative.type': '{where}: se esperaba texto, se encontró {found}.',
  'narrative.short.hint':
    'Escriba un texto breve después de los dos puntos, o un texto por idioma, como {en: "...", fr: "..."}.',
  'narrative.list.hint':
    'Para escribir una lista con viñetas, póngala dentro del texto: empiece el valor con | y escriba líneas que comiencen por "- ".',
  'narrative.nothing.hint':
    'Escriba el texto después de los dos puntos (o en las líneas siguientes después de |). Un texto que empieza por # se lee como un comentario: ponga ese texto entre comillas.',
  'narrative.other.hint':
    'Ponga el texto después de los dos puntos; entrecomíllelo si empieza por un carácter especial.',
  'languageMap.key':
    '{where}: «{key}» no es un código de idioma. Un texto en varios idiomas se escribe como una lista del tipo {en: "...", fr: "..."}.',
  'languageMap.key.hint': 'Use códigos de dos letras: en, fr, es, ar.',
  'languageMap.entry': '{where}: el texto en el idioma «{lang}» debe ser texto, se encontró {found}.',
  date: '{where}: {found} no es una fecha escrita como AAAA-MM-DD (por ejemplo 2026-03-15).',
  'date.hint':
    'Escriba año-mes-día, con el mes y el día en dos cifras, por ejemplo 2026-03-15 para el 15 de marzo de 2026; compruebe que el día existe.',
  email: '{where}: {found} no es una dirección de correo electrónico.',
  'email.hint':
    'Una dirección de correo electrónico tiene la forma nombre@ministerio.gob.example, sin espacios ni «mailto:».',
  uri: '{where}: {found} no es una dirección web completa (debe empezar por https:// o http://).',
  'uri.hint': 'Copie la dirección de la barra de direcciones del navegador.',
  'format.other': '{where}: {found} no tiene el formato {format} esperado.',
  notAReview:
    'Este archivo no es un examen del Pacto Mundial: no tiene ninguno de los campos format_version, metadata u objectives. No se muestra su contenido.',
  'notAReview.hint':
    'Compruebe que es el archivo correcto. Un examen empieza por `format_version: 1` y una sección `metadata` (`gcm-review init ARCHIVO` crea uno).',

  // ---- países y comisiones regionales --------------------------------------------------------------
  'country.unknown': '{where}: «{code}» no es un código de país ISO 3166-1 alfa-3.',
  'country.unknown.hint':
    'Use el código ISO de tres letras, por ejemplo MEX para México, PHL para Filipinas. Los exámenes ficticios o de prueba pueden usar los códigos reservados QMA–QZZ o XAA–XZZ.',
  'country.notMember':
    '{where}: «{code}» ({name}) no es un Estado Miembro de las Naciones Unidas, y un examen de un Estado Miembro debe nombrar uno.',
  'country.notMember.hint':
    'Use el código de uno de los 193 Estados Miembros de las Naciones Unidas (`gcm-review init` lo busca por nombre) o, para un examen ficticio o de prueba, un código de QMA–QZZ o XAA–XZZ con `name:`.',
  'country.territory':
    '{where}: «{code}» ({name}) es un territorio, no un Estado Miembro de las Naciones Unidas; los informes lo indican como «{label}».',
  'country.territory.hint':
    'Si este examen procede de un Estado Miembro de las Naciones Unidas, use el código de ese Estado; un territorio también puede presentar una contribución con `type: stakeholder` o `regional_organization`.',
  'region.notMember': '{where}: {name} no es miembro de: {commission}.',
  'region.belongs': '{name} es miembro de: {list}.',
  'region.and': ' y ',
  'region.or': ' o ',
  'region.hint': 'Compruebe `region`: {list} coincidiría con la lista de miembros de la comisión.',
  'region.none.hint': 'Compruebe `region`: indica la comisión regional a cuyo examen contribuye este.',

  // ---- referencias, cuadros estadísticos, plan nacional --------------------------------------------
  'reference.duplicate': '{where}: el identificador «{id}» ya lo usa una referencia anterior.',
  'reference.duplicate.hint':
    'Dé a cada referencia su propio identificador: una cita [@id] debe remitir a una sola referencia.',
  'reference.unknown.cited': '{where}: [@{id}] no remite a ninguna entrada de la lista de referencias.',
  'reference.unknown': '{where}: «{id}» no remite a ninguna entrada de la lista de referencias.',
  'reference.list': 'Las referencias son: {list}.',
  'reference.none.hint':
    'Añádala a una lista de referencias al final del archivo: `references: [{id: ..., text: ..., link: ...}]`.',
  'statistics.tableAndRow':
    '{where}: una entrada es una fila (indicador, valor…) o un cuadro, no ambas cosas; esta tiene un cuadro y {fields}.',
  'statistics.tableAndRow.hint':
    'Ponga la fila en su propia entrada (un nuevo elemento "- indicator: …") o conviértala en una fila del cuadro.',
  'statistics.rowLabel': ' («{label}»)',
  'statistics.values': '{where}: {values} para {columns} ({list}).',
  'statistics.value.one': '1 valor',
  'statistics.value.many': '{n} valores',
  'statistics.column.one': '1 columna',
  'statistics.column.many': '{n} columnas',
  'statistics.values.hint':
    'Indique un valor por columna, en el orden de las columnas; escriba null para una cifra no disponible.',
  'didYouMean.several': '¿Quiso decir «{list}» o «{last}»?',
  quoted: '«{text}»',
  'ids.sep': '», «',
  'plan.dimension.duplicate': '{where}: el identificador de dimensión «{id}» ya lo usa la dimensión {first}.',
  'plan.dimension.duplicate.hint': 'Dé a cada dimensión su propio identificador.',
  'plan.measure.duplicate': '{where}: el identificador de medida «{id}» ya lo usa la medida {first}.',
  'plan.measure.duplicate.hint': 'Dé a cada medida su propio identificador.',
  'plan.dimension.unknown': '{where}: no hay ninguna dimensión «{id}» en el plan nacional de aplicación.',
  'plan.dimensions.list': 'Las dimensiones del plan son: {list}.',
  'plan.dimension.none.hint':
    'Añada la dimensión en national_plan › dimensions (con un identificador y un título) o elimine esta línea.',
  'plan.measure.unknown': '{where}: no hay ninguna medida «{id}» en el plan nacional de aplicación.',
  'plan.none':
    '{where}: «{id}» remite a una medida del plan nacional de aplicación, pero el examen no tiene national_plan.',
  'plan.measures.list': 'Las medidas del plan son: {list}.',
  'plan.none.hint':
    'Describa el plan en national_plan (título, dimensiones, medidas con sus identificadores) o elimine este identificador.',
  'plan.notCited': '{where} («{id}») sirve al objetivo {n}, pero las respuestas del objetivo {n} no la citan.',
  'plan.notCited.hint': 'Añada {id} a objectives › {n} › plan_measures, o quite {n} de los objetivos de esta medida.',
  longLink: '{where}: la dirección web tiene {n} caracteres; los informes la muestran abreviada.',
  'longLink.hint': 'Compruebe la dirección: una dirección web rara vez supera unos cientos de caracteres.',

  // ---- archivos que no se pueden leer --------------------------------------------------------------
  'read.notFound': 'El archivo no existe.',
  'read.notFound.hint': 'Compruebe cómo está escrito el nombre y la carpeta en la que está.',
  'read.unreadable': 'No se puede leer el archivo (permiso denegado).',
  'read.unreadable.hint':
    'Pida al propietario del archivo acceso de lectura, o cópielo en un lugar donde pueda leerlo.',
  'read.isDirectory': 'Esto es una carpeta, no un archivo de examen.',
  'read.isDirectory.hint':
    'Para comprobar todos los exámenes de una carpeta, se buscan en ella los archivos *.gcm.yaml y *.gcm.yml.',
  'read.notAFile': 'Esto no es un archivo normal (es un dispositivo, una tubería o un socket); no se ha leído.',
  'read.notAFile.hint': 'Indique la ruta de un archivo de examen (*.gcm.yaml).',
  'read.io': 'No se pudo leer el archivo: {reason}.',
  'read.tooLarge': 'El archivo ocupa {size}, más de los {max} que puede ocupar un archivo de examen.',
  'read.tooLarge.unknownSize': 'El archivo ocupa más de los {max} que puede ocupar un archivo de examen.',
  'read.tooLarge.hint':
    'Un examen suele ocupar bastante menos de 1 MB: compruebe que es el archivo correcto. El límite puede ampliarse con --max-size.',
  'read.symlinkOutside':
    'Esto es un enlace simbólico a un archivo fuera de la carpeta que se comprueba; no se ha leído.',
  'read.symlinkOutside.hint': 'Indique el archivo real, o añada --follow-symlinks si confía en el destino del enlace.',

  // ---- sintaxis YAML y codificación (src/load) ------------------------------------------------------
  'yaml.empty': 'El archivo está vacío: un examen necesita al menos `format_version: 1` y una sección `metadata`.',
  'yaml.empty.hint': 'Para empezar uno: gcm-review init ARCHIVO',
  'yaml.tooDeep': 'El archivo anida aquí listas o grupos en más de {max} niveles; un examen necesita unos seis.',
  'yaml.tooDeep.hint': 'Revise la sangría y los corchetes [ ] o llaves { } alrededor de esta línea.',
  'yaml.tab': 'Se usa un tabulador para la sangría; YAML solo admite espacios.',
  'yaml.tab.hint':
    'Use espacios para la sangría, no tabuladores (la mayoría de los editores pueden convertir los tabuladores en espacios).',
  'yaml.duplicate': 'La clave «{key}» aparece dos veces en la misma sección.',
  'yaml.duplicate.unnamed': 'La misma clave aparece dos veces en la misma sección.',
  'yaml.duplicate.hint':
    'Conserve una de las dos entradas, o una sus textos: la segunda reemplazaría a la primera sin avisar.',
  'yaml.multipleDocs':
    'El archivo contiene varios documentos YAML (separados por ---); un archivo de examen contiene exactamente uno.',
  'yaml.multipleDocs.hint': 'Ponga cada examen en su propio archivo.',
  'yaml.badIndent': 'La sangría es incorrecta aquí ({detail}).',
  'yaml.badIndent.hint': 'Revise la sangría: los elementos de una misma sección deben empezar en la misma columna.',
  /** {detail}: the YAML parser's own words (English) */
  'yaml.syntax': 'Error de sintaxis YAML (mensaje del analizador, en inglés): {detail}',
  'yaml.generic.hint':
    'Revise la línea indicada y la anterior: las causas habituales son unos dos puntos que faltan, unas comillas sin cerrar o una sangría incorrecta.',
  'yaml.unclosedQuote': 'El texto entre comillas que empieza aquí no está cerrado: falta la comilla de cierre.',
  'yaml.unclosedQuote.hint':
    "Añada la comilla de cierre; dentro de \"…\" escriba \\\" para una comilla, dentro de '…' escriba '' para un apóstrofo.",
  'yaml.missingColon':
    'Esta línea no tiene la forma `clave: valor`: faltan los dos puntos, o una línea de texto no está sangrada bajo su clave.',
  'yaml.missingColon.hint':
    'Un texto de varias líneas va bajo su clave después de |, con sangría, por ejemplo\n  gaps_and_challenges: |\n    Primera línea.\n    Segunda línea.',
  'yaml.colonInValue':
    'Un valor contiene dos puntos seguidos de un espacio («: »), que YAML lee como el comienzo de otra clave.',
  'yaml.colonInValue.hint':
    'Ponga todo el texto entre comillas dobles, o escríbalo en las líneas siguientes después de | (con sangría).',
  'yaml.badStart': 'Un valor no puede empezar por «{ch}» si no está entre comillas.',
  'yaml.badStart.hint': 'Ponga todo el texto entre comillas dobles.',
  'yaml.aliasStart':
    'Un valor empieza por *, que YAML lee como una referencia a otro valor (un alias), por lo que el resto de la línea no se puede leer.',
  'yaml.alias.hint':
    'Para empezar un texto con *énfasis* (o con cualquier *), ponga todo el texto entre comillas dobles o escríbalo en las líneas siguientes después de |.',
  'yaml.afterQuote':
    'El texto continúa después de su comilla de cierre: una comilla dentro de un texto entre comillas lo termina.',
  'yaml.afterQuote.double.hint':
    'Dentro de "…" escriba una comilla como \\" (o ponga el texto entre comillas simples).',
  'yaml.afterQuote.single.hint':
    "Dentro de '…' escriba un apóstrofo como dos apóstrofos '' (o ponga el texto entre comillas dobles).",
  'yaml.longKey':
    'Una línea se lee como una clave de más de 1024 caracteres: probablemente a un texto largo le falta su clave o su sangría.',
  'yaml.nbsp.hint':
    'Esta línea también contiene un espacio de no separación (a menudo pegado desde Word), que YAML no trata como un espacio: reemplácelo por un espacio normal.',
  /** {detail}: the YAML parser's own words (English) */
  'yaml.unreadable': 'El archivo no se pudo leer como YAML (mensaje del analizador, en inglés): {detail}',
  'yaml.tag': 'El valor está marcado con una etiqueta YAML, que los archivos de examen no usan.',
  'yaml.tag.named': 'El valor está marcado con la etiqueta YAML «{tag}», que los archivos de examen no usan.',
  'yaml.tag.hint': 'Quite la etiqueta (la palabra que empieza por ! delante del valor).',
  'yaml.complexKey':
    'Se usa una lista o un grupo de campos como clave; las claves son nombres (o números de objetivo) seguidos de dos puntos.',
  'yaml.complexKey.hint': 'Escriba la clave como una palabra simple, por ejemplo `languages:` o `7:`.',
  'yaml.aliasUnresolved': '«*{name}» se lee como una referencia a un valor marcado &{name}, y no hay ninguno.',
  'yaml.aliasLimit':
    'El archivo usa alias YAML (*nombre) para repetir contenido tantas veces que superaría un tamaño seguro (más de {max} repeticiones).',
  'yaml.aliasLimit.hint': 'Escriba el texto repetido completo, o quite los anclajes (&nombre) y los alias (*nombre).',
  'yaml.window':
    'El archivo supera {mb} MB: solo se leyó hasta la línea {line}, alrededor de su primer error YAML. Corrija los errores indicados y vuelva a comprobarlo para encontrar los siguientes.',
  'encoding.utf16': 'El archivo está guardado como texto UTF-16; los archivos de examen deben estar en UTF-8.',
  'encoding.invalid': 'El archivo no es texto UTF-8 válido (byte 0x{byte} en la línea {line}, columna {column}).',
  'encoding.hint':
    'Guarde el archivo en UTF-8 (en la mayoría de los editores: «Guardar con codificación» → UTF-8). Es necesario para los archivos guardados desde Word o Excel como «ANSI», «Latin-1» o «Unicode».',
  'char.nul': 'un carácter NUL (U+0000)',
  'char.verticalTab': 'un tabulador vertical (U+000B; Word escribe uno para un salto de línea manual)',
  'char.formFeed': 'un salto de página (U+000C; Word escribe uno para un salto de página)',
  'char.escape': 'un carácter de escape (U+001B)',
  'char.delete': 'un carácter de borrado (U+007F)',
  'char.surrogate': 'la mitad de un carácter (un sustituto suelto, U+{code})',
  'char.control': 'un carácter de control invisible (U+{code})',
  'char.forbidden': 'El texto contiene {name}, que YAML no permite.',
  'char.forbidden.hint':
    'Bórrelo (es invisible en la mayoría de los editores: borre el carácter de esta columna y vuelva a escribirlo), o vuelva a escribir el texto en lugar de pegarlo.',
  'char.more': '…y {n} caracteres más del mismo tipo después de este.',

  // ---- preparación (src/model/readiness.ts) ---------------------------------------------------------
  'ready.notReady': 'Todavía no listo: {note}',
  'ready.notWritten': '{section}: sin redactar.',
  'ready.section.key_messages': 'Mensajes clave',
  'ready.section.national_context': 'Contexto nacional',
  'ready.section.methodology': 'Metodología y proceso (consultas y partes interesadas consultadas)',
  'ready.section.guiding_principles': 'Principios rectores',
  'ready.noObjective': 'Todavía no se ha respondido ningún objetivo.',
  'ready.notReported.one': 'Objetivo {list}: no figura, aunque el examen abarca los 23 objetivos (metadata › scope).',
  'ready.notReported.many':
    'Objetivos {list}: no figuran, aunque el examen abarca los 23 objetivos (metadata › scope).',
  'ready.noQuestion': 'Objetivo {n} ({short}): figura en la lista, pero no se ha respondido ninguna pregunta.',
  'ready.question': '({letter}) {label}',
  'ready.missing.one': 'Objetivo {n} ({short}): la pregunta {list} no tiene respuesta.',
  'ready.missing.many': 'Objetivo {n} ({short}): las preguntas {list} no tienen respuesta.',
  'ready.toUpdate': 'Respuestas traídas del examen anterior, todavía sin confirmar ni actualizar ({n}): {list}.',
  'ready.profile': 'Perfil del examen: la respuesta todavía es «unknown» (se desconoce) para {list}.',
  'ready.profile.has_national_implementation_plan': 'plan nacional de aplicación',
  'ready.profile.linked_to_2030_agenda': 'vínculo con la Agenda 2030',
  'ready.profile.has_coordination_mechanism': 'mecanismo de coordinación',
  'ready.profile.un_network_in_country': 'red de las Naciones Unidas en el país',
  'ready.profile.other.one': '1 pregunta más',
  'ready.profile.other.many': '{n} preguntas más',
  'ready.crisis': 'Efectos de las crisis: «{name}» todavía no tiene texto.',
  'ready.crisisN': 'crisis {n}',

  // ---- el informe de texto -------------------------------------------------------------------------
  'report.error': 'error',
  'report.warning': 'advertencia',
  /** after “error” / “warning” (French: a space before the colon) */
  'report.colon': ':',
  'report.hint': 'sugerencia:',
  'report.valid': 'válido',
  'report.validReady': 'válido, listo',

  'report.validDetail': '{file}: válido; {objectives}, {needs}.',
  'report.objectives.one': '1 objetivo respondido',
  'report.objectives.many': '{n} objetivos respondidos',
  'report.needs.one': '1 necesidad de apoyo declarada',
  'report.needs.many': '{n} necesidades de apoyo declaradas',
  'report.files.one': '1 archivo comprobado',
  'report.files.many': '{n} archivos comprobados',
  'report.summary': '{files}: {parts}.',
  'report.nValid': '{n} válido(s)',
  'report.nInvalid': '{n} no válido(s)',
  'report.nUnreadable': '{n} ilegible(s)',
  'report.nNotReady': '{n} todavía no listo(s)',
  'report.more.one': '…y 1 problema más de los mismos tipos ({kinds}).',
  'report.more.many': '…y {n} problemas más de los mismos tipos ({kinds}).',
  'report.more.hint':
    'Corrija primero los problemas anteriores (un solo error suele causar muchos), o muéstrelos todos con --max-problems 0.',
  // ---- el comando ----------------------------------------------------------------------------------
  'cli.noInputs': 'indique los archivos de examen que se deben comprobar.',
  'cli.noInputs.hint':
    'Ejemplo: gcm-review validate mi-examen.gcm.yaml   (o una carpeta, un patrón glob, o - para la entrada estándar)',
  'cli.lang.invalid': '--lang: «{lang}» no es un idioma disponible; use {list}.',
  'cli.maxProblems.invalid': '--max-problems: «{value}» no es un número entero (0 los muestra todos).',
  'cli.maxSize.invalid': '--max-size: «{value}» no es un tamaño (ejemplos: 500kb, 10mb).',
  'cli.internalError': 'error interno: {detail}',
  'cli.internalError.bug':
    'Se trata de un fallo de gcm-review, no de un problema de su archivo. Notifíquelo indicando el comando que ejecutó{debug}.',
  'cli.internalError.debug': ' (defina GCM_REVIEW_DEBUG=1 para ver los detalles)',
  'cli.writeFailed': 'no se pudo escribir el informe en {file}: {reason}',
};
