// Document metadata of a printed report (issue 15 §4): an Info dictionary and an XMP metadata
// stream with the title, the author (the submitter), the subject, keywords, the language and the
// tool that made it (the credit the cover no longer carries). Added to Chromium's PDF by an
// incremental update (new Info, metadata stream and catalog appended), so the file is not parsed
// or rewritten: about a millisecond for a 40-page report. A file not laid out as expected is
// returned unchanged.

import { finishTags, type TagFinish } from './pdf-tags.js';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language of the document. */
  lang: string;
  /** e.g. "gcm-review 0.4.0". */
  creator: string;
  /** Artifacts and link descriptions for the tagged structure (pdf-tags.ts), done first. */
  tags?: TagFinish;
}

function textHex(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function xml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** PDF date "D:20260429093000Z" → XMP "2026-04-29T09:30:00Z". */
function xmpDate(pdfDate: string | undefined): string | undefined {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(pdfDate ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

export function xmpPacket(m: PdfMeta, producer: string, created?: string): string {
  const date = created ? `<xmp:CreateDate>${created}</xmp:CreateDate><xmp:ModifyDate>${created}</xmp:ModifyDate>` : '';
  return (
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">` +
    `<dc:format>application/pdf</dc:format>` +
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(m.title)}</rdf:li></rdf:Alt></dc:title>` +
    `<dc:creator><rdf:Seq><rdf:li>${xml(m.author)}</rdf:li></rdf:Seq></dc:creator>` +
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(m.subject)}</rdf:li></rdf:Alt></dc:description>` +
    `<dc:subject><rdf:Bag>${m.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>` +
    `<dc:language><rdf:Bag><rdf:li>${xml(m.lang)}</rdf:li></rdf:Bag></dc:language>` +
    `<pdf:Keywords>${xml(m.keywords.join('; '))}</pdf:Keywords><pdf:Producer>${xml(producer)}</pdf:Producer>` +
    `<xmp:CreatorTool>${xml(m.creator)}</xmp:CreatorTool>${date}` +
    `</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>`
  );
}

/** The tagged structure's finish (artifacts, link descriptions; see pdf-tags.ts), then the metadata. */
export function finishPdf(bytes: Uint8Array, m: PdfMeta): Uint8Array {
  const tagged = m.tags ? finishTags(bytes, m.tags).pdf : bytes;
  return addPdfMetadata(tagged, m);
}

/** The bytes with the metadata added (or the bytes unchanged when the file is not as expected). */
export function addPdfMetadata(bytes: Uint8Array, m: PdfMeta): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tail = buf.subarray(Math.max(0, buf.length - 4096)).toString('latin1');
  const end = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!end) return bytes;
  const trailer = end[1]!;
  const prev = Number(end[2]);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = Number(/\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]);
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  if (!size || !root) return bytes;
  // objects are found from the end of the file (the latest version of each), without decoding it all
  const objBody = (n: number): string | undefined => {
    const at = buf.lastIndexOf(`\n${n} 0 obj`, undefined, 'latin1');
    if (at < 0) return undefined;
    const stop = buf.indexOf('endobj', at, 'latin1');
    if (stop < 0) return undefined;
    const body = buf.toString('latin1', at, stop);
    return body.slice(body.indexOf('obj') + 3).trim();
  };
  const catalog = objBody(root);
  if (!catalog || !catalog.startsWith('<<') || !catalog.endsWith('>>') || !/\/Type\s*\/Catalog/.test(catalog))
    return bytes;
  const oldInfo = info ? (objBody(Number(info)) ?? '') : '';
  const keep = (key: string) =>
    /\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>/.exec(oldInfo.split(`/${key}`)[1] ?? '')?.[0];
  const producerRaw = keep('Producer');
  const producer = producerRaw?.startsWith('(') ? producerRaw.slice(1, -1) : 'Skia/PDF';
  const created = keep('CreationDate');
  const infoN = size;
  const metaN = size + 1;
  const newInfo =
    `<< /Title ${textHex(m.title)} /Author ${textHex(m.author)} /Subject ${textHex(m.subject)}` +
    ` /Keywords ${textHex(m.keywords.join('; '))} /Creator ${textHex(m.creator)}` +
    (producerRaw ? ` /Producer ${producerRaw}` : '') +
    (created ? ` /CreationDate ${created} /ModDate ${created}` : '') +
    ' >>';
  let newCatalog = catalog.slice(0, -2).replace(/\/Metadata\s+\d+\s+0\s+R/, '');
  if (!/\/Lang\s*\(/.test(newCatalog)) newCatalog += ` /Lang ${textHex(m.lang)}`;
  newCatalog += ` /Metadata ${metaN} 0 R>>`;
  const xmp = Buffer.from(
    xmpPacket(m, producer, xmpDate(created?.startsWith('(') ? created.slice(1, -1) : undefined)),
    'utf8',
  );

  const parts: Buffer[] = [];
  let offset = buf.length;
  const push = (b: Buffer | string) => {
    const x = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(x);
    offset += x.length;
  };
  if (buf[buf.length - 1] !== 0x0a) push('\n');
  const at: Record<number, number> = {};
  at[root] = offset;
  push(`${root} 0 obj\n${newCatalog}\nendobj\n`);
  at[infoN] = offset;
  push(`${infoN} 0 obj\n${newInfo}\nendobj\n`);
  at[metaN] = offset;
  push(`${metaN} 0 obj\n<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n`);
  push(xmp);
  push('\nendstream\nendobj\n');
  const xrefAt = offset;
  const entry = (n: number) => `${n} 1\n${String(at[n]).padStart(10, '0')} 00000 n\r\n`;
  const rows = [root, infoN, metaN].sort((a, b) => a - b);
  push(`xref\n${rows.map(entry).join('')}`);
  push(
    `trailer\n<< /Size ${metaN + 1} /Root ${root} 0 R /Info ${infoN} 0 R${id ? ` /ID ${id}` : ''} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
  );
  const out = Buffer.concat([buf, ...parts]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
