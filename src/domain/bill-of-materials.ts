import type { Catalog, Component, ComponentRef, Quantity } from './catalog-schema.ts';
import { chosenValueIds, findValue, isFilled, selectionOf, type Selections } from './selections.ts';

export interface BomLine {
  readonly component: Component;
  readonly quantity: number;
}

/** A component quantity: fixed, or following a number option (value × times + plus, rounded up, at least 0). */
export function resolveQuantity(quantity: Quantity, selections: Selections): number {
  if (typeof quantity === 'number') return quantity;
  const value = selectionOf(selections, quantity.option);
  const raw = (typeof value === 'number' ? value : 0) * quantity.times + quantity.plus;
  return Math.max(0, Math.ceil(Number(raw.toFixed(9))));
}

/** The component references a full selection brings: base components, then each chosen value's. */
export function chosenComponentRefs(catalog: Catalog, selections: Selections): ComponentRef[] {
  const refs: ComponentRef[] = [...catalog.baseComponents];
  for (const group of catalog.groups) {
    const selection = selectionOf(selections, group.id);
    if (group.kind === 'text') {
      if (isFilled(selection)) refs.push(...group.components);
      continue;
    }
    for (const id of chosenValueIds(group, selection)) refs.push(...(findValue(group, id)?.components ?? []));
  }
  return refs;
}

/** What production builds: base components plus those the chosen values bring, merged by component. */
export function billOfMaterials(catalog: Catalog, selections: Selections): BomLine[] {
  const byId = new Map(catalog.components.map((c) => [c.id, c] as const));
  const quantities = new Map<string, number>();
  for (const ref of chosenComponentRefs(catalog, selections)) {
    quantities.set(ref.component, (quantities.get(ref.component) ?? 0) + resolveQuantity(ref.quantity, selections));
  }
  return [...quantities]
    .filter(([, quantity]) => quantity > 0)
    .map(([id, quantity]) => {
      const component = byId.get(id);
      if (!component) throw new Error(`unknown component "${id}" (the catalog was not validated)`);
      return { component, quantity };
    });
}
