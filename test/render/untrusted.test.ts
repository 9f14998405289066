// render on reviews and templates sent by others: long addresses and words stay bounded, the HTML
// report never depends on the PDF, stale temporary files are cleared, template mistakes name the
// right file, a template cannot make the browser fetch ahead, a read-only folder is named as such.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFArray, PDFDict, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import { renderFiles } from '../../src/render/index.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';
import { bin, run } from '../ecosystem/helpers.js';
import { pageTexts, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

/** Every URI of every link annotation in a PDF. */
async function linkUris(path: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(path));
  const out: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const a = annots!.lookup(i, PDFDict);
      const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString);
      if (uri) out.push(uri.decodeText());
    }
  }
  return out;
}

describe('bounded output for long addresses and words', () => {
  const long = `https://example.org/${'a'.repeat(50_000)}`;

  test('a 50,000-character link is one annotation, shown shortened, in a small PDF; validate warns', async () => {
    const dir = tempDir('gcm-long-link-');
    const file = join(dir, 'long.gcm.yaml');
    writeFileSync(
      file,
      `${MINIMAL_REVIEW}annexes:\n  - title: Long\n    link: ${long}\nkey_messages: "See ${long} now"\n`,
    );
    const summary = await renderFiles([file], { format: 'pdf' });
    expect(summary.rendered).toHaveLength(1);
    const pdf = join(dir, 'long.pdf');
    expect(statSync(pdf).size).toBeLessThan(10 * 1024 * 1024);
    const uris = (await linkUris(pdf)).filter((u) => u.startsWith('https://example.org/aaa'));
    expect(uris).toEqual([long, long]); // the annex link and the one in the key messages: one each
    expect(pageTexts(pdf).join('\n')).toContain('…');
    const v = run(['validate', file]);
    expect(v.code).toBe(0);
    expect(v.out).toContain('[long-link]');
    expect(run(['validate', '--strict', file]).code).toBe(1);
  }, 180_000);

  test('a 1 MB word without spaces breaks across lines: PDF and HTML are both written', () => {
    const dir = tempDir('gcm-long-word-');
    const file = join(dir, 'word.gcm.yaml');
    writeFileSync(file, `${MINIMAL_REVIEW}key_messages: "${'x'.repeat(1024 * 1024)}"\n`);
    const r = run(['render', '--format', 'both', '--out', dir, file], { timeout: 240_000 });
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'word.pdf')).size).toBeLessThan(10 * 1024 * 1024);
    expect(existsSync(join(dir, 'word.html'))).toBe(true);
  }, 300_000);
});

test('with --format both, the HTML report is written even when the PDF fails', async () => {
  const dir = tempDir('gcm-html-first-');
  const file = join(dir, 'r.gcm.yaml');
  writeFileSync(file, MINIMAL_REVIEW);
  const summary = await renderFiles([file], {
    format: 'both',
    hooks: {
      beforePdf: () => {
        throw new Error('simulated printing failure');
      },
    },
  });
  expect(summary.failed).toHaveLength(1);
  expect(summary.failed[0]!.error).toContain('simulated printing failure');
  expect(summary.failed[0]!.outputs).toEqual([join(dir, 'r.html')]);
  expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<html');
  expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
}, 120_000);

test("a killed run's hidden temporary file is removed by the next write; a live writer's is kept", async () => {
  const dir = tempDir('gcm-stale-tmp-');
  const file = join(dir, 'r.gcm.yaml');
  writeFileSync(file, MINIMAL_REVIEW);
  const dead = join(dir, '.r.html.4194303.abc123.tmp'); // above the largest pid Linux gives
  const live = join(dir, `.r.html.${process.pid}.def456.tmp`);
  writeFileSync(dead, 'half a report');
  writeFileSync(live, 'being written');
  await renderFiles([file], { format: 'html' });
  expect(existsSync(dead)).toBe(false);
  expect(existsSync(live)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual([`.r.html.${process.pid}.def456.tmp`, 'r.gcm.yaml', 'r.html']);
});

describe('custom templates', () => {
  test('{{t "__proto__"}} in a partial is a template error naming that partial and its line', () => {
    const dir = tempDir('gcm-proto-');
    mkdirSync(join(dir, 'tpl', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'tpl', 'partials', 'cover.hbs'), '<div>\n{{t "__proto__"}}\n</div>\n');
    writeFileSync(join(dir, 'r.gcm.yaml'), MINIMAL_REVIEW);
    const r = run(['render', '--format', 'html', '--template', join(dir, 'tpl'), join(dir, 'r.gcm.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cover.hbs:2');
    expect(r.err).toContain('__proto__');
    expect(r.err).not.toContain('is not a function');
  });

  test('prefetch and preload links in a template are removed, and the page carries a content policy', () => {
    const dir = tempDir('gcm-prefetch-');
    mkdirSync(join(dir, 'tpl', 'partials'), { recursive: true });
    writeFileSync(
      join(dir, 'tpl', 'partials', 'cover.hbs'),
      '<link rel="prefetch" href="http://127.0.0.1:9/p"><link rel=dns-prefetch href="//example.org"><link rel="preconnect" href="http://127.0.0.1:9">\n<h1>Cover</h1>\n',
    );
    writeFileSync(join(dir, 'r.gcm.yaml'), MINIMAL_REVIEW);
    const r = run([
      'render',
      '--format',
      'html',
      '--template',
      join(dir, 'tpl'),
      '--out',
      dir,
      join(dir, 'r.gcm.yaml'),
    ]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).not.toMatch(/<link\b[^>]*(prefetch|preconnect)/i);
    expect(html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    expect(html).toContain('<h1>Cover</h1>');
  });
});

test('an --out folder on a read-only file system is reported as read-only, not "no such file"', () => {
  const dir = tempDir('gcm-ro-');
  writeFileSync(join(dir, 'r.gcm.yaml'), MINIMAL_REVIEW);
  const ro = join(dir, 'ro');
  mkdirSync(ro);
  // a private mount namespace: a read-only tmpfs over the folder, seen by this command only
  const script = `mount -t tmpfs -o ro tmpfs '${ro}' && exec '${process.execPath}' '${bin}' render --format html --out '${ro}/sub' '${dir}/r.gcm.yaml'`;
  const r = spawnSync('unshare', ['-m', 'sh', '-c', script], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('read-only');
  expect(r.stderr).not.toContain('ENOENT');
});
