// Reading the files of a synthesis: each file read once (through the validator's checked reader:
// regular files only, size capped while reading), validated, and for a valid review the lines of
// its values kept for the citations. A few reads are in flight at once to hide I/O latency.
import { checkFile } from '../validate/index.js';
import { sourceLines } from './lines.js';
import type { SynthesisSource } from './index.js';

export interface ReadOptions {
  maxBytes?: number;
  /** Called after each file, in no particular order. */
  onProgress?: (done: number, total: number) => void;
}

export async function readSources(files: readonly string[], opts: ReadOptions = {}): Promise<SynthesisSource[]> {
  const out: SynthesisSource[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      const r = await checkFile(file, { keepText: true, ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) });
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      if (r.review && !errors.length) {
        out[i] = {
          file,
          review: r.review,
          ...(r.text !== undefined ? { lineOf: sourceLines(r.text, r.locator) } : {}),
        };
      } else {
        const first = errors[0];
        out[i] = {
          file,
          invalid: {
            message: first?.message ?? 'not a valid review',
            line: first?.line ?? 1,
            problems: errors.length,
          },
        };
      }
      opts.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, lane));
  return out;
}
