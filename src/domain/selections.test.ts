import { describe, expect, it } from 'vitest';
import type { NumberGroup } from './catalog-schema.ts';
import { valueLabels, describeValue } from './describe-selection.ts';
import { defaultSelections, findGroup, invalidValueReason, multiValues, numberSteps, selectionOf, snapToStep } from './selections.ts';
import { loadDesk, makeCatalog } from './test-support.ts';

const desk = loadDesk();
const width = findGroup(desk, 'width') as NumberGroup;
const accessories = findGroup(desk, 'accessories')!;

function numberGroup(fields: { min: number; max: number; step: number; default: number; unit?: string }): NumberGroup {
  const catalog = makeCatalog({ groups: [{ id: 'size', kind: 'number', label: 'Size', unit: 'cm', ...fields }] });
  return catalog.groups[0] as NumberGroup;
}

describe('numberSteps', () => {
  it('lists every step from min to max', () => {
    expect(numberSteps(width)).toEqual(Array.from({ length: 21 }, (_, i) => 100 + 5 * i));
  });

  it('has no floating-point noise with decimal steps', () => {
    expect(numberSteps(numberGroup({ min: 0, max: 1, step: 0.1, default: 0 }))).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('keeps the decimals of min when the step has fewer (62.5, 67.5, 72.5)', () => {
    const group = numberGroup({ min: 62.5, max: 72.5, step: 5, default: 67.5 });
    expect(numberSteps(group)).toEqual([62.5, 67.5, 72.5]);
    expect(numberSteps(numberGroup({ min: 0.05, max: 0.35, step: 0.1, default: 0.05 }))).toEqual([0.05, 0.15, 0.25, 0.35]);
  });

  it('every step is a valid value of its group', () => {
    for (const group of [width, numberGroup({ min: 62.5, max: 72.5, step: 5, default: 62.5 }), numberGroup({ min: 0.05, max: 0.35, step: 0.1, default: 0.05 })]) {
      for (const step of numberSteps(group)) expect(invalidValueReason(group, step)).toBeUndefined();
    }
  });
});

describe('snapToStep', () => {
  it('snaps to the nearest step within min and max', () => {
    expect(snapToStep(width, 143)).toBe(145);
    expect(snapToStep(width, 141)).toBe(140);
    expect(snapToStep(width, 20)).toBe(100);
    expect(snapToStep(width, 999)).toBe(200);
  });

  it('snaps onto steps that start at a fractional min', () => {
    const group = numberGroup({ min: 62.5, max: 72.5, step: 5, default: 62.5 });
    expect(snapToStep(group, 66)).toBe(67.5);
    expect(snapToStep(group, 63)).toBe(62.5);
  });
});

describe('invalidValueReason', () => {
  it('numbers: type, range and step', () => {
    expect(invalidValueReason(width, 150)).toBeUndefined();
    expect(invalidValueReason(width, '150')).toMatch(/must be a number/);
    expect(invalidValueReason(width, Number.NaN)).toMatch(/must be a number/);
    expect(invalidValueReason(width, 95)).toMatch(/between 100 and 200 cm/);
    expect(invalidValueReason(width, 152)).toMatch(/steps of 5 cm/);
  });

  it('single: a value of the group', () => {
    const top = findGroup(desk, 'top')!;
    expect(invalidValueReason(top, 'bamboo')).toBeUndefined();
    expect(invalidValueReason(top, 'marble')).toMatch(/"marble" is not an option of Top/);
    expect(invalidValueReason(top, ['bamboo'])).toBeDefined();
  });

  it('multi: a list of distinct values within the count limits', () => {
    expect(invalidValueReason(accessories, [])).toBeUndefined();
    expect(invalidValueReason(accessories, ['drawer', 'castors'])).toBeUndefined();
    expect(invalidValueReason(accessories, 'drawer')).toMatch(/list of options/);
    expect(invalidValueReason(accessories, ['jetpack'])).toMatch(/"jetpack" is not an option/);
    expect(invalidValueReason(accessories, ['drawer', 'drawer'])).toMatch(/twice/);
    const limited = makeCatalog({
      groups: [{ id: 'x', kind: 'multi', label: 'X', default: ['a'], minCount: 1, maxCount: 1, values: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }],
    }).groups[0]!;
    expect(invalidValueReason(limited, [])).toMatch(/at least 1/);
    expect(invalidValueReason(limited, ['a', 'b'])).toMatch(/at most 1/);
  });
});

describe('selection helpers', () => {
  it('defaultSelections has every group', () => {
    expect(defaultSelections(desk)).toEqual({ width: 140, depth: 70, top: 'laminate-white', frame: 'black', motor: 'single', accessories: [] });
  });

  it('selectionOf reads own keys only', () => {
    expect(selectionOf({ top: 'bamboo' }, 'top')).toBe('bamboo');
    expect(selectionOf({}, 'constructor')).toBeUndefined();
    expect(selectionOf({}, 'toString')).toBeUndefined();
  });

  it('multiValues keeps catalog order and drops unknown ids and duplicates', () => {
    if (accessories.kind !== 'multi') throw new Error('expected a multi group');
    expect(multiValues(accessories, ['castors', 'jetpack', 'cable-tray', 'castors'])).toEqual(['cable-tray', 'castors']);
    expect(multiValues(accessories, undefined)).toEqual([]);
    expect(multiValues(accessories, 'drawer')).toEqual([]);
  });
});

describe('valueLabels / describeValue', () => {
  it('labels numbers with their unit, choices with their labels', () => {
    expect(valueLabels(width, 170)).toEqual(['170 cm']);
    expect(valueLabels(findGroup(desk, 'top')!, 'solid-walnut')).toEqual(['Solid walnut']);
    expect(valueLabels(accessories, ['castors', 'cable-tray'])).toEqual(['Cable tray', 'Castors']);
  });

  it('joins several labels with commas and "and", and says "none" for nothing', () => {
    expect(describeValue(accessories, [])).toBe('none');
    expect(describeValue(accessories, ['drawer'])).toBe('Drawer');
    expect(describeValue(accessories, ['drawer', 'cable-tray'])).toBe('Cable tray and Drawer');
    expect(describeValue(accessories, ['drawer', 'cable-tray', 'castors'])).toBe('Cable tray, Drawer and Castors');
  });
});
