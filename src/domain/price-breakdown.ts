import type { Catalog } from './catalog-schema.ts';
import { cents, multiplyCents, sumCents, type Cents } from './money.ts';
import { findValue, multiValues, selectionOf, type Selections } from './selections.ts';

/** One line of the price: what produced it and why. */
export interface PriceLine {
  /** Stable id: "base", "<group>", or "<group>/<value>". */
  readonly id: string;
  readonly label: string;
  /** For per-unit lines: `units` × `unitPrice` counted above `from` (e.g. 70 cm over 100 cm at 300 per cm). */
  readonly perUnit?: { readonly units: number; readonly unit: string; readonly unitPrice: Cents; readonly from: number };
  readonly amount: Cents;
  readonly source: { readonly kind: 'base' } | { readonly kind: 'option'; readonly groupId: string; readonly valueId?: string };
}

export interface PriceBreakdown {
  readonly currency: string;
  readonly lines: readonly PriceLine[];
  /** Always the sum of `lines`. */
  readonly total: Cents;
}

/**
 * Price of a full selection: base price, each chosen value's delta, and per-unit pricing of
 * number options above their `priceFrom`. Rounding: each per-unit line is rounded once to the
 * nearest cent (halves away from zero); the total is the sum of the rounded lines.
 */
export function priceBreakdown(catalog: Catalog, selections: Selections): PriceBreakdown {
  const lines: PriceLine[] = [{ id: 'base', label: `${catalog.name} (base)`, amount: cents(catalog.basePrice), source: { kind: 'base' } }];

  for (const group of catalog.groups) {
    const selection = selectionOf(selections, group.id);
    if (group.kind === 'number') {
      if (typeof selection !== 'number' || group.pricePerUnit === 0) continue;
      const from = group.priceFrom ?? group.min;
      const units = Number((selection - from).toFixed(10));
      if (units <= 0) continue;
      lines.push({
        id: group.id,
        label: `${group.label}: ${selection} ${group.unit}`,
        perUnit: { units, unit: group.unit, unitPrice: cents(group.pricePerUnit), from },
        amount: multiplyCents(cents(group.pricePerUnit), units),
        source: { kind: 'option', groupId: group.id },
      });
      continue;
    }
    const ids = group.kind === 'single' ? (typeof selection === 'string' ? [selection] : []) : multiValues(group, selection);
    for (const id of ids) {
      const value = findValue(group, id);
      if (!value || value.price === 0) continue;
      lines.push({
        id: `${group.id}/${value.id}`,
        label: `${group.label}: ${value.label}`,
        amount: cents(value.price),
        source: { kind: 'option', groupId: group.id, valueId: value.id },
      });
    }
  }
  return { currency: catalog.currency, lines, total: sumCents(lines.map((line) => line.amount)) };
}
