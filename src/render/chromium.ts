// One headless Chromium for a whole batch: pages reused, a few at a time, hardened (no
// JavaScript, every request but data: URLs aborted, proxy flags), relaunched if it crashes.
//
// The table of contents gets its page numbers without printing twice in the usual case: the
// document is first laid out on screen as a row of columns exactly one page area in size
// (html.gcm-paginate, see html.ts), which tells on which page each section starts; the numbers
// are written in, the document printed, and the PDF's named destinations read back to check
// them. Only when a number is off (the prediction is a model of Chromium's pagination, not
// Chromium's pagination itself) is the PDF printed again with the numbers read from it.
import { rm } from 'node:fs/promises';
import type { Browser, Page, PDFOptions } from 'puppeteer-core';
import { UserError } from '../diagnostics/index.js';
import type { Paper } from '../model/index.js';
import { BrowserNotFoundError, INSTALL_HINT, findBrowser, launchArgs, type BrowserCandidate } from './browser.js';
import { inspectPdf } from './pdf-read.js';
import { RUNNING_PREDICT, correctedRunning, runningApplyScript, type RunningPrediction } from './running.js';

export interface RenderHooks {
  /** Called just before each page.pdf(); tests use it to kill the browser mid-batch. */
  beforePdf?(info: {
    key?: string;
    attempt: number;
    pass: number;
    browserPid: number | undefined;
  }): void | Promise<void>;
}

export interface RendererOptions {
  /** Browser to use; default: findBrowser(). */
  browser?: BrowserCandidate;
  /** Reports printed at once (pages open in the browser); default 2. */
  jobs?: number;
  /** Time allowed for one report, in milliseconds; default 120 000. */
  timeoutMs?: number;
  hooks?: RenderHooks;
  env?: NodeJS.ProcessEnv;
}

export interface PdfJob {
  paper: Paper;
  /** A name for messages and hooks (the input file). */
  key?: string;
}

export interface PdfOutput {
  pdf: Uint8Array;
  pages: number;
  /** page.pdf() calls made (1 when the predicted page numbers were right). */
  passes: number;
  /** Attempts (2 when the browser crashed and the report was retried). */
  attempts: number;
  /** Page numbers checked against the PDF for every table-of-contents entry. */
  tocVerified: boolean;
}

const PDF_OPTIONS: PDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  outline: true,
  tagged: true,
  displayHeaderFooter: false,
};

/*
 * The scripts that run in the page are kept as source text: the code that ships is bundled and
 * minified, and a function passed to page.evaluate() would carry the bundler's helpers with it.
 * (Plain template literals: write a backslash in the page script as a doubled backslash.)
 */

/**
 * Runs in the page: the predicted page of the target of every [data-page-of] element, written
 * into it; the pagination layout is then switched off. Page breaks that a custom stylesheet sets
 * outside the rules the pagination layout already maps become column breaks too (read from the
 * parsed style sheets, not element by element). Also returns the headings' text (bookmarks).
 */
const MEASURE_AND_FILL = `(() => {
  const doc = document, root = doc.documentElement, body = doc.body;
  const PAGE = /^(page|left|right|recto|verso|always)$/;
  const KNOWN = new Set(['.page-break-before', '.cover']);
  const extra = [];
  const scan = (rules, depth) => {
    if (depth > 8) return;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (rule instanceof CSSStyleRule) {
        const st = rule.style;
        const before = (st.getPropertyValue('break-before') || st.getPropertyValue('page-break-before')).trim();
        const after = (st.getPropertyValue('break-after') || st.getPropertyValue('page-break-after')).trim();
        const sel = rule.selectorText;
        if (KNOWN.has(sel) || sel.includes('gcm-paginate')) continue;
        for (const part of sel.split(',')) {
          if (PAGE.test(before)) extra.push('html.gcm-paginate ' + part.trim() + ' { break-before: column !important; }');
          if (PAGE.test(after)) extra.push('html.gcm-paginate ' + part.trim() + ' { break-after: column !important; }');
        }
      } else if (rule instanceof CSSMediaRule) {
        if (matchMedia(rule.conditionText).matches) scan(rule.cssRules, depth + 1);
      } else if (rule.cssRules) {
        scan(rule.cssRules, depth + 1);
      }
    }
  };
  for (let i = 0; i < doc.styleSheets.length; i++) {
    try { scan(doc.styleSheets[i].cssRules, 0); } catch (e) { /* unreadable sheet */ }
  }
  let added;
  if (extra.length) {
    added = doc.createElement('style');
    added.textContent = extra.join(' ');
    doc.head.appendChild(added);
  }
  // running headers and practice boxes (running.ts): before the pages are read, as it may let a box break
  const running = ${RUNNING_PREDICT};
  const box = body.getBoundingClientRect();
  const rtl = getComputedStyle(body).direction === 'rtl';
  const width = box.width || 1;
  const pages = {};
  const refs = doc.querySelectorAll('[data-page-of]');
  for (let i = 0; i < refs.length; i++) {
    const id = refs[i].getAttribute('data-page-of') || '';
    if (id in pages) continue;
    const target = doc.getElementById(id);
    if (!target) continue;
    const r = target.getBoundingClientRect();
    const offset = rtl ? box.right - r.right : r.left - box.left;
    pages[id] = Math.max(0, Math.floor((offset + 0.5) / width)) + 1;
  }
  if (added) added.remove();
  root.classList.remove('gcm-paginate');
  for (let i = 0; i < refs.length; i++) {
    const p = pages[refs[i].getAttribute('data-page-of') || ''];
    if (p !== undefined) refs[i].textContent = String(p);
  }
  const headings = [];
  const hs = body.querySelectorAll('h1, h2, h3, h4, h5, h6');
  for (let i = 0; i < hs.length; i++) headings.push((hs[i].textContent || '').replace(/\\s+/g, ' ').trim());
  return { pages, converted: extra.length, headings, running };
})()`;

/** Runs in the page: writes the given page numbers into the [data-page-of] elements. */
function fillPagesScript(pages: Record<string, number>): string {
  return `((pages) => {
  const refs = document.querySelectorAll('[data-page-of]');
  for (let i = 0; i < refs.length; i++) {
    const p = pages[refs[i].getAttribute('data-page-of') || ''];
    if (p !== undefined) refs[i].textContent = String(p);
  }
})(${JSON.stringify(pages)})`;
}

interface Measured {
  pages: Record<string, number>;
  converted: number;
  headings: string[];
  running: RunningPrediction | null;
}

class Semaphore {
  private free: number[];
  private waiting: ((slot: number) => void)[] = [];
  constructor(n: number) {
    this.free = Array.from({ length: n }, (_, i) => i);
  }
  acquire(): Promise<number> {
    const slot = this.free.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release(slot: number): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }
}

export class ChromiumRenderer {
  private browser: Browser | undefined;
  private launching: Promise<Browser> | undefined;
  private pages: ({ page: Promise<Page>; browser: Browser } | undefined)[] = [];
  private initialTaken = new WeakSet<Browser>();
  private sem: Semaphore;
  private closed = false;
  /** Browsers launched so far (1, plus one per crash). */
  launches = 0;
  readonly jobs: number;
  readonly candidate: BrowserCandidate;

  private constructor(
    candidate: BrowserCandidate,
    private readonly opts: RendererOptions,
  ) {
    this.candidate = candidate;
    this.jobs = Math.max(1, Math.floor(opts.jobs ?? 2));
    this.sem = new Semaphore(this.jobs);
  }

  /** Finds the browser (or throws a UserError with the install command) and starts it. */
  static async start(opts: RendererOptions = {}): Promise<ChromiumRenderer> {
    const candidate = opts.browser ?? locateBrowser(opts.env);
    const r = new ChromiumRenderer(candidate, opts);
    await r.ensureBrowser();
    return r;
  }

  browserPid(): number | undefined {
    return this.browser?.process()?.pid ?? undefined;
  }

  private async launch(): Promise<Browser> {
    const { default: puppeteer } = await import('puppeteer-core');
    try {
      const browser = await puppeteer.launch({
        executablePath: this.candidate.path,
        headless: this.candidate.headless,
        args: launchArgs(),
        pipe: true,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        protocolTimeout: (this.opts.timeoutMs ?? 120_000) + 30_000,
        timeout: 60_000,
        defaultViewport: { width: 1000, height: 800 },
      });
      this.launches++;
      return browser;
    } catch (err) {
      throw new UserError(
        `the browser ${this.candidate.path} could not be started: ${firstLine((err as Error).message)}`,
        2,
        'Run "gcm-review doctor" to see what is missing. ' + INSTALL_HINT,
      );
    }
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.closed) throw new Error('the renderer is closed');
    if (this.browser?.connected) return this.browser;
    if (!this.launching) {
      const old = this.browser;
      if (old) {
        // a crashed browser: make sure nothing of it is left running
        try {
          old.process()?.kill('SIGKILL');
        } catch {
          /* already gone */
        }
      }
      this.launching = this.launch()
        .then((b) => (this.browser = b))
        .finally(() => (this.launching = undefined));
    }
    return this.launching;
  }

  private async pageFor(slot: number): Promise<Page> {
    const browser = await this.ensureBrowser();
    const have = this.pages[slot];
    if (have && have.browser === browser) {
      const page = await have.page;
      if (!page.isClosed()) return page;
    }
    const created = this.newPage(browser);
    this.pages[slot] = { page: created, browser };
    return created;
  }

  private async newPage(browser: Browser): Promise<Page> {
    // the tab the browser opened at start already has its renderer process: use it first
    let page: Page | undefined;
    if (!this.initialTaken.has(browser)) {
      this.initialTaken.add(browser);
      page = (await browser.pages()).find((p) => p.url() === 'about:blank' && !p.isClosed());
    }
    page ??= await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.isInterceptResolutionHandled()) return;
      if (req.url().startsWith('data:')) void req.continue().catch(() => {});
      // a navigation away from the report (a meta refresh in a custom template): "204 No
      // Content" leaves the page where it is, where an aborted one would show an error page
      else if (req.isNavigationRequest() && req.frame() === page.mainFrame())
        void req.respond({ status: 204, body: '' }).catch(() => {});
      else void req.abort('blockedbyclient').catch(() => {});
    });
    await page.emulateMediaType('print');
    return page;
  }

  private async dropPage(slot: number): Promise<void> {
    const have = this.pages[slot];
    this.pages[slot] = undefined;
    const page = await have?.page.catch(() => undefined);
    if (page && !page.isClosed()) await page.close().catch(() => {});
  }

  /** Prints one HTML document (from htmlForModel in 'pdf' mode) to PDF. */
  async pdf(html: string, job: PdfJob): Promise<PdfOutput> {
    const slot = await this.sem.acquire();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.renderOnce(slot, html, job, attempt);
        } catch (err) {
          if (this.closed || attempt >= 2 || err instanceof UserError) throw err;
          // the browser (or this page's renderer) crashed or hung: fresh page, fresh browser if needed
          await this.dropPage(slot);
          await this.ensureBrowser();
        }
      }
    } finally {
      this.sem.release(slot);
    }
  }

  private async renderOnce(slot: number, html: string, job: PdfJob, attempt: number): Promise<PdfOutput> {
    const timeout = this.opts.timeoutMs ?? 120_000;
    const page = await this.pageFor(slot);
    await page.setContent(html, { waitUntil: 'load', timeout });
    const predicted = (await page.evaluate(MEASURE_AND_FILL)) as Measured;
    // running headers ("Objective 1 (continued)") from the predicted pages (running.ts)
    let running = predicted.running;
    if (running) await page.evaluate(runningApplyScript(running.pages));
    const ids = Object.keys(predicted.pages);
    let current = predicted.pages;
    let passes = 0;
    for (;;) {
      passes++;
      await this.opts.hooks?.beforePdf?.({ key: job.key, attempt, pass: passes, browserPid: this.browserPid() });
      const pdf = await page.pdf({ ...PDF_OPTIONS, timeout });
      const read = await inspectPdf(pdf);
      const wrong: Record<string, number> = {};
      let verified = ids.length > 0;
      for (const id of ids) {
        const actual = read.dests.get(id);
        if (actual === undefined) verified = false;
        else if (actual !== current[id]) wrong[id] = actual;
      }
      // running headers: shifted to where the objectives were printed, if that differs (once)
      const runningFix = running ? correctedRunning(running, read.dests) : undefined;
      running = null;
      if (runningFix) await page.evaluate(runningApplyScript(runningFix));
      if ((!Object.keys(wrong).length && !runningFix) || passes >= 3) {
        const mended = read.retitle(predicted.headings);
        return {
          pdf: mended.pdf,
          pages: read.pages,
          passes,
          attempts: attempt,
          tocVerified: verified && !Object.keys(wrong).length,
        };
      }
      // numbers have fixed-width cells, so writing the right ones cannot move anything
      current = { ...current, ...wrong };
      await page.evaluate(fillPagesScript(current));
    }
  }

  /** Stops the browser (it holds nothing worth a graceful shutdown) and removes its profile. */
  async close(): Promise<void> {
    this.closed = true;
    const b = this.browser ?? (await this.launching?.catch(() => undefined));
    this.browser = undefined;
    if (!b) return;
    const proc = b.process();
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) {
      await b.close().catch(() => {});
      return;
    }
    const profile = proc.spawnargs.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    try {
      proc.kill('SIGKILL');
    } catch {
      /* gone */
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
    clearTimeout(timer);
    // puppeteer removes its temporary profile when the browser exits; make sure of it
    if (profile && /puppeteer_dev_chrome_profile-/.test(profile))
      await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}

function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? s
  );
}

/** findBrowser() as a UserError (exit 2) with the install command when there is none. */
export function locateBrowser(env: NodeJS.ProcessEnv = process.env): BrowserCandidate {
  let found: BrowserCandidate | undefined;
  try {
    found = findBrowser(env);
  } catch (err) {
    if (err instanceof BrowserNotFoundError) throw new UserError(err.message, 2, INSTALL_HINT);
    throw err;
  }
  if (!found) throw new UserError(new BrowserNotFoundError().message, 2, INSTALL_HINT);
  return found;
}
