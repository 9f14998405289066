// The README's example of the issue 9 parts is a valid review, and it uses each part it describes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/validate/index.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

describe('README: more of what real reviews contain', () => {
  it('its example is valid and uses every part it documents', () => {
    const m = /### More of what real reviews contain[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme);
    expect(m).not.toBeNull();
    const r = checkText('README.md parts example', m![1]!);
    expect(r.diagnostics).toEqual([]);
    const review = r.review!;
    expect(review.metadata.review_number).toBe(2);
    expect(review.profile?.custom).toHaveLength(1);
    expect(review.methodology?.consultations?.[0]?.kind).toBe('validation_workshop');
    expect(review.crisis_impact).toHaveLength(1);
    for (const k of ['executive_summary', 'policy_framework', 'means_of_implementation', 'disclaimer'] as const)
      expect(review[k], k).toBeTruthy();
    expect(r.extensions).toEqual(['objectives.1.x-owner']);
  });

  it('documents render --public', () => {
    expect(readme).toContain('gcm-review render review.gcm.yaml --public');
  });
});
