// Accessibility of the HTML reports (issue 15 §4): axe-core in real Chromium finds no serious or
// critical violation in the five examples and the evidence fixture; on a 390 px wide screen the
// page never scrolls sideways (tables scroll in their own box); a skip link comes first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { locateBrowser, renderFiles } from '../../src/render/index.js';
import { EXAMPLES, removeTempDirs, tempDir } from '../render/helpers.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FILES = [
  ...['bilingual-en-fr', 'draft-fr', 'full-en', 'review-ar', 'stakeholder-es'].map((n) =>
    join(EXAMPLES, `${n}.gcm.yaml`),
  ),
  join(import.meta.dirname, 'fixtures', 'evidence.gcm.yaml'),
];

let dir: string;
let browser: Browser;
const html = (name: string) => readFileSync(join(dir, `${name}.html`), 'utf8');

beforeAll(async () => {
  dir = tempDir('gcm-a11y-');
  const summary = await renderFiles(FILES, { outDir: dir, format: 'html' });
  expect(summary.rendered).toHaveLength(FILES.length);
  const candidate = locateBrowser();
  browser = await puppeteer.launch({
    executablePath: candidate.path,
    headless: candidate.headless,
    args: ['--no-sandbox', '--proxy-server=127.0.0.1:9'],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  removeTempDirs();
});

const NAMES = FILES.map((f) => f.split('/').pop()!.replace('.gcm.yaml', ''));

describe('axe-core in Chromium', () => {
  for (const name of NAMES) {
    test(`${name}: no serious or critical violation`, async () => {
      const page = await browser.newPage();
      try {
        // the report forbids scripts (Content-Security-Policy); the test lets axe in, and only axe
        await page.setBypassCSP(true);
        await page.setContent(html(name), { waitUntil: 'load' });
        // axe is the only script on the page (the report itself has none)
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  c: unknown,
                  o: unknown,
                ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')}`);
        });
        expect(violations).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});

describe('a narrow screen and the skip link', () => {
  for (const name of ['full-en', 'review-ar', 'evidence']) {
    test(`${name} at 390 px: the page never scrolls sideways; the support matrix and tables scroll in their own box`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 390, height: 844 });
        await page.setContent(html(name), { waitUntil: 'load' });
        const m = await page.evaluate(() => {
          const boxes = [...document.querySelectorAll('.table-scroll')].map((b) => ({
            scrolls: b.scrollWidth > b.clientWidth,
            fits: b.getBoundingClientRect().width <= window.innerWidth,
          }));
          return { page: document.documentElement.scrollWidth, view: window.innerWidth, boxes };
        });
        expect(m.page).toBeLessThanOrEqual(m.view);
        expect(m.boxes.length).toBeGreaterThan(0);
        expect(m.boxes.every((b) => b.fits)).toBe(true);
        if (name === 'full-en') expect(m.boxes.some((b) => b.scrolls)).toBe(true);
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  test('the first focusable element is a skip link to the content', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(html('draft-fr'), { waitUntil: 'load' });
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement;
        return {
          cls: a.className,
          href: a.getAttribute('href'),
          text: a.textContent,
          target: !!document.getElementById('content'),
        };
      });
      expect(focused).toEqual({ cls: 'skip-link', href: '#content', text: 'Aller au contenu', target: true });
    } finally {
      await page.close();
    }
  }, 60_000);
});
