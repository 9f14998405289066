// Starting the next cycle's review from the last one (`gcm-review init --from OLD NEW`, issue 12 §1).
//
// What carries over: the details about the review (moved to the next cycle, numbered one more,
// status draft, dated today, with a pointer to the previous review), the national context, the
// national plan, the stakeholders consulted, the guiding principles, the objectives' answers and
// support needs, and next steps. What does not: the key messages, the description of how this
// review was prepared and the consultations held for it, the annexes, the version number. Every
// carried-over answer is listed in `to_update` until it is confirmed or edited in the wizard, so
// `validate` and the wizard keep pointing at it. The old file is only read.
//
// Comments and layout of the carried parts are kept: the new file is the old YAML document with
// parts removed and a few values set.
import { basename, dirname, relative, resolve } from 'node:path';
import { Document, isMap, parseDocument } from 'yaml';
import { CYCLES } from '../reference/index.js';

/** Top-level parts that belong to one review only: not carried over. */
const NOT_CARRIED = new Set(['key_messages', 'executive_summary', 'annexes', 'progress_declaration', 'to_update']);
/** Parts of `methodology` that describe how the previous review was made: not carried over. */
const METHODOLOGY_NOT_CARRIED = ['description', 'consultations', 'review_process', 'consultation_summary'];
/** Keys never marked (not answers). */
const NOT_ANSWERS = new Set(['format_version', 'metadata', 'to_update']);

export interface CarryResult {
  /** The new file's text. */
  text: string;
  /** The answers marked "to update", as paths (e.g. "objectives.7.gaps_and_challenges"). */
  toUpdate: string[];
  /** Top-level parts (and methodology parts) left out. */
  leftOut: string[];
  cycle: { from: string; to: string; moved: boolean };
  reviewNumber: number;
}

export interface CarryOptions {
  oldFile: string;
  newFile: string;
  /** YYYY-MM-DD */
  today: string;
  /** The cycle of the new review; default: the one after the previous review's. */
  cycle?: string;
}

/** The cycle after `key` in the reference list (chronological), or undefined for the last one. */
export function nextCycle(key: string): string | undefined {
  const i = CYCLES.findIndex((c) => c.key === key);
  return i >= 0 && i + 1 < CYCLES.length ? CYCLES[i + 1]!.key : undefined;
}

function filled(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.values(v).some(filled);
  return true;
}

/** The answers of a review that `to_update` lists: one per part, per objective field, per principle. */
export function answerPaths(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (NOT_ANSWERS.has(key) || !filled(value)) continue;
    if (key === 'objectives' && isRecord(value)) {
      for (const [n, answers] of Object.entries(value))
        if (isRecord(answers))
          for (const [field, v] of Object.entries(answers)) if (filled(v)) out.push(`objectives.${n}.${field}`);
    } else if (key === 'guiding_principles' && isRecord(value)) {
      for (const [p, v] of Object.entries(value)) if (filled(v)) out.push(`guiding_principles.${p}`);
    } else out.push(key);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The title of a narrative title (a language map gives its first text). */
function titleText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (isRecord(v)) {
    const first = Object.values(v).find((x) => typeof x === 'string' && x.trim());
    return typeof first === 'string' ? first.trim() : undefined;
  }
  return undefined;
}

/**
 * The next review's text from the previous review's (already validated) text. Throws an Error with a
 * plain message when the old review has no cycle to move on from and none is given.
 */
export function carryOver(oldText: string, opts: CarryOptions): CarryResult {
  const doc: Document = parseDocument(oldText, { version: '1.2', keepSourceTokens: false });
  const data = doc.toJS() as Record<string, unknown>;
  const meta = isRecord(data['metadata']) ? data['metadata'] : {};
  const fromCycle = typeof meta['cycle'] === 'string' ? meta['cycle'] : '';
  const toCycle = opts.cycle ?? nextCycle(fromCycle) ?? fromCycle;

  const leftOut: string[] = [];
  for (const key of Object.keys(data)) {
    if (NOT_CARRIED.has(key)) {
      doc.delete(key);
      if (key !== 'to_update') leftOut.push(key);
    }
  }
  const methodology = doc.get('methodology');
  if (isMap(methodology)) {
    for (const k of METHODOLOGY_NOT_CARRIED)
      if (methodology.has(k)) {
        methodology.delete(k);
        leftOut.push(`methodology.${k}`);
      }
    if (methodology.items.length === 0) doc.delete('methodology');
  }

  const previousNumber = typeof meta['review_number'] === 'number' ? meta['review_number'] : 1;
  const reviewNumber = previousNumber + 1;
  doc.setIn(['metadata', 'cycle'], toCycle);
  doc.setIn(['metadata', 'status'], 'draft');
  doc.setIn(['metadata', 'date'], opts.today);
  if (doc.hasIn(['metadata', 'version'])) doc.deleteIn(['metadata', 'version']);
  doc.setIn(['metadata', 'review_number'], reviewNumber);
  const previous: Record<string, string> = {};
  if (fromCycle) previous['cycle'] = fromCycle;
  const title = titleText(meta['title']);
  if (title) previous['title'] = title;
  // where the previous review is, as seen from the new file's folder
  const link = relative(dirname(resolve(opts.newFile)), resolve(opts.oldFile)) || basename(opts.oldFile);
  previous['link'] = link;
  doc.setIn(['metadata', 'previous_review'], doc.createNode(previous));

  const carried = doc.toJS() as Record<string, unknown>;
  const toUpdate = answerPaths(carried);
  if (toUpdate.length) {
    const node = doc.createNode(toUpdate);
    node.flow = false;
    doc.set('to_update', node);
    const pair = (doc.contents as { items: { key: { commentBefore?: string } }[] }).items.at(-1);
    if (pair && typeof pair.key === 'object')
      pair.key.commentBefore =
        ' Answers carried over from the previous review, not yet confirmed for this one. "gcm-review edit"\n' +
        ' removes each line when its answer is kept as is or changed; you may also delete lines by hand.';
  }
  return {
    text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }),
    toUpdate,
    leftOut,
    cycle: { from: fromCycle, to: toCycle, moved: toCycle !== fromCycle },
    reviewNumber,
  };
}

// ---- the command's work: read and check the previous review, build the next, check it ----------

/** "maravia-imrf_2022.gcm.yaml" → "maravia-regional_review_2.gcm.yaml"; else "<name>-<cycle>.gcm.yaml". */
export function suggestedName(oldFile: string, fromCycle: string, toCycle: string): string {
  const dir = dirname(oldFile);
  const base = basename(oldFile);
  const stem = base.replace(/(\.gcm)?\.ya?ml$/i, '');
  const next = fromCycle && stem.includes(fromCycle) ? stem.replace(fromCycle, toCycle) : `${stem}-${toCycle}`;
  const name = `${next}.gcm.yaml`;
  return dir === '.' ? name : `${dir}/${name}`;
}

export type FromOutcome =
  { ok: true; result: CarryResult } | { ok: false; problems: import('../diagnostics/index.js').FileResult };

/** Reads the previous review (a regular file, size-capped) and checks it; builds the next one's text. */
export async function buildFromPrevious(opts: CarryOptions): Promise<FromOutcome> {
  const { readReviewFile } = await import('../io/read.js');
  const { checkText } = await import('../validate/index.js');
  const { decodeText } = await import('../load/index.js');
  const read = await readReviewFile(opts.oldFile);
  if ('problem' in read)
    return {
      ok: false,
      problems: {
        file: opts.oldFile,
        diagnostics: [{ file: opts.oldFile, line: 1, column: 1, severity: 'error', path: [], ...read.problem }],
      },
    };
  const checked = checkText(opts.oldFile, read.bytes);
  if (!checked.review || checked.diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, problems: checked };
  const decoded = decodeText(read.bytes);
  const text = 'text' in decoded ? decoded.text.replace(/^\uFEFF/, '') : read.bytes.toString('utf8');
  return { ok: true, result: carryOver(text, opts) };
}
