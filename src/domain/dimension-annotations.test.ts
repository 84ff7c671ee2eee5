import { describe, expect, it } from 'vitest';
import { BIKE_SIZES } from './bicycle-geometry.ts';
import { dimensionAnnotations, formatLength, type DimensionAnnotation } from './dimension-annotations.ts';
import { deriveSceneSpec, type SceneSpec } from './scene-spec.ts';
import { defaultSelections } from './selections.ts';
import { loadDeskV2 } from './test-support.ts';

const spec = (fields: Partial<SceneSpec> & Pick<SceneSpec, 'template'>): SceneSpec => ({
  dimensions: {},
  materials: {},
  parts: [],
  texts: {},
  description: '',
  ...fields,
});
const labels = (annotations: readonly DimensionAnnotation[]) => annotations.map((a) => a.label);
const length = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('formatLength', () => {
  it('rounds centimetres to whole centimetres, halves up', () => {
    expect(formatLength(140, 'cm')).toBe('140 cm');
    expect(formatLength(74.2, 'cm')).toBe('74 cm');
    expect(formatLength(74.5, 'cm')).toBe('75 cm');
    expect(formatLength(98.49, 'cm')).toBe('98 cm');
  });

  it('converts to inches with one decimal, without a trailing .0', () => {
    expect(formatLength(140, 'in')).toBe('55.1 in'); // 55.118
    expect(formatLength(254, 'in')).toBe('100 in');
    expect(formatLength(6.223, 'in')).toBe('2.5 in'); // 2.45 in, a half that binary floats put below
    expect(formatLength(0, 'in')).toBe('0 in');
  });
});

describe('dimensionAnnotations on the desk', () => {
  it('shows width, depth and the sitting height of the default desk from the catalog', () => {
    const desk = loadDeskV2();
    const scene = deriveSceneSpec(desk, defaultSelections(desk));
    expect(labels(dimensionAnnotations(scene, 'cm'))).toEqual(['Width 140 cm', 'Depth 70 cm', 'Sitting height 74 cm']);
    expect(labels(dimensionAnnotations(scene, 'in'))).toEqual(['Width 55.1 in', 'Depth 27.6 in', 'Sitting height 29.2 in']);
  });

  it('follows the size and the castors, and its lines are as long as what they measure', () => {
    const annotations = dimensionAnnotations(spec({ template: 'desk', dimensions: { width: 180, depth: 80 }, parts: ['castors'] }), 'cm');
    expect(labels(annotations)).toEqual(['Width 180 cm', 'Depth 80 cm', 'Sitting height 80 cm']);
    for (const a of annotations) {
      expect(length(a.start, a.end) * 100).toBeCloseTo(a.centimetres, 6);
      expect(length(a.from, a.to) * 100).toBeCloseTo(a.centimetres, 6);
    }
    const width = annotations[0]!;
    expect(width.from).toEqual([-0.9, 0.8, 0.4]);
    expect(width.to).toEqual([0.9, 0.8, 0.4]);
    // Set off in front of the top's front edge, not through it.
    expect(width.start[2]).toBeGreaterThan(0.5);
    expect(width.start[1]).toBeCloseTo(0.8, 9);
  });
});

describe('dimensionAnnotations on the shelving', () => {
  it('gives the overall width, height and depth', () => {
    const annotations = dimensionAnnotations(spec({ template: 'shelving', dimensions: { bays: 3, height: 200 } }), 'cm');
    // 3 bays of 80 cm between 4 boards of 2.2 cm.
    expect(labels(annotations)).toEqual(['Width 249 cm', 'Height 200 cm', 'Depth 35 cm']);
    expect(annotations[0]!.centimetres).toBeCloseTo(248.8, 6);
  });

  it('counts the doors in the depth and measures a wall-hung unit from its own bottom', () => {
    const annotations = dimensionAnnotations(spec({ template: 'shelving', dimensions: { bays: 2, height: 120, doors: 1 }, parts: ['wall-mount'] }), 'in');
    // 2 × 82.2 + 2.2 = 166.6 cm; 120 cm; 35 cm + a 2 cm door.
    expect(labels(annotations)).toEqual(['Width 65.6 in', 'Height 47.2 in', 'Depth 14.6 in']);
    const height = annotations[1]!;
    expect(height.from[1]).toBeCloseTo(0.25, 9);
    expect(height.to[1]).toBeCloseTo(1.45, 9);
  });
});

describe('dimensionAnnotations on the bicycle', () => {
  it('gives the frame size of the chosen size and the wheelbase', () => {
    const medium = dimensionAnnotations(spec({ template: 'bicycle', dimensions: { 'rider-height': 175 }, parts: ['size-m'] }), 'cm');
    expect(medium.map((a) => a.id)).toEqual(['frame-size', 'wheelbase']);
    expect(medium[0]!.label).toBe('Frame size 54 cm');
    expect(medium[0]!.centimetres).toBeCloseTo(BIKE_SIZES.m.seatTube * 100, 6);
    // Axle to axle, a road bike's usual 97–102 cm.
    expect(medium[1]!.centimetres).toBeGreaterThan(97);
    expect(medium[1]!.centimetres).toBeLessThan(102);
    const large = dimensionAnnotations(spec({ template: 'bicycle', dimensions: { 'rider-height': 175 }, parts: ['size-xl'] }), 'cm');
    expect(large[0]!.label).toBe('Frame size 58 cm');
    expect(large[1]!.centimetres).toBeGreaterThan(medium[1]!.centimetres);
  });

  it('picks the size from the rider height when no size is chosen', () => {
    const annotations = dimensionAnnotations(spec({ template: 'bicycle', dimensions: { 'rider-height': 155 } }), 'in');
    expect(annotations[0]!.label).toBe('Frame size 19.3 in'); // XS, 49 cm
  });
});

it('a template without a model has no dimension lines', () => {
  expect(dimensionAnnotations(spec({ template: 'generic', dimensions: { width: 100 } }), 'cm')).toEqual([]);
});
