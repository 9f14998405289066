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
} as const;
