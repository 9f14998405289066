// Les textes de l’assistant (init, edit), en français (notre traduction ; les intitulés officiels
// viennent de src/reference). Typographie française : espace avant : ; ? !
import type { WizardKey } from './en.js';

export const fr: Readonly<Record<WizardKey, string>> = {
  // ---- general -----------------------------------------------------------------------------------
  required: 'Une réponse est nécessaire ici.',
  notset: 'non renseigné',
  written: 'rédigé',
  back: '← Retour',
  'back.main': '← Retour au menu principal',
  'back.objectives': '← Retour à la liste des objectifs',
  line: 'ligne',
  more: '… et {n} de plus',
  objective: 'Objectif',
  'lang.en': 'Anglais',
  'lang.fr': 'Français',
  'lang.es': 'Espagnol',
  'lang.ar': 'Arabe',
  'partial.saved': 'La réponse inachevée que vous étiez en train de saisir a été enregistrée.',
  'shape.skip':
    'Cette réponse ({where}) est écrite dans le fichier sous une forme que l’assistant ne peut pas modifier : elle est laissée telle quelle. Modifiez-la dans un éditeur de texte si nécessaire.',
  'shape.error':
    'Une partie du fichier ({where}) n’a pas la forme attendue : cette réponse n’a pas pu y être enregistrée. Le reste du fichier est inchangé. Corrigez cette partie dans un éditeur de texte (gcm-review validate indique où), puis réessayez.',
  'external.changed':
    'Le fichier a été modifié par un autre programme : l’assistant travaille désormais sur cette nouvelle version (rien n’en est écrasé).',

  // ---- command line ------------------------------------------------------------------------------
  'tty.needed':
    '« gcm-review {cmd} » pose ses questions de manière interactive et a donc besoin d’un terminal ; or l’entrée ou la sortie n’en est pas un (tube, script ou tâche d’intégration continue).',
  'tty.hint':
    'Lancez-le dans une fenêtre de terminal. Sans l’assistant, écrivez directement le fichier de l’examen : partez d’un fichier du dossier examples/, consultez tous les champs avec « gcm-review schema », modifiez-le dans un éditeur de texte et vérifiez-le avec « gcm-review validate FICHIER ».',
  'uilang.invalid': 'Langue d’interface inconnue « {lang} » : utilisez en, fr ou es.',
  'init.exists': '{file} existe déjà : init le remplacerait.',
  'init.exists.hint':
    'Pour poursuivre cet examen : gcm-review edit {file}   (pour tout recommencer en l’écrasant : gcm-review init --force {file})',
  'edit.notfound': '{file} n’existe pas.',
  'edit.notfound.hint': 'Vérifiez le nom et le dossier, ou commencez un nouvel examen avec : gcm-review init {file}',
  'edit.unreadable': '{file} ne peut pas être lu : {reason}',
  'edit.syntax':
    '{file}:{line}:{col} : ce fichier n’est pas du YAML valide ({reason}) ; l’assistant ne peut donc pas l’ouvrir. Il n’a pas été modifié.',
  'edit.syntax.hint':
    'Corrigez cette ligne dans un éditeur de texte (deux-points manquant, guillemet non fermé ou mauvaise indentation sont les causes habituelles) ; « gcm-review validate {file} » explique le problème.',
  'edit.notreview':
    '{file} est du YAML mais pas un examen : son niveau supérieur doit être des sections nommées (format_version, metadata, objectives…). Il n’a pas été modifié.',
  'cancel.saved': 'Enregistré dans {file}. Pour reprendre : gcm-review edit {file}',
  'cancel.nothing': 'Arrêt avant la première réponse : rien n’a été enregistré.',
  'save.failed':
    'Impossible d’enregistrer {file} : {reason}. Votre dernière réponse n’a pas été enregistrée ; tout ce qui a été répondu avant se trouve dans le fichier.',
  'save.failed.hint':
    'Vérifiez que le disque n’est pas plein et que vous pouvez écrire dans ce dossier, puis reprenez avec : gcm-review edit {file}',
  'file.q': 'Fichier où enregistrer l’examen',
  'file.exists': '{file} existe déjà : choisissez un autre nom (ou ouvrez-le avec gcm-review edit {file}).',

  // ---- terminal prompts --------------------------------------------------------------------------
  'keys.navigate': 'se déplacer',
  'keys.space': 'espace',
  'keys.choose': 'choisir',
  'keys.tick': 'cocher / décocher',
  'keys.all': 'tout',
  'keys.invert': 'inverser',
  'keys.submit': 'valider',
  'keys.type': 'tapez pour chercher',
  yes: 'oui',
  no: 'non',
  'confirm.error': 'Répondez {yes} ou {no}.',
  'input.clear': '(Entrée pour garder, - pour effacer)',
  'search.none': 'Aucun résultat : tapez moins de lettres.',
  'ml.howto':
    'Tapez ou collez votre réponse. Entrée commence une nouvelle ligne ; chaque ligne est gardée comme un paragraphe (commencez les lignes par - ou 1. pour une liste). Pour terminer, tapez un point (.) seul sur une ligne puis Entrée, ou appuyez sur Ctrl-D. Pour passer la question, tapez . tout de suite.',
  'ml.current': 'Réponse actuelle :',
  'ml.keep':
    'Tapez . (un point) puis Entrée pour la garder, - (un tiret) pour l’effacer, ou tapez une nouvelle réponse pour la remplacer (terminez-la par un point seul sur une ligne).',
  'ml.kept': 'gardée',
  'ml.cleared': 'effacée',
  'ml.skipped': 'passée',
  'ml.words': '{n} mots',
  'editor.waiting':
    'Appuyez sur {key} pour écrire la réponse dans votre éditeur ; enregistrez et fermez l’éditeur pour revenir.',

  // ---- init --------------------------------------------------------------------------------------
  'init.title': 'Nouvel examen du PMM',
  'init.intro':
    'Répondez question par question. Chaque réponse est enregistrée aussitôt dans {file}. Laissez une réponse vide pour la passer : un brouillon peut être incomplet. Arrêtez à tout moment avec Ctrl-C et reprenez plus tard avec : gcm-review edit {file}',
  'init.long.editor': 'Les réponses longues s’ouvrent dans votre éditeur de texte.',
  'init.long.terminal':
    'Les réponses longues sont tapées ou collées ici, ligne par ligne : chaque ligne terminée par Entrée est gardée comme un paragraphe, et un point (.) seul sur une ligne termine la réponse. (Pour les écrire plutôt dans un éditeur de texte, définissez la variable EDITOR, par exemple EDITOR=nano.)',
  part: 'Partie {i} sur {n} : {name}',
  'part.about': 'À propos de l’examen',
  'part.people': 'Préparation de l’examen',
  'part.objectives': 'Les objectifs',
  'part.sections': 'Autres parties du rapport',
  'sections.intro':
    'Ces parties encadrent le rapport. Laissez-les vides pour les rédiger plus tard avec gcm-review edit.',
  'objective.progress': 'Objectif {num} ({i} sur {n} choisis) : {title}',

  // ---- metadata ----------------------------------------------------------------------------------
  'type.q': 'Qui soumet cet examen ?',
  'type.member_state.help':
    'Un gouvernement qui rend compte de la mise en œuvre nationale. Les questions parlent des plans nationaux.',
  'type.stakeholder.help':
    'Une organisation (société civile, syndicat, milieu universitaire, secteur privé…) qui rend compte de ce qu’elle observe.',
  'type.iscm.help':
    'Un mécanisme consultatif interétatique ou processus régional (par ex. le Processus de Rabat). Les questions parlent des plans régionaux.',
  'type.regional_organization.help':
    'Une organisation régionale (par ex. une communauté économique régionale). Les questions parlent des plans régionaux.',

  // ---- country search and fictional countries (issue 12 snag 1) ----
  'country.q': 'Pays (tapez une partie de son nom ; pour un pays fictif ou de test, un code de QMA–QZZ ou XAA–XZZ)',
  'country.fictional.code': '{code} · pays fictif ou de test (vous le nommez ensuite)',
  'country.fictional.help':
    'Les examens fictifs ou de test utilisent les codes QMA–QZZ ou XAA–XZZ, qu’aucun pays réel ne porte, avec le nom de votre choix.',
  'country.none': 'Aucun pays ou zone de l’ONU ne s’appelle « {term} » : l’utiliser comme pays fictif ou de test',
  'country.other': 'Absent de cette liste : utiliser « {term} » comme pays fictif ou de test',
  'country.fictional.code.q': 'Code de ce pays fictif (QMA–QZZ ou XAA–XZZ)',
  'country.fictional.code.bad': 'Utilisez trois majuscules de QMA à QZZ ou de XAA à XZZ, par ex. QMA.',
  'country.fictional.name.q': 'Nom de ce pays fictif, tel que les rapports l’affichent',
  'region.unverified': '* Ce nom n’est pas encore vérifié par rapport au texte officiel.',

  // ---- end of country search block ----
  'iscm.q': 'Quel mécanisme ou processus ?',
  'iscm.other': 'Un autre (tapez son nom)',
  'iscm.name.q': 'Nom du mécanisme ou processus',
  'org.name.q': 'Nom de votre organisation',
  'regorg.name.q': 'Nom de l’organisation régionale',
  'category.q': 'De quel type de partie prenante s’agit-il ?',
  'cycle.q': 'Pour quel examen ?',
  'cycle.projected': '(dates prévues)',
  'region.q': 'Région (commission régionale des Nations Unies)',
  'region.none': 'Aucune / sans objet',
  'languages.q': 'Langues de rédaction de l’examen',
  'languages.none': 'Cochez au moins une langue (barre d’espace).',
  'languages.main.q': 'Langue principale',
  'focal.intro': 'Le point focal : la personne à contacter au sujet de cet examen.',
  'focal.name': 'Point focal : nom complet',
  'focal.title': 'Point focal : fonction',
  'focal.organization': 'Point focal : ministère ou organisation',
  'focal.email': 'Point focal : courriel',
  'email.invalid': 'Ceci ne ressemble pas à une adresse électronique (nom@exemple.org).',
  'date.q': 'Date de cette version (AAAA-MM-JJ)',
  'date.invalid': 'Écrivez la date sous la forme AAAA-MM-JJ, par ex. 2025-03-31.',
  'status.q': 'Statut de l’examen',
  'status.draft': 'Brouillon (le rapport porte la mention PROJET)',
  'status.final': 'Final (prêt à être soumis)',
  'm.type': 'Soumis par',
  'm.country': 'Pays',
  'm.name': 'Nom',
  'm.category': 'Catégorie de partie prenante',
  'm.cycle': 'Cycle d’examen',
  'm.region': 'Région',
  'm.languages': 'Langues',
  'm.focal': 'Point focal',
  'm.date': 'Date',
  'm.status': 'Statut',
  'm.process': 'Méthodologie et processus',
  'm.stakeholders': 'Parties prenantes consultées',
  'm.consultations': 'Consultations tenues',

  // ---- preparation -------------------------------------------------------------------------------
  'process.guidance':
    'Comment l’examen a-t-il été préparé ? Qui l’a dirigé, quels ministères et organismes y ont participé, comment les contributions ont-elles été recueillies et validées ?',
  'process.q': 'Comment l’examen a été préparé',
  'stakeholders.q': 'Quels groupes ont été consultés ? (approche mobilisant l’ensemble de la société)',
  'stakeholders.remove': '« {name} » contient une liste d’organisations. Le retirer des parties prenantes consultées ?',
  'organizations.q': '{category} : organisations consultées, séparées par ; (facultatif)',
  'consultations.intro':
    'Indiquez chaque consultation, atelier ou appel à contributions écrites organisé pour l’examen.',
  'consultations.q': 'Consultations tenues',
  'consultations.add': '+ Ajouter une consultation',
  'consultation.title': 'Intitulé de la consultation',
  'consultation.date': 'Date (AAAA-MM-JJ, facultatif)',
  'consultation.format': 'Format',
  'consultation.participants': 'Nombre de participants (facultatif)',
  'participants.invalid': 'Écrivez un nombre entier, par ex. 45.',
  'consultation.stakeholders': 'Groupes participants',

  // ---- lists -------------------------------------------------------------------------------------
  'list.count': '{n} pour l’instant',
  'list.done': 'Terminé : continuer',
  'list.none': 'Aucun : continuer',
  'list.item': 'Entrée {n}',
  'list.change': 'La modifier',
  'list.remove': 'La supprimer',
  'list.remove.confirm': 'Supprimer l’entrée {n} ?',
  'list.first.hint': '(vide : ne rien ajouter)',

  // ---- objectives --------------------------------------------------------------------------------
  'objectives.guidance':
    'Choisissez les objectifs sur lesquels porte cet examen (les tables rondes du FEMI les regroupent par thème). Vous pourrez en ajouter ou en retirer plus tard.',
  'objectives.q': 'Objectifs traités',
  roundtable: 'Table ronde {n} du FEMI',
  'roundtable.all': 'Tout sélectionner dans la table ronde {n}',
  'objectives.chosen': '{n} objectifs choisis : {list}',
  'objectives.none': 'Aucun objectif choisi pour l’instant : vous pourrez les choisir plus tard avec gcm-review edit.',
  'objectives.remove':
    'L’objectif {n} ({title}) contient des réponses. Le retirer et supprimer ses réponses du fichier ?',
  'question.of': 'Question ({letter}), {i} sur {n}',
  'a.status': 'État de la mise en œuvre : votre réponse',
  'stats.q': 'Statistiques pour cet objectif',
  'stats.add': '+ Ajouter une ligne de statistiques',
  'stats.indicator': 'Indicateur (ce qui est mesuré)',
  'stats.value': 'Valeur (un nombre, ou un texte comme 12–15)',
  'stats.unit': 'Unité (par ex. personnes, %, millions USD ; facultatif)',
  'stats.year': 'Année ou période (par ex. 2024 ; facultatif)',
  'stats.source': 'Source (facultatif)',
  'stats.disaggregation': 'Ventilation (par ex. par sexe et âge ; facultatif)',
  'principles.q': 'Principes directeurs appliqués dans ce travail',
  'b.narrative': 'Comment ils ont été intégrés : votre réponse',
  'c.gaps': 'Principales lacunes et principaux défis : votre réponse',
  'practices.q': 'Pratiques prometteuses',
  'practices.add': '+ Ajouter une pratique prometteuse',
  'practice.title': 'Titre court de la pratique',
  'practice.description': 'Ce qui a été fait',
  'practice.partners': 'Partenaires, séparés par ; (facultatif)',
  'practice.results': 'Résultats et leçons apprises',
  'practice.link': 'Lien web pour en savoir plus (facultatif)',
  'url.invalid': 'Écrivez une adresse web complète commençant par https:// (ou laissez vide).',
  'e.areas': 'Domaines où un soutien est nécessaire',
  'e.remove': 'Le besoin « {area} » a une description. Le supprimer ?',
  'e.other.label': 'Nom de l’autre domaine',
  'e.description': '{area} : quel soutien est nécessaire, pour quoi faire',
  'e.priority': '{area} : priorité',

  // ---- other parts -------------------------------------------------------------------------------
  's.key_messages': 'Messages clés',
  's.key_messages.guidance':
    'Les principaux messages de l’examen, en quelques paragraphes ou une liste : ce qui a fonctionné, ce qui reste difficile, le soutien nécessaire.',
  's.national_context': 'Contexte national',
  's.national_context.guidance':
    'La situation migratoire et le cadre politique : principaux flux, institutions, lois et plans.',
  's.next_steps': 'Prochaines étapes',
  's.next_steps.guidance': 'La suite : mesures prévues, suivi et prochain examen.',
  's.principles': 'Principes directeurs',
  's.principles.guidance':
    'Pour chacun des dix principes directeurs que vous souhaitez traiter, comment l’examen et les politiques qu’il décrit l’appliquent.',
  's.principles.q': 'Quel principe directeur ?',
  's.principle_needs': 'Besoins de soutien pour les principes directeurs',
  's.principle_needs.guidance':
    'La question (e) porte aussi sur les principes directeurs : le soutien nécessaire pour appliquer un principe, plutôt qu’un objectif. Choisissez un principe, puis les domaines où un soutien est nécessaire.',
  's.principle_needs.q': 'Soutien nécessaire pour quel principe directeur ?',
  'principle_needs.count': '{n} besoin(s) de soutien',
  'principle_needs.none': 'aucun',
  's.annexes': 'Annexes',
  's.annexes.guidance':
    'Documents d’appui listés à la fin du rapport : statistiques, listes de participants, lois. Donnez à chacun un titre et, si vous le souhaitez, une courte description et un lien web.',
  'annexes.add': '+ Ajouter une annexe',
  'annex.title': 'Titre de l’annexe',
  'annex.description': 'Contenu de l’annexe (facultatif)',
  'annex.link': 'Lien web où lire le document (facultatif)',
  'annexes.count': '{n} listée(s)',
  'principles.count': '{n} sur {total} rédigés',

  // ---- issue 9 §3–5: scope and priorities, national plan, pledges, Progress Declaration ----------
  'scope.menu': 'Portée de l’examen',
  'scope.all': 'les 23 objectifs',
  'scope.selected': 'une sélection d’objectifs',
  'scope.guidance':
    'L’examen porte-t-il sur les 23 objectifs, ou seulement sur une sélection ? Dans un examen sélectif, seuls les objectifs choisis comptent pour l’état d’avancement, et le rapport indique que les autres ne figurent pas parmi ses priorités.',
  'scope.q': 'Sur quoi porte l’examen ?',
  'scope.choice.selected': 'Une sélection d’objectifs (examen sélectif)',
  'scope.choice.all': 'Les 23 objectifs',
  'scope.unset': 'Non précisé (supprimer)',
  'scope.reason.q': 'Pourquoi ces objectifs (facultatif)',
  'priorities.menu': 'Priorités parmi les objectifs',
  'priorities.count': '{n} classé(s)',
  'priorities.guidance':
    'Classez les objectifs que cet examen met en avant : 1 est le plus élevé. « gcm-review render --order priority » présente d’abord les objectifs classés.',
  'priorities.none': 'Choisissez d’abord les objectifs traités (menu principal).',
  'priorities.q': 'Priorité de quel objectif ?',
  'priorities.rank': 'rang {rank}',
  'priorities.unranked': 'non classé',
  'priority.rank.q': 'Rang (1 est le plus élevé ; vide : pas une priorité)',
  'priority.rank.invalid': 'Écrivez un nombre entier, 1 ou plus.',
  'priority.reason.q': 'Pourquoi c’est une priorité (facultatif)',
  'plan.menu': 'Plan national de mise en œuvre',
  'plan.guidance':
    'Le plan national de mise en œuvre du Pacte : son titre, sa date d’adoption, ses axes et ses mesures. Chaque mesure indique les objectifs qu’elle sert ; l’assistant cite alors la mesure dans les réponses de ces objectifs.',
  'plan.title.q': 'Titre du plan',
  'plan.adopted.q': 'Date d’adoption, AAAA-MM-JJ (facultatif)',
  'plan.link.q': 'Lien web vers le plan (facultatif)',
  'plan.dimensions': 'Axes du plan',
  'plan.dimensions.add': '+ Ajouter un axe',
  'plan.dimension.id': 'Identifiant court de l’axe, par ex. D1',
  'plan.dimension.title': 'Nom de l’axe',
  'plan.measures': 'Mesures du plan',
  'plan.measures.add': '+ Ajouter une mesure',
  'plan.measure.id': 'Identifiant court de la mesure, par ex. M2.3',
  'plan.measure.title': 'Nom de la mesure',
  'plan.measure.dimension': 'Axe de la mesure',
  'plan.measure.objectives': 'Objectifs auxquels la mesure contribue',
  'plan.id.invalid': 'Un identifiant n’a pas d’espace, par ex. M2.3.',
  'plan.cited': 'L’objectif {n} cite désormais la mesure {id}.',
  'pledges.menu': 'Engagements',
  'pledges.guidance':
    'Engagements pris pour le Forum d’examen des migrations internationales, et leur avancement. Une personne de contact peut être ajoutée dans un éditeur de texte (contact : name, organization, email, phone) ; elle est omise des rapports publics.',
  'pledges.add': '+ Ajouter un engagement',
  'pledges.count': '{n} indiqué(s)',
  'pledge.title.q': 'Intitulé de l’engagement',
  'pledge.kind.q': 'Engagement individuel ou conjoint ?',
  'pledge.kind.individual': 'Individuel',
  'pledge.kind.joint': 'Conjoint (avec des partenaires)',
  'pledge.status.q': 'État de l’engagement',
  'pledge.status.announced': 'Annoncé',
  'pledge.status.in_progress': 'En cours',
  'pledge.status.fulfilled': 'Réalisé',
  'pledge.status.discontinued': 'Abandonné',
  'pledge.objectives.q': 'Objectifs servis par l’engagement',
  'pledge.partners': 'Partenaires de l’engagement',
  'pledge.partners.add': '+ Ajouter un partenaire',
  'pledge.partner.name': 'Nom du partenaire',
  'pledge.partner.country': 'Pays du partenaire, code ISO tel que MEX (facultatif)',
  'pledge.country.invalid': 'Trois lettres majuscules, par ex. MEX.',
  'pledge.gcr.q': 'Également pris au titre du Pacte mondial sur les réfugiés ?',
  'pledge.nature.q': 'Nature de l’engagement, par ex. politique, programme, financier (facultatif)',
  'pledge.progress.q': 'Avancement à ce jour',
  'pledge.link.q': 'Lien web vers l’engagement (facultatif)',
  'pd.menu': 'Suivi de la Déclaration sur les progrès',
  'pd.guidance':
    'Suivi de la Déclaration sur les progrès de 2022 (résolution 76/266 de l’Assemblée générale) : pour chaque paragraphe traité, ce qui a été fait.',
  'pd.add': '+ Ajouter un paragraphe',
  'pd.paragraph.q': 'Numéro du paragraphe de la Déclaration sur les progrès',
  'pd.paragraph.invalid': 'Écrivez le numéro du paragraphe, par ex. 70.',
  'pd.narrative.q': 'Ce qui a été fait à ce sujet',
  'pd.item': 'Paragraphe {n}',
  'ready.scopeAll':
    'Objectifs {list} : non traités, alors que l’examen porte sur les 23 objectifs (portée de l’examen)',
  'finish.warnings': '{n} point(s) à vérifier (le fichier est valide) :',
  'pd.count': '{n} paragraphe(s)',

  // ---- edit --------------------------------------------------------------------------------------
  'edit.title': 'Examen du PMM : {name} ({file})',
  'edit.intro':
    'Choisissez sur quoi travailler. Chaque réponse est enregistrée aussitôt ; arrêtez à tout moment avec Ctrl-C.',
  'edit.problems': 'Le fichier présente {n} problème(s). Il s’ouvre quand même :',
  'edit.problems.hint':
    'Les réponses peuvent être corrigées ici ; les autres problèmes demandent un éditeur de texte (gcm-review validate les affiche à nouveau).',
  'edit.bye': 'Tout est enregistré dans {file}.',
  'menu.q': 'Sur quoi voulez-vous travailler ?',
  'menu.meta': 'À propos de l’examen (auteur, cycle, langues, point focal, statut)',
  'menu.people': 'Préparation de l’examen (processus, parties prenantes, consultations)',
  'menu.choose': 'Choisir les objectifs traités ({n} choisis)',
  'menu.objectives': '── Objectifs ──',
  'menu.sections':
    'Autres parties du rapport (messages clés, contexte national, portée et priorités, plan national, principes directeurs, prochaines étapes, engagements, annexes)',
  'menu.finish': 'Vérifier l’examen et produire le rapport',
  'menu.quit': 'Quitter (tout est déjà enregistré)',
  'progress.answered': 'les {n} questions ont une réponse',
  'progress.partial': '{k} questions sur {n} ont une réponse',
  'progress.empty': 'pas commencé',
  'q.answered': 'répondu',
  'q.unanswered': 'sans réponse',
  'q.all': 'Les cinq questions, dans l’ordre',

  // ---- finish ------------------------------------------------------------------------------------
  'finish.title': 'Vérification de l’examen',
  'finish.invalid': '{file} présente {n} problème(s) à corriger avant de pouvoir produire un rapport :',
  'finish.invalid.hint':
    'Vos réponses sont enregistrées. Corrigez les problèmes avec gcm-review edit {file} ou dans un éditeur de texte, puis vérifiez avec gcm-review validate {file}.',
  'finish.valid': '{file} est un fichier d’examen valide.',
  'finish.counts': 'Objectifs avec des réponses : {n}{list}. Besoins de soutien indiqués : {needs}.',
  'finish.ready':
    'Rien ne manque. Une fois l’examen approuvé, passez son statut à final (gcm-review edit → À propos de l’examen).',
  'finish.todo': 'Reste à faire ({n}) :',
  'finish.resume': 'Pour continuer : gcm-review edit {file}',
  'ready.section': '{name} : pas encore rédigé',
  'ready.noobjective': 'Aucun objectif n’a encore de réponse',
  'ready.objective.empty': 'Objectif {name} : choisi, mais aucune question n’a de réponse',
  'ready.objective.missing': 'Objectif {name} : questions {list} sans réponse',
  'render.q': 'Produire le rapport maintenant ?',
  'render.later': 'Vous pourrez le produire plus tard avec : gcm-review render {file}',
  'render.failed':
    'Le rapport n’a pas pu être produit (code de sortie {code}, voir ci-dessus). L’examen lui-même est enregistré ; réessayez avec : gcm-review render {file}',

  // ---- parts of a review added by issue 9 (UN system submitter, review profile, crises, review process, report parts)
  'type.un_system.help':
    'Une commission régionale, le Réseau des Nations Unies sur les migrations ou une équipe de pays des Nations Unies. Les questions sont formulées pour le système des Nations Unies (formulation propre à gcm-review, non officielle).',
  'unsys.name.q': 'Nom de l’entité ou du réseau des Nations Unies',
  // about the review
  'p.review_number': 'Numéro de l’examen',
  'p.review_number.q': 'Le combientième examen est-ce ? (1 pour le premier, 2 pour le deuxième…)',
  'p.review_number.invalid': 'Indiquez un nombre entier à partir de 1.',
  'p.previous': 'Examen précédent',
  'p.previous.cycle': 'Examen précédent : pour quel cycle d’examen ?',
  'p.previous.title': 'Examen précédent : titre',
  'p.previous.link': 'Examen précédent : lien web où le lire',
  'p.authors': 'Auteurs',
  'p.authors.add': 'Ajouter un auteur',
  'p.author.name': 'Nom de l’auteur',
  'p.author.role': 'Rôle (par ex. consultant principal)',
  'p.author.organization': 'Organisation',
  // how the review was prepared
  'p.lead_agency': 'Institution chef de file',
  'p.lead_agency.q': 'Quel ministère ou organisme a dirigé la préparation de l’examen ?',
  'p.support': 'Appui à l’examen',
  'p.support.add': 'Ajouter une organisation qui a aidé',
  'p.support.organization': 'Organisation qui a aidé (par ex. Réseau des Nations Unies sur les migrations, OIM)',
  'p.support.role': 'Comment elle a aidé',
  'p.details': 'Détails des consultations (type, lieu, organes, résultats)',
  'p.details.none': 'Aucune consultation n’est encore indiquée : ajoutez-les d’abord sous « Consultations tenues ».',
  'p.details.q': 'Quelle consultation ?',
  'p.kind': 'Type de consultation',
  'p.organiser': 'Organisée par',
  'p.place': 'Lieu (par ex. une ville)',
  'p.bodies': 'Organes participants, séparés par ; (par ex. Conseil national des migrants)',
  'p.outcomes': 'Résultats : ce que la consultation a changé ou recommandé',
  'p.other_groups': 'Autres groupes consultés (hors des douze catégories)',
  'p.other_groups.add': 'Ajouter un groupe',
  'p.other_groups.label': 'Nom du groupe (par ex. organisations d’employeurs, groupes de jeunes)',
  'p.other_groups.organizations': 'Organisations consultées, séparées par ;',
  // other parts of the report
  'p.executive_summary': 'Résumé analytique',
  'p.executive_summary.guidance':
    'Un résumé de tout l’examen pour les lecteurs pressés, imprimé avant les messages clés. Facultatif.',
  'p.profile': 'Profil de l’examen (réponses courtes)',
  'p.profile.guidance':
    'Des réponses courtes qu’un secrétariat peut compter, présentées en tableau à la page « Vue d’ensemble ». Chacune peut avoir un commentaire.',
  'p.profile.count': '{n} avec réponse',
  'p.profile.comment': 'Commentaire (facultatif)',
  'p.profile.custom': 'Autres questions',
  'p.profile.custom.add': 'Ajouter une question',
  'p.profile.custom.question': 'La question',
  'p.profile.answer': 'Réponse',
  'p.answer.yes': 'Oui',
  'p.answer.no': 'Non',
  'p.answer.partially': 'En partie',
  'p.answer.not_applicable': 'Sans objet',
  'p.answer.unknown': 'Inconnu',
  'p.q.has_national_implementation_plan': 'Existe-t-il un plan national de mise en œuvre du Pacte mondial ?',
  'p.q.linked_to_2030_agenda':
    'La mise en œuvre du Pacte est-elle liée au Programme de développement durable à l’horizon 2030 ?',
  'p.q.has_coordination_mechanism': 'Existe-t-il un mécanisme national de coordination sur les migrations ?',
  'p.q.un_network_in_country': 'Existe-t-il un réseau des Nations Unies sur les migrations dans le pays ?',
  'p.policy_framework': 'Cadre politique et environnement favorable',
  'p.policy_framework.guidance':
    'Lois, politiques, stratégies et institutions qui encadrent la gouvernance des migrations et la mise en œuvre du Pacte. Facultatif.',
  'p.crises': 'Incidence des crises',
  'p.crises.guidance':
    'Comment des crises (pandémie, conflit, catastrophe) ont touché les migrations et la mise en œuvre du Pacte. Une entrée par crise. Facultatif.',
  'p.crises.add': 'Ajouter une crise',
  'p.crisis.name': 'Nom de la crise (par ex. pandémie de COVID-19)',
  'p.crisis.narrative': 'Son incidence et la réponse',
  'p.means_of_implementation': 'Moyens de mise en œuvre',
  'p.means_of_implementation.guidance':
    'Comment la mise en œuvre est financée : budgets, Fonds d’affectation spéciale pluripartenaires pour les migrations, coopération. Facultatif.',
  'p.disclaimer': 'Avertissement',
  'p.disclaimer.guidance':
    'Imprimé à la fin du rapport, par ex. « Les opinions exprimées sont celles des auteurs. » Facultatif.',
  'p.ready.profile': 'Profil de l’examen : réponse encore « inconnu » : {list}',
  'p.ready.crisis': 'Incidence des crises : « {name} » n’a pas encore de texte',
  'p.category.other': 'Autre (aucune de celles-ci) : à préciser',
  'p.category.label': 'Quel type d’organisation ? (par ex. organisation d’employeurs, groupe de jeunes)',

  // ---- issue 12 (cycles): changing a long answer, objective order, readiness wording ---------------
  'long.action': '{message} : que voulez-vous faire de la réponse actuelle ?',
  'long.keep': 'La garder telle quelle',
  'long.append': 'La compléter (ce que vous tapez vient à la suite)',
  'long.editor': 'La modifier dans l’éditeur de texte ({editor}), à partir du texte actuel',
  'long.replace': 'La remplacer (taper une nouvelle réponse)',
  'long.clear': 'L’effacer',
  'long.append.q': '{message} (ajouté après la réponse actuelle)',
  'objectives.order.q': 'Comment lister les objectifs ?',
  'objectives.order.number': 'Par numéro, de 1 à 23',
  'objectives.order.roundtable': 'Groupés par table ronde du FEMI',
  'ready.section.principles':
    'Principes directeurs, la partie distincte du rapport sur les dix principes (et non la question (b) des objectifs) : pas encore rédigée. Elle se trouve dans gcm-review edit → Autres parties du rapport → Principes directeurs',
  'ready.objective.missing.one': 'Objectif {name} : question {list} sans réponse',

  // ---- issue 12 §1 (cycles): answers carried over from the previous review -------------------------
  'carried.from': 'Cette réponse vient de l’examen précédent :',
  'carried.q': 'Est-elle toujours juste pour cet examen ?',
  'carried.keep': 'La garder telle quelle (elle est toujours juste)',
  'carried.update': 'La mettre à jour',
  'carried.menu': 'Réponses reprises de l’examen précédent : {n} à confirmer ou mettre à jour',
  'carried.menu.q': 'Quelle réponse reprise voulez-vous vérifier ?',
  'carried.badge': '{n} à mettre à jour',
  'carried.other':
    'L’assistant ne pose pas de question sur cette partie : vérifiez-la dans le fichier ({key}), puis confirmez-la ici.',
  'ready.to_update': 'Repris de l’examen précédent, pas encore confirmé ni mis à jour : {list}',
  'from.done':
    '{file} créé à partir de {old} : examen numéro {number}, pour {cycle}, statut brouillon, daté du {date}.',
  'from.marked':
    '{n} réponses reprises sont marquées « à mettre à jour » jusqu’à ce que vous confirmiez ou modifiiez chacune (gcm-review validate les liste).',
  'from.left': 'Non repris (ils appartiennent à l’examen précédent) : {list}.',
  'from.samecycle':
    'L’examen précédent porte sur le dernier cycle connu ({cycle}) : le cycle est gardé. Changez-le avec --cycle ou dans l’assistant.',
  'from.next': 'Passez les réponses en revue avec : gcm-review edit {file}',

  // ---- editor support (the schema copy beside the review) ----------------------------------------
  'editor.schema.written':
    'Pour les éditeurs : {schema} (le schéma des fichiers d’examen) se trouve maintenant à côté de l’examen ; VS Code avec l’extension YAML, et d’autres éditeurs, vérifient le fichier et affichent les questions de l’annexe I (en anglais, avec le texte source français) pendant la saisie.',
  'editor.modeline.updated':
    'Pour les éditeurs : la première ligne du fichier renvoie maintenant à {schema}, une copie du schéma placée à côté (l’adresse web indiquée ne sert pas encore le schéma : les éditeurs ne pouvaient pas vérifier le fichier).',
  'editor.schema.failed':
    'Pour les éditeurs : le schéma n’a pas pu être écrit à côté de l’examen ({reason}). Votre examen est enregistré. Pour l’écrire vous-même : gcm-review schema --out {path}',
};
