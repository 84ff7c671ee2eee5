import type { SceneSpec } from '../domain/scene-spec.ts';
import { BICYCLE_FRAME, BicycleModel } from './bicycle-model.tsx';
import { DESK_FRAME, DeskModel } from './desk-model.tsx';
import type { SceneFrame } from './scene-frame.ts';
import { ShelvingModel, shelvingFrame } from './shelving-model.tsx';

/** Renders the model for the spec's template. */
export function ProductModel({ spec }: { spec: SceneSpec }) {
  switch (spec.template) {
    case 'desk':
      return <DeskModel spec={spec} />;
    case 'bicycle':
      return <BicycleModel spec={spec} />;
    case 'shelving':
      return <ShelvingModel spec={spec} />;
    default:
      // Templates without a 3D model yet show only the 2D sketch around the canvas.
      return null;
  }
}

/** The box the camera keeps in view for the spec's template. */
export function productFrame(spec: SceneSpec): SceneFrame {
  switch (spec.template) {
    case 'bicycle':
      return BICYCLE_FRAME;
    case 'shelving':
      return shelvingFrame(spec);
    default:
      return DESK_FRAME;
  }
}
