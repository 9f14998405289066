import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReviewStore, YamlSyntaxError } from '../../src/wizard/store.js';
import { tmpDir } from './script.js';

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
  const f = join(tmpDir(), name);
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

describe('ReviewStore: more shapes of hand-written files', () => {
  it('removing an answer removes its lines only; emptied containers go, an emptied objective stays chosen ({})', async () => {
    const text = `format_version: 1
objectives:
  "7":
    implementation:
      status: Only this.   # comment
  "8":
    gaps_and_challenges: G.
    next_steps: N.
`;
    const f = tmpFile('d.gcm.yaml', text);
    const s = await ReviewStore.open(f);
    await s.delete(['objectives', '8', 'next_steps']);
    expect(readFileSync(f, 'utf8')).toBe(text.replace('    next_steps: N.\n', ''));
    expect(s.lastWrite).toBe('splice');
    await s.delete(['objectives', '7', 'implementation', 'status']);
    expect(s.get(['objectives', '7'])).toEqual({});
    expect(readFileSync(f, 'utf8')).toContain('"7": {}');
    // and the {} objective takes answers again as a block map
    await s.set(['objectives', '7', 'gaps_and_challenges'], 'Two\nlines\n');
    expect(readFileSync(f, 'utf8')).toContain('  "7":\n    gaps_and_challenges: |\n      Two\n      lines\n  "8":');
  });

  it('keeps 4-space indentation, unindented lists and CRLF line ends', async () => {
    const text = [
      'format_version: 1',
      'metadata:',
      '    submitter:',
      '        type: member_state',
      '        country: MEX',
      '    languages:',
      '    - es',
      '    status: draft',
      '',
    ].join('\r\n');
    const f = tmpFile('crlf.gcm.yaml', text);
    const s = await ReviewStore.open(f);
    await s.set(['metadata', 'cycle'], 'imrf_2026');
    await s.set(['metadata', 'languages', 1], 'en');
    const out = readFileSync(f, 'utf8');
    expect(out).toBe(
      [
        'format_version: 1',
        'metadata:',
        '    submitter:',
        '        type: member_state',
        '        country: MEX',
        '    cycle: imrf_2026',
        '    languages:',
        '    - es',
        '    - en',
        '    status: draft',
        '',
      ].join('\r\n'),
    );
  });

  it('falls back to the Document API when a splice is not possible, still keeping comments', async () => {
    const text = `# top comment
format_version: 1
metadata: {submitter: {type: member_state, country: MEX}, cycle: imrf_2026, languages: [en], status: draft}  # all in one line
`;
    const f = tmpFile('flow.gcm.yaml', text);
    const s = await ReviewStore.open(f);
    await s.set(['metadata', 'region'], 'eclac');
    const out = readFileSync(f, 'utf8');
    expect(out).toContain('# top comment');
    expect(out).toContain('# all in one line');
    expect(s.get(['metadata'])).toEqual({
      submitter: { type: 'member_state', country: 'MEX' },
      cycle: 'imrf_2026',
      region: 'eclac',
      languages: ['en'],
      status: 'draft',
    });
  });

  it('a change made to the file by another program meanwhile is kept, not overwritten', async () => {
    const f = tmpFile('ext.gcm.yaml', 'format_version: 1\nkey_messages: Old.\n');
    let told = 0;
    const s = await ReviewStore.open(f, { onExternalChange: () => told++ });
    writeFileSync(f, 'format_version: 1\nkey_messages: Written in another editor.\n');
    await s.set(['next_steps'], 'Next.');
    expect(readFileSync(f, 'utf8')).toBe(
      'format_version: 1\nkey_messages: Written in another editor.\nnext_steps: Next.\n',
    );
    expect(told).toBe(1);
  });

  it('if another program left the file broken, nothing is written and the error says where', async () => {
    const f = tmpFile('ext2.gcm.yaml', 'format_version: 1\n');
    const s = await ReviewStore.open(f);
    writeFileSync(f, 'format_version: 1\nkey: [broken\n');
    await expect(s.set(['next_steps'], 'x')).rejects.toBeInstanceOf(YamlSyntaxError);
    expect(readFileSync(f, 'utf8')).toBe('format_version: 1\nkey: [broken\n');
  });

  it('a new file starts with the schema comment; dates stay YAML 1.2 strings; numbers-as-text are quoted', async () => {
    const f = join(tmpDir(), 'n.gcm.yaml');
    const s = ReviewStore.create(f, 'https://example.org/s.json');
    expect(existsSync(f)).toBe(false);
    await s.set(['metadata'], { submitter: { type: 'member_state' }, status: 'draft' });
    await s.set(['metadata', 'date'], '2025-01-31');
    await s.set(['objectives', '7', 'implementation', 'statistics', 0], { indicator: 'X', value: '12', year: 2024 });
    const out = readFileSync(f, 'utf8');
    expect(out.startsWith('# yaml-language-server: $schema=https://example.org/s.json\n')).toBe(true);
    expect(out).toContain('  date: 2025-01-31\n');
    expect(out).toContain('value: "12"');
    expect(s.get(['objectives', '7', 'implementation', 'statistics', 0, 'value'])).toBe('12');
  });

  it('writes atomically: no temporary file is left beside the review', async () => {
    const dir = tmpDir();
    const f = join(dir, 'a.gcm.yaml');
    writeFileSync(f, 'format_version: 1\n');
    const s = await ReviewStore.open(f);
    for (let i = 0; i < 5; i++) await s.set(['key_messages'], `Version ${i}.`);
    expect(readdirSync(dir)).toEqual(['a.gcm.yaml']);
  });
});
