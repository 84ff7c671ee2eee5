import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG_MESSAGE_TABLES, catalogMessages } from './catalog-messages.ts';
import { parseCatalog } from './load-catalog.ts';
import { deskText } from './test-support.ts';
import type { CatalogProblem } from './catalog-error.ts';

const DIR = fileURLToPath(new URL('../../tests/fixtures/broken-catalogs/', import.meta.url));
const fixtures = readdirSync(DIR, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && entry.name !== 'expected.json' && entry.name !== '_base.valid.json')
  .map((entry) => entry.name)
  .sort();

function problemsOf(text: string, file: string, messagesLocale?: string): readonly CatalogProblem[] {
  const result = parseCatalog(text, file, messagesLocale === undefined ? {} : { messagesLocale });
  return result.ok ? result.warnings : result.problems;
}

/** The `{name}` parameters a template uses, sorted (JSON in braces such as {"en": …} is not one). */
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

describe('catalog check messages', () => {
  it('has every English message in Spanish, with the same parameters', () => {
    const { en, es } = CATALOG_MESSAGE_TABLES;
    for (const part of ['table', 'values', 'patterns'] as const) {
      const english = en![part] as Readonly<Record<string, string>>;
      const spanish = es![part] as Readonly<Record<string, string>>;
      expect(Object.keys(spanish).sort(), part).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect(spanish[key]!.trim(), key).not.toBe('');
        expect(new Set(params(spanish[key]!)), key).toEqual(new Set(params(text)));
      }
    }
  });

  it('falls back to English for a language without a table, and reads "es-MX" as Spanish', () => {
    expect(catalogMessages('fr').text('shape.required')).toBe('required');
    expect(catalogMessages('es-MX').text('shape.required')).toBe('obligatorio');
    expect(catalogMessages().text('ref.unknownGroup', { id: 'colour' })).toBe('unknown option group "colour"');
  });

  it('words the problems merchandisers hit most in Spanish, in the same file: /pointer: message form', () => {
    const desk = JSON.parse(deskText());
    desk.basePrice = 499.5; // money: zod, our own message
    desk.maxQuantity = 0; // a number too small: zod's own message, from its Spanish locale
    delete desk.currency; // required
    desk.groups[0].colour = 'red'; // unknown key
    const spanish = problemsOf(JSON.stringify(desk), 'desk.json', 'es');
    expect(spanish).toContainEqual({ file: 'desk.json', pointer: '/basePrice', message: 'se esperaban céntimos enteros; hay 499.5', severity: 'error' });
    expect(spanish).toContainEqual({ file: 'desk.json', pointer: '/currency', message: 'obligatorio', severity: 'error' });
    expect(spanish).toContainEqual({
      file: 'desk.json',
      pointer: '/groups/0/colour',
      message: 'clave desconocida "colour" (revisa la ortografía; no se admiten claves desconocidas)',
      severity: 'error',
    });
    expect(spanish.find((p) => p.pointer === '/maxQuantity')?.message).toMatch(/^Demasiado pequeño/);
    expect(problemsOf(JSON.stringify(desk), 'desk.json').find((p) => p.pointer === '/maxQuantity')?.message).toMatch(/^Too small/);

    const rule = JSON.parse(deskText());
    rule.rules[0].if = { option: 'colour', is: 'red' }; // an unknown id in a rule
    expect(problemsOf(JSON.stringify(rule), 'desk.json', 'es')).toContainEqual({
      file: 'desk.json',
      pointer: '/rules/0/if/option',
      message: 'grupo de opciones desconocido "colour"',
      severity: 'error',
    });
    // The CLI's and the server's default stays English.
    expect(problemsOf(JSON.stringify(rule), 'desk.json')).toContainEqual(expect.objectContaining({ message: 'unknown option group "colour"' }));
  });

  it('words a default that does not fit its group in Spanish, with the catalog’s Spanish label', () => {
    const desk = JSON.parse(deskText());
    desk.rules.push({ id: 'too-wide', kind: 'default', if: { option: 'top', is: 'bamboo' }, option: 'width', value: 500 });
    const [english] = problemsOf(JSON.stringify(desk), 'desk.json');
    const [spanish] = problemsOf(JSON.stringify(desk), 'desk.json', 'es');
    expect(english?.message).toMatch(/^Width must be between 100 and 200 cm$/);
    expect(spanish?.pointer).toBe(english?.pointer);
    expect(spanish?.message).toMatch(/^\S+ debe estar entre 100 y 200 cm$/);
  });

  describe.each(fixtures)('tests/fixtures/broken-catalogs/%s in Spanish', (name) => {
    it('reports the same problems at the same pointers, each worded differently from English', () => {
      const text = readFileSync(DIR + name, 'utf8');
      const english = problemsOf(text, name);
      const spanish = problemsOf(text, name, 'es');
      expect(spanish.map(({ pointer, severity }) => ({ pointer, severity }))).toEqual(english.map(({ pointer, severity }) => ({ pointer, severity })));
      spanish.forEach((problem, i) => expect(problem.message, english[i]!.message).not.toBe(english[i]!.message));
    });
  });
});
