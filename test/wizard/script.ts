// A scripted `Ask`: each prompt the wizard shows must be the next expected one (kind and message),
// so an unexpected extra prompt, a missing one or a prompt in the wrong order fails the test.
import { afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ask, Choice, ChoiceItem, SayStyle } from '../../src/wizard/ask.js';
import { PromptCancelled, isSeparator } from '../../src/wizard/ask.js';
import type { WizardContext } from '../../src/wizard/context.js';
import { ReviewStore } from '../../src/wizard/store.js';
import { LOCAL_SCHEMA_REF } from '../../src/schema/modeline.js';

type Matcher = string | RegExp;
type Kind = 'input' | 'select' | 'checkbox' | 'search' | 'confirm' | 'editor' | 'multiline';

export interface Step {
  kind: Kind;
  /** Substring of (or pattern for) the prompt message. */
  message: Matcher;
  /** The answer: a string, a choice value, a list of values, a boolean; or a function of the choices. */
  answer?: unknown;
  /** Search term typed (search prompts). */
  term?: string;
  /** Expected default / current answer offered by the wizard (checked when present). */
  expectDefault?: unknown;
  /** Checkbox: values expected to be ticked initially. */
  expectChecked?: unknown[];
  /** The answer must be rejected by the prompt's validation (the same prompt then comes again). */
  invalid?: boolean;
  /** Press Ctrl-C here (with this text typed so far). */
  cancel?: { partial?: string };
}

const S =
  (kind: Kind) =>
  (message: Matcher, answer?: unknown, more: Partial<Step> = {}): Step => ({ kind, message, answer, ...more });
export const input = S('input');
export const select = S('select');
export const checkbox = S('checkbox');
export const search = S('search');
export const confirm = S('confirm');
export const editor = S('editor');
export const multiline = S('multiline');

export interface Scripted extends Ask {
  said: { text: string; style: SayStyle }[];
  /** The prompts shown so far: "kind: message". */
  asked: string[];
  remaining(): Step[];
  /** Default values offered, by prompt index. */
  defaults: unknown[];
}

function matches(m: Matcher, s: string): boolean {
  return typeof m === 'string' ? s.includes(m) : m.test(s);
}

export function scripted(steps: Step[]): Scripted {
  const queue = [...steps];
  const said: Scripted['said'] = [];
  const asked: string[] = [];
  const defaults: unknown[] = [];

  function next(kind: Kind, message: string, def: unknown): Step {
    asked.push(`${kind}: ${message}`);
    defaults.push(def);
    const step = queue.shift();
    if (!step) throw new Error(`unexpected extra prompt: ${kind} "${message}"`);
    if (step.kind !== kind || !matches(step.message, message))
      throw new Error(`expected ${step.kind} "${String(step.message)}" but the wizard asked ${kind} "${message}"`);
    if ('expectDefault' in step && JSON.stringify(step.expectDefault) !== JSON.stringify(def))
      throw new Error(
        `prompt "${message}": expected default ${JSON.stringify(step.expectDefault)}, got ${JSON.stringify(def)}`,
      );
    if (step.cancel) throw new PromptCancelled(step.cancel.partial);
    return step;
  }
  function values<T>(choices: ChoiceItem<T>[]): T[] {
    return choices.filter((c): c is Choice<T> => !isSeparator(c)).map((c) => c.value);
  }
  function checkValue<T>(message: string, choices: ChoiceItem<T>[], v: unknown): T {
    const vs = values(choices);
    if (!vs.some((x) => JSON.stringify(x) === JSON.stringify(v)))
      throw new Error(`prompt "${message}": ${JSON.stringify(v)} is not one of the choices ${JSON.stringify(vs)}`);
    return v as T;
  }
  function validated<T>(
    step: Step,
    message: string,
    value: T,
    validate: ((v: T) => true | string) | undefined,
    again: () => Promise<T>,
  ): Promise<T> {
    const r = validate ? validate(value) : true;
    if (step.invalid) {
      if (r === true) throw new Error(`prompt "${message}": ${JSON.stringify(value)} was expected to be rejected`);
      return again();
    }
    if (r !== true) throw new Error(`prompt "${message}": answer ${JSON.stringify(value)} rejected: ${r}`);
    return Promise.resolve(value);
  }

  const ask: Scripted = {
    said,
    asked,
    defaults,
    remaining: () => [...queue],
    async input(o) {
      const step = next('input', o.message, o.default ?? o.suggested);
      const a = step.answer === undefined ? (o.default ?? o.suggested ?? '') : String(step.answer);
      return validated(step, o.message, a, o.validate, () => ask.input(o));
    },
    async select<T>(o: { message: string; choices: ChoiceItem<T>[]; default?: T }) {
      const step = next('select', o.message, o.default);
      const a =
        typeof step.answer === 'function'
          ? (step.answer as (c: ChoiceItem<T>[]) => unknown)(o.choices)
          : step.answer === undefined
            ? o.default
            : step.answer;
      return checkValue(o.message, o.choices, a);
    },
    async checkbox<T>(o: { message: string; choices: ChoiceItem<T>[]; validate?: (v: T[]) => true | string }) {
      const checked = o.choices.filter((c): c is Choice<T> => !isSeparator(c) && !!c.checked).map((c) => c.value);
      const step = next('checkbox', o.message, checked);
      if (step.expectChecked && JSON.stringify(step.expectChecked) !== JSON.stringify(checked))
        throw new Error(
          `prompt "${o.message}": expected ticked ${JSON.stringify(step.expectChecked)}, got ${JSON.stringify(checked)}`,
        );
      const a = (
        typeof step.answer === 'function'
          ? (step.answer as (c: ChoiceItem<T>[]) => unknown)(o.choices)
          : step.answer === undefined
            ? checked
            : step.answer
      ) as unknown[];
      const vs = a.map((v) => checkValue(o.message, o.choices, v));
      return validated(step, o.message, vs, o.validate, () => ask.checkbox(o));
    },
    async search<T>(o: { message: string; source: (term: string) => Choice<T>[]; default?: T; initial?: string }) {
      const step = next('search', o.message, o.default);
      const results = o.source(step.term ?? o.initial ?? '');
      return checkValue(o.message, results, step.answer);
    },
    async confirm(o) {
      const step = next('confirm', o.message, o.default);
      return step.answer === undefined ? Boolean(o.default) : Boolean(step.answer);
    },
    async editor(o) {
      const step = next('editor', o.message, o.default);
      return step.answer === undefined ? (o.default ?? '') : String(step.answer);
    },
    async multiline(o) {
      const step = next('multiline', o.message, o.default);
      return step.answer === undefined ? (o.default ?? '') : String(step.answer);
    },
    say(text, style = 'info') {
      said.push({ text, style });
    },
  };
  return ask;
}

const created: string[] = [];
afterAll(() => {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary folder, removed after the test file. */
export function tmpDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'gcm-wizard-'));
  created.push(d);
  return d;
}

/** A context on a new review file (nothing on disk yet). */
export function newContext(steps: Step[], o: Partial<WizardContext> = {}): WizardContext & { ask: Scripted } {
  const file = join(tmpDir(), 'test.gcm.yaml');
  return {
    ask: scripted(steps),
    store: ReviewStore.create(file, LOCAL_SCHEMA_REF),
    lang: 'en',
    useEditor: false,
    today: '2025-06-30',
    mode: 'init',
    ...o,
  } as WizardContext & { ask: Scripted };
}

/** A context on existing YAML text. */
export function editContext(
  text: string,
  steps: Step[],
  o: Partial<WizardContext> = {},
): WizardContext & { ask: Scripted } {
  const file = join(tmpDir(), 'test.gcm.yaml');
  writeFileSync(file, text);
  const store = ReviewStore.fromText(file, text);
  return {
    ask: scripted(steps),
    store,
    lang: 'en',
    useEditor: false,
    today: '2025-06-30',
    mode: 'edit',
    ...o,
  } as WizardContext & { ask: Scripted };
}
