/*
 * A minimal glTF 2.0 binary (GLB) writer: one node per mesh under a named root, one primitive per
 * mesh (positions, normals, 32-bit indices), one metallic-roughness material per mesh.
 * Spec: https://registry.khronos.org/glTF/specs/2.0/glTF-2.0.html#binary-gltf-layout
 */

export interface GlbMaterial {
  name: string;
  /** Linear RGB, 0–1. */
  color: [number, number, number];
  roughness: number;
  metalness: number;
}

export interface GlbMesh {
  name: string;
  material: GlbMaterial;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;
const FLOAT = 5126;
const UNSIGNED_INT = 5125;

const pad4 = (n: number) => (n + 3) & ~3;

export function writeGlb(rootName: string, meshes: readonly GlbMesh[]): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  const bufferViews: object[] = [];
  const accessors: object[] = [];
  /** Appends typed data as a buffer view (4-byte aligned) and returns its index. */
  const view = (data: Float32Array | Uint32Array, target: number) => {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const padded = Buffer.alloc(pad4(bytes.length));
    bytes.copy(padded);
    chunks.push(padded);
    bufferViews.push({ buffer: 0, byteOffset: offset, byteLength: bytes.length, target });
    offset += padded.length;
    return bufferViews.length - 1;
  };
  const gltfMeshes = meshes.map((mesh, i) => {
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (let v = 0; v < mesh.positions.length; v += 3) {
      for (let k = 0; k < 3; k++) {
        const value = mesh.positions[v + k] ?? 0;
        min[k] = Math.min(min[k] ?? value, value);
        max[k] = Math.max(max[k] ?? value, value);
      }
    }
    const count = mesh.positions.length / 3;
    accessors.push({ bufferView: view(mesh.positions, ARRAY_BUFFER), componentType: FLOAT, count, type: 'VEC3', min, max });
    const position = accessors.length - 1;
    accessors.push({ bufferView: view(mesh.normals, ARRAY_BUFFER), componentType: FLOAT, count, type: 'VEC3' });
    const normal = accessors.length - 1;
    accessors.push({ bufferView: view(mesh.indices, ELEMENT_ARRAY_BUFFER), componentType: UNSIGNED_INT, count: mesh.indices.length, type: 'SCALAR' });
    const indices = accessors.length - 1;
    return { name: mesh.name, primitives: [{ attributes: { POSITION: position, NORMAL: normal }, indices, material: i }] };
  });

  const json = {
    asset: { version: '2.0', generator: 'made-to-order scripts/write-glb.ts' },
    scene: 0,
    scenes: [{ name: rootName, nodes: [0] }],
    nodes: [{ name: rootName, children: meshes.map((_, i) => i + 1) }, ...meshes.map((mesh, i) => ({ name: mesh.name, mesh: i }))],
    meshes: gltfMeshes,
    materials: meshes.map(({ material }) => ({
      name: material.name,
      pbrMetallicRoughness: { baseColorFactor: [...material.color, 1], roughnessFactor: material.roughness, metallicFactor: material.metalness },
    })),
    accessors,
    bufferViews,
    buffers: [{ byteLength: offset }],
  };

  const jsonBytes = Buffer.from(JSON.stringify(json), 'utf8');
  const jsonChunk = Buffer.alloc(pad4(jsonBytes.length), 0x20); // padded with spaces
  jsonBytes.copy(jsonChunk);
  const binChunk = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  const total = 12 + 8 + jsonChunk.length + 8 + binChunk.length;
  header.writeUInt32LE(0x46546c67, 0); // "glTF"
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(total, 8);
  const chunkHeader = (length: number, type: number) => {
    const b = Buffer.alloc(8);
    b.writeUInt32LE(length, 0);
    b.writeUInt32LE(type, 4);
    return b;
  };
  return Buffer.concat([header, chunkHeader(jsonChunk.length, 0x4e4f534a), jsonChunk, chunkHeader(binChunk.length, 0x004e4942), binChunk]);
}
