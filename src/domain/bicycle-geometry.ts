import type { SceneSpec } from './scene-spec.ts';

/*
 * The made-to-measure bike's geometry, side view, in metres: x forward, y up, the ground at y = 0.
 * Pure numbers shared by the 3D model (src/scene/bicycle-model.tsx) and the dimension
 * annotations, so the lines drawn over the bike measure the bike that is drawn.
 */

export type BikeSizeId = 'xs' | 's' | 'm' | 'l' | 'xl';

/** Frame geometry per size: seat tube (centre–top), stack, reach, head tube, angles (degrees), cockpit. */
export const BIKE_SIZES: Record<
  BikeSizeId,
  { seatTube: number; stack: number; reach: number; headTube: number; seatAngle: number; headAngle: number; stem: number; bar: number; crank: number }
> = {
  xs: { seatTube: 0.49, stack: 0.525, reach: 0.372, headTube: 0.115, seatAngle: 74.5, headAngle: 71, stem: 0.08, bar: 0.38, crank: 0.165 },
  s: { seatTube: 0.52, stack: 0.548, reach: 0.378, headTube: 0.135, seatAngle: 74, headAngle: 71.75, stem: 0.09, bar: 0.4, crank: 0.17 },
  m: { seatTube: 0.54, stack: 0.568, reach: 0.384, headTube: 0.155, seatAngle: 73.5, headAngle: 72.5, stem: 0.1, bar: 0.42, crank: 0.1725 },
  l: { seatTube: 0.56, stack: 0.59, reach: 0.39, headTube: 0.175, seatAngle: 73.25, headAngle: 73, stem: 0.11, bar: 0.42, crank: 0.1725 },
  xl: { seatTube: 0.58, stack: 0.612, reach: 0.396, headTube: 0.195, seatAngle: 73, headAngle: 73.25, stem: 0.12, bar: 0.44, crank: 0.175 },
};

export const TYRE_OUTER = 0.339;
export const AXLE_Y = TYRE_OUTER;
export const BB_DROP = 0.07;
export const CHAINSTAY = 0.415;
export const FORK_OFFSET = 0.045;
/** Rider height (cm) assumed when the catalog does not give one, and its model limits. */
const DEFAULT_RIDER_HEIGHT = 175;

export type P2 = [number, number];
export const add = (a: P2, b: P2, k = 1): P2 => [a[0] + b[0] * k, a[1] + b[1] * k];
export const sub = (a: P2, b: P2): P2 => [a[0] - b[0], a[1] - b[1]];
export const len = (a: P2) => Math.hypot(a[0], a[1]);
export const unit = (a: P2): P2 => {
  const l = len(a) || 1;
  return [a[0] / l, a[1] / l];
};
export const deg = (d: number) => (d * Math.PI) / 180;
const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** The frame size: a `size-*` part, else the size the rider height suggests. */
export function bikeSizeFor(parts: ReadonlySet<string>, riderHeight: number): BikeSizeId {
  for (const id of ['xs', 's', 'm', 'l', 'xl'] as const) if (parts.has(`size-${id}`)) return id;
  if (riderHeight < 160) return 'xs';
  if (riderHeight < 170) return 's';
  if (riderHeight < 178) return 'm';
  if (riderHeight < 187) return 'l';
  return 'xl';
}

/** The rider height (cm) the model uses, within what it can draw. */
export function bikeRiderHeight(spec: SceneSpec): number {
  return clamp(spec.dimensions['rider-height'] ?? DEFAULT_RIDER_HEIGHT, 140, 210);
}

/** The frame's key points (side view, metres) for a size and a saddle height. */
export function bikeFrameGeometry(size: BikeSizeId, riderHeight: number) {
  const g = BIKE_SIZES[size];
  const bb: P2 = [0, AXLE_Y - BB_DROP];
  const rearAxle: P2 = [-Math.sqrt(CHAINSTAY ** 2 - BB_DROP ** 2), AXLE_Y];
  const headTop: P2 = add(bb, [g.reach, g.stack]);
  const ha = deg(g.headAngle);
  /** Down the steering axis, and square to it towards the front. */
  const steer: P2 = [Math.cos(ha), -Math.sin(ha)];
  const ahead: P2 = [Math.sin(ha), Math.cos(ha)];
  const headBottom = add(headTop, steer, g.headTube);
  const crown = add(headBottom, steer, 0.012);
  // Axle-to-crown chosen so that the front axle sits at wheel height.
  const along = (crown[1] + FORK_OFFSET * ahead[1] - AXLE_Y) / Math.sin(ha);
  const frontAxle = add(add(crown, steer, along), ahead, FORK_OFFSET);
  const sa = deg(g.seatAngle);
  const seatDir: P2 = [-Math.cos(sa), Math.sin(sa)];
  const seatTop = add(bb, seatDir, g.seatTube);
  // Saddle height (bottom bracket to saddle top) ≈ 0.883 × inseam, inseam ≈ 0.47 × height.
  const saddleHeight = clamp(0.883 * 0.47 * (riderHeight / 100), g.seatTube + 0.08, g.seatTube + 0.3);
  const saddleTop = add(bb, seatDir, saddleHeight);
  const postTop = add(saddleTop, [0, -0.045]);
  // The model is drawn shifted along x so that the bike (tyre to tyre) is centred over the origin.
  const offset = -((rearAxle[0] - TYRE_OUTER + frontAxle[0] + TYRE_OUTER) / 2);
  return { g, bb, rearAxle, frontAxle, headTop, headBottom, crown, steer, ahead, seatDir, seatTop, postTop, saddleTop, saddleHeight, offset };
}

/** The frame geometry for a scene spec (size part or rider height). */
export function bikeGeometryOf(spec: SceneSpec) {
  const riderHeight = bikeRiderHeight(spec);
  const size = bikeSizeFor(new Set(spec.parts), riderHeight);
  return { size, riderHeight, ...bikeFrameGeometry(size, riderHeight) };
}
