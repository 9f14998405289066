// End to end in a real terminal (tmux): a fictional country in the wizard's country search, and the
// source of the questions on its first screen. Needs `npm run build` first (npm test does it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { hasTmux, terminal } from '../support/tmux.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'gcm-review.js');
const SOCKET = `gcm-review-e2e-countries-${process.pid}`;
const ENV = 'env -u EDITOR -u VISUAL -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 NO_COLOR=1';

const { screen, tmux, waitFor, keys, text, killServer } = terminal(SOCKET);

describe('the country search in a real terminal (tmux)', () => {
  let dir: string;
  beforeAll(() => {
    expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js')), 'run `npm run build` first').toBe(true);
    expect(hasTmux(), 'tmux is needed for this test (scripts/setup installs it)').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'gcm-e2e-countries-'));
  });
  afterAll(() => {
    killServer();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'an unknown name becomes a fictional country with a code and a name; the first screen names the questions’ source',
    {
      timeout: 120_000,
    },
    async () => {
      const file = join(dir, 'atlantis.gcm.yaml');
      const s = 'countries';
      tmux('new-session', '-d', '-s', s, '-x', '160', '-y', '50', `cd ${ROOT} && exec ${ENV} node ${BIN} init ${file}`);
      await waitFor(s, '? Who submits this review?');
      expect(screen(s).replace(/\s+/g, ' ')).toContain(
        'Source of questions (a)–(e): Annex I of the concept note of 28 January 2021',
      );
      keys(s, 'Enter'); // Member State
      await waitFor(s, 'for a fictional or test country, a code from QMA–QZZ or XAA–XZZ)');
      text(s, 'Atlantis');
      await waitFor(s, 'No UN country or area is called “Atlantis”: use it as a fictional or test country');
      keys(s, 'Enter');
      await waitFor(s, '? Code for this fictional country (QMA–QZZ or XAA–XZZ)');
      keys(s, 'BSpace', 'BSpace', 'BSpace'); // the suggested QMA is editable: replace it with a wrong code
      text(s, 'ABC');
      keys(s, 'Enter');
      await waitFor(s, 'Use three capital letters from QMA to QZZ or from XAA to XZZ');
      keys(s, 'BSpace', 'BSpace', 'BSpace');
      text(s, 'qzz');
      keys(s, 'Enter');
      await waitFor(s, '? Name of this fictional country, as reports show it');
      keys(s, 'Enter'); // accepts "Atlantis", typed in the search
      await waitFor(s, '? Which review is this for?');
      keys(s, 'C-c');
      const data = parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' }) as {
        metadata: { submitter: unknown };
      };
      expect(data.metadata.submitter).toEqual({ type: 'member_state', country: 'QZZ', name: 'Atlantis' });
    },
  );
});
