// The browser started without puppeteer (src/render/launch.ts): the command line keeps
// puppeteer's own defaults (bookmarks and tags in the PDF depend on two of them) and the
// hardening flags; the pipe transport cuts messages at NUL bytes whatever the chunks; the CLI's
// early browser is stopped, its profile removed, when the command fails before printing.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import puppeteer from 'puppeteer-core';
import { afterAll, describe, expect, test } from 'vitest';
import { findBrowser, launchArgs } from '../../src/render/browser.js';
import { ChromiumRenderer, htmlForModel, loadTemplates, modelFor } from '../../src/render/index.js';
import { PUPPETEER_DEFAULT_ARGS, PipeTransport, SHELL_ARGS, spawnArgs } from '../../src/render/launch.js';
import { EXAMPLES, loadReview, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const featureSet = (args: readonly string[], flag: string) =>
  new Set(args.filter((a) => a.startsWith(`${flag}=`)).flatMap((a) => a.slice(flag.length + 1).split(',')));

describe('the command line of a browser started without puppeteer', () => {
  test("holds every flag of the installed puppeteer's defaultArgs (features merged into one flag each)", () => {
    for (const headless of ['shell', true] as const) {
      const theirs = puppeteer.defaultArgs({ headless });
      const ours = spawnArgs({ path: '/x', headless, source: 'test' }, '/tmp/profile');
      for (const flag of ['--enable-features', '--disable-features']) {
        expect(ours.filter((a) => a.startsWith(`${flag}=`))).toHaveLength(1);
        for (const f of featureSet(theirs, flag)) expect(featureSet(ours, flag)).toContain(f);
      }
      for (const a of theirs) if (!/^--(en|dis)able-features=/.test(a)) expect(ours).toContain(a);
      expect(PUPPETEER_DEFAULT_ARGS).toContain('--generate-pdf-document-outline');
    }
  });

  test('keeps the hardening flags (dead proxy, no background traffic), a pipe and its own profile', () => {
    const args = spawnArgs({ path: '/x', headless: 'shell', source: 'test' }, '/tmp/profile');
    for (const a of launchArgs()) if (!/^--(en|dis)able-features=/.test(a)) expect(args).toContain(a);
    expect(args).toContain('--proxy-server=http://127.0.0.1:1');
    expect(args).toContain('--proxy-bypass-list=<-loopback>');
    expect(featureSet(args, '--enable-features')).toContain('NetworkServiceInProcess2');
    expect(args).toContain('--remote-debugging-pipe');
    expect(args).toContain('--user-data-dir=/tmp/profile');
    expect(args.at(-1)).toBe('about:blank');
  });
});

describe('frames', () => {
  test('the headless shell is asked to draw no frames of its own (begin-frame control); the full Chromium is not', () => {
    const shell = spawnArgs({ path: '/x', headless: 'shell', source: 'test' }, '/tmp/profile');
    const full = spawnArgs({ path: '/x', headless: true, source: 'test' }, '/tmp/profile');
    for (const a of SHELL_ARGS) {
      expect(shell).toContain(a);
      expect(full).not.toContain(a);
    }
    expect(SHELL_ARGS).toContain('--enable-begin-frame-control');
  });

  test('a report prints the same pages without frames as with them (draft watermark, cover, Arabic; page images compared)', async () => {
    const shell = findBrowser();
    expect(shell?.headless, 'these tests need chromium-headless-shell').toBe('shell');
    // the same browser, started through a script that drops the switch: frames drawn as before
    const dir = tempDir('gcm-frames-');
    const wrapper = join(dir, 'with-frames');
    const drop = SHELL_ARGS.map((a) => `[ "$a" = "${a}" ] && continue`).join('; ');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nfor a in "$@"; do shift; ${drop}; set -- "$@" "$a"; done\nexec "${shell!.path}" "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    const templates = await loadTemplates();
    const pagesOf = async (renderer: ChromiumRenderer, name: string, file: string) => {
      const review = await loadReview(join(EXAMPLES, file));
      const html = htmlForModel(modelFor(review, { mode: 'pdf', templates, paper: 'A4' }), templates);
      const pdf = join(dir, `${name}.pdf`);
      writeFileSync(pdf, (await renderer.pdf(html, { paper: 'A4', key: file })).pdf);
      execFileSync('pdftoppm', ['-r', '30', '-png', pdf, join(dir, name)]);
      return readdirSync(dir)
        .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
        .sort()
        .map((f) => readFileSync(join(dir, f)));
    };
    const without = await ChromiumRenderer.start({ jobs: 1, browser: shell! });
    const withFrames = await ChromiumRenderer.start({ jobs: 1, browser: { ...shell!, path: wrapper } });
    try {
      for (const file of ['draft-fr.gcm.yaml', 'review-ar.gcm.yaml']) {
        const a = await pagesOf(without, `a-${file}`, file);
        const b = await pagesOf(withFrames, `b-${file}`, file);
        expect(a.length).toBeGreaterThan(10);
        expect(b.length).toBe(a.length);
        for (let i = 0; i < a.length; i++) expect(a[i]!.equals(b[i]!), `${file} page ${i + 1}`).toBe(true);
      }
      // the wrapper really started the browser without the switch
      const pid = withFrames.browserPid()!;
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).not.toContain(SHELL_ARGS[0]);
      expect(readFileSync(`/proc/${without.browserPid()!}/cmdline`, 'utf8').split('\0')).toContain(SHELL_ARGS[0]);
    } finally {
      await without.close();
      await withFrames.close();
    }
  }, 120_000);
});

describe('the pipe transport', () => {
  test('cuts messages at NUL bytes across and within chunks, and writes each message with one', () => {
    const toBrowser = new PassThrough();
    const fromBrowser = new PassThrough();
    const t = new PipeTransport(toBrowser, fromBrowser);
    const got: string[] = [];
    t.onmessage = (m) => got.push(m);
    let closed = false;
    t.onclose = () => (closed = true);
    fromBrowser.write(Buffer.from('{"id":1,"re'));
    fromBrowser.write(Buffer.from('sult":"é"}\0{"id":2}\0{"id"'));
    fromBrowser.write(Buffer.from(':3}\0'));
    expect(got).toEqual(['{"id":1,"result":"é"}', '{"id":2}', '{"id":3}']);
    t.send('{"id":9}');
    expect(toBrowser.read()?.toString()).toBe('{"id":9}\0');
    fromBrowser.destroy();
    return new Promise<void>((resolve) => setImmediate(() => (expect(closed).toBe(true), resolve())));
  });
});

describe('the browser the CLI starts first thing', () => {
  test('is stopped and its profile removed when the command fails before printing (exit 2)', () => {
    const dir = tempDir('gcm-early-');
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      copyFileSync(join(EXAMPLES, 'full-en.gcm.yaml'), join(dir, sub, 'same.gcm.yaml'));
    }
    // a temporary folder of its own: the browser's profile is made there
    const tmp = tempDir('gcm-early-tmp-');
    const r = spawnSync(
      process.execPath,
      [
        'bin/gcm-review.js',
        'render',
        join(dir, 'a/same.gcm.yaml'),
        join(dir, 'b/same.gcm.yaml'),
        '--out',
        join(dir, 'out'),
      ],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp } },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('would both be written to');
    expect(readdirSync(tmp)).toEqual([]);
    // no process is left running with that profile
    const left = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(tmp);
        } catch {
          return false;
        }
      });
    expect(left).toEqual([]);
  }, 60_000);
});
