// Where a value sits in its review file: the line a synthesis cites next to every quoted text
// ("valletta.gcm.yaml:212"). Uses the validator's fast locator (one more js-yaml parse, tracking
// node starts: src/load/locate-fast.ts); where it cannot tell (a file it declines, an item its
// events do not line up with), the precise parser answers, parsed once per file when first needed.
import { locate, parsePrecise, type PreciseParse } from '../load/index.js';
import { fastLocator, type FastLocator } from '../load/locate-fast.js';

/** The 1-based line of the value at `path` (its key, or its list item), or undefined when it is not in the file. */
export type LineOf = (path: readonly (string | number)[]) => number | undefined;

/** `locator`: one the validator already built while parsing the same text (saves a parse). */
export function sourceLines(text: string, locator?: FastLocator): LineOf {
  const fast = locator ?? fastLocator(text);
  let precise: PreciseParse | undefined;
  const slow = (path: readonly (string | number)[]) => {
    precise ??= parsePrecise(text);
    if (!precise.doc) return undefined;
    // locate() answers with the nearest ancestor: only ask for a path that is in the data
    let v: unknown = precise.data;
    for (const seg of path) {
      if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
      v = (v as Record<string, unknown>)[seg as string];
    }
    return locate(precise, [...path], 'key').line;
  };
  return (path) => fast?.locate(path, 'key')?.line ?? slow(path);
}
