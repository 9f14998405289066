// The HTML report with its fonts embedded (issue 15 §4), in real Chromium on a "machine without
// Noto" (a fontconfig setup that knows only DejaVu): the text is drawn with the embedded faces,
// laid out as with the installed Noto fonts, and the page is pixel for pixel the same whether or
// not Noto is installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { locateBrowser, renderFiles } from '../../src/render/index.js';
import { FONTS_MARK, embedFonts } from '../../src/render/fonts.js';
import { reportHtml } from '../../src/render/html.js';
import { loadTemplates } from '../../src/render/templates.js';
import { EXAMPLES, FIXTURES, loadReview, removeTempDirs, tempDir } from './helpers.js';
import { noNotoFontconfig } from './fonts-helpers.js';

const NAMES = ['full-en', 'review-ar'] as const;
const plain: Record<string, string> = {};
const embedded: Record<string, string> = {};
let withNoto: Browser;
let withoutNoto: Browser;

beforeAll(async () => {
  const templates = await loadTemplates();
  for (const n of NAMES) {
    plain[n] = reportHtml(await loadReview(join(EXAMPLES, `${n}.gcm.yaml`)), { mode: 'html', templates });
    const r = embedFonts(plain[n]);
    expect(r.warnings).toEqual([]);
    embedded[n] = r.html;
  }
  const candidate = locateBrowser();
  const launch = (env: NodeJS.ProcessEnv) =>
    puppeteer.launch({
      executablePath: candidate.path,
      headless: candidate.headless,
      args: ['--no-sandbox', '--proxy-server=127.0.0.1:9'],
      env,
    });
  withNoto = await launch(process.env);
  withoutNoto = await launch({ ...process.env, FONTCONFIG_FILE: noNotoFontconfig(tempDir('gcm-no-noto-')) });
}, 120_000);
afterAll(async () => {
  await withNoto?.close();
  await withoutNoto?.close();
  removeTempDirs();
});

async function open(browser: Browser, html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1400 });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

/** The fonts Chromium drew an element's text with (DevTools protocol): family, and whether a web font. */
async function fontsOf(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** The box of every element that is not inline (paragraphs, headings, cells, list items…), and whether it holds text only. */
async function boxes(page: Page): Promise<number[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => !getComputedStyle(e).display.startsWith('inline'))
      .map((e) => {
        const b = e.getBoundingClientRect();
        // a block holding text only (no block inside): its height is its lines
        const leaf = [...e.children].every((c) => getComputedStyle(c).display.startsWith('inline'));
        return [b.x, b.y, b.width, b.height, leaf ? 1 : 0];
      }),
  );
}

/**
 * Differences that change how the text looks: a block placed or sized otherwise across the line
 * (other line breaks, other glyphs), or a block of text taller or shorter by more than a rounding
 * (a line more or less is 13 px or more). Inline boxes, and the heights of blocks around blocks,
 * are left out: Chromium rounds the ascent and descent of a system font to whole pixels and not
 * those of a web font measured without hinting, a pixel here and there that adds up down a page.
 */
function layoutDifferences(a: number[][], b: number[][]): string[] {
  expect(b.length).toBe(a.length);
  const out: string[] = [];
  a.forEach((x, i) => {
    const y = b[i]!;
    const far = (k: number, tol: number) => Math.abs(x[k]! - y[k]!) > tol;
    if (far(0, 0.5) || far(2, 0.5) || (x[4] === 1 && far(3, Math.max(2, 0.01 * x[3]!))))
      out.push(`#${i}: ${x.join(',')} → ${y.join(',')}`);
  });
  return out;
}

describe('the HTML report in Chromium without Noto installed', () => {
  for (const name of NAMES) {
    test(`${name}: headings, body text and tables are drawn with the embedded Noto faces (web fonts), not the machine's`, async () => {
      const page = await open(withoutNoto, embedded[name]!);
      try {
        const heading = await fontsOf(page, 'main h2');
        const body = await fontsOf(page, '.prose p');
        const table = await fontsOf(page, 'table th');
        const [head, text] =
          name === 'review-ar' ? ['Noto Kufi Arabic', 'Noto Naskh Arabic'] : ['Noto Sans', 'Noto Serif'];
        expect(heading[0]).toMatchObject({ familyName: head, isCustomFont: true });
        expect(body[0]).toMatchObject({ familyName: text, isCustomFont: true });
        expect(table[0]).toMatchObject({ familyName: head, isCustomFont: true });
        for (const f of [...heading, ...body, ...table]) {
          expect(f.isCustomFont, f.familyName).toBe(true);
          expect(f.familyName).toMatch(/^Noto /);
        }
      } finally {
        await page.close();
      }
      // the control: without the embedded fonts, this browser has no Noto to use
      const bare = await open(withoutNoto, plain[name]!);
      try {
        for (const f of await fontsOf(bare, '.prose p')) expect(f.familyName).not.toMatch(/^Noto /);
      } finally {
        await bare.close();
      }
    }, 60_000);

    test(`${name}: laid out as with the installed Noto fonts (every element's width and line count), and pixel-identical with or without Noto installed`, async () => {
      const system = await open(withNoto, plain[name]!);
      const bare = await open(withoutNoto, plain[name]!);
      const mine = await open(withoutNoto, embedded[name]!);
      const mineWithNoto = await open(withNoto, embedded[name]!);
      try {
        const reference = await boxes(system);
        expect(layoutDifferences(reference, await boxes(mine))).toEqual([]);
        // the control: the same report without its fonts is laid out otherwise there
        expect(layoutDifferences(reference, await boxes(bare)).length).toBeGreaterThan(50);
        const shot = async (p: Page) => Buffer.from(await p.screenshot({ fullPage: false }));
        expect((await shot(mine)).equals(await shot(mineWithNoto))).toBe(true);
        expect((await shot(bare)).equals(await shot(system))).toBe(false);
      } finally {
        for (const p of [system, bare, mine, mineWithNoto]) await p.close();
      }
    }, 90_000);
  }
});

test('a name in another script (Devanagari, Thai) is drawn with its embedded Noto font too, not the machine’s', async () => {
  const html = embedFonts(plain['full-en']!.replace('<h1', '<p id="other" lang="hi">नेपाल ภาษาไทย</p><h1')).html;
  const page = await open(withoutNoto, html);
  try {
    const fonts = await fontsOf(page, '#other');
    expect(fonts.map((f) => f.familyName).sort()).toEqual(['Noto Serif', 'Noto Serif Devanagari', 'Noto Serif Thai']);
    for (const f of fonts) expect(f.isCustomFont, f.familyName).toBe(true);
  } finally {
    await page.close();
  }
});

test('render --format both: the HTML file carries its fonts, the page Chromium prints to PDF does not (it uses the installed fonts)', async () => {
  const out = tempDir('gcm-fonts-both-');
  const printed: { styles: number; webFonts: number }[] = [];
  const summary = await renderFiles([join(FIXTURES, 'minimal.gcm.yaml')], {
    format: 'both',
    outDir: out,
    hooks: {
      beforePdf: async ({ page }) => {
        printed.push(
          await page.evaluate(() => ({
            styles: [...document.querySelectorAll('style')].filter((e) => e.textContent?.includes('@font-face')).length,
            webFonts: document.fonts.size,
          })),
        );
      },
    },
  });
  expect(summary.rendered).toHaveLength(1);
  const html = readFileSync(join(out, 'minimal.html'), 'utf8');
  expect(html).toContain(FONTS_MARK);
  expect(html).toMatch(/@font-face \{ font-family: "Noto Serif"/);
  expect(printed.length).toBeGreaterThan(0);
  for (const p of printed) expect(p).toEqual({ styles: 0, webFonts: 0 });
}, 120_000);
