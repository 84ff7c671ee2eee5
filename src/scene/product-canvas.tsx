import { useEffect, useLayoutEffect, useRef } from 'react';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { NeutralToneMapping, VSMShadowMap, PMREMGenerator, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import type { SceneSpec } from '../domain/scene-spec.ts';
import { ProductModel } from './product-model.tsx';

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
/** Where the camera looks (metres): the middle of the desk, a little below the top. */
const TARGET = new Vector3(0, 0.48, 0);
/** 3/4 front view from slightly above. */
const VIEW_DIRECTION = new Vector3(Math.sin(0.6), 0.34, Math.cos(0.6)).normalize();
const FOV = 30;
/** Half the width (metres) that must fit across the view: a 200 cm desk seen at 3/4. */
const FIT_HALF_WIDTH = 1.18;
const FIT_HALF_HEIGHT = 0.85;

/** A live 3D preview of a configured product. Renders only when something changes. */
export default function ProductCanvas({ spec, label }: ProductCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
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
      camera={{ fov: FOV, near: 0.05, far: 40, position: TARGET.clone().addScaledVector(VIEW_DIRECTION, 4) }}
      fallback={label}
    >
      <color attach="background" args={[BACKGROUND]} />
      <StudioLights />
      <ProductModel spec={spec} />
      <mesh rotation-x={-Math.PI / 2} receiveShadow>
        <planeGeometry args={[14, 14]} />
        <shadowMaterial transparent opacity={0.22} />
      </mesh>
      <CameraControls />
      <TestHook />
    </Canvas>
  );
}

function StudioLights() {
  const get = useThree((state) => state.get);

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
        position={[-0.7, 4, 1.2]}
        intensity={1.35}
        castShadow
        shadow-mapSize={[1024, 1024]}
        shadow-camera-left={-1.6}
        shadow-camera-right={1.6}
        shadow-camera-top={1.6}
        shadow-camera-bottom={-1.6}
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

/** Orbit around the desk; renders on demand only when the view changes. */
function CameraControls() {
  const camera = useThree((state) => state.camera);
  const domElement = useThree((state) => state.gl.domElement);
  const invalidate = useThree((state) => state.invalidate);
  const aspect = useThree((state) => (state.size.height > 0 ? state.size.width / state.size.height : 4 / 3));
  const controlsRef = useRef<OrbitControls | null>(null);

  useEffect(() => {
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
    controls.target.copy(TARGET);
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

  // Fit a 200 cm desk across the view (keeping the current viewing direction) when the aspect changes.
  useLayoutEffect(() => {
    const tanHalf = Math.tan((FOV * Math.PI) / 360);
    const distance = Math.max(FIT_HALF_WIDTH / (tanHalf * aspect), FIT_HALF_HEIGHT / tanHalf) + 0.5;
    const direction = camera.position.clone().sub(TARGET);
    if (direction.lengthSq() === 0) direction.copy(VIEW_DIRECTION);
    camera.position.copy(TARGET).addScaledVector(direction.normalize(), distance);
    camera.lookAt(TARGET);
    controlsRef.current?.update();
    invalidate();
  }, [camera, aspect, invalidate]);

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
