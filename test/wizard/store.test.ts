import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReviewStore, YamlSyntaxError } from '../../src/wizard/store.js';

const HAND = `# Review of Exampleland, written by hand.
# Keep these comments!

format_version: 1

metadata:
  submitter: {type: member_state, country: MEX}   # the country
  cycle: imrf_2026
  languages: [es, en]
  date: 2025-01-02
  status: draft

# Objectives we report on
objectives:
  "7":
    # our answer to (c), folded on purpose
    gaps_and_challenges: >
      Folded text that is
      long.
    promising_practices:
      - title: 'Clinic' # a comment on the title
        partners: [a, b]
  "3":
    implementation:
      status: "Double quoted status."   # keep me
`;

function tmpFile(name: string, text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gcm-store-'));
  const f = join(dir, name);
  if (text !== undefined) writeFileSync(f, text);
  return f;
}

describe('ReviewStore on a hand-written file', () => {
  it('changes one scalar and leaves every other byte as it was', async () => {
    const f = tmpFile('h.gcm.yaml', HAND);
    const s = await ReviewStore.open(f);
    await s.set(['objectives', '3', 'implementation', 'status'], 'New status text.');
    const out = readFileSync(f, 'utf8');
    expect(out).toBe(HAND.replace('"Double quoted status."', '"New status text."'));
    expect(s.lastWrite).toBe('splice');
  });

  it('inserts a new answer at its place in the schema order, keeping comments', async () => {
    const f = tmpFile('h.gcm.yaml', HAND);
    const s = await ReviewStore.open(f);
    await s.set(['objectives', '7', 'implementation', 'status'], 'Line one.\nLine two.\n');
    const out = readFileSync(f, 'utf8');
    console.log(out);
    expect(out).toContain('# Keep these comments!');
    expect(out).toContain('# the country');
    expect(out).toContain('Folded text that is\n      long.');
    expect(out.indexOf('implementation:')).toBeLessThan(out.indexOf('# our answer to (c)'));
    expect(s.get(['objectives', '7', 'implementation', 'status'])).toBe('Line one.\nLine two.\n');
  });

  it('refuses a file that is not YAML', async () => {
    const f = tmpFile('bad.gcm.yaml', 'format_version: 1\nmetadata: [unclosed\n');
    await expect(ReviewStore.open(f)).rejects.toBeInstanceOf(YamlSyntaxError);
  });
});
