// Bytes → text: strict UTF-8 decoding, then the text checks common to both parsers (BOM, old Mac
// line endings, characters YAML forbids).
import { isAscii, isUtf8 } from 'node:buffer';
import { positionAt, problem, type Position, type Problem } from './common.js';
import { vt, type ValidateKey } from '../i18n/validate/index.js';

/** At most this many control-character problems are listed one by one. */
const MAX_CHAR_PROBLEMS = 20;

// ---- bytes → text ---------------------------------------------------------------------------------

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly; a BOM is dropped. On bad bytes, says where the first one is (in `lang`). */
export function decodeText(bytes: Uint8Array, lang = 'en'): { text: string } | { problem: Problem } {
  if (isUtf8(bytes)) return { text: decodeValidUtf8(bytes) };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    // lines as the rest of the checks count them: a carriage return alone ends a line too
    const lines = before.replace(/\r(?!\n)/g, '\n').split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    const byte = bytes[offset]?.toString(16).padStart(2, '0').toUpperCase();
    const utf16 =
      bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return {
      problem: problem(
        'encoding',
        utf16 ? vt(lang, 'encoding.utf16') : vt(lang, 'encoding.invalid', { byte: byte ?? '??', line, column }),
        utf16 ? { line: 1, column: 1 } : { line, column },
        vt(lang, 'encoding.hint'),
      ),
    };
  }
}

/** Bytes decoded at a time by decodeValidUtf8. */
const PIECE = 512;

/**
 * What the strict decoder gives for bytes already known to be valid UTF-8 (a leading BOM dropped),
 * in about half the time: Node's UTF-8 decoding is slow for text that is not all ASCII, and a
 * review is ASCII but for a few quotes, dashes or names. So the text is decoded in pieces of about
 * 512 bytes (never splitting a character), those that are all ASCII as Latin-1 (a copy).
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (isAscii(b)) return b.toString('latin1', start);
  let text = '';
  for (let i = start; i < b.length;) {
    let end = Math.min(i + PIECE, b.length);
    // back to the first byte of a character (a continuation byte is 10xxxxxx)
    while (end < b.length && (b[end]! & 0xc0) === 0x80) end--;
    text += b.toString(isAscii(b.subarray(i, end)) ? 'latin1' : 'utf8', i, end);
    i = end;
  }
  return text;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined) return i;
      if (k === 1 ? cc < lo || cc > hi : (cc & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}

// ---- text checks common to both paths ---------------------------------------------------------------

/**
 * Characters YAML does not allow in a file (C0 and C1 controls other than tab, line feed, carriage
 * return and NEL; DEL; U+FFFE/U+FFFF; unpaired surrogates). They are invisible in most editors and
 * usually come from copying text out of Word or a PDF.
 */
const FORBIDDEN_CHAR =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The same characters plus every surrogate, without look-arounds: a quick scan that rules most files out. */
const MAYBE_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

const CHAR_NAMES: Record<number, ValidateKey> = {
  0x00: 'char.nul',
  0x0b: 'char.verticalTab',
  0x0c: 'char.formFeed',
  0x1b: 'char.escape',
  0x7f: 'char.delete',
};

/**
 * Prepares decoded text for parsing: a leading BOM is dropped and old Mac line endings (a carriage
 * return alone) become line feeds, which keeps every line:column the same. Characters YAML forbids
 * are reported, each where it is.
 */
export function prepareText(input: string, lang = 'en'): { text: string; problems: Problem[] } {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  const problems: Problem[] = [];
  if (!MAYBE_FORBIDDEN.test(text)) return { text, problems };
  FORBIDDEN_CHAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  let count = 0;
  let last: Position | undefined;
  while ((m = FORBIDDEN_CHAR.exec(text))) {
    count++;
    if (count > MAX_CHAR_PROBLEMS) continue;
    const code = m[0].charCodeAt(0);
    const named = CHAR_NAMES[code];
    const name = named
      ? vt(lang, named)
      : vt(lang, code >= 0xd800 && code <= 0xdfff ? 'char.surrogate' : 'char.control', { code: hex(code) });
    last = positionAt(text, m.index);
    problems.push(
      problem('control-character', vt(lang, 'char.forbidden', { name }), last, vt(lang, 'char.forbidden.hint')),
    );
  }
  if (count > MAX_CHAR_PROBLEMS && last) {
    problems.push(problem('control-character', vt(lang, 'char.more', { n: count - MAX_CHAR_PROBLEMS }), last));
  }
  return { text, problems };
}

function hex(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}
