import { describe, expect, it } from 'vitest';
import { deriveSceneSpec } from './scene-spec.ts';
import { defaultSelections } from './selections.ts';
import { loadDesk, makeCatalog } from './test-support.ts';

const desk = loadDesk();
const defaults = defaultSelections(desk);

describe('deriveSceneSpec on the desk', () => {
  it('default desk: dimensions, materials, parts and description', () => {
    const scene = deriveSceneSpec(desk, defaults);
    expect(scene.template).toBe('desk');
    expect(scene.dimensions).toEqual({ width: 140, depth: 70 });
    expect(scene.materials).toEqual({
      top: { color: '#f2f0eb', roughness: 0.45, finish: 'laminate' },
      frame: { color: '#222326', roughness: 0.5, metalness: 0.4, finish: 'matte' },
    });
    expect(scene.parts).toEqual(['motor-single']);
    expect(scene.description).toContain('Standing desk');
    expect(scene.description).toContain('140 cm × 70 cm');
    expect(scene.description).toContain('Arctic white laminate');
    expect(scene.description).toContain('Graphite black');
    expect(scene.description).toMatch(/accessories: none/i);
  });

  it('follows the chosen size, top, frame, motor and accessories', () => {
    const scene = deriveSceneSpec(desk, {
      ...defaults,
      width: 180,
      depth: 80,
      top: 'solid-walnut',
      frame: 'aluminium',
      motor: 'dual',
      accessories: ['monitor-arm', 'cable-tray'],
    });
    expect(scene.dimensions).toEqual({ width: 180, depth: 80 });
    expect(scene.materials.top?.color).toBe('#5d3a22');
    expect(scene.materials.top?.finish).toBe('wood');
    expect(scene.materials.frame).toEqual({ color: '#b9bcc0', roughness: 0.3, metalness: 0.9, finish: 'metal' });
    expect(scene.parts).toEqual(['cable-tray', 'monitor-arm', 'motor-dual']); // sorted
    expect(scene.description).toContain('180 cm × 80 cm');
    expect(scene.description).toContain('Solid walnut');
    expect(scene.description).toContain('Brushed aluminium');
    expect(scene.description).toContain('Dual motor');
    expect(scene.description).toContain('Cable tray and Monitor arm');
  });
});

describe('deriveSceneSpec on a hand-written catalog', () => {
  const catalog = makeCatalog({
    name: 'Shelf',
    groups: [
      { id: 'width', kind: 'number', label: 'Width', unit: 'mm', min: 600, max: 1200, step: 100, default: 800, sceneDimension: 'width' },
      { id: 'height', kind: 'number', label: 'Height', unit: 'in', min: 20, max: 40, step: 10, default: 30, sceneDimension: 'height' },
      { id: 'shelves', kind: 'number', label: 'Shelves', unit: 'm', min: 1, max: 2, step: 1, default: 1 },
      {
        id: 'colour',
        kind: 'single',
        label: 'Colour',
        default: 'red',
        sceneMaterial: 'body',
        values: [
          { id: 'red', label: 'Red', appearance: { color: '#ff0000' } },
          { id: 'plain', label: 'Plain' },
        ],
      },
      {
        id: 'trim',
        kind: 'single',
        label: 'Trim',
        default: 'gold',
        values: [{ id: 'gold', label: 'Gold', appearance: { color: '#ffd700' }, parts: ['trim'] }],
      },
    ],
  });

  it('converts dimensions to centimetres and skips numbers without a scene dimension', () => {
    const scene = deriveSceneSpec(catalog, defaultSelections(catalog));
    expect(Object.keys(scene.dimensions).sort()).toEqual(['height', 'width']);
    expect(scene.dimensions.width).toBeCloseTo(80, 9); // 800 mm
    expect(scene.dimensions.height).toBeCloseTo(76.2, 9); // 30 in
  });

  it('only colours material slots named by sceneMaterial, from values with an appearance', () => {
    expect(deriveSceneSpec(catalog, defaultSelections(catalog)).materials).toEqual({ body: { color: '#ff0000' } });
    expect(deriveSceneSpec(catalog, { ...defaultSelections(catalog), colour: 'plain' }).materials).toEqual({});
  });

  it('collects parts from single values too', () => {
    expect(deriveSceneSpec(catalog, defaultSelections(catalog)).parts).toEqual(['trim']);
  });

  it('describes every size in its own unit', () => {
    expect(deriveSceneSpec(catalog, defaultSelections(catalog)).description).toContain('Shelf, 800 mm × 30 in × 1 m');
  });
});

describe('deriveSceneSpec with glTF parts', () => {
  const groups = [{ id: 'extras', kind: 'multi', label: 'Extras', values: [{ id: 'cage', label: 'Cage', parts: ['bottle-cages'] }] }];

  it('passes the catalog scene models through for the template to place', () => {
    const models = [{ part: 'bottle-cages', src: 'models/bottle-cage.glb', materials: { cage: 'frame' } }];
    const catalog = makeCatalog({ scene: { template: 'bicycle', models }, groups });
    expect(deriveSceneSpec(catalog, {}).models).toEqual(models);
    expect(deriveSceneSpec(makeCatalog({ scene: { template: 'bicycle' }, groups }), {}).models).toBeUndefined();
  });

  it('accepts only .glb files under models/, never a URL or a path out of it', () => {
    for (const src of ['https://cdn.example.com/cage.glb', '../secret.glb', 'models/../x.glb', 'models/cage.gltf', '/models/cage.glb']) {
      expect(() => makeCatalog({ scene: { template: 'bicycle', models: [{ part: 'bottle-cages', src }] }, groups }), src).toThrow(/scene\/models\/0\/src/);
    }
  });
});
