import {
  BoxGeometry,
  CylinderGeometry,
  ExtrudeGeometry,
  Shape,
  SphereGeometry,
  TorusGeometry,
  Vector2,
  type BufferGeometry,
  type ExtrudeGeometryOptions,
} from 'three';

/**
 * Shared, module-level geometries. Every part of a model is one of these, placed with
 * `position` and sized with `scale`, so changing a dimension never creates a geometry.
 * They live as long as the chunk and are never disposed (their count is constant).
 */

/** 1 × 1 × 1 box centred on the origin. */
export const UNIT_BOX: BufferGeometry = new BoxGeometry(1, 1, 1);

/** Cylinder of diameter 1 and height 1 along +y, centred on the origin. */
export const UNIT_CYLINDER: BufferGeometry = new CylinderGeometry(0.5, 0.5, 1, 28);

/** 1 × 1 × 1 box whose UVs are turned a quarter: wood grain (along u) runs up the y axis, for uprights and doors. */
export const UNIT_BOX_VERTICAL_GRAIN: BufferGeometry = createVerticalGrainBox();

/** Sphere of diameter 1 centred on the origin (joints, saddles, lenses). */
export const UNIT_SPHERE: BufferGeometry = new SphereGeometry(0.5, 20, 14);

/** Tyre: a torus in the xy plane, ring radius 1, tube radius {@link TYRE_TUBE}; scale uniformly by the ring radius. */
export const TYRE_TUBE = 0.0447;
export const TYRE: BufferGeometry = new TorusGeometry(1, TYRE_TUBE, 12, 72);

/** A thin ring (chainrings) in the xy plane, ring radius 1, tube radius {@link THIN_RING_TUBE}. */
export const THIN_RING_TUBE = 0.085;
export const THIN_RING: BufferGeometry = new TorusGeometry(1, THIN_RING_TUBE, 6, 64);

/**
 * A third of an open tube wall, radius 1, 1 long along +y, centred on the origin and facing +z
 * (θ from −60° to +60°). u runs round the tube (from −x to +x), v along it (bottom to top): for
 * decals printed on a tube.
 */
export const TUBE_DECAL_ARC = (Math.PI * 2) / 3;
export const TUBE_DECAL: BufferGeometry = new CylinderGeometry(1, 1, 1, 16, 1, true, -TUBE_DECAL_ARC / 2, TUBE_DECAL_ARC);

/** The size the rounded slab is modelled at (metres); scale it by size / TOP_SLAB_SIZE. */
export const TOP_SLAB_SIZE = { width: 1.4, depth: 0.7, thickness: 0.025 } as const;

/**
 * A desktop slab with rounded corners and a small edge bevel, centred on the origin,
 * x = width, y = thickness, z = depth. UVs run 0…1 over the full top, long grain along x.
 */
export const TOP_SLAB: BufferGeometry = createSlab();

/**
 * A tapered T-foot profile: 1 wide (x), 1 high (y, bottom at 0), 1 long (z, centred),
 * higher in the middle where the column stands, sloping towards the ends.
 */
export const FOOT: BufferGeometry = createFoot();

function createSlab(): BufferGeometry {
  const { width, depth, thickness } = TOP_SLAB_SIZE;
  const bevel = 0.0025;
  const radius = 0.012 - bevel;
  const w = width / 2 - bevel;
  const d = depth / 2 - bevel;
  const shape = new Shape();
  shape.moveTo(-w + radius, -d);
  shape.lineTo(w - radius, -d);
  shape.quadraticCurveTo(w, -d, w, -d + radius);
  shape.lineTo(w, d - radius);
  shape.quadraticCurveTo(w, d, w - radius, d);
  shape.lineTo(-w + radius, d);
  shape.quadraticCurveTo(-w, d, -w, d - radius);
  shape.lineTo(-w, -d + radius);
  shape.quadraticCurveTo(-w, -d, -w + radius, -d);

  const uv = (x: number, y: number) => new Vector2(x / width + 0.5, y / depth + 0.5);
  const options: ExtrudeGeometryOptions = {
    depth: thickness - 2 * bevel,
    bevelEnabled: true,
    bevelThickness: bevel,
    bevelSize: bevel,
    bevelSegments: 2,
    curveSegments: 6,
    UVGenerator: {
      generateTopUV(_geometry, vertices, a, b, c) {
        return [a, b, c].map((i) => uv(vertices[i * 3] ?? 0, vertices[i * 3 + 1] ?? 0));
      },
      generateSideWallUV(_geometry, vertices, a, b, c, d) {
        return [a, b, c, d].map((i) => uv(vertices[i * 3] ?? 0, vertices[i * 3 + 1] ?? 0));
      },
    },
  };
  const geometry = new ExtrudeGeometry(shape, options);
  // Shape x/y → world x/−z, extrusion → world +y; then centre the thickness on the origin.
  geometry.rotateX(-Math.PI / 2);
  geometry.translate(0, -thickness / 2 + bevel, 0);
  return geometry;
}

function createVerticalGrainBox(): BufferGeometry {
  const geometry = new BoxGeometry(1, 1, 1);
  const uv = geometry.getAttribute('uv');
  for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getY(i), uv.getX(i));
  uv.needsUpdate = true;
  return geometry;
}

function createFoot(): BufferGeometry {
  const shape = new Shape();
  shape.moveTo(-0.5, 0);
  shape.lineTo(0.5, 0);
  shape.lineTo(0.5, 0.42);
  shape.lineTo(0.2, 1);
  shape.lineTo(-0.2, 1);
  shape.lineTo(-0.5, 0.42);
  shape.closePath();
  const geometry = new ExtrudeGeometry(shape, { depth: 1, bevelEnabled: false });
  // Shape x → world −z (length), shape y → world y (height), extrusion → world x (width).
  geometry.rotateY(Math.PI / 2);
  geometry.translate(-0.5, 0, 0);
  return geometry;
}
