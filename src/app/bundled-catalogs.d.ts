/* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient module cannot import by relative path */
/**
 * The shop's sample catalogs, validated and normalized at build time by the Vite plugin in
 * scripts/vite-bundled-catalogs.ts (a catalog problem fails the build).
 */
declare module 'virtual:bundled-catalogs' {
  /** Locales the bundled catalogs are translated into (English always). */
  export const bundledLocales: readonly string[];
  /** The catalogs with their texts in `locale` (English for a locale none of them has): a lazy chunk per locale. */
  export function loadBundledCatalogs(locale: string): Promise<readonly import('../domain/catalog-schema.ts').Catalog[]>;
  /** Per locale, what each product's card shows, in catalog order: for the first paint, before the shop's code arrives. */
  export const productCards: Readonly<Record<string, readonly import('./product-card-preview.ts').ProductCardPreview[]>>;
}
