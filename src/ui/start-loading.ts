// Evaluated first (main.tsx imports it right after the CSP setting): the shop's chunk and the
// catalogs are requested before React and the rest of the entry evaluate (on a phone that takes
// ~100 ms, and the network would sit idle meanwhile).
import './shop-chunk.ts';
import type { LoadedCatalogs } from '../app/catalog-source.ts';
import { startCatalogs } from '../app/start-catalogs.ts';
import { initialLang, type Lang } from './i18n/i18n.ts';

/**
 * The language to start in (a share link's, the one chosen before, the browser's), so the catalogs
 * load in it while React paints, and the first paint already shows the product cards in it.
 */
export const startLang: Lang = initialLang();

const catalogs = new Map<Lang, Promise<LoadedCatalogs>>([[startLang, startCatalogs(startLang)]]);

/** The catalogs with their texts in a language: each language's bundled catalogs are a small chunk, fetched once. */
export function catalogsIn(lang: Lang): Promise<LoadedCatalogs> {
  let loading = catalogs.get(lang);
  if (!loading) {
    loading = startCatalogs(lang);
    catalogs.set(lang, loading);
  }
  return loading;
}
