// The browser started without puppeteer (src/render/launch.ts): the command line keeps
// puppeteer's own defaults (bookmarks and tags in the PDF depend on two of them) and the
// hardening flags; the pipe transport cuts messages at NUL bytes whatever the chunks; the CLI's
// early browser is stopped, its profile removed, when the command fails before printing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import puppeteer from 'puppeteer-core';
import { afterAll, describe, expect, test } from 'vitest';
import { launchArgs } from '../../src/render/browser.js';
import { PUPPETEER_DEFAULT_ARGS, PipeTransport, spawnArgs } from '../../src/render/launch.js';
import { EXAMPLES, removeTempDirs, tempDir } from './helpers.js';

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
