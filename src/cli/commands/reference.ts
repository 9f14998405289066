// Reference commands: `objectives`, `principles` and `questions` print the GCM reference data a
// reviewer needs at hand (official titles, the keys used in review files, the Annex I questions),
// as a table that reads in 80 columns or as JSON for scripts.
import { Option, type Command } from 'commander';
import {
  ANNEX_I,
  OBJECTIVES,
  PRINCIPLES,
  QUESTIONS,
  QUESTIONS_SOURCE,
  REFERENCE_LANGS,
  REGIONS,
  SUBMITTER_TYPES,
  SUBMITTER_TYPE_LABELS,
  SUPPORT_AREA_LABELS,
  SUPPORT_AREA_VALUES,
  guidanceFor,
  isVerified,
  questionScope,
  questionText,
  questionTextVerified,
  type RefLang,
  type SubmitterType,
} from '../../reference/index.js';
import { COMMISSIONS, countryName } from '../../reference/countries.js';
import { globalOptions, makePrinter } from '../output.js';
import { len, outputWidth, pad, renderTable, wrap } from '../text.js';

// ---- words of the interface, per reference language ------------------------------------------------

const UI: Record<
  RefLang,
  {
    no: string;
    short: string;
    rt: string;
    title: string;
    letter: string;
    key: string;
    principle: string;
    unverified: string;
    objectivesHeading: string;
    principlesHeading: string;
    roundtableNote: string;
    principlesNote: string;
    principlesSource: string;
    questionUnverified: string;
    regionsHeading: string;
    acronym: string;
    regionName: string;
    members: string;
    associates: string;
    regionsNote: string;
    /** `regions --verbose`: the mark of members not read by name, and the date the lists were compared. */
    membersUnverified: string;
    listsChecked: (date: string) => string;
    questionsHeading: (who: string) => string;
    field: string;
    areas: string;
    otherArea: string;
    wording: Record<Wording, string>;
  }
> = {
  en: {
    no: 'No.',
    short: 'Short label',
    rt: 'Round table',
    title: 'Official title',
    letter: 'Letter',
    key: 'Key in review files',
    principle: 'Guiding principle',
    unverified: '* not yet checked against the official source',
    objectivesHeading: 'The 23 objectives of the Global Compact for Migration (A/RES/73/195)',
    principlesHeading: 'The ten guiding principles (GCM paragraph 15)',
    roundtableNote: 'Round table: the IMRF 2022 round table that discussed the objective.',
    principlesNote: 'Use the key under "guiding_principles" and in "applied" lists of question (b).',
    principlesSource:
      'Labels as on the UN Network on Migration hub; the French and Spanish labels are the hub’s, not the wording of paragraph 15 of the resolution.',
    questionUnverified: '* not the source’s own wording: see "Wording" below.',
    regionsHeading: 'The five UN regional commissions (value of "region")',
    acronym: 'Acronym',
    regionName: 'Name',
    members: 'members',
    associates: 'associate members',
    membersUnverified:
      '* member not read by name in the sources listed (taken from a count or from the rule of membership)',
    listsChecked: (date) => `lists compared with these sources on ${date}:`,
    regionsNote:
      'validate warns when a Member State is not a member of the commission given in "region"; synthesize --region uses the same member lists. --verbose lists them.',
    questionsHeading: (who) => `Annex I questions, worded for: ${who}`,
    field: 'field in the review file',
    areas: 'Support areas (value of "area"):',
    otherArea: 'anything else: give your own "label"',
    wording: {
      verbatim: 'Wording: verbatim from Annex I.',
      translation: 'Wording: translation of the French text of Annex I (not an official UN translation).',
      adapted:
        'Wording: adapted from Annex I, which is worded for regional processes ("regional plans" become the plans of this submitter).',
      own: 'Wording: gcm-review’s own, for the UN system (derived from the stakeholder wording); not an official text.',
    },
  },
  fr: {
    no: 'N°',
    short: 'Intitulé court',
    rt: 'Table ronde',
    title: 'Titre officiel',
    letter: 'Lettre',
    key: 'Clé dans les fichiers',
    principle: 'Principe directeur',
    unverified: '* pas encore vérifié dans la source officielle',
    objectivesHeading: 'Les 23 objectifs du Pacte mondial sur les migrations (A/RES/73/195)',
    principlesHeading: 'Les dix principes directeurs (paragraphe 15 du Pacte)',
    roundtableNote: 'Table ronde : la table ronde du FEMI 2022 qui a examiné l’objectif.',
    principlesNote: 'Utilisez la clé sous « guiding_principles » et dans les listes « applied » de la question (b).',
    principlesSource:
      'Intitulés du portail du Réseau des Nations Unies sur les migrations ; les intitulés français et espagnols sont ceux du portail, non le libellé du paragraphe 15 de la résolution.',
    questionUnverified: '* pas le libellé de la source : voir « Libellé » ci-dessous.',
    regionsHeading: 'Les cinq commissions régionales de l’ONU (valeur de « region »)',
    acronym: 'Sigle',
    regionName: 'Nom',
    members: 'membres',
    associates: 'membres associés',
    membersUnverified:
      '* membre dont le nom n’a pas été lu dans les sources indiquées (déduit d’un nombre ou de la règle d’adhésion)',
    listsChecked: (date) => `listes comparées à ces sources le ${date} :`,
    regionsNote:
      'validate avertit lorsqu’un État Membre n’est pas membre de la commission indiquée dans « region » ; synthesize --region utilise les mêmes listes. --verbose les affiche.',
    questionsHeading: (who) => `Questions de l’annexe I, formulées pour : ${who}`,
    field: 'champ du fichier ',
    areas: 'Domaines de soutien (valeur de « area ») :',
    otherArea: 'autre domaine : indiquez votre propre « label »',
    wording: {
      verbatim: 'Libellé : texte de l’annexe I.',
      translation: 'Libellé : traduction du texte français de l’annexe I (non officielle).',
      adapted:
        'Libellé : adapté de l’annexe I, rédigée pour les processus régionaux (« plans régionaux » devient les plans de cet auteur).',
      own: 'Libellé : formulation propre à gcm-review, pour le système des Nations Unies (dérivée de celle des parties prenantes) ; ce n’est pas un texte officiel.',
    },
  },
  es: {
    no: 'N.º',
    short: 'Etiqueta breve',
    rt: 'Mesa redonda',
    title: 'Título oficial',
    letter: 'Letra',
    key: 'Clave en los archivos',
    principle: 'Principio rector',
    unverified: '* aún no verificado en la fuente oficial',
    objectivesHeading: 'Los 23 objetivos del Pacto Mundial para la Migración (A/RES/73/195)',
    principlesHeading: 'Los diez principios rectores (párrafo 15 del Pacto)',
    roundtableNote: 'Mesa redonda: la mesa redonda del FEMI 2022 que examinó el objetivo.',
    principlesNote: 'Use la clave bajo «guiding_principles» y en las listas «applied» de la pregunta (b).',
    principlesSource:
      'Etiquetas del portal de la Red de las Naciones Unidas sobre la Migración; las etiquetas en francés y español son las del portal, no la redacción del párrafo 15 de la resolución.',
    questionUnverified: '* no es la redacción de la fuente: véase «Redacción» más abajo.',
    regionsHeading: 'Las cinco comisiones regionales de las Naciones Unidas (valor de «region»)',
    acronym: 'Sigla',
    regionName: 'Nombre',
    members: 'miembros',
    associates: 'miembros asociados',
    membersUnverified:
      '* miembro cuyo nombre no se leyó en las fuentes indicadas (deducido de un recuento o de la regla de membresía)',
    listsChecked: (date) => `listas comparadas con estas fuentes el ${date}:`,
    regionsNote:
      'validate advierte cuando un Estado Miembro no es miembro de la comisión indicada en «region»; synthesize --region usa las mismas listas. --verbose las muestra.',
    questionsHeading: (who) => `Preguntas del anexo I, formuladas para: ${who}`,
    field: 'campo del archivo',
    areas: 'Ámbitos de apoyo (valor de «area»):',
    otherArea: 'otro ámbito: indique su propia «label»',
    wording: {
      verbatim: 'Redacción: texto del anexo I.',
      translation: 'Redacción: traducción del texto francés del anexo I (no oficial).',
      adapted:
        'Redacción: adaptada del anexo I, redactado para los procesos regionales («planes regionales» pasan a ser los planes de este autor).',
      own: 'Redacción: propia de gcm-review, para el sistema de las Naciones Unidas (derivada de la de las partes interesadas); no es un texto oficial.',
    },
  },
};

type Wording = 'verbatim' | 'translation' | 'adapted' | 'own';

/** Where the text of a question comes from, for a submitter type and language. */
export function questionWording(type: SubmitterType, lang: RefLang): Wording {
  if (questionScope(type) === 'un_system') return 'own';
  if (questionScope(type) !== 'regional') return 'adapted';
  return lang === 'fr' ? 'verbatim' : 'translation';
}

// ---- data views (what --json prints) ---------------------------------------------------------------

export function objectivesView(lang: RefLang) {
  return OBJECTIVES.map((o) => ({
    number: o.number,
    title: o.title[lang],
    short: o.short[lang],
    roundtable: o.roundtable,
    /** Fields of this entry not yet checked against the official source. */
    unverified: o.unverified
      .filter((u) => u === 'roundtable' || u === `title.${lang}` || u === `short.${lang}`)
      .map((u) => u.replace(/\.\w+$/, '')),
    /** Per string: checked against a source (false: marked `# unverified` in the reference file). */
    verified: {
      title: isVerified(o, 'title', lang),
      short: isVerified(o, 'short', lang),
      roundtable: isVerified(o, 'roundtable', lang),
    },
  }));
}

export function principlesView(lang: RefLang) {
  return PRINCIPLES.map((p) => ({
    letter: p.letter,
    key: p.key,
    title: p.title[lang],
    verified: { title: isVerified(p, 'title', lang) },
  }));
}

export function regionsView(lang: RefLang) {
  return REGIONS.map((r) => {
    const c = COMMISSIONS[r.key]!;
    return {
      key: r.key,
      acronym: r.acronym,
      name: r.name[lang],
      verified: { name: isVerified(r, 'name', lang) },
      members: [...c.members],
      associate_members: [...c.associates],
      sources: [...c.sources],
      /** The day the lists were compared with the sources, how, and the entries not read by name. */
      checked: c.checked,
      check_note: c.note,
      unverified_members: [...c.unverified],
    };
  });
}

export function questionsView(type: SubmitterType, lang: RefLang) {
  return QUESTIONS.map((q) => ({
    letter: q.letter,
    key: q.key,
    field: q.field,
    label: q.label[lang],
    text: questionText(q.letter, type, lang),
    wording: questionWording(type, lang),
    guidance: guidanceFor(q.letter, type, lang),
    /** text: the source's own wording (French, regional); label and guidance are ours. */
    verified: { text: questionTextVerified(type, lang), label: false, guidance: false },
    ...(q.letter === 'e'
      ? {
          support_areas: SUPPORT_AREA_VALUES.map((k) => ({
            key: k,
            label: SUPPORT_AREA_LABELS[k][lang],
            // the areas are listed in the French source; their labels elsewhere are translations
            verified: lang === 'fr' && k !== 'other',
          })),
        }
      : {}),
  }));
}

// ---- commands ---------------------------------------------------------------------------------------

const langOption = () =>
  new Option('-l, --lang <code>', 'language of titles and labels').choices(REFERENCE_LANGS).default('en');
const jsonOption = () => new Option('--json', 'print JSON (an array of objects) instead of a table');

function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function registerReference(program: Command): void {
  program
    .command('objectives')
    .description('List the 23 GCM objectives: official titles, short labels and IMRF round tables')
    .addOption(langOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `
Examples:
  gcm-review objectives
  gcm-review objectives --lang fr
  gcm-review objectives --json | jq '.[] | select(.roundtable == 2) | .number'`,
    )
    .action((opts: { lang: RefLang; json?: boolean }, cmd: Command) => {
      const lang = opts.lang;
      const view = objectivesView(lang);
      if (opts.json) return printJson(view);
      const p = makePrinter(globalOptions(cmd));
      const ui = UI[lang];
      const rows = view.map((o) => [
        String(o.number),
        o.short,
        String(o.roundtable) + (o.unverified.includes('roundtable') ? '*' : ''),
        o.title + (o.unverified.includes('title') || o.unverified.includes('short') ? ' *' : ''),
      ]);
      const lines = renderTable(
        [
          { header: ui.no, align: 'right' },
          { header: ui.short, flex: 1 },
          { header: ui.rt },
          { header: ui.title, flex: 2.2 },
        ],
        rows,
        outputWidth(),
        p.color,
      );
      const notes = [ui.roundtableNote];
      if (view.some((o) => o.unverified.length)) notes.push(ui.unverified);
      p.out([ui.objectivesHeading, '', ...lines, '', ...notes.flatMap((n) => wrap(n, outputWidth()))].join('\n'));
    });

  program
    .command('principles')
    .description('List the ten GCM guiding principles and the keys review files use for them')
    .addOption(langOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `
Examples:
  gcm-review principles
  gcm-review principles --lang es --json`,
    )
    .action((opts: { lang: RefLang; json?: boolean }, cmd: Command) => {
      const lang = opts.lang;
      const view = principlesView(lang);
      if (opts.json) return printJson(view);
      const p = makePrinter(globalOptions(cmd));
      const ui = UI[lang];
      const lines = renderTable(
        [{ header: ui.letter }, { header: ui.key }, { header: ui.principle, flex: 1 }],
        view.map((x) => [`(${x.letter})`, x.key, x.title + (x.verified.title ? '' : ' *')]),
        outputWidth(),
        p.color,
      );
      const notes = [ui.principlesNote, ui.principlesSource];
      if (view.some((x) => !x.verified.title)) notes.push(ui.unverified);
      p.out([ui.principlesHeading, '', ...lines, '', ...notes.flatMap((n) => wrap(n, outputWidth()))].join('\n'));
    });

  program
    .command('regions')
    .description('List the five UN regional commissions (keys for "region") and their member States')
    .addOption(langOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `
Examples:
  gcm-review regions
  gcm-review regions --verbose --lang es
  gcm-review regions --json | jq '.[] | select(.key == "ece") | .members | length'`,
    )
    .action((opts: { lang: RefLang; json?: boolean }, cmd: Command) => {
      const lang = opts.lang;
      const view = regionsView(lang);
      if (opts.json) return printJson(view);
      const g = globalOptions(cmd);
      const p = makePrinter(g);
      const ui = UI[lang];
      const width = outputWidth();
      const count = (r: (typeof view)[number]) =>
        `${r.members.length} ${ui.members}` +
        (r.associate_members.length ? `, ${r.associate_members.length} ${ui.associates}` : '');
      const lines = renderTable(
        [
          { header: 'region' },
          { header: ui.acronym },
          { header: ui.regionName, flex: 2 },
          { header: ui.members[0]!.toUpperCase() + ui.members.slice(1), flex: 1 },
        ],
        view.map((r) => [r.key, r.acronym, r.name + (r.verified.name ? '' : ' *'), count(r)]),
        width,
        p.color,
      );
      const out = [ui.regionsHeading, '', ...lines, ''];
      if (g.verbose)
        for (const r of view) {
          // a list none of whose names was read is marked once, at its label; otherwise name by name
          const list = (label: string, codes: string[]) => {
            const none = codes.every((c) => r.unverified_members.includes(c));
            const names = codes.map(
              (c) => `${countryName(c, lang) ?? c} (${c})${!none && r.unverified_members.includes(c) ? ' *' : ''}`,
            );
            return wrap(`${label}${none ? ' *' : ''}: ${names.join(', ')}`, width - 2).map((l) => '  ' + l);
          };
          out.push(p.color.bold(`${r.acronym} · ${r.name}`));
          out.push(...list(ui.members, r.members));
          if (r.associate_members.length) out.push(...list(ui.associates, r.associate_members));
          out.push('  ' + ui.listsChecked(r.checked), ...r.sources.map((s) => '    ' + s), '');
        }
      const notes = [ui.regionsNote];
      if (g.verbose && view.some((r) => r.unverified_members.length)) notes.push(ui.membersUnverified);
      if (view.some((r) => !r.verified.name)) notes.push(ui.unverified);
      out.push(...notes.flatMap((n) => wrap(n, width)));
      p.out(out.join('\n'));
    });

  program
    .command('questions')
    .description('Show the five Annex I questions (a) to (e), worded for your type of submitter')
    .addOption(
      new Option('-s, --submitter <type>', 'who is answering').choices(SUBMITTER_TYPES).default('member_state'),
    )
    .addOption(langOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `
Examples:
  gcm-review questions
  gcm-review questions --submitter stakeholder --lang fr
  gcm-review questions --submitter iscm --json

With --verbose, each question is followed by guidance on how to answer it, and the
source of the questions is named.`,
    )
    .action((opts: { lang: RefLang; submitter: SubmitterType; json?: boolean }, cmd: Command) => {
      const { lang, submitter } = opts;
      const view = questionsView(submitter, lang);
      if (opts.json) return printJson(view);
      const g = globalOptions(cmd);
      const p = makePrinter(g);
      const ui = UI[lang];
      const width = outputWidth();
      const indent = (lines: string[], n: number) => lines.map((l) => ' '.repeat(n) + l);
      const out: string[] = [...wrap(ui.questionsHeading(SUBMITTER_TYPE_LABELS[submitter][lang]), width), ''];
      if (questionScope(submitter) === 'regional' && ANNEX_I.intro[lang as 'en' | 'fr']) {
        out.push(...wrap(ANNEX_I.intro[lang as 'en' | 'fr'], width), '');
      }
      for (const q of view) {
        const head = `(${q.letter}) ${q.label}`;
        const field = `${ui.field}: ${q.field}`;
        out.push(
          len(head) + 2 + len(field) <= width
            ? p.color.bold(head) + ' '.repeat(width - len(head) - len(field)) + field
            : p.color.bold(head),
        );
        if (len(head) + 2 + len(field) > width) out.push(...indent([field], 4));
        out.push(...indent(wrap(q.text + (q.verified.text ? '' : ' *'), width - 4), 4));
        if (g.verbose) out.push('', ...indent(wrap(q.guidance, width - 6), 6));
        if (q.support_areas) {
          out.push('', ...indent([ui.areas], 4));
          const keyWidth = Math.max(...q.support_areas.map((a) => len(a.key)));
          for (const a of q.support_areas) {
            const label = a.key === 'other' ? `${a.label} (${ui.otherArea})` : a.label;
            const lines = wrap(label, width - 6 - keyWidth - 2);
            out.push(`      ${pad(a.key, keyWidth)}  ${lines[0]}`);
            out.push(...indent(lines.slice(1), 6 + keyWidth + 2));
          }
        }
        out.push('');
      }
      if (view.some((q) => !q.verified.text)) out.push(...wrap(ui.questionUnverified, width));
      out.push(...wrap(ui.wording[questionWording(submitter, lang)], width));
      if (g.verbose) out.push(...wrap(QUESTIONS_SOURCE[lang], width));
      p.out(out.join('\n'));
    });
}
