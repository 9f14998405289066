// The catalog of the wizard's texts (init, edit): the same mechanism as every other message
// (src/i18n/catalog.ts). The wizard is interactive and loaded only by its commands, so its French
// and Spanish tables are loaded with it; it has no Arabic interface (ar falls back to English).
import { Catalog, FALLS_BACK_TO_ENGLISH } from '../catalog.js';
import { en, type WizardKey } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { WizardKey } from './en.js';

export const WIZARD_TEXTS = new Catalog<WizardKey>('wizard', en, { fr, es, ar: FALLS_BACK_TO_ENGLISH });
