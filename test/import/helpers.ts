// Shared by the Word tests: an example → its .docx bytes (the same path as `render --format docx`),
// Markdown → comparable text, and temporary folders.
import { afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportDocx } from '../../src/export/docx/index.js';
import { renderMarkdown } from '../../src/model/markdown.js';
import { loadTemplates, modelFor } from '../../src/render/index.js';
import type { Review } from '../../src/schema/types.js';
import { checkFile } from '../../src/validate/index.js';
import { exampleFiles } from '../support/examples.js';

export const ROOT = join(import.meta.dirname, '../..');
/** Every example review (the round trip and the Word checks cover each one). */
export const EXAMPLES = exampleFiles().map((f) => f.replace(/\.gcm\.yaml$/, ''));

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
export function tmp(prefix = 'gcm-docx-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export async function exampleReview(name: string): Promise<Review> {
  const r = await checkFile(join(ROOT, 'examples', `${name}.gcm.yaml`));
  if (!r.review) throw new Error(`${name} does not validate`);
  return r.review;
}

export async function docxOf(
  review: Review,
  opts: { lang?: string; order?: 'objective' | 'roundtable' } = {},
): Promise<Buffer> {
  const templates = await loadTemplates();
  return reportDocx(modelFor(review, { mode: 'html', templates, ...opts }));
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x60': '`',
  '#x3D': '=',
};

/** Markdown → the text a reader sees, with whitespace collapsed (emphasis and list marks gone). */
export function visibleText(md: string): string {
  return renderMarkdown(md)
    .replace(/<\/?(a|strong|em|s|code|sup|sub)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown → its HTML with whitespace normalised: keeps emphasis, lists, links and tables. */
export function markdownShape(md: string): string {
  return renderMarkdown(md)
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/ style="[^"]*"/g, '')
    .trim();
}
