import { create } from 'zustand';

/** A message shown at the top of the shop until dismissed, e.g. what changed in a shared design. */
export interface Notice {
  readonly title: string;
  readonly notes: readonly string[];
}

/** View-only state: nothing here reaches the order spec (that lives in the flow machine). */
export interface ViewState {
  /** Whether the price breakdown is expanded in the summary bar. */
  readonly breakdownOpen: boolean;
  toggleBreakdown(): void;
  readonly notice: Notice | null;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  breakdownOpen: false,
  toggleBreakdown: () => set((state) => ({ breakdownOpen: !state.breakdownOpen })),
  notice: null,
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
}));
