import type { SceneSpec } from '../domain/scene-spec.ts';
import { DeskModel } from './desk-model.tsx';

/** Renders the model for the spec's template. */
export function ProductModel({ spec }: { spec: SceneSpec }) {
  switch (spec.template) {
    case 'desk':
      return <DeskModel spec={spec} />;
    default:
      // Templates without a 3D model yet show only the 2D sketch around the canvas.
      return null;
  }
}
