// Starting Chromium without puppeteer: the process is spawned at once (loading puppeteer-core
// takes 0.1–0.4 s, the browser's own start another 0.3 s or more), and puppeteer connects to it
// later over the same DevTools pipe puppeteer.launch({ pipe: true }) would use. A single `render`
// thus has the browser starting while Node loads its modules and builds the report.
// This module stays small (no puppeteer, no report code) so that the CLI can load it first.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { launchArgs, type BrowserCandidate } from './browser.js';

/**
 * The flags puppeteer.launch() adds by default (puppeteer-core 24's defaultArgs; a test compares
 * them with the installed puppeteer), minus `about:blank` and the headless flag, added below.
 * They matter: --generate-pdf-document-outline makes the bookmarks, --export-tagged-pdf the tags.
 */
export const PUPPETEER_DEFAULT_ARGS: readonly string[] = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
];

/**
 * The headless shell only: the page draws no frames of its own. A page left to itself lays out
 * and paints its screen view at every change (after it loads, after the contents' page numbers
 * are written in, after it was printed), and none of it is ever seen: printing lays out and
 * draws the pages anew. Without those frames a report costs the browser 50–90 ms less CPU, with
 * the same PDF (the examples' pages compared as images, A4 and Letter). Frames would then come
 * only when asked for (HeadlessExperimental.beginFrame), which nothing here needs: a screenshot
 * of such a page would wait for one. The full Chromium's headless mode has no such switch.
 */
export const SHELL_ARGS: readonly string[] = ['--enable-begin-frame-control'];

/** The whole command line for a browser started by spawnBrowser (without the executable). */
export function spawnArgs(candidate: BrowserCandidate, profile: string): string[] {
  const ours = launchArgs();
  // one --enable-features and one --disable-features (Chromium reads the last of each): merged, as puppeteer does
  const features = (flag: string) =>
    [...PUPPETEER_DEFAULT_ARGS, ...ours]
      .filter((a) => a.startsWith(`${flag}=`))
      .flatMap((a) => a.slice(flag.length + 1).split(','))
      .filter((f, i, all) => f && all.indexOf(f) === i);
  const merged = ['--enable-features', '--disable-features'].map((flag) => `${flag}=${features(flag).join(',')}`);
  const isFeatures = (a: string) => a.startsWith('--enable-features=') || a.startsWith('--disable-features=');
  return [
    ...PUPPETEER_DEFAULT_ARGS.filter((a) => !ours.includes(a) && !isFeatures(a)),
    ...(candidate.headless === 'shell' ? ['--headless', ...SHELL_ARGS] : ['--headless=new']),
    ...ours.filter((a) => !isFeatures(a)),
    ...merged,
    `--user-data-dir=${profile}`,
    '--remote-debugging-pipe',
    'about:blank',
  ];
}

/** A browser process started by spawnBrowser, with its DevTools pipe, not yet connected. */
export interface SpawnedBrowser {
  readonly candidate: BrowserCandidate;
  readonly proc: ChildProcess;
  /** The temporary profile folder (removed when the process exits). */
  readonly profile: string;
  /** The start failed (the executable could not be run): the error. */
  readonly failed: () => Error | undefined;
  /** The first lines the browser wrote on stderr (for a message when it stops at once). */
  readonly stderr: () => string;
  /** Puppeteer's transport over the pipe; taken once. */
  transport(): PipeTransport;
  /** Stops the process (SIGKILL) if it still runs; the profile goes with it. */
  kill(): void;
}

/** Spawns the browser now (synchronously), its profile in a new temporary folder. */
export function spawnBrowser(candidate: BrowserCandidate, env: NodeJS.ProcessEnv = process.env): SpawnedBrowser {
  const profile = mkdtempSync(join(tmpdir(), 'gcm-review-chrome-'));
  const proc = spawn(candidate.path, spawnArgs(candidate, profile), {
    // fd 3: the browser reads commands; fd 4: it writes replies
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    env,
    detached: false,
  });
  let failure: Error | undefined;
  let err = '';
  proc.on('error', (e) => (failure ??= e));
  proc.stderr?.on('data', (d: Buffer) => {
    if (err.length < 4096) err += d.toString('utf8');
  });
  proc.stderr?.on('error', () => {});
  const removeProfile = () => rmSync(profile, { recursive: true, force: true, maxRetries: 2 });
  proc.once('exit', () => {
    try {
      removeProfile();
    } catch {
      /* left in the temporary folder */
    }
  });
  if (proc.pid === undefined) {
    // spawn failed synchronously (the 'error' event follows): nothing runs, no profile is needed
    try {
      removeProfile();
    } catch {
      /* ignore */
    }
  }
  let taken = false;
  return {
    candidate,
    proc,
    profile,
    failed: () => failure,
    stderr: () => err,
    transport() {
      if (taken) throw new Error('the browser pipe is already in use');
      taken = true;
      return new PipeTransport(proc.stdio[3] as Writable, proc.stdio[4] as Readable);
    },
    kill() {
      if (proc.exitCode === null && proc.signalCode === null) {
        try {
          proc.kill('SIGKILL');
        } catch {
          /* gone */
        }
      }
    },
  };
}

/** DevTools messages over the pipe: JSON texts, each ended by a NUL byte (as puppeteer's own PipeTransport). */
export class PipeTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.on('data', (chunk: Buffer) => this.dispatch(chunk));
    input.on('close', () => this.end());
    input.on('error', () => this.end());
    out.on('error', () => this.end());
  }

  send(message: string): void {
    if (this.closed) return;
    this.out.write(message);
    this.out.write('\0');
  }

  private dispatch(chunk: Buffer): void {
    let start = 0;
    let end = chunk.indexOf(0);
    while (end !== -1) {
      const part = chunk.subarray(start, end);
      const message = this.pending.length ? Buffer.concat([...this.pending, part]) : part;
      this.pending = [];
      this.onmessage?.(message.toString('utf8'));
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }

  private end(): void {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }

  close(): void {
    this.closed = true;
    try {
      this.out.end();
    } catch {
      /* gone */
    }
  }
}
