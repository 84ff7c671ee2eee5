import { useEffect, useLayoutEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, Vector2, Vector3, type Scene, type WebGLRenderer } from 'three';
import { FOV, VIEW_DIRECTION } from './camera-rig.tsx';
import { fitDistance, type SceneFrame } from './scene-frame.ts';

/** Renders the product as a PNG picture of the given pixel size, from the standard 3/4 view. */
export type SnapshotCapture = (size: { width: number; height: number }) => Promise<Blob>;

interface Pending {
  width: number;
  height: number;
  resolve: (png: Blob) => void;
  reject: (error: Error) => void;
}

/**
 * Offers `capture` to the page. A capture asks for a frame (invalidate) and, inside it, renders the
 * product once more at the picture's size from the 3/4 view, copies the pixels and puts the
 * renderer back before the frame's own render: the shopper's view never flickers, and the picture
 * is the same whichever way they last turned the model.
 */
export function SnapshotCapturer({ frame, onCaptureChange }: { frame: SceneFrame; onCaptureChange?: (capture: SnapshotCapture | null) => void }) {
  const gl = useThree((state) => state.gl);
  const invalidate = useThree((state) => state.invalidate);
  const pending = useRef<Pending[]>([]);
  const frameRef = useRef(frame);
  useLayoutEffect(() => {
    frameRef.current = frame;
  }, [frame]);

  useEffect(() => {
    if (!onCaptureChange) return;
    const queue = pending.current;
    const capture: SnapshotCapture = ({ width, height }) =>
      new Promise<Blob>((resolve, reject) => {
        if (gl.getContext().isContextLost()) {
          reject(new Error('the WebGL context is lost'));
          return;
        }
        queue.push({ width, height, resolve, reject });
        invalidate();
      });
    onCaptureChange(capture);
    return () => {
      onCaptureChange(null);
      for (const job of queue.splice(0)) job.reject(new Error('the 3D preview closed'));
    };
  }, [gl, invalidate, onCaptureChange]);

  useFrame(({ scene }) => {
    const jobs = pending.current.splice(0);
    for (const job of jobs) {
      try {
        renderPicture(job, frameRef.current, gl, scene).then(job.resolve, job.reject);
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  });
  return null;
}

/** Renders at the picture's size, copies into a 2D canvas, restores the renderer's size; returns a PNG promise. */
function renderPicture({ width, height }: { width: number; height: number }, frame: SceneFrame, gl: WebGLRenderer, scene: Scene): Promise<Blob> {
  const target = new Vector3(...frame.center);
  const aspect = width / height;
  const camera = new PerspectiveCamera(FOV, aspect, 0.05, 60);
  camera.position.copy(target).addScaledVector(VIEW_DIRECTION, fitDistance(frame, VIEW_DIRECTION, FOV, aspect, 1.1));
  camera.lookAt(target);
  camera.updateMatrixWorld();

  const ratio = gl.getPixelRatio();
  const size = gl.getSize(new Vector2());
  const picture = document.createElement('canvas');
  picture.width = width;
  picture.height = height;
  try {
    gl.setPixelRatio(1);
    gl.setSize(width, height, false);
    gl.render(scene, camera);
    const context = picture.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(gl.domElement, 0, 0, width, height);
  } finally {
    gl.setPixelRatio(ratio);
    gl.setSize(size.x, size.y, false);
  }
  return new Promise<Blob>((resolve, reject) =>
    picture.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png'),
  );
}
