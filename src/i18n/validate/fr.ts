// Ce que dit `validate`, en français (notre traduction ; les intitulés officiels des objectifs et
// des questions de l’annexe I viennent de src/reference). Typographie française : espace avant
// : ; ? ! et guillemets « ». Les codes ([type], [enum]…) ne changent pas avec la langue.
import type { ValidateKey } from './en.js';

export const fr: Readonly<Record<ValidateKey, string>> = {
  // ---- où se trouve le problème --------------------------------------------------------------------
  'path.review': 'L’examen',
  'path.objective': 'Objectif {n} ({short})',
  'path.objectiveBare': 'Objectif {n}',
  'path.question': '{objective}, question ({letter}) {label}',
  'path.nextSteps': '{objective}, prochaines étapes',
  'path.planMeasures': '{objective}, mesures du plan',
  'path.priority': '{objective}, priorité',
  'path.other': '{objective}, « {field} »',
  'path.item': '{item} {n}',
  'item.default': 'élément',
  'item.consultations': 'consultation',
  'item.stakeholders_consulted': 'partie prenante consultée',
  'item.statistics': 'ligne de statistiques',
  'item.promising_practices': 'pratique',
  'item.support_needs': 'besoin de soutien',
  'item.principle_support_needs': 'besoin de soutien',
  'item.annexes': 'annexe',
  'item.languages': 'langue',
  'item.applied': 'principe',
  'item.partners': 'partenaire',
  'item.organizations': 'organisation',
  'item.stakeholders': 'catégorie de parties prenantes',
  'item.custom': 'question',
  'item.crisis_impact': 'crise',
  'item.support': 'organisation',
  'item.participant_bodies': 'organisme',
  'item.authors': 'auteur',
  'item.rows': 'ligne',
  'item.references': 'référence',
  'item.sdg_targets': 'cible des ODD',
  'item.values': 'valeur',
  'item.columns': 'colonne',
  'item.dimensions': 'dimension',
  'item.measures': 'mesure',
  'item.plan_measures': 'identifiant de mesure',
  'item.pledges': 'engagement',
  'item.progress_declaration': 'entrée',

  // ---- ce qu’est une valeur ------------------------------------------------------------------------
  'kind.nothing': 'rien (une valeur vide)',
  'kind.list': 'une liste',
  'kind.group': 'un groupe de champs nommés',
  'kind.text': 'le texte « {text} »',
  'kind.number': 'le nombre {n}',
  'kind.notANumber': '{n} (pas un nombre utilisable)',
  'kind.true': 'true (une valeur oui/non)',
  'kind.false': 'false (une valeur oui/non)',
  'type.string': 'du texte',
  'type.number': 'un nombre',
  'type.integer': 'un nombre entier',
  'type.object': 'un groupe de champs nommés',
  'type.array': 'une liste',
  'type.boolean': 'oui ou non',
  'type.null': 'rien',
  'type.or': '{a} ou {b}',
  'list.sep': ', ',

  // ---- problèmes et conseils, par type -------------------------------------------------------------
  didYouMean: 'Vouliez-vous dire « {guess} » ?',
  'type.expected': '{where} : on attend {expected} ; la valeur est {found}.',
  'type.quote.hint':
    'Mettez la valeur entre guillemets (par exemple version: "1.10") pour qu’elle soit lue comme un texte, telle qu’elle est écrite.',
  required: '{where} : « {field} » manque.',
  /** with the schema's (English) title of the field: English only */
  'required.titled': '{where} : « {field} » ({title}) manque.',
  'objective.unnumbered':
    'Objectifs : un objectif n’a pas de numéro ; les objectifs du Pacte mondial sont numérotés de 1 à 23.',
  'objective.unknown':
    'Objectifs : il n’y a pas d’objectif « {key} » ; les objectifs du Pacte mondial sont numérotés de 1 à 23.',
  'objective.number.hint': 'Écrivez seulement le numéro de l’objectif : `{n}:`.',
  'objective.example.hint': 'Écrivez seulement le numéro de l’objectif, par exemple `7:`.',
  'objective.range.hint': 'Les objectifs du Pacte mondial sont numérotés de 1 à 23.',
  'field.unknown': '{where} : champ inconnu « {field} ».',
  'field.nbsp.hint':
    'Le nom contient des espaces insécables (souvent collés depuis Word), que YAML ne compte ni comme indentation ni comme espaces : remplacez-les par des espaces ordinaires.',
  'field.merge.hint':
    'Les clés de fusion YAML (<<) ne sont pas acceptées dans les fichiers d’examen : écrivez les champs en entier.',
  'field.allowed.hint': 'Champs acceptés : {list}.',
  enum: '{where} : {found} ne fait pas partie des valeurs acceptées.',
  'enum.allowed.hint': 'Valeurs acceptées : {list}.',
  const: '{where} : la valeur doit être {value} ; la valeur est {found}.',
  'country.pattern': '{where} : {found} n’est pas un code de pays ISO 3166-1 alpha-3 (trois lettres majuscules).',
  'country.example.hint':
    'Utilisez le code ISO à trois lettres, par exemple MEX pour le Mexique, PHL pour les Philippines (`gcm-review init` le trouve pour vous).',
  'language.pattern': '{where} : {found} n’est pas un code de langue.',
  'language.pattern.hint': 'Utilisez des codes à deux lettres ; les rapports peuvent être produits en {list}.',
  'sdg.pattern': '{where} : {found} n’est pas un numéro de cible ou d’indicateur des ODD.',
  'sdg.pattern.hint':
    'Écrivez le numéro d’une cible, comme "10.7" ou "10.c", ou d’un indicateur, comme "10.7.2" (objectifs 1 à 17).',
  pattern: '{where} : {found} n’a pas la forme attendue.',
  'empty.list': '{where} : la liste est vide ; ajoutez-en au moins {n}.',
  'empty.text': '{where} : le texte est vide.',
  'empty.map': '{where} : la liste des langues est vide ; écrivez le texte.',
  'empty.group': '{where} : est vide.',
  duplicate: '{where} : l’élément {later} répète l’élément {first}.',
  'duplicate.text': '{where} : l’élément {later} répète l’élément {first} (« {text} »).',
  'duplicate.hint': 'Supprimez l’élément répété.',
  minimum: '{where} : la valeur doit être au moins {limit} ; la valeur est {found}.',
  maximum: '{where} : la valeur doit être au plus {limit} ; la valeur est {found}.',
  other: '{where} : {reason}.',
  'other.reason': 'n’est pas valide',
  'narrative.type': '{where} : on attend du texte ; la valeur est {found}.',
  'narrative.short.hint':
    'Écrivez un texte court après les deux-points, ou un texte par langue, comme {en: "...", fr: "..."}.',
  'narrative.list.hint':
    'Pour écrire une liste à puces, mettez-la dans le texte : commencez la valeur par | et écrivez des lignes commençant par "- ".',
  'narrative.nothing.hint':
    'Écrivez le texte après les deux-points (ou sur les lignes suivantes après |). Un texte qui commence par # est lu comme un commentaire : mettez un tel texte entre guillemets.',
  'narrative.other.hint':
    'Mettez le texte après les deux-points ; mettez-le entre guillemets s’il commence par un caractère spécial.',
  'languageMap.key':
    '{where} : « {key} » n’est pas un code de langue. Un texte en plusieurs langues s’écrit comme une liste telle que {en: "...", fr: "..."}.',
  'languageMap.key.hint': 'Utilisez des codes à deux lettres : en, fr, es, ar.',
  'languageMap.entry': '{where} : le texte en langue « {lang} » doit être du texte ; la valeur est {found}.',
  date: '{where} : {found} n’est pas une date écrite sous la forme AAAA-MM-JJ (par exemple 2026-03-15).',
  'date.hint':
    'Écrivez année-mois-jour, avec le mois et le jour sur deux chiffres, par exemple 2026-03-15 pour le 15 mars 2026 ; vérifiez que le jour existe.',
  email: '{where} : {found} n’est pas une adresse électronique.',
  'email.hint': 'Une adresse électronique a la forme nom@ministere.gouv.example, sans espaces ni « mailto: ».',
  uri: '{where} : {found} n’est pas une adresse web complète (elle doit commencer par https:// ou http://).',
  'uri.hint': 'Copiez l’adresse depuis la barre d’adresse du navigateur.',
  'format.other': '{where} : {found} n’est pas au format {format} attendu.',
  notAReview:
    'Ce fichier n’est pas un examen du Pacte mondial : il n’a aucun des champs format_version, metadata ou objectives. Son contenu n’est pas affiché.',
  'notAReview.hint':
    'Vérifiez qu’il s’agit du bon fichier. Un examen commence par `format_version: 1` et une section `metadata` (`gcm-review init FICHIER` en crée un).',

  // ---- pays et commissions régionales --------------------------------------------------------------
  'country.unknown': '{where} : « {code} » n’est pas un code de pays ISO 3166-1 alpha-3.',
  'country.unknown.hint':
    'Utilisez le code ISO à trois lettres, par exemple MEX pour le Mexique, PHL pour les Philippines. Les examens fictifs ou de test peuvent utiliser les codes réservés QMA–QZZ ou XAA–XZZ.',
  'country.notMember':
    '{where} : « {code} » ({name}) n’est pas un État Membre de l’ONU ; un examen d’État Membre doit en nommer un.',
  'country.notMember.hint':
    'Utilisez le code de l’un des 193 États Membres de l’ONU (`gcm-review init` le trouve à partir du nom) ou, pour un examen fictif ou de test, un code de QMA–QZZ ou XAA–XZZ avec `name:`.',
  'country.territory':
    '{where} : « {code} » ({name}) est un territoire, pas un État Membre de l’ONU ; les rapports l’indiquent comme « {label} ».',
  'country.territory.hint':
    'Si cet examen vient d’un État Membre de l’ONU, utilisez le code de cet État ; un territoire peut aussi soumettre une contribution avec `type: stakeholder` ou `regional_organization`.',
  'region.notMember': '{where} : {name} ne fait pas partie des membres de : {commission}.',
  'region.belongs': '{name} est membre de : {list}.',
  'region.and': ' et ',
  'region.or': ' ou ',
  'region.hint': 'Vérifiez `region` : {list} correspondrait à la liste des membres de la commission.',
  'region.none.hint':
    'Vérifiez `region` : ce champ nomme la commission régionale dont l’examen reçoit cette contribution.',

  // ---- références, tableaux de statistiques, plan national -----------------------------------------
  'reference.duplicate': '{where} : l’identifiant « {id} » est déjà utilisé par une référence précédente.',
  'reference.duplicate.hint':
    'Donnez à chaque référence son propre identifiant : une citation [@id] doit renvoyer à une seule référence.',
  'reference.unknown.cited': '{where} : [@{id}] ne renvoie à aucune entrée de la liste des références.',
  'reference.unknown': '{where} : « {id} » ne renvoie à aucune entrée de la liste des références.',
  'reference.list': 'Les références sont : {list}.',
  'reference.none.hint':
    'Ajoutez-la à une liste de références à la fin du fichier : `references: [{id: ..., text: ..., link: ...}]`.',
  'statistics.tableAndRow':
    '{where} : une entrée est soit une ligne (indicateur, valeur…), soit un tableau, pas les deux ; celle-ci a un tableau et {fields}.',
  'statistics.tableAndRow.hint':
    'Mettez la ligne dans sa propre entrée (un nouvel élément "- indicator: …") ou faites-en une ligne du tableau.',
  'statistics.rowLabel': ' (« {label} »)',
  'statistics.values': '{where} : {values} pour {columns} ({list}).',
  'statistics.value.one': '1 valeur',
  'statistics.value.many': '{n} valeurs',
  'statistics.column.one': '1 colonne',
  'statistics.column.many': '{n} colonnes',
  'statistics.values.hint':
    'Donnez une valeur par colonne, dans l’ordre des colonnes ; écrivez null pour un chiffre non disponible.',
  'didYouMean.several': 'Vouliez-vous dire « {list} » ou « {last} » ?',
  quoted: '« {text} »',
  'ids.sep': ' », « ',
  'plan.dimension.duplicate':
    '{where} : l’identifiant de dimension « {id} » est déjà utilisé par la dimension {first}.',
  'plan.dimension.duplicate.hint': 'Donnez à chaque dimension son propre identifiant.',
  'plan.measure.duplicate': '{where} : l’identifiant de mesure « {id} » est déjà utilisé par la mesure {first}.',
  'plan.measure.duplicate.hint': 'Donnez à chaque mesure son propre identifiant.',
  'plan.dimension.unknown': '{where} : il n’y a pas de dimension « {id} » dans le plan national de mise en œuvre.',
  'plan.dimensions.list': 'Les dimensions du plan sont : {list}.',
  'plan.dimension.none.hint':
    'Ajoutez la dimension sous national_plan › dimensions (avec un identifiant et un titre) ou supprimez cette ligne.',
  'plan.measure.unknown': '{where} : il n’y a pas de mesure « {id} » dans le plan national de mise en œuvre.',
  'plan.none':
    '{where} : « {id} » renvoie à une mesure du plan national de mise en œuvre, mais l’examen n’a pas de national_plan.',
  'plan.measures.list': 'Les mesures du plan sont : {list}.',
  'plan.none.hint':
    'Décrivez le plan sous national_plan (titre, dimensions, mesures avec leurs identifiants) ou supprimez cet identifiant.',
  'plan.notCited': '{where} (« {id} ») sert l’objectif {n}, mais les réponses pour l’objectif {n} ne la citent pas.',
  'plan.notCited.hint':
    'Ajoutez {id} à objectives › {n} › plan_measures, ou retirez {n} des objectifs de cette mesure.',
  longLink: '{where} : l’adresse web compte {n} caractères ; les rapports l’affichent raccourcie.',
  'longLink.hint': 'Vérifiez l’adresse : une adresse web dépasse rarement quelques centaines de caractères.',

  // ---- fichiers illisibles --------------------------------------------------------------------------
  'read.notFound': 'Le fichier n’existe pas.',
  'read.notFound.hint': 'Vérifiez l’orthographe du nom et le dossier où il se trouve.',
  'read.unreadable': 'Le fichier ne peut pas être lu (permission refusée).',
  'read.unreadable.hint':
    'Demandez au propriétaire du fichier l’accès en lecture, ou copiez-le à un endroit où vous pouvez le lire.',
  'read.isDirectory': 'Ceci est un dossier, pas un fichier d’examen.',
  'read.isDirectory.hint':
    'Pour vérifier tous les examens d’un dossier, on y cherche les fichiers *.gcm.yaml et *.gcm.yml.',
  'read.notAFile':
    'Ceci n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket) ; il n’a pas été lu.',
  'read.notAFile.hint': 'Indiquez le chemin d’un fichier d’examen (*.gcm.yaml).',
  'read.io': 'Le fichier n’a pas pu être lu : {reason}.',
  'read.tooLarge': 'Le fichier fait {size}, plus que les {max} autorisés pour un fichier d’examen.',
  'read.tooLarge.unknownSize': 'Le fichier dépasse les {max} autorisés pour un fichier d’examen.',
  'read.tooLarge.hint':
    'Un examen fait d’ordinaire bien moins de 1 MB : vérifiez qu’il s’agit du bon fichier. La limite peut être relevée avec --max-size.',
  'read.symlinkOutside':
    'Ceci est un lien symbolique vers un fichier situé hors du dossier vérifié ; il n’a pas été lu.',
  'read.symlinkOutside.hint':
    'Indiquez le vrai fichier, ou ajoutez --follow-symlinks si vous faites confiance à la destination du lien.',

  // ---- le rapport texte ----------------------------------------------------------------------------
  'report.error': 'erreur',
  'report.warning': 'avertissement',
  /** after “error” / “warning” (French: a space before the colon) */
  'report.colon': ' :',
  'report.hint': 'conseil :',
  'report.valid': 'valide',
  'report.validReady': 'valide, prêt',

  'report.validDetail': '{file} : valide ; {objectives}, {needs}.',
  'report.objectives.one': '1 objectif traité',
  'report.objectives.many': '{n} objectifs traités',
  'report.needs.one': '1 besoin de soutien déclaré',
  'report.needs.many': '{n} besoins de soutien déclarés',
  'report.files.one': '1 fichier vérifié',
  'report.files.many': '{n} fichiers vérifiés',
  'report.summary': '{files} : {parts}.',
  'report.nValid': '{n} valide(s)',
  'report.nInvalid': '{n} non valide(s)',
  'report.nUnreadable': '{n} illisible(s)',
  'report.nNotReady': '{n} pas encore prêt(s)',
  // ---- la commande ---------------------------------------------------------------------------------
  'cli.noInputs': 'indiquez les fichiers d’examen à vérifier.',
  'cli.noInputs.hint':
    'Exemple : gcm-review validate mon-examen.gcm.yaml   (ou un dossier, un motif glob, ou - pour l’entrée standard)',
  'cli.lang.invalid': '--lang : « {lang} » n’est pas une langue disponible ; utilisez {list}.',
  'cli.maxProblems.invalid': '--max-problems : « {value} » n’est pas un nombre entier (0 les affiche tous).',
  'cli.maxSize.invalid': '--max-size : « {value} » n’est pas une taille (exemples : 500kb, 10mb).',
  'cli.writeFailed': 'impossible d’écrire le rapport dans {file} : {reason}',
};
