import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { Catalog } from '../src/domain/catalog-schema.ts';
import { formatProblem } from '../src/domain/catalog-error.ts';
import { parseCatalog } from '../src/domain/load-catalog.ts';
import { productCardPreview, standardScene, type ProductCardPreview } from '../src/app/product-card-preview.ts';

/** The module the app imports: `loadBundledCatalogs(locale)` and the product cards' texts per locale. */
export const BUNDLED_CATALOGS = 'virtual:bundled-catalogs';
/** One module per locale (`virtual:bundled-catalogs/es`), each a lazy chunk of its own. */
const LOCALE_MODULE = /^virtual:bundled-catalogs\/([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;
/** The locale for languages no catalog has (the catalogs' own fallback, see localize.ts). */
const FALLBACK_LOCALE = 'en';

/**
 * The shop's sample catalogs (catalog/*.json), validated at build time: each is parsed with the
 * same `parseCatalog` as the workbench and `catalog:check` (zod, references, rules), and a problem
 * fails the build (`catalog/x.json: /pointer: message`, every problem listed). The app gets the
 * already normalized, localized catalog objects as plain modules, one lazy chunk per locale, so
 * neither zod nor a worker stands between the page and its product cards. Merchandisers' catalogs
 * typed in the workbench are still validated at run time (catalog-source.ts).
 *
 * `virtual:bundled-catalogs` itself is tiny and in the entry: the locale loaders, and each
 * product's name, description and standard price per locale, so the first paint can already show
 * the product cards while the shop's chunk is still on its way.
 */
export interface BundledCatalogsOptions {
  /** Where the catalogs are (default: catalog/ in the project). */
  readonly dir?: string;
  /** Writes a card's standard price in a locale as the shop would (so the entry formats no money before its first paint). */
  readonly priceText?: (price: ProductCardPreview['standardPrice'], locale: string) => string | undefined;
}

export function bundledCatalogs(options: BundledCatalogsOptions = {}): Plugin {
  let root = process.cwd();
  const dir = () => options.dir ?? join(root, 'catalog');
  const catalogFiles = () =>
    readdirSync(dir())
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(dir(), name))
      .sort((a, b) => a.localeCompare(b));

  return {
    name: 'made-to-order:bundled-catalogs',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === BUNDLED_CATALOGS || LOCALE_MODULE.test(id)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${BUNDLED_CATALOGS}`)) return undefined;
      const files = catalogFiles();
      for (const file of files) this.addWatchFile(file);
      const load = (locale: string, { warn = false } = {}): Catalog[] => {
        const results = files.map((file) => parseCatalog(readFileSync(file, 'utf8'), relative(root, file).replace(/\\/g, '/'), { locale }));
        const problems = results.flatMap((result) => (result.ok ? result.warnings : result.problems));
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (errors.length > 0) this.error(`The bundled catalogs have problems (npm run catalog:check):\n${errors.map(formatProblem).join('\n')}`);
        if (warn) for (const warning of problems) this.warn(formatProblem(warning));
        return results.flatMap((result) => (result.ok ? [result.catalog] : []));
      };

      const locale = LOCALE_MODULE.exec(id.slice(1))?.[1];
      if (locale) return `export const catalogs = ${jsLiteral(load(locale, { warn: locale === FALLBACK_LOCALE }))};\n`;

      const english = load(FALLBACK_LOCALE);
      const locales = [...new Set([FALLBACK_LOCALE, ...english.flatMap((catalog) => catalog.locales)])].sort();
      const card =
        (locale: string) =>
        (catalog: Catalog): ProductCardPreview => {
          const preview = { ...productCardPreview(catalog), standardScene: standardScene(catalog) };
          const text = options.priceText?.(preview.standardPrice, locale);
          return text === undefined ? preview : { ...preview, standardPriceText: text };
        };
      const cards = Object.fromEntries(locales.map((l) => [l, (l === FALLBACK_LOCALE ? english : load(l)).map(card(l))]));
      return [
        `const loaders = {${locales.map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`${BUNDLED_CATALOGS}/${l}`)})`).join(', ')}};`,
        `export const bundledLocales = ${JSON.stringify(locales)};`,
        `export function loadBundledCatalogs(locale) {`,
        `  const load = Object.hasOwn(loaders, locale) ? loaders[locale] : loaders[${JSON.stringify(FALLBACK_LOCALE)}];`,
        `  return load().then((module) => module.catalogs);`,
        `}`,
        `export const productCards = ${jsLiteral(cards)};`,
        '',
      ].join('\n');
    },
  };
}

/**
 * A JavaScript literal for plain data, keeping `undefined` properties (JSON would drop them), so
 * the bundled catalogs are exactly what `parseCatalog` returns.
 */
export function jsLiteral(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot bundle the number ${value}`);
    return Object.is(value, -0) ? '-0' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return `{${Object.entries(value)
      .map(([key, item]) => {
        if (key === '__proto__') throw new Error('cannot bundle a "__proto__" key');
        return `${JSON.stringify(key)}:${jsLiteral(item)}`;
      })
      .join(',')}}`;
  }
  throw new Error(`cannot bundle a ${typeof value} (${Object.prototype.toString.call(value)})`);
}
