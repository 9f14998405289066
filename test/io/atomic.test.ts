// Atomic writes on a user's file: through symbolic links, keeping the file's mode, never leaving
// half a file. `edit` saves every answer this way.
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../src/io/atomic.js';
import { ReviewStore } from '../../src/wizard/store.js';
import { MINIMAL_REVIEW } from '../support/reviews.js';

describe.each([
  ['async', writeFileAtomic],
  ['sync', async (f: string, d: string) => writeFileAtomicSync(f, d)],
] as const)('writeFileAtomic (%s)', (_name, write) => {
  test('writes through a symbolic link: the link stays a link, its target gets the content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-atomic-'));
    writeFileSync(join(dir, 'real.gcm.yaml'), 'old');
    symlinkSync('real.gcm.yaml', join(dir, 'link.gcm.yaml'));
    await write(join(dir, 'link.gcm.yaml'), 'new');
    expect(lstatSync(join(dir, 'link.gcm.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.gcm.yaml'))).toBe('real.gcm.yaml');
    expect(readFileSync(join(dir, 'real.gcm.yaml'), 'utf8')).toBe('new');
  });

  test('keeps the permission bits of the file it replaces (0600 stays 0600)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcm-atomic-'));
    const f = join(dir, 'private.gcm.yaml');
    writeFileSync(f, 'old');
    chmodSync(f, 0o600);
    await write(f, 'new');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    chmodSync(f, 0o640);
    await write(f, 'newer');
    expect(statSync(f).mode & 0o777).toBe(0o640);
  });
});

test('edit saves through a symbolic link and keeps a 0600 review private', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcm-edit-link-'));
  const real = join(dir, 'real.gcm.yaml');
  writeFileSync(real, MINIMAL_REVIEW);
  chmodSync(real, 0o600);
  symlinkSync(real, join(dir, 'review.gcm.yaml'));
  const store = await ReviewStore.open(join(dir, 'review.gcm.yaml'));
  await store.set(['key_messages'], 'Answered through the link.');
  expect(lstatSync(join(dir, 'review.gcm.yaml')).isSymbolicLink()).toBe(true);
  expect(readFileSync(real, 'utf8')).toContain('Answered through the link.');
  expect(statSync(real).mode & 0o777).toBe(0o600);
});
