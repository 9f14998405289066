// A key added to the schema (src/schema/generate.ts) is placed by `edit` where the schema puts it,
// without any change to src/wizard/store.ts: here the schema gains a made-up key after key_messages.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReviewStore } from '../../src/wizard/store.js';
import { tmpDir } from './script.js';

vi.mock('../../src/schema/generate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/schema/generate.js')>();
  return {
    ...real,
    buildSchema() {
      const s = real.buildSchema() as { properties: Record<string, unknown> };
      const entries = Object.entries(s.properties);
      const at = entries.findIndex(([k]) => k === 'key_messages') + 1;
      entries.splice(at, 0, ['new_part', { type: 'string' }]);
      return { ...s, properties: Object.fromEntries(entries) };
    },
  };
});

describe('a key added to the schema', () => {
  it('is written by the store right after the key the schema puts before it', async () => {
    const f = join(tmpDir(), 'n.gcm.yaml');
    writeFileSync(f, 'format_version: 1\nkey_messages: K.\nnational_context: C.\nnext_steps: N.\n');
    const s = await ReviewStore.open(f);
    await s.set(['new_part'], 'New.');
    expect(readFileSync(f, 'utf8')).toBe(
      'format_version: 1\nkey_messages: K.\nnew_part: New.\nnational_context: C.\nnext_steps: N.\n',
    );
  });
});
