import type { Appearance, Catalog } from './catalog-schema.ts';
import { describeValue } from './describe-selection.ts';
import { findValue, multiValues, type Selections } from './selections.ts';

/** A plain description of what the 3D preview shows; the scene renders it, nothing more. */
export interface SceneSpec {
  readonly template: Catalog['scene']['template'];
  /** Dimension name → size in centimetres (e.g. width: 160). */
  readonly dimensions: Readonly<Record<string, number>>;
  /** Material slot → appearance (e.g. top: walnut). */
  readonly materials: Readonly<Record<string, Appearance>>;
  /** Visible parts, by id, sorted (e.g. ["cable-tray", "motor-dual"]). */
  readonly parts: readonly string[];
  /** A text alternative for the preview. */
  readonly description: string;
}

const TO_CM = { cm: 1, mm: 0.1, m: 100, in: 2.54 } as const;

export function deriveSceneSpec(catalog: Catalog, selections: Selections): SceneSpec {
  const dimensions: Record<string, number> = {};
  const materials: Record<string, Appearance> = {};
  const parts = new Set<string>();
  const phrases: string[] = [];

  for (const group of catalog.groups) {
    const selection = selections[group.id];
    if (group.kind === 'number') {
      if (group.sceneDimension && typeof selection === 'number') dimensions[group.sceneDimension] = Number((selection * TO_CM[group.unit]).toFixed(6));
      continue;
    }
    const ids = group.kind === 'single' ? (typeof selection === 'string' ? [selection] : []) : multiValues(group, selection);
    for (const id of ids) {
      const value = findValue(group, id);
      if (!value) continue;
      value.parts.forEach((part) => parts.add(part));
      if (group.kind === 'single' && group.sceneMaterial && value.appearance) materials[group.sceneMaterial] = value.appearance;
    }
    phrases.push(`${group.label.toLowerCase()}: ${describeValue(group, selection)}`);
  }

  const size = catalog.groups
    .filter((group) => group.kind === 'number')
    .map((group) => describeValue(group, selections[group.id]))
    .join(' × ');
  return {
    template: catalog.scene.template,
    dimensions,
    materials,
    parts: [...parts].sort(),
    description: `${catalog.name}, ${size}; ${phrases.join('; ')}.`,
  };
}
