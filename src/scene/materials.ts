import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { MeshStandardMaterial } from 'three';
import type { Appearance } from '../domain/catalog-schema.ts';
import { createWoodTexture, setWoodColor, WOOD_TEXTURE_SIZE } from './wood-texture.ts';

/** Fixed materials for parts that don't follow an option (plastic, rubber, screen). Never disposed. */
export const PLASTIC = new MeshStandardMaterial({ color: '#2a2b2e', roughness: 0.55, metalness: 0.05 });
export const RUBBER = new MeshStandardMaterial({ color: '#1b1b1c', roughness: 0.85, metalness: 0 });
export const PC_CASE = new MeshStandardMaterial({ color: '#1f2023', roughness: 0.4, metalness: 0.35 });
export const PC_FRONT = new MeshStandardMaterial({ color: '#33353a', roughness: 0.6, metalness: 0.1 });
export const SCREEN = new MeshStandardMaterial({ color: '#08090b', roughness: 0.28, metalness: 0.3 });
/** Bicycle parts. */
export const ALLOY = new MeshStandardMaterial({ color: '#b9bcc1', roughness: 0.3, metalness: 0.9 });
export const DARK_ALLOY = new MeshStandardMaterial({ color: '#2c2e31', roughness: 0.4, metalness: 0.7 });
export const CARBON = new MeshStandardMaterial({ color: '#141516', roughness: 0.32, metalness: 0.25 });
export const CHAIN = new MeshStandardMaterial({ color: '#6d7075', roughness: 0.45, metalness: 0.85 });
export const TAPE = new MeshStandardMaterial({ color: '#161617', roughness: 0.85, metalness: 0 });
export const TYRE_RUBBER = new MeshStandardMaterial({ color: '#1e1d1c', roughness: 0.9, metalness: 0 });
export const SADDLE_COVER = new MeshStandardMaterial({ color: '#1b1b1c', roughness: 0.55, metalness: 0.05 });
export const BOTTLE = new MeshStandardMaterial({ color: '#e9e9e6', roughness: 0.45, metalness: 0 });
export const LENS_WHITE = new MeshStandardMaterial({ color: '#fffdf5', emissive: '#fff6d8', emissiveIntensity: 1.2, roughness: 0.2 });
export const LENS_RED = new MeshStandardMaterial({ color: '#d8141c', emissive: '#ff1010', emissiveIntensity: 0.9, roughness: 0.25 });
/** Shelving parts. */
export const STEEL = new MeshStandardMaterial({ color: '#8e9196', roughness: 0.35, metalness: 0.85 });
export const WALL = new MeshStandardMaterial({ color: '#d9d8d5', roughness: 0.95, metalness: 0 });

const DEFAULT_ROUGHNESS = { wood: 0.6, laminate: 0.45, metal: 0.3, matte: 0.6, fabric: 0.9, gloss: 0.15 } as const;
const DEFAULT_METALNESS = { wood: 0, laminate: 0, metal: 0.9, matte: 0.2, fabric: 0, gloss: 0.1 } as const;

/**
 * One material per slot, created once and updated in place when the appearance changes
 * (so a colour change never remounts a mesh). A 'wood' finish gets a wood-grain map drawn
 * for the colour: one texture per material for its lifetime, repainted in place, so switching
 * finishes back and forth never creates GPU textures (three's shared shadow-depth material can
 * keep a reference to a map, so a disposed map would be uploaded again and leak). `surface` is
 * the real size (metres) the UVs span, so the grain keeps its scale when the part is resized.
 */
export function useAppearanceMaterial(
  appearance: Appearance | undefined,
  fallback: Appearance,
  surface?: { width: number; depth: number },
): MeshStandardMaterial {
  const invalidate = useThree((state) => state.invalidate);
  const gl = useThree((state) => state.gl);
  const material = useMemo(() => new MeshStandardMaterial(), []);
  const grain = useMemo(() => createWoodTexture(), []);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => grain.dispose(), [grain]);

  const { color, roughness, metalness, finish = 'matte' } = appearance ?? fallback;
  const wood = finish === 'wood';

  useLayoutEffect(() => {
    if (wood) {
      setWoodColor(grain, color);
      grain.anisotropy = Math.min(8, gl.capabilities.getMaxAnisotropy());
    }
    const map = wood ? grain : null;
    if (material.map !== map) material.needsUpdate = true;
    material.map = map;
    material.color.set(wood ? '#ffffff' : color);
    material.roughness = roughness ?? DEFAULT_ROUGHNESS[finish];
    material.metalness = metalness ?? DEFAULT_METALNESS[finish];
    invalidate();
  }, [material, grain, gl, invalidate, wood, color, roughness, metalness, finish]);

  const width = surface?.width ?? WOOD_TEXTURE_SIZE.width;
  const depth = surface?.depth ?? WOOD_TEXTURE_SIZE.depth;
  useLayoutEffect(() => {
    const map = material.map;
    if (!map) return;
    const u = width / WOOD_TEXTURE_SIZE.width;
    const v = depth / WOOD_TEXTURE_SIZE.depth;
    map.repeat.set(u, v);
    map.offset.set((1 - u) / 2, (1 - v) / 2);
    invalidate();
  }, [material, invalidate, width, depth, wood, color]);

  return material;
}
