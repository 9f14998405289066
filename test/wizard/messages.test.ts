import { describe, expect, it } from 'vitest';
import { WIZARD_TEXTS, translate } from '../../src/wizard/messages.js';
import { UI_LANGS, detectUiLang } from '../../src/wizard/lang.js';

describe('wizard messages', () => {
  // completeness across languages is checked for every catalog in test/i18n/catalogs.test.ts
  it('the wizard has its own texts in English, French and Spanish (more than 100 keys)', () => {
    expect(WIZARD_TEXTS.keys().length).toBeGreaterThan(100);
    for (const l of UI_LANGS) expect(typeof WIZARD_TEXTS.table(l)).toBe('object');
  });

  it('translations are not left in English by mistake (beyond a few identical words)', () => {
    const fr = WIZARD_TEXTS.table('fr') as Record<string, string>;
    const same = WIZARD_TEXTS.keys().filter((k) => fr[k] === WIZARD_TEXTS.en[k]);
    // words identical in both languages (Format, Date, Source…) only
    expect(same.every((k) => WIZARD_TEXTS.en[k].split(' ').length <= 3)).toBe(true);
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
