import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Mesh, type Material } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { describe, expect, it } from 'vitest';
import { bottleCageGlb } from '../../scripts/bottle-cage-model.ts';

const FILE = fileURLToPath(new URL('../../public/models/bottle-cage.glb', import.meta.url));

describe('public/models/bottle-cage.glb', () => {
  const bytes = readFileSync(FILE);

  it('is what scripts/make-bottle-cage-glb.ts writes (run it after changing the model)', () => {
    expect(Buffer.compare(bytes, bottleCageGlb())).toBe(0);
  });

  it('is a glTF 2.0 binary that three loads: named meshes and bindable materials, about a bottle in size', async () => {
    expect(bytes.readUInt32LE(0)).toBe(0x46546c67); // "glTF"
    expect(bytes.readUInt32LE(4)).toBe(2);
    expect(bytes.readUInt32LE(8)).toBe(bytes.length);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const gltf = await new GLTFLoader().parseAsync(buffer, '');
    const meshes: Mesh[] = [];
    gltf.scene.traverse((object) => object instanceof Mesh && meshes.push(object));
    expect(meshes.map((mesh) => mesh.name).sort()).toEqual(['bottle', 'cage', 'cap']);
    expect(meshes.map((mesh) => (mesh.material as Material).name).sort()).toEqual(['bottle', 'cage', 'cap']);
    const bottle = meshes.find((mesh) => mesh.name === 'bottle');
    bottle?.geometry.computeBoundingBox();
    const box = bottle?.geometry.boundingBox;
    expect(box?.max.y).toBeCloseTo(0.1, 3);
    expect(box?.min.y).toBeCloseTo(-0.1, 3);
    expect(box?.max.x).toBeCloseTo(0.037, 3);
  });
});
