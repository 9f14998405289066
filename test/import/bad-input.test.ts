// `gcm-review import` on files that are not a usable Word document, through the built CLI: a clear
// message, exit 2, nothing written; an existing output file is never replaced without --force.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { inflateParts, zipEntries } from '../../src/import/container.js';
import { ROOT, tmp } from './helpers.js';

const BIN = join(ROOT, 'bin/gcm-review.js');
function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A ZIP with the given entries; `declared` overrides the uncompressed size written in the file list. */
function zip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const comp = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(comp.length, 18);
    h.writeUInt32LE(e.declared ?? e.data.length, 22);
    h.writeUInt16LE(name.length, 26);
    local.push(h, name, comp);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(comp.length, 20);
    c.writeUInt32LE(e.declared ?? e.data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('import: bad input gets a clear message, exit 2, and nothing written', () => {
  const cases: [string, (file: string) => void, RegExp][] = [
    [
      'a text file named .docx',
      (f) => writeFileSync(f, 'Objective 1\nThis is plain text.\n'),
      /is not a Word document \(\.docx\)/,
    ],
    [
      'an old binary Word document (.doc)',
      (f) => writeFileSync(f, Buffer.concat([OLE, Buffer.alloc(2000, 0), Buffer.from('WordDocument', 'utf16le')])),
      /old binary Word document \(\.doc\)[\s\S]*save it as "Word Document \(\.docx\)"/,
    ],
    [
      'a password-protected document',
      (f) =>
        writeFileSync(
          f,
          Buffer.concat([OLE, Buffer.alloc(1000, 0), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)]),
        ),
      /protected with a password[\s\S]*remove the password/,
    ],
    [
      'a zip bomb (a part that says it inflates to 4 GB)',
      (f) =>
        writeFileSync(f, zip([{ name: 'word/document.xml', data: Buffer.alloc(100_000, 32), declared: 0xfffffff0 }])),
      /expands to far more text than any review[\s\S]*zip bomb/,
    ],
    ['an empty file', (f) => writeFileSync(f, ''), /is empty \(0 bytes\)/],
    ['a pipe named .docx (never waited on)', (f) => spawnSync('mkfifo', [f]), /not a regular file/],
    [
      'a ZIP that is not a Word document',
      (f) => writeFileSync(f, zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }])),
      /ZIP file but not a Word document/,
    ],
    [
      'a 200 MB file',
      (f) => {
        const fd = openSync(f, 'w');
        ftruncateSync(fd, 200 * 1024 * 1024);
        closeSync(fd);
      },
      /too large to be a review \(more than 64 MB\)/,
    ],
  ];
  it.each(cases)('%s', (_name, make, message) => {
    const dir = tmp();
    const file = join(dir, 'review.docx');
    make(file);
    const r = run(['import', 'review.docx'], dir);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/at .*\.js:\d+|internal error/);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['review.docx']);
  });

  it('a Word document with no text at all', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'blank.docx'),
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })),
    );
    const r = run(['import', 'blank.docx'], dir);
    expect(r.err).toMatch(/blank\.docx has no text to import/);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'blank.gcm.yaml'))).toBe(false);
  });

  it('a part that lies about its size is stopped while inflating, not after', () => {
    const buf = zip([{ name: 'word/document.xml', data: Buffer.alloc(4_000_000, 32), declared: 1000 }]);
    const entries = zipEntries(buf, 'lies.docx');
    expect(() => inflateParts(buf, entries, 'lies.docx', 1_000_000)).toThrow(/expands to far more text/);
  });
});

describe('import: the output file', () => {
  it('is never replaced without --force; with --force it is', async () => {
    const dir = tmp();
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Objective 3', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '(a) Status of implementation', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('Text.'),
          ],
        },
      ],
    });
    writeFileSync(join(dir, 'r.docx'), await Packer.toBuffer(doc));
    writeFileSync(join(dir, 'r.gcm.yaml'), 'my own work\n');
    const r = run(['import', 'r.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/r\.gcm\.yaml already exists: it was not replaced[\s\S]*--force/);
    expect(readFileSync(join(dir, 'r.gcm.yaml'), 'utf8')).toBe('my own work\n');
    const f = run(['import', 'r.docx', '--force', '--country', 'MEX'], dir);
    expect(f.code).toBe(0);
    expect(readFileSync(join(dir, 'r.gcm.yaml'), 'utf8')).toContain('format_version: 1');
    // -o names another file
    const o = run(['import', 'r.docx', '-o', 'other.gcm.yaml', '--country', 'MEX'], dir);
    expect(o.code).toBe(0);
    expect(o.out).toMatch(/Imported r\.docx → other\.gcm\.yaml/);
    expect(o.out).toMatch(/Objectives:\n\s+3 {2}questions \(a\)/);
    expect(o.out).toMatch(/Next: gcm-review edit other\.gcm\.yaml/);
  });

  it('exit 1 with the fix to make when the document does not say which country it is from', async () => {
    const dir = tmp();
    const doc = new Document({
      sections: [{ children: [new Paragraph({ text: 'Objective 3', heading: HeadingLevel.HEADING_1 })] }],
    });
    writeFileSync(join(dir, 'x.docx'), await Packer.toBuffer(doc));
    const r = run(['import', 'x.docx'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/The file still needs a fix:[\s\S]*country/);
    expect(existsSync(join(dir, 'x.gcm.yaml'))).toBe(true);
  });
});
