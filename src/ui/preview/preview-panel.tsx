import { Component, lazy, Suspense, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { SceneSpec } from '../../domain/scene-spec.ts';
import { PreviewSketch } from './preview-sketch.tsx';

// three.js and the scene are a separate chunk: the page is usable before it arrives.
const ProductCanvas = lazy(() => import('../../scene/product-canvas.tsx'));

function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

let webGLSupport: boolean | undefined;
const subscribeNever = () => () => {};
const readWebGL = () => (webGLSupport ??= hasWebGL());

class PreviewErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The live preview: 3D when the browser can, a 2D sketch while loading or when it cannot. */
export function PreviewPanel({ scene }: { scene: SceneSpec }) {
  const webgl = useSyncExternalStore(subscribeNever, readWebGL, () => false);
  // The browser can take the WebGL context away at any time; the canvas stays mounted (and comes
  // back by itself when the context is restored) while the sketch stands in for it.
  const [contextLost, setContextLost] = useState(false);
  const sketch = (
    <PreviewSketch scene={scene} note={webgl ? 'Loading 3D preview…' : '3D preview is not available in this browser; this sketch shows your design.'} />
  );
  return (
    <figure className="preview" aria-label="Preview of your design">
      <div className="preview__stage">
        {webgl ? (
          <PreviewErrorBoundary fallback={<PreviewSketch scene={scene} note="The 3D preview stopped working; this sketch shows your design." />}>
            <Suspense fallback={sketch}>
              <ProductCanvas spec={scene} label={scene.description} onContextLostChange={setContextLost} />
            </Suspense>
          </PreviewErrorBoundary>
        ) : (
          sketch
        )}
        {webgl && contextLost && (
          <div className="preview__paused" data-testid="preview-paused" style={{ background: 'inherit', zIndex: 1 }}>
            <PreviewSketch scene={scene} note="The 3D preview paused; this sketch shows your design." />
          </div>
        )}
      </div>
      <figcaption className="preview__caption" data-testid="preview-description">
        {scene.description}
      </figcaption>
    </figure>
  );
}
