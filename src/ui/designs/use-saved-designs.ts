import { useSyncExternalStore } from 'react';
import { browserSavedDesigns, type SavedDesign, type SavedDesigns } from '../../app/saved-designs.ts';

/** This browser's saved designs, kept in sync with saving, deleting and other tabs. */
export function useSavedDesigns(designs: SavedDesigns = browserSavedDesigns()): readonly SavedDesign[] {
  return useSyncExternalStore(designs.subscribe, designs.list, () => NO_DESIGNS);
}

const NO_DESIGNS: readonly SavedDesign[] = [];
