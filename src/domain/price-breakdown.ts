import type { Catalog, PriceRule } from './catalog-schema.ts';
import { billOfMaterials } from './bill-of-materials.ts';
import { cents, multiplyCents, sumCents, type Cents } from './money.ts';
import { conditionHolds } from './rules.ts';
import { chosenValueIds, findValue, isFilled, selectionOf, type Selections } from './selections.ts';

export type PriceSource =
  | { readonly kind: 'base' }
  | { readonly kind: 'option'; readonly groupId: string; readonly valueId?: string }
  | { readonly kind: 'component'; readonly componentId: string }
  | { readonly kind: 'price-rule'; readonly ruleId: string };

/** One line of the price: what produced it and why. */
export interface PriceLine {
  /** Stable id: "base", "<group>", "<group>/<value>", "component/<id>" or "rule/<id>". */
  readonly id: string;
  readonly label: string;
  /** For per-unit lines: `units` × `unitPrice` (counted above `from` for number options). */
  readonly perUnit?: { readonly units: number; readonly unit: string; readonly unitPrice: Cents; readonly from?: number };
  /** For percentage lines: the percentage and the amount it was taken of. */
  readonly percentOf?: { readonly percent: number; readonly base: Cents };
  readonly amount: Cents;
  readonly source: PriceSource;
}

export interface PriceBreakdown {
  readonly currency: string;
  readonly lines: readonly PriceLine[];
  /** Always the sum of `lines`. */
  readonly total: Cents;
}

/**
 * Price of a full selection, line by line: base price; each chosen value's delta; per-unit
 * pricing of number options above `priceFrom`; text options when filled; priced components
 * (unit price × quantity); then the catalog's price rules in order (surcharges, quantity tiers,
 * percentages of everything before them).
 *
 * Rounding: each line is rounded once to the nearest cent, halves away from zero; the total is
 * the sum of the rounded lines, so it always equals what the breakdown shows.
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
    } else if (group.kind === 'text') {
      if (isFilled(selection) && group.price !== 0) {
        lines.push({ id: group.id, label: `${group.label}: “${selection}”`, amount: cents(group.price), source: { kind: 'option', groupId: group.id } });
      }
    } else {
      for (const id of chosenValueIds(group, selection)) {
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
  }

  for (const { component, quantity } of billOfMaterials(catalog, selections)) {
    if (component.price === undefined || component.price === 0) continue;
    lines.push({
      id: `component/${component.id}`,
      label: quantity === 1 ? component.name : `${component.name} × ${quantity}`,
      perUnit: { units: quantity, unit: 'pcs', unitPrice: cents(component.price) },
      amount: multiplyCents(cents(component.price), quantity),
      source: { kind: 'component', componentId: component.id },
    });
  }

  for (const rule of catalog.priceRules) {
    const line = priceRuleLine(rule, selections, lines);
    if (line) lines.push(line);
  }
  return { currency: catalog.currency, lines, total: sumCents(lines.map((line) => line.amount)) };
}

function priceRuleLine(rule: PriceRule, selections: Selections, before: readonly PriceLine[]): PriceLine | undefined {
  const common = { id: `rule/${rule.id}`, label: rule.label, source: { kind: 'price-rule', ruleId: rule.id } as const };
  switch (rule.kind) {
    case 'surcharge': {
      if (rule.if && !conditionHolds(rule.if, selections)) return undefined;
      if (rule.per === undefined) return { ...common, amount: cents(rule.amount) };
      const units = selectionOf(selections, rule.per);
      if (typeof units !== 'number' || units === 0) return undefined;
      return { ...common, perUnit: { units, unit: rule.per, unitPrice: cents(rule.amount) }, amount: multiplyCents(cents(rule.amount), units) };
    }
    case 'tiers': {
      const units = selectionOf(selections, rule.option);
      if (typeof units !== 'number' || units <= 0) return undefined;
      const tier = [...rule.tiers].sort((a, b) => b.from - a.from).find((t) => units >= t.from);
      if (!tier) return undefined;
      return { ...common, perUnit: { units, unit: rule.option, unitPrice: cents(tier.unitPrice) }, amount: multiplyCents(cents(tier.unitPrice), units) };
    }
    case 'percent': {
      if (rule.if && !conditionHolds(rule.if, selections)) return undefined;
      const base = sumCents(before.map((line) => line.amount));
      const amount = multiplyCents(base, rule.percent / 100);
      return amount === 0 ? undefined : { ...common, percentOf: { percent: rule.percent, base }, amount };
    }
  }
}
