// `synthesize --region` picks reviews with the same commission member lists that `validate` checks
// `region` against (src/reference/countries.ts).
import { describe, expect, it } from 'vitest';
import { inRegion, synthesize } from '../../src/synthesis/index.js';
import type { Review } from '../../src/schema/types.js';

const review = (submitter: Review['metadata']['submitter'], region?: string): Review => ({
  format_version: 1,
  metadata: { submitter, cycle: 'imrf_2026', ...(region ? { region } : {}), languages: ['en'], status: 'final' },
});

describe('synthesize --region', () => {
  it('takes a review’s own `region` when it gives one, even for a country outside that commission', () => {
    expect(inRegion(review({ type: 'member_state', country: 'BRA' }, 'ece'), 'ece')).toBe(true);
    expect(inRegion(review({ type: 'member_state', country: 'BRA' }, 'ece'), 'eclac')).toBe(false);
  });

  it('places a Member State review without `region` in every commission its country belongs to', () => {
    const fra = review({ type: 'member_state', country: 'FRA' });
    expect(['ece', 'escap', 'eclac', 'eca', 'escwa'].filter((k) => inRegion(fra, k))).toEqual([
      'ece',
      'escap',
      'eclac',
    ]);
    expect(inRegion(review({ type: 'member_state', country: 'PRI' }), 'eclac')).toBe(true); // associate member
    expect(inRegion(review({ type: 'member_state', country: 'QMA', name: 'Maravia' }), 'ece')).toBe(false);
    expect(inRegion(review({ type: 'stakeholder', name: 'Network', category: 'academia' }), 'ece')).toBe(false);
  });

  it('filters the synthesis with that rule', () => {
    const inputs = [
      { file: 'sen.gcm.yaml', review: review({ type: 'member_state', country: 'SEN' }) },
      { file: 'egy.gcm.yaml', review: review({ type: 'member_state', country: 'EGY' }) },
      { file: 'mex.gcm.yaml', review: review({ type: 'member_state', country: 'MEX' }, 'eclac') },
    ];
    expect(synthesize(inputs, { region: 'eca' }).reviews.map((r) => r.file)).toEqual(['sen.gcm.yaml', 'egy.gcm.yaml']);
    expect(synthesize(inputs, { region: 'escwa' }).reviews.map((r) => r.file)).toEqual(['egy.gcm.yaml']);
    expect(synthesize(inputs, { region: 'eclac' }).reviews.map((r) => r.file)).toEqual(['mex.gcm.yaml']);
  });
});
