// Text from a file on its way to a terminal or a log: control characters made visible. A review
// (or a file posing as one) could otherwise retitle the terminal window, move the cursor, hide
// lines or reorder text with an escape sequence or a bidirectional override in a value or a key.

/**
 * C0 and C1 controls (but tab and, unless `lineBreaks` is false, line feed), DEL, the Unicode line
 * and paragraph separators, and the bidirectional embedding, override and isolate characters.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_WITH_LF = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** "\u{1B}]2;x\u{7}" for ESC ] 2 ; x BEL: shown, never executed. Line feeds kept unless `oneLine`. */
export function escapeControl(s: string, oneLine = false): string {
  const re = oneLine ? UNSAFE_WITH_LF : UNSAFE;
  re.lastIndex = 0;
  if (!re.test(s)) return s;
  re.lastIndex = 0;
  return s.replace(re, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}}`);
}
