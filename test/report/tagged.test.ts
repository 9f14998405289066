// The tagged PDF's finish (issue 15 §4), read back with pdf-lib from real prints: running headers,
// footers and the DRAFT watermark are artifacts (Pagination Header / Footer / Watermark), every
// link annotation has a description, and inline text in another language carries its /Lang.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderFiles } from '../../src/render/index.js';
import { linkDescriptions, langForTaggedPdf } from '../../src/render/html.js';
import { finishTags, markArtifacts } from '../../src/render/pdf-tags.js';
import { ChromiumPdf } from '../../src/render/pdf-read.js';
import { EXAMPLES, pageTexts, removeTempDirs, tempDir } from '../render/helpers.js';

interface Painted {
  kind: 'text' | 'image';
  y?: number;
  /** The innermost mark around it: "/Artifact <</Type /Pagination /Subtype /Header>>", "/NonStruct", … or "". */
  mark: string;
}

/** What a page's content stream paints, each with the marked content around it (Chromium's output: hex strings only). */
function painted(content: string): Painted[] {
  const out: Painted[] = [];
  const stack: string[] = [];
  const re = /(\/\w+)\s*(<<[^>]*>>)?\s*BDC|(\/\w+)\s+BMC|\bEMC\b|\bBT\b([\s\S]*?)\bET\b|\/[\w.]+\s+Do\b/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const t = m[0];
    if (t.endsWith('BDC')) stack.push(`${m[1]}${m[2] ? ' ' + m[2].replace(/\s+/g, ' ') : ''}`);
    else if (t.endsWith('BMC')) stack.push(m[3]!);
    else if (t === 'EMC') stack.pop();
    else if (t.startsWith('BT')) {
      // marks inside the text object (ActualText spans) do not count for the object itself
      const y = /1 0 0 -1 [-\d.]+ ([-\d.]+) Tm/.exec(m[4] ?? '');
      out.push({ kind: 'text', ...(y ? { y: Number(y[1]) } : {}), mark: stack[stack.length - 1] ?? '' });
    } else out.push({ kind: 'image', mark: stack[stack.length - 1] ?? '' });
  }
  return out;
}

async function load(path: string) {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const pages = doc.getPages().map((p) => {
    const c = p.node.Contents();
    const streams = c instanceof PDFArray ? c.asArray().map((r) => doc.context.lookup(r)) : [c];
    const text = streams
      .map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1'))
      .join('\n');
    const annots = (p.node.Annots()?.asArray() ?? []).map((r) => doc.context.lookup(r) as PDFDict);
    return { content: text, annots, height: p.getHeight() / 0.75 };
  });
  return { doc, pages };
}

describe('tagged PDF: artifacts, link descriptions, languages', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('gcm-tagged-');
    const summary = await renderFiles(
      ['draft-fr', 'review-ar', 'full-en'].map((n) => join(EXAMPLES, `${n}.gcm.yaml`)),
      { outDir: dir },
    );
    expect(summary.failed).toEqual([]);
  }, 240_000);
  afterAll(removeTempDirs);

  test('running header, draft label and page footer are Pagination artifacts (Header / Footer) on every page after the cover', async () => {
    for (const name of ['draft-fr', 'review-ar', 'full-en']) {
      const { pages } = await load(join(dir, `${name}.pdf`));
      pages.slice(1).forEach((p, i) => {
        const items = painted(p.content);
        // Chromium paints the page-margin boxes first, before the page's tagged content: the text
        // up to the first structure mark
        const firstTagged = items.findIndex((x) => x.mark !== '' && !x.mark.startsWith('/Artifact'));
        const margin = items.slice(0, firstTagged < 0 ? items.length : firstTagged).filter((x) => x.kind === 'text');
        // the header sits above the middle of the page, the footer below
        for (const x of margin) expect(x.mark.endsWith(x.y! < p.height / 2 ? '/Header>>' : '/Footer>>')).toBe(true);
        const where = `${name} page ${i + 2}`;
        expect(margin.length, where).toBeGreaterThanOrEqual(2);
        for (const x of margin)
          expect(x.mark, where).toMatch(/^\/Artifact <<\/Type \/Pagination \/Subtype \/(Header|Footer)>>$/);
        expect(margin.some((x) => x.mark.endsWith('/Header>>'))).toBe(true);
        expect(margin.some((x) => x.mark.endsWith('/Footer>>'))).toBe(true);
      });
    }
  });

  test('the DRAFT watermark is a Watermark artifact on every page of a draft, and no image is painted unmarked', async () => {
    const { pages } = await load(join(dir, 'draft-fr.pdf'));
    for (const [i, p] of pages.entries()) {
      const images = painted(p.content).filter((x) => x.kind === 'image');
      expect(images.at(-1)?.mark, `page ${i + 1}`).toBe('/Artifact <</Type /Pagination /Subtype /Watermark>>');
      for (const x of images) expect(x.mark, `page ${i + 1}`).not.toBe('');
    }
    // the text is what it was: the watermark's letters are not in it, the pages' text is
    expect(pageTexts(join(dir, 'draft-fr.pdf'))[2]).toMatch(/^République de Tamandé/);
  });

  test('every link annotation has a description: contents entries name their section, web links their text and address', async () => {
    const { pages } = await load(join(dir, 'full-en.pdf'));
    const all = pages.flatMap((p) => p.annots).filter((a) => a.get(PDFName.of('Subtype'))?.toString() === '/Link');
    expect(all.length).toBeGreaterThan(50);
    const contents = all.map((a) => a.lookup(PDFName.of('Contents')));
    for (const c of contents) expect(c, 'a link without /Contents').toBeDefined();
    const texts = contents.map((c) => (c as { decodeText(): string }).decodeText());
    expect(texts).toContain(
      '1 Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
    );
    expect(texts.some((t) => /^https?:\/\//.test(t) || /\(https?:\/\//.test(t))).toBe(true);
    // no page number of the contents list in a description
    expect(texts.filter((t) => /^At a glance/.test(t))).toEqual(expect.arrayContaining(['At a glance']));
  });

  test('Arabic report: the English objective titles inline carry /Lang (en) in the structure tree', async () => {
    const { doc } = await load(join(dir, 'review-ar.pdf'));
    const langs: string[] = [];
    const walk = (node: unknown, depth: number) => {
      if (!(node instanceof PDFDict) || depth > 200) return;
      const l = node.get(PDFName.of('Lang'));
      if (l) langs.push(`${node.get(PDFName.of('S'))?.toString()} ${l.toString()}`);
      const k = node.get(PDFName.of('K'));
      const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
      for (const c of kids) walk(c instanceof PDFRef ? doc.context.lookup(c) : c, depth + 1);
    };
    walk(doc.catalog.lookup(PDFName.of('StructTreeRoot')), 0);
    expect(langs).toContain('/Document (ar)');
    // inline (not only whole paragraphs): NonStruct elements made from <bdi lang="en">
    expect(langs.filter((l) => l === '/NonStruct (en)').length).toBeGreaterThan(20);
  });
});

describe('the pieces', () => {
  test('markArtifacts wraps the margin boxes and a trailing image, leaves tagged content alone', () => {
    const src = [
      '.24 0 0 -.24 0 841 cm q 3.125 0 0 3.125 0 0 cm',
      'BT /F4 10 Tf 1 0 0 -1 75 61 Tm <0035> Tj ET', // header
      'BT /F4 10 Tf 1 0 0 -1 365 1085 Tm <0033> Tj ET', // footer
      'Q q /P <</MCID 0 >>BDC BT /F4 10 Tf 1 0 0 -1 8 244 Tm <0033> Tj ET EMC Q',
      'q /X45 Do Q',
    ].join('\n');
    const out = markArtifacts(src, 561, true)!;
    expect(out.count).toBe(3);
    expect(out.content).toContain(
      '/Artifact <</Type /Pagination /Subtype /Header>> BDC BT /F4 10 Tf 1 0 0 -1 75 61 Tm <0035> Tj ET EMC',
    );
    expect(out.content).toContain(
      '/Artifact <</Type /Pagination /Subtype /Footer>> BDC BT /F4 10 Tf 1 0 0 -1 365 1085',
    );
    expect(out.content).toContain('/P <</MCID 0 >>BDC BT /F4 10 Tf 1 0 0 -1 8 244 Tm <0033> Tj ET EMC Q');
    expect(out.content).toContain('/Artifact <</Type /Pagination /Subtype /Watermark>> BDC /X45 Do EMC');
  });

  test('markArtifacts leaves a stream it does not understand (inline image, unbalanced marks) alone', () => {
    expect(markArtifacts('q BI /W 1 /H 1 ID x EI Q BT ET', 561, false)).toBeUndefined();
    expect(markArtifacts('EMC BT ET', 561, false)).toBeUndefined();
  });

  test('finishTags writes a file with an incremental update anew: one version of each object, every offset at its object', async () => {
    // a classic-xref file as Chromium writes it, then an incremental update (as the bookmark
    // mending makes) that replaces object 5: the rewrite keeps only the newer version
    const content =
      'q 3.125 0 0 3.125 0 0 cm BT /F1 10 Tf 1 0 0 -1 75 61 Tm <0035> Tj ET Q\n/P <</MCID 0 >>BDC BT ET EMC';
    const objs = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [5 0 R] >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /URI /URI (https://old.example) >> >>',
    ];
    let file = '%PDF-1.4\n';
    const at: number[] = [];
    objs.forEach((o, i) => {
      at.push(file.length);
      file += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref1 = file.length;
    file += `xref\n0 6\n0000000000 65535 f\r\n${at.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`).join('')}`;
    file += `trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref1}\n%%EOF\n`;
    const newer = file.length;
    file +=
      '5 0 obj\n<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /URI /URI (https://new.example) >> >>\nendobj\n';
    const xref2 = file.length;
    file += `xref\n5 1\n${String(newer).padStart(10, '0')} 00000 n\r\n`;
    file += `trailer\n<< /Size 6 /Root 1 0 R /Prev ${xref1} >>\nstartxref\n${xref2}\n%%EOF\n`;

    const out = finishTags(Buffer.from(file, 'latin1'), { links: { dests: {}, uris: {} } });
    expect(out.artifacts).toBe(1);
    expect(out.links).toBe(1);
    const text = Buffer.from(out.pdf).toString('latin1');
    expect(text).not.toContain('old.example');
    expect(text.match(/\bxref\b/g)).toHaveLength(1);
    const pdf = new ChromiumPdf(out.pdf);
    for (let n = 1; n <= 5; n++) expect(text.slice(pdf.offsets.get(n), pdf.offsets.get(n)! + 8)).toBe(`${n} 0 obj\n`);
    expect(pdf.obj(5)).toContain('/Contents <FEFF');
    expect(pdf.obj(5)).toContain('new.example');
    expect(pdf.stream(4).data.toString('latin1')).toContain('/Artifact <</Type /Pagination /Subtype /Header>> BDC BT');
    // another reader agrees
    const doc = await PDFDocument.load(out.pdf, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
  });

  test('link descriptions: the link text, with its target when the text has no words; page numbers left out', () => {
    const html =
      '<a href="#objective-1"><span class="toc-num">1</span> Collect data <span class="toc-pn" data-page-of="objective-1">12</span></a>' +
      '<a href="#ref-3">[3]</a><li id="ref-3"><span>3</span> ESCAP 2019 &amp; more</li>' +
      '<a href="https://example.org/x">the survey</a><a href="https://example.org/y">https://example.org/y</a>';
    const d = linkDescriptions(html);
    expect(d.dests['objective-1']).toBe('1 Collect data');
    expect(d.dests['ref-3']).toBe('[3] 3 ESCAP 2019 & more');
    expect(d.uris['https://example.org/x']).toBe('the survey (https://example.org/x)');
    expect(d.uris['https://example.org/y']).toBe('https://example.org/y');
  });

  test('inline elements in another language get role="generic" for the tagged PDF (not those with a role)', () => {
    expect(
      langForTaggedPdf(
        '<bdi lang="en">x</bdi><span class="a" lang="fr">y</span><span role="note" lang="fr">z</span><p lang="en">p</p>',
      ),
    ).toBe(
      '<bdi role="generic" lang="en">x</bdi><span role="generic" class="a" lang="fr">y</span><span role="note" lang="fr">z</span><p lang="en">p</p>',
    );
  });
});
