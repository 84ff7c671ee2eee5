import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { NeutralToneMapping, VSMShadowMap, PMREMGenerator, type DirectionalLight } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import type { DimensionAnnotation } from '../domain/dimension-annotations.ts';
import type { SceneSpec } from '../domain/scene-spec.ts';
import { CameraRig, isCameraMoving, FOV, START_TARGET, VIEW_DIRECTION, type CameraView, type CameraViewRequest, type KeyCommand } from './camera-rig.tsx';
import { DimensionOverlay, DimensionProjector } from './dimension-overlay.tsx';
import { shownGltfModels } from './gltf-part.tsx';
import { ProductModel, productFrame } from './product-model.tsx';
import { frameWithPoints, type SceneFrame } from './scene-frame.ts';
import { SnapshotCapturer, type SnapshotCapture } from './snapshot-capturer.tsx';

export type { CameraView, CameraViewRequest, SnapshotCapture };

declare global {
  interface Window {
    /**
     * Test hook: frames rendered since mount, the renderer's GPU resource counts, whether a camera
     * move is under way, and which glTF models are shown.
     */
    __mtoScene?: { frames: number; memory: () => { geometries: number; textures: number }; cameraMoving: () => boolean; gltfModels: () => string[] };
  }
}

export interface ProductCanvasProps {
  spec: SceneSpec;
  /** Text alternative for the preview. */
  label: string;
  /**
   * Called with `true` when the browser takes the WebGL context away (GPU reset, too many
   * contexts, power saving) and with `false` when it gives it back; the caller shows a 2D view
   * meanwhile. The canvas stays mounted and re-renders the current spec once restored.
   */
  onContextLostChange?: (lost: boolean) => void;
  /** The view to show; a new `seq` moves the camera (animated unless reduced motion is preferred). */
  cameraRequest?: CameraViewRequest;
  /** The camera now shows a preset, or null once the shopper turned it by hand. */
  onViewChange?: (preset: CameraView | null) => void;
  /** Dimension lines to draw over the model (none when empty), and their text alternative. */
  dimensions?: readonly DimensionAnnotation[];
  dimensionsLabel?: string;
  /** Receives the picture-taking function while the 3D view can take pictures, then null. */
  onCaptureChange?: (capture: SnapshotCapture | null) => void;
}

const NO_DIMENSIONS: readonly DimensionAnnotation[] = [];
const START_VIEW: CameraViewRequest = { preset: 'three-quarter', seq: 0 };

const BACKGROUND = '#ebe8e4';
/** Shadows are cast over at least this half-extent (metres) around the origin. */
const MIN_SHADOW_HALF = 1.6;
/** A live 3D preview of a configured product. Renders only when something changes. */
export default function ProductCanvas({
  spec,
  label,
  onContextLostChange,
  cameraRequest = START_VIEW,
  onViewChange,
  dimensions = NO_DIMENSIONS,
  dimensionsLabel = '',
  onCaptureChange,
}: ProductCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dimensionsRef = useRef<SVGSVGElement>(null);
  const [lost, setLost] = useState(false);
  // Bumped on every restored context: GPU-side content that three cannot re-upload by itself
  // (the environment map rendered by PMREM) is regenerated.
  const [contextGeneration, setContextGeneration] = useState(0);
  const keyCommandRef = useRef<KeyCommand | null>(null);
  const hintId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (keyCommandRef.current?.(event.key)) event.preventDefault();
  };
  const onLostChange = useRef(onContextLostChange);
  useLayoutEffect(() => {
    onLostChange.current = onContextLostChange;
  }, [onContextLostChange]);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // three's renderer also listens (it resets its GPU state on restore); preventDefault tells the
    // browser we can handle a restore, without it the context would stay lost.
    const handleLost = (event: Event) => {
      event.preventDefault();
      setLost(true);
      onLostChange.current?.(true);
    };
    const handleRestored = () => {
      setLost(false);
      setContextGeneration((generation) => generation + 1);
      onLostChange.current?.(false);
    };
    canvas.addEventListener('webglcontextlost', handleLost);
    canvas.addEventListener('webglcontextrestored', handleRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', handleLost);
      canvas.removeEventListener('webglcontextrestored', handleRestored);
    };
  }, []);
  // The frame as plain numbers, so it is a new object only when the box really changes. Dimension
  // lines are kept in the picture too.
  const box = frameWithPoints(
    productFrame(spec),
    dimensions.flatMap((d) => [d.start, d.end]),
  );
  const [cx, cy, cz] = box.center;
  const [sx, sy, sz] = box.size;
  const rotationY = box.rotationY ?? 0;
  const { views, azimuthLimit } = box;
  const frame = useMemo<SceneFrame>(
    () => ({ center: [cx, cy, cz], size: [sx, sy, sz], rotationY, ...(views ? { views } : {}), ...(azimuthLimit === undefined ? {} : { azimuthLimit }) }),
    [cx, cy, cz, sx, sy, sz, rotationY, views, azimuthLimit],
  );
  useLayoutEffect(() => {
    canvasRef.current?.setAttribute('role', 'img');
    canvasRef.current?.setAttribute('aria-label', label);
  }, [label]);
  useLayoutEffect(() => {
    // While the context is lost the canvas shows nothing; the 2D view stands in for it.
    if (lost) canvasRef.current?.setAttribute('aria-hidden', 'true');
    else canvasRef.current?.removeAttribute('aria-hidden');
  }, [lost]);

  return (
    <>
      <Canvas
        ref={canvasRef}
        tabIndex={0}
        role="group"
        aria-label="3D view of your design"
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        frameloop="demand"
        dpr={[1, 2]}
        shadows={{ enabled: true, type: VSMShadowMap }}
        gl={{ preserveDrawingBuffer: true, antialias: true, toneMapping: NeutralToneMapping }}
        camera={{ fov: FOV, near: 0.05, far: 60, position: START_TARGET.clone().addScaledVector(VIEW_DIRECTION, 4) }}
        fallback={label}
        style={{ outlineOffset: -3, ...(lost ? { visibility: 'hidden' } : {}) }}
      >
        <color attach="background" args={[BACKGROUND]} />
        <StudioLights frame={frame} contextGeneration={contextGeneration} />
        <ProductModel spec={spec} />
        <mesh rotation-x={-Math.PI / 2} receiveShadow>
          <planeGeometry args={[24, 24]} />
          <shadowMaterial transparent opacity={0.22} />
        </mesh>
        <CameraRig frame={frame} request={cameraRequest} keyCommandRef={keyCommandRef} onViewChange={onViewChange} />
        <DimensionProjector annotations={dimensions} rotationY={rotationY} svgRef={dimensionsRef} />
        <SnapshotCapturer frame={frame} onCaptureChange={onCaptureChange} />
        <TestHook />
      </Canvas>
      {dimensions.length > 0 && !lost && <DimensionOverlay annotations={dimensions} svgRef={dimensionsRef} label={dimensionsLabel} />}
      <span id={hintId} className="visually-hidden">
        Use the arrow keys to turn the model, + and − to zoom, 0 to reset the view.
      </span>
    </>
  );
}

function StudioLights({ frame, contextGeneration }: { frame: SceneFrame; contextGeneration: number }) {
  const get = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const keyLight = useRef<DirectionalLight>(null);

  // The key light's shadow camera covers the model's frame (a wide shelving system is 6.6 m).
  const shadowHalf = Math.max(MIN_SHADOW_HALF, Math.hypot(frame.size[0], frame.size[2]) / 2 + 0.4, frame.size[1] / 2 + 0.4);
  useLayoutEffect(() => {
    const light = keyLight.current;
    if (!light) return;
    const camera = light.shadow.camera;
    camera.left = -shadowHalf;
    camera.right = shadowHalf;
    camera.top = shadowHalf;
    camera.bottom = -shadowHalf;
    camera.updateProjectionMatrix();
    light.shadow.needsUpdate = true;
    invalidate();
  }, [shadowHalf, invalidate]);

  // Soft image-based light from a neutral room, generated once per WebGL context (a restored
  // context starts with an empty render target); gives metal something to reflect.
  useLayoutEffect(() => {
    const { gl, scene, invalidate } = get();
    if (gl.getContext().isContextLost()) return;
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    room.dispose();
    pmrem.dispose();
    scene.environment = target.texture;
    scene.environmentIntensity = 0.9;
    invalidate();
    return () => {
      if (scene.environment === target.texture) scene.environment = null;
      target.dispose();
    };
  }, [get, contextGeneration]);

  return (
    <>
      <hemisphereLight args={['#ffffff', '#d9d3ca', 0.5]} />
      <directionalLight
        ref={keyLight}
        position={[-0.7, 4, 1.2]}
        intensity={1.35}
        castShadow
        shadow-mapSize={[1024, 1024]}
        shadow-camera-near={1}
        shadow-camera-far={8}
        shadow-radius={10}
        shadow-blurSamples={16}
        shadow-bias={-0.0004}
        shadow-normalBias={0.015}
      />
      <directionalLight position={[2.5, 1.6, 1.2]} intensity={0.45} />
    </>
  );
}

/** Exposes rendered frames and GPU memory counts for browser tests. */
function TestHook() {
  const gl = useThree((state) => state.gl);
  const hookRef = useRef<NonNullable<Window['__mtoScene']>>(null);
  useEffect(() => {
    const hook = {
      frames: 0,
      memory: () => ({ geometries: gl.info.memory.geometries, textures: gl.info.memory.textures }),
      cameraMoving: isCameraMoving,
      gltfModels: shownGltfModels,
    };
    hookRef.current = hook;
    window.__mtoScene = hook;
    return () => {
      if (window.__mtoScene === hook) delete window.__mtoScene;
      hookRef.current = null;
    };
  }, [gl]);
  useFrame(() => {
    if (hookRef.current) hookRef.current.frames += 1;
  });
  return null;
}
