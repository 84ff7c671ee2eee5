import { BufferGeometry, CylinderGeometry, LatheGeometry, Quaternion, TorusGeometry, Vector2, Vector3, BoxGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { writeGlb, type GlbMesh } from './write-glb.ts';

/** A tube of `radius` from `a` to `b`. */
function tube(a: Vector3, b: Vector3, radius: number): BufferGeometry {
  const direction = b.clone().sub(a);
  const geometry = new CylinderGeometry(radius, radius, direction.length(), 10, 1, false);
  geometry.applyQuaternion(new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), direction.clone().normalize()));
  const mid = a.clone().add(b).multiplyScalar(0.5);
  geometry.translate(mid.x, mid.y, mid.z);
  return geometry;
}

/** Indexed, position + normal only, so every part merges into one primitive per material. */
function plain(geometry: BufferGeometry): BufferGeometry {
  const result = new BufferGeometry();
  result.setAttribute('position', geometry.getAttribute('position'));
  result.setAttribute('normal', geometry.getAttribute('normal'));
  const index = geometry.getIndex();
  if (index) result.setIndex(index);
  else result.setIndex([...Array(geometry.getAttribute('position').count).keys()]);
  return result;
}

function merged(parts: BufferGeometry[]): BufferGeometry {
  const geometry = mergeGeometries(parts.map(plain));
  if (!geometry) throw new Error('could not merge the parts');
  return geometry;
}

/** The bottle: a turned profile with a waist and a shoulder, 74 mm across, 200 mm tall. */
function bottle(): BufferGeometry {
  const profile = [
    [0, -0.1],
    [0.033, -0.1],
    [0.0365, -0.096],
    [0.037, -0.06],
    [0.0335, -0.03],
    [0.033, -0.01],
    [0.0368, 0.02],
    [0.037, 0.07],
    [0.034, 0.09],
    [0.022, 0.1],
    [0.0, 0.1],
  ].map(([x, y]) => new Vector2(x, y));
  return new LatheGeometry(profile, 40);
}

/** The cap: a short cylinder and a valve on top. */
function cap(): BufferGeometry {
  const body = new CylinderGeometry(0.018, 0.02, 0.016, 28);
  body.translate(0, 0.108, 0);
  const valve = new CylinderGeometry(0.008, 0.009, 0.012, 20);
  valve.translate(0, 0.122, 0);
  return merged([body, valve]);
}

/** The cage: two rails from a bottom hook up the sides, a hoop round the bottle, a plate against the tube. */
function cage(): BufferGeometry {
  const r = 0.0032;
  const parts: BufferGeometry[] = [];
  for (const side of [-1, 1]) {
    const z = side * 0.024;
    const points = [new Vector3(-0.034, -0.075, z), new Vector3(-0.03, -0.103, z), new Vector3(0.0, -0.106, z * 0.6), new Vector3(0.028, -0.104, z * 0.3)];
    for (let i = 0; i < points.length - 1; i++) parts.push(tube(points[i]!, points[i + 1]!, r));
    parts.push(tube(new Vector3(-0.034, -0.075, z), new Vector3(-0.036, 0.05, z), r));
    parts.push(tube(new Vector3(-0.036, 0.05, z), new Vector3(-0.028, 0.068, z * 1.25), r));
  }
  // A hoop round the bottle's upper half, open towards the rider for the hand.
  const hoop = new TorusGeometry(0.0395, r, 8, 32, Math.PI * 1.3);
  hoop.rotateX(Math.PI / 2);
  hoop.rotateY(Math.PI * 0.35);
  hoop.translate(0, 0.03, 0);
  parts.push(hoop);
  const plate = new BoxGeometry(0.004, 0.13, 0.018);
  plate.translate(-0.04, -0.012, 0);
  parts.push(plate);
  return merged(parts);
}

function mesh(name: string, material: GlbMesh['material'], geometry: BufferGeometry): GlbMesh {
  const index = geometry.getIndex();
  if (!index) throw new Error(`${name}: expected indexed geometry`);
  return {
    name,
    material,
    positions: Float32Array.from(geometry.getAttribute('position').array),
    normals: Float32Array.from(geometry.getAttribute('normal').array),
    indices: Uint32Array.from(index.array),
  };
}

/** The GLB file's bytes. */
export function bottleCageGlb(): Buffer {
  return writeGlb('bottle-cage', [
    mesh('bottle', { name: 'bottle', color: [0.86, 0.87, 0.84], roughness: 0.45, metalness: 0 }, bottle()),
    mesh('cap', { name: 'cap', color: [0.05, 0.05, 0.055], roughness: 0.6, metalness: 0 }, cap()),
    mesh('cage', { name: 'cage', color: [0.03, 0.03, 0.035], roughness: 0.35, metalness: 0.6 }, cage()),
  ]);
}
