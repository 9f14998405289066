// Helpers of the font tests: a machine without Noto (fontconfig), and the fonts an HTML report carries.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fontconfig setup that knows only DejaVu: a machine without Noto. */
export function noNotoFontconfig(dir: string): string {
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <dir>/usr/share/fonts/truetype/dejavu</dir>\n  <cachedir>${join(dir, 'fc-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return conf;
}

interface Embedded {
  family: string;
  weight: string;
  style: string;
  bytes: Buffer;
}
/** The @font-face rules of a report, their fonts decoded. */
export function embeddedFonts(html: string): Embedded[] {
  const out: Embedded[] = [];
  for (const m of html.matchAll(
    /@font-face \{ font-family: "([^"]+)"; font-style: (\w+); font-weight: ([\d ]+); src: url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\)/g,
  ))
    out.push({ family: m[1]!, style: m[2]!, weight: m[3]!, bytes: Buffer.from(m[4]!, 'base64') });
  return out;
}
