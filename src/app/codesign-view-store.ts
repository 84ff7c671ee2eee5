import { create } from 'zustand';

/** View-only state of co-design: which step's "Suggest an option" form is open (nothing here reaches the spec). */
export interface CodesignView {
  readonly suggestOpenFor: string | null;
  toggleSuggest(groupId: string): void;
  closeSuggest(): void;
}

export const useCodesignView = create<CodesignView>()((set) => ({
  suggestOpenFor: null,
  toggleSuggest: (groupId) => set((state) => ({ suggestOpenFor: state.suggestOpenFor === groupId ? null : groupId })),
  closeSuggest: () => set({ suggestOpenFor: null }),
}));
