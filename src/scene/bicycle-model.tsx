import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { CanvasTexture, Color, Matrix4, MeshStandardMaterial, Quaternion, SRGBColorSpace, Vector3, type Material } from 'three';
import type { Appearance } from '../domain/catalog-schema.ts';
import type { SceneSpec } from '../domain/scene-spec.ts';
import { THIN_RING, THIN_RING_TUBE, TUBE_DECAL, TUBE_DECAL_ARC, TYRE, TYRE_TUBE, UNIT_BOX } from './geometries.ts';
import {
  ALLOY,
  BOTTLE,
  CARBON,
  CHAIN,
  DARK_ALLOY,
  LENS_RED,
  LENS_WHITE,
  PLASTIC,
  SADDLE_COVER,
  TAPE,
  TYRE_RUBBER,
  useAppearanceMaterial,
} from './materials.ts';
import { alongSegment, Box, Cylinder, Rod, Sphere, Strut, type Vec3 } from './parts.tsx';
import { GltfPart } from './gltf-part.tsx';
import type { SceneFrame } from './scene-frame.ts';
import { add, AXLE_Y, bikeGeometryOf, deg, len, sub, TYRE_OUTER, unit, type P2 } from '../domain/bicycle-geometry.ts';

/*
 * A made-to-measure road/gravel bike, in metres: y up, the bike facing +x, its drive side (right)
 * towards +z, the ground at y = 0. Frame geometry follows the frame size (a `size-*` part; the
 * rider height picks one when there is none), the saddle height follows the rider height.
 * Everything is built from shared geometries placed and scaled by the spec, so a change only
 * updates transforms, `visible` flags and material parameters; the name decal is one canvas
 * texture, redrawn in place.
 */

const DEFAULT_FRAME: Appearance = { color: '#b0212b', roughness: 0.22, metalness: 0.1, finish: 'gloss' };

/**
 * The bike is turned so that the standard 3/4 view sees it almost side-on, drive side out, as
 * bikes are shown in shops (the view direction is 0.6 rad round from +z).
 */
const YAW = 0.4;

/** The camera frames the largest bike, so it does not jump when the size changes. */
export const BICYCLE_FRAME: SceneFrame = {
  center: [0, 0.56, 0],
  size: [1.78, 1.12, 0.46],
  rotationY: YAW,
  // The bike faces +x with its drive side towards +z: "front" is head-on, "side" the drive side.
  views: { front: [1, 0.12, 0], side: [0, 0.1, 1] },
};

/** Tube radii per frame material: fat aluminium and carbon, slim steel, titanium in between. */
const TUBES = {
  aluminium: { down: 0.023, top: 0.0175, seat: 0.0159, head: 0.024, chainstay: 0.011, seatstay: 0.0085, fork: 0.014 },
  steel: { down: 0.0159, top: 0.0143, seat: 0.0143, head: 0.0185, chainstay: 0.0105, seatstay: 0.0075, fork: 0.011 },
  carbon: { down: 0.026, top: 0.019, seat: 0.0175, head: 0.026, chainstay: 0.0125, seatstay: 0.009, fork: 0.015 },
  titanium: { down: 0.019, top: 0.0159, seat: 0.0159, head: 0.021, chainstay: 0.0105, seatstay: 0.008, fork: 0.014 },
} as const;

const TYRE_RING = TYRE_OUTER / (1 + TYRE_TUBE);
/** Outer edge of the rim (hidden in the tyre bead). */
const RIM_OUTER = 0.312;
const RIM_SEGMENTS = 40;
const SPOKES = 24;
/** z of the chain line, the middle of the cassette and the chainrings. */
const CHAIN_Z = 0.044;

const CASSETTES = {
  '11-32': [32, 28, 25, 22, 20, 18, 16, 14, 13, 12, 11],
  '10-44': [44, 40, 36, 32, 28, 24, 21, 18, 16, 14, 12, 10],
  '11-34': [34, 30, 27, 24, 21, 19, 17, 15, 14, 13, 12, 11],
} as const;

const cogRadius = (teeth: number) => teeth * 0.00202 + 0.002;

function materialFor(parts: ReadonlySet<string>): keyof typeof TUBES {
  if (parts.has('frame-steel')) return 'steel';
  if (parts.has('frame-carbon')) return 'carbon';
  if (parts.has('frame-titanium')) return 'titanium';
  return 'aluminium';
}

const at = (p: P2, z = 0): Vec3 => [p[0], p[1], z];
const polar = (centre: P2, radius: number, angle: number): P2 => [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)];

export function BicycleModel({ spec }: { spec: SceneSpec }) {
  const parts = useMemo(() => new Set(spec.parts), [spec.parts]);
  const has = (part: string) => parts.has(part);
  const tubes = TUBES[materialFor(parts)];
  const frameLook = spec.materials.frame ?? DEFAULT_FRAME;
  const paint = useAppearanceMaterial(frameLook, DEFAULT_FRAME);
  const slots = useMemo(() => ({ frame: paint }), [paint]);
  const cageModel = spec.models?.find((model) => model.part === 'bottle-cages');
  const name = spec.texts['top-tube'] ?? '';
  const decal = useNameDecal(name, frameLook.color);

  const { g, bb, rearAxle, frontAxle, headTop, headBottom, crown, steer, ahead, seatDir, seatTop, postTop, offset } = bikeGeometryOf(spec);

  const rimDepth = has('rims-60') ? 0.06 : has('rims-45') ? 0.045 : 0.028;
  const carbonRims = has('rims-60') || has('rims-45');
  const rimWidth = carbonRims ? 0.027 : 0.022;
  const disc = has('disc-brakes');
  const rimBrakes = has('rim-brakes') || !disc;
  const single = has('chainring-single');
  const cassette = has('cassette-12') ? (single ? CASSETTES['10-44'] : CASSETTES['11-34']) : CASSETTES['11-32'];
  const external = !has('routing-internal');

  // Main triangle.
  const seatCluster = add(seatTop, seatDir, -0.025);
  const topTubeFront = add(headTop, steer, 0.025);
  const downTubeTop = add(headBottom, steer, -0.03);
  const stayTop = add(seatTop, seatDir, -0.05);
  const up: P2 = [-steer[0], -steer[1]];
  const steererTop = add(headTop, up, 0.045);
  const stemClamp = add(steererTop, up, -0.02);
  const stemDir = unit([Math.cos(deg(6)), Math.sin(deg(6))]);
  const barClamp = add(stemClamp, stemDir, g.stem);

  // Drivetrain.
  const bigRing = single ? cogRadius(40) : cogRadius(50);
  const smallRing = cogRadius(34);
  const crankAngle = deg(-28);
  const crankEnd = polar(bb, g.crank, crankAngle);
  const crankOther = polar(bb, g.crank, crankAngle + Math.PI);
  const cogTop = cogRadius(cassette[Math.floor(cassette.length / 2)] ?? 18);
  const upperPulley: P2 = add(rearAxle, [0.012, -0.055]);
  const lowerPulley: P2 = add(rearAxle, single ? [0.045, -0.13] : [0.035, -0.11]);

  // Bottle cages: on the down tube (inside the triangle) and the front of the seat tube.
  const downDir = unit(sub(downTubeTop, bb));
  const downLength = len(sub(downTubeTop, bb));
  const downNormal: P2 = [-downDir[1], downDir[0]];
  const downBottle = add(add(bb, downDir, downLength * 0.56), downNormal, tubes.down + 0.044);
  const seatNormal: P2 = [seatDir[1], -seatDir[0]];
  const seatBottle = add(add(bb, seatDir, 0.28), seatNormal, tubes.seat + 0.044);

  const wheel = (centre: P2, front: boolean) => (
    <Wheel centre={centre} depth={rimDepth} width={rimWidth} rim={carbonRims ? CARBON : DARK_ALLOY} disc={disc} front={front} />
  );

  // Handlebar bend, relative to the bar clamp (x forward, y up), per side.
  const bend: P2[] = [
    [0, 0],
    [0.045, -0.004],
    [0.078, -0.028],
    [0.09, -0.07],
    [0.072, -0.115],
    [0.03, -0.132],
    [-0.045, -0.128],
  ];
  const hood = (k: number) => add(barClamp, bend[2] ?? [0, 0], k);
  const hoodHeight = has('hydraulic-brakes') ? 0.048 : 0.036;

  return (
    <group rotation={[0, YAW, 0]}>
      <group position={[offset, 0, 0]}>
        {/* Wheels */}
        {wheel(rearAxle, false)}
        {wheel(frontAxle, true)}

        {/* Main triangle and stays */}
        <Rod from={at(bb)} to={at(downTubeTop)} radius={tubes.down} material={paint} />
        <Rod from={at(bb, 0)} to={at(add(seatTop, seatDir, 0.005))} radius={tubes.seat} material={paint} />
        <Rod from={at(seatCluster)} to={at(topTubeFront)} radius={tubes.top} material={paint} />
        <Rod from={at(add(headTop, up, 0.008))} to={at(add(headBottom, steer, 0.004))} radius={tubes.head} material={paint} />
        <Cylinder at={at(bb)} radius={0.022} length={0.074} axis="z" material={paint} />
        {[-1, 1].map((side) => (
          <group key={side}>
            <Rod from={at(bb, side * 0.04)} to={at(rearAxle, side * 0.064)} radius={tubes.chainstay} material={paint} />
            <Rod from={at(stayTop, side * 0.016)} to={at(rearAxle, side * 0.064)} radius={tubes.seatstay} material={paint} />
            <Box at={at(add(rearAxle, [0.004, 0.004]), side * 0.066)} size={[0.04, 0.034, 0.008]} material={paint} />
          </group>
        ))}
        {/* Seat collar, seatpost, saddle */}
        <Cylinder at={at(add(seatTop, seatDir, -0.004))} radius={tubes.seat + 0.004} length={0.018} material={DARK_ALLOY} />
        <Rod from={at(add(seatTop, seatDir, -0.02))} to={at(postTop)} radius={0.0136} material={DARK_ALLOY} />
        <Box at={at(add(postTop, [0, 0.012]))} size={[0.05, 0.018, 0.03]} material={DARK_ALLOY} />
        <Sphere at={at(add(postTop, [-0.045, 0.032]))} size={[0.17, 0.034, 0.138]} material={SADDLE_COVER} />
        <Sphere at={at(add(postTop, [0.02, 0.031]))} size={[0.17, 0.03, 0.08]} material={SADDLE_COVER} />
        <Sphere at={at(add(postTop, [0.085, 0.029]))} size={[0.13, 0.026, 0.045]} material={SADDLE_COVER} />

        {/* Fork */}
        <Rod from={at(crown, -0.052)} to={at(crown, 0.052)} radius={0.017} material={paint} />
        {[-1, 1].map((side) => (
          <group key={side}>
            <Rod from={at(add(crown, steer, 0.005), side * 0.046)} to={at(frontAxle, side * 0.05)} radius={tubes.fork} material={paint} />
            <Box at={at(frontAxle, side * 0.052)} size={[0.028, 0.03, 0.008]} material={paint} />
          </group>
        ))}

        {/* Headset, spacers, stem */}
        <Rod from={at(headTop)} to={at(add(headTop, up, 0.012))} radius={tubes.head + 0.002} material={DARK_ALLOY} />
        <Rod from={at(add(headTop, up, 0.012))} to={at(steererTop)} radius={0.0165} material={DARK_ALLOY} />
        <Rod from={at(add(stemClamp, up, -0.022))} to={at(add(stemClamp, up, 0.022))} radius={0.02} material={DARK_ALLOY} />
        <Rod from={at(stemClamp)} to={at(barClamp)} radius={0.016} material={DARK_ALLOY} />
        <Box at={at(add(barClamp, stemDir, 0.004))} size={[0.03, 0.04, 0.05]} material={DARK_ALLOY} />

        {/* Drop handlebar: tops, then the bend on each side */}
        <Rod from={at(barClamp, -g.bar / 2)} to={at(barClamp, g.bar / 2)} radius={0.0125} material={TAPE} />
        {[-1, 1].map((side) => {
          const z = (side * g.bar) / 2;
          return (
            <group key={side}>
              {bend.slice(1).map((point, i) => (
                <group key={i}>
                  <Rod from={at(add(barClamp, bend[i] ?? [0, 0]), z)} to={at(add(barClamp, point), z)} radius={0.0122} material={TAPE} />
                  <Sphere at={at(add(barClamp, point), z)} size={[0.0244, 0.0244, 0.0244]} material={TAPE} />
                </group>
              ))}
              {/* Brake/shift hood and lever */}
              <Strut from={at(hood(1), z)} to={at(add(hood(1), [0.062, -0.006]), z)} section={[hoodHeight, 0.03]} material={PLASTIC} />
              <Sphere at={at(add(hood(1), [0.066, 0.006]), z)} size={[0.024, hoodHeight * 0.9, 0.026]} material={PLASTIC} />
              <Rod from={at(add(hood(1), [0.068, -0.02]), z)} to={at(add(barClamp, [0.078, -0.14]), z)} radius={0.0065} material={DARK_ALLOY} />
            </group>
          );
        })}

        {/* Bottom bracket, cranks, chainrings, pedals */}
        <Strut from={at(bb, 0.068)} to={at(crankEnd, 0.068)} section={[0.03, 0.014]} material={DARK_ALLOY} />
        <Strut from={at(bb, -0.068)} to={at(crankOther, -0.068)} section={[0.03, 0.014]} material={DARK_ALLOY} />
        <Cylinder at={at(bb, 0.07)} radius={0.02} length={0.016} axis="z" material={DARK_ALLOY} />
        {[0, 1, 2, 3].map((i) => (
          <Strut
            key={i}
            from={at(bb, 0.058)}
            to={at(polar(bb, bigRing - 0.008, crankAngle + deg(45) + (i * Math.PI) / 2), 0.056)}
            section={[0.016, 0.006]}
            material={DARK_ALLOY}
          />
        ))}
        <Ring centre={at(bb, CHAIN_Z + 0.008)} radius={bigRing} thickness={0.004} material={CHAIN} />
        <Ring centre={at(bb, CHAIN_Z + 0.001)} radius={smallRing} thickness={0.004} material={CHAIN} visible={!single} />
        <Box at={at(crankEnd, 0.115)} size={[0.09, 0.014, 0.07]} material={PLASTIC} />
        <Box at={at(crankOther, -0.115)} size={[0.09, 0.014, 0.07]} material={PLASTIC} />

        {/* Cassette, chain, derailleurs */}
        {Array.from({ length: 12 }, (_, i) => {
          const teeth = cassette[i];
          return (
            <Cylinder
              key={i}
              at={at(rearAxle, 0.024 + i * 0.0037)}
              radius={cogRadius(teeth ?? 11)}
              length={0.0018}
              axis="z"
              material={CHAIN}
              visible={teeth !== undefined}
            />
          );
        })}
        <Rod from={at(add(bb, [0, bigRing]), CHAIN_Z + 0.008)} to={at(add(rearAxle, [0, cogTop]), CHAIN_Z + 0.01)} radius={0.0032} material={CHAIN} />
        <Rod from={at(add(bb, [0, -bigRing]), CHAIN_Z + 0.008)} to={at(add(lowerPulley, [0, -0.017]), CHAIN_Z + 0.012)} radius={0.0032} material={CHAIN} />
        <Rod
          from={at(add(upperPulley, [-0.017, 0]), CHAIN_Z + 0.012)}
          to={at(add(rearAxle, [-cogTop * 0.6, -cogTop * 0.8]), CHAIN_Z + 0.01)}
          radius={0.0032}
          material={CHAIN}
        />
        <Box at={at(add(rearAxle, [0.006, -0.018]), 0.072)} size={[0.03, 0.045, 0.022]} material={DARK_ALLOY} />
        <Strut from={at(upperPulley, 0.066)} to={at(lowerPulley, 0.066)} section={[0.03, 0.004]} material={DARK_ALLOY} />
        <Cylinder at={at(upperPulley, CHAIN_Z + 0.012)} radius={0.017} length={0.008} axis="z" material={PLASTIC} />
        <Cylinder at={at(lowerPulley, CHAIN_Z + 0.012)} radius={0.017} length={0.008} axis="z" material={PLASTIC} />
        <group visible={has('front-derailleur')}>
          <Strut
            from={at(add(bb, seatDir, bigRing + 0.012), CHAIN_Z + 0.012)}
            to={at(add(add(bb, seatDir, bigRing + 0.012), [0.065, -0.01]), CHAIN_Z + 0.012)}
            section={[0.02, 0.014]}
            material={DARK_ALLOY}
          />
          <Box
            at={at(add(bb, seatDir, bigRing + 0.038), CHAIN_Z - 0.01)}
            size={has('electronic-shifting') ? [0.045, 0.04, 0.04] : [0.03, 0.03, 0.032]}
            material={DARK_ALLOY}
          />
        </group>

        {/* Brakes: rotors and callipers on the left, or rim callipers over the tyres */}
        <group visible={disc}>
          <Cylinder at={at(add(frontAxle, [-0.04, 0.06]), -0.058)} radius={0.018} length={0.028} axis="z" material={DARK_ALLOY} />
          <Box at={at(add(frontAxle, [-0.04, 0.06]), -0.05)} size={[0.055, 0.03, 0.018]} material={DARK_ALLOY} />
          <Box at={at(add(rearAxle, [0.066, 0.028]), -0.05)} size={[0.055, 0.03, 0.018]} material={DARK_ALLOY} />
        </group>
        <group visible={rimBrakes}>
          <RimCalliper axle={frontAxle} towards={crown} out={[ahead[0] * 0.024, ahead[1] * 0.024]} />
          <RimCalliper axle={rearAxle} towards={stayTop} out={[-0.024, 0.004]} />
        </group>

        {/* Cables: along the tubes when routed outside, only short loops into the frame when inside */}
        {[-1, 1].map((side) => {
          // Housing leaves the bar tape beside the stem, loops forward and down, and enters the frame.
          const exit = at(add(barClamp, [0.006, -0.01]), side * 0.065);
          const loop = at(add(barClamp, [0.045, -0.085]), side * 0.045);
          const entry = external
            ? at(add(add(headTop, steer, 0.05), ahead, tubes.head + 0.012), side * 0.016)
            : at(add(add(headTop, steer, 0.03), ahead, tubes.head * 0.8), side * 0.01);
          return (
            <group key={side}>
              <Rod from={exit} to={loop} radius={0.0026} material={TAPE} castShadow={false} />
              <Rod from={loop} to={entry} radius={0.0026} material={TAPE} castShadow={false} />
            </group>
          );
        })}
        <group visible={external}>
          <Rod
            from={at(add(add(downTubeTop, downDir, -0.03), downNormal, -(tubes.down + 0.003)), 0.006)}
            to={at(add(add(bb, downDir, 0.06), downNormal, -(tubes.down + 0.003)), 0.006)}
            radius={0.0025}
            material={TAPE}
            castShadow={false}
          />
          <Rod
            from={at(add(topTubeFront, [-0.02, tubes.top + 0.003]))}
            to={at(add(seatCluster, [0.03, tubes.top + 0.003]))}
            radius={0.0025}
            material={TAPE}
            castShadow={false}
          />
          <Rod from={at(add(bb, [-0.04, 0.016]), 0.052)} to={at(add(rearAxle, [0.05, 0.014]), 0.07)} radius={0.0025} material={TAPE} castShadow={false} />
        </group>

        {/* Mudguards */}
        <group visible={has('mudguards')}>
          <Mudguard centre={frontAxle} from={deg(28)} to={deg(250)} />
          <Mudguard centre={rearAxle} from={deg(8)} to={deg(192)} />
          {[-1, 1].map((side) => (
            <group key={side}>
              <Rod
                from={at(frontAxle, side * 0.056)}
                to={at(polar(frontAxle, TYRE_OUTER + 0.016, deg(200)), side * 0.026)}
                radius={0.0022}
                material={ALLOY}
                castShadow={false}
              />
              <Rod
                from={at(rearAxle, side * 0.07)}
                to={at(polar(rearAxle, TYRE_OUTER + 0.016, deg(160)), side * 0.026)}
                radius={0.0022}
                material={ALLOY}
                castShadow={false}
              />
            </group>
          ))}
        </group>

        {/* Rear rack */}
        <group visible={has('rack')}>
          <Rack rearAxle={rearAxle} stayTop={stayTop} />
        </group>

        {/* Bottle cages with bottles: the catalog's glTF model when it has one, else drawn here */}
        <GltfPart
          model={cageModel}
          visible={has('bottle-cages')}
          mounts={[bottleMount(downBottle, downDir, [-downNormal[0], -downNormal[1]]), bottleMount(seatBottle, seatDir, [-seatNormal[0], -seatNormal[1]])]}
          slots={slots}
          fallback={
            <>
              <BottleInCage centre={downBottle} axis={downDir} towardsTube={[-downNormal[0], -downNormal[1]]} />
              <BottleInCage centre={seatBottle} axis={seatDir} towardsTube={[-seatNormal[0], -seatNormal[1]]} />
            </>
          }
        />

        {/* Lights: front on the bar, rear on the seatpost */}
        <group visible={has('lights')}>
          <Strut from={at(add(barClamp, [0, -0.014]))} to={at(add(barClamp, [0.07, -0.014]))} section={[0.008, 0.022]} material={DARK_ALLOY} />
          <Rod from={at(add(barClamp, [0.06, -0.04]))} to={at(add(barClamp, [0.125, -0.04]))} radius={0.019} material={PLASTIC} />
          <Box at={at(add(barClamp, [0.075, -0.024]))} size={[0.02, 0.014, 0.018]} material={PLASTIC} />
          <Cylinder at={at(add(barClamp, [0.126, -0.04]))} radius={0.015} length={0.004} axis="x" material={LENS_WHITE} />
          <Box at={at(add(add(seatTop, seatDir, 0.05), [-0.024, 0]))} size={[0.02, 0.065, 0.03]} material={PLASTIC} />
          <Box at={at(add(add(seatTop, seatDir, 0.05), [-0.035, 0]))} size={[0.003, 0.055, 0.024]} material={LENS_RED} />
        </group>

        {/* The name, printed on the drive side of the top tube */}
        <NameDecal from={seatCluster} to={topTubeFront} radius={tubes.top} material={decal} />
      </group>
    </group>
  );
}

/** A wheel in the xy plane: tyre, rim of the chosen depth (segments of the unit box), spokes, hub, rotor. */
function Wheel({ centre, depth, width, rim, disc, front }: { centre: P2; depth: number; width: number; rim: Material; disc: boolean; front: boolean }) {
  const chord = 2 * RIM_OUTER * Math.sin(Math.PI / RIM_SEGMENTS) * 1.04;
  const rimInner = RIM_OUTER - depth;
  return (
    <group position={[centre[0], centre[1], 0]}>
      <mesh geometry={TYRE} material={TYRE_RUBBER} scale={[TYRE_RING, TYRE_RING, TYRE_RING * 1.02]} castShadow receiveShadow />
      {Array.from({ length: RIM_SEGMENTS }, (_, i) => {
        const angle = (i / RIM_SEGMENTS) * Math.PI * 2;
        const r = RIM_OUTER - depth / 2;
        return (
          <mesh
            key={i}
            geometry={UNIT_BOX}
            material={rim}
            position={[r * Math.cos(angle), r * Math.sin(angle), 0]}
            rotation={[0, 0, angle + Math.PI / 2]}
            scale={[chord, depth, width]}
            castShadow
            receiveShadow
          />
        );
      })}
      {Array.from({ length: SPOKES }, (_, i) => {
        const angle = (i / SPOKES) * Math.PI * 2;
        const side = i % 2 === 0 ? 1 : -1;
        const lace = (i % 4 < 2 ? 1 : -1) * (front ? 0.12 : 0.3);
        const flange = 0.026;
        return (
          <Rod
            key={i}
            from={[flange * Math.cos(angle), flange * Math.sin(angle), side * 0.028]}
            to={[(rimInner + 0.002) * Math.cos(angle + lace), (rimInner + 0.002) * Math.sin(angle + lace), side * 0.002]}
            radius={0.0011}
            material={ALLOY}
            castShadow={false}
          />
        );
      })}
      <Cylinder at={[0, 0, 0]} radius={0.016} length={front ? 0.1 : 0.13} axis="z" material={DARK_ALLOY} />
      <Cylinder at={[0, 0, 0.028]} radius={0.03} length={0.004} axis="z" material={DARK_ALLOY} />
      <Cylinder at={[0, 0, -0.028]} radius={0.03} length={0.004} axis="z" material={DARK_ALLOY} />
      <group visible={disc}>
        <Cylinder at={[0, 0, -0.052]} radius={0.08} length={0.0018} axis="z" material={ALLOY} />
        <Cylinder at={[0, 0, -0.05]} radius={0.036} length={0.004} axis="z" material={DARK_ALLOY} />
      </group>
    </group>
  );
}

/** A dual-pivot rim brake: a body just outside the tyre (shifted `out` off the frame), arms round the tyre to pads on the rim. */
function RimCalliper({ axle, towards, out }: { axle: P2; towards: P2; out: P2 }) {
  const dir = unit(sub(towards, axle));
  const body = add(add(axle, dir, TYRE_OUTER + 0.026), out);
  const shoulder = add(add(axle, dir, TYRE_OUTER + 0.004), out);
  const pad = add(add(axle, dir, RIM_OUTER - 0.01), out, 0.6);
  return (
    <group>
      <Strut from={at(add(body, out, -1.1))} to={at(body)} section={[0.01, 0.01]} material={ALLOY} />
      <Strut from={at(add(body, dir, -0.006))} to={at(add(body, dir, 0.012))} section={[0.036, 0.056]} material={ALLOY} />
      <Cylinder at={at(add(body, dir, 0.016))} radius={0.006} length={0.02} material={DARK_ALLOY} />
      {[-1, 1].map((side) => (
        <group key={side}>
          <Strut from={at(body, side * 0.026)} to={at(shoulder, side * 0.028)} section={[0.02, 0.008]} material={ALLOY} />
          <Strut from={at(shoulder, side * 0.028)} to={at(pad, side * 0.024)} section={[0.016, 0.007]} material={ALLOY} />
          <Strut from={at(add(pad, dir, -0.016), side * 0.017)} to={at(add(pad, dir, 0.016), side * 0.017)} section={[0.012, 0.009]} material={PLASTIC} />
        </group>
      ))}
    </group>
  );
}

/** A full mudguard: a strip of short segments following the tyre from one angle to another. */
function Mudguard({ centre, from, to }: { centre: P2; from: number; to: number }) {
  const segments = 24;
  const radius = TYRE_OUTER + 0.016;
  return (
    <group>
      {Array.from({ length: segments }, (_, i) => {
        const a0 = from + ((to - from) * i) / segments;
        const a1 = from + ((to - from) * (i + 1.08)) / segments;
        return <Strut key={i} from={at(polar(centre, radius, a0))} to={at(polar(centre, radius, a1))} section={[0.003, 0.05]} material={PLASTIC} />;
      })}
    </group>
  );
}

/** A rear rack: a platform over the wheel, struts to the axle, arms to the seat stays. */
function Rack({ rearAxle, stayTop }: { rearAxle: P2; stayTop: P2 }) {
  const top = AXLE_Y + TYRE_OUTER + 0.05;
  const back = rearAxle[0] - 0.2;
  const front = rearAxle[0] + 0.12;
  const stay = add(rearAxle, sub(stayTop, rearAxle), 0.72);
  return (
    <group>
      {[-0.06, 0, 0.06].map((z) => (
        <Rod key={z} from={[back, top, z]} to={[front, top, z]} radius={0.005} material={DARK_ALLOY} />
      ))}
      {[back, (back + front) / 2, front].map((x) => (
        <Rod key={x} from={[x, top, -0.062]} to={[x, top, 0.062]} radius={0.005} material={DARK_ALLOY} />
      ))}
      {[-1, 1].map((side) => (
        <group key={side}>
          <Rod from={[back, top, side * 0.062]} to={[rearAxle[0] - 0.01, AXLE_Y + 0.03, side * 0.078]} radius={0.0055} material={DARK_ALLOY} />
          <Rod from={[back + 0.14, top, side * 0.062]} to={[rearAxle[0] - 0.01, AXLE_Y + 0.03, side * 0.078]} radius={0.0055} material={DARK_ALLOY} />
          <Rod from={[front, top, side * 0.062]} to={[stay[0], stay[1], side * 0.03]} radius={0.004} material={DARK_ALLOY} />
        </group>
      ))}
    </group>
  );
}

/**
 * Where a glTF bottle cage goes: its origin at the bottle's centre, +y along the tube, the tube on
 * its −x side (the convention scripts/make-bottle-cage-glb.ts models to).
 */
function bottleMount(centre: P2, axis: P2, towardsTube: P2): { position: Vec3; quaternion: Quaternion } {
  const x = new Vector3(-towardsTube[0], -towardsTube[1], 0).normalize();
  const y = new Vector3(axis[0], axis[1], 0).normalize();
  const z = new Vector3().crossVectors(x, y);
  return { position: at(centre), quaternion: new Quaternion().setFromRotationMatrix(new Matrix4().makeBasis(x, y, z)) };
}

/** A bottle in a cage, parallel to a tube. */
function BottleInCage({ centre, axis, towardsTube }: { centre: P2; axis: P2; towardsTube: P2 }) {
  const half = 0.1;
  const bottom = add(centre, axis, -half);
  const top = add(centre, axis, half);
  const rail = add(centre, towardsTube, 0.03);
  return (
    <group>
      <Rod from={at(bottom)} to={at(top)} radius={0.036} material={BOTTLE} />
      <Rod from={at(top)} to={at(add(top, axis, 0.025))} radius={0.016} material={PLASTIC} />
      {[-1, 1].map((side) => (
        <Rod
          key={side}
          from={at(add(rail, axis, -half - 0.005), side * 0.022)}
          to={at(add(rail, axis, half * 0.6), side * 0.022)}
          radius={0.0035}
          material={DARK_ALLOY}
        />
      ))}
      <Strut from={at(add(bottom, axis, -0.004))} to={at(add(add(bottom, axis, -0.004), towardsTube, 0.034))} section={[0.005, 0.05]} material={DARK_ALLOY} />
    </group>
  );
}

/** A chainring: the thin ring geometry, flattened to `thickness` along z. */
function Ring({
  centre,
  radius,
  thickness,
  material,
  visible = true,
}: {
  centre: Vec3;
  radius: number;
  thickness: number;
  material: Material;
  visible?: boolean;
}) {
  return (
    <mesh
      geometry={THIN_RING}
      material={material}
      position={centre}
      scale={[radius, radius, thickness / (2 * THIN_RING_TUBE)]}
      visible={visible}
      castShadow
      receiveShadow
    />
  );
}

/** Decal pixels: a tall canvas, text running up it; u goes round the tube, v along it. */
const DECAL_PIXELS = { width: 128, height: 1024 } as const;

/** The name printed on the top tube: a third of a shell round the tube, facing the drive side. */
function NameDecal({ from, to, radius, material }: { from: P2; to: P2; radius: number; material: Material }) {
  const shell = radius + 0.0006;
  const length = Math.min(len(sub(to, from)) * 0.8, (DECAL_PIXELS.height / DECAL_PIXELS.width) * TUBE_DECAL_ARC * shell);
  const centre = add(from, sub(to, from), 0.56);
  const dir = unit(sub(to, from));
  const { quaternion } = alongSegment(at(centre), at(add(centre, dir)));
  return <mesh geometry={TUBE_DECAL} material={material} position={at(centre)} quaternion={quaternion} scale={[shell, length, shell]} renderOrder={1} />;
}

/**
 * One canvas texture for the name, created once and redrawn in place when the text or the frame
 * colour changes (white on dark paint, near-black on light); disposed with the model.
 */
function useNameDecal(text: string, frameColor: string): MeshStandardMaterial {
  const invalidate = useThree((state) => state.invalidate);
  // One material with its own canvas texture for the model's lifetime.
  const material = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = DECAL_PIXELS.width;
    canvas.height = DECAL_PIXELS.height;
    const map = new CanvasTexture(canvas);
    map.colorSpace = SRGBColorSpace;
    map.anisotropy = 4;
    return new MeshStandardMaterial({ map, transparent: true, depthWrite: false, roughness: 0.25, metalness: 0, polygonOffset: true, polygonOffsetFactor: -2 });
  }, []);
  useEffect(
    () => () => {
      material.map?.dispose();
      material.dispose();
    },
    [material],
  );

  useLayoutEffect(() => {
    drawName(material, text, frameColor);
    invalidate();
  }, [material, text, frameColor, invalidate]);

  return material;
}

/** Redraws the decal's canvas: the text along the tube, light on dark paint and dark on light. */
function drawName(material: MeshStandardMaterial, text: string, frameColor: string): void {
  const texture = material.map;
  const canvas = texture?.image as HTMLCanvasElement | undefined;
  const ctx = canvas?.getContext('2d');
  if (!texture || !canvas || !ctx) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const label = text.trim();
  if (label !== '') {
    const hsl = { h: 0, s: 0, l: 0 };
    new Color(frameColor).getHSL(hsl, SRGBColorSpace);
    ctx.save();
    ctx.translate(canvas.width / 2, canvas.height / 2);
    ctx.rotate(-Math.PI / 2);
    let px = 92;
    ctx.font = `italic 700 ${px}px "Helvetica Neue", Arial, sans-serif`;
    const room = canvas.height * 0.92;
    const width = ctx.measureText(label).width;
    if (width > room) {
      px = Math.floor((px * room) / width);
      ctx.font = `italic 700 ${px}px "Helvetica Neue", Arial, sans-serif`;
    }
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = hsl.l < 0.55 ? '#f7f5f0' : '#1b1c1e';
    ctx.fillText(label, 0, 4);
    ctx.restore();
  }
  texture.needsUpdate = true;
}
