// The small PDF reader: named destinations, the pdf-lib fallback, and the bookmark mending
// written as an incremental update. PDFs are made with pdf-lib here (no browser needed).
import { afterAll, describe, expect, test } from 'vitest';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { readDestinations, readDestinationsFast, retitleOutline } from '../../src/render/pdf-read.js';
import { pdfInfo, pdfOutline, tempPdf, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

/** A three-page PDF with named destinations and a two-level outline whose titles are mangled as Chromium mangles them. */
async function makePdf(opts: { objectStreams: boolean }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pages = [doc.addPage(), doc.addPage(), doc.addPage()];
  const ctx = doc.context;
  const dest = (i: number) =>
    ctx.obj([pages[i]!.ref, PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(800), PDFNumber.of(0)]);
  const dests = ctx.obj({});
  (dests as PDFDict).set(PDFName.of('key-messages'), dest(1));
  (dests as PDFDict).set(PDFName.of('objective-7'), dest(2));
  doc.catalog.set(PDFName.of('Dests'), ctx.register(dests));

  const outlinesRef = ctx.nextRef();
  const a = ctx.nextRef();
  const b = ctx.nextRef();
  const b1 = ctx.nextRef();
  ctx.assign(
    a,
    ctx.obj({ Title: PDFString.of('Key messagesKey messages'), Parent: outlinesRef, Next: b, Dest: dest(1) }),
  );
  ctx.assign(b1, ctx.obj({ Title: PDFString.of('(a) Status of implementation'), Parent: b, Dest: dest(2) }));
  ctx.assign(
    b,
    ctx.obj({
      Title: PDFHexString.fromText('OBJECTIVE 7Address and reduce vulnerabilities inmigration'),
      Parent: outlinesRef,
      Prev: a,
      First: b1,
      Last: b1,
      Count: 1,
      Dest: dest(2),
    }),
  );
  ctx.assign(outlinesRef, ctx.obj({ Type: 'Outlines', First: a, Last: b, Count: 3 }));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  return doc.save({ useObjectStreams: opts.objectStreams });
}

const HEADINGS = [
  'Key messages',
  'Objective 7 Address and reduce vulnerabilities in migration',
  '(a) Status of implementation',
];

describe('named destinations', () => {
  test('read from a plain cross-reference table', async () => {
    const bytes = await makePdf({ objectStreams: false });
    const r = readDestinationsFast(bytes);
    expect(r.pages).toBe(3);
    expect(Object.fromEntries(r.dests)).toEqual({ 'key-messages': 2, 'objective-7': 3 });
  });

  test('a file the fast reader cannot read (object streams) falls back to pdf-lib', async () => {
    const bytes = await makePdf({ objectStreams: true });
    expect(() => readDestinationsFast(bytes)).toThrow();
    const r = await readDestinations(bytes);
    expect(Object.fromEntries(r.dests)).toEqual({ 'key-messages': 2, 'objective-7': 3 });
  });
});

describe('bookmark titles', () => {
  test('mangled titles get the headings’ text, by an incremental update other readers accept', async () => {
    const bytes = await makePdf({ objectStreams: false });
    const { pdf, retitled } = retitleOutline(bytes, HEADINGS);
    expect(retitled).toBe(2);
    // the original bytes are kept: an update is appended
    expect(Buffer.from(pdf.subarray(0, bytes.length)).equals(Buffer.from(bytes))).toBe(true);
    const outline = await pdfOutline(pdf);
    expect(outline.map((o) => [o.title, o.page, o.depth])).toEqual([
      ['Key messages', 2, 0],
      ['Objective 7 Address and reduce vulnerabilities in migration', 3, 0],
      ['(a) Status of implementation', 3, 1],
    ]);
    expect(pdfInfo(tempPdf(pdf))['Pages']).toBe('3');
    // and the destinations still read after the update
    expect(Object.fromEntries(readDestinationsFast(pdf).dests)).toEqual({ 'key-messages': 2, 'objective-7': 3 });
  });

  test('right-to-left titles in visual order are matched to their heading', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const ctx = doc.context;
    const outlinesRef = ctx.nextRef();
    const a = ctx.nextRef();
    ctx.assign(
      a,
      ctx.obj({ Title: PDFHexString.fromText('1الهدف Data'), Parent: outlinesRef, Dest: [page.ref, 'Fit'] }),
    );
    ctx.assign(outlinesRef, ctx.obj({ Type: 'Outlines', First: a, Last: a, Count: 1 }));
    doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
    const bytes = await doc.save({ useObjectStreams: false });
    const { pdf } = retitleOutline(bytes, ['الهدف 1 Data']);
    expect((await pdfOutline(pdf))[0]!.title).toBe('الهدف 1 Data');
  });

  test('nothing to mend, or an unreadable file: the bytes come back unchanged', async () => {
    const bytes = await makePdf({ objectStreams: false });
    expect(retitleOutline(bytes, ['Something else']).pdf).toBe(bytes);
    const streams = await makePdf({ objectStreams: true });
    expect(retitleOutline(streams, HEADINGS)).toEqual({ pdf: streams, retitled: 0 });
  });
});
