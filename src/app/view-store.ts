import { create } from 'zustand';

/** View-only state: nothing here reaches the order spec (that lives in the flow machine). */
export interface ViewState {
  /** Whether the price breakdown is expanded in the summary bar. */
  readonly breakdownOpen: boolean;
  toggleBreakdown(): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  breakdownOpen: false,
  toggleBreakdown: () => set((state) => ({ breakdownOpen: !state.breakdownOpen })),
}));
