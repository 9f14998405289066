// Closing the terminal window while an answer is being typed: the answer is saved. The real binary
// in tmux; the whole session (and so the pseudo-terminal) is killed, as closing a window does.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { hasTmux, terminal, until } from '../support/tmux.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'gcm-review.js');
const SOCKET = `gcm-review-hangup-${process.pid}`;
const ENV = 'env -u EDITOR -u VISUAL -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 NO_COLOR=1';

const { screen, tmux, waitFor, keys, text, panePid, killServer } = terminal(SOCKET);

let dir: string;
beforeAll(() => {
  expect(hasTmux(), 'tmux is needed for this test (scripts/setup installs it)').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'gcm-hangup-'));
});
afterAll(() => {
  killServer();
  rmSync(dir, { recursive: true, force: true });
});

it.each([
  [
    'a long answer, several lines typed, the last without Enter',
    ['First line of the answer.', 'Second line, still being typed'],
  ],
  ['a long answer, one line typed without Enter', ['Only this line, being typed']],
  ['a one-line answer (the focal point’s name)', ['Awa Diop']],
])('closing the window while typing %s keeps it in the file', { timeout: 120_000 }, async (_what, lines) => {
  const oneLine = lines[0] === 'Awa Diop';
  const file = join(dir, `hangup-${lines.length}-${oneLine}.gcm.yaml`);
  const s = `hangup${lines.length}${oneLine}`;
  tmux('new-session', '-d', '-s', s, '-x', '160', '-y', '50', `cd ${ROOT} && exec ${ENV} node ${BIN} init ${file}`);
  await waitFor(s, '? Who submits this review?');
  keys(s, 'Enter');
  await waitFor(s, '? Country (type part of its name'); // the prompt goes on with how to enter a fictional country
  text(s, 'Senegal');
  await waitFor(s, 'Senegal (SEN)');
  keys(s, 'Enter');
  const qs = [
    '? Which review is this for?',
    '? Region (UN regional commission)',
    '? Languages the review is written in',
    ...(oneLine ? [] : ['? Focal point: full name']),
    '? Focal point: job title',
    '? Focal point: ministry or organization',
    '? Focal point: email',
    '? Date of this version',
  ];
  for (const q of oneLine ? qs.slice(0, 3) : qs) {
    await waitFor(s, q);
    keys(s, 'Enter');
  }
  if (oneLine) {
    await waitFor(s, '? Focal point: full name');
    text(s, lines[0]!);
    await until(() => screen(s).includes(lines[0]!), 'the typed name on screen');
    const pid1 = panePid(s);
    tmux('kill-session', '-t', s);
    await until(() => !existsSync(`/proc/${pid1}`), 'the wizard to end');
    const r = parse(readFileSync(file, 'utf8'), { version: '1.2' }) as {
      metadata?: { focal_point?: { name?: string } };
    };
    expect(r.metadata?.focal_point?.name).toBe('Awa Diop');
    return;
  }
  await waitFor(s, '? How the review was prepared');
  lines.forEach((l, i) => {
    text(s, l);
    if (i < lines.length - 1) keys(s, 'Enter');
  });
  await until(() => screen(s).includes(lines[lines.length - 1]!), 'the typed text on screen');
  const pid = panePid(s);
  tmux('kill-session', '-t', s); // the window closes: SIGHUP, and the terminal is gone
  await until(() => !existsSync(`/proc/${pid}`), 'the wizard to end');
  const review = parse(readFileSync(file, 'utf8'), { version: '1.2' }) as { methodology?: unknown };
  expect(JSON.stringify(review.methodology)).toContain(lines[0]);
  expect(JSON.stringify(review.methodology)).toContain(lines[lines.length - 1]);
});
