import type { Appearance } from '../domain/catalog-schema.ts';
import { DESK_GEOMETRY } from '../domain/dimension-annotations.ts';
import type { SceneSpec } from '../domain/scene-spec.ts';
import { FOOT, TOP_SLAB, TOP_SLAB_SIZE } from './geometries.ts';
import { PC_CASE, PC_FRONT, PLASTIC, RUBBER, SCREEN, useAppearanceMaterial } from './materials.ts';
import { Beam, Box, Cylinder, type Vec3 } from './parts.tsx';
import type { SceneFrame } from './scene-frame.ts';

/*
 * An electric sit-stand desk, in metres, y up, the user in front (+z).
 * Everything is built from shared geometries placed and scaled by the spec, so a change of
 * size or option only updates transforms, `visible` flags and material parameters.
 */

/** The camera frames the widest desk (200 cm, monitor arm included), so resizing never moves it. */
export const DESK_FRAME: SceneFrame = { center: [0, 0.48, 0], size: [2.0, 0.96, 0.9] };

const DEFAULT_TOP: Appearance = { color: '#f2f0eb', roughness: 0.45, finish: 'laminate' };
const DEFAULT_FRAME: Appearance = { color: '#222326', roughness: 0.5, metalness: 0.4, finish: 'matte' };

/** Height of the top surface above the bottom of the feet. */
const TOP_Y = DESK_GEOMETRY.topHeight;
/** Foot centre line from each end of the top. */
const COLUMN_INSET = 0.13;
const FOOT_WIDTH = 0.07;
const FOOT_HEIGHT = 0.045;
/** Column stages, bottom (widest) first: width (x), depth (z), top y. */
const STAGES = [
  { x: 0.07, z: 0.09, top: 0.29 },
  { x: 0.062, z: 0.082, top: 0.47 },
  { x: 0.054, z: 0.074, top: Number.NaN }, // runs up to the column head
] as const;
const HEAD = { x: 0.08, y: 0.06, z: 0.1 } as const;
const BRACKET = { x: 0.06, y: 0.022 } as const;
const LEVELLER_HEIGHT = DESK_GEOMETRY.levellerHeight;
const CASTOR_HEIGHT = DESK_GEOMETRY.castorHeight;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

export function DeskModel({ spec }: { spec: SceneSpec }) {
  const width = clamp((spec.dimensions.width ?? 140) / 100, 0.6, 3);
  const depth = clamp((spec.dimensions.depth ?? 70) / 100, 0.4, 1.2);
  const thickness = clamp((spec.dimensions.thickness ?? 2.5) / 100, 0.012, 0.06);
  const has = (part: string) => spec.parts.includes(part);
  const castors = has('castors');
  const dual = has('motor-dual');
  const single = has('motor-single');
  const cpu = has('cpu-holder');

  const top = useAppearanceMaterial(spec.materials.top, DEFAULT_TOP, { width, depth });
  const frame = useAppearanceMaterial(spec.materials.frame, DEFAULT_FRAME);

  const lift = castors ? CASTOR_HEIGHT : LEVELLER_HEIGHT;
  const under = TOP_Y - thickness; // underside of the top
  const columnX = width / 2 - COLUMN_INSET;
  const footLength = clamp(depth - 0.08, 0.5, 0.82);
  const headY = under - BRACKET.y - HEAD.y / 2;
  const columnTop = headY - HEAD.y / 2;
  const footEnds = [footLength / 2 - 0.035, -(footLength / 2 - 0.035)];

  // Crossbar: two outer tubes from the column heads, a slimmer inner tube telescoping between.
  const barY = under - 0.004 - 0.0225;
  const barInner = columnX - HEAD.x / 2;
  const outerTube = Math.min(0.28, barInner - 0.06);

  // Accessories share the space under the top; their extents keep them clear of each other.
  const pc = { x: -columnX + 0.165, width: 0.18, height: 0.4, depth: 0.4, top: under - 0.06 };
  const pcRight = pc.x + pc.width / 2;
  const trayMin = cpu ? pcRight + 0.03 : -columnX + 0.06;
  const trayMax = columnX - 0.06;
  const trayLength = Math.max(0.2, Math.min(1, trayMax - trayMin));
  const trayX = clamp(0, trayMin + trayLength / 2, trayMax - trayLength / 2);
  const tray = { back: -depth / 2 + 0.08, depth: 0.12, height: 0.09, top: under - 0.03 };

  const drawerRight = columnX - BRACKET.x / 2 - 0.025;
  const drawerLeft = Math.max(drawerRight - 0.42, cpu ? pcRight + 0.02 : -columnX + 0.06);
  const drawerFront = depth / 2 - 0.035;
  const drawerDepth = Math.max(0.1, Math.min(clamp(depth / 2 - 0.07, 0.2, 0.36), drawerFront - 0.04));
  const drawer = { x: (drawerLeft + drawerRight) / 2, width: drawerRight - drawerLeft, height: 0.065 };

  const pole = { z: -depth / 2 + 0.035, top: TOP_Y + 0.42 };
  const armY = TOP_Y + 0.3;
  const elbow: Vec3 = [0.17, armY, pole.z + 0.09];
  const head: Vec3 = [0, armY, pole.z + 0.13];
  const monitorY = armY + 0.03;

  return (
    <group position={[0, lift, 0]}>
      {/* Top */}
      <mesh
        geometry={TOP_SLAB}
        material={top}
        position={[0, TOP_Y - thickness / 2, 0]}
        scale={[width / TOP_SLAB_SIZE.width, thickness / TOP_SLAB_SIZE.thickness, depth / TOP_SLAB_SIZE.depth]}
        castShadow
        receiveShadow
      />

      {/* Lifting frame, one side at a time */}
      {[-1, 1].map((side) => {
        const x = side * columnX;
        return (
          <group key={side}>
            <mesh geometry={FOOT} material={frame} position={[x, 0, 0]} scale={[FOOT_WIDTH, FOOT_HEIGHT, footLength]} castShadow receiveShadow />
            {footEnds.map((z) => (
              <Box key={z} at={[x, 0.0095, z + Math.sign(z) * 0.029]} size={[FOOT_WIDTH + 0.002, 0.019, 0.012]} material={PLASTIC} />
            ))}
            {STAGES.map((stage, i) => {
              const bottom = i === 0 ? FOOT_HEIGHT - 0.005 : (STAGES[i - 1]?.top ?? 0) - 0.02;
              const stageTop = Number.isNaN(stage.top) ? columnTop : stage.top;
              return (
                <group key={i}>
                  <Box at={[x, (bottom + stageTop) / 2, 0]} size={[stage.x, stageTop - bottom, stage.z]} material={frame} />
                  {i < 2 && <Box at={[x, stageTop - 0.002, 0]} size={[stage.x + 0.003, 0.008, stage.z + 0.003]} material={frame} />}
                </group>
              );
            })}
            <Box at={[x, headY, 0]} size={[HEAD.x, HEAD.y, HEAD.z]} material={frame} visible={!dual} />
            <Box at={[x, under - BRACKET.y / 2, 0]} size={[BRACKET.x, BRACKET.y, depth - 0.1]} material={frame} />
            <Box at={[side * (barInner - outerTube / 2), barY, 0]} size={[outerTube, 0.045, 0.05]} material={frame} />

            {/* Dual motor: a motor housing on top of each column */}
            <group visible={dual}>
              <Box at={[x, under - BRACKET.y - 0.04, 0]} size={[0.09, 0.08, 0.12]} material={PLASTIC} />
              <Box at={[x, under - BRACKET.y - 0.082, 0]} size={[0.094, 0.006, 0.124]} material={frame} />
            </group>

            {/* Feet: levellers, or castors that lift the desk a little */}
            <group visible={!castors}>
              {footEnds.map((z) => (
                <Cylinder key={z} at={[x, -LEVELLER_HEIGHT / 2, z]} radius={0.014} length={LEVELLER_HEIGHT} material={PLASTIC} />
              ))}
            </group>
            <group visible={castors}>
              {footEnds.map((z) => (
                <group key={z} position={[x, 0, z]}>
                  <Box at={[0, -0.004, 0]} size={[0.05, 0.008, 0.05]} material={PLASTIC} />
                  <Cylinder at={[0, -0.014, 0]} radius={0.017} length={0.014} material={PLASTIC} />
                  <Box at={[0, -0.03, 0.006]} size={[0.022, 0.026, 0.04]} material={PLASTIC} />
                  <Cylinder at={[-0.018, -CASTOR_HEIGHT + 0.025, 0.01]} radius={0.025} length={0.014} axis="x" material={RUBBER} />
                  <Cylinder at={[0.018, -CASTOR_HEIGHT + 0.025, 0.01]} radius={0.025} length={0.014} axis="x" material={RUBBER} />
                  <Box at={[0, -0.028, 0.034]} size={[0.018, 0.006, 0.02]} material={PLASTIC} />
                </group>
              ))}
            </group>
          </group>
        );
      })}
      <Box at={[0, barY, 0]} size={[2 * barInner - 0.02, 0.038, 0.042]} material={frame} />

      {/* Single motor: gearbox in the middle of the crossbar */}
      <group visible={single}>
        <Box at={[0, barY - 0.045, 0]} size={[0.13, 0.06, 0.075]} material={PLASTIC} />
        <Cylinder at={[0.12, barY - 0.047, 0]} radius={0.026} length={0.11} axis="x" material={PLASTIC} />
        <Cylinder at={[0.18, barY - 0.047, 0]} radius={0.022} length={0.012} axis="x" material={frame} />
      </group>

      {/* Control panel, front right */}
      <Box at={[width / 2 - 0.058, under - 0.011, depth / 2 - 0.035]} size={[0.075, 0.022, 0.05]} material={PLASTIC} />
      <Box at={[width / 2 - 0.058, under - 0.011, depth / 2 - 0.009]} size={[0.06, 0.01, 0.002]} material={SCREEN} />

      {/* Cable tray under the back edge */}
      <group visible={has('cable-tray')} position={[trayX, 0, 0]}>
        <Box at={[0, tray.top - tray.height + 0.0015, tray.back + tray.depth / 2]} size={[trayLength, 0.003, tray.depth]} material={frame} />
        <Box at={[0, tray.top - tray.height / 2, tray.back + 0.0015]} size={[trayLength, tray.height, 0.003]} material={frame} />
        <Box at={[0, tray.top - tray.height * 0.72, tray.back + tray.depth - 0.0015]} size={[trayLength, tray.height * 0.56, 0.003]} material={frame} />
        {[-1, 1].map((end) => (
          <Box
            key={end}
            at={[end * (trayLength / 2 - 0.07), (tray.top + under) / 2, tray.back + 0.02]}
            size={[0.03, under - tray.top, 0.04]}
            material={frame}
          />
        ))}
        <Box at={[0, tray.top - tray.height + 0.023, tray.back + tray.depth / 2]} size={[Math.min(0.36, trayLength - 0.1), 0.04, 0.055]} material={PLASTIC} />
      </group>

      {/* Drawer, front right */}
      <group visible={has('drawer')} position={[drawer.x, under - drawer.height / 2 - 0.002, 0]}>
        <Box at={[0, 0, drawerFront - drawerDepth / 2]} size={[drawer.width - 0.01, drawer.height - 0.006, drawerDepth]} material={PLASTIC} />
        <Box at={[0, 0, drawerFront + 0.006]} size={[drawer.width, drawer.height, 0.012]} material={frame} />
        <Box at={[0, -drawer.height / 2 + 0.006, drawerFront + 0.013]} size={[drawer.width * 0.4, 0.005, 0.004]} material={PLASTIC} />
      </group>

      {/* Computer holder under the left side, with a tower PC in it */}
      <group visible={cpu} position={[pc.x, 0, 0]}>
        <Box at={[0, pc.top - pc.height / 2, 0]} size={[pc.width, pc.height, pc.depth]} material={PC_CASE} />
        <Box at={[0, pc.top - pc.height / 2, pc.depth / 2 + 0.002]} size={[pc.width - 0.03, pc.height - 0.03, 0.004]} material={PC_FRONT} />
        <Cylinder at={[0, pc.top - 0.03, pc.depth / 2 + 0.005]} radius={0.007} length={0.004} axis="z" material={SCREEN} />
        {[-0.13, 0.13].map((z) => (
          <group key={z}>
            <Box at={[0, under - 0.003, z]} size={[0.24, 0.006, 0.05]} material={frame} />
            <Box
              at={[-(pc.width / 2 + 0.004), (under + pc.top - pc.height - 0.008) / 2, z]}
              size={[0.006, under - pc.top + pc.height + 0.008, 0.035]}
              material={frame}
            />
            <Box
              at={[pc.width / 2 + 0.004, (under + pc.top - pc.height - 0.008) / 2, z]}
              size={[0.006, under - pc.top + pc.height + 0.008, 0.035]}
              material={frame}
            />
            <Box at={[0, pc.top - pc.height - 0.004, z]} size={[pc.width + 0.014, 0.008, 0.035]} material={frame} />
          </group>
        ))}
      </group>

      {/* Monitor arm clamped to the back edge, with a monitor */}
      <group visible={has('monitor-arm')}>
        <Box at={[0, TOP_Y + 0.005, -depth / 2 + 0.033]} size={[0.07, 0.01, 0.09]} material={frame} />
        <Box at={[0, (under - 0.02 + TOP_Y + 0.01) / 2, -depth / 2 - 0.006]} size={[0.06, thickness + 0.03, 0.012]} material={frame} />
        <Box at={[0, under - 0.006, -depth / 2 + 0.023]} size={[0.06, 0.012, 0.07]} material={frame} />
        <Cylinder at={[0, under - 0.037, -depth / 2 + 0.035]} radius={0.006} length={0.05} material={PLASTIC} />
        <Cylinder at={[0, under - 0.066, -depth / 2 + 0.035]} radius={0.018} length={0.012} material={PLASTIC} />
        <Cylinder at={[0, (TOP_Y + 0.01 + pole.top) / 2, pole.z]} radius={0.016} length={pole.top - TOP_Y - 0.01} material={frame} />
        <Cylinder at={[0, armY, pole.z]} radius={0.024} length={0.05} material={frame} />
        <Beam from={[0, armY, pole.z]} to={elbow} height={0.035} width={0.04} material={frame} />
        <Cylinder at={elbow} radius={0.023} length={0.05} material={frame} />
        <Beam from={elbow} to={head} height={0.03} width={0.036} material={frame} />
        <Box at={[0, monitorY - 0.01, head[2] + 0.005]} size={[0.04, 0.07, 0.04]} material={frame} />
        <Box at={[0, monitorY, head[2] + 0.029]} size={[0.11, 0.11, 0.008]} material={frame} />
        <Box at={[0, monitorY, head[2] + 0.046]} size={[0.3, 0.22, 0.026]} material={PLASTIC} />
        <Box at={[0, monitorY, head[2] + 0.065]} size={[0.615, 0.36, 0.012]} material={PLASTIC} />
        <Box at={[0, monitorY + 0.006, head[2] + 0.0715]} size={[0.603, 0.336, 0.002]} material={SCREEN} />
      </group>
    </group>
  );
}
