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

  // ---- syntaxe YAML et encodage (src/load) ---------------------------------------------------------
  'yaml.empty': 'Le fichier est vide : un examen contient au moins `format_version: 1` et une section `metadata`.',
  'yaml.empty.hint': 'Pour en commencer un : gcm-review init FICHIER',
  'yaml.tooDeep':
    'Le fichier imbrique ici des listes ou des groupes sur plus de {max} niveaux ; un examen en compte environ six.',
  'yaml.tooDeep.hint': 'Vérifiez l’indentation et les crochets [ ] ou accolades { } autour de cette ligne.',
  'yaml.tab': 'Une tabulation sert à l’indentation ; YAML n’accepte que des espaces.',
  'yaml.tab.hint':
    'Indentez avec des espaces, pas des tabulations (la plupart des éditeurs savent convertir les tabulations en espaces).',
  'yaml.duplicate': 'La clé « {key} » apparaît deux fois dans la même section.',
  'yaml.duplicate.unnamed': 'La même clé apparaît deux fois dans la même section.',
  'yaml.duplicate.hint':
    'Gardez l’une des deux entrées, ou réunissez leurs textes : la seconde remplacerait la première sans rien dire.',
  'yaml.multipleDocs':
    'Le fichier contient plusieurs documents YAML (séparés par ---) ; un fichier d’examen en contient exactement un.',
  'yaml.multipleDocs.hint': 'Mettez chaque examen dans un fichier à part.',
  'yaml.badIndent': 'L’indentation est incorrecte ici ({detail}).',
  'yaml.badIndent.hint':
    'Vérifiez l’indentation : les éléments d’une même section doivent commencer dans la même colonne.',
  /** {detail}: the YAML parser's own words (English) */
  'yaml.syntax': 'Erreur de syntaxe YAML (message de l’analyseur, en anglais) : {detail}',
  'yaml.generic.hint':
    'Vérifiez la ligne indiquée et celle qui la précède : un deux-points manquant, un guillemet non fermé ou une mauvaise indentation en sont les causes habituelles.',
  'yaml.unclosedQuote': 'Le texte entre guillemets qui commence ici n’est pas fermé : le guillemet fermant manque.',
  'yaml.unclosedQuote.hint':
    "Ajoutez le guillemet fermant ; à l’intérieur de \"…\", écrivez \\\" pour un guillemet, à l’intérieur de '…', écrivez '' pour une apostrophe.",
  'yaml.missingColon':
    'Cette ligne n’a pas la forme `clé: valeur` : il manque un deux-points, ou une ligne de texte n’est pas indentée sous sa clé.',
  'yaml.missingColon.hint':
    'Un texte sur plusieurs lignes se place sous sa clé après |, en retrait, par exemple\n  gaps_and_challenges: |\n    Première ligne.\n    Deuxième ligne.',
  'yaml.colonInValue':
    'Une valeur contient un deux-points suivi d’une espace (« : »), que YAML lit comme le début d’une autre clé.',
  'yaml.colonInValue.hint':
    'Mettez tout le texte entre guillemets doubles, ou écrivez-le sur les lignes suivantes après | (en retrait).',
  'yaml.badStart': 'Une valeur ne peut pas commencer par « {ch} » sans être entre guillemets.',
  'yaml.badStart.hint': 'Mettez tout le texte entre guillemets doubles.',
  'yaml.aliasStart':
    'Une valeur commence par *, que YAML lit comme un renvoi à une autre valeur (un alias) ; la suite de la ligne ne peut donc pas être lue.',
  'yaml.alias.hint':
    'Pour commencer un texte par *mise en valeur* (ou par un *), mettez tout le texte entre guillemets doubles ou écrivez-le sur les lignes suivantes après |.',
  'yaml.afterQuote':
    'Le texte continue après son guillemet fermant : un guillemet à l’intérieur d’un texte entre guillemets le termine.',
  'yaml.afterQuote.double.hint':
    'À l’intérieur de "…", écrivez un guillemet sous la forme \\" (ou mettez le texte entre apostrophes).',
  'yaml.afterQuote.single.hint':
    "À l’intérieur de '…', écrivez une apostrophe sous la forme de deux apostrophes '' (ou mettez le texte entre guillemets doubles).",
  'yaml.longKey':
    'Une ligne est lue comme une clé de plus de 1 024 caractères : il manque probablement à un long texte sa clé ou son indentation.',
  'yaml.nbsp.hint':
    'Cette ligne contient aussi une espace insécable (souvent collée depuis Word), que YAML ne traite pas comme une espace : remplacez-la par une espace ordinaire.',
  /** {detail}: the YAML parser's own words (English) */
  'yaml.unreadable': 'Le fichier n’a pas pu être lu comme du YAML (message de l’analyseur, en anglais) : {detail}',
  'yaml.tag': 'La valeur est marquée d’une étiquette YAML, que les fichiers d’examen n’utilisent pas.',
  'yaml.tag.named': 'La valeur est marquée de l’étiquette YAML « {tag} », que les fichiers d’examen n’utilisent pas.',
  'yaml.tag.hint': 'Supprimez l’étiquette (le mot commençant par ! devant la valeur).',
  'yaml.complexKey':
    'Une liste ou un groupe de champs sert de clé ; une clé est un nom (ou un numéro d’objectif) suivi d’un deux-points.',
  'yaml.complexKey.hint': 'Écrivez la clé comme un simple mot, par exemple `languages:` ou `7:`.',
  'yaml.aliasUnresolved': '« *{name} » est lu comme un renvoi à une valeur marquée &{name}, et il n’y en a aucune.',
  'yaml.aliasLimit':
    'Le fichier utilise des alias YAML (*nom) pour répéter du contenu tant de fois qu’il dépasserait une taille sûre (plus de {max} répétitions).',
  'yaml.aliasLimit.hint': 'Écrivez le texte répété en entier, ou supprimez les ancres (&nom) et les alias (*nom).',
  'yaml.window':
    'Le fichier dépasse {mb} MB : il n’a été lu que jusqu’à la ligne {line}, autour de sa première erreur YAML. Corrigez les erreurs indiquées, puis vérifiez-le à nouveau pour trouver les suivantes.',
  'encoding.utf16': 'Le fichier est enregistré en UTF-16 ; les fichiers d’examen doivent être en UTF-8.',
  'encoding.invalid':
    'Le fichier n’est pas du texte UTF-8 valide (octet 0x{byte} à la ligne {line}, colonne {column}).',
  'encoding.hint':
    'Enregistrez le fichier en UTF-8 (dans la plupart des éditeurs : « Enregistrer avec l’encodage » → UTF-8). C’est nécessaire pour les fichiers enregistrés depuis Word ou Excel en « ANSI », « Latin-1 » ou « Unicode ».',
  'char.nul': 'un caractère NUL (U+0000)',
  'char.verticalTab': 'une tabulation verticale (U+000B ; Word en écrit une pour un saut de ligne manuel)',
  'char.formFeed': 'un saut de page (U+000C ; Word en écrit un pour un saut de page)',
  'char.escape': 'un caractère d’échappement (U+001B)',
  'char.delete': 'un caractère de suppression (U+007F)',
  'char.surrogate': 'une moitié de caractère (un demi-codet isolé, U+{code})',
  'char.control': 'un caractère de contrôle invisible (U+{code})',
  'char.forbidden': 'Le texte contient {name}, que YAML n’autorise pas.',
  'char.forbidden.hint':
    'Supprimez-le (il est invisible dans la plupart des éditeurs : supprimez le caractère à cette colonne et retapez-le), ou retapez le texte au lieu de le coller.',
  'char.more': '… et {n} autres caractères du même genre après celui-ci.',

  // ---- état de préparation (src/model/readiness.ts) -------------------------------------------------
  'ready.notReady': 'Pas encore prêt : {note}',
  'ready.notWritten': '{section} : rien n’est encore écrit.',
  'ready.section.key_messages': 'Messages clés',
  'ready.section.national_context': 'Contexte national',
  'ready.section.methodology': 'Méthodologie et processus (consultations et parties prenantes consultées)',
  'ready.section.guiding_principles': 'Principes directeurs',
  'ready.noObjective': 'Aucun objectif n’a encore de réponse.',
  'ready.notReported.one':
    'Objectif {list} : non traité, alors que l’examen porte sur les 23 objectifs (metadata › scope).',
  'ready.notReported.many':
    'Objectifs {list} : non traités, alors que l’examen porte sur les 23 objectifs (metadata › scope).',
  'ready.noQuestion': 'Objectif {n} ({short}) : présent, mais aucune question n’a de réponse.',
  'ready.question': '({letter}) {label}',
  'ready.missing.one': 'Objectif {n} ({short}) : la question {list} n’a pas de réponse.',
  'ready.missing.many': 'Objectif {n} ({short}) : les questions {list} n’ont pas de réponse.',
  'ready.toUpdate': 'Réponses reprises de l’examen précédent, pas encore confirmées ni mises à jour ({n}) : {list}.',
  'ready.profile': 'Profil de l’examen : la réponse est encore « unknown » (inconnue) pour {list}.',
  'ready.profile.has_national_implementation_plan': 'plan national de mise en œuvre',
  'ready.profile.linked_to_2030_agenda': 'lien avec le Programme 2030',
  'ready.profile.has_coordination_mechanism': 'mécanisme de coordination',
  'ready.profile.un_network_in_country': 'réseau des Nations Unies dans le pays',
  'ready.profile.other.one': '1 autre question',
  'ready.profile.other.many': '{n} autres questions',
  'ready.crisis': 'Incidence des crises : « {name} » n’a pas encore de texte.',
  'ready.crisisN': 'crise {n}',

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
  'report.more.one': '… et 1 autre problème des mêmes types ({kinds}).',
  'report.more.many': '… et {n} autres problèmes des mêmes types ({kinds}).',
  'report.more.hint':
    'Corrigez d’abord les problèmes ci-dessus (une seule erreur en entraîne souvent beaucoup d’autres), ou affichez-les tous avec --max-problems 0.',
  // ---- la commande ---------------------------------------------------------------------------------
  'cli.noInputs': 'indiquez les fichiers d’examen à vérifier.',
  'cli.noInputs.hint':
    'Exemple : gcm-review validate mon-examen.gcm.yaml   (ou un dossier, un motif glob, ou - pour l’entrée standard)',
  'cli.lang.invalid': '--lang : « {lang} » n’est pas une langue disponible ; utilisez {list}.',
  'cli.maxProblems.invalid': '--max-problems : « {value} » n’est pas un nombre entier (0 les affiche tous).',
  'cli.maxSize.invalid': '--max-size : « {value} » n’est pas une taille (exemples : 500kb, 10mb).',
  'cli.internalError': 'erreur interne : {detail}',
  'cli.internalError.bug':
    'Il s’agit d’un défaut de gcm-review, pas d’un problème dans votre fichier. Merci de le signaler en indiquant la commande lancée{debug}.',
  'cli.internalError.debug': ' (définissez GCM_REVIEW_DEBUG=1 pour voir le détail)',
  'cli.writeFailed': 'impossible d’écrire le rapport dans {file} : {reason}',
};
