import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from '../../src/wizard/messages.js';
import { UI_LANGS, detectUiLang } from '../../src/wizard/lang.js';

describe('wizard messages', () => {
  it('every key has English, French and Spanish text with the same placeholders', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const e = entry as Record<string, string>;
      const ph = (s: string) =>
        [...s.matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1])
          .sort()
          .join(',');
      for (const l of UI_LANGS) {
        if (typeof e[l] !== 'string' || e[l]!.trim() === '') problems.push(`${key}: no ${l}`);
        else if (ph(e[l]!) !== ph(e['en']!)) problems.push(`${key}: placeholders of ${l} differ from en`);
      }
      if (Object.keys(e).some((k) => !(UI_LANGS as readonly string[]).includes(k)))
        problems.push(`${key}: unexpected language`);
    }
    expect(problems).toEqual([]);
    expect(Object.keys(MESSAGES).length).toBeGreaterThan(100);
  });

  it('translations are not left in English by mistake (beyond a few identical words)', () => {
    const same = Object.entries(MESSAGES).filter(
      ([, e]) => (e as Record<string, string>)['fr'] === (e as Record<string, string>)['en'],
    );
    // words identical in both languages (Format, Date, Source…) only
    expect(same.every(([, e]) => (e as Record<string, string>)['en']!.split(' ').length <= 3)).toBe(true);
  });

  it('fills placeholders', () => {
    expect(translate('fr', 'cancel.saved', { file: 'a.gcm.yaml' })).toBe(
      'Enregistré dans a.gcm.yaml. Pour reprendre : gcm-review edit a.gcm.yaml',
    );
  });
});

describe('interface language from the environment', () => {
  it('LC_ALL, then LC_MESSAGES, then LANG; unknown → English', () => {
    expect(detectUiLang({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(detectUiLang({ LANG: 'es_MX.UTF-8' })).toBe('es');
    expect(detectUiLang({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES' })).toBe('es');
    expect(detectUiLang({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
    expect(detectUiLang({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(detectUiLang({ LANG: 'C.UTF-8' })).toBe('en');
    expect(detectUiLang({ LC_ALL: '', LANG: 'fr' })).toBe('fr');
    expect(detectUiLang({})).toBe('en');
  });
});
