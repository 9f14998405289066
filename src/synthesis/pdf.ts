// A synthesis as PDF: the synthesis HTML printed by the same hardened Chromium renderer as the
// reviews (no JavaScript, every request but data: URLs aborted, dead proxy; see src/render).
import { ChromiumRenderer, type RendererOptions } from '../render/chromium.js';
import { synthesisHtml } from './html.js';
import type { SynthesisModel } from './index.js';

/** Starts the browser (the command starts it while the files are being read). */
export function startSynthesisRenderer(
  opts: Pick<RendererOptions, 'browser' | 'env' | 'timeoutMs'> = {},
): Promise<ChromiumRenderer> {
  return ChromiumRenderer.start({ jobs: 1, timeoutMs: 300_000, ...opts });
}

export async function synthesisPdf(
  model: SynthesisModel,
  renderer: ChromiumRenderer,
  opts: { paper?: 'A4' | 'Letter' } = {},
): Promise<{ pdf: Uint8Array; pages: number }> {
  const paper = opts.paper ?? 'A4';
  const html = synthesisHtml(model, { mode: 'pdf', paper });
  const out = await renderer.pdf(html, { paper, key: 'synthesis' });
  return { pdf: out.pdf, pages: out.pages };
}
