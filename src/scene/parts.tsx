import { Quaternion, Vector3, type Material } from 'three';
import { UNIT_BOX, UNIT_CYLINDER, UNIT_SPHERE } from './geometries.ts';

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

const Y_AXIS = new Vector3(0, 1, 0);

/** The rotation that turns +y onto the direction from `from` to `to`, and the distance between them. */
export function alongSegment(from: Vec3, to: Vec3): { quaternion: Quaternion; length: number; mid: Vec3 } {
  const direction = new Vector3(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
  const length = direction.length();
  const quaternion = new Quaternion();
  if (length > 0) quaternion.setFromUnitVectors(Y_AXIS, direction.divideScalar(length));
  return { quaternion, length, mid: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2] };
}

interface RodProps {
  from: Vec3;
  to: Vec3;
  radius: number;
  material: Material;
  visible?: boolean;
  /** Thin parts (spokes, cables) don't need to cast shadows. */
  castShadow?: boolean;
}

/** A round tube between two points in space: the shared unit cylinder, placed, turned and scaled. */
export function Rod({ from, to, radius, material, visible = true, castShadow = true }: RodProps) {
  const { quaternion, length, mid } = alongSegment(from, to);
  return (
    <mesh
      geometry={UNIT_CYLINDER}
      material={material}
      position={mid}
      quaternion={quaternion}
      scale={[radius * 2, Math.max(length, 1e-6), radius * 2]}
      visible={visible}
      castShadow={castShadow}
      receiveShadow
    />
  );
}

/** A sphere (or, scaled unevenly, an ellipsoid) part. */
export function Sphere({ at, size, material, visible = true }: { at: Vec3; size: Vec3; material: Material; visible?: boolean }) {
  return <mesh geometry={UNIT_SPHERE} material={material} position={at} scale={size} visible={visible} castShadow receiveShadow />;
}

interface StrutProps {
  from: Vec3;
  to: Vec3;
  /** Cross-section: local x and z sizes (metres); for a strut in the xy plane, z stays world z. */
  section: [number, number];
  material: Material;
  visible?: boolean;
  castShadow?: boolean;
}

/** A box from one point to another (crank arms, cage plates, mudguard segments). */
export function Strut({ from, to, section, material, visible = true, castShadow = true }: StrutProps) {
  const { quaternion, length, mid } = alongSegment(from, to);
  return (
    <mesh
      geometry={UNIT_BOX}
      material={material}
      position={mid}
      quaternion={quaternion}
      scale={[section[0], Math.max(length, 1e-6), section[1]]}
      visible={visible}
      castShadow={castShadow}
      receiveShadow
    />
  );
}
