// Health checks on the browser for `gcm-review doctor`: its version (`--version`) and whether it
// really starts headless (started as reports start it, asked its version, closed). Both time out.
import { spawn, type ChildProcess } from 'node:child_process';
import type { BrowserCandidate } from './browser.js';

export type ProbeResult = { ok: true; detail: string; ms: number } | { ok: false; error: string; ms: number };

/** `<browser> --version`, e.g. "Chromium 156.0.8078.79". A browser that does not answer is killed. */
export function browserVersion(path: string, timeoutMs = 10_000): Promise<ProbeResult> {
  const start = Date.now();
  return new Promise((resolve) => {
    let out = '';
    let settled = false;
    const done = (r: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const detached = process.platform !== 'win32';
    let child: ChildProcess;
    try {
      // its own process group, so a wrapper script and what it started can be killed together
      child = spawn(path, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'], detached });
    } catch (err) {
      return done({ ok: false, error: (err as Error).message, ms: 0 });
    }
    const timer = setTimeout(() => {
      try {
        if (detached && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
      child.stdout?.destroy();
      done({ ok: false, error: `no answer within ${Math.round(timeoutMs / 1000)} s`, ms: Date.now() - start });
    }, timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      if (out.length < 4096) out += d;
    });
    child.on('error', (err) => done({ ok: false, error: err.message, ms: Date.now() - start }));
    child.on('close', (code, signal) => {
      const line = out
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean);
      if (line) done({ ok: true, detail: line, ms: Date.now() - start });
      else
        done({
          ok: false,
          error: signal ? `it was stopped by ${signal}` : `it printed no version (exit code ${code})`,
          ms: Date.now() - start,
        });
    });
  });
}

/**
 * Starts the browser headless exactly as reports do (launch.ts spawns it, puppeteer connects over
 * its pipe: ChromiumRenderer), asks its version, and closes it.
 */
export async function launchProbe(candidate: BrowserCandidate, timeoutMs = 30_000): Promise<ProbeResult> {
  const start = Date.now();
  const { ChromiumRenderer } = await import('./chromium.js');
  let renderer: { close(): Promise<void> } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error(`it did not start within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
  });
  try {
    const work = (async () => {
      const r = await ChromiumRenderer.start({ browser: candidate, timeoutMs });
      renderer = r;
      return r.version();
    })();
    // the deadline may win: a browser that starts after it is closed at once
    work.then(
      () => {
        if (timedOut) void renderer?.close();
      },
      () => {},
    );
    const version = await Promise.race([work, deadline]);
    return { ok: true, detail: version, ms: Date.now() - start };
  } catch (err) {
    const msg = (err as Error).message ?? String(err);
    return { ok: false, error: firstLines(msg, 6), ms: Date.now() - start };
  } finally {
    clearTimeout(timer);
    await renderer?.close();
  }
}

function firstLines(text: string, n: number): string {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.slice(0, n).join('\n') + (lines.length > n ? '\n…' : '');
}
