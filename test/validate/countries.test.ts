// The country checks the schema cannot express: Member State reviews name a UN Member State, and
// the country belongs to the regional commission named in `region` (a warning, not an error).
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/validate/index.js';

const review = (submitter: string, region?: string) =>
  `format_version: 1
metadata:
  submitter: ${submitter}
  cycle: imrf_2026
${region ? `  region: ${region}\n` : ''}  languages: [en]
  status: draft
`;

describe('Member State country', () => {
  it('refuses Antarctica (ATA) for a Member State review, with a way to fix it', () => {
    const r = checkText('f', review('{type: member_state, country: ATA}'));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'not-member-state',
      line: 3,
      path: ['metadata', 'submitter', 'country'],
    });
    expect(r.diagnostics[0]!.message).toContain('“ATA” (Antarctica) is not a UN Member State');
    expect(r.diagnostics[0]!.hint).toMatch(/193 UN Member States.*QMA–QZZ or XAA–XZZ/);
    expect(r.readiness).toBeUndefined();
  });

  it('accepts a territory for a Member State review with a warning that names what it is', () => {
    const r = checkText('f', review('{type: member_state, country: PRI}', 'eclac'));
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'territory']]);
    expect(r.diagnostics[0]!.message).toContain('Puerto Rico) is a territory, not a UN Member State');
    expect(r.readiness).toBeDefined();
  });

  it('accepts an observer State (State of Palestine in ESCWA) without a finding', () => {
    expect(checkText('f', review('{type: member_state, country: PSE}', 'escwa')).diagnostics).toEqual([]);
  });

  it('accepts fictional codes QMA–QZZ and XAA–XZZ, with or without a region', () => {
    expect(checkText('f', review('{type: member_state, country: QZZ, name: Maravia}', 'ece')).diagnostics).toEqual([]);
    expect(checkText('f', review('{type: member_state, country: XAB, name: Test}')).diagnostics).toEqual([]);
  });

  it('does not apply the Member State rule to other submitters', () => {
    expect(
      checkText('f', review('{type: stakeholder, name: Polar Institute, category: academia, country: ATA}', 'ece'))
        .diagnostics,
    ).toEqual([]);
  });
});

describe('regional commission membership', () => {
  it('warns when a Member State is not a member of the commission in `region`, naming the right one', () => {
    const r = checkText('f', review('{type: member_state, country: BRA}', 'ece'));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'region-membership', line: 5 });
    expect(r.diagnostics[0]!.message).toBe(
      'About this review › region: Brazil is not a member of the Economic Commission for Europe (ECE). Brazil belongs to the Economic Commission for Latin America and the Caribbean (ECLAC).',
    );
    expect(r.diagnostics[0]!.hint).toContain('`eclac`');
    expect(r.readiness).toBeDefined(); // still valid
  });

  it('takes membership of several commissions into account', () => {
    for (const region of ['ece', 'escap', 'eclac'])
      expect(checkText('f', review('{type: member_state, country: FRA}', region)).diagnostics).toEqual([]);
    expect(checkText('f', review('{type: member_state, country: EGY}', 'escwa')).diagnostics).toEqual([]);
    expect(checkText('f', review('{type: member_state, country: EGY}', 'eca')).diagnostics).toEqual([]);
    expect(checkText('f', review('{type: member_state, country: EGY}', 'escap')).diagnostics).toHaveLength(1);
  });

  it('gives the same verdict on the fast and the precise path', () => {
    const text = review('{type: member_state, country: BRA}', 'ece');
    expect(checkText('f', text, { precise: true }).diagnostics).toEqual(checkText('f', text).diagnostics);
  });
});
