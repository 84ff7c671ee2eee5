// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDelta, formatMoney } from '../format.ts';
import { i18nState, initialLang, LANG_STORAGE_KEY, linkLang, parseLang, setLang, translate } from './i18n.ts';

afterEach(async () => {
  await setLang('en');
  window.localStorage.clear();
  window.location.hash = '';
});

describe('i18n', () => {
  it('reads languages leniently and ignores unknown ones', () => {
    expect(parseLang('es-MX')).toBe('es');
    expect(parseLang('EN')).toBe('en');
    expect(parseLang('fr')).toBeUndefined();
    expect(parseLang(42)).toBeUndefined();
    expect(linkLang('#/design/standing-desk/1?s=1&c=e30&l=es')).toBe('es');
    expect(linkLang('#/design/standing-desk/1?s=1&c=e30&l=%3Cx%3E')).toBeUndefined();
    expect(linkLang('#/')).toBeUndefined();
  });

  it('starts in a link’s language, else the stored one, else the browser’s', () => {
    expect(initialLang()).toBe(parseLang(window.navigator.language) ?? 'en');
    window.localStorage.setItem(LANG_STORAGE_KEY, 'es');
    expect(initialLang()).toBe('es');
    window.localStorage.setItem(LANG_STORAGE_KEY, 'klingon');
    window.location.hash = '#/design/x/1?s=1&l=es';
    expect(initialLang()).toBe('es');
  });

  it('translates with parameters and plural forms, and formats for the language', async () => {
    expect(translate('review.days', { count: 1 })).toBe('1 day');
    expect(translate('review.days', { count: 3 })).toBe('3 days');
    expect(translate('step.count', { step: 2, steps: 5 })).toBe('Step 2 of 5');
    expect(formatMoney(65900, 'EUR')).toBe('€659.00');
    expect(formatDelta(0, 'EUR')).toBe('Included');
    await setLang('es');
    expect(i18nState().lang).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('es');
    expect(translate('review.days', { count: 1 })).toBe('1 día');
    expect(translate('review.days', { count: 2 })).toBe('2 días');
    expect(translate('review.remaining', { count: 12345, product: 'mesa' })).toContain('12.345');
    expect(formatMoney(65900, 'EUR')).toBe('659,00\u00a0€');
    expect(formatDelta(0, 'EUR')).toBe('Incluido');
    expect(formatDate('2026-12-08')).toMatch(/8 dic 2026/);
  });
});
