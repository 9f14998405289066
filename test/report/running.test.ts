// Running headers that name what a page continues ("Objective 1 (continued)") and practice boxes
// that never leave more than a third of a page blank before them (issue 15 §1, §2): printed by the
// real renderer in Chromium and read back with pdftotext. (A box that breaks goes on under its
// own "<title> (continued)": see practice-split.test.ts.)
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { ChromiumRenderer, htmlForModel, loadTemplates, modelFor, pageCss } from '../../src/render/index.js';
import { decodeEntities, paginateCss } from '../../src/render/html.js';
import { correctedRunning, type RunningPrediction } from '../../src/render/running.js';
import { EXAMPLES, loadReview, pageTexts, removeTempDirs, tempPdf } from '../render/helpers.js';

describe('correctedRunning: the predicted continuation pages against the printed destinations', () => {
  const predicted: RunningPrediction = {
    pages: { '5': ['Objective 1 (continued)'], '8': ['Objective 2 (continued)'], '9': ['Objective 2 (continued)'] },
    starts: { 'objective-1': 4, 'objective-2': 7 },
    loosened: 0,
    split: 0,
  };
  test('nothing to redo when every objective starts where it was predicted', () => {
    const dests = new Map([
      ['objective-1', 4],
      ['objective-2', 7],
    ]);
    expect(correctedRunning(predicted, dests)).toBeUndefined();
  });
  test('an objective printed a page later moves its continuation pages with it (and only its own)', () => {
    const dests = new Map([
      ['objective-1', 4],
      ['objective-2', 8],
    ]);
    expect(correctedRunning(predicted, dests)).toEqual({
      '5': ['Objective 1 (continued)'],
      '9': ['Objective 2 (continued)'],
      '10': ['Objective 2 (continued)'],
    });
  });
});

describe('printed: practice boxes and their running header', () => {
  let renderer: ChromiumRenderer;
  let css: string;
  beforeAll(async () => {
    renderer = await ChromiumRenderer.start();
    css = [(await loadTemplates()).styles, pageCss('A4', 'ltr'), paginateCss('A4')].join('\n');
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
    removeTempDirs();
  });

  /** A cover, `fillerMm` of text, then a short practice box (two paragraphs, kept whole by the style sheet). */
  const doc = (fillerMm: number, paraMm: number) => `<!DOCTYPE html>
<html lang="en" dir="ltr" class="gcm-paginate gcm-report" data-running-header="Testland · Second IMRF" style="--gcm-running-header: 'Testland · Second IMRF'; --gcm-page-footer: counter(page)">
<head><meta charset="utf-8"><style>${css}</style></head>
<body><div class="cover"><p>COVER</p></div>
<section class="objective" data-running="Objective 1 (continued)"><h2 id="objective-1">Objective 1</h2>
<div style="height: ${fillerMm}mm"><p>FILLER TEXT</p></div>
<div class="practice" data-running="Promising practice (continued)" data-continued="(continued)"><p class="box-label">Promising practice</p>
<p class="practice-title">BOXTITLE</p>
<div class="prose"><p style="height: ${paraMm}mm">FIRST PARAGRAPH</p><p style="height: ${paraMm}mm">SECOND PARAGRAPH</p></div></div>
<p>AFTER THE BOX</p></section></body></html>`;

  const print = async (html: string) => {
    const out = await renderer.pdf(html, { paper: 'A4' });
    return pageTexts(tempPdf(out.pdf, 'box.pdf'));
  };

  test('a short box that would leave half a page blank starts under the text before it and breaks; it goes on under "<title> (continued)"', async () => {
    // 130 mm of text leaves about 120 mm of the 253 mm page area; the box is about 160 mm tall
    const pages = await print(doc(130, 75));
    const at = pages.findIndex((p) => p.includes('FILLER TEXT'));
    expect(pages[at]).toContain('BOXTITLE');
    // the box is taller than what is left of the page: it goes on over the next one
    const next = pages[at + 1]!;
    expect(next).toContain('AFTER THE BOX');
    // the page names the objective in its running header, the box its title (practice-split.ts)
    expect(next).toMatch(/^Testland · Second IMRF · Objective 1 \(continued\) BOXTITLE \(continued\)/);
    expect(pages[at]).not.toContain('(continued)');
  }, 60_000);

  test('a short box that leaves less than a third of a page blank moves whole to the next page', async () => {
    // 190 mm of text leaves about 60 mm (under a third); the box (about 100 mm) goes to the next page whole
    const pages = await print(doc(190, 45));
    const at = pages.findIndex((p) => p.includes('FILLER TEXT'));
    expect(pages[at]).not.toContain('BOXTITLE');
    expect(pages[at + 1]).toContain('BOXTITLE');
    expect(pages[at + 1]).toContain('SECOND PARAGRAPH');
    // the page begins inside objective 1, not inside the box
    expect(pages[at + 1]).toMatch(
      /^Testland · Second IMRF · Objective 1 \(continued\) BOXTITLE|^Testland · Second IMRF · Objective 1 \(continued\) PROMISING/,
    );
  }, 60_000);
});

describe('the running header is written in without restyling the whole document', () => {
  // a custom property changed on <html> makes Chromium restyle every element (25-30 ms a report):
  // the default template sets --gcm-running from the start, so only the counter style is written
  test('default template: <html> keeps the style the template gave it, and pages still say what they continue', async () => {
    const seen: { style: string; marked: boolean }[] = [];
    const renderer = await ChromiumRenderer.start({
      jobs: 1,
      hooks: {
        beforePdf: async ({ page }) => {
          seen.push(
            await page.evaluate(
              '({ style: document.documentElement.getAttribute("style"), marked: document.documentElement.hasAttribute("data-gcm-running") })',
            ),
          );
        },
      },
    });
    try {
      const templates = await loadTemplates();
      const review = await loadReview(join(EXAMPLES, 'full-en.gcm.yaml'));
      const html = htmlForModel(modelFor(review, { mode: 'pdf', templates, paper: 'A4' }), templates);
      const written = decodeEntities(/<html\b[^>]*\sstyle="([^"]*)"/.exec(html)![1]!);
      expect(written).toContain('--gcm-running: counter(page, gcm-running)');
      const pages = pageTexts(tempPdf((await renderer.pdf(html, { paper: 'A4' })).pdf, 'full.pdf'));
      expect(pages.filter((p) => /^\S.* · Objective \d+ \(continued\)/.test(p)).length).toBeGreaterThan(5);
      expect(seen.length).toBeGreaterThan(0);
      for (const s of seen) {
        expect(s.marked).toBe(false);
        expect(s.style.replace(/\s+/g, ' ')).toBe(written.replace(/\s+/g, ' '));
      }
    } finally {
      await renderer.close();
    }
  }, 60_000);
});
