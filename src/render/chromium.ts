// One headless Chromium for a whole batch: pages reused, a few at a time, hardened (no
// JavaScript, every request but data: URLs aborted, proxy flags), relaunched if it crashes.
//
// The table of contents gets its page numbers without printing twice in the usual case: the
// document is first laid out on screen as a row of columns exactly one page area in size
// (html.gcm-paginate, see html.ts), which tells on which page each section starts; the numbers
// are written in, the document printed, and the PDF's named destinations read back to check
// them. Only when a number is off (the prediction is a model of Chromium's pagination, not
// Chromium's pagination itself) is the PDF printed again with the numbers read from it.
import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { UserError } from '../diagnostics/index.js';
import type { Paper } from '../model/index.js';
import { BrowserNotFoundError, INSTALL_HINT, findBrowser, type BrowserCandidate } from './browser.js';
import { spawnBrowser, type SpawnedBrowser } from './launch.js';
import { inspectPdf, type PdfInspection } from './pdf-read.js';
import {
  RUNNING_APPLY,
  RUNNING_PREDICT,
  correctedRunning,
  runningApplyScript,
  type RunningPrediction,
} from './running.js';

export interface RenderHooks {
  /** Called just before each print (printToPdf); tests use it to kill the browser mid-batch. */
  beforePdf?(info: {
    key?: string;
    attempt: number;
    pass: number;
    browserPid: number | undefined;
    /** The page about to print (tests crash its renderer through it). */
    page: Page;
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
  /** A browser already started by spawnBrowser (the CLI starts it first thing): used for the first launch. */
  spawned?: SpawnedBrowser;
}

export interface PdfJob {
  paper: Paper;
  /** A name for messages and hooks (the input file). */
  key?: string;
}

export interface PdfOutput {
  pdf: Uint8Array;
  pages: number;
  /** Prints made (1 when the predicted page numbers were right). */
  passes: number;
  /** Attempts (2 when the browser crashed and the report was retried). */
  attempts: number;
  /** Page numbers checked against the PDF for every table-of-contents entry. */
  tocVerified: boolean;
}

/**
 * Page.printToPDF as puppeteer's page.pdf() sends it for { preferCSSPageSize, printBackground,
 * outline, tagged } (its defaults for the rest: Letter paper and no margins, which the report's
 * @page size and margins replace), the file to be read as a stream.
 */
const PRINT_TO_PDF = {
  transferMode: 'ReturnAsStream',
  landscape: false,
  displayHeaderFooter: false,
  headerTemplate: '',
  footerTemplate: '',
  printBackground: true,
  scale: 1,
  paperWidth: 8.5,
  paperHeight: 11,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  pageRanges: '',
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;

/** How much of the printed file one IO.read asks for (a 40-page report is about 1 MB). */
const READ_CHUNK = 4 << 20;

/*
 * The scripts that run in the page are kept as source text: the code that ships is bundled and
 * minified, and a function passed to page.evaluate() would carry the bundler's helpers with it.
 * (Plain template literals: write a backslash in the page script as a doubled backslash.)
 */

/**
 * Runs in the page: the predicted page of the target of every [data-page-of] element, written
 * into it; the pagination layout is then switched off. Page breaks that a custom stylesheet sets
 * outside the rules the pagination layout already maps become column breaks too (read from the
 * parsed style sheets, not element by element). Writes the running headers from the same layout
 * (running.ts) and returns the headings' text (bookmarks).
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
  // the running headers from the same prediction, in the same evaluation (no second round trip)
  if (running) ${RUNNING_APPLY}(running.pages);
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

/**
 * Why printing a report failed on the browser's side, classified from puppeteer's events and
 * error classes (never from message text):
 *  - 'crash': the browser disconnected (its 'disconnected' event: killed, crashed, out of
 *    memory), the page's renderer process crashed (the page's 'error' event), or puppeteer
 *    reported a closed target or connection (TargetCloseError, ConnectionClosedError);
 *  - 'timeout': the browser did not answer in time (TimeoutError);
 *  - 'protocol': the browser refused a command (another ProtocolError).
 * Each is retried once on a fresh page (and a fresh browser when it is gone).
 */
export class BrowserFailure extends Error {
  constructor(
    readonly kind: 'crash' | 'timeout' | 'protocol',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BrowserFailure';
  }
}

type PuppeteerModule = typeof import('puppeteer-core');
/** puppeteer's error classes (TargetCloseError is exported at run time but missing from its typings). */
interface ErrorClasses {
  ProtocolError: PuppeteerModule['ProtocolError'];
  TimeoutError: PuppeteerModule['TimeoutError'];
  ConnectionClosedError: PuppeteerModule['ConnectionClosedError'];
  TargetCloseError?: new (...args: never[]) => Error;
}

/**
 * puppeteer-core's browser-side entry: connect(), the protocol code and the error classes, without
 * the launchers and browser downloader of its Node entry (launch.ts spawns the browser): a third of
 * the code to load. Typed through the public typings, which describe the same classes.
 */
async function loadPuppeteer(): Promise<Pick<PuppeteerModule, 'connect'> & ErrorClasses> {
  return (await import('puppeteer-core/internal/puppeteer-core-browser.js')) as unknown as Pick<
    PuppeteerModule,
    'connect'
  > &
    ErrorClasses;
}

/** What the browser and page reported while one report was printing. */
interface Watch {
  /** Rejects with a BrowserFailure('crash') when the page crashes or the browser disconnects. */
  failed: Promise<never>;
  /** The crash seen, if any. */
  crash(): string | undefined;
  dispose(): void;
}

function watch(browser: Browser, page: Page): Watch {
  let seen: string | undefined;
  let reject: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, r) => (reject = r));
  failed.catch(() => {});
  const fail = (what: string) => {
    seen ??= what;
    reject(new BrowserFailure('crash', what));
  };
  const onDisconnect = () => fail('the browser stopped');
  const onPageError = () => fail("the page's renderer process crashed");
  browser.on('disconnected', onDisconnect);
  page.on('error', onPageError);
  if (!browser.connected) onDisconnect();
  return {
    failed,
    crash: () => seen,
    dispose() {
      browser.off('disconnected', onDisconnect);
      page.off('error', onPageError);
    },
  };
}

/** A report printed, its bookmarks not yet mended. */
interface Printed extends Omit<PdfOutput, 'pdf' | 'pages'> {
  read: PdfInspection;
  headings: string[];
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
  /** A DevTools session of each page's own, for printing (printToPdf). */
  private sessions = new WeakMap<Page, Promise<CDPSession>>();
  /** Each browser's process (puppeteer connects over the pipe, so browser.process() is null). */
  private procs = new WeakMap<Browser, SpawnedBrowser>();
  private early: SpawnedBrowser | undefined;
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
    this.early = opts.spawned;
  }

  /** Finds the browser (or throws a UserError with the install command) and starts it. */
  static async start(opts: RendererOptions = {}): Promise<ChromiumRenderer> {
    const candidate = opts.spawned?.candidate ?? opts.browser ?? locateBrowser(opts.env);
    const r = new ChromiumRenderer(candidate, opts);
    await r.ensureBrowser();
    return r;
  }

  /** The browser's version, e.g. "HeadlessChrome/142.0.7444.175" (gcm-review doctor). */
  async version(): Promise<string> {
    return (await this.ensureBrowser()).version();
  }

  browserPid(): number | undefined {
    return (this.browser && this.procs.get(this.browser)?.proc.pid) ?? undefined;
  }

  private async launch(): Promise<Browser> {
    // the browser is spawned first, then puppeteer (slow to load) connects to it over its pipe
    const spawned = this.early ?? spawnBrowser(this.candidate);
    this.early = undefined;
    let timer: NodeJS.Timeout | undefined;
    let onExit: (() => void) | undefined;
    try {
      const early = spawned.failed();
      if (early) throw early;
      const puppeteer = await loadPuppeteer();
      const stopped = new Promise<never>((_, reject) => {
        onExit = () =>
          reject(spawned.failed() ?? new Error(firstLine(spawned.stderr()) || 'the browser exited at start'));
        spawned.proc.once('exit', onExit);
        spawned.proc.once('error', onExit);
        if (spawned.proc.exitCode !== null || spawned.proc.signalCode !== null || spawned.failed()) onExit();
      });
      const slow = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer from the browser in 60 s')), 60_000);
      });
      const browser = await Promise.race([
        puppeteer.connect({
          transport: spawned.transport(),
          protocolTimeout: (this.opts.timeoutMs ?? 120_000) + 30_000,
          defaultViewport: { width: 1000, height: 800 },
        }),
        stopped,
        slow,
      ]);
      // as puppeteer.launch does: wait for the tab the browser opens at start (about:blank), so
      // the first page is that tab, not a second one with a renderer process of its own
      await Promise.race([browser.waitForTarget((t) => t.type() === 'page', { timeout: 60_000 }), stopped]);
      this.procs.set(browser, spawned);
      this.launches++;
      // a browser that goes away (killed, crashed) is forgotten at once: the next report starts another
      browser.once('disconnected', () => {
        if (this.browser === browser) this.browser = undefined;
        spawned.kill();
      });
      return browser;
    } catch (err) {
      spawned.kill();
      throw new UserError(
        `the browser ${this.candidate.path} could not be started: ${firstLine((err as Error).message)}`,
        2,
        'Run "gcm-review doctor" to see what is missing. ' + INSTALL_HINT,
      );
    } finally {
      clearTimeout(timer);
      if (onExit) {
        spawned.proc.off('exit', onExit);
        spawned.proc.off('error', onExit);
      }
    }
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.closed) throw new Error('the renderer is closed');
    if (this.browser?.connected) return this.browser;
    if (!this.launching) {
      const old = this.browser;
      // a crashed browser: make sure nothing of it is left running
      if (old) this.procs.get(old)?.kill();
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
    const printed = await this.print(html, job);
    // mending the bookmarks needs no page: done after the page went to the next report
    const mended = printed.read.retitle(printed.headings);
    return {
      pdf: mended.pdf,
      pages: printed.read.pages,
      passes: printed.passes,
      attempts: printed.attempts,
      tocVerified: printed.tocVerified,
    };
  }

  private async print(html: string, job: PdfJob): Promise<Printed> {
    const slot = await this.sem.acquire();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.renderOnce(slot, html, job, attempt);
        } catch (err) {
          if (this.closed || err instanceof UserError) throw err;
          const failure = err instanceof BrowserFailure ? err : undefined;
          // only the browser's failures are worth a retry: another error would happen again
          if (!failure || attempt >= 2) throw err;
          // a fresh page, and a fresh browser if this one is gone
          await this.dropPage(slot);
          await this.ensureBrowser();
        }
      }
    } finally {
      this.sem.release(slot);
    }
  }

  /** err as a BrowserFailure when the browser or page failed (see BrowserFailure), else err. */
  private async classify(err: unknown, w: Watch, browser: Browser): Promise<unknown> {
    const howItEnded = () => ended(this.procs.get(browser)?.proc);
    if (err instanceof BrowserFailure && err.kind === 'crash' && !browser.connected)
      return new BrowserFailure('crash', err.message + (await howItEnded()), { cause: err.cause });
    if (err instanceof BrowserFailure || err instanceof UserError) return err;
    const crash = w.crash() ?? (browser.connected ? undefined : 'the browser stopped');
    if (crash) return new BrowserFailure('crash', crash + (await howItEnded()), { cause: err });
    const e = await loadPuppeteer();
    const first = firstLine(err instanceof Error ? err.message : String(err));
    if ((e.TargetCloseError && err instanceof e.TargetCloseError) || err instanceof e.ConnectionClosedError)
      return new BrowserFailure('crash', `the browser closed the page (${first})`, { cause: err });
    if (err instanceof e.TimeoutError)
      return new BrowserFailure('timeout', `the browser took too long (${first})`, { cause: err });
    if (err instanceof e.ProtocolError)
      return new BrowserFailure('protocol', `the browser refused to print (${first})`, { cause: err });
    return err;
  }

  private async renderOnce(slot: number, html: string, job: PdfJob, attempt: number): Promise<Printed> {
    const browser = await this.ensureBrowser();
    const page = await this.pageFor(slot);
    const w = watch(browser, page);
    // every step races the crash events: a crashed renderer may leave a command unanswered
    const step = <T>(p: Promise<T>): Promise<T> => Promise.race([p, w.failed]);
    try {
      return await this.printOn(page, html, job, attempt, step);
    } catch (err) {
      throw await this.classify(err, w, browser);
    } finally {
      w.dispose();
    }
  }

  /**
   * What page.pdf() does, reading the file with Node's own base64 decoder: puppeteer decodes the
   * stream's chunks in JavaScript, 40-50 ms of CPU for a 40-page report against 6-8 ms here (the
   * batch is short of CPU). As page.pdf() does, it first waits for the page's fonts; each step
   * fails with puppeteer's TimeoutError after `timeout` ms.
   */
  private async printToPdf(page: Page, timeout: number): Promise<Uint8Array> {
    const { TimeoutError } = await loadPuppeteer();
    const inTime = <T>(p: Promise<T>, what: string): Promise<T> => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`${what} took more than ${timeout} ms`)), timeout);
      });
      return Promise.race([p, late]).finally(() => clearTimeout(timer));
    };
    let session = this.sessions.get(page);
    if (!session) this.sessions.set(page, (session = page.createCDPSession()));
    const cdp = await session;
    await inTime(page.evaluate('document.fonts.ready.then(() => 0)'), 'waiting for the fonts');
    const { stream } = await inTime(cdp.send('Page.printToPDF', PRINT_TO_PDF), 'printing');
    if (!stream) throw new Error('the browser returned no PDF stream');
    const chunks: Buffer[] = [];
    for (;;) {
      const { data, base64Encoded, eof } = await inTime(
        cdp.send('IO.read', { handle: stream, size: READ_CHUNK }),
        'reading the PDF',
      );
      chunks.push(Buffer.from(data, base64Encoded ? 'base64' : 'utf8'));
      if (eof) break;
    }
    await cdp.send('IO.close', { handle: stream }).catch(() => {});
    const pdf = Buffer.concat(chunks);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }

  private async printOn(
    page: Page,
    html: string,
    job: PdfJob,
    attempt: number,
    step: <T>(p: Promise<T>) => Promise<T>,
  ): Promise<Printed> {
    const timeout = this.opts.timeoutMs ?? 120_000;
    await step(page.setContent(html, { waitUntil: 'load', timeout }));
    const predicted = (await step(page.evaluate(MEASURE_AND_FILL))) as Measured;
    // running headers ("Objective 1 (continued)"): written in by MEASURE_AND_FILL from the predicted pages
    let running = predicted.running;
    const ids = Object.keys(predicted.pages);
    let current = predicted.pages;
    let passes = 0;
    for (;;) {
      passes++;
      await this.opts.hooks?.beforePdf?.({ key: job.key, attempt, pass: passes, browserPid: this.browserPid(), page });
      const pdf = await step(this.printToPdf(page, timeout));
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
      if (runningFix) await step(page.evaluate(runningApplyScript(runningFix)));
      if ((!Object.keys(wrong).length && !runningFix) || passes >= 3) {
        return {
          read,
          headings: predicted.headings,
          passes,
          attempts: attempt,
          tocVerified: verified && !Object.keys(wrong).length,
        };
      }
      // numbers have fixed-width cells, so writing the right ones cannot move anything
      current = { ...current, ...wrong };
      await step(page.evaluate(fillPagesScript(current)));
    }
  }

  /** Stops the browser (it holds nothing worth a graceful shutdown) and removes its profile. */
  async close(): Promise<void> {
    this.closed = true;
    this.early?.kill();
    const b = this.browser ?? (await this.launching?.catch(() => undefined));
    this.browser = undefined;
    if (!b) return;
    const spawned = this.procs.get(b);
    const proc = spawned?.proc;
    if (!spawned || !proc || proc.exitCode !== null || proc.signalCode !== null) {
      await b.close().catch(() => {});
      return;
    }
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    spawned.kill();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
    clearTimeout(timer);
    // the profile is removed when the process exits; make sure of it
    await rm(spawned.profile, { recursive: true, force: true }).catch(() => {});
  }
}

/**
 * " (SIGKILL)" or " (exit code 1)" for a browser whose connection closed: the process's exit,
 * waited for a moment (the connection closes just before the exit is reported).
 */
async function ended(proc: ChildProcess | undefined): Promise<string> {
  if (!proc) return '';
  if (proc.exitCode === null && proc.signalCode === null) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise((resolve) => proc.once('exit', resolve)),
      new Promise((resolve) => (timer = setTimeout(resolve, 2000))),
    ]);
    clearTimeout(timer);
  }
  if (proc.signalCode) return ` (${proc.signalCode})`;
  if (proc.exitCode !== null) return ` (exit code ${proc.exitCode})`;
  return '';
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
