// The renderer takes the tool's version as an option (it imports nothing from src/cli): the
// report's generator tag shows the version it was given, and the CLI gives the package's own.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { reportHtml } from '../../src/render/html.js';
import { loadTemplates } from '../../src/render/templates.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';
import { FIXTURES, ROOT, loadReview, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);
const generator = (html: string) => /<meta name="generator" content="([^"]*)">/.exec(html)?.[1];

describe('the version in a report', () => {
  test('reportHtml writes the version passed in options into the generator tag', async () => {
    const templates = await loadTemplates();
    const review = await loadReview(join(FIXTURES, 'minimal.gcm.yaml'));
    expect(generator(reportHtml(review, { mode: 'html', templates, version: '9.8.7' }))).toBe('gcm-review 9.8.7');
    expect(generator(reportHtml(review, { mode: 'html', templates }))).toBe('gcm-review ');
  });

  test('`gcm-review render` passes the package version (built binary)', () => {
    const dir = tempDir('gcm-version-');
    writeFileSync(join(dir, 'r.gcm.yaml'), MINIMAL_REVIEW);
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/gcm-review.js'), 'render', '--format', 'html', 'r.gcm.yaml'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(generator(readFileSync(join(dir, 'r.html'), 'utf8'))).toBe(`gcm-review ${version}`);
  });
});
