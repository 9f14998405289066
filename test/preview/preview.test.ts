// `gcm-review preview`: the built command in a child process, driven in a real Chromium: a save
// updates the page, a broken save shows the validation errors over the last good report, Ctrl-C
// stops it. The server's guards (loopback, Host header, content security policy) are checked too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { findBrowser, launchArgs } from '../../src/render/browser.js';
import { startPreview } from '../../src/preview/index.js';
import { bin, run } from '../ecosystem/helpers.js';

const REVIEW = (keyMessage: string) => `format_version: 1
metadata:
  submitter: {type: member_state, country: QMA, name: Republic of Maravia}
  cycle: imrf_2026
  languages: [en]
  status: draft
key_messages: |
  ${keyMessage}
`;

let dir: string;
let browser: Browser;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-preview-'));
  const candidate = findBrowser();
  if (!candidate) throw new Error('These tests need Chromium (scripts/setup installs it).');
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({
    executablePath: candidate.path,
    headless: candidate.headless,
    // the renderer's dead proxy would also catch loopback: the preview is on 127.0.0.1
    args: launchArgs().filter((a) => !a.startsWith('--proxy')),
    pipe: true,
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Saves the way many editors do: a temporary file renamed over the review. */
function saveByRename(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function startCli(
  file: string,
  extra: string[] = [],
): Promise<{ child: ChildProcess; url: string; err: () => string }> {
  const child = spawn(process.execPath, [bin, 'preview', file, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
      if (m) resolve({ child, url: m[1]!, err: () => err });
    });
    child.on('exit', (code) => reject(new Error(`preview exited (${code}) before printing its address: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

async function reportFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#report');
  return (await handle!.contentFrame())!;
}

/** Waits until the page has shown build `n` (the preview page records it on <html>). */
async function waitForBuilds(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (k) => Number(document.documentElement.dataset['builds'] ?? 0) >= k,
    { timeout: 20_000 },
    n,
  );
}

async function frameText(page: Page, expected: string): Promise<string> {
  const frame = await reportFrame(page);
  await frame.waitForFunction((t) => document.body?.innerText.includes(t), { timeout: 20_000 }, expected);
  return frame.evaluate(() => document.body.innerText);
}

describe('gcm-review preview in Chromium', () => {
  it('shows the report, updates it on save, shows errors over the last good report, and stops on Ctrl-C', async () => {
    const file = join(dir, 'live.gcm.yaml');
    writeFileSync(file, REVIEW('The first version of the key messages.'));
    const { child, url, err } = await startCli(file);
    const page = await browser.newPage();
    try {
      await page.goto(url);
      expect(await frameText(page, 'The first version')).toContain('Republic of Maravia');
      await waitForBuilds(page, 1);

      // a save (by rename, as editors do) updates the page without a reload by hand
      saveByRename(file, REVIEW('The second version, saved by rename.'));
      await frameText(page, 'The second version');
      // a plain write in place too
      writeFileSync(file, REVIEW('The third version, written in place.'));
      await frameText(page, 'The third version');
      const goodBuilds = Number(await page.evaluate(() => document.documentElement.dataset['builds']));

      // a broken save: the errors appear over the last good report
      writeFileSync(file, REVIEW('A fourth version.').replace('status: draft', 'status: finished'));
      await waitForBuilds(page, goodBuilds + 1);
      await page.waitForSelector('#errors:not([hidden])', { timeout: 20_000 });
      const errors = await page.$eval('#errors', (e) => (e as HTMLElement).innerText);
      expect(errors).toMatch(/live\.gcm\.yaml:6:\d+: error: /);
      expect(errors).toContain('status');
      expect(await (await reportFrame(page)).evaluate(() => document.body.innerText)).toContain('The third version');
      expect(await page.$eval('#bar', (e) => (e as HTMLElement).dataset['state'])).toBe('error');

      // fixed again: the box goes away and the new text shows
      writeFileSync(file, REVIEW('The fifth version, valid again.'));
      await frameText(page, 'The fifth version');
      await page.waitForSelector('#errors[hidden]', { hidden: true, timeout: 20_000 });
      expect(await page.$eval('#errors', (e) => (e as HTMLElement).hidden)).toBe(true);
    } finally {
      await page.close();
      child.kill('SIGINT');
    }
    expect(await exited(child)).toBe(0);
    expect(err()).toContain('Preview stopped.');
    expect(err()).toMatch(/updated/);
  });

  it('review text cannot run script in the page: it is escaped, and the report frame allows none', async () => {
    const file = join(dir, 'hostile.gcm.yaml');
    writeFileSync(
      file,
      REVIEW('Hello <script>window.parent.document.title="pwned"</script> <img src="http://example.com/x.png"> world'),
    );
    const server = await startPreview({ file });
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    try {
      await page.goto(server.url);
      const text = await frameText(page, 'Hello');
      expect(text).toContain('world');
      const frame = await reportFrame(page);
      expect(await frame.evaluate(() => document.scripts.length)).toBe(0);
      expect(await page.title()).toBe('Preview: hostile.gcm.yaml');
      expect(requested.filter((u) => !u.startsWith(server.url))).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  it('listens on 127.0.0.1 only and refuses requests addressed to another host name', async () => {
    const file = join(dir, 'host.gcm.yaml');
    writeFileSync(file, REVIEW('Host check.'));
    const server = await startPreview({ file });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const ok = await get(`${server.url}report`);
      expect(ok.status).toBe(200);
      expect(String(ok.headers['content-security-policy'])).toContain("default-src 'none'");
      expect(ok.body).toContain('Host check.');
      const rebinding = await get(`${server.url}report`, { host: 'attacker.example' });
      expect(rebinding.status).toBe(403);
      expect(rebinding.body).not.toContain('Host check.');
      const state = JSON.parse((await get(`${server.url}state`)).body) as { version: number; errors: null };
      expect(state).toMatchObject({ version: 1, errors: null });
    } finally {
      await server.close();
    }
  });

  it('a file invalid from the start serves a placeholder and the errors', async () => {
    const file = join(dir, 'invalid.gcm.yaml');
    writeFileSync(file, 'format_version: 1\nmetadata: {}\n');
    const server = await startPreview({ file });
    try {
      expect(server.state().version).toBe(0);
      expect(server.state().errors).toMatch(/invalid\.gcm\.yaml:2:\d+: error: /);
      expect((await get(`${server.url}report`)).body).toContain('No valid version of invalid.gcm.yaml yet');
    } finally {
      await server.close();
    }
  });

  it('a port in use and a missing file are exit 2 with a clear message', async () => {
    const file = join(dir, 'port.gcm.yaml');
    writeFileSync(file, REVIEW('Port check.'));
    const server = await startPreview({ file });
    try {
      const busy = run(['preview', file, '--port', String(server.port)]);
      expect(busy.code).toBe(2);
      expect(busy.err).toContain(`port ${server.port} is already in use.`);
    } finally {
      await server.close();
    }
    const missing = run(['preview', join(dir, 'nope.gcm.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('it does not exist');
    const badPort = run(['preview', file, '--port', 'http']);
    expect(badPort.code).toBe(2);
    expect(badPort.err).toContain('is not a port number');
    for (const r of [missing, badPort]) expect(r.err).not.toMatch(/\n\s+at /);
  });
});
