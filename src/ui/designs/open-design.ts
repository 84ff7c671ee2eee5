import type { RestoredDesign } from '../../app/restore-design.ts';
import type { Catalog } from '../../domain/catalog-schema.ts';
import { useViewStore } from '../../app/view-store.ts';
import type { Flow } from '../flow-context.tsx';
import { translate } from '../i18n/i18n.ts';

/** The flow's event that opens a checked design (of a product the catalogs have) on its review page. */
export function loadDesignEvent(catalog: Catalog, design: Pick<RestoredDesign, 'choices' | 'pricing'>) {
  return { type: 'LOAD_DESIGN', productId: catalog.id, choices: design.choices, ...(design.pricing ? { pricing: design.pricing } : {}) } as const;
}

/** Opens a checked design on its review page and says what was changed; a design for a product gone says so. */
export function openDesign(send: Flow['send'], design: RestoredDesign, title: string): void {
  const { showNotice } = useViewStore.getState();
  if (!design.catalog) {
    showNotice({ title: design.notes[0] ?? translate('notice.productGone'), notes: design.notes.slice(1) });
    return;
  }
  send(loadDesignEvent(design.catalog, design));
  showNotice({ title, notes: design.notes });
}
