import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { NeutralToneMapping, VSMShadowMap, PMREMGenerator, Spherical, Vector3, type DirectionalLight } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import type { SceneSpec } from '../domain/scene-spec.ts';
import { ProductModel, productFrame } from './product-model.tsx';
import { fitDistance, type SceneFrame } from './scene-frame.ts';

declare global {
  interface Window {
    /** Test hook: frames rendered since mount, and the renderer's GPU resource counts. */
    __mtoScene?: { frames: number; memory: () => { geometries: number; textures: number } };
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
}

const BACKGROUND = '#ebe8e4';
/** Where the camera first looks from (metres), before the model's frame is fitted. */
const START_TARGET = new Vector3(0, 0.48, 0);
/** 3/4 front view from slightly above. */
const VIEW_DIRECTION = new Vector3(Math.sin(0.6), 0.34, Math.cos(0.6)).normalize();
const FOV = 30;
/** Shadows are cast over at least this half-extent (metres) around the origin. */
const MIN_SHADOW_HALF = 1.6;
/** Keyboard camera steps: turn (radians) per arrow press, distance factor per +/- press. */
const KEY_TURN = Math.PI / 12;
const KEY_TILT = Math.PI / 18;
const KEY_ZOOM = 0.85;

/** A keyboard camera command; returns whether the key was one of the viewer's. */
type KeyCommand = (key: string) => boolean;

/** A live 3D preview of a configured product. Renders only when something changes. */
export default function ProductCanvas({ spec, label, onContextLostChange }: ProductCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
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
  // The frame as plain numbers, so it is a new object only when the box really changes.
  const box = productFrame(spec);
  const [cx, cy, cz] = box.center;
  const [sx, sy, sz] = box.size;
  const rotationY = box.rotationY ?? 0;
  const frame = useMemo<SceneFrame>(() => ({ center: [cx, cy, cz], size: [sx, sy, sz], rotationY }), [cx, cy, cz, sx, sy, sz, rotationY]);
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
        <CameraControls frame={frame} keyCommandRef={keyCommandRef} />
        <TestHook />
      </Canvas>
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

/** Orbit around the product; renders on demand only when the view changes. */
function CameraControls({ frame, keyCommandRef }: { frame: SceneFrame; keyCommandRef: RefObject<KeyCommand | null> }) {
  const camera = useThree((state) => state.camera);
  const domElement = useThree((state) => state.gl.domElement);
  const invalidate = useThree((state) => state.invalidate);
  const aspect = useThree((state) => (state.size.height > 0 ? state.size.width / state.size.height : 4 / 3));
  const controlsRef = useRef<OrbitControls | null>(null);

  // A layout effect, so the controls exist before the first fit below (effects run in order).
  useLayoutEffect(() => {
    const controls = new OrbitControls(camera, domElement);
    controls.enableDamping = false;
    controls.enablePan = false;
    // The wheel and one-finger vertical drags must keep scrolling the page (phones, sticky preview):
    // zoom waits for explicit zoom buttons; horizontal drags orbit.
    controls.enableZoom = false;
    controls.minDistance = 1.2;
    controls.maxDistance = 7;
    controls.minPolarAngle = 0.15;
    controls.maxPolarAngle = Math.PI / 2 - 0.04;
    controls.target.copy(START_TARGET);
    controls.update();
    if (controls.domElement) controls.domElement.style.touchAction = 'pan-y';
    const onChange = () => invalidate();
    controls.addEventListener('change', onChange);
    controlsRef.current = controls;
    return () => {
      controls.removeEventListener('change', onChange);
      controls.dispose();
      controlsRef.current = null;
    };
  }, [camera, domElement, invalidate]);

  // Fit the model's frame in the view, keeping the current viewing direction, when the frame
  // (template or size) or the aspect changes; the orbit stays centred on the frame.
  useLayoutEffect(() => {
    const target = new Vector3(...frame.center);
    const controls = controlsRef.current;
    const direction = camera.position.clone().sub(controls?.target ?? START_TARGET);
    if (direction.lengthSq() === 0) direction.copy(VIEW_DIRECTION);
    direction.normalize();
    const distance = fitDistance(frame, direction, FOV, aspect);
    camera.position.copy(target).addScaledVector(direction, distance);
    camera.lookAt(target);
    if (controls) {
      controls.target.copy(target);
      controls.minDistance = Math.min(1.2, distance * 0.5);
      controls.maxDistance = Math.max(7, distance * 1.6);
      controls.update();
    }
    invalidate();
  }, [camera, aspect, frame, invalidate]);

  // Keyboard: arrows orbit by fixed steps, +/- zoom within the controls' limits, 0 resets the view.
  // Steps are instant (no animation), so they are fine under prefers-reduced-motion.
  useLayoutEffect(() => {
    keyCommandRef.current = (key) => {
      const controls = controlsRef.current;
      if (!controls) return false;
      const offset = camera.position.clone().sub(controls.target);
      const spherical = new Spherical().setFromVector3(offset);
      const current = spherical.clone();
      switch (key) {
        case 'ArrowLeft':
          spherical.theta -= KEY_TURN;
          break;
        case 'ArrowRight':
          spherical.theta += KEY_TURN;
          break;
        case 'ArrowUp':
          spherical.phi -= KEY_TILT;
          break;
        case 'ArrowDown':
          spherical.phi += KEY_TILT;
          break;
        case '+':
        case '=':
          spherical.radius *= KEY_ZOOM;
          break;
        case '-':
        case '_':
          spherical.radius /= KEY_ZOOM;
          break;
        case '0': {
          const distance = fitDistance(frame, VIEW_DIRECTION, FOV, aspect);
          camera.position.copy(controls.target).addScaledVector(VIEW_DIRECTION, distance);
          controls.update();
          invalidate();
          return true;
        }
        default:
          return false;
      }
      spherical.phi = Math.min(controls.maxPolarAngle, Math.max(controls.minPolarAngle, spherical.phi));
      spherical.radius = Math.min(controls.maxDistance, Math.max(controls.minDistance, spherical.radius));
      // At a limit the key does nothing (and renders nothing).
      if (
        Math.abs(spherical.theta - current.theta) < 1e-9 &&
        Math.abs(spherical.phi - current.phi) < 1e-9 &&
        Math.abs(spherical.radius - current.radius) < 1e-9
      ) {
        return true;
      }
      camera.position.copy(controls.target).add(offset.setFromSpherical(spherical));
      controls.update();
      invalidate();
      return true;
    };
    return () => {
      keyCommandRef.current = null;
    };
  }, [keyCommandRef, camera, aspect, frame, invalidate]);

  return null;
}

/** Exposes rendered frames and GPU memory counts for browser tests. */
function TestHook() {
  const gl = useThree((state) => state.gl);
  const hookRef = useRef<NonNullable<Window['__mtoScene']>>(null);
  useEffect(() => {
    const hook = { frames: 0, memory: () => ({ geometries: gl.info.memory.geometries, textures: gl.info.memory.textures }) };
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
