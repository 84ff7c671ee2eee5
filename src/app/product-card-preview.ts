import type { Catalog } from '../domain/catalog-schema.ts';
import type { Cents } from '../domain/money.ts';
import { priceBreakdown } from '../domain/price-breakdown.ts';
import { defaultSelections } from '../domain/selections.ts';

/**
 * What a product card shows. The bundled catalogs' cards are computed at build time
 * (scripts/vite-bundled-catalogs.ts), so the first paint shows them before the shop's code arrives.
 */
export interface ProductCardPreview {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The standard design's price on the catalog's default terms (first market, retail, one unit). */
  readonly standardPrice: { readonly cents: Cents; readonly currency: string };
  /** That price written out in the card's language, when the build wrote it (else the card formats it). */
  readonly standardPriceText?: string;
}

export function productCardPreview(catalog: Catalog): ProductCardPreview {
  const price = priceBreakdown(catalog, defaultSelections(catalog));
  return { id: catalog.id, name: catalog.name, description: catalog.description, standardPrice: { cents: price.total, currency: price.currency } };
}
