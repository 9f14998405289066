// Varied review files generated from the examples, for the synthesis tests and benchmark.
// Deterministic (seeded). Each review takes one example as its base and changes who submitted it
// (a private-use code and a made-up name), the region and cycle, which objectives it keeps and
// which questions they answer; its text stays the example's (so several languages appear).
// Optionally adds one duplicate (a byte-for-byte copy under another name) and invalid files.
//
//   generateReviews({ n, seed, duplicate, invalid }) → { files: [{ name, text, data, kind }] }
//   kind: 'review' | 'duplicate' | 'invalid'; data: the review as an object (undefined for invalid)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const root = join(import.meta.dirname, '..');
const EXAMPLES = ['full-en', 'draft-fr', 'review-ar', 'stakeholder-es', 'bilingual-en-fr'];
const REGIONS = ['ece', 'escwa', 'escap', 'eclac', 'eca'];
const CYCLES = ['imrf_2026', 'regional_review_2'];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** A private-use ISO-like code for review i: QMA … QZZ, then XAA …. */
function code(i) {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (i < 14 * 26) return `Q${letters[12 + Math.floor(i / 26)]}${letters[i % 26]}`;
  const j = i - 14 * 26;
  return `X${letters[Math.floor(j / 26) % 26]}${letters[j % 26]}`;
}

export function generateReviews({ n = 40, seed = 14, duplicate = true, invalid = 2 } = {}) {
  const rand = rng(seed);
  const bases = EXAMPLES.map((e) => parse(readFileSync(join(root, 'examples', `${e}.gcm.yaml`), 'utf8')));
  const files = [];
  for (let i = 0; i < n; i++) {
    const data = structuredClone(bases[i % bases.length]);
    const m = data.metadata;
    if (m.submitter.type === 'member_state') {
      m.submitter.country = code(i);
      m.submitter.name = `Generated State ${String(i + 1).padStart(3, '0')}`;
    } else {
      m.submitter.name = `Generated Network ${String(i + 1).padStart(3, '0')}`;
    }
    m.region = REGIONS[Math.floor(rand() * REGIONS.length)];
    m.cycle = CYCLES[rand() < 0.7 ? 0 : 1];
    // keep between 3 and all objectives; drop some answers from the ones kept
    const keys = Object.keys(data.objectives ?? {});
    const keep = Math.max(Math.min(3, keys.length), Math.floor(rand() * (keys.length + 1)));
    const kept = keys.filter(() => rand() < keep / Math.max(1, keys.length));
    for (const k of keys) if (!kept.includes(k) && Object.keys(data.objectives).length > 1) delete data.objectives[k];
    for (const o of Object.values(data.objectives ?? {})) {
      if (rand() < 0.2) delete o.gaps_and_challenges;
      if (rand() < 0.15) delete o.support_needs;
      if (rand() < 0.1) delete o.promising_practices;
    }
    files.push({
      name: `review-${String(i + 1).padStart(3, '0')}.gcm.yaml`,
      text: stringify(data, { lineWidth: 0 }),
      data,
      kind: 'review',
    });
  }
  if (duplicate && files.length > 3) {
    const src = files[3];
    files.push({
      name: 'copy-of-review-004.gcm.yaml',
      text: src.text,
      data: src.data,
      kind: 'duplicate',
      duplicateOf: src.name,
    });
  }
  const bad = [
    { name: 'broken-syntax.gcm.yaml', text: 'format_version: 1\nmetadata:\n  submitter: {type: member_state\n' },
    { name: 'wrong-type.gcm.yaml', text: 'format_version: 1\nmetadata: [not, a, map]\n' },
  ];
  for (let k = 0; k < invalid; k++)
    files.push({
      ...bad[k % bad.length],
      name: k < bad.length ? bad[k].name : `invalid-${k}.gcm.yaml`,
      kind: 'invalid',
    });
  return { files };
}

/** Writes the generated files into `dir` and returns their paths with the generated entries. */
export function writeReviews(dir, opts) {
  mkdirSync(dir, { recursive: true });
  const { files } = generateReviews(opts);
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  return files.map((f) => ({ ...f, path: join(dir, f.name) }));
}
