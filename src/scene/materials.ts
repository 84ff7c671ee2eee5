import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { MeshStandardMaterial } from 'three';
import type { Appearance } from '../domain/catalog-schema.ts';
import { createWoodTexture, WOOD_TEXTURE_SIZE } from './wood-texture.ts';

/** Fixed materials for parts that don't follow an option (plastic, rubber, screen). Never disposed. */
export const PLASTIC = new MeshStandardMaterial({ color: '#2a2b2e', roughness: 0.55, metalness: 0.05 });
export const RUBBER = new MeshStandardMaterial({ color: '#1b1b1c', roughness: 0.85, metalness: 0 });
export const PC_CASE = new MeshStandardMaterial({ color: '#1f2023', roughness: 0.4, metalness: 0.35 });
export const PC_FRONT = new MeshStandardMaterial({ color: '#33353a', roughness: 0.6, metalness: 0.1 });
export const SCREEN = new MeshStandardMaterial({ color: '#08090b', roughness: 0.28, metalness: 0.3 });

const DEFAULT_ROUGHNESS = { wood: 0.6, laminate: 0.45, metal: 0.3, matte: 0.6, fabric: 0.9, gloss: 0.15 } as const;
const DEFAULT_METALNESS = { wood: 0, laminate: 0, metal: 0.9, matte: 0.2, fabric: 0, gloss: 0.1 } as const;

/**
 * One material per slot, created once and updated in place when the appearance changes
 * (so a colour change never remounts a mesh). A 'wood' finish gets a wood-grain map drawn
 * for the colour; the previous map is disposed. `surface` is the real size (metres) the
 * UVs span, so the grain keeps its scale when the part is resized.
 */
export function useAppearanceMaterial(
  appearance: Appearance | undefined,
  fallback: Appearance,
  surface?: { width: number; depth: number },
): MeshStandardMaterial {
  const invalidate = useThree((state) => state.invalidate);
  const gl = useThree((state) => state.gl);
  const material = useMemo(() => new MeshStandardMaterial(), []);
  useEffect(() => () => material.dispose(), [material]);

  const { color, roughness, metalness, finish = 'matte' } = appearance ?? fallback;
  const wood = finish === 'wood';

  useLayoutEffect(() => {
    const map = wood ? createWoodTexture(color) : null;
    if (map) map.anisotropy = Math.min(8, gl.capabilities.getMaxAnisotropy());
    if ((material.map === null) !== (map === null)) material.needsUpdate = true;
    material.map = map;
    material.color.set(wood ? '#ffffff' : color);
    material.roughness = roughness ?? DEFAULT_ROUGHNESS[finish];
    material.metalness = metalness ?? DEFAULT_METALNESS[finish];
    invalidate();
    return () => map?.dispose();
  }, [material, gl, invalidate, wood, color, roughness, metalness, finish]);

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
