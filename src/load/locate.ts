// Locating a path in the precise document.
import type { Node as YamlNode } from 'yaml';
import type { Position } from './common.js';
import { keyString, yamlLib, type PreciseParse } from './precise.js';

export type Locate = 'value' | 'key';

/**
 * The range of the node at `path` (or of its key), falling back to the nearest ancestor that
 * exists. Returned positions are 1-based. With a duplicated key, the last one counts (as in the data).
 */
export function locate(parsed: PreciseParse, path: (string | number)[], mode: Locate = 'value'): Position {
  if (!parsed.doc) return { line: 1, column: 1 };
  const Y = yamlLib();
  let node: unknown = parsed.doc.contents;
  let best: [number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (Y.isAlias(node)) node = node.resolve(parsed.doc);
    if (Y.isMap(node)) {
      const pair = node.items.findLast((p) => keyString(p.key, Y) === String(seg));
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && mode === 'key') {
        best = rangeOf(pair.key) ?? best;
        break;
      }
      node = pair.value;
      best = rangeOf(node) ?? rangeOf(pair.key) ?? best;
    } else if (Y.isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      node = item;
      best = rangeOf(node) ?? best;
    } else break;
  }
  if (!best) return { line: 1, column: 1 };
  const s = parsed.lineCounter.linePos(best[0]);
  const e = parsed.lineCounter.linePos(best[1]);
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as YamlNode | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}
