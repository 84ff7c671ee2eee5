import { describe, expect, it } from 'vitest';
import { en, type PluralMessage } from './messages.en.ts';
import { es } from './messages.es.ts';

const tables = { es };

/** The `{name}` parameters a text uses, sorted. */
function params(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

function forms(message: string | PluralMessage): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => typeof text === 'string');
}

describe('message tables', () => {
  for (const [lang, table] of Object.entries(tables)) {
    it(`${lang} has exactly the English keys`, () => {
      const keys = Object.keys(table).sort();
      const expected = Object.keys(en).sort();
      expect(
        keys.filter((key) => !expected.includes(key)),
        'extra keys',
      ).toEqual([]);
      expect(
        expected.filter((key) => !keys.includes(key)),
        'missing keys',
      ).toEqual([]);
    });

    it(`${lang} has no empty text, plural forms where English has them, and the same parameters`, () => {
      for (const [key, english] of Object.entries(en)) {
        const message = table[key as keyof typeof en];
        expect(typeof message, key).toBe(typeof english);
        for (const text of forms(message)) expect(text.trim(), key).not.toBe('');
        if (typeof message !== 'string') expect(message.other, key).toBeTruthy();
        const wanted = new Set(forms(english).flatMap(params));
        for (const text of forms(message)) for (const name of params(text)) expect(wanted.has(name), `${key}: {${name}}`).toBe(true);
      }
    });
  }

  it('English has no empty text', () => {
    for (const [key, message] of Object.entries(en)) for (const text of forms(message)) expect(text.trim(), key).not.toBe('');
  });
});
