// The wizard asks its questions through this interface only. The terminal implementation lives in
// src/cli/prompts.ts (the one place that imports @inquirer/prompts); tests script the answers.
import { CancelledError } from '../diagnostics/index.js';

export interface Choice<T> {
  value: T;
  name: string;
  /** Shown under the list when the choice is highlighted. */
  description?: string;
  /** Shown after the answer once chosen (defaults to name). */
  short?: string;
  /** Checkbox: initially ticked. */
  checked?: boolean;
}
export interface SeparatorItem {
  separator: string;
}
export type ChoiceItem<T> = Choice<T> | SeparatorItem;

export function isSeparator<T>(c: ChoiceItem<T>): c is SeparatorItem {
  return (c as SeparatorItem).separator !== undefined;
}

/** How a line printed with say() should look. */
export type SayStyle =
  | 'title'
  | 'heading'
  | 'question'
  | 'guidance'
  | 'info'
  | 'success'
  | 'warning'
  | 'error'
  | 'text'
  /** A text quoted back to the user (a current answer), wrapped at spaces. */
  | 'quote';

export interface InputOptions {
  message: string;
  /** Current answer: Enter keeps it. The terminal lets the user clear it (the result is then ''). */
  default?: string;
  /** A proposed answer (today's date, a file name): Enter accepts it, it can be edited. */
  suggested?: string;
  validate?: (value: string) => true | string;
}

export interface Ask {
  /** One line of text. */
  input(o: InputOptions): Promise<string>;
  /** One choice from a list. */
  select<T>(o: { message: string; choices: ChoiceItem<T>[]; default?: T }): Promise<T>;
  /** Any number of choices from a list. */
  checkbox<T>(o: {
    message: string;
    choices: ChoiceItem<T>[];
    validate?: (values: T[]) => true | string;
  }): Promise<T[]>;
  /** One choice from a long list, filtered by what the user types. */
  search<T>(o: { message: string; source: (term: string) => Choice<T>[]; default?: T; initial?: string }): Promise<T>;
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
  /** Long text in the user's editor ($VISUAL / $EDITOR). Returns the whole text ('' = cleared). */
  editor(o: { message: string; default?: string }): Promise<string>;
  /**
   * Long text typed or pasted in the terminal, finished by a full stop alone on a line (or Ctrl-D);
   * typed line breaks are kept as paragraphs. Returns the whole text as Markdown.
   */
  multiline(o: { message: string; default?: string }): Promise<string>;
  /** Prints a line (headings, question texts, guidance, results). */
  say(text: string, style?: SayStyle): void;
}

/**
 * Ctrl-C in a prompt. `partial` holds what had been typed in that prompt, when the terminal could
 * tell, so the wizard can keep an unfinished long answer.
 */
export class PromptCancelled extends CancelledError {
  constructor(readonly partial?: string) {
    super('Cancelled.');
    this.name = 'PromptCancelled';
  }
}
