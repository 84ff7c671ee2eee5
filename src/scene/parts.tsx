import type { Material } from 'three';
import { UNIT_BOX, UNIT_CYLINDER } from './geometries.ts';

export type Vec3 = [number, number, number];

interface BoxProps {
  /** Centre (metres). */
  at: Vec3;
  /** Size along x, y, z (metres). */
  size: Vec3;
  material: Material;
  visible?: boolean;
}

/** A box part: the shared unit box, placed and scaled. */
export function Box({ at, size, material, visible = true }: BoxProps) {
  return <mesh geometry={UNIT_BOX} material={material} position={at} scale={size} visible={visible} castShadow receiveShadow />;
}

interface CylinderProps {
  /** Centre (metres). */
  at: Vec3;
  radius: number;
  length: number;
  /** The cylinder's axis. */
  axis?: 'x' | 'y' | 'z';
  material: Material;
  visible?: boolean;
}

const ROTATION = { x: [0, 0, Math.PI / 2], y: [0, 0, 0], z: [Math.PI / 2, 0, 0] } as const satisfies Record<string, Vec3>;

/** A cylinder part: the shared unit cylinder, placed, scaled and turned onto its axis. */
export function Cylinder({ at, radius, length, axis = 'y', material, visible = true }: CylinderProps) {
  const [rx, ry, rz] = ROTATION[axis];
  return (
    <mesh
      geometry={UNIT_CYLINDER}
      material={material}
      position={at}
      rotation={[rx, ry, rz]}
      scale={[radius * 2, length, radius * 2]}
      visible={visible}
      castShadow
      receiveShadow
    />
  );
}

/** A box from `from` to `to` in the horizontal plane (at `from`'s height), e.g. an arm segment. */
export function Beam({ from, to, height, width, material }: { from: Vec3; to: Vec3; height: number; width: number; material: Material }) {
  const dx = to[0] - from[0];
  const dz = to[2] - from[2];
  const length = Math.hypot(dx, dz);
  return (
    <mesh
      geometry={UNIT_BOX}
      material={material}
      position={[(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2]}
      rotation={[0, Math.atan2(-dz, dx), 0]}
      scale={[length, height, width]}
      castShadow
      receiveShadow
    />
  );
}
