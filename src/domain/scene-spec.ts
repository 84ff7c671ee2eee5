import type { Appearance, Catalog } from './catalog-schema.ts';
import { describeValue } from './describe-selection.ts';
import { domainLabels } from './domain-labels.ts';
import { chosenValueIds, findValue, isFilled, type Selections } from './selections.ts';

/** A plain description of what the 3D preview shows; the scene renders it, nothing more. */
export interface SceneSpec {
  readonly template: Catalog['scene']['template'];
  /** Dimension name → size in centimetres (e.g. width: 160). */
  readonly dimensions: Readonly<Record<string, number>>;
  /** Material slot → appearance (e.g. top: walnut). */
  readonly materials: Readonly<Record<string, Appearance>>;
  /** Visible parts, by id, sorted (e.g. ["cable-tray", "motor-dual"]). */
  readonly parts: readonly string[];
  /** Text slot → text shown on the model (e.g. engraving: "Ada"). */
  readonly texts: Readonly<Record<string, string>>;
  /** A text alternative for the preview. */
  readonly description: string;
  /** glTF files drawn for parts (the catalog's `scene.models`); the template places them. */
  readonly models?: readonly SceneModel[];
}

/** A glTF part as the catalog gives it: the part it draws, the file, and its bindings. */
export type SceneModel = NonNullable<Catalog['scene']['models']>[number];

/** Centimetres per unit; counts (pcs) are passed through as they are. */
const TO_CM = { cm: 1, mm: 0.1, m: 100, in: 2.54, pcs: 1 } as const;

export function deriveSceneSpec(catalog: Catalog, selections: Selections): SceneSpec {
  const words = domainLabels(catalog.locale);
  const dimensions: Record<string, number> = {};
  const materials: Record<string, Appearance> = {};
  const parts = new Set<string>();
  const texts: Record<string, string> = {};
  const phrases: string[] = [];

  for (const group of catalog.groups) {
    const selection = selections[group.id];
    if (group.kind === 'number') {
      if (group.sceneDimension && typeof selection === 'number') dimensions[group.sceneDimension] = Number((selection * TO_CM[group.unit]).toFixed(6));
      continue;
    }
    if (group.kind === 'text') {
      if (group.sceneText && isFilled(selection)) texts[group.sceneText] = selection;
      if (isFilled(selection)) phrases.push(`${group.label.toLowerCase()}: ${describeValue(group, selection, words)}`);
      continue;
    }
    for (const id of chosenValueIds(group, selection)) {
      const value = findValue(group, id);
      if (!value) continue;
      value.parts.forEach((part) => parts.add(part));
      if (group.kind === 'single' && group.sceneMaterial && value.appearance) materials[group.sceneMaterial] = value.appearance;
    }
    phrases.push(`${group.label.toLowerCase()}: ${describeValue(group, selection, words)}`);
  }

  // Two or more dimensions read as a size ("160 cm × 80 cm"); a single one or a count reads
  // with its name ("your height: 175 cm", "bays: 3").
  const numbers = catalog.groups.filter((group) => group.kind === 'number');
  const measured = numbers.filter((group) => group.unit !== 'pcs');
  const sized = measured.length >= 2 ? measured : [];
  const size = sized.map((group) => describeValue(group, selections[group.id], words)).join(' × ');
  phrases.unshift(
    ...numbers
      .filter((group) => !sized.includes(group))
      .map(
        (group) => `${group.label.toLowerCase()}: ${group.unit === 'pcs' ? String(selections[group.id]) : describeValue(group, selections[group.id], words)}`,
      ),
  );
  return {
    template: catalog.scene.template,
    dimensions,
    materials,
    parts: [...parts].sort(),
    texts,
    ...(catalog.scene.models?.length ? { models: catalog.scene.models } : {}),
    description: `${catalog.name}${size ? `, ${size}` : ''}; ${phrases.join('; ')}.`,
  };
}
