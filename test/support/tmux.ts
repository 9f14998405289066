// Driving the real binary in a real terminal (tmux): one private tmux server per test file, the
// pane's text, keys and text typed into it, and waits on a condition with a deadline (never a
// fixed sleep).
import { execFileSync, spawnSync } from 'node:child_process';

/** Polls `check` until it holds; fails after `limitMs` saying what it waited for. */
export async function until(
  check: () => boolean,
  what: string | (() => string),
  limitMs = 45_000,
  everyMs = 50,
): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > limitMs)
      throw new Error(`timed out after ${limitMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Whether tmux runs on this machine (scripts/setup installs it). */
export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V']).status === 0;
}

export interface Terminal {
  /** Runs a tmux command on this file's server; returns its output. */
  tmux(...args: string[]): string;
  /** The whole pane, scrollback included ('' once the session is gone). */
  screen(session: string): string;
  /** Waits until `needle` is on the pane at least `times` times. */
  waitFor(session: string, needle: string, times?: number, limitMs?: number): Promise<void>;
  /** Presses keys (tmux key names: Enter, Up, C-c …). */
  keys(session: string, ...keys: string[]): void;
  /** Types text literally. */
  text(session: string, text: string): void;
  /** Process id of the program in the session's pane. */
  panePid(session: string): number;
  /** Ends the server and every session on it (for afterAll; no error if already gone). */
  killServer(): void;
}

/** A private tmux server named `socket` (use a name with the test file's and process's id). */
export function terminal(socket: string): Terminal {
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const screen = (session: string) => {
    try {
      return tmux('capture-pane', '-p', '-J', '-t', session, '-S', '-3000');
    } catch {
      return '';
    }
  };
  const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
  return {
    tmux,
    screen,
    waitFor: (session, needle, times = 1, limitMs = 45_000) =>
      until(
        () => count(screen(session), needle) >= times,
        () =>
          `${JSON.stringify(needle)} (×${times}); the screen shows:\n${screen(session)
            .split('\n')
            .filter(Boolean)
            .slice(-25)
            .join('\n')}`,
        limitMs,
        100,
      ),
    keys: (session, ...keys) => void tmux('send-keys', '-t', session, ...keys),
    text: (session, text) => void tmux('send-keys', '-t', session, '-l', '--', text),
    panePid: (session) => Number(tmux('list-panes', '-t', session, '-F', '#{pane_pid}').trim()),
    killServer: () => {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
    },
  };
}
