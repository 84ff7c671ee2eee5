import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { MathUtils, Spherical, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { fitDistance, type SceneFrame } from './scene-frame.ts';

/** The standard views; `three-quarter` is the start and the reset view. */
export type CameraView = 'front' | 'side' | 'top' | 'three-quarter';

/** A request to show a view; a new `seq` moves the camera even to the view it showed last. */
export interface CameraViewRequest {
  readonly preset: CameraView | null;
  readonly seq: number;
}

export const FOV = 30;
/** Where the camera first looks from (metres), before the model's frame is fitted. */
export const START_TARGET = new Vector3(0, 0.48, 0);
/** 3/4 front view from slightly above. */
export const VIEW_DIRECTION = new Vector3(Math.sin(0.6), 0.34, Math.cos(0.6)).normalize();
/** Front and side views look from a little above, as product photos do. */
const DEFAULT_VIEWS = { front: [0, 0.14, 1], side: [1, 0.14, 0] } as const;
/** Straight down, the front at the bottom of the picture. */
const TOP = new Vector3(0, 1, 1e-4).normalize();
/** Keyboard camera steps: turn (radians) per arrow press, distance factor per +/- press. */
const KEY_TURN = Math.PI / 12;
const KEY_TILT = Math.PI / 18;
const KEY_ZOOM = 0.85;
/** Zoom limits as factors of the distance that fits the whole product in the 3/4 view. */
const ZOOM_IN_LIMIT = 0.4;
const ZOOM_OUT_LIMIT = 1.8;
/** Never under the floor. */
const MAX_POLAR = Math.PI / 2 - 0.04;
const MOVE_MS = 450;

/** The mounted rig's move, for the browser tests' hook (one preview per page). */
let activeMove: RefObject<Move | null> | null = null;
/** Whether a preset move is under way. */
export const isCameraMoving = () => activeMove?.current != null;

/** A keyboard camera command; returns whether the key was one of the viewer's. */
export type KeyCommand = (key: string) => boolean;

/** The direction (unit vector, world axes) from the product's centre towards the camera for a view. */
export function viewDirection(view: CameraView, frame: SceneFrame): Vector3 {
  if (view === 'three-quarter') return VIEW_DIRECTION.clone();
  if (view === 'top') return TOP.clone().applyAxisAngle(new Vector3(0, 1, 0), frame.rotationY ?? 0);
  const [x, y, z] = frame.views?.[view] ?? DEFAULT_VIEWS[view];
  return new Vector3(x, y, z).normalize().applyAxisAngle(new Vector3(0, 1, 0), frame.rotationY ?? 0);
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

interface Move {
  from: Spherical;
  to: Spherical;
  /** When the first frame of the move was rendered (ms), null before it. */
  start: number | null;
}

interface CameraRigProps {
  frame: SceneFrame;
  request: CameraViewRequest;
  keyCommandRef: RefObject<KeyCommand | null>;
  /** The camera now shows a preset (e.g. reset by key), or null once the shopper turned it by hand. */
  onViewChange?: (preset: CameraView | null) => void;
}

/**
 * Orbit around the product, the preset views and the keyboard; renders on demand only when the
 * view changes. Preset moves are animated unless the shopper prefers reduced motion (then they jump).
 */
export function CameraRig({ frame, request, keyCommandRef, onViewChange }: CameraRigProps) {
  const camera = useThree((state) => state.camera);
  const domElement = useThree((state) => state.gl.domElement);
  const invalidate = useThree((state) => state.invalidate);
  const aspect = useThree((state) => (state.size.height > 0 ? state.size.width / state.size.height : 4 / 3));
  const controlsRef = useRef<OrbitControls | null>(null);
  const moveRef = useRef<Move | null>(null);
  useEffect(() => {
    activeMove = moveRef;
    return () => {
      if (activeMove === moveRef) activeMove = null;
    };
  }, []);
  const onViewChangeRef = useRef(onViewChange);
  useLayoutEffect(() => {
    onViewChangeRef.current = onViewChange;
  }, [onViewChange]);

  // A layout effect, so the controls exist before the first fit below (effects run in order).
  useLayoutEffect(() => {
    const controls = new OrbitControls(camera, domElement);
    controls.enableDamping = false;
    controls.enablePan = false;
    // The wheel and one-finger vertical drags must keep scrolling the page (phones, sticky preview):
    // zoom is on the keyboard; horizontal drags orbit.
    controls.enableZoom = false;
    controls.minPolarAngle = 0;
    controls.maxPolarAngle = MAX_POLAR;
    controls.target.copy(START_TARGET);
    controls.update();
    if (controls.domElement) controls.domElement.style.touchAction = 'pan-y';
    const onChange = () => invalidate();
    // A drag takes over from any preset move.
    const onStart = () => {
      moveRef.current = null;
      onViewChangeRef.current?.(null);
    };
    controls.addEventListener('change', onChange);
    controls.addEventListener('start', onStart);
    controlsRef.current = controls;
    return () => {
      controls.removeEventListener('change', onChange);
      controls.removeEventListener('start', onStart);
      controls.dispose();
      controlsRef.current = null;
    };
  }, [camera, domElement, invalidate]);

  // Per product: zoom limits from the distance that fits it, turning limits from its frame.
  useLayoutEffect(() => {
    const controls = controlsRef.current;
    if (!controls) return;
    const fit = fitDistance(frame, VIEW_DIRECTION, FOV, aspect);
    const widest = Math.max(...(['front', 'side', 'top'] as const).map((view) => fitDistance(frame, viewDirection(view, frame), FOV, aspect)));
    controls.minDistance = fit * ZOOM_IN_LIMIT;
    controls.maxDistance = Math.max(fit * ZOOM_OUT_LIMIT, widest * 1.05);
    controls.minAzimuthAngle = frame.azimuthLimit === undefined ? -Infinity : -frame.azimuthLimit;
    controls.maxAzimuthAngle = frame.azimuthLimit === undefined ? Infinity : frame.azimuthLimit;
  }, [frame, aspect]);

  /** The camera's place for a view: its direction, at the distance that fits the product. */
  const sphericalFor = (view: CameraView): Spherical => {
    const direction = viewDirection(view, frame);
    return new Spherical().setFromVector3(direction.multiplyScalar(fitDistance(frame, direction, FOV, aspect)));
  };

  /** Moves to a view: at once, or animated (the shortest way round). */
  const show = (view: CameraView, animate: boolean) => {
    const controls = controlsRef.current;
    if (!controls) return;
    const to = sphericalFor(view);
    const from = new Spherical().setFromVector3(camera.position.clone().sub(controls.target));
    to.theta = from.theta + MathUtils.euclideanModulo(to.theta - from.theta + Math.PI, Math.PI * 2) - Math.PI;
    if (animate && !prefersReducedMotion()) {
      moveRef.current = { from, to, start: null };
    } else {
      moveRef.current = null;
      place(to);
    }
    invalidate();
  };

  const place = (spherical: Spherical) => {
    const controls = controlsRef.current;
    if (!controls) return;
    camera.position.copy(controls.target).add(new Vector3().setFromSpherical(spherical));
    camera.lookAt(controls.target);
    controls.update();
  };

  // Preset moves, one step per rendered frame until done.
  useFrame(() => {
    const move = moveRef.current;
    if (!move) return;
    const now = performance.now();
    move.start ??= now;
    const t = Math.min(1, (now - move.start) / MOVE_MS);
    const k = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2; // ease in and out
    const step = new Spherical(
      MathUtils.lerp(move.from.radius, move.to.radius, k),
      MathUtils.lerp(move.from.phi, move.to.phi, k),
      MathUtils.lerp(move.from.theta, move.to.theta, k),
    );
    place(step);
    if (t < 1) invalidate();
    else moveRef.current = null;
  });

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
      controls.update();
    }
    moveRef.current = null;
    invalidate();
  }, [camera, aspect, frame, invalidate]);

  // A preset asked for: the first one (on mount) jumps, later ones move.
  const shownSeq = useRef<number | null>(null);
  const { preset, seq } = request;
  useLayoutEffect(() => {
    const first = shownSeq.current === null;
    if (!first && shownSeq.current === seq) return;
    shownSeq.current = seq;
    if (preset === null && !first) return;
    show(preset ?? 'three-quarter', !first);
    if (first && preset === null) onViewChangeRef.current?.('three-quarter');
    // `show` reads the current frame and aspect; only a new request moves the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seq, preset]);

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
        case '0':
          show('three-quarter', false);
          onViewChangeRef.current?.('three-quarter');
          return true;
        default:
          return false;
      }
      moveRef.current = null;
      spherical.phi = Math.min(controls.maxPolarAngle, Math.max(Math.max(controls.minPolarAngle, 1e-4), spherical.phi));
      spherical.theta = Math.min(controls.maxAzimuthAngle, Math.max(controls.minAzimuthAngle, spherical.theta));
      spherical.radius = Math.min(controls.maxDistance, Math.max(controls.minDistance, spherical.radius));
      // At a limit the key does nothing (and renders nothing).
      if (
        Math.abs(spherical.theta - current.theta) < 1e-9 &&
        Math.abs(spherical.phi - current.phi) < 1e-9 &&
        Math.abs(spherical.radius - current.radius) < 1e-9
      ) {
        return true;
      }
      place(spherical);
      onViewChangeRef.current?.(null);
      invalidate();
      return true;
    };
    return () => {
      keyCommandRef.current = null;
    };
  });

  return null;
}
