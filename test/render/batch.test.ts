// renderFiles end to end (no CLI): a hostile review cannot reach the file system or the network,
// invalid files are skipped while the others render, outputs are replaced only when complete,
// and a browser killed mid-batch is relaunched with the file retried.
import { connect, createServer, type Server } from 'node:net';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ChromiumRenderer } from '../../src/render/chromium.js';
import { renderFiles, type RenderSummary } from '../../src/render/index.js';
import { EXAMPLES, FIXTURES, pageTexts, pdfInfo, removeTempDirs, squash, tempDir, tempPdf } from './helpers.js';

let server: Server;
let port = 0;
let connections = 0;
const paths: string[] = [];
/** The test's own fence connections (see fence) come from this loopback address, not counted as requests. */
const FENCE_FROM = '127.0.0.2';
let fencesSeen = 0;

beforeAll(async () => {
  server = createServer((socket) => {
    if (socket.remoteAddress === FENCE_FROM) {
      fencesSeen++;
      socket.end();
      return;
    }
    connections++;
    socket.on('data', (d) => paths.push(d.toString('latin1').split('\r\n')[0] ?? ''));
    socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\nLISTENER-WAS-REACHED');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/**
 * Resolves once every connection opened to the listener before the call has been counted: the
 * test opens one of its own and waits (with a deadline) until the listener has seen it. Pending
 * connections are accepted in the order they arrived, so none opened earlier is still on its way.
 * Call it after the browser is closed, when nothing can start a new request any more.
 */
async function fence(limitMs = 10_000): Promise<void> {
  const target = fencesSeen + 1;
  const socket = connect({ port, host: '127.0.0.1', localAddress: FENCE_FROM });
  socket.on('error', () => {}); // the listener ends it
  const start = Date.now();
  try {
    while (fencesSeen < target) {
      if (Date.now() - start > limitMs)
        throw new Error(`the listener did not see the fence connection in ${limitMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    socket.destroy();
  }
}
afterAll(removeTempDirs);

const PASSWD = 'root:x:0:0';
const hostileMarkup = (
  p: number,
) => `<script>document.write('<img src="http://127.0.0.1:${p}/script">'); fetch('http://127.0.0.1:${p}/fetch')</script>
<img src="file:///etc/passwd"> <img src="http://127.0.0.1:${p}/img">
<iframe src="file:///etc/passwd"></iframe> <iframe src="http://127.0.0.1:${p}/iframe"></iframe>
<link rel="stylesheet" href="http://127.0.0.1:${p}/link.css"> <link rel="preload" as="image" href="http://127.0.0.1:${p}/preload">
<object data="file:///etc/passwd"></object> <embed src="http://127.0.0.1:${p}/embed">
<style>@import url(http://127.0.0.1:${p}/import.css); body { background: url(file:///etc/passwd) } p { background: url(http://127.0.0.1:${p}/bg) }
@font-face { font-family: X; src: url(http://127.0.0.1:${p}/font.woff2) } html { font-family: X }</style>
<meta http-equiv="refresh" content="0;url=http://127.0.0.1:${p}/refresh">
<svg><image href="http://127.0.0.1:${p}/svg-image"/></svg> <video poster="http://127.0.0.1:${p}/poster"></video>
<a href="javascript:fetch('http://127.0.0.1:${p}/js')">js link</a> <a href="file:///etc/passwd">file link</a>`;

function hostileYaml(p: number): string {
  const block = (s: string) =>
    s
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n');
  return `# Hostile review: every narrative tries to load something.
format_version: 1
metadata:
  submitter:
    type: member_state
    country: QMC
    name: 'Evil"; } body { background: url(http://127.0.0.1:${p}/css-header) } .x { content: "</style><script>fetch(1)</script>'
  cycle: imrf_2026
  languages: [en]
  status: draft
  title: '<iframe src="http://127.0.0.1:${p}/title"></iframe>'
key_messages: |
${block(hostileMarkup(p))}

  [click](javascript:fetch('http://127.0.0.1:${p}/md-js')) [passwd](file:///etc/passwd)
  ![image](http://127.0.0.1:${p}/md-image.png) ![local](file:///etc/passwd)
national_context: |
  <body onload="fetch('http://127.0.0.1:${p}/onload')"><base href="http://127.0.0.1:${p}/">
objectives:
  "1":
    implementation:
      status: '<img src=x onerror="fetch(''http://127.0.0.1:${p}/onerror'')">'
      statistics:
        - indicator: '<img src="http://127.0.0.1:${p}/indicator">'
          value: '<script>1</script>'
    promising_practices:
      - title: '<iframe src="file:///etc/passwd"></iframe>'
        description: '<object data="file:///etc/passwd"></object>'
        link: 'http://127.0.0.1:${p}/practice-link'
annexes:
  - title: '<img src="http://127.0.0.1:${p}/annex">'
    link: 'http://127.0.0.1:${p}/annex-link'
`;
}

function noLeak(pdf: string): void {
  const text = pageTexts(pdf).join('\n');
  expect(text).not.toContain(PASSWD);
  expect(text).not.toContain('LISTENER-WAS-REACHED');
}

describe('a hostile review', () => {
  test('this machine has an /etc/passwd for the test to be meaningful', () => {
    expect(readFileSync('/etc/passwd', 'utf8')).toContain(PASSWD);
  });

  let summary: RenderSummary;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('gcm-batch-');
    writeFileSync(join(dir, 'hostile.gcm.yaml'), hostileYaml(port));
    copyFileSync(join(FIXTURES, 'invalid.gcm.yaml'), join(dir, 'invalid.gcm.yaml'));
    copyFileSync(join(FIXTURES, 'minimal.gcm.yaml'), join(dir, 'minimal.gcm.yaml'));
    writeFileSync(join(dir, 'minimal.pdf'), 'an old report');
    summary = await renderFiles(
      ['hostile.gcm.yaml', 'invalid.gcm.yaml', 'minimal.gcm.yaml'].map((f) => join(dir, f)),
      { format: 'both', jobs: 2 },
    );
    await fence(); // renderFiles has closed its browser: any request it made has been counted now
  }, 90_000);

  test('renders, without reading local files or opening a single connection', () => {
    expect(summary.rendered.map((o) => o.file)).toContain(join(dir, 'hostile.gcm.yaml'));
    const pdf = join(dir, 'hostile.pdf');
    expect(pdfInfo(pdf)['Pages']).toBeDefined();
    noLeak(pdf);
    expect(connections, `requests seen: ${paths.join(', ')}`).toBe(0);
    // the markup is shown as text, not executed
    expect(squash(pageTexts(pdf).join(' '))).toContain(squash('<script>document.write('));
  });

  test('the HTML report of it holds no live markup from the review', () => {
    const html = readFileSync(join(dir, 'hostile.html'), 'utf8');
    // the review's markup is in the text, escaped; look at the real tags only
    const tags = html.match(/<[a-zA-Z][^<>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<(script|iframe|frame|object|embed|link|base|video|audio|source|img|image)\b/i);
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/\s(src|poster|data|background|srcset)\s*=\s*"(?!data:)/i);
      expect(tag).not.toMatch(/\shref="(javascript|file|data):/i);
      if (!tag.startsWith('<html')) expect(tag).not.toMatch(/url\(/i);
    }
    // on <html>, the submitter's name sits in the running-header property as one CSS string
    const style = tags[0]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(style).toMatch(/--gcm-running-header: "(?:[^"\\]|\\.)*"; --gcm-page-footer:/);
    expect(tags.filter((t) => /^<meta\b/i.test(t))).toHaveLength(4); // content policy, charset, viewport, generator: ours
    expect(tags.filter((t) => /^<meta\b/i.test(t))[0]).toContain('Content-Security-Policy');
    expect(tags.filter((t) => /^<style\b/i.test(t))).toHaveLength(1);
    // web links stay links (never fetched)
    expect(html).toContain(`<a href="http://127.0.0.1:${port}/practice-link"`);
  });

  test('an invalid file is skipped with its problems located; the others are rendered', () => {
    expect(summary.skipped.map((o) => o.file)).toEqual([join(dir, 'invalid.gcm.yaml')]);
    const d = summary.skipped[0]!.diagnostics;
    expect(d.length).toBeGreaterThanOrEqual(2);
    expect(d.every((x) => x.line > 0 && x.column > 0)).toBe(true);
    expect(existsSync(join(dir, 'invalid.pdf'))).toBe(false);
    expect(summary.rendered).toHaveLength(2);
    expect(summary.failed).toHaveLength(0);
  });

  test('an existing report is replaced by the complete new one, with no temporary file left', () => {
    const bytes = readFileSync(join(dir, 'minimal.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(
      [
        'hostile.gcm.yaml',
        'hostile.html',
        'hostile.pdf',
        'invalid.gcm.yaml',
        'minimal.gcm.yaml',
        'minimal.html',
        'minimal.pdf',
      ].sort(),
    );
  });
});

describe('the browser itself refuses what the sanitizer would have stopped', () => {
  test('raw hostile HTML printed directly: no file read, no connection', async () => {
    const renderer = await ChromiumRenderer.start({ jobs: 1 });
    try {
      const html = `<!DOCTYPE html><html><head><title>raw</title>${hostileMarkup(port)}</head><body><p>Visible text</p>${hostileMarkup(port)}
<iframe src="http://127.0.0.1:${port}/body-iframe" width="400" height="200"></iframe></body></html>`;
      const before = connections;
      const res = await renderer.pdf(html, { paper: 'A4', key: 'raw' });
      await renderer.close();
      await fence(); // the browser is gone: any request it made has been counted now
      const pdf = tempPdf(res.pdf, 'raw.pdf');
      noLeak(pdf);
      expect(pageTexts(pdf).join(' ')).toContain('Visible text');
      expect(connections - before, `requests seen: ${paths.join(', ')}`).toBe(0);
    } finally {
      await renderer.close();
    }
  }, 60_000);
});

describe('a browser crash mid-batch', () => {
  test('the browser is relaunched, the file retried once, the batch goes on; a file that keeps failing keeps its old report', async () => {
    const dir = tempDir('gcm-crash-');
    const names = ['a', 'b', 'c', 'd'];
    for (const n of names) copyFileSync(join(FIXTURES, 'minimal.gcm.yaml'), join(dir, `${n}.gcm.yaml`));
    copyFileSync(join(EXAMPLES, 'draft-fr.gcm.yaml'), join(dir, 'e.gcm.yaml'));
    writeFileSync(join(dir, 'd.pdf'), 'the previous report of d');
    const killed: number[] = [];
    const summary = await renderFiles(
      [...names, 'e'].map((n) => join(dir, `${n}.gcm.yaml`)),
      {
        jobs: 1,
        hooks: {
          beforePdf: ({ key, attempt, browserPid }) => {
            if (key?.endsWith('b.gcm.yaml') && attempt === 1 && browserPid) {
              killed.push(browserPid);
              process.kill(browserPid, 'SIGKILL');
            }
            if (key?.endsWith('d.gcm.yaml')) throw new Error('simulated failure while printing d');
          },
        },
      },
    );
    expect(killed).toHaveLength(1);
    expect(summary.launches).toBe(2);
    const byName = (n: string) => summary.files.find((o) => o.file.endsWith(`${n}.gcm.yaml`))!;
    expect(byName('b')).toMatchObject({ status: 'rendered', attempts: 2 });
    for (const n of ['a', 'c', 'e']) expect(byName(n)).toMatchObject({ status: 'rendered', attempts: 1 });
    expect(byName('d')).toMatchObject({ status: 'failed' });
    expect(byName('d').error).toContain('simulated failure');
    for (const n of ['a', 'b', 'c', 'e']) expect(pdfInfo(join(dir, `${n}.pdf`))['Pages']).toMatch(/^\d+$/);
    expect(readFileSync(join(dir, 'd.pdf'), 'utf8')).toBe('the previous report of d');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // the killed browser is gone
    expect(() => process.kill(killed[0]!, 0)).toThrow();
  }, 120_000);
});

describe('browser failures are told apart by puppeteer events and error classes', () => {
  test("a crashed page renderer is retried on a fresh page of the same browser; a browser killed twice fails only its file; a hook's own error is not retried", async () => {
    const dir = tempDir('gcm-crash-kinds-');
    const names = ['page', 'twice', 'plain', 'hook'];
    for (const n of names) copyFileSync(join(FIXTURES, 'minimal.gcm.yaml'), join(dir, `${n}.gcm.yaml`));
    const calls: Record<string, number> = {};
    const summary = await renderFiles(
      names.map((n) => join(dir, `${n}.gcm.yaml`)),
      {
        jobs: 1,
        hooks: {
          beforePdf: async ({ key, attempt, browserPid, page }) => {
            const name = /([a-z]+)\.gcm\.yaml$/.exec(key ?? '')?.[1] ?? '';
            calls[name] = (calls[name] ?? 0) + 1;
            if (name === 'page' && attempt === 1) {
              // the page's renderer process crashes (the browser lives on): puppeteer's page 'error' event
              const crashed = new Promise((resolve) => page.once('error', resolve));
              const session = await page.createCDPSession();
              void session.send('Page.crash').catch(() => {});
              await crashed;
            }
            if (name === 'twice' && browserPid) process.kill(browserPid, 'SIGKILL');
            if (name === 'hook') throw new Error('a mistake in the hook itself');
          },
        },
      },
    );
    const byName = (n: string) => summary.files.find((o) => o.file.endsWith(`/${n}.gcm.yaml`))!;
    expect(byName('page')).toMatchObject({ status: 'rendered', attempts: 2 });
    expect(byName('twice')).toMatchObject({ status: 'failed' });
    expect(byName('twice').error).toMatch(
      /^the browser stopped while printing this report, twice \(the browser stopped \(SIGKILL\)\)/,
    );
    expect(byName('plain')).toMatchObject({ status: 'rendered', attempts: 1 });
    expect(pdfInfo(join(dir, 'plain.pdf'))['Pages']).toMatch(/^\d+$/);
    expect(byName('hook')).toMatchObject({ status: 'failed', error: 'a mistake in the hook itself' });
    // a page crash needs no new browser; the two kills need one each
    expect(summary.launches).toBe(3);
    expect(calls).toEqual({ page: 2, twice: 2, plain: 1, hook: 1 });
  }, 120_000);
});

describe('the test listener', () => {
  test('counts a connection opened just before the fence (a late request would not go unseen)', async () => {
    const before = connections;
    const late = connect(port, '127.0.0.1');
    late.on('error', () => {});
    await new Promise<void>((resolve) => late.once('connect', resolve));
    await fence();
    late.destroy();
    expect(connections - before).toBe(1);
  });
});
