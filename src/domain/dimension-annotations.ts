import { add, bikeGeometryOf, type P2 } from './bicycle-geometry.ts';
import type { SceneSpec } from './scene-spec.ts';

/*
 * Dimension lines for the preview: which measurements each template shows, where their lines run
 * and what their labels say. Points are metres in the template's own coordinates (y up, front
 * towards +z, the floor at y = 0; the bicycle faces +x and is turned by the scene like its model).
 *
 * Rounding: centimetres to the nearest whole centimetre, inches to the nearest tenth of an inch;
 * halves round up. Labels show what the preview draws, e.g. the desk at its sitting height.
 */

export type DimensionUnit = 'cm' | 'in';
export type Point3 = readonly [number, number, number];

export interface DimensionAnnotation {
  readonly id: string;
  /** What is measured, e.g. "Width". */
  readonly name: string;
  /** The exact measurement in centimetres, before rounding. */
  readonly centimetres: number;
  /** The rounded value with its unit, e.g. "140 cm" or "55.1 in". */
  readonly text: string;
  /** `name` and `text`, e.g. "Width 140 cm". */
  readonly label: string;
  /** The measured points on the product; extension lines run from them to the dimension line. */
  readonly from: Point3;
  readonly to: Point3;
  /** The dimension line itself, set off the product so it does not cover it. */
  readonly start: Point3;
  readonly end: Point3;
}

/** The names shown on the lines (the one place to translate them). */
export const DIMENSION_NAMES = {
  width: 'Width',
  depth: 'Depth',
  height: 'Height',
  'sitting-height': 'Sitting height',
  'frame-size': 'Frame size',
  wheelbase: 'Wheelbase',
} as const;
export type DimensionId = keyof typeof DIMENSION_NAMES;

/** The desk's fixed heights (metres): its top at the sitting position, on levellers or castors. */
export const DESK_GEOMETRY = { topHeight: 0.73, levellerHeight: 0.012, castorHeight: 0.07 } as const;

/** Shelving modules (metres): bay clear width, board, depth, feet, wall-hung clearance, door. */
export const SHELVING_GEOMETRY = { bay: 0.8, board: 0.022, depth: 0.35, feetHeight: 0.04, hangHeight: 0.25, door: 0.018, doorGap: 0.002 } as const;
export const SHELVING_MAX_BAYS = 8;

const CM_PER_INCH = 2.54;

/** A length for a label: whole centimetres, or inches to one decimal (trailing ".0" dropped). */
export function formatLength(centimetres: number, unit: DimensionUnit): string {
  if (unit === 'cm') return `${roundHalfUp(centimetres, 1)} cm`;
  const inches = roundHalfUp(centimetres / CM_PER_INCH, 0.1);
  return `${Number(inches.toFixed(1))} in`;
}

/** Rounds to a multiple of `step`, halves up; the small nudge keeps binary fractions such as 2.45 from rounding down. */
function roundHalfUp(value: number, step: number): number {
  const steps = value / step;
  return Number((Math.floor(steps + 0.5 + 1e-9) * step).toFixed(6));
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
const shift = (p: Point3, d: Point3): Point3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];
const distance = (a: Point3, b: Point3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function annotation(
  id: DimensionId,
  from: Point3,
  to: Point3,
  offset: Point3,
  unit: DimensionUnit,
  centimetres = distance(from, to) * 100,
): DimensionAnnotation {
  const name = DIMENSION_NAMES[id];
  const text = formatLength(centimetres, unit);
  return {
    id,
    name,
    centimetres: Number(centimetres.toFixed(6)),
    text,
    label: `${name} ${text}`,
    from,
    to,
    start: shift(from, offset),
    end: shift(to, offset),
  };
}

/** The dimension lines for the spec's template (none for templates without a model). */
export function dimensionAnnotations(spec: SceneSpec, unit: DimensionUnit): readonly DimensionAnnotation[] {
  switch (spec.template) {
    case 'desk':
      return deskAnnotations(spec, unit);
    case 'shelving':
      return shelvingAnnotations(spec, unit);
    case 'bicycle':
      return bicycleAnnotations(spec, unit);
    default:
      return [];
  }
}

/** Desk sizes as the model draws them (it clamps what it cannot draw). */
export function deskSize(spec: SceneSpec) {
  const width = clamp((spec.dimensions.width ?? 140) / 100, 0.6, 3);
  const depth = clamp((spec.dimensions.depth ?? 70) / 100, 0.4, 1.2);
  const lift = spec.parts.includes('castors') ? DESK_GEOMETRY.castorHeight : DESK_GEOMETRY.levellerHeight;
  return { width, depth, lift, height: DESK_GEOMETRY.topHeight + lift };
}

/** Width along the front edge, depth along the right edge, sitting height at the front right corner. */
function deskAnnotations(spec: SceneSpec, unit: DimensionUnit): DimensionAnnotation[] {
  const { width, depth, height } = deskSize(spec);
  const [x, z] = [width / 2, depth / 2];
  return [
    // In front of the top at its own height: seen from above, the line runs below the front edge, clear of the top.
    annotation('width', [-x, height, z], [x, height, z], [0, 0, 0.16], unit),
    annotation('depth', [x, height, z], [x, height, -z], [0.08, 0.03, 0], unit),
    annotation('sitting-height', [x, 0, z], [x, height, z], [0.16, 0, 0], unit),
  ];
}

/** The shelving unit's outer size, as the model draws it. */
export function shelvingSize(spec: SceneSpec) {
  const g = SHELVING_GEOMETRY;
  const bays = clamp(Math.round(spec.dimensions.bays ?? 3), 1, SHELVING_MAX_BAYS);
  const height = clamp(spec.dimensions.height ?? 200, 40, 300) / 100;
  const wall = spec.parts.includes('wall-mount');
  const doors = clamp(Math.round(spec.dimensions.doors ?? 0), 0, bays);
  const bottom = wall ? g.hangHeight : 0;
  return {
    bays,
    height,
    wall,
    doors,
    bottom,
    top: bottom + height,
    width: bays * (g.bay + g.board) + g.board,
    /** Front of the carcass, or of the doors when there are any (handles not counted). */
    front: g.depth / 2 + (doors > 0 ? g.door + g.doorGap : 0),
  };
}

/** Overall width over the top, height at the right front, depth along the top right edge. */
function shelvingAnnotations(spec: SceneSpec, unit: DimensionUnit): DimensionAnnotation[] {
  const { width, top, bottom, front } = shelvingSize(spec);
  const x = width / 2;
  const back = -SHELVING_GEOMETRY.depth / 2;
  return [
    annotation('width', [-x, top, front], [x, top, front], [0, 0.08, 0], unit),
    annotation('height', [x, bottom, front], [x, top, front], [0.09, 0, 0], unit),
    annotation('depth', [x, top, front], [x, top, back], [0.09, 0.08, 0], unit),
  ];
}

/** Frame size along the seat tube (centre of the bottom bracket to its top), wheelbase under the wheels. */
function bicycleAnnotations(spec: SceneSpec, unit: DimensionUnit): DimensionAnnotation[] {
  const bike = bikeGeometryOf(spec);
  const z = 0.13; // in front of the drive side, towards the viewer
  const point = (p: P2): Point3 => [p[0] + bike.offset, p[1], z];
  // Set off behind the seat tube, square to it.
  const behind: P2 = [-bike.seatDir[1], bike.seatDir[0]];
  const setOff = add([0, 0], behind, 0.07);
  return [
    annotation('frame-size', point(bike.bb), point(bike.seatTop), [setOff[0], setOff[1], 0], unit, bike.g.seatTube * 100),
    annotation('wheelbase', point(bike.rearAxle), point(bike.frontAxle), [0, 0.025 - bike.rearAxle[1], 0], unit),
  ];
}
