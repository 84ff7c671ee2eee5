import { Component, lazy, memo, Suspense, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { CAMERA_PRESETS, useViewStore } from '../../app/view-store.ts';
import { dimensionAnnotations, type DimensionUnit } from '../../domain/dimension-annotations.ts';
import type { SceneSpec } from '../../domain/scene-spec.ts';
import { knownWebGL, setPreviewCapture, subscribeToWebGLProbe } from './preview-capture.ts';
import { PreviewSketch } from './preview-sketch.tsx';
import { PREVIEW_TEXT } from './preview-texts.ts';
import { loadSceneChunk } from './scene-chunk.ts';
import './preview.css';

// three.js and the scene are a separate chunk: the page is usable before it arrives.
const ProductCanvas = lazy(loadSceneChunk);

class PreviewErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

const UNITS: readonly DimensionUnit[] = ['cm', 'in'];

/**
 * The live preview: 3D when the browser can, a 2D sketch while loading or when it cannot.
 * Memoized: it renders again only for a new scene (or its own view settings), not with every
 * render of the configurator around it.
 */
export const PreviewPanel = memo(function PreviewPanel({ scene }: { scene: SceneSpec }) {
  // Undefined until probed (creating a WebGL context is slow on a phone): the sketch paints first.
  const webgl = useSyncExternalStore(subscribeToWebGLProbe, knownWebGL, () => false);
  // The browser can take the WebGL context away at any time; the canvas stays mounted (and comes
  // back by itself when the context is restored) while the sketch stands in for it.
  const [contextLost, setContextLost] = useState(false);
  const camera = useViewStore((state) => state.camera);
  const showCameraPreset = useViewStore((state) => state.showCameraPreset);
  const noteCameraPreset = useViewStore((state) => state.noteCameraPreset);
  const showDimensions = useViewStore((state) => state.showDimensions);
  const toggleDimensions = useViewStore((state) => state.toggleDimensions);
  const unit = useViewStore((state) => state.dimensionUnit);
  const setUnit = useViewStore((state) => state.setDimensionUnit);
  const dimensions = useMemo(() => (showDimensions ? dimensionAnnotations(scene, unit) : []), [showDimensions, scene, unit]);
  const dimensionsLabel = PREVIEW_TEXT.dimensionsSummary(dimensions.map((d) => d.label));
  const threeD = webgl === true && !contextLost;
  const probing = webgl === undefined;
  // While WebGL is being probed the 3D view's tools take their place unseen (inert), so the page
  // does not move when they appear; without WebGL they are left out.
  const threeDToolProps = (className: string) =>
    probing ? { className: `${className} preview__pending`, inert: true, 'aria-hidden': true as const } : { className };

  const sketch = <PreviewSketch scene={scene} dimensions={dimensions} note={webgl === false ? PREVIEW_TEXT.noWebGL : PREVIEW_TEXT.loading} />;
  return (
    <figure className="preview" aria-label={PREVIEW_TEXT.figure}>
      <div className="preview__stage">
        {webgl ? (
          <PreviewErrorBoundary fallback={<PreviewSketch scene={scene} dimensions={dimensions} note={PREVIEW_TEXT.failed} />}>
            <Suspense fallback={sketch}>
              <ProductCanvas
                spec={scene}
                label={scene.description}
                onContextLostChange={setContextLost}
                cameraRequest={camera}
                onViewChange={noteCameraPreset}
                dimensions={dimensions}
                dimensionsLabel={dimensionsLabel}
                onCaptureChange={setPreviewCapture}
              />
            </Suspense>
          </PreviewErrorBoundary>
        ) : (
          sketch
        )}
        {webgl && contextLost && (
          <div className="preview__paused" data-testid="preview-paused" style={{ background: 'inherit', zIndex: 1 }}>
            <PreviewSketch scene={scene} dimensions={dimensions} note={PREVIEW_TEXT.paused} />
          </div>
        )}
      </div>
      <div className="preview__toolbar" role="toolbar" aria-label={PREVIEW_TEXT.controls}>
        {(threeD || probing) && (
          <div role="group" aria-label={PREVIEW_TEXT.views} {...threeDToolProps('preview__tools')}>
            {CAMERA_PRESETS.map((preset) => (
              <button key={preset} type="button" className="preview__tool" aria-pressed={camera.preset === preset} onClick={() => showCameraPreset(preset)}>
                {PREVIEW_TEXT.view[preset]}
              </button>
            ))}
          </div>
        )}
        <div className="preview__tools">
          {(threeD || probing) && (
            <button type="button" onClick={() => showCameraPreset('three-quarter')} {...threeDToolProps('preview__tool')}>
              {PREVIEW_TEXT.resetView}
            </button>
          )}
          <button type="button" className="preview__tool" aria-pressed={showDimensions} onClick={toggleDimensions}>
            {PREVIEW_TEXT.dimensions}
          </button>
          {showDimensions && (
            <div className="preview__units" role="group" aria-label={PREVIEW_TEXT.units}>
              {UNITS.map((u) => (
                <button key={u} type="button" className="preview__tool preview__tool--unit" aria-pressed={unit === u} onClick={() => setUnit(u)}>
                  {PREVIEW_TEXT.unit[u]}
                </button>
              ))}
            </div>
          )}
        </div>
      </div>
      <figcaption className="preview__caption" data-testid="preview-description">
        {scene.description}
      </figcaption>
    </figure>
  );
});
