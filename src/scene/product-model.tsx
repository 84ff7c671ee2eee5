import type { SceneSpec } from '../domain/scene-spec.ts';
import { DeskModel } from './desk-model.tsx';

/** Renders the model for the spec's template. */
export function ProductModel({ spec }: { spec: SceneSpec }) {
  switch (spec.template) {
    case 'desk':
      return <DeskModel spec={spec} />;
    default: {
      const unknown: never = spec.template;
      console.warn(`No 3D template "${String(unknown)}"`);
      return null;
    }
  }
}
