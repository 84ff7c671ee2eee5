import { Vector3 } from 'three';

/** The box (metres, world axes) the camera must keep in view for a model. */
export interface SceneFrame {
  readonly center: readonly [number, number, number];
  readonly size: readonly [number, number, number];
  /** The box is turned this much (radians) about the vertical axis through its centre. */
  readonly rotationY?: number;
  /**
   * Where the front and side views look from, in the model's own axes (before `rotationY`):
   * unit-ish vectors from the centre towards the camera. Defaults: front from +z, side from +x.
   */
  readonly views?: { readonly front?: readonly [number, number, number]; readonly side?: readonly [number, number, number] };
  /** How far (radians) the camera may turn either way from the front; none means all round. */
  readonly azimuthLimit?: number;
}

const UP = new Vector3(0, 1, 0);

/**
 * The camera distance from the frame's centre, along `direction` (unit vector from the centre
 * towards the camera), at which the whole box fits a perspective view of vertical field of view
 * `fov` (degrees) and `aspect`, with `margin` around it. Each corner must fit on its own depth.
 */
export function fitDistance(frame: SceneFrame, direction: Vector3, fov: number, aspect: number, margin = 1.06): number {
  const tanV = Math.tan((fov * Math.PI) / 360);
  const tanH = tanV * aspect;
  const forward = direction.clone().negate();
  const right = new Vector3().crossVectors(forward, UP);
  if (right.lengthSq() < 1e-9) right.set(1, 0, 0);
  right.normalize();
  const up = new Vector3().crossVectors(right, forward).normalize();
  const corner = new Vector3();
  let distance = 0;
  for (let i = 0; i < 8; i++) {
    corner.set(((i & 1 ? 1 : -1) * frame.size[0]) / 2, ((i & 2 ? 1 : -1) * frame.size[1]) / 2, ((i & 4 ? 1 : -1) * frame.size[2]) / 2);
    if (frame.rotationY) corner.applyAxisAngle(UP, frame.rotationY);
    const x = Math.abs(corner.dot(right)) * margin;
    const y = Math.abs(corner.dot(up)) * margin;
    const z = corner.dot(direction);
    distance = Math.max(distance, z + x / tanH, z + y / tanV);
  }
  return distance;
}

/**
 * The frame grown to hold `points` too (model coordinates, the same axes as the frame before its
 * turn), e.g. dimension lines set off the product, so they stay in the picture.
 */
export function frameWithPoints(frame: SceneFrame, points: readonly (readonly [number, number, number])[]): SceneFrame {
  if (points.length === 0) return frame;
  // The box turns about its centre, the model about the origin: work in the model's axes.
  const turn = frame.rotationY ?? 0;
  const centre = new Vector3(...frame.center).applyAxisAngle(UP, -turn).toArray();
  const min = centre.map((c, i) => c - (frame.size[i] ?? 0) / 2);
  const max = centre.map((c, i) => c + (frame.size[i] ?? 0) / 2);
  for (const point of points) {
    for (let i = 0; i < 3; i++) {
      const v = point[i] ?? 0;
      min[i] = Math.min(min[i] ?? v, v);
      max[i] = Math.max(max[i] ?? v, v);
    }
  }
  const mid = (i: number) => ((min[i] ?? 0) + (max[i] ?? 0)) / 2;
  const extent = (i: number) => (max[i] ?? 0) - (min[i] ?? 0);
  const [x, y, z] = new Vector3(mid(0), mid(1), mid(2)).applyAxisAngle(UP, turn).toArray();
  return { ...frame, center: [x, y, z], size: [extent(0), extent(1), extent(2)] };
}
