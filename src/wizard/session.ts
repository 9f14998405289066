// Opening a review for the wizard and turning every way a session can end into a clear message.
import { CancelledError, UserError, type Diagnostic } from '../diagnostics/index.js';
import { decodeText } from '../load/index.js';
import { readReviewFile } from '../io/read.js';
import { checkText } from '../validate/index.js';
import { PromptCancelled } from './ask.js';
import { quoteArg } from './finish.js';
import type { UiLang } from './lang.js';
import { translate } from './messages.js';
import { ReviewStore, SaveError, ShapeError, type StoreEvents, YamlSyntaxError } from './store.js';

export interface OpenedReview {
  store: ReviewStore;
  /** Validation problems (the file opens anyway). */
  problems: Diagnostic[];
}

/**
 * Opens an existing review. A file that is not YAML (or not UTF-8, or not a review map) is refused
 * with a UserError (exit 2) and never written to.
 */
export async function openReview(file: string, lang: UiLang, events?: StoreEvents): Promise<OpenedReview> {
  const f = quoteArg(file);
  // the one file reader: regular files only, the size cap held while reading
  const read = await readReviewFile(file);
  if ('problem' in read) {
    const p = read.problem;
    if (p.code === 'not-found')
      throw new UserError(
        translate(lang, 'edit.notfound', { file }),
        2,
        translate(lang, 'edit.notfound.hint', { file: f }),
      );
    throw new UserError(translate(lang, 'edit.unreadable', { file, reason: p.message }), 2, p.hint);
  }
  const bytes = read.bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const d = decodeText(bytes);
    const p = 'problem' in d ? d.problem : undefined;
    throw new UserError(
      translate(lang, 'edit.syntax', {
        file,
        line: p?.line ?? 1,
        col: p?.column ?? 1,
        reason: p?.message ?? 'not UTF-8',
      }),
      2,
      p?.hint,
    );
  }
  let store: ReviewStore;
  try {
    store = ReviewStore.fromText(file, text, events);
  } catch (err) {
    if (err instanceof YamlSyntaxError)
      throw new UserError(
        translate(lang, 'edit.syntax', { file, line: err.line, col: err.column, reason: err.reason }),
        2,
        translate(lang, 'edit.syntax.hint', { file: f }),
      );
    if (err instanceof ShapeError) throw new UserError(translate(lang, 'edit.notreview', { file }), 2);
    throw err;
  }
  const problems = checkText(file, bytes).diagnostics;
  return { store, problems };
}

/** Runs a wizard session; Ctrl-C and save failures become their user-facing messages. */
export async function runSession(store: ReviewStore, lang: UiLang, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (err) {
    const f = quoteArg(store.file);
    if (err instanceof PromptCancelled || err instanceof CancelledError)
      throw new CancelledError(
        store.saved ? translate(lang, 'cancel.saved', { file: f }) : translate(lang, 'cancel.nothing'),
      );
    if (err instanceof SaveError)
      throw new UserError(
        translate(lang, 'save.failed', {
          file: store.file,
          reason: (err.cause as NodeJS.ErrnoException)?.code ?? String(err.cause),
        }),
        2,
        translate(lang, 'save.failed.hint', { file: f }),
      );
    if (err instanceof YamlSyntaxError)
      throw new UserError(
        translate(lang, 'edit.syntax', { file: err.file, line: err.line, col: err.column, reason: err.reason }),
        2,
        translate(lang, 'edit.syntax.hint', { file: f }),
      );
    throw err;
  }
}
