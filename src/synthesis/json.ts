// A synthesis as JSON: the synthesis model itself (without the table of fixed words), described
// by schemas/gcm-synthesis.schema.json (its $id is stable across versions of the tool).
import type { SynthesisModel } from './index.js';

export function synthesisJson(s: SynthesisModel): string {
  const { words: _words, ...rest } = s;
  void _words;
  return JSON.stringify(rest, null, 2) + '\n';
}
