import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledLocales, loadBundledCatalogs, productCards } from 'virtual:bundled-catalogs';
import { parseCatalog } from '../../src/domain/load-catalog.ts';
import { productCardPreview } from '../../src/app/product-card-preview.ts';
import { deriveView } from '../../src/app/derive-view.ts';
import { bundledCatalogs, jsLiteral } from '../../scripts/vite-bundled-catalogs.ts';
import { formatMoney } from '../../src/ui/format.ts';
import { setLang, type Lang } from '../../src/ui/i18n/i18n.ts';

const files = readdirSync('catalog')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => `catalog/${name}`);
const parsedIn = (locale: string) =>
  files.map((file) => {
    const result = parseCatalog(readFileSync(file, 'utf8'), file, { locale });
    if (!result.ok) throw new Error(`${file} does not load`);
    return result.catalog;
  });

describe('the bundled catalogs (validated at build time, scripts/vite-bundled-catalogs.ts)', () => {
  it('are exactly what parseCatalog returns, per locale, in file order', async () => {
    expect(bundledLocales).toEqual(['en', 'es']);
    for (const locale of bundledLocales) expect(await loadBundledCatalogs(locale)).toStrictEqual(parsedIn(locale));
    // A language no catalog has gets the catalogs' fallback, English.
    expect(await loadBundledCatalogs('fr')).toStrictEqual(parsedIn('en'));
  });

  it('come with each product card as the shop computes it, per locale, its price written as the shop writes it in that language', async () => {
    for (const locale of bundledLocales) {
      const cards = productCards[locale]!;
      expect(cards.map(({ standardPriceText: _, standardScene: __, ...card }) => card)).toStrictEqual(parsedIn(locale).map(productCardPreview));
      // The sketch a card chosen early draws is the configurator's first preview of that product, in that language.
      expect(cards.map((card) => card.standardScene)).toStrictEqual(parsedIn(locale).map((catalog) => deriveView(catalog, {}, '2026-11-25').scene));
      await setLang(locale as Lang, { persist: false });
      expect(cards.map((card) => card.standardPriceText)).toEqual(cards.map((card) => formatMoney(card.standardPrice.cents, card.standardPrice.currency)));
    }
    expect(productCards.es?.find((card) => card.id === 'standing-desk')?.standardPriceText).toBe('659,00\u00a0€');
    await setLang('en', { persist: false });
  });

  it('fail the build on a catalog problem, listing every problem with file and JSON pointer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mto-bundled-'));
    const broken = JSON.parse(readFileSync('catalog/standing-desk.json', 'utf8'));
    broken.basePrice = 499.5;
    broken.groups[0].colour = 'red';
    writeFileSync(join(dir, 'desk.json'), JSON.stringify(broken));
    const plugin = bundledCatalogs({ dir });
    const context = {
      addWatchFile: () => {},
      warn: () => {},
      error: (message: string) => {
        throw new Error(message);
      },
    };
    const load = plugin.load as unknown as (this: typeof context, id: string) => string;
    expect(() => load.call(context, '\0virtual:bundled-catalogs/en')).toThrow(/desk\.json: \/basePrice: expected integer cents, got 499\.5/);
    expect(() => load.call(context, '\0virtual:bundled-catalogs/en')).toThrow(/desk\.json: \/groups\/0\/colour: unknown key "colour"/);
  });
});

describe('jsLiteral', () => {
  it('keeps undefined properties, -0 and unicode line separators that JSON would lose or break', () => {
    const value = { a: undefined, b: [1, -0, 'x\u2028y', null, true], c: { d: 'é"\\' } };
    expect(Function(`return ${jsLiteral(value)}`)()).toStrictEqual(value);
  });

  it('refuses what is not plain data', () => {
    expect(() => jsLiteral({ when: new Date(0) })).toThrow('cannot bundle');
    expect(() => jsLiteral(Number.NaN)).toThrow('cannot bundle');
    expect(() => jsLiteral(JSON.parse('{"__proto__": 1}'))).toThrow('"__proto__"');
  });
});
