// `gcm-review validate` on country problems, end to end (the built binary): a Member State review
// naming Antarctica fails with a clear message (exit 1); one from Brazil filed under the ECE is
// valid with a warning (exit 0, or 1 with --fail-on warning); JSON carries both.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runBin } from '../ecosystem/helpers.js';

const review = (country: string, region: string) => `format_version: 1
metadata:
  submitter: {type: member_state, country: ${country}}
  cycle: imrf_2026
  region: ${region}
  languages: [en]
  status: draft
`;

let dir: string;
const run = (args: string[]) => runBin(['validate', ...args], { cwd: dir });
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcm-validate-countries-'));
  writeFileSync(join(dir, 'ata.gcm.yaml'), review('ATA', 'ece'));
  writeFileSync(join(dir, 'bra.gcm.yaml'), review('BRA', 'ece'));
  writeFileSync(join(dir, 'fra.gcm.yaml'), review('FRA', 'eclac'));
});

describe('validate: countries and commissions', () => {
  it('a Member State review with country ATA fails with a clear message at its line', () => {
    const r = run(['ata.gcm.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'ata.gcm.yaml:3:44: error: About this review › submitter › country: “ATA” (Antarctica) is not a UN Member State, and a Member State review must name one.',
    );
    expect(r.out).toMatch(/QMA–QZZ or XAA–XZZ/);
  });

  it('country BRA with region ece is valid with a warning naming the right commission', () => {
    const r = run(['bra.gcm.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'bra.gcm.yaml:5:11: warning: About this review › region: Brazil is not a member of the Economic Commission for Europe (ECE). Brazil belongs to the Economic Commission for Latin America and the Caribbean (ECLAC).',
    );
    expect(run(['--fail-on', 'warning', 'bra.gcm.yaml']).code).toBe(1);
  });

  it('a State in several commissions (France in ECLAC) raises nothing', () => {
    const r = run(['fra.gcm.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('region-membership');
    expect(r.out).not.toMatch(/warning: .*region/);
  });

  it('JSON output carries the stable codes', () => {
    const r = run(['--format', 'json', 'ata.gcm.yaml', 'bra.gcm.yaml']);
    const codes = (JSON.parse(r.out) as { files: { diagnostics: { code: string; severity: string }[] }[] }).files.map(
      (f) => f.diagnostics.map((d) => `${d.severity}:${d.code}`),
    );
    // (the draft's readiness notes come as "not-ready" warnings after it)
    expect(codes.map((c) => c.filter((x) => !x.endsWith(':not-ready')))).toEqual([
      ['error:not-member-state'],
      ['warning:region-membership'],
    ]);
  });
});
