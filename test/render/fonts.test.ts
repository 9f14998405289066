// Fonts embedded in the HTML report (issue 15 §4, src/render/fonts.ts): the faces the report's CSS
// uses, subset to the document's characters, as WOFF data: URLs. Checked with fontconfig's
// fc-query on the fonts taken out of the HTML, with HarfBuzz shaping (Arabic), and end to end
// through the built command on a machine whose fontconfig has no Noto fonts.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import * as hb from 'harfbuzzjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  clearFontCaches,
  documentCodePoints,
  embedFonts,
  fontStacks,
  installedFonts,
  type FontFace,
} from '../../src/render/fonts.js';
import { reportHtml } from '../../src/render/html.js';
import { loadTemplates } from '../../src/render/templates.js';
import { embeddedFonts, noNotoFontconfig } from './fonts-helpers.js';
import { EXAMPLES, ROOT, loadReview, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

/** fc-query on a font file: family, and the characters it maps (its charset, as code points). */
function fcQuery(bytes: Buffer, dir: string): { family: string; chars: Set<number> } {
  const file = join(dir, `f${Math.random().toString(36).slice(2)}.woff`);
  writeFileSync(file, bytes);
  const [family, charset] = execFileSync('fc-query', ['--format', '%{family}|%{charset}', file], {
    encoding: 'utf8',
  }).split('|');
  const chars = new Set<number>();
  for (const r of charset!.trim().split(/\s+/)) {
    const [a, b] = r.split('-').map((h) => parseInt(h, 16));
    for (let c = a!; c <= (b ?? a!); c++) chars.add(c);
  }
  return { family: family!, chars };
}

/** WOFF 1.0 → the sfnt it packs (tables inflated), written independently of src/render/fonts.ts. */
function woffToSfnt(woff: Buffer): Buffer {
  expect(woff.toString('latin1', 0, 4)).toBe('wOFF');
  const n = woff.readUInt16BE(12);
  const tables = Array.from({ length: n }, (_, i) => {
    const rec = 44 + 20 * i;
    const [tag, offset, comp, orig, checksum] = [0, 4, 8, 12, 16].map((o) => woff.readUInt32BE(rec + o)) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const raw = woff.subarray(offset, offset + comp);
    return { tag, checksum, data: comp < orig ? inflateSync(raw) : raw };
  });
  const size = 12 + 16 * n + tables.reduce((a, t) => a + ((t.data.length + 3) & ~3), 0);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(woff.readUInt32BE(4), 0);
  out.writeUInt16BE(n, 4);
  let at = 12 + 16 * n;
  tables.forEach((t, i) => {
    out.writeUInt32BE(t.tag, 12 + 16 * i);
    out.writeUInt32BE(t.checksum, 16 + 16 * i);
    out.writeUInt32BE(at, 20 + 16 * i);
    out.writeUInt32BE(t.data.length, 24 + 16 * i);
    t.data.copy(out, at);
    at += (t.data.length + 3) & ~3;
  });
  return out;
}

let templates: Awaited<ReturnType<typeof loadTemplates>>;
let plainEn: string;
let plainAr: string;
let dir: string;
beforeAll(async () => {
  templates = await loadTemplates();
  plainEn = reportHtml(await loadReview(join(EXAMPLES, 'full-en.gcm.yaml')), { mode: 'html', templates });
  plainAr = reportHtml(await loadReview(join(EXAMPLES, 'review-ar.gcm.yaml')), { mode: 'html', templates });
  dir = tempDir('gcm-fonts-');
});

describe('what the document uses', () => {
  test("font stacks: the template's custom properties resolved by the cascade on <html> (an English report gets no Arabic-first stack, an Arabic one does)", () => {
    const css = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
    const en = fontStacks(css(plainEn), plainEn);
    const ar = fontStacks(css(plainAr), plainAr);
    expect(en[0]).toEqual(['Noto Serif', 'Noto Naskh Arabic', 'Noto Serif CJK SC', 'Noto Sans CJK SC']);
    expect(en.some((s) => s[0] === 'Noto Sans')).toBe(true);
    expect(en.some((s) => /Arabic/.test(s[0]!))).toBe(false);
    expect(ar.some((s) => s[0] === 'Noto Naskh Arabic')).toBe(true);
    expect(ar.some((s) => s[0] === 'Noto Kufi Arabic')).toBe(true);
    // the Japanese and Korean stacks (html:lang(ja), :lang(ko)) match neither
    expect([...en, ...ar].flat().some((f) => /CJK (JP|KR|TC)/.test(f))).toBe(false);
    // without the document, every stack counts
    expect(fontStacks(css(plainEn)).some((s) => s[0] === 'Noto Sans Mono')).toBe(true);
  });

  test('characters: text with entities decoded, CSS content strings, and the upper case text-transform makes', () => {
    const set = documentCodePoints(
      '<html><head><style>.x::before { content: "\\2192 §"; }</style></head><body><p class="x">Égalité &amp; ﻿d&#233;j&#xE0;</p></body></html>',
    );
    for (const c of 'Égalité&dj→§ÉGALITÉÀ') expect(set.has(c.codePointAt(0)!), c).toBe(true);
    expect(set.has('<'.codePointAt(0)!)).toBe(false);
  });
});

describe('the embedded fonts', () => {
  test('an English report carries Noto Serif and Noto Sans (regular, bold and, for its italic text, italics) as WOFF data: URLs, and no Arabic or CJK face', () => {
    const r = embedFonts(plainEn);
    expect(r.warnings).toEqual([]);
    const faces = embeddedFonts(r.html).map((f) => `${f.family} ${f.weight} ${f.style}`);
    for (const family of ['Noto Serif', 'Noto Sans'])
      for (const face of ['400 normal', '700 normal', '400 italic', '700 italic'])
        expect(faces).toContain(`${family} ${face}`);
    expect(faces.some((f) => /Arabic|CJK/.test(f))).toBe(false);
    // the HTML still loads nothing: the fonts are data: URLs, which its policy allows
    expect(r.html).toMatch(/font-src data:/);
    expect(r.html).not.toMatch(/url\((?!data:)/);
  });

  test('a font taken out of the HTML is a valid font (fc-query) of its family holding every character of the document it covers, and nothing else', () => {
    const r = embedFonts(plainEn);
    const serif = embeddedFonts(r.html).find(
      (f) => f.family === 'Noto Serif' && f.weight === '400' && f.style === 'normal',
    )!;
    const { family, chars } = fcQuery(serif.bytes, dir);
    expect(family).toBe('Noto Serif');
    const text = documentCodePoints(plainEn);
    const original = fcQuery(
      readFileSync(installedFonts().find((f) => f.family === 'Noto Serif' && f.weight === 400 && !f.italic)!.file),
      dir,
    );
    const expected = [...text].filter((c) => original.chars.has(c));
    expect(expected.length).toBeGreaterThan(60);
    for (const c of expected) expect(chars.has(c), String.fromCodePoint(c)).toBe(true);
    // a subset: the full font has thousands of characters (Cyrillic, Greek, …), the subset only the document's
    expect(original.chars.size).toBeGreaterThan(2000);
    expect([...chars].filter((c) => !text.has(c))).toEqual([]);
    expect(chars.has(0x416)).toBe(false); // Ж
    expect(serif.bytes.length).toBeLessThan(40_000);
  });

  test('Arabic (review-ar): Noto Naskh Arabic and Noto Kufi Arabic are embedded, and HarfBuzz shapes the report’s Arabic words with the subset exactly as with the installed font (joining forms, lam-alef)', () => {
    const r = embedFonts(plainAr);
    expect(r.warnings).toEqual([]);
    const fonts = embeddedFonts(r.html);
    expect(fonts.map((f) => f.family)).toEqual(expect.arrayContaining(['Noto Naskh Arabic', 'Noto Kufi Arabic']));
    const naskh = fonts.find((f) => f.family === 'Noto Naskh Arabic' && f.weight === '400')!;
    const installedNaskh = installedFonts().find((f) => f.family === 'Noto Naskh Arabic' && f.weight === 400)!;
    const words = ['الاستعراض', 'الهجرة', 'لتنفيذ', 'والتنمية'];
    for (const w of words) expect(plainAr).toContain(w);
    // HarfBuzz reads TrueType: the WOFF taken out of the HTML, unpacked
    const subset = woffToSfnt(naskh.bytes);
    const shape = (font: Uint8Array, text: string) => {
      const face = new hb.Face(new hb.Blob(font), 0);
      const f = new hb.Font(face);
      const buf = new hb.Buffer();
      buf.addText(text);
      buf.guessSegmentProperties();
      hb.shape(f, buf);
      return buf.getGlyphPositions().map((p) => p.xAdvance);
    };
    const full = readFileSync(installedNaskh.file);
    for (const w of [...words, 'لا', 'الأهداف']) {
      const a = shape(full, w);
      expect(shape(subset, w), w).toEqual(a);
      expect(a.length).toBeGreaterThan(0);
    }
    const { chars } = fcQuery(naskh.bytes, dir);
    for (const c of 'الهجرة') expect(chars.has(c.codePointAt(0)!), c).toBe(true);
  });

  test('letters no font of the template has (a name in Devanagari, Thai, Amharic) come from their Noto font, embedded under the stack’s family for those characters only (unicode-range)', () => {
    const html = plainEn.replace('<h1', '<p lang="hi">नेपाल ภาษาไทย አማርኛ</p><h1');
    const r = embedFonts(html, { env: { ...process.env, GCM_REVIEW_FONT_CACHE: '0' } });
    expect(r.warnings).toEqual([]);
    const rules = [...r.html.matchAll(/@font-face \{[^}]*\}/g)].map((m) => m[0]);
    const devanagari = rules.filter((x) => /unicode-range: [^;]*U\+928/.test(x));
    // the body's family and the headings' family each get it (bold too)
    expect(devanagari.some((x) => x.includes('font-family: "Noto Serif"; font-style: normal; font-weight: 400'))).toBe(
      true,
    );
    expect(devanagari.some((x) => x.includes('font-family: "Noto Sans"; font-style: normal; font-weight: 700'))).toBe(
      true,
    );
    const serifDeva = embeddedFonts(devanagari.find((x) => x.includes('"Noto Serif"'))!)[0]!;
    const q = fcQuery(serifDeva.bytes, dir);
    expect(q.family).toBe('Noto Serif Devanagari');
    for (const c of 'नेपाल') expect(q.chars.has(c.codePointAt(0)!), c).toBe(true);
    expect(q.chars.has('a'.codePointAt(0)!)).toBe(false);
    expect(rules.some((x) => /unicode-range: [^;]*U\+E20/.test(x))).toBe(true); // Thai
    expect(rules.some((x) => /unicode-range: [^;]*U\+12A0/.test(x))).toBe(true); // Ethiopic
    // the faces of the document's own fonts have no range
    expect(rules.filter((x) => x.includes('"Noto Serif"') && !x.includes('unicode-range')).length).toBe(4);
  });

  test('a font that is not installed: the HTML is returned as it was, with a warning naming the fonts and how to install them', () => {
    const none = embedFonts(plainEn, { fonts: [] });
    expect(none.html).toBe(plainEn);
    expect(none.warnings.join('\n')).toMatch(/"Noto Serif"/);
    expect(none.warnings.join('\n')).toMatch(/"Noto Sans"/);
    expect(none.warnings.join('\n')).toMatch(/apt-get install fonts-noto-core/);
    // Latin fonts only: the Arabic report embeds them and names the Arabic fonts it lacks
    const latin: FontFace[] = installedFonts().filter((f) => /^Noto (Sans|Serif)$/.test(f.family));
    const ar = embedFonts(plainAr, { fonts: latin });
    expect(embeddedFonts(ar.html).map((f) => f.family)).toContain('Noto Sans');
    expect(ar.warnings.join('\n')).toMatch(/"Noto Naskh Arabic"/);
    expect(ar.warnings.join('\n')).toMatch(/"Noto Kufi Arabic"/);
  });

  test('subsets are cached on disk (XDG_CACHE_HOME/gcm-review/fonts), one file per face, and read from there by a later run', () => {
    const cache = tempDir('gcm-font-cache-');
    const env = { ...process.env, XDG_CACHE_HOME: cache };
    clearFontCaches();
    const first = embedFonts(plainAr, { env });
    const folder = join(cache, 'gcm-review/fonts');
    const files = readdirSync(folder).filter((f) => f.endsWith('.woff'));
    expect(files.length).toBe(embeddedFonts(first.html).length);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // a later process (memory cleared) takes the subsets from the cache: a file changed there shows in the HTML
    clearFontCaches();
    const [a, b] = files.map((f) => readFileSync(join(folder, f)));
    writeFileSync(join(folder, files[0]!), b!);
    const second = embedFonts(plainAr, { env });
    expect(second.html).toContain(b!.toString('base64'));
    expect(second.html).not.toContain(a!.toString('base64'));
    // GCM_REVIEW_FONT_CACHE=0: no cache
    clearFontCaches();
    expect(embedFonts(plainAr, { env: { ...env, GCM_REVIEW_FONT_CACHE: '0' } }).html).toBe(first.html);
  });
});

describe('render --format html on a machine without Noto', () => {
  test('the HTML is written, exit code 0, with a warning naming the missing fonts and the package to install', () => {
    const out = tempDir('gcm-fonts-cli-');
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/gcm-review.js'), 'render', join(EXAMPLES, 'full-en.gcm.yaml'), '--format', 'html', '--out', out],
      {
        env: { ...process.env, NO_COLOR: '1', FONTCONFIG_FILE: noNotoFontconfig(out), GCM_REVIEW_FONT_CACHE: '0' },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: the HTML report does not carry the fonts .*"Noto Serif"/);
    expect(r.stderr).toMatch(/sudo apt-get install fonts-noto-core/);
    const html = readFileSync(join(out, 'full-en.html'), 'utf8');
    expect(html).toMatch(/<h1\b/);
    expect(embeddedFonts(html)).toEqual([]);
  });
});
