import type { Catalog } from '../domain/catalog-schema.ts';
import { priceBreakdown } from '../domain/price-breakdown.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import type { DesignNoteWords } from './design-notes.ts';
import { restoreDesign, type RestoredDesign } from './restore-design.ts';
import type { SavedDesign } from './saved-designs.ts';

export interface SavedDesignView {
  readonly design: SavedDesign;
  /** The design checked against today's catalog and rules (catalog null: no longer offered). */
  readonly restored: RestoredDesign;
  /** Today's price of the design (never the price it had when saved), in minor units. */
  readonly total: number | null;
}

/** What the saved-designs list shows for one design: re-checked and re-priced now (notes worded by `words`, English by default). */
export function savedDesignView(catalogs: readonly Catalog[], design: SavedDesign, words?: DesignNoteWords): SavedDesignView {
  const restored = restoreDesign(catalogs, design, words);
  const total = restored.catalog ? priceBreakdown(restored.catalog, resolveSelections(restored.catalog, restored.choices)).total : null;
  return { design, restored, total };
}
