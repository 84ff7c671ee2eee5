import type { Catalog, Component, ComponentRef } from './catalog-schema.ts';
import { findValue, multiValues, selectionOf, type Selections } from './selections.ts';

export interface BomLine {
  readonly component: Component;
  readonly quantity: number;
}

/** What production builds: base components plus those the chosen values bring, merged by component. */
export function billOfMaterials(catalog: Catalog, selections: Selections): BomLine[] {
  const byId = new Map(catalog.components.map((c) => [c.id, c] as const));
  const quantities = new Map<string, number>();
  const add = (ref: ComponentRef) => quantities.set(ref.component, (quantities.get(ref.component) ?? 0) + ref.quantity);

  catalog.baseComponents.forEach(add);
  for (const group of catalog.groups) {
    if (group.kind === 'number') continue;
    const selection = selectionOf(selections, group.id);
    const ids = group.kind === 'single' ? (typeof selection === 'string' ? [selection] : []) : multiValues(group, selection);
    for (const id of ids) findValue(group, id)?.components.forEach(add);
  }
  return [...quantities].map(([id, quantity]) => {
    const component = byId.get(id);
    if (!component) throw new Error(`unknown component "${id}" (the catalog was not validated)`);
    return { component, quantity };
  });
}
