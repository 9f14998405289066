// Issue 17: every `# unverified` mark of the reference file reaches what users see: starred in the
// reference commands, a `verified` flag per string in their JSON; the source of the questions
// is named; `regions` lists the commissions with their sourced member lists.
import { describe, expect, it } from 'vitest';
import { OBJECTIVES, REGIONS, STAKEHOLDERS } from '../../src/reference/index.js';
import { run, widths } from './helpers.js';

describe('unverified marks carried from the reference file', () => {
  it('keeps the marks of the four region names (ESCWA en/es, ECLAC en, ECA es)', () => {
    const marks = Object.fromEntries(REGIONS.map((r) => [r.key, [...r.unverified].sort()]));
    expect(marks).toEqual({
      ece: [],
      escwa: ['name.en', 'name.es'],
      escap: [],
      eclac: ['name.en'],
      eca: ['name.es'],
    });
  });

  it('keeps the marks of objective titles and stakeholder labels', () => {
    expect(OBJECTIVES.filter((o) => o.unverified.includes('title.fr')).map((o) => o.number)).toEqual([18, 22]);
    expect(OBJECTIVES.filter((o) => o.unverified.includes('title.es')).map((o) => o.number)).toEqual([
      3, 15, 16, 17, 20, 23,
    ]);
    expect(STAKEHOLDERS.every((s) => s.unverified.includes('label.es'))).toBe(true);
  });
});

describe('reference commands: stars and verified flags', () => {
  it('objectives --json has a verified flag per string', () => {
    const fr = JSON.parse(run(['objectives', '--json', '--lang', 'fr']).out) as {
      number: number;
      verified: { title: boolean; short: boolean; roundtable: boolean };
    }[];
    expect(fr.find((o) => o.number === 18)!.verified).toEqual({ title: false, short: true, roundtable: true });
    expect(fr.find((o) => o.number === 1)!.verified).toEqual({ title: true, short: true, roundtable: false });
  });

  it('regions stars unverified names and --json flags them', () => {
    const r = run(['regions', '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Occidental *'); // ESCWA, name wrapped over two lines
    expect(r.out).toContain('Comisión Económica para África *');
    expect(r.out).not.toContain('Europa *');
    expect(r.out).toContain('* aún no verificado en la fuente oficial');
    expect(Math.max(...widths(r.out))).toBeLessThanOrEqual(80);
    const json = JSON.parse(run(['regions', '--json']).out) as {
      key: string;
      verified: { name: boolean };
      members: string[];
      associate_members: string[];
      sources: string[];
    }[];
    expect(json.map((x) => [x.key, x.verified.name])).toEqual([
      ['ece', true],
      ['escwa', false],
      ['escap', true],
      ['eclac', false],
      ['eca', true],
    ]);
    expect(json.find((x) => x.key === 'eclac')!.associate_members).toContain('PRI');
    expect(json.every((x) => x.sources.length > 0)).toBe(true);
  });

  it('regions --verbose lists the members by their UN names', () => {
    const r = run(['regions', '--verbose']);
    expect(r.out.replace(/\s+/g, ' ')).toContain('Türkiye (TUR)');
    expect(r.out.replace(/\s+/g, ' ')).toContain('associate members: American Samoa (ASM)');
  });

  it('regions --verbose marks the members not read by name in a source, and says when the lists were compared', () => {
    const out = run(['regions', '--verbose']).out.replace(/\s+/g, ' ');
    expect(out).toContain('Djibouti (DJI) *'); // ESCWA's 21st, from the count
    expect(out).toContain('French Guiana (GUF) *');
    expect(out).toContain('members *: Afghanistan (AFG),'); // ESCAP: the whole list, marked once
    expect(out).not.toContain('Albania (ALB) *'); // ECE: read name by name
    expect(out).toContain('lists compared with these sources on 2026-11-29:');
    expect(out).toContain('* member not read by name in the sources listed');
    const json = JSON.parse(run(['regions', '--json']).out) as {
      key: string;
      checked: string;
      check_note: string;
      unverified_members: string[];
    }[];
    expect(json.find((x) => x.key === 'escwa')!.unverified_members).toEqual(['DJI']);
    expect(json.every((x) => x.checked === '2026-11-29' && x.check_note.length > 0)).toBe(true);
  });

  it('principles says whose labels they are', () => {
    const r = run(['principles', '--lang', 'en']);
    expect(r.out.replace(/\s+/g, ' ')).toContain(
      'the French and Spanish labels are the hub’s, not the wording of paragraph 15 of the resolution',
    );
  });

  it('questions stars texts that are not the source’s wording, and flags them in --json', () => {
    const fr = JSON.parse(run(['questions', '--submitter', 'iscm', '--lang', 'fr', '--json']).out) as {
      verified: { text: boolean };
    }[];
    expect(fr.every((q) => q.verified.text)).toBe(true);
    const en = JSON.parse(run(['questions', '--json']).out) as { verified: { text: boolean } }[];
    expect(en.every((q) => !q.verified.text)).toBe(true);
    expect(run(['questions']).out).toContain('* not the source’s own wording');
    expect(run(['questions', '--submitter', 'iscm', '--lang', 'fr']).out).not.toContain(' *');
  });

  it('questions --verbose names the source of (a)–(e) in one line', () => {
    const out = run(['questions', '--verbose']).out.replace(/\s+/g, ' ');
    expect(out).toContain(
      'Source of questions (a)–(e): Annex I of the concept note of 28 January 2021 for the dialogue with inter-State consultation mechanisms on the GCM regional review in the Arab region (not an annex of A/RES/73/195).',
    );
    expect(run(['questions']).out).not.toContain('Source of questions');
  });
});

describe('wording per submitter type', () => {
  it('Spanish (b) keeps the source’s structure ("principios", not "enfoques")', () => {
    const es = JSON.parse(run(['questions', '--submitter', 'iscm', '--lang', 'es', '--json']).out) as {
      letter: string;
      text: string;
    }[];
    const b = es.find((q) => q.letter === 'b')!.text;
    expect(b).toContain('incluidos los principios que movilizan al conjunto de la sociedad y del gobierno');
    expect(b).not.toContain('enfoques pansocial');
  });

  it('Spanish policy advice reads "asesoramiento sobre políticas"', () => {
    const es = JSON.parse(run(['questions', '--lang', 'es', '--json']).out) as {
      letter: string;
      text: string;
      support_areas?: { key: string; label: string }[];
    }[];
    const e = es.find((q) => q.letter === 'e')!;
    expect(e.text).toContain('asesoramiento sobre políticas');
    expect(e.support_areas!.find((a) => a.key === 'policy_advice')!.label).toBe('Asesoramiento sobre políticas');
  });

  it('stakeholders get guidance for an organisation observing implementation, not for a ministry', () => {
    const st = JSON.parse(run(['questions', '--submitter', 'stakeholder', '--lang', 'es', '--json']).out) as {
      guidance: string;
    }[];
    const all = st.map((q) => q.guidance).join(' ');
    expect(all).not.toMatch(/leyes|entre ministerios/);
    expect(all).toContain('su organización ha observado');
    const ms = JSON.parse(run(['questions', '--lang', 'es', '--json']).out) as { guidance: string }[];
    expect(ms.map((q) => q.guidance).join(' ')).toMatch(/leyes/);
  });
});
