import { Vector3 } from 'three';

/** The box (metres, world axes) the camera must keep in view for a model. */
export interface SceneFrame {
  readonly center: readonly [number, number, number];
  readonly size: readonly [number, number, number];
  /** The box is turned this much (radians) about the vertical axis through its centre. */
  readonly rotationY?: number;
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
