// The blocking file reader of the validation pool's threads (readReviewFileSync) answers exactly as
// the reader every command uses (readReviewFile): the same bytes, the same refusals, the same cap.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readReviewFile, readReviewFileSync, type ReadResult } from '../../src/io/read.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-read-sync-'));
  writeFileSync(join(dir, 'small.gcm.yaml'), 'format_version: 1\n');
  writeFileSync(join(dir, 'empty.gcm.yaml'), '');
  writeFileSync(join(dir, 'big.gcm.yaml'), Buffer.alloc(3 * 1024 * 1024 + 17, 0x61));
  writeFileSync(join(dir, 'cap.gcm.yaml'), Buffer.alloc(5000, 0x62));
  mkdirSync(join(dir, 'folder.gcm.yaml'));
  execFileSync('mkfifo', [join(dir, 'fifo.gcm.yaml')]);
  symlinkSync('/dev/zero', join(dir, 'zero.gcm.yaml'));
});

const describeResult = (r: ReadResult) =>
  'problem' in r ? { problem: r.problem } : { bytes: r.bytes.toString('base64'), length: r.bytes.length };

describe('readReviewFileSync', () => {
  const cases: [string, number | undefined][] = [
    ['small.gcm.yaml', undefined],
    ['empty.gcm.yaml', undefined],
    ['big.gcm.yaml', undefined], // over one read's 1 MB
    ['big.gcm.yaml', 1024 * 1024], // over the cap by its size
    ['cap.gcm.yaml', 5000], // exactly at the cap
    ['cap.gcm.yaml', 4999], // one byte over
    ['missing.gcm.yaml', undefined],
    ['folder.gcm.yaml', undefined],
    ['fifo.gcm.yaml', undefined], // refused at once, without waiting for a writer
    ['zero.gcm.yaml', undefined], // a device
  ];
  test.each(cases)('%s (cap %s): the same answer as readReviewFile', async (name, maxBytes) => {
    const opts = maxBytes === undefined ? {} : { maxBytes };
    const sync = readReviewFileSync(join(dir, name), opts);
    const async = await readReviewFile(join(dir, name), opts);
    expect(describeResult(sync)).toEqual(describeResult(async));
  });

  test('a file whose size says 0 but that has content (/proc) is read in full, within the cap', async () => {
    const sync = readReviewFileSync('/proc/self/mountinfo');
    expect('bytes' in sync && sync.bytes.length).toBeGreaterThan(0);
    const capped = readReviewFileSync('/proc/self/mountinfo', { maxBytes: 10 });
    expect('problem' in capped && capped.problem.code).toBe('too-large');
  });
});
