import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import { Mesh, Texture, type Material, type Object3D, type Quaternion } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { SceneModel } from '../domain/scene-spec.ts';
import type { Vec3 } from './parts.tsx';

/*
 * glTF parts from the catalog (`scene.models`): self-hosted .glb files under public/models/, loaded
 * once per file while some model uses them and disposed when the last one lets go. The template's
 * own shapes stand in while a file loads and for good if it fails, so a part is never missing.
 */

interface Entry {
  users: number;
  scene: Object3D | null;
  failed: boolean;
  listeners: Set<() => void>;
}

const files = new Map<string, Entry>();
const loader = new GLTFLoader();

function acquire(url: string): Entry {
  let entry = files.get(url);
  if (!entry) {
    const created: Entry = { users: 0, scene: null, failed: false, listeners: new Set() };
    entry = created;
    files.set(url, created);
    loader.load(
      url,
      (gltf) => {
        if (files.get(url) !== created) {
          disposeObject(gltf.scene); // let go while loading
          return;
        }
        created.scene = gltf.scene;
        created.listeners.forEach((listener) => listener());
      },
      undefined,
      (error) => {
        console.warn(`3D preview: ${url} could not be loaded; the built-in shape stays.`, error);
        created.failed = true;
        created.listeners.forEach((listener) => listener());
      },
    );
  }
  entry.users += 1;
  return entry;
}

function release(url: string, entry: Entry): void {
  entry.users -= 1;
  if (entry.users > 0) return;
  files.delete(url);
  if (entry.scene) disposeObject(entry.scene);
}

/** Frees the GPU side of everything a loaded file brought: geometries, materials, their textures. */
function disposeObject(root: Object3D): void {
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    object.geometry.dispose();
    const materials: Material[] = Array.isArray(object.material) ? object.material : [object.material];
    for (const material of materials) {
      for (const value of Object.values(material)) if (value instanceof Texture) value.dispose();
      material.dispose();
    }
  });
}

/** The loaded scene of a file (shared, never to be modified), or null while loading or failed. */
function useGltfFile(src: string | undefined): Object3D | null {
  const url = src === undefined ? undefined : `${import.meta.env.BASE_URL}${src}`;
  const [loaded, setLoaded] = useState<{ entry: Entry; scene: Object3D } | null>(null);
  useEffect(() => {
    if (!url) return;
    const entry = acquire(url);
    let active = true;
    const update = () => {
      if (active && entry.scene) setLoaded({ entry, scene: entry.scene });
    };
    entry.listeners.add(update);
    if (entry.scene) queueMicrotask(update);
    return () => {
      active = false;
      entry.listeners.delete(update);
      release(url, entry);
    };
  }, [url]);
  // Only the file this hook holds now (a released one is disposed).
  return loaded && url !== undefined && files.get(url) === loaded.entry ? loaded.scene : null;
}

/** glTF models currently shown, for the browser tests' hook. */
const shown = new Map<string, number>();
export const shownGltfModels = (): string[] => [...shown.entries()].filter(([, count]) => count > 0).map(([src]) => src);

interface GltfPartProps {
  /** The catalog's model for this part, if any. */
  model: SceneModel | undefined;
  /** Whether the part is shown; the file is only fetched once it has been. */
  visible: boolean;
  /** Where copies go: the model's origin and turn per mount. */
  mounts: readonly { position: Vec3; quaternion: Quaternion }[];
  /** The template's material slots, for the model's material bindings. */
  slots: Readonly<Record<string, Material>>;
  /** The template's own shapes: shown until the file is ready, and for good if it fails. */
  fallback: ReactNode;
}

/** A part drawn from a glTF file when the catalog has one, else (and meanwhile) by the template. */
export function GltfPart({ model, visible, mounts, slots, fallback }: GltfPartProps) {
  const invalidate = useThree((state) => state.invalidate);
  // Fetched when first shown, kept while mounted, so toggling the part does not load it again.
  const [requested, setRequested] = useState<string | undefined>(undefined);
  if (visible && model && requested !== model.src) setRequested(model.src);
  const file = useGltfFile(model && requested === model.src ? requested : undefined);

  // Copies share the file's geometries and materials; bound materials are the template's own.
  const node = model?.node;
  const bindings = model?.materials;
  const mountCount = mounts.length;
  const copies = useMemo(() => {
    if (!file) return [];
    const source = (node ? file.getObjectByName(node) : undefined) ?? file;
    return Array.from({ length: mountCount }, () => {
      const copy = source.clone(true);
      copy.traverse((object) => {
        if (!(object instanceof Mesh)) return;
        object.castShadow = true;
        object.receiveShadow = true;
        const slot = bindings?.[(object.material as Material).name];
        const bound = slot === undefined ? undefined : slots[slot];
        if (bound) object.material = bound;
      });
      return copy;
    });
  }, [file, node, bindings, slots, mountCount]);

  const ready = copies.length > 0;
  useEffect(() => {
    invalidate();
    if (!ready || !visible || !model) return;
    shown.set(model.src, (shown.get(model.src) ?? 0) + 1);
    return () => {
      shown.set(model.src, (shown.get(model.src) ?? 1) - 1);
    };
  }, [ready, visible, model, invalidate]);

  return (
    <group visible={visible}>
      <group visible={!ready}>{fallback}</group>
      {copies.map((copy, i) => {
        const mount = mounts[i];
        return mount ? <primitive key={i} object={copy} position={mount.position} quaternion={mount.quaternion} dispose={null} /> : null;
      })}
    </group>
  );
}
