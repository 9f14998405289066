// PDF metadata (issue 15 §4): Info and XMP with title, author (the submitter), subject, keywords,
// language and the tool (no longer printed on the cover), added by an incremental update that
// every reader accepts.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addPdfMetadata } from '../../src/render/pdf-meta.js';
import { renderFiles } from '../../src/render/index.js';
import { pdfInfo, readBytes, removeTempDirs, tempDir } from '../render/helpers.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'evidence.gcm.yaml');
let pdf: string;

beforeAll(async () => {
  const dir = tempDir('gcm-meta-');
  const summary = await renderFiles([FIXTURE], { outDir: dir, lang: 'fr', version: '1.2.3' });
  expect(summary.failed).toEqual([]);
  pdf = join(dir, 'evidence.pdf');
}, 120_000);
afterAll(removeTempDirs);

describe('PDF metadata', () => {
  test('Info: title, author (the submitter), subject, keywords, creator; an XMP stream', () => {
    const info = pdfInfo(pdf);
    expect(info['Title']).toContain('Test Republic');
    expect(info['Author']).toBe('Test Republic');
    expect(info['Subject']).toBe(
      'Examen national volontaire · Deuxième Forum d’examen des migrations internationales (2026)',
    );
    expect(info['Keywords']).toContain('Pacte mondial sur les migrations; GCM');
    expect(info['Creator']).toBe('gcm-review 1.2.3'); // the version renderFiles was given
    expect(info['Metadata Stream']).toBe('yes');
    expect(info['Tagged']).toBe('yes');
  });

  test('XMP carries the title, the author, the language and the tool', () => {
    const xmp = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
    expect(xmp).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">[^<]*Test Republic/);
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Test Republic</rdf:li></rdf:Seq></dc:creator>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreatorTool>gcm-review 1.2.3</xmp:CreatorTool>');
  });

  test('pdf-lib reads the updated file: same pages, the new Info, the catalog’s metadata stream and language', async () => {
    const doc = await PDFDocument.load(readBytes(pdf), { updateMetadata: false });
    expect(doc.getPageCount()).toBe(Number(pdfInfo(pdf)['Pages']));
    expect(doc.getAuthor()).toBe('Test Republic');
    expect(doc.getKeywords()).toContain('GCM');
    expect(doc.catalog.get(PDFName.of('Metadata'))).toBeInstanceOf(PDFRef);
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(fr)');
  });

  test('the cover no longer credits the tool; it is in the metadata', () => {
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(cover).not.toMatch(/gcm-review/i);
  });

  test('bytes that are not a PDF as Chromium writes it are returned unchanged', () => {
    const junk = new TextEncoder().encode('%PDF-1.4\nnot really\n%%EOF\n');
    const meta = { title: 't', author: 'a', subject: 's', keywords: [], lang: 'en', creator: 'c' };
    expect(addPdfMetadata(junk, meta)).toBe(junk);
  });
});
