// Finding a system Chromium. puppeteer-core never downloads a browser: we look for one on the
// machine, in this order: $GCM_REVIEW_CHROME, $PUPPETEER_EXECUTABLE_PATH, Debian's
// chromium-headless-shell (launched with headless: 'shell'), chromium, google-chrome.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type HeadlessMode = 'shell' | true;

export interface BrowserCandidate {
  path: string;
  /** How puppeteer must launch it: 'shell' for chromium-headless-shell, true for a full Chromium. */
  headless: HeadlessMode;
  /** Where the path came from, for `gcm-review doctor`. */
  source: string;
}

/** The exact command that installs a browser on Debian/Ubuntu. */
export const INSTALL_HINT =
  'Install one with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium-headless-shell fonts-noto-core fonts-noto-cjk\n' +
  'or point GCM_REVIEW_CHROME at a Chromium or Chrome executable.';

const SHELL_DIRECT = ['/usr/lib/chromium/chromium-headless-shell'];
const NAMES: { name: string; headless: HeadlessMode }[] = [
  { name: 'chromium-headless-shell', headless: 'shell' },
  { name: 'chromium', headless: true },
  { name: 'chromium-browser', headless: true },
  { name: 'google-chrome', headless: true },
  { name: 'google-chrome-stable', headless: true },
];

/** A regular file this process may run. */
export function isExecutable(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    if (isExecutable(p)) return p;
  }
  return undefined;
}

function modeFor(path: string): HeadlessMode {
  return /headless[-_]shell/.test(path) ? 'shell' : true;
}

/**
 * The browser gcm-review would use, or undefined. An environment variable that names a missing
 * file is an error the caller reports (the user asked for that browser explicitly).
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserCandidate | undefined {
  for (const v of ['GCM_REVIEW_CHROME', 'PUPPETEER_EXECUTABLE_PATH']) {
    const p = env[v];
    if (p) {
      if (!isExecutable(p)) throw new BrowserNotFoundError(`${v} is set to ${p}, but no executable is there.`);
      return { path: p, headless: modeFor(p), source: v };
    }
  }
  for (const { name, headless } of NAMES) {
    const p = which(name, env);
    if (p) {
      // Debian's /usr/bin/chromium-headless-shell is a shell wrapper; launch the binary it wraps.
      if (headless === 'shell') {
        const direct = SHELL_DIRECT.find(isExecutable);
        return { path: direct ?? p, headless, source: `PATH (${name})` };
      }
      return { path: p, headless, source: `PATH (${name})` };
    }
  }
  const direct = SHELL_DIRECT.find(isExecutable);
  if (direct) return { path: direct, headless: 'shell', source: 'Debian default location' };
  return undefined;
}

export class BrowserNotFoundError extends Error {
  constructor(message = 'No Chromium or Chrome browser was found; one is needed to make PDF reports.') {
    super(message);
    this.name = 'BrowserNotFoundError';
  }
}

/** Launch flags: no sandbox as root, no background traffic, every request forced to a dead proxy, fewer processes. */
export function launchArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--mute-audio',
    '--no-default-browser-check',
    '--proxy-server=http://127.0.0.1:1',
    '--proxy-bypass-list=<-loopback>',
    // fewer processes, less memory (issue 11 §5: about 20 MiB of the batch's peak): the GPU
    // thread (software only: --disable-gpu) and the network service (which only ever reaches
    // the dead proxy) run inside the browser process instead of two processes of their own
    '--in-process-gpu',
    '--enable-features=NetworkServiceInProcess2',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
