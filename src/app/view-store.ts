import { create } from 'zustand';
import type { DimensionUnit } from '../domain/dimension-annotations.ts';

/** The 3D preview's standard views; `three-quarter` is where it starts and what "Reset view" returns to. */
export const CAMERA_PRESETS = ['front', 'side', 'top', 'three-quarter'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];

/**
 * A request to move the 3D camera. `seq` grows with every request, so asking for the view already
 * chosen (after turning the model by hand) moves the camera again.
 */
export interface CameraRequest {
  /** Null once the shopper turns the model by hand (no preset button is then pressed). */
  readonly preset: CameraPreset | null;
  readonly seq: number;
}

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
  readonly camera: CameraRequest;
  /** Moves the camera to a preset (again, if it is the current one). */
  showCameraPreset(preset: CameraPreset): void;
  /** Records where the camera is now without moving it: a preset (e.g. reset by key) or null (turned by hand). */
  noteCameraPreset(preset: CameraPreset | null): void;
  /** Dimension lines on the preview, and their unit. */
  readonly showDimensions: boolean;
  toggleDimensions(): void;
  readonly dimensionUnit: DimensionUnit;
  setDimensionUnit(unit: DimensionUnit): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  breakdownOpen: false,
  toggleBreakdown: () => set((state) => ({ breakdownOpen: !state.breakdownOpen })),
  notice: null,
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
  camera: { preset: 'three-quarter', seq: 0 },
  showCameraPreset: (preset) => set((state) => ({ camera: { preset, seq: state.camera.seq + 1 } })),
  noteCameraPreset: (preset) => set((state) => (state.camera.preset === preset ? state : { camera: { preset, seq: state.camera.seq } })),
  showDimensions: false,
  toggleDimensions: () => set((state) => ({ showDimensions: !state.showDimensions })),
  dimensionUnit: 'cm',
  setDimensionUnit: (dimensionUnit) => set({ dimensionUnit }),
}));
