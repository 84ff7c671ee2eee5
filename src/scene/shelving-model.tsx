import { useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import type { Material } from 'three';
import type { Appearance } from '../domain/catalog-schema.ts';
import { SHELVING_GEOMETRY, SHELVING_MAX_BAYS } from '../domain/dimension-annotations.ts';
import type { SceneSpec } from '../domain/scene-spec.ts';
import { UNIT_BOX_VERTICAL_GRAIN } from './geometries.ts';
import { DARK_ALLOY, PLASTIC, STEEL, WALL, useAppearanceMaterial } from './materials.ts';
import { Box, Cylinder, type Vec3 } from './parts.tsx';
import type { SceneFrame } from './scene-frame.ts';

/*
 * A modular shelving system, in metres: y up, the front towards +z, centred on x = 0.
 * Bays of 80 cm share their uprights; shelves are spaced evenly from the bottom one to the top
 * one; doors close the lower two compartments of the first bays; back panels in every bay, behind
 * the doors or none; on levelling feet or hung on wall rails.
 * Every part exists up to the largest system (8 bays × 8 shelves) and is shown with `visible`,
 * so a change never mounts a mesh; all of them use the shared unit boxes and cylinders.
 */

const DEFAULT_MATERIAL: Appearance = { color: '#bb8f5e', roughness: 0.6, finish: 'wood' };

const MAX_BAYS = SHELVING_MAX_BAYS;
const MAX_SHELVES = 8;
/** Clear width of a bay between uprights. */
const BAY = SHELVING_GEOMETRY.bay;
const DEPTH = SHELVING_GEOMETRY.depth;
/** Board thickness (wood). */
const BOARD = SHELVING_GEOMETRY.board;
const FEET_HEIGHT = SHELVING_GEOMETRY.feetHeight;
/** A wall-hung unit's lowest point above the floor. */
const HANG_HEIGHT = SHELVING_GEOMETRY.hangHeight;
const BACK = 0.008;
const DOOR = SHELVING_GEOMETRY.door;
/** Steel: square posts, sheet thickness, the folded front lip of a shelf. */
const POST = 0.024;
const SHEET = 0.004;
const LIP = 0.03;
const MAX_RUNGS = 8;
/** How much darker the back panels are than the rest (they are in the shade of the shelves). */
const BACK_SHADE = 0.86;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

interface Layout {
  bays: number;
  shelves: number;
  doors: number;
  wall: boolean;
  steel: boolean;
  backs: 'none' | 'doors' | 'all';
  /** Bottom and top of the uprights. */
  bottom: number;
  top: number;
  width: number;
}

function layoutOf(spec: SceneSpec): Layout {
  const parts = new Set(spec.parts);
  const bays = clamp(Math.round(spec.dimensions.bays ?? 3), 1, MAX_BAYS);
  const height = clamp(spec.dimensions.height ?? 200, 40, 300) / 100;
  let shelves = Math.round(height / 0.4) + 1;
  for (let n = 2; n <= MAX_SHELVES; n++) if (parts.has(`shelves-${n}`)) shelves = n;
  const wall = parts.has('wall-mount');
  const bottom = wall ? HANG_HEIGHT : FEET_HEIGHT;
  return {
    bays,
    shelves: clamp(shelves, 2, MAX_SHELVES),
    doors: clamp(Math.round(spec.dimensions.doors ?? 0), 0, bays),
    wall,
    steel: parts.has('steel-frame'),
    backs: parts.has('back-all') ? 'all' : parts.has('back-doors') ? 'doors' : 'none',
    bottom,
    top: wall ? HANG_HEIGHT + height : height,
    width: bays * (BAY + BOARD) + BOARD,
  };
}

/** What the camera keeps in view: the whole unit, from the floor up. */
export function shelvingFrame(spec: SceneSpec): SceneFrame {
  const { width, top, wall } = layoutOf(spec);
  // A wall-hung unit is seen from the room only: never from behind the wall.
  return { center: [0, top / 2, 0], size: [width + 0.06, top + 0.04, DEPTH + 0.06], ...(wall ? { azimuthLimit: Math.PI / 2 - 0.12 } : {}) };
}

export function ShelvingModel({ spec }: { spec: SceneSpec }) {
  const layout = layoutOf(spec);
  const { bays, shelves, doors, wall, steel, backs, bottom, top, width } = layout;
  const height = top - bottom;
  const look = spec.materials.carcass;
  const shelfMaterial = useAppearanceMaterial(look, DEFAULT_MATERIAL, { width: BAY, depth: DEPTH });
  const uprightMaterial = useAppearanceMaterial(look, DEFAULT_MATERIAL, { width: height, depth: DEPTH });
  const panelMaterial = useAppearanceMaterial(look, DEFAULT_MATERIAL, { width: height, depth: BAY });
  // Back panels sit in the shade of the shelves: the same finish, a little darker, so the
  // compartments read even in white.
  const backMaterial = useAppearanceMaterial(look, DEFAULT_MATERIAL, { width: height, depth: BAY });
  const invalidate = useThree((state) => state.invalidate);
  const lookKey = look ? `${look.color}/${look.finish ?? ''}/${look.roughness ?? ''}/${look.metalness ?? ''}` : '';
  useLayoutEffect(() => {
    backMaterial.color.multiplyScalar(BACK_SHADE);
    invalidate();
  }, [backMaterial, lookKey, invalidate]);

  const pitch = BAY + BOARD;
  const uprightX = (j: number) => -width / 2 + BOARD / 2 + j * pitch;
  const bayX = (i: number) => uprightX(i) + pitch / 2;
  const thickness = steel ? SHEET : BOARD;
  const firstShelf = wall ? bottom + thickness / 2 : bottom + 0.05 + thickness / 2;
  const lastShelf = top - thickness / 2;
  const shelfY = (n: number) => firstShelf + ((lastShelf - firstShelf) * n) / (shelves - 1);
  const doorTop = shelfY(Math.min(2, shelves - 1)) + thickness / 2 - 0.002;
  const doorBottom = shelfY(0) - (steel ? LIP : thickness / 2);
  const rungs = clamp(Math.floor(height / 0.4) + 1, 2, MAX_RUNGS);

  const bayIndexes = useMemo(() => Array.from({ length: MAX_BAYS }, (_, i) => i), []);
  const uprightIndexes = useMemo(() => Array.from({ length: MAX_BAYS + 1 }, (_, j) => j), []);
  const shelfIndexes = useMemo(() => Array.from({ length: MAX_SHELVES }, (_, n) => n), []);
  const rungIndexes = useMemo(() => Array.from({ length: MAX_RUNGS }, (_, r) => r), []);

  return (
    <group>
      {/* Uprights: full-depth boards, or steel ladder frames */}
      {uprightIndexes.map((j) => {
        const x = uprightX(j);
        const shown = j <= bays;
        return (
          <group key={j} visible={shown}>
            <VerticalPanel at={[x, (bottom + top) / 2, 0]} size={[BOARD, height, DEPTH]} material={uprightMaterial} visible={!steel} />
            <group visible={steel}>
              {[-1, 1].map((side) => (
                <Box key={side} at={[x, (bottom + top) / 2, side * (DEPTH / 2 - POST / 2)]} size={[POST, height, POST]} material={shelfMaterial} />
              ))}
              {rungIndexes.map((r) => (
                <Box
                  key={r}
                  at={[x, bottom + 0.03 + ((height - 0.06) * r) / (rungs - 1), 0]}
                  size={[0.016, 0.016, DEPTH - 2 * POST]}
                  material={shelfMaterial}
                  visible={r < rungs}
                />
              ))}
            </group>
            {/* Levelling feet, front and back */}
            {[-1, 1].map((side) => (
              <Cylinder
                key={side}
                at={[x, FEET_HEIGHT / 2, side * (DEPTH / 2 - 0.03)]}
                radius={0.014}
                length={FEET_HEIGHT}
                material={PLASTIC}
                visible={!wall}
              />
            ))}
            {/* Hanging bracket behind the upright */}
            <Box at={[x, top - 0.07, -DEPTH / 2 + 0.012]} size={[0.03, 0.08, 0.024]} material={DARK_ALLOY} visible={wall} />
          </group>
        );
      })}

      {bayIndexes.map((i) => {
        const x = bayX(i);
        const shown = i < bays;
        const door = i < doors;
        const back = backs === 'all' || (backs === 'doors' && door);
        return (
          <group key={i} visible={shown}>
            {/* Shelves: boards, or sheet steel with a folded front lip */}
            {shelfIndexes.map((n) => {
              const y = shelfY(n);
              return (
                <group key={n} visible={n < shelves}>
                  <Box at={[x, y, BACK / 2]} size={[BAY, thickness, DEPTH - BACK]} material={shelfMaterial} />
                  <Box
                    at={[x, y - LIP / 2 + SHEET / 2 - 0.0005, DEPTH / 2 - 0.001]}
                    size={[BAY, LIP - 0.001, 0.003]}
                    material={shelfMaterial}
                    visible={steel}
                  />
                </group>
              );
            })}
            {/* Back panel */}
            <VerticalPanel
              at={[x, (shelfY(0) - thickness / 2 + top) / 2, -DEPTH / 2 + BACK / 2]}
              size={[BAY, top - shelfY(0) + thickness / 2, BACK]}
              material={backMaterial}
              visible={back}
            />
            {/* Door over the lower compartments, hinged left, with a slim pull */}
            <group visible={door}>
              <VerticalPanel
                at={[x, (doorBottom + doorTop) / 2, DEPTH / 2 + DOOR / 2 + 0.002]}
                size={[pitch - 0.004, doorTop - doorBottom, DOOR]}
                material={panelMaterial}
              />
              <Box at={[x + pitch / 2 - 0.045, doorTop - 0.09, DEPTH / 2 + DOOR + 0.014]} size={[0.012, 0.12, 0.012]} material={STEEL} />
              {[-1, 1].map((end) => (
                <Box
                  key={end}
                  at={[x + pitch / 2 - 0.045, doorTop - 0.09 + end * 0.05, DEPTH / 2 + DOOR + 0.006]}
                  size={[0.008, 0.008, 0.012]}
                  material={STEEL}
                />
              ))}
            </group>
            {/* Wall rail */}
            <Box at={[x, top - 0.06, -DEPTH / 2 - 0.007]} size={[pitch, 0.04, 0.014]} material={DARK_ALLOY} visible={wall} />
          </group>
        );
      })}

      {/* The wall a hung unit is fixed to */}
      <Box at={[0, (top + 0.5) / 2, -DEPTH / 2 - 0.034]} size={[width + 1.2, top + 0.5, 0.04]} material={WALL} visible={wall} />
    </group>
  );
}

/** A panel whose wood grain runs up (uprights, doors, backs). */
function VerticalPanel({ at, size, material, visible = true }: { at: Vec3; size: Vec3; material: Material; visible?: boolean }) {
  return <mesh geometry={UNIT_BOX_VERTICAL_GRAIN} material={material} position={at} scale={size} visible={visible} castShadow receiveShadow />;
}
