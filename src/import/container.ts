// Checks a .docx before anything parses it: Word documents come from others and may be hostile.
// A .docx is a ZIP file; this reads its central directory (no inflating yet) and refuses, with a
// message a focal point can act on: an empty file, a file that is not a ZIP, an old binary .doc,
// a password-protected document (an encrypted OLE container), a ZIP without word/document.xml,
// ZIP64 or multi-part archives, and archives that inflate to more than a bound (zip bombs). Each
// part mammoth reads is then inflated here with a hard output limit, so a lying size field
// cannot make the import inflate more than the bound either.
import { inflateRawSync } from 'node:zlib';
import { UserError } from '../diagnostics/index.js';

/** Largest .docx accepted (bytes on disk). Reviews with photos stay well under this. */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;
/** Most the XML parts of a document may inflate to, together. */
export const MAX_XML_BYTES = 160 * 1024 * 1024;
/** Highest compression ratio accepted for a part larger than 1 MB inflated. */
export const MAX_RATIO = 200;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
  flags: number;
}

const bad = (message: string, hint: string) => new UserError(message, 2, hint);

function isOle(buf: Uint8Array): boolean {
  return buf.length >= 8 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0;
}

/** "EncryptedPackage" as UTF-16LE: the stream a password-protected .docx keeps its content in. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** Reads the ZIP central directory. Throws a UserError for anything that is not a plain .docx. */
export function zipEntries(buf: Buffer, name: string): ZipEntry[] {
  if (buf.length === 0)
    throw bad(`${name} is empty (0 bytes)`, 'Choose the Word document (.docx) the review is written in.');
  if (isOle(buf)) {
    if (buf.includes(ENCRYPTED))
      throw bad(
        `${name} is protected with a password, so it cannot be read`,
        'Open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password, then clear it), save, and import again.',
      );
    throw bad(
      `${name} is an old binary Word document (.doc) or another old Office file, not a .docx`,
      'Open it in Word or LibreOffice and save it as "Word Document (.docx)", then import that file.',
    );
  }
  if (!(buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04))
    throw bad(
      `${name} is not a Word document (.docx)`,
      'gcm-review import reads .docx files written by Word, LibreOffice or Google Docs (File › Download › .docx).',
    );
  // end of central directory: within the last 65 557 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad(`${name} is damaged: it looks like a .docx but its file list is missing`, REPAIR);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || buf.readUInt16LE(eocd + 4) !== 0)
    throw bad(`${name} is a ZIP64 or multi-part archive, which a Word document never is`, REPAIR);
  if (cdOffset + cdSize > buf.length) throw bad(`${name} is damaged: its file list points past its end`, REPAIR);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50)
      throw bad(`${name} is damaged: its file list cannot be read`, REPAIR);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name: entryName, method, compressedSize, size, offset, flags });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (!entries.some((e) => e.name === 'word/document.xml'))
    throw bad(
      `${name} is a ZIP file but not a Word document (it has no word/document.xml)`,
      'Choose the .docx file itself; an Excel (.xlsx) or PowerPoint (.pptx) file cannot be imported.',
    );
  if (entries.some((e) => e.flags & 1))
    throw bad(
      `${name} has encrypted parts, so it cannot be read`,
      'Save it again from Word without a password, then import it.',
    );
  let declared = 0;
  for (const e of entries) {
    if (!isXmlPart(e.name)) continue;
    declared += e.size;
    if (declared > MAX_XML_BYTES || (e.size > 1024 * 1024 && e.size > MAX_RATIO * Math.max(1, e.compressedSize)))
      throw zipBomb(name);
  }
  return entries;
}

const REPAIR =
  'Open it in Word (which offers to repair damaged files) or LibreOffice, save it again as .docx, and import that file.';

function zipBomb(name: string): UserError {
  return bad(
    `${name} expands to far more text than any review (over ${MAX_XML_BYTES / 1024 / 1024} MB, or compressed more than ${MAX_RATIO} times): it was not read`,
    'This is what a "zip bomb" looks like. If the file is genuine, open it in Word, save it again, and import that copy.',
  );
}

/** The parts mammoth reads: XML and relationships (images are never read). */
function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/**
 * Inflates every XML part with an output limit, so what mammoth will inflate is bounded whatever
 * the sizes in the file list say. Returns the parts by name (for the document properties).
 */
export function inflateParts(
  buf: Buffer,
  entries: readonly ZipEntry[],
  name: string,
  limit = MAX_XML_BYTES,
): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  let total = 0;
  for (const e of entries) {
    if (!isXmlPart(e.name)) continue;
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50)
      throw bad(`${name} is damaged: the part ${e.name} cannot be found`, REPAIR);
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    let out: Buffer;
    if (e.method === 0) out = Buffer.from(data);
    else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: limit - total + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw zipBomb(name);
        throw bad(`${name} is damaged: the part ${e.name} cannot be unpacked`, REPAIR);
      }
    } else throw bad(`${name} uses a compression method Word does not write (${e.method})`, REPAIR);
    total += out.length;
    if (total > limit) throw zipBomb(name);
    parts.set(e.name, out);
  }
  return parts;
}
