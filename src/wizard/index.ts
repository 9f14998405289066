// The interactive wizard (init / edit), independent of the terminal: it asks through `Ask`.
export type { Ask, Choice, ChoiceItem, SayStyle } from './ask.js';
export { PromptCancelled, isSeparator } from './ask.js';
export type { WizardContext } from './context.js';
export { detectUiLang, isUiLang, UI_LANGS, type UiLang } from './lang.js';
export { WIZARD_TEXTS, translate, type MsgKey } from './messages.js';
export { ReviewStore, SaveError, ShapeError, YamlSyntaxError } from './store.js';
export { runInit, askFileName, withExtension } from './init.js';
export { runEdit } from './edit.js';
export { openReview, runSession } from './session.js';
export { quoteArg } from './finish.js';
