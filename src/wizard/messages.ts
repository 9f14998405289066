// Every string the wizard shows, in English, French and Spanish. Official GCM wording (objective
// titles, Annex I questions, labels) comes from src/reference; these are the wizard's own words.
// {name} placeholders are filled by translate(). A test checks every key has all three languages
// with the same placeholders.
import type { UiLang } from './lang.js';

type Entry = Readonly<Record<UiLang, string>>;

export const MESSAGES = {
  // ---- general -----------------------------------------------------------------------------------
  required: {
    en: 'An answer is needed here.',
    fr: 'Une réponse est nécessaire ici.',
    es: 'Aquí se necesita una respuesta.',
  },
  notset: { en: 'not set', fr: 'non renseigné', es: 'sin indicar' },
  written: { en: 'written', fr: 'rédigé', es: 'redactado' },
  back: { en: '← Back', fr: '← Retour', es: '← Volver' },
  'back.main': { en: '← Back to the main menu', fr: '← Retour au menu principal', es: '← Volver al menú principal' },
  'back.objectives': {
    en: '← Back to the list of objectives',
    fr: '← Retour à la liste des objectifs',
    es: '← Volver a la lista de objetivos',
  },
  line: { en: 'line', fr: 'ligne', es: 'línea' },
  more: { en: '… and {n} more', fr: '… et {n} de plus', es: '… y {n} más' },
  objective: { en: 'Objective', fr: 'Objectif', es: 'Objetivo' },
  'lang.en': { en: 'English', fr: 'Anglais', es: 'Inglés' },
  'lang.fr': { en: 'French', fr: 'Français', es: 'Francés' },
  'lang.es': { en: 'Spanish', fr: 'Espagnol', es: 'Español' },
  'lang.ar': { en: 'Arabic', fr: 'Arabe', es: 'Árabe' },
  'partial.saved': {
    en: 'The unfinished answer you were typing has been saved.',
    fr: 'La réponse inachevée que vous étiez en train de saisir a été enregistrée.',
    es: 'Se ha guardado la respuesta sin terminar que estaba escribiendo.',
  },
  'shape.skip': {
    en: 'This answer ({where}) is written in the file in a form the wizard cannot edit: it is left as it is. Change it in a text editor if needed.',
    fr: 'Cette réponse ({where}) est écrite dans le fichier sous une forme que l’assistant ne peut pas modifier : elle est laissée telle quelle. Modifiez-la dans un éditeur de texte si nécessaire.',
    es: 'Esta respuesta ({where}) está escrita en el archivo de una forma que el asistente no puede editar: se deja tal cual. Modifíquela en un editor de texto si es necesario.',
  },
  'shape.error': {
    en: 'Part of the file ({where}) does not have the expected form, so this answer could not be saved there. The rest of the file is unchanged. Fix that part in a text editor (gcm-review validate shows where), then try again.',
    fr: 'Une partie du fichier ({where}) n’a pas la forme attendue : cette réponse n’a pas pu y être enregistrée. Le reste du fichier est inchangé. Corrigez cette partie dans un éditeur de texte (gcm-review validate indique où), puis réessayez.',
    es: 'Una parte del archivo ({where}) no tiene la forma esperada, así que esta respuesta no pudo guardarse allí. El resto del archivo no ha cambiado. Corrija esa parte en un editor de texto (gcm-review validate indica dónde) y vuelva a intentarlo.',
  },
  'external.changed': {
    en: 'The file was changed by another program: the wizard now works on that new version (nothing of it is overwritten).',
    fr: 'Le fichier a été modifié par un autre programme : l’assistant travaille désormais sur cette nouvelle version (rien n’en est écrasé).',
    es: 'Otro programa ha modificado el archivo: el asistente trabaja ahora sobre esa nueva versión (no se sobrescribe nada).',
  },

  // ---- command line ------------------------------------------------------------------------------
  'tty.needed': {
    en: '"gcm-review {cmd}" asks its questions interactively, so it needs a terminal, and this is not one (input or output is a pipe, a script or a CI job).',
    fr: '« gcm-review {cmd} » pose ses questions de manière interactive et a donc besoin d’un terminal ; or l’entrée ou la sortie n’en est pas un (tube, script ou tâche d’intégration continue).',
    es: '«gcm-review {cmd}» hace sus preguntas de forma interactiva, por lo que necesita un terminal, y esto no lo es (la entrada o la salida es una tubería, un script o un trabajo de CI).',
  },
  'tty.hint': {
    en: 'Run it in a terminal window. Without the wizard, write the review file directly: start from a file in examples/, see every field with "gcm-review schema", edit it in any text editor, and check it with "gcm-review validate FILE".',
    fr: 'Lancez-le dans une fenêtre de terminal. Sans l’assistant, écrivez directement le fichier de l’examen : partez d’un fichier du dossier examples/, consultez tous les champs avec « gcm-review schema », modifiez-le dans un éditeur de texte et vérifiez-le avec « gcm-review validate FICHIER ».',
    es: 'Ejecútelo en una ventana de terminal. Sin el asistente, escriba directamente el archivo del examen: parta de un archivo de examples/, consulte todos los campos con «gcm-review schema», edítelo en cualquier editor de texto y compruébelo con «gcm-review validate ARCHIVO».',
  },
  'uilang.invalid': {
    en: 'Unknown interface language "{lang}": use en, fr or es.',
    fr: 'Langue d’interface inconnue « {lang} » : utilisez en, fr ou es.',
    es: 'Idioma de interfaz desconocido «{lang}»: use en, fr o es.',
  },
  'init.exists': {
    en: '{file} already exists: init would replace it.',
    fr: '{file} existe déjà : init le remplacerait.',
    es: '{file} ya existe: init lo reemplazaría.',
  },
  'init.exists.hint': {
    en: 'To go on with that review, run: gcm-review edit {file}   (to start again from scratch and overwrite it: gcm-review init --force {file})',
    fr: 'Pour poursuivre cet examen : gcm-review edit {file}   (pour tout recommencer en l’écrasant : gcm-review init --force {file})',
    es: 'Para continuar ese examen: gcm-review edit {file}   (para empezar de cero y sobrescribirlo: gcm-review init --force {file})',
  },
  'edit.notfound': {
    en: '{file} does not exist.',
    fr: '{file} n’existe pas.',
    es: '{file} no existe.',
  },
  'edit.notfound.hint': {
    en: 'Check the name and the folder, or start a new review with: gcm-review init {file}',
    fr: 'Vérifiez le nom et le dossier, ou commencez un nouvel examen avec : gcm-review init {file}',
    es: 'Compruebe el nombre y la carpeta, o empiece un nuevo examen con: gcm-review init {file}',
  },
  'edit.unreadable': {
    en: '{file} cannot be read: {reason}',
    fr: '{file} ne peut pas être lu : {reason}',
    es: 'No se puede leer {file}: {reason}',
  },
  'edit.syntax': {
    en: '{file}:{line}:{col}: this file is not valid YAML ({reason}), so the wizard cannot open it. It has not been changed.',
    fr: '{file}:{line}:{col} : ce fichier n’est pas du YAML valide ({reason}) ; l’assistant ne peut donc pas l’ouvrir. Il n’a pas été modifié.',
    es: '{file}:{line}:{col}: este archivo no es YAML válido ({reason}), así que el asistente no puede abrirlo. No se ha modificado.',
  },
  'edit.syntax.hint': {
    en: 'Fix that line in a text editor (a missing colon, an unclosed quote or a wrong indentation are the usual causes); "gcm-review validate {file}" explains the problem.',
    fr: 'Corrigez cette ligne dans un éditeur de texte (deux-points manquant, guillemet non fermé ou mauvaise indentation sont les causes habituelles) ; « gcm-review validate {file} » explique le problème.',
    es: 'Corrija esa línea en un editor de texto (suelen ser dos puntos que faltan, una comilla sin cerrar o una sangría incorrecta); «gcm-review validate {file}» explica el problema.',
  },
  'edit.notreview': {
    en: '{file} is YAML but not a review: its top level must be named sections (format_version, metadata, objectives…). It has not been changed.',
    fr: '{file} est du YAML mais pas un examen : son niveau supérieur doit être des sections nommées (format_version, metadata, objectives…). Il n’a pas été modifié.',
    es: '{file} es YAML pero no un examen: su nivel superior deben ser secciones con nombre (format_version, metadata, objectives…). No se ha modificado.',
  },
  'cancel.saved': {
    en: 'Saved to {file}. Resume with: gcm-review edit {file}',
    fr: 'Enregistré dans {file}. Pour reprendre : gcm-review edit {file}',
    es: 'Guardado en {file}. Para continuar: gcm-review edit {file}',
  },
  'cancel.nothing': {
    en: 'Stopped before the first answer: nothing was saved.',
    fr: 'Arrêt avant la première réponse : rien n’a été enregistré.',
    es: 'Detenido antes de la primera respuesta: no se guardó nada.',
  },
  'save.failed': {
    en: 'Could not save {file}: {reason}. Your last answer was not saved; everything answered before it is in the file.',
    fr: 'Impossible d’enregistrer {file} : {reason}. Votre dernière réponse n’a pas été enregistrée ; tout ce qui a été répondu avant se trouve dans le fichier.',
    es: 'No se pudo guardar {file}: {reason}. Su última respuesta no se guardó; todo lo respondido antes está en el archivo.',
  },
  'save.failed.hint': {
    en: 'Check that the disk is not full and that you may write in that folder, then resume with: gcm-review edit {file}',
    fr: 'Vérifiez que le disque n’est pas plein et que vous pouvez écrire dans ce dossier, puis reprenez avec : gcm-review edit {file}',
    es: 'Compruebe que el disco no esté lleno y que puede escribir en esa carpeta, y continúe con: gcm-review edit {file}',
  },
  'file.q': {
    en: 'File to save the review in',
    fr: 'Fichier où enregistrer l’examen',
    es: 'Archivo donde guardar el examen',
  },
  'file.exists': {
    en: '{file} already exists: choose another name (or open it with gcm-review edit {file}).',
    fr: '{file} existe déjà : choisissez un autre nom (ou ouvrez-le avec gcm-review edit {file}).',
    es: '{file} ya existe: elija otro nombre (o ábralo con gcm-review edit {file}).',
  },

  // ---- terminal prompts --------------------------------------------------------------------------
  'keys.navigate': { en: 'move', fr: 'se déplacer', es: 'moverse' },
  'keys.space': { en: 'space', fr: 'espace', es: 'espacio' },
  'keys.choose': { en: 'choose', fr: 'choisir', es: 'elegir' },
  'keys.tick': { en: 'tick / untick', fr: 'cocher / décocher', es: 'marcar / desmarcar' },
  'keys.all': { en: 'all', fr: 'tout', es: 'todo' },
  'keys.invert': { en: 'invert', fr: 'inverser', es: 'invertir' },
  'keys.submit': { en: 'confirm', fr: 'valider', es: 'confirmar' },
  'keys.type': { en: 'type to search', fr: 'tapez pour chercher', es: 'escriba para buscar' },
  yes: { en: 'yes', fr: 'oui', es: 'sí' },
  no: { en: 'no', fr: 'non', es: 'no' },
  'confirm.error': { en: 'Answer {yes} or {no}.', fr: 'Répondez {yes} ou {no}.', es: 'Responda {yes} o {no}.' },
  'input.clear': {
    en: '(Enter keeps it, - clears it)',
    fr: '(Entrée pour garder, - pour effacer)',
    es: '(Intro para mantener, - para borrar)',
  },
  'search.none': {
    en: 'Nothing matches: type fewer letters.',
    fr: 'Aucun résultat : tapez moins de lettres.',
    es: 'Ningún resultado: escriba menos letras.',
  },
  'ml.howto': {
    en: 'Type or paste your answer. Enter starts a new line; each line is kept as a paragraph (start lines with - or 1. for a list). To finish, type a full stop (.) alone on a line and press Enter, or press Ctrl-D. To skip the question, type . at once.',
    fr: 'Tapez ou collez votre réponse. Entrée commence une nouvelle ligne ; chaque ligne est gardée comme un paragraphe (commencez les lignes par - ou 1. pour une liste). Pour terminer, tapez un point (.) seul sur une ligne puis Entrée, ou appuyez sur Ctrl-D. Pour passer la question, tapez . tout de suite.',
    es: 'Escriba o pegue su respuesta. Intro empieza una nueva línea; cada línea se conserva como un párrafo (empiece las líneas con - o 1. para una lista). Para terminar, escriba un punto (.) solo en una línea y pulse Intro, o pulse Ctrl-D. Para omitir la pregunta, escriba . directamente.',
  },
  'ml.current': { en: 'Current answer:', fr: 'Réponse actuelle :', es: 'Respuesta actual:' },
  'ml.keep': {
    en: 'Type . (a full stop) and Enter to keep it, - (a dash) to clear it, or type a new answer to replace it (finish it with a full stop alone on a line).',
    fr: 'Tapez . (un point) puis Entrée pour la garder, - (un tiret) pour l’effacer, ou tapez une nouvelle réponse pour la remplacer (terminez-la par un point seul sur une ligne).',
    es: 'Escriba . (un punto) e Intro para mantenerla, - (un guion) para borrarla, o escriba una nueva respuesta para reemplazarla (termínela con un punto solo en una línea).',
  },
  'ml.kept': { en: 'kept', fr: 'gardée', es: 'mantenida' },
  'ml.cleared': { en: 'cleared', fr: 'effacée', es: 'borrada' },
  'ml.skipped': { en: 'skipped', fr: 'passée', es: 'omitida' },
  'ml.words': { en: '{n} words', fr: '{n} mots', es: '{n} palabras' },
  'editor.waiting': {
    en: 'Press {key} to write the answer in your editor; save and close the editor to come back.',
    fr: 'Appuyez sur {key} pour écrire la réponse dans votre éditeur ; enregistrez et fermez l’éditeur pour revenir.',
    es: 'Pulse {key} para escribir la respuesta en su editor; guarde y cierre el editor para volver.',
  },

  // ---- init --------------------------------------------------------------------------------------
  'init.title': {
    en: 'New GCM review',
    fr: 'Nouvel examen du PMM',
    es: 'Nuevo examen del PMM',
  },
  'init.intro': {
    en: 'Answer question by question. Each answer is saved at once in {file}. Leave an answer empty to skip it: a draft may be incomplete. Stop at any time with Ctrl-C and carry on later with: gcm-review edit {file}',
    fr: 'Répondez question par question. Chaque réponse est enregistrée aussitôt dans {file}. Laissez une réponse vide pour la passer : un brouillon peut être incomplet. Arrêtez à tout moment avec Ctrl-C et reprenez plus tard avec : gcm-review edit {file}',
    es: 'Responda pregunta por pregunta. Cada respuesta se guarda al instante en {file}. Deje una respuesta vacía para omitirla: un borrador puede estar incompleto. Deténgase cuando quiera con Ctrl-C y continúe más tarde con: gcm-review edit {file}',
  },
  'init.long.editor': {
    en: 'Long answers open in your text editor.',
    fr: 'Les réponses longues s’ouvrent dans votre éditeur de texte.',
    es: 'Las respuestas largas se abren en su editor de texto.',
  },
  'init.long.terminal': {
    en: 'Long answers are typed or pasted here, line by line: each line you end with Enter is kept as a paragraph, and a full stop (.) alone on a line finishes the answer. (To write them in a text editor instead, set the EDITOR variable, e.g. EDITOR=nano.)',
    fr: 'Les réponses longues sont tapées ou collées ici, ligne par ligne : chaque ligne terminée par Entrée est gardée comme un paragraphe, et un point (.) seul sur une ligne termine la réponse. (Pour les écrire plutôt dans un éditeur de texte, définissez la variable EDITOR, par exemple EDITOR=nano.)',
    es: 'Las respuestas largas se escriben o pegan aquí, línea por línea: cada línea terminada con Intro se conserva como un párrafo, y un punto (.) solo en una línea termina la respuesta. (Para escribirlas en un editor de texto, defina la variable EDITOR, por ejemplo EDITOR=nano.)',
  },
  part: { en: 'Part {i} of {n}: {name}', fr: 'Partie {i} sur {n} : {name}', es: 'Parte {i} de {n}: {name}' },
  'part.about': { en: 'About the review', fr: 'À propos de l’examen', es: 'Acerca del examen' },
  'part.people': { en: 'How the review was prepared', fr: 'Préparation de l’examen', es: 'Preparación del examen' },
  'part.objectives': { en: 'The objectives', fr: 'Les objectifs', es: 'Los objetivos' },
  'part.sections': { en: 'Other parts of the report', fr: 'Autres parties du rapport', es: 'Otras partes del informe' },
  'sections.intro': {
    en: 'These parts frame the report. Leave them empty to write them later with gcm-review edit.',
    fr: 'Ces parties encadrent le rapport. Laissez-les vides pour les rédiger plus tard avec gcm-review edit.',
    es: 'Estas partes enmarcan el informe. Déjelas vacías para redactarlas más tarde con gcm-review edit.',
  },
  'objective.progress': {
    en: 'Objective {num} ({i} of {n} chosen): {title}',
    fr: 'Objectif {num} ({i} sur {n} choisis) : {title}',
    es: 'Objetivo {num} ({i} de {n} elegidos): {title}',
  },

  // ---- metadata ----------------------------------------------------------------------------------
  'type.q': { en: 'Who submits this review?', fr: 'Qui soumet cet examen ?', es: '¿Quién presenta este examen?' },
  'type.member_state.help': {
    en: 'A government reporting on national implementation. The questions speak of national plans.',
    fr: 'Un gouvernement qui rend compte de la mise en œuvre nationale. Les questions parlent des plans nationaux.',
    es: 'Un gobierno que informa sobre la aplicación nacional. Las preguntas hablan de planes nacionales.',
  },
  'type.stakeholder.help': {
    en: 'An organization (civil society, trade union, academia, private sector…) reporting on what it observes.',
    fr: 'Une organisation (société civile, syndicat, milieu universitaire, secteur privé…) qui rend compte de ce qu’elle observe.',
    es: 'Una organización (sociedad civil, sindicato, academia, sector privado…) que informa sobre lo que observa.',
  },
  'type.iscm.help': {
    en: 'An inter-State consultation mechanism or regional process (e.g. the Rabat Process). The questions speak of regional plans.',
    fr: 'Un mécanisme consultatif interétatique ou processus régional (par ex. le Processus de Rabat). Les questions parlent des plans régionaux.',
    es: 'Un mecanismo consultivo interestatal o proceso regional (p. ej. el Proceso de Rabat). Las preguntas hablan de planes regionales.',
  },
  'type.regional_organization.help': {
    en: 'A regional organization (e.g. a regional economic community). The questions speak of regional plans.',
    fr: 'Une organisation régionale (par ex. une communauté économique régionale). Les questions parlent des plans régionaux.',
    es: 'Una organización regional (p. ej. una comunidad económica regional). Las preguntas hablan de planes regionales.',
  },
  // ---- country search and fictional countries (issue 12 snag 1) ----
  'country.q': {
    en: 'Country (type part of its name; for a fictional or test country, a code from QMA–QZZ or XAA–XZZ)',
    fr: 'Pays (tapez une partie de son nom ; pour un pays fictif ou de test, un code de QMA–QZZ ou XAA–XZZ)',
    es: 'País (escriba parte de su nombre; para un país ficticio o de prueba, un código de QMA–QZZ o XAA–XZZ)',
  },
  'country.fictional.code': {
    en: '{code} · fictional or test country (you name it next)',
    fr: '{code} · pays fictif ou de test (vous le nommez ensuite)',
    es: '{code} · país ficticio o de prueba (le dará un nombre a continuación)',
  },
  'country.fictional.help': {
    en: 'Fictional and test reviews use the codes QMA–QZZ or XAA–XZZ, which no real country has, with a name of your choice.',
    fr: 'Les examens fictifs ou de test utilisent les codes QMA–QZZ ou XAA–XZZ, qu’aucun pays réel ne porte, avec le nom de votre choix.',
    es: 'Los exámenes ficticios o de prueba usan los códigos QMA–QZZ o XAA–XZZ, que ningún país real tiene, con el nombre que usted elija.',
  },
  'country.none': {
    en: 'No UN country or area is called “{term}”: use it as a fictional or test country',
    fr: 'Aucun pays ou zone de l’ONU ne s’appelle « {term} » : l’utiliser comme pays fictif ou de test',
    es: 'Ningún país o zona de las Naciones Unidas se llama «{term}»: usarlo como país ficticio o de prueba',
  },
  'country.other': {
    en: 'Not in this list: use “{term}” as a fictional or test country',
    fr: 'Absent de cette liste : utiliser « {term} » comme pays fictif ou de test',
    es: 'No está en esta lista: usar «{term}» como país ficticio o de prueba',
  },
  'country.fictional.code.q': {
    en: 'Code for this fictional country (QMA–QZZ or XAA–XZZ)',
    fr: 'Code de ce pays fictif (QMA–QZZ ou XAA–XZZ)',
    es: 'Código de este país ficticio (QMA–QZZ o XAA–XZZ)',
  },
  'country.fictional.code.bad': {
    en: 'Use three capital letters from QMA to QZZ or from XAA to XZZ, e.g. QMA.',
    fr: 'Utilisez trois majuscules de QMA à QZZ ou de XAA à XZZ, par ex. QMA.',
    es: 'Use tres mayúsculas de QMA a QZZ o de XAA a XZZ, p. ej. QMA.',
  },
  'country.fictional.name.q': {
    en: 'Name of this fictional country, as reports show it',
    fr: 'Nom de ce pays fictif, tel que les rapports l’affichent',
    es: 'Nombre de este país ficticio, tal como lo muestran los informes',
  },
  'region.unverified': {
    en: '* This name is not yet verified against the official text.',
    fr: '* Ce nom n’est pas encore vérifié par rapport au texte officiel.',
    es: '* Este nombre aún no se ha verificado con el texto oficial.',
  },
  // ---- end of country search block ----
  'iscm.q': { en: 'Which mechanism or process?', fr: 'Quel mécanisme ou processus ?', es: '¿Qué mecanismo o proceso?' },
  'iscm.other': { en: 'Another one (type its name)', fr: 'Un autre (tapez son nom)', es: 'Otro (escriba su nombre)' },
  'iscm.name.q': {
    en: 'Name of the mechanism or process',
    fr: 'Nom du mécanisme ou processus',
    es: 'Nombre del mecanismo o proceso',
  },
  'org.name.q': { en: 'Name of your organization', fr: 'Nom de votre organisation', es: 'Nombre de su organización' },
  'regorg.name.q': {
    en: 'Name of the regional organization',
    fr: 'Nom de l’organisation régionale',
    es: 'Nombre de la organización regional',
  },
  'category.q': {
    en: 'Which kind of stakeholder is it?',
    fr: 'De quel type de partie prenante s’agit-il ?',
    es: '¿Qué tipo de parte interesada es?',
  },
  'cycle.q': { en: 'Which review is this for?', fr: 'Pour quel examen ?', es: '¿Para qué examen?' },
  'cycle.projected': { en: '(dates expected)', fr: '(dates prévues)', es: '(fechas previstas)' },
  'region.q': {
    en: 'Region (UN regional commission)',
    fr: 'Région (commission régionale des Nations Unies)',
    es: 'Región (comisión regional de las Naciones Unidas)',
  },
  'region.none': { en: 'None / not applicable', fr: 'Aucune / sans objet', es: 'Ninguna / no procede' },
  'languages.q': {
    en: 'Languages the review is written in',
    fr: 'Langues de rédaction de l’examen',
    es: 'Idiomas en que se redacta el examen',
  },
  'languages.none': {
    en: 'Tick at least one language (space bar).',
    fr: 'Cochez au moins une langue (barre d’espace).',
    es: 'Marque al menos un idioma (barra espaciadora).',
  },
  'languages.main.q': { en: 'Main language', fr: 'Langue principale', es: 'Idioma principal' },
  'focal.intro': {
    en: 'The focal point: the person to contact about this review.',
    fr: 'Le point focal : la personne à contacter au sujet de cet examen.',
    es: 'El punto focal: la persona de contacto para este examen.',
  },
  'focal.name': { en: 'Focal point: full name', fr: 'Point focal : nom complet', es: 'Punto focal: nombre completo' },
  'focal.title': { en: 'Focal point: job title', fr: 'Point focal : fonction', es: 'Punto focal: cargo' },
  'focal.organization': {
    en: 'Focal point: ministry or organization',
    fr: 'Point focal : ministère ou organisation',
    es: 'Punto focal: ministerio u organización',
  },
  'focal.email': { en: 'Focal point: email', fr: 'Point focal : courriel', es: 'Punto focal: correo electrónico' },
  'email.invalid': {
    en: 'This does not look like an email address (name@example.org).',
    fr: 'Ceci ne ressemble pas à une adresse électronique (nom@exemple.org).',
    es: 'Esto no parece una dirección de correo electrónico (nombre@ejemplo.org).',
  },
  'date.q': {
    en: 'Date of this version (YYYY-MM-DD)',
    fr: 'Date de cette version (AAAA-MM-JJ)',
    es: 'Fecha de esta versión (AAAA-MM-DD)',
  },
  'date.invalid': {
    en: 'Write the date as YYYY-MM-DD, e.g. 2025-03-31.',
    fr: 'Écrivez la date sous la forme AAAA-MM-JJ, par ex. 2025-03-31.',
    es: 'Escriba la fecha como AAAA-MM-DD, p. ej. 2025-03-31.',
  },
  'status.q': { en: 'Status of the review', fr: 'Statut de l’examen', es: 'Estado del examen' },
  'status.draft': {
    en: 'Draft (the report is marked DRAFT)',
    fr: 'Brouillon (le rapport porte la mention PROJET)',
    es: 'Borrador (el informe lleva la mención BORRADOR)',
  },
  'status.final': {
    en: 'Final (ready to submit)',
    fr: 'Final (prêt à être soumis)',
    es: 'Final (listo para presentar)',
  },
  'm.type': { en: 'Submitted by', fr: 'Soumis par', es: 'Presentado por' },
  'm.country': { en: 'Country', fr: 'Pays', es: 'País' },
  'm.name': { en: 'Name', fr: 'Nom', es: 'Nombre' },
  'm.category': { en: 'Stakeholder category', fr: 'Catégorie de partie prenante', es: 'Categoría de parte interesada' },
  'm.cycle': { en: 'Review cycle', fr: 'Cycle d’examen', es: 'Ciclo de examen' },
  'm.region': { en: 'Region', fr: 'Région', es: 'Región' },
  'm.languages': { en: 'Languages', fr: 'Langues', es: 'Idiomas' },
  'm.focal': { en: 'Focal point', fr: 'Point focal', es: 'Punto focal' },
  'm.date': { en: 'Date', fr: 'Date', es: 'Fecha' },
  'm.status': { en: 'Status', fr: 'Statut', es: 'Estado' },
  'm.process': { en: 'Methodology and process', fr: 'Méthodologie et processus', es: 'Metodología y proceso' },
  'm.stakeholders': {
    en: 'Stakeholders consulted',
    fr: 'Parties prenantes consultées',
    es: 'Partes interesadas consultadas',
  },
  'm.consultations': { en: 'Consultations held', fr: 'Consultations tenues', es: 'Consultas celebradas' },

  // ---- preparation -------------------------------------------------------------------------------
  'process.guidance': {
    en: 'How was the review prepared? Who led it, which ministries and agencies took part, how were inputs collected and validated?',
    fr: 'Comment l’examen a-t-il été préparé ? Qui l’a dirigé, quels ministères et organismes y ont participé, comment les contributions ont-elles été recueillies et validées ?',
    es: '¿Cómo se preparó el examen? ¿Quién lo dirigió, qué ministerios y organismos participaron, cómo se recopilaron y validaron las contribuciones?',
  },
  'process.q': {
    en: 'How the review was prepared',
    fr: 'Comment l’examen a été préparé',
    es: 'Cómo se preparó el examen',
  },
  'stakeholders.q': {
    en: 'Which groups were consulted? (whole-of-society approach)',
    fr: 'Quels groupes ont été consultés ? (approche mobilisant l’ensemble de la société)',
    es: '¿Qué grupos se consultaron? (enfoque pansocial)',
  },
  'stakeholders.remove': {
    en: '"{name}" lists organizations. Remove it from the stakeholders consulted?',
    fr: '« {name} » contient une liste d’organisations. Le retirer des parties prenantes consultées ?',
    es: '«{name}» contiene una lista de organizaciones. ¿Quitarlo de las partes interesadas consultadas?',
  },
  'organizations.q': {
    en: '{category}: organizations consulted, separated by ; (optional)',
    fr: '{category} : organisations consultées, séparées par ; (facultatif)',
    es: '{category}: organizaciones consultadas, separadas por ; (opcional)',
  },
  'consultations.intro': {
    en: 'List each consultation, workshop or call for written inputs held for the review.',
    fr: 'Indiquez chaque consultation, atelier ou appel à contributions écrites organisé pour l’examen.',
    es: 'Indique cada consulta, taller o convocatoria de contribuciones escritas realizada para el examen.',
  },
  'consultations.q': { en: 'Consultations held', fr: 'Consultations tenues', es: 'Consultas celebradas' },
  'consultations.add': { en: '+ Add a consultation', fr: '+ Ajouter une consultation', es: '+ Añadir una consulta' },
  'consultation.title': {
    en: 'Title of the consultation',
    fr: 'Intitulé de la consultation',
    es: 'Título de la consulta',
  },
  'consultation.date': {
    en: 'Date (YYYY-MM-DD, optional)',
    fr: 'Date (AAAA-MM-JJ, facultatif)',
    es: 'Fecha (AAAA-MM-DD, opcional)',
  },
  'consultation.format': { en: 'Format', fr: 'Format', es: 'Formato' },
  'consultation.participants': {
    en: 'Number of participants (optional)',
    fr: 'Nombre de participants (facultatif)',
    es: 'Número de participantes (opcional)',
  },
  'participants.invalid': {
    en: 'Write a whole number, e.g. 45.',
    fr: 'Écrivez un nombre entier, par ex. 45.',
    es: 'Escriba un número entero, p. ej. 45.',
  },
  'consultation.stakeholders': { en: 'Groups taking part', fr: 'Groupes participants', es: 'Grupos participantes' },

  // ---- lists -------------------------------------------------------------------------------------
  'list.count': { en: '{n} so far', fr: '{n} pour l’instant', es: '{n} por ahora' },
  'list.done': { en: 'Done: go on', fr: 'Terminé : continuer', es: 'Listo: continuar' },
  'list.none': { en: 'None: go on', fr: 'Aucun : continuer', es: 'Ninguno: continuar' },
  'list.item': { en: 'Entry {n}', fr: 'Entrée {n}', es: 'Entrada {n}' },
  'list.change': { en: 'Change it', fr: 'La modifier', es: 'Modificarla' },
  'list.remove': { en: 'Remove it', fr: 'La supprimer', es: 'Eliminarla' },
  'list.remove.confirm': { en: 'Remove entry {n}?', fr: 'Supprimer l’entrée {n} ?', es: '¿Eliminar la entrada {n}?' },
  'list.first.hint': { en: '(empty: add nothing)', fr: '(vide : ne rien ajouter)', es: '(vacío: no añadir nada)' },

  // ---- objectives --------------------------------------------------------------------------------
  'objectives.guidance': {
    en: 'Choose the objectives this review reports on (the IMRF round tables group them by theme). You can add or remove objectives later.',
    fr: 'Choisissez les objectifs sur lesquels porte cet examen (les tables rondes du FEMI les regroupent par thème). Vous pourrez en ajouter ou en retirer plus tard.',
    es: 'Elija los objetivos sobre los que informa este examen (las mesas redondas del FEMI los agrupan por tema). Podrá añadir o quitar objetivos más tarde.',
  },
  'objectives.q': { en: 'Objectives to report on', fr: 'Objectifs traités', es: 'Objetivos sobre los que se informa' },
  roundtable: { en: 'IMRF round table {n}', fr: 'Table ronde {n} du FEMI', es: 'Mesa redonda {n} del FEMI' },
  'roundtable.all': {
    en: 'Select all of round table {n}',
    fr: 'Tout sélectionner dans la table ronde {n}',
    es: 'Seleccionar toda la mesa redonda {n}',
  },
  'objectives.chosen': {
    en: '{n} objectives chosen: {list}',
    fr: '{n} objectifs choisis : {list}',
    es: '{n} objetivos elegidos: {list}',
  },
  'objectives.none': {
    en: 'No objective chosen yet: you can choose them later with gcm-review edit.',
    fr: 'Aucun objectif choisi pour l’instant : vous pourrez les choisir plus tard avec gcm-review edit.',
    es: 'Todavía no se ha elegido ningún objetivo: podrá elegirlos más tarde con gcm-review edit.',
  },
  'objectives.remove': {
    en: 'Objective {n} ({title}) has answers. Remove it and delete its answers from the file?',
    fr: 'L’objectif {n} ({title}) contient des réponses. Le retirer et supprimer ses réponses du fichier ?',
    es: 'El objetivo {n} ({title}) tiene respuestas. ¿Quitarlo y borrar sus respuestas del archivo?',
  },
  'question.of': {
    en: 'Question ({letter}), {i} of {n}',
    fr: 'Question ({letter}), {i} sur {n}',
    es: 'Pregunta ({letter}), {i} de {n}',
  },
  'a.status': {
    en: 'Status of implementation: your answer',
    fr: 'État de la mise en œuvre : votre réponse',
    es: 'Estado de la aplicación: su respuesta',
  },
  'stats.q': {
    en: 'Statistics for this objective',
    fr: 'Statistiques pour cet objectif',
    es: 'Estadísticas para este objetivo',
  },
  'stats.add': {
    en: '+ Add a statistics row',
    fr: '+ Ajouter une ligne de statistiques',
    es: '+ Añadir una fila de estadísticas',
  },
  'stats.indicator': {
    en: 'Indicator (what is measured)',
    fr: 'Indicateur (ce qui est mesuré)',
    es: 'Indicador (qué se mide)',
  },
  'stats.value': {
    en: 'Value (a number, or text such as 12–15)',
    fr: 'Valeur (un nombre, ou un texte comme 12–15)',
    es: 'Valor (un número, o un texto como 12–15)',
  },
  'stats.unit': {
    en: 'Unit (e.g. persons, %, USD million; optional)',
    fr: 'Unité (par ex. personnes, %, millions USD ; facultatif)',
    es: 'Unidad (p. ej. personas, %, millones USD; opcional)',
  },
  'stats.year': {
    en: 'Year or period (e.g. 2024; optional)',
    fr: 'Année ou période (par ex. 2024 ; facultatif)',
    es: 'Año o período (p. ej. 2024; opcional)',
  },
  'stats.source': { en: 'Source (optional)', fr: 'Source (facultatif)', es: 'Fuente (opcional)' },
  'stats.disaggregation': {
    en: 'Disaggregation (e.g. by sex and age; optional)',
    fr: 'Ventilation (par ex. par sexe et âge ; facultatif)',
    es: 'Desglose (p. ej. por sexo y edad; opcional)',
  },
  'principles.q': {
    en: 'Guiding principles applied in this work',
    fr: 'Principes directeurs appliqués dans ce travail',
    es: 'Principios rectores aplicados en este trabajo',
  },
  'b.narrative': {
    en: 'How they were integrated: your answer',
    fr: 'Comment ils ont été intégrés : votre réponse',
    es: 'Cómo se integraron: su respuesta',
  },
  'c.gaps': {
    en: 'Main gaps and challenges: your answer',
    fr: 'Principales lacunes et principaux défis : votre réponse',
    es: 'Principales lagunas y desafíos: su respuesta',
  },
  'practices.q': { en: 'Promising practices', fr: 'Pratiques prometteuses', es: 'Prácticas prometedoras' },
  'practices.add': {
    en: '+ Add a promising practice',
    fr: '+ Ajouter une pratique prometteuse',
    es: '+ Añadir una práctica prometedora',
  },
  'practice.title': {
    en: 'Short title of the practice',
    fr: 'Titre court de la pratique',
    es: 'Título breve de la práctica',
  },
  'practice.description': { en: 'What was done', fr: 'Ce qui a été fait', es: 'Qué se hizo' },
  'practice.partners': {
    en: 'Partners, separated by ; (optional)',
    fr: 'Partenaires, séparés par ; (facultatif)',
    es: 'Socios, separados por ; (opcional)',
  },
  'practice.results': {
    en: 'Results and lessons learned',
    fr: 'Résultats et leçons apprises',
    es: 'Resultados y lecciones aprendidas',
  },
  'practice.link': {
    en: 'Web link for more information (optional)',
    fr: 'Lien web pour en savoir plus (facultatif)',
    es: 'Enlace web con más información (opcional)',
  },
  'url.invalid': {
    en: 'Write a full web address starting with https:// (or leave it empty).',
    fr: 'Écrivez une adresse web complète commençant par https:// (ou laissez vide).',
    es: 'Escriba una dirección web completa que empiece por https:// (o déjela vacía).',
  },
  'e.areas': {
    en: 'Areas where support is needed',
    fr: 'Domaines où un soutien est nécessaire',
    es: 'Ámbitos en los que se necesita apoyo',
  },
  'e.remove': {
    en: 'The need for "{area}" has a description. Remove it?',
    fr: 'Le besoin « {area} » a une description. Le supprimer ?',
    es: 'La necesidad «{area}» tiene una descripción. ¿Eliminarla?',
  },
  'e.other.label': { en: 'Name of the other area', fr: 'Nom de l’autre domaine', es: 'Nombre del otro ámbito' },
  'e.description': {
    en: '{area}: what support is needed, for what',
    fr: '{area} : quel soutien est nécessaire, pour quoi faire',
    es: '{area}: qué apoyo se necesita y para qué',
  },
  'e.priority': { en: '{area}: priority', fr: '{area} : priorité', es: '{area}: prioridad' },

  // ---- other parts -------------------------------------------------------------------------------
  's.key_messages': { en: 'Key messages', fr: 'Messages clés', es: 'Mensajes clave' },
  's.key_messages.guidance': {
    en: 'The main messages of the review, in a few paragraphs or a list: what worked, what is still hard, what support is needed.',
    fr: 'Les principaux messages de l’examen, en quelques paragraphes ou une liste : ce qui a fonctionné, ce qui reste difficile, le soutien nécessaire.',
    es: 'Los principales mensajes del examen, en unos párrafos o una lista: qué funcionó, qué sigue siendo difícil, qué apoyo se necesita.',
  },
  's.national_context': { en: 'National context', fr: 'Contexte national', es: 'Contexto nacional' },
  's.national_context.guidance': {
    en: 'The migration situation and the policy framework: main flows, institutions, laws and plans.',
    fr: 'La situation migratoire et le cadre politique : principaux flux, institutions, lois et plans.',
    es: 'La situación migratoria y el marco de políticas: principales flujos, instituciones, leyes y planes.',
  },
  's.next_steps': { en: 'Next steps', fr: 'Prochaines étapes', es: 'Próximos pasos' },
  's.next_steps.guidance': {
    en: 'What comes next: planned measures, follow-up and the next review.',
    fr: 'La suite : mesures prévues, suivi et prochain examen.',
    es: 'Lo que sigue: medidas previstas, seguimiento y próximo examen.',
  },
  's.principles': { en: 'Guiding principles', fr: 'Principes directeurs', es: 'Principios rectores' },
  's.principles.guidance': {
    en: 'For each of the ten guiding principles you want to cover, how the review and the policies it describes apply it.',
    fr: 'Pour chacun des dix principes directeurs que vous souhaitez traiter, comment l’examen et les politiques qu’il décrit l’appliquent.',
    es: 'Para cada uno de los diez principios rectores que desee tratar, cómo lo aplican el examen y las políticas que describe.',
  },
  's.principles.q': { en: 'Which guiding principle?', fr: 'Quel principe directeur ?', es: '¿Qué principio rector?' },
  's.principle_needs': {
    en: 'Support needs for guiding principles',
    fr: 'Besoins de soutien pour les principes directeurs',
    es: 'Necesidades de apoyo para los principios rectores',
  },
  's.principle_needs.guidance': {
    en: 'Question (e) also covers the guiding principles: support needed to apply a principle, rather than an objective. Choose a principle, then the areas where support is needed.',
    fr: 'La question (e) porte aussi sur les principes directeurs : le soutien nécessaire pour appliquer un principe, plutôt qu’un objectif. Choisissez un principe, puis les domaines où un soutien est nécessaire.',
    es: 'La pregunta (e) abarca también los principios rectores: el apoyo necesario para aplicar un principio, más que un objetivo. Elija un principio y luego los ámbitos en los que se necesita apoyo.',
  },
  's.principle_needs.q': {
    en: 'Support needed for which guiding principle?',
    fr: 'Soutien nécessaire pour quel principe directeur ?',
    es: '¿Apoyo necesario para qué principio rector?',
  },
  'principle_needs.count': {
    en: '{n} support need(s)',
    fr: '{n} besoin(s) de soutien',
    es: '{n} necesidad(es) de apoyo',
  },
  'principle_needs.none': { en: 'none', fr: 'aucun', es: 'ninguna' },
  's.annexes': { en: 'Annexes', fr: 'Annexes', es: 'Anexos' },
  's.annexes.guidance': {
    en: 'Supporting documents listed at the end of the report: statistics, lists of participants, laws. Give each a title, and if you like a short description and a web link.',
    fr: 'Documents d’appui listés à la fin du rapport : statistiques, listes de participants, lois. Donnez à chacun un titre et, si vous le souhaitez, une courte description et un lien web.',
    es: 'Documentos de apoyo enumerados al final del informe: estadísticas, listas de participantes, leyes. Dé a cada uno un título y, si lo desea, una breve descripción y un enlace web.',
  },
  'annexes.add': { en: '+ Add an annex', fr: '+ Ajouter une annexe', es: '+ Añadir un anexo' },
  'annex.title': { en: 'Title of the annex', fr: 'Titre de l’annexe', es: 'Título del anexo' },
  'annex.description': {
    en: 'What the annex contains (optional)',
    fr: 'Contenu de l’annexe (facultatif)',
    es: 'Qué contiene el anexo (opcional)',
  },
  'annex.link': {
    en: 'Web link where the document can be read (optional)',
    fr: 'Lien web où lire le document (facultatif)',
    es: 'Enlace web donde leer el documento (opcional)',
  },
  'annexes.count': { en: '{n} listed', fr: '{n} listée(s)', es: '{n} indicado(s)' },
  'principles.count': { en: '{n} of {total} written', fr: '{n} sur {total} rédigés', es: '{n} de {total} redactados' },

  // ---- issue 9 §3–5: scope and priorities, national plan, pledges, Progress Declaration ----------
  'scope.menu': { en: 'Scope of the review', fr: 'Portée de l’examen', es: 'Alcance del examen' },
  'scope.all': { en: 'all 23 objectives', fr: 'les 23 objectifs', es: 'los 23 objetivos' },
  'scope.selected': {
    en: 'a selection of objectives',
    fr: 'une sélection d’objectifs',
    es: 'una selección de objetivos',
  },
  'scope.guidance': {
    en: 'Does the review cover all 23 objectives, or only a selection? In a selective review, only the selected objectives count for readiness, and the report says the others are not among the review’s priorities.',
    fr: 'L’examen porte-t-il sur les 23 objectifs, ou seulement sur une sélection ? Dans un examen sélectif, seuls les objectifs choisis comptent pour l’état d’avancement, et le rapport indique que les autres ne figurent pas parmi ses priorités.',
    es: '¿El examen abarca los 23 objetivos o solo una selección? En un examen selectivo, solo los objetivos elegidos cuentan para saber si está completo, y el informe indica que los demás no figuran entre sus prioridades.',
  },
  'scope.q': { en: 'What does the review cover?', fr: 'Sur quoi porte l’examen ?', es: '¿Qué abarca el examen?' },
  'scope.choice.selected': {
    en: 'A selection of objectives (a selective review)',
    fr: 'Une sélection d’objectifs (examen sélectif)',
    es: 'Una selección de objetivos (examen selectivo)',
  },
  'scope.choice.all': { en: 'All 23 objectives', fr: 'Les 23 objectifs', es: 'Los 23 objetivos' },
  'scope.unset': { en: 'Not said (remove)', fr: 'Non précisé (supprimer)', es: 'Sin indicar (eliminar)' },
  'scope.reason.q': {
    en: 'Why these objectives (optional)',
    fr: 'Pourquoi ces objectifs (facultatif)',
    es: 'Por qué estos objetivos (opcional)',
  },
  'priorities.menu': {
    en: 'Priorities among the objectives',
    fr: 'Priorités parmi les objectifs',
    es: 'Prioridades entre los objetivos',
  },
  'priorities.count': { en: '{n} ranked', fr: '{n} classé(s)', es: '{n} clasificado(s)' },
  'priorities.guidance': {
    en: 'Rank the objectives this review puts first: 1 is the highest. "gcm-review render --order priority" shows ranked objectives first.',
    fr: 'Classez les objectifs que cet examen met en avant : 1 est le plus élevé. « gcm-review render --order priority » présente d’abord les objectifs classés.',
    es: 'Clasifique los objetivos que este examen pone en primer lugar: 1 es el más alto. «gcm-review render --order priority» muestra primero los objetivos clasificados.',
  },
  'priorities.none': {
    en: 'Choose the objectives you report on first (main menu).',
    fr: 'Choisissez d’abord les objectifs traités (menu principal).',
    es: 'Elija primero los objetivos que examina (menú principal).',
  },
  'priorities.q': {
    en: 'Priority of which objective?',
    fr: 'Priorité de quel objectif ?',
    es: '¿Prioridad de qué objetivo?',
  },
  'priorities.rank': { en: 'rank {rank}', fr: 'rang {rank}', es: 'puesto {rank}' },
  'priorities.unranked': { en: 'not ranked', fr: 'non classé', es: 'sin clasificar' },
  'priority.rank.q': {
    en: 'Rank (1 is the highest; empty: not a priority)',
    fr: 'Rang (1 est le plus élevé ; vide : pas une priorité)',
    es: 'Puesto (1 es el más alto; vacío: no es una prioridad)',
  },
  'priority.rank.invalid': {
    en: 'Write a whole number, 1 or more.',
    fr: 'Écrivez un nombre entier, 1 ou plus.',
    es: 'Escriba un número entero, 1 o más.',
  },
  'priority.reason.q': {
    en: 'Why it is a priority (optional)',
    fr: 'Pourquoi c’est une priorité (facultatif)',
    es: 'Por qué es una prioridad (opcional)',
  },
  'plan.menu': {
    en: 'National implementation plan',
    fr: 'Plan national de mise en œuvre',
    es: 'Plan nacional de aplicación',
  },
  'plan.guidance': {
    en: 'The national GCM implementation plan: its title, adoption date, dimensions and measures. Each measure lists the objectives it serves; the wizard then cites the measure in those objectives’ answers.',
    fr: 'Le plan national de mise en œuvre du Pacte : son titre, sa date d’adoption, ses axes et ses mesures. Chaque mesure indique les objectifs qu’elle sert ; l’assistant cite alors la mesure dans les réponses de ces objectifs.',
    es: 'El plan nacional de aplicación del Pacto: su título, fecha de aprobación, ejes y medidas. Cada medida indica los objetivos a los que sirve; el asistente cita entonces la medida en las respuestas de esos objetivos.',
  },
  'plan.title.q': { en: 'Title of the plan', fr: 'Titre du plan', es: 'Título del plan' },
  'plan.adopted.q': {
    en: 'Date of adoption, YYYY-MM-DD (optional)',
    fr: 'Date d’adoption, AAAA-MM-JJ (facultatif)',
    es: 'Fecha de aprobación, AAAA-MM-DD (opcional)',
  },
  'plan.link.q': {
    en: 'Web link to the plan (optional)',
    fr: 'Lien web vers le plan (facultatif)',
    es: 'Enlace web al plan (opcional)',
  },
  'plan.dimensions': { en: 'Dimensions of the plan', fr: 'Axes du plan', es: 'Ejes del plan' },
  'plan.dimensions.add': { en: '+ Add a dimension', fr: '+ Ajouter un axe', es: '+ Añadir un eje' },
  'plan.dimension.id': {
    en: 'Short id of the dimension, e.g. D1',
    fr: 'Identifiant court de l’axe, par ex. D1',
    es: 'Identificador corto del eje, p. ej. D1',
  },
  'plan.dimension.title': { en: 'Name of the dimension', fr: 'Nom de l’axe', es: 'Nombre del eje' },
  'plan.measures': { en: 'Measures of the plan', fr: 'Mesures du plan', es: 'Medidas del plan' },
  'plan.measures.add': { en: '+ Add a measure', fr: '+ Ajouter une mesure', es: '+ Añadir una medida' },
  'plan.measure.id': {
    en: 'Short id of the measure, e.g. M2.3',
    fr: 'Identifiant court de la mesure, par ex. M2.3',
    es: 'Identificador corto de la medida, p. ej. M2.3',
  },
  'plan.measure.title': { en: 'Name of the measure', fr: 'Nom de la mesure', es: 'Nombre de la medida' },
  'plan.measure.dimension': { en: 'Dimension of the measure', fr: 'Axe de la mesure', es: 'Eje de la medida' },
  'plan.measure.objectives': {
    en: 'Objectives the measure serves',
    fr: 'Objectifs auxquels la mesure contribue',
    es: 'Objetivos a los que contribuye la medida',
  },
  'plan.id.invalid': {
    en: 'An id has no spaces, e.g. M2.3.',
    fr: 'Un identifiant n’a pas d’espace, par ex. M2.3.',
    es: 'Un identificador no tiene espacios, p. ej. M2.3.',
  },
  'plan.cited': {
    en: 'Objective {n} now cites measure {id}.',
    fr: 'L’objectif {n} cite désormais la mesure {id}.',
    es: 'El objetivo {n} cita ahora la medida {id}.',
  },
  'pledges.menu': { en: 'Pledges', fr: 'Engagements', es: 'Compromisos' },
  'pledges.guidance': {
    en: 'Pledges made for the International Migration Review Forum, and how far they have come. A contact person can be added in a text editor (contact: name, organization, email, phone); it is left out of public reports.',
    fr: 'Engagements pris pour le Forum d’examen des migrations internationales, et leur avancement. Une personne de contact peut être ajoutée dans un éditeur de texte (contact : name, organization, email, phone) ; elle est omise des rapports publics.',
    es: 'Compromisos asumidos para el Foro de Examen de la Migración Internacional, y su avance. Puede añadirse una persona de contacto en un editor de texto (contact: name, organization, email, phone); se omite en los informes públicos.',
  },
  'pledges.add': { en: '+ Add a pledge', fr: '+ Ajouter un engagement', es: '+ Añadir un compromiso' },
  'pledges.count': { en: '{n} listed', fr: '{n} indiqué(s)', es: '{n} indicado(s)' },
  'pledge.title.q': { en: 'Title of the pledge', fr: 'Intitulé de l’engagement', es: 'Título del compromiso' },
  'pledge.kind.q': {
    en: 'Individual or joint pledge?',
    fr: 'Engagement individuel ou conjoint ?',
    es: '¿Compromiso individual o conjunto?',
  },
  'pledge.kind.individual': { en: 'Individual', fr: 'Individuel', es: 'Individual' },
  'pledge.kind.joint': {
    en: 'Joint (with partners)',
    fr: 'Conjoint (avec des partenaires)',
    es: 'Conjunto (con asociados)',
  },
  'pledge.status.q': { en: 'Status of the pledge', fr: 'État de l’engagement', es: 'Estado del compromiso' },
  'pledge.status.announced': { en: 'Announced', fr: 'Annoncé', es: 'Anunciado' },
  'pledge.status.in_progress': { en: 'In progress', fr: 'En cours', es: 'En curso' },
  'pledge.status.fulfilled': { en: 'Fulfilled', fr: 'Réalisé', es: 'Cumplido' },
  'pledge.status.discontinued': { en: 'Discontinued', fr: 'Abandonné', es: 'Abandonado' },
  'pledge.objectives.q': {
    en: 'Objectives the pledge serves',
    fr: 'Objectifs servis par l’engagement',
    es: 'Objetivos a los que sirve el compromiso',
  },
  'pledge.partners': {
    en: 'Partners in the pledge',
    fr: 'Partenaires de l’engagement',
    es: 'Asociados en el compromiso',
  },
  'pledge.partners.add': { en: '+ Add a partner', fr: '+ Ajouter un partenaire', es: '+ Añadir un asociado' },
  'pledge.partner.name': { en: 'Name of the partner', fr: 'Nom du partenaire', es: 'Nombre del asociado' },
  'pledge.partner.country': {
    en: 'Country of the partner, ISO code such as MEX (optional)',
    fr: 'Pays du partenaire, code ISO tel que MEX (facultatif)',
    es: 'País del asociado, código ISO como MEX (opcional)',
  },
  'pledge.country.invalid': {
    en: 'Three capital letters, e.g. MEX.',
    fr: 'Trois lettres majuscules, par ex. MEX.',
    es: 'Tres letras mayúsculas, p. ej. MEX.',
  },
  'pledge.gcr.q': {
    en: 'Also pledged under the Global Compact on Refugees?',
    fr: 'Également pris au titre du Pacte mondial sur les réfugiés ?',
    es: '¿Asumido también en el marco del Pacto Mundial sobre los Refugiados?',
  },
  'pledge.nature.q': {
    en: 'Nature of the pledge, e.g. policy, programme, financial (optional)',
    fr: 'Nature de l’engagement, par ex. politique, programme, financier (facultatif)',
    es: 'Naturaleza del compromiso, p. ej. política, programa, financiero (opcional)',
  },
  'pledge.progress.q': { en: 'Progress so far', fr: 'Avancement à ce jour', es: 'Avance hasta la fecha' },
  'pledge.link.q': {
    en: 'Web link to the pledge (optional)',
    fr: 'Lien web vers l’engagement (facultatif)',
    es: 'Enlace web al compromiso (opcional)',
  },
  'pd.menu': {
    en: 'Progress Declaration follow-up',
    fr: 'Suivi de la Déclaration sur les progrès',
    es: 'Seguimiento de la Declaración sobre los Progresos',
  },
  'pd.guidance': {
    en: 'Follow-up of the 2022 Progress Declaration (General Assembly resolution 76/266): for each paragraph you report on, what has been done.',
    fr: 'Suivi de la Déclaration sur les progrès de 2022 (résolution 76/266 de l’Assemblée générale) : pour chaque paragraphe traité, ce qui a été fait.',
    es: 'Seguimiento de la Declaración sobre los Progresos de 2022 (resolución 76/266 de la Asamblea General): para cada párrafo examinado, lo que se ha hecho.',
  },
  'pd.add': { en: '+ Add a paragraph', fr: '+ Ajouter un paragraphe', es: '+ Añadir un párrafo' },
  'pd.paragraph.q': {
    en: 'Paragraph number of the Progress Declaration',
    fr: 'Numéro du paragraphe de la Déclaration sur les progrès',
    es: 'Número de párrafo de la Declaración sobre los Progresos',
  },
  'pd.paragraph.invalid': {
    en: 'Write the paragraph number, e.g. 70.',
    fr: 'Écrivez le numéro du paragraphe, par ex. 70.',
    es: 'Escriba el número de párrafo, p. ej. 70.',
  },
  'pd.narrative.q': {
    en: 'What has been done on it',
    fr: 'Ce qui a été fait à ce sujet',
    es: 'Lo que se ha hecho al respecto',
  },
  'pd.item': { en: 'Paragraph {n}', fr: 'Paragraphe {n}', es: 'Párrafo {n}' },
  'ready.scopeAll': {
    en: 'Objectives {list}: not reported, but the review covers all 23 objectives (scope of the review)',
    fr: 'Objectifs {list} : non traités, alors que l’examen porte sur les 23 objectifs (portée de l’examen)',
    es: 'Objetivos {list}: sin examinar, aunque el examen abarca los 23 objetivos (alcance del examen)',
  },
  'finish.warnings': {
    en: '{n} point(s) to check (the file is valid):',
    fr: '{n} point(s) à vérifier (le fichier est valide) :',
    es: '{n} punto(s) que revisar (el archivo es válido):',
  },
  'pd.count': { en: '{n} paragraph(s)', fr: '{n} paragraphe(s)', es: '{n} párrafo(s)' },

  // ---- edit --------------------------------------------------------------------------------------
  'edit.title': {
    en: 'GCM review: {name} ({file})',
    fr: 'Examen du PMM : {name} ({file})',
    es: 'Examen del PMM: {name} ({file})',
  },
  'edit.intro': {
    en: 'Choose what to work on. Every answer is saved at once; stop at any time with Ctrl-C.',
    fr: 'Choisissez sur quoi travailler. Chaque réponse est enregistrée aussitôt ; arrêtez à tout moment avec Ctrl-C.',
    es: 'Elija en qué trabajar. Cada respuesta se guarda al instante; deténgase cuando quiera con Ctrl-C.',
  },
  'edit.problems': {
    en: 'The file has {n} problem(s). It opens anyway:',
    fr: 'Le fichier présente {n} problème(s). Il s’ouvre quand même :',
    es: 'El archivo tiene {n} problema(s). Se abre de todos modos:',
  },
  'edit.problems.hint': {
    en: 'Answers can be fixed here; other problems need a text editor (gcm-review validate shows them again).',
    fr: 'Les réponses peuvent être corrigées ici ; les autres problèmes demandent un éditeur de texte (gcm-review validate les affiche à nouveau).',
    es: 'Las respuestas pueden corregirse aquí; los demás problemas requieren un editor de texto (gcm-review validate los vuelve a mostrar).',
  },
  'edit.bye': {
    en: 'Everything is saved in {file}.',
    fr: 'Tout est enregistré dans {file}.',
    es: 'Todo está guardado en {file}.',
  },
  'menu.q': {
    en: 'What do you want to work on?',
    fr: 'Sur quoi voulez-vous travailler ?',
    es: '¿En qué quiere trabajar?',
  },
  'menu.meta': {
    en: 'About the review (submitter, cycle, languages, focal point, status)',
    fr: 'À propos de l’examen (auteur, cycle, langues, point focal, statut)',
    es: 'Acerca del examen (autor, ciclo, idiomas, punto focal, estado)',
  },
  'menu.people': {
    en: 'How the review was prepared (process, stakeholders, consultations)',
    fr: 'Préparation de l’examen (processus, parties prenantes, consultations)',
    es: 'Preparación del examen (proceso, partes interesadas, consultas)',
  },
  'menu.choose': {
    en: 'Choose the objectives to report on ({n} chosen)',
    fr: 'Choisir les objectifs traités ({n} choisis)',
    es: 'Elegir los objetivos ({n} elegidos)',
  },
  'menu.objectives': { en: '── Objectives ──', fr: '── Objectifs ──', es: '── Objetivos ──' },
  'menu.sections': {
    en: 'Other parts of the report (key messages, national context, scope and priorities, national plan, guiding principles, next steps, pledges, annexes)',
    fr: 'Autres parties du rapport (messages clés, contexte national, portée et priorités, plan national, principes directeurs, prochaines étapes, engagements, annexes)',
    es: 'Otras partes del informe (mensajes clave, contexto nacional, alcance y prioridades, plan nacional, principios rectores, próximos pasos, compromisos, anexos)',
  },
  'menu.finish': {
    en: 'Check the review and make the report',
    fr: 'Vérifier l’examen et produire le rapport',
    es: 'Comprobar el examen y generar el informe',
  },
  'menu.quit': {
    en: 'Quit (everything is already saved)',
    fr: 'Quitter (tout est déjà enregistré)',
    es: 'Salir (todo ya está guardado)',
  },
  'progress.answered': {
    en: 'all {n} questions answered',
    fr: 'les {n} questions ont une réponse',
    es: 'las {n} preguntas respondidas',
  },
  'progress.partial': {
    en: '{k} of {n} questions answered',
    fr: '{k} questions sur {n} ont une réponse',
    es: '{k} de {n} preguntas respondidas',
  },
  'progress.empty': { en: 'not started', fr: 'pas commencé', es: 'sin empezar' },
  'q.answered': { en: 'answered', fr: 'répondu', es: 'respondida' },
  'q.unanswered': { en: 'not answered yet', fr: 'sans réponse', es: 'sin respuesta' },
  'q.all': {
    en: 'All five questions, in order',
    fr: 'Les cinq questions, dans l’ordre',
    es: 'Las cinco preguntas, en orden',
  },

  // ---- finish ------------------------------------------------------------------------------------
  'finish.title': { en: 'Checking the review', fr: 'Vérification de l’examen', es: 'Comprobación del examen' },
  'finish.invalid': {
    en: '{file} has {n} problem(s) to fix before a report can be made:',
    fr: '{file} présente {n} problème(s) à corriger avant de pouvoir produire un rapport :',
    es: '{file} tiene {n} problema(s) que corregir antes de poder generar un informe:',
  },
  'finish.invalid.hint': {
    en: 'Your answers are saved. Fix the problems with gcm-review edit {file} or in a text editor, then check again with gcm-review validate {file}.',
    fr: 'Vos réponses sont enregistrées. Corrigez les problèmes avec gcm-review edit {file} ou dans un éditeur de texte, puis vérifiez avec gcm-review validate {file}.',
    es: 'Sus respuestas están guardadas. Corrija los problemas con gcm-review edit {file} o en un editor de texto y compruebe de nuevo con gcm-review validate {file}.',
  },
  'finish.valid': {
    en: '{file} is a valid review file.',
    fr: '{file} est un fichier d’examen valide.',
    es: '{file} es un archivo de examen válido.',
  },
  'finish.counts': {
    en: 'Objectives with answers: {n}{list}. Support needs listed: {needs}.',
    fr: 'Objectifs avec des réponses : {n}{list}. Besoins de soutien indiqués : {needs}.',
    es: 'Objetivos con respuestas: {n}{list}. Necesidades de apoyo indicadas: {needs}.',
  },
  'finish.ready': {
    en: 'Nothing is missing. When it is approved, set its status to final (gcm-review edit → About the review).',
    fr: 'Rien ne manque. Une fois l’examen approuvé, passez son statut à final (gcm-review edit → À propos de l’examen).',
    es: 'No falta nada. Cuando esté aprobado, cambie su estado a final (gcm-review edit → Acerca del examen).',
  },
  'finish.todo': { en: 'Still to do ({n}):', fr: 'Reste à faire ({n}) :', es: 'Pendiente ({n}):' },
  'finish.resume': {
    en: 'Carry on with: gcm-review edit {file}',
    fr: 'Pour continuer : gcm-review edit {file}',
    es: 'Para continuar: gcm-review edit {file}',
  },
  'ready.section': {
    en: '{name}: not written yet',
    fr: '{name} : pas encore rédigé',
    es: '{name}: todavía sin redactar',
  },
  'ready.noobjective': {
    en: 'No objective has an answer yet',
    fr: 'Aucun objectif n’a encore de réponse',
    es: 'Ningún objetivo tiene respuesta todavía',
  },
  'ready.objective.empty': {
    en: 'Objective {name}: chosen, but no question answered',
    fr: 'Objectif {name} : choisi, mais aucune question n’a de réponse',
    es: 'Objetivo {name}: elegido, pero sin ninguna pregunta respondida',
  },
  'ready.objective.missing': {
    en: 'Objective {name}: questions {list} not answered',
    fr: 'Objectif {name} : questions {list} sans réponse',
    es: 'Objetivo {name}: preguntas {list} sin respuesta',
  },
  'render.q': { en: 'Make the report now?', fr: 'Produire le rapport maintenant ?', es: '¿Generar el informe ahora?' },
  'render.later': {
    en: 'You can make it later with: gcm-review render {file}',
    fr: 'Vous pourrez le produire plus tard avec : gcm-review render {file}',
    es: 'Podrá generarlo más tarde con: gcm-review render {file}',
  },
  'render.failed': {
    en: 'The report could not be made (exit code {code}, see above). Your review itself is saved; try again with: gcm-review render {file}',
    fr: 'Le rapport n’a pas pu être produit (code de sortie {code}, voir ci-dessus). L’examen lui-même est enregistré ; réessayez avec : gcm-review render {file}',
    es: 'No se pudo generar el informe (código de salida {code}, véase arriba). El examen en sí está guardado; vuelva a intentarlo con: gcm-review render {file}',
  },
  // ---- issue 12 (cycles): changing a long answer, objective order, readiness wording ---------------
  'long.action': {
    en: '{message}: what do you want to do with the current answer?',
    fr: '{message} : que voulez-vous faire de la réponse actuelle ?',
    es: '{message}: ¿qué quiere hacer con la respuesta actual?',
  },
  'long.keep': { en: 'Keep it as it is', fr: 'La garder telle quelle', es: 'Mantenerla tal cual' },
  'long.append': {
    en: 'Add to it (what you type comes after it)',
    fr: 'La compléter (ce que vous tapez vient à la suite)',
    es: 'Completarla (lo que escriba se añade al final)',
  },
  'long.editor': {
    en: 'Change it in the text editor ({editor}), starting from the current text',
    fr: 'La modifier dans l’éditeur de texte ({editor}), à partir du texte actuel',
    es: 'Modificarla en el editor de texto ({editor}), a partir del texto actual',
  },
  'long.replace': {
    en: 'Replace it (type a new answer)',
    fr: 'La remplacer (taper une nouvelle réponse)',
    es: 'Reemplazarla (escribir una nueva respuesta)',
  },
  'long.clear': { en: 'Clear it', fr: 'L’effacer', es: 'Borrarla' },
  'long.append.q': {
    en: '{message} (added after the current answer)',
    fr: '{message} (ajouté après la réponse actuelle)',
    es: '{message} (añadido tras la respuesta actual)',
  },
  'objectives.order.q': {
    en: 'How should the objectives be listed?',
    fr: 'Comment lister les objectifs ?',
    es: '¿Cómo listar los objetivos?',
  },
  'objectives.order.number': {
    en: 'By number, 1 to 23',
    fr: 'Par numéro, de 1 à 23',
    es: 'Por número, del 1 al 23',
  },
  'objectives.order.roundtable': {
    en: 'Grouped by IMRF round table',
    fr: 'Groupés par table ronde du FEMI',
    es: 'Agrupados por mesa redonda del FEMI',
  },
  'ready.section.principles': {
    en: 'Guiding principles, the separate part of the report on the ten principles (not question (b) of the objectives): not written yet. It is in gcm-review edit → Other parts of the report → Guiding principles',
    fr: 'Principes directeurs, la partie distincte du rapport sur les dix principes (et non la question (b) des objectifs) : pas encore rédigée. Elle se trouve dans gcm-review edit → Autres parties du rapport → Principes directeurs',
    es: 'Principios rectores, la parte separada del informe sobre los diez principios (no la pregunta (b) de los objetivos): todavía sin redactar. Está en gcm-review edit → Otras partes del informe → Principios rectores',
  },
  'ready.objective.missing.one': {
    en: 'Objective {name}: question {list} not answered',
    fr: 'Objectif {name} : question {list} sans réponse',
    es: 'Objetivo {name}: pregunta {list} sin respuesta',
  },
  // ---- issue 12 §1 (cycles): answers carried over from the previous review -------------------------
  'carried.from': {
    en: 'This answer comes from the previous review:',
    fr: 'Cette réponse vient de l’examen précédent :',
    es: 'Esta respuesta viene del examen anterior:',
  },
  'carried.q': {
    en: 'Is it still right for this review?',
    fr: 'Est-elle toujours juste pour cet examen ?',
    es: '¿Sigue siendo correcta para este examen?',
  },
  'carried.keep': {
    en: 'Keep it as it is (it is still right)',
    fr: 'La garder telle quelle (elle est toujours juste)',
    es: 'Mantenerla tal cual (sigue siendo correcta)',
  },
  'carried.update': { en: 'Update it', fr: 'La mettre à jour', es: 'Actualizarla' },
  'carried.menu': {
    en: 'Answers carried over from the previous review: {n} to confirm or update',
    fr: 'Réponses reprises de l’examen précédent : {n} à confirmer ou mettre à jour',
    es: 'Respuestas retomadas del examen anterior: {n} por confirmar o actualizar',
  },
  'carried.menu.q': {
    en: 'Which carried-over answer do you want to check?',
    fr: 'Quelle réponse reprise voulez-vous vérifier ?',
    es: '¿Qué respuesta retomada quiere revisar?',
  },
  'carried.badge': { en: '{n} to update', fr: '{n} à mettre à jour', es: '{n} por actualizar' },
  'carried.other': {
    en: 'The wizard does not ask this part: check it in the file ({key}), then confirm it here.',
    fr: 'L’assistant ne pose pas de question sur cette partie : vérifiez-la dans le fichier ({key}), puis confirmez-la ici.',
    es: 'El asistente no pregunta por esta parte: revísela en el archivo ({key}) y confírmela aquí.',
  },
  'ready.to_update': {
    en: 'Carried over from the previous review, not confirmed or updated yet: {list}',
    fr: 'Repris de l’examen précédent, pas encore confirmé ni mis à jour : {list}',
    es: 'Retomado del examen anterior, todavía sin confirmar ni actualizar: {list}',
  },
  'from.done': {
    en: 'Created {file} from {old}: review number {number}, for {cycle}, status draft, dated {date}.',
    fr: '{file} créé à partir de {old} : examen numéro {number}, pour {cycle}, statut brouillon, daté du {date}.',
    es: '{file} creado a partir de {old}: examen número {number}, para {cycle}, estado borrador, con fecha {date}.',
  },
  'from.marked': {
    en: '{n} answers carried over are marked "to update" until you confirm or change each one (gcm-review validate lists them).',
    fr: '{n} réponses reprises sont marquées « à mettre à jour » jusqu’à ce que vous confirmiez ou modifiiez chacune (gcm-review validate les liste).',
    es: '{n} respuestas retomadas quedan marcadas «por actualizar» hasta que confirme o cambie cada una (gcm-review validate las lista).',
  },
  'from.left': {
    en: 'Not carried over (they belong to the previous review): {list}.',
    fr: 'Non repris (ils appartiennent à l’examen précédent) : {list}.',
    es: 'No retomado (pertenece al examen anterior): {list}.',
  },
  'from.samecycle': {
    en: 'The previous review is for the last cycle known ({cycle}): the cycle was kept. Change it with --cycle or in the wizard.',
    fr: 'L’examen précédent porte sur le dernier cycle connu ({cycle}) : le cycle est gardé. Changez-le avec --cycle ou dans l’assistant.',
    es: 'El examen anterior corresponde al último ciclo conocido ({cycle}): se mantiene el ciclo. Cámbielo con --cycle o en el asistente.',
  },
  'from.next': {
    en: 'Go through the answers with: gcm-review edit {file}',
    fr: 'Passez les réponses en revue avec : gcm-review edit {file}',
    es: 'Revise las respuestas con: gcm-review edit {file}',
  },
} as const satisfies Record<string, Entry>;

export type MsgKey = keyof typeof MESSAGES;
export type Vars = Record<string, string | number>;

export function translate(lang: UiLang, key: MsgKey, vars?: Vars): string {
  const entry: Entry = MESSAGES[key];
  const text = entry[lang] ?? entry.en;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
