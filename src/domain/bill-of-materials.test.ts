import { describe, expect, it } from 'vitest';
import { billOfMaterials, type BomLine } from './bill-of-materials.ts';
import { defaultSelections } from './selections.ts';
import { loadDesk, makeCatalog } from './test-support.ts';

const desk = loadDesk();

function quantities(lines: readonly BomLine[]): Record<string, number> {
  return Object.fromEntries(lines.map((line) => [line.component.id, line.quantity]));
}

describe('billOfMaterials', () => {
  it('lists base components plus the components of the default values', () => {
    const bom = billOfMaterials(desk, defaultSelections(desk));
    expect(quantities(bom)).toEqual({
      'control-panel': 1,
      'fixings-kit': 1,
      'top-laminate-white': 1,
      'frame-black': 1,
      'motor-unit': 1,
    });
  });

  it('brings the chosen values’ components, with quantities (dual motor → 2 motor units + controller)', () => {
    const bom = billOfMaterials(desk, {
      ...defaultSelections(desk),
      top: 'solid-walnut',
      frame: 'moss',
      motor: 'dual',
      accessories: ['drawer', 'cable-tray'],
    });
    expect(quantities(bom)).toEqual({
      'control-panel': 1,
      'fixings-kit': 1,
      'top-solid-walnut': 1,
      'frame-moss': 1,
      'motor-unit': 2,
      'dual-controller': 1,
      'cable-tray': 1,
      drawer: 1,
    });
    expect(bom.find((line) => line.component.id === 'dual-controller')?.component.sku).toBe('DSK-CTL-2M');
  });

  it('lists each component once', () => {
    const bom = billOfMaterials(desk, { ...defaultSelections(desk), motor: 'dual', accessories: ['cable-tray', 'monitor-arm', 'drawer', 'cpu-holder', 'castors'] });
    const ids = bom.map((line) => line.component.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('merges the same component from the base and from several values', () => {
    const catalog = makeCatalog({
      components: [
        { id: 'screw', sku: 'SCR', name: 'Screw', leadTimeDays: 1 },
        { id: 'leg', sku: 'LEG', name: 'Leg', leadTimeDays: 3 },
        { id: 'shelf', sku: 'SHF', name: 'Shelf', leadTimeDays: 2 },
      ],
      baseComponents: [{ component: 'screw', quantity: 8 }],
      groups: [
        { id: 'legs', kind: 'single', label: 'Legs', default: 'four', values: [{ id: 'four', label: 'Four', components: [{ component: 'leg', quantity: 4 }, { component: 'screw', quantity: 4 }] }] },
        {
          id: 'extras',
          kind: 'multi',
          label: 'Extras',
          values: [
            { id: 'shelf', label: 'Shelf', components: [{ component: 'shelf' }, { component: 'screw', quantity: 6 }] },
            { id: 'spare', label: 'Spare screw', components: [{ component: 'screw' }] },
          ],
        },
      ],
    });
    expect(quantities(billOfMaterials(catalog, { legs: 'four', extras: ['shelf', 'spare'] }))).toEqual({ screw: 19, leg: 4, shelf: 1 });
    expect(quantities(billOfMaterials(catalog, { legs: 'four', extras: [] }))).toEqual({ screw: 12, leg: 4 });
  });

  it('ignores number groups and values that are not in the catalog', () => {
    const bom = billOfMaterials(desk, { ...defaultSelections(desk), width: 200, top: 'marble', accessories: ['drawer', 'jetpack'] });
    expect(quantities(bom)).toEqual({ 'control-panel': 1, 'fixings-kit': 1, 'frame-black': 1, 'motor-unit': 1, drawer: 1 });
  });
});
