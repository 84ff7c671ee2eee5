import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { NeutralToneMapping, VSMShadowMap, PMREMGenerator, Vector3, type DirectionalLight } from 'three';
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
}

const BACKGROUND = '#ebe8e4';
/** Where the camera first looks from (metres), before the model's frame is fitted. */
const START_TARGET = new Vector3(0, 0.48, 0);
/** 3/4 front view from slightly above. */
const VIEW_DIRECTION = new Vector3(Math.sin(0.6), 0.34, Math.cos(0.6)).normalize();
const FOV = 30;
/** Shadows are cast over at least this half-extent (metres) around the origin. */
const MIN_SHADOW_HALF = 1.6;

/** A live 3D preview of a configured product. Renders only when something changes. */
export default function ProductCanvas({ spec, label }: ProductCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
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

  return (
    <Canvas
      ref={canvasRef}
      frameloop="demand"
      dpr={[1, 2]}
      shadows={{ enabled: true, type: VSMShadowMap }}
      gl={{ preserveDrawingBuffer: true, antialias: true, toneMapping: NeutralToneMapping }}
      camera={{ fov: FOV, near: 0.05, far: 60, position: START_TARGET.clone().addScaledVector(VIEW_DIRECTION, 4) }}
      fallback={label}
    >
      <color attach="background" args={[BACKGROUND]} />
      <StudioLights frame={frame} />
      <ProductModel spec={spec} />
      <mesh rotation-x={-Math.PI / 2} receiveShadow>
        <planeGeometry args={[24, 24]} />
        <shadowMaterial transparent opacity={0.22} />
      </mesh>
      <CameraControls frame={frame} />
      <TestHook />
    </Canvas>
  );
}

function StudioLights({ frame }: { frame: SceneFrame }) {
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

  // Soft image-based light from a neutral room, generated once; gives metal something to reflect.
  useLayoutEffect(() => {
    const { gl, scene, invalidate } = get();
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
  }, [get]);

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
function CameraControls({ frame }: { frame: SceneFrame }) {
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
