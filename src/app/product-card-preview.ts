import type { Catalog } from '../domain/catalog-schema.ts';
import type { Cents } from '../domain/money.ts';
import { priceBreakdown } from '../domain/price-breakdown.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import { deriveSceneSpec, type SceneSpec } from '../domain/scene-spec.ts';
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
  /**
   * The standard design's scene (what the configurator shows first when the product is opened),
   * when the build computed it: a card chosen before the shop's code arrives draws its sketch at once.
   */
  readonly standardScene?: SceneSpec;
}

export function productCardPreview(catalog: Catalog): ProductCardPreview {
  const price = priceBreakdown(catalog, defaultSelections(catalog));
  return { id: catalog.id, name: catalog.name, description: catalog.description, standardPrice: { cents: price.total, currency: price.currency } };
}

/**
 * The scene of the design a product opens with (no choices yet: the catalog's defaults, resolved
 * by the rules as the configurator resolves them). Compiles the product's rules: for the build
 * (scripts/vite-bundled-catalogs.ts), not for the shop's main thread.
 */
export function standardScene(catalog: Catalog): SceneSpec {
  return deriveSceneSpec(catalog, resolveSelections(catalog, {}));
}
