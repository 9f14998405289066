// The terminal side of the wizard: the only module that imports @inquirer/prompts. It implements
// the wizard's `Ask` interface, in the interface language, and turns Ctrl-C (ExitPromptError) into
// PromptCancelled, carrying what had been typed when it can.
import { checkbox, confirm, editor, input, search, select, Separator } from '@inquirer/prompts';
import { createInterface } from 'node:readline';
import type { ChalkInstance } from 'chalk';
import type { Ask, Choice, ChoiceItem, SayStyle } from '../wizard/ask.js';
import { PromptCancelled, isSeparator } from '../wizard/ask.js';
import type { UiLang } from '../wizard/lang.js';
import { type MsgKey, type Vars, translate } from '../wizard/messages.js';
import { FINISH_MARK, typedToMarkdown } from '../wizard/typed.js';
import { wrapBlock as wrap } from './text.js';

function isExit(err: unknown): boolean {
  const name = (err as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError';
}

/**
 * Runs one prompt. Ctrl-C, and also the end of the session from outside (the terminal window
 * closed: SIGHUP and the input's end or error; SIGTERM), become PromptCancelled with what had
 * been typed, so that the wizard saves it before the process ends.
 */
async function guard<T>(
  run: (signal: AbortSignal) => Promise<T>,
  partial?: () => string | undefined,
  input: NodeJS.ReadableStream = process.stdin,
): Promise<T> {
  const ctl = new AbortController();
  const stop = () => ctl.abort();
  process.once('SIGHUP', stop);
  process.once('SIGTERM', stop);
  input.once('end', stop);
  input.once('error', stop);
  try {
    return await run(ctl.signal);
  } catch (err) {
    if (isExit(err) || ctl.signal.aborted) throw new PromptCancelled(partial?.());
    throw err;
  } finally {
    process.removeListener('SIGHUP', stop);
    process.removeListener('SIGTERM', stop);
    input.removeListener('end', stop);
    input.removeListener('error', stop);
  }
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export interface PromptOptions {
  lang: UiLang;
  color: ChalkInstance;
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
}

export function makeAsk(o: PromptOptions): Ask {
  const { lang, color: c } = o;
  const stdin = o.input ?? process.stdin;
  const out = o.output ?? process.stdout;
  // once the terminal is gone, reading and writing fail (EIO): what is typed is saved all the same,
  // so these errors must not end the process before that
  const ignore = () => {};
  stdin.on('error', ignore);
  out.on('error', ignore);
  const t = (k: MsgKey, v?: Vars) => translate(lang, k, v);
  const width = () => Math.min(out.columns || 80, 110) - 1;
  /** A prompt message longer than the terminal, broken at spaces ("? " comes before it). */
  const msg = (m: string) => (m.length > width() - 3 ? wrap(m, width() - 3, 0, 2) : m);
  // a little more than the number of choices: long names wrap onto a second line
  const pageSize = (n: number) => Math.max(7, Math.min((out.rows || 24) - 10, n + 3));

  const keysTip = (map: Record<string, MsgKey>) => ({
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([k, a]) => `${c.bold(k === 'space' ? t('keys.space') : k)} ${c.dim(map[a] ? t(map[a]) : a)}`)
          .join(c.dim(' • ')),
    },
  });
  const selectTheme = keysTip({ navigate: 'keys.navigate', select: 'keys.choose' });
  const checkboxTheme = keysTip({
    navigate: 'keys.navigate',
    select: 'keys.tick',
    all: 'keys.all',
    invert: 'keys.invert',
    submit: 'keys.submit',
  });

  function toInq<T>(
    items: ChoiceItem<T>[],
  ): (Separator | { value: T; name: string; description?: string; short?: string; checked?: boolean })[] {
    return items.map((it) => {
      if (isSeparator(it)) return new Separator(c.dim(it.separator));
      const ch: Choice<T> = it;
      return {
        value: ch.value,
        // a long name is broken at spaces (the terminal would break it inside a word)
        name: ch.name.length > width() - 4 ? wrap(ch.name, width() - 4, 0, 2).replace(/\n/g, '\n  ') : ch.name,
        ...(ch.description ? { description: wrap(ch.description, width()) } : {}),
        ...(ch.short ? { short: ch.short } : {}),
        ...(ch.checked ? { checked: true } : {}),
      };
    });
  }

  const ask: Ask = {
    async input({ message, default: current, suggested, validate }) {
      let live = '';
      const hasCurrent = current !== undefined && current !== '';
      const def = hasCurrent ? current : suggested;
      const hasDef = def !== undefined && def !== '';
      const clear = (v: string) => (hasCurrent && v.trim() === '-' ? '' : v);
      const answer = await guard(
        (signal) =>
          input(
            {
              message: hasCurrent ? `${msg(message)} ${c.dim(t('input.clear'))}` : msg(message),
              ...(hasDef ? { default: def, prefill: 'editable' as const } : {}),
              validate: (v) => (validate ? validate(clear(v)) : true),
              transformer: (v, { isFinal }) => {
                live = v;
                return isFinal ? c.cyan(clear(v) === '' && hasCurrent ? `(${t('ml.cleared')})` : v) : v;
              },
            },
            { input: stdin, output: out, signal },
          ),
        () => live,
        stdin,
      );
      return clear(answer);
    },

    async select<T>({ message, choices, default: def }: { message: string; choices: ChoiceItem<T>[]; default?: T }) {
      return guard((signal) =>
        select<T>(
          {
            message: msg(message),
            choices: toInq(choices) as never,
            ...(def !== undefined ? { default: def } : {}),
            pageSize: pageSize(choices.length),
            loop: false,
            theme: selectTheme,
          },
          { input: stdin, output: out, signal },
        ),
      );
    },

    async checkbox<T>({
      message,
      choices,
      validate,
    }: {
      message: string;
      choices: ChoiceItem<T>[];
      validate?: (v: T[]) => true | string;
    }) {
      return guard((signal) =>
        checkbox<T>(
          {
            message: msg(message),
            choices: toInq(choices) as never,
            pageSize: pageSize(choices.length),
            loop: false,
            theme: checkboxTheme,
            ...(validate ? { validate: (sel: readonly { value: T }[]) => validate(sel.map((s) => s.value)) } : {}),
          },
          { input: stdin, output: out, signal },
        ),
      );
    },

    async search<T>({
      message,
      source,
      default: def,
      initial,
    }: {
      message: string;
      source: (term: string) => Choice<T>[];
      default?: T;
      initial?: string;
    }) {
      return guard((signal) =>
        search<T>(
          {
            message: msg(message),
            source: (term) => {
              const r = source(term ?? '');
              return r.map((ch) => ({ value: ch.value, name: ch.name, ...(ch.short ? { short: ch.short } : {}) }));
            },
            ...(def !== undefined ? { default: def } : {}),
            ...(initial ? { initialValue: initial } : {}),
            pageSize: pageSize(12),
            theme: selectTheme,
          },
          { input: stdin, output: out, signal },
        ),
      );
    },

    async confirm({ message, default: def }) {
      return guard((signal) =>
        confirm(
          {
            message: msg(message),
            ...(def !== undefined ? { default: def } : {}),
            theme: {
              keywords: {
                yes: t('yes'),
                no: t('no'),
                error: (k: { yes: string; no: string }) => t('confirm.error', k),
              },
            },
          },
          { input: stdin, output: out, signal },
        ),
      );
    },

    async editor({ message, default: def }) {
      return guard((signal) =>
        editor(
          {
            message: msg(message),
            ...(def !== undefined ? { default: def } : {}),
            postfix: '.md',
            waitForUserInput: true,
            theme: { style: { waitingMessage: (key: string) => t('editor.waiting', { key }) } },
          },
          { input: stdin, output: out, signal },
        ),
      );
    },

    multiline({ message, default: def }) {
      return multiline(message, def);
    },

    say(text: string, style: SayStyle = 'info') {
      const w = width();
      let s: string;
      switch (style) {
        case 'title':
          s = `\n${c.bold(wrap(text, w))}`;
          break;
        case 'heading':
          s = `\n${c.bold.cyan(wrap(`━━ ${text}`, w, 0, 3))}`;
          break;
        case 'question':
          s = c.bold(wrap(text, w, 2));
          break;
        case 'guidance':
          s = c.cyan(wrap(`ℹ ${text}`, w, 2, 2));
          break;
        case 'success':
          s = c.green(wrap(`✔ ${text}`, w, 0, 2));
          break;
        case 'warning':
          s = c.yellow(wrap(`⚠ ${text}`, w, 0, 2));
          break;
        case 'error':
          s = c.red(wrap(`✖ ${text}`, w, 0, 2));
          break;
        case 'text':
          // kept as laid out, but long lines are broken at spaces (never inside a word)
          s = text
            .split('\n')
            .map((l) => {
              const ind = /^ */.exec(l)![0].length;
              const bullet = /^(• |- )/.test(l.slice(ind)) ? 2 : 0;
              return l.length <= w ? l : wrap(l.slice(ind), w, ind, bullet);
            })
            .join('\n');
          break;
        case 'quote':
          s = c.dim(quote(text));
          break;
        default:
          s = wrap(text, w);
      }
      out.write(s + '\n');
    },
  };

  /**
   * Long text typed or pasted in the terminal (issue 12): every line ended with Enter is kept (as a
   * paragraph, see typedToMarkdown), a blank line is a paragraph break, and the answer ends with a
   * full stop alone on a line, or Ctrl-D. A line longer than the terminal is broken at a space
   * while it is typed (the terminal would cut it in the middle of a word); the pieces stay one
   * paragraph. Ctrl-C rejects with what was typed so far.
   */
  function multiline(message: string, def: string | undefined): Promise<string> {
    const hasDef = def !== undefined && def.trim() !== '';
    out.write(`${c.green('?')} ${c.bold(message)}\n`);
    if (hasDef) {
      out.write(c.dim(`  ${t('ml.current')}\n`));
      out.write(c.dim(quote(def)) + '\n');
      out.write(c.cyan(wrap(t('ml.keep'), width(), 2)) + '\n');
    } else out.write(c.cyan(wrap(t('ml.howto'), width(), 2)) + '\n');
    const PROMPT = c.dim('  ┃ ');
    const MORE = c.dim('  ┆ ');
    const promptWidth = 4;
    return new Promise<string>((resolve, reject) => {
      const rl = createInterface({ input: stdin, output: out, terminal: Boolean(out.isTTY), prompt: PROMPT });
      const lines: string[] = [];
      /** The start of the line being typed, already broken off onto the rows above. */
      let head = '';
      let settled = false;
      const finish = (value: string, note: string) => {
        if (settled) return;
        settled = true;
        stdin.removeListener('keypress', onKey);
        rl.close();
        if (out.writable) out.write(`  ${c.green('✔')} ${c.dim(note)}\n`);
        resolve(value);
      };
      const complete = () => {
        if (head || rl.line) lines.push(`${head}${head && rl.line ? ' ' : ''}${rl.line}`);
        head = '';
        const text = typedToMarkdown(lines);
        if (text.trim() === '') finish(hasDef ? def! : '', hasDef ? t('ml.kept') : t('ml.skipped'));
        else finish(text, t('ml.words', { n: wordCount(text) }));
      };
      rl.on('line', (typed) => {
        if (settled) return;
        const line = head ? `${head} ${typed.trimStart()}` : typed;
        head = '';
        rl.setPrompt(PROMPT);
        if (line.trim() === FINISH_MARK) {
          complete();
          return;
        }
        if (lines.length === 0 && hasDef && line.trim() === '-') {
          finish('', t('ml.cleared'));
          return;
        }
        lines.push(line);
        rl.prompt();
      });
      // break a line that reaches the edge of the terminal at its last space, as it is typed
      let breaking = false;
      const onKey = () => {
        if (breaking || settled || !out.isTTY) return;
        breaking = true;
        setImmediate(() => {
          breaking = false;
          if (settled) return;
          const room = (out.columns || 80) - promptWidth - 1;
          const rlx = rl as unknown as { line: string; cursor: number };
          while (rlx.line.length > room && rlx.cursor === rlx.line.length) {
            const cut = rlx.line.lastIndexOf(' ', room);
            if (cut <= 0) break;
            const first = rlx.line.slice(0, cut);
            const rest = rlx.line.slice(cut + 1);
            rl.write(null, { ctrl: true, name: 'u' }); // clear the line being edited
            out.write(`${first}\n`); // … and leave its first part on the screen
            head = head ? `${head} ${first}` : first;
            rl.setPrompt(MORE);
            rl.prompt();
            rl.write(rest);
          }
        });
      };
      stdin.on('keypress', onKey);
      const cancel = () => {
        if (settled) return;
        settled = true;
        stdin.removeListener('keypress', onKey);
        const typed = [...lines, `${head}${head && rl.line ? ' ' : ''}${rl.line}`].join('\n');
        rl.close();
        if (out.writable) out.write('\n');
        reject(new PromptCancelled(typed));
      };
      rl.on('SIGINT', cancel);
      // the terminal gone (EIO when readline restores its mode): the close below still saves
      rl.on('error', () => {});
      // the terminal window closed (SIGHUP) or the session is being stopped (SIGTERM): hand over
      // what was typed, so that it can be saved before the process ends
      const onSignal = () => cancel();
      process.once('SIGHUP', onSignal);
      process.once('SIGTERM', onSignal);
      rl.on('close', () => {
        process.removeListener('SIGHUP', onSignal);
        process.removeListener('SIGTERM', onSignal);
      });
      rl.on('close', () => {
        // Ctrl-D, or the input ended (the terminal closed): finish with everything typed, the
        // line being typed included
        // (complete() takes the line being typed, and its part broken off above, as the last line)
        if (!settled) complete();
      });
      rl.prompt();
    });
  }

  /** A text shown as a quotation: wrapped at spaces to the terminal's width, each row marked │. */
  function quote(text: string): string {
    return wrap(text.replace(/\n+$/, ''), width() - 4)
      .split('\n')
      .map((l) => `  │ ${l}`)
      .join('\n');
  }

  return ask;
}
