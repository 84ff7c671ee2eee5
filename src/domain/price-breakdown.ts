import type { Catalog, PriceRule } from './catalog-schema.ts';
import { billOfMaterials } from './bill-of-materials.ts';
import { multiplyCents, sumCents, type Cents } from './money.ts';
import { listedAmount, pricingTerms, type PricingTerms } from './pricing-terms.ts';
import { conditionHolds } from './rules.ts';
import { domainLabels } from './domain-labels.ts';
import { chosenValueIds, findValue, isFilled, selectionOf, type Selections } from './selections.ts';

export type PriceSource =
  | { readonly kind: 'base' }
  | { readonly kind: 'option'; readonly groupId: string; readonly valueId?: string }
  | { readonly kind: 'component'; readonly componentId: string }
  | { readonly kind: 'price-rule'; readonly ruleId: string }
  | { readonly kind: 'quantity-tier'; readonly from: number }
  | { readonly kind: 'price-list'; readonly listId: string }
  /** A discount given by sales staff: on one line (its id), or on the whole order ("total"). */
  | { readonly kind: 'discount'; readonly target: string };

/** One line of the price: what produced it and why. */
export interface PriceLine {
  /** Stable id: "base", "<group>", "<group>/<value>", "component/<id>", "rule/<id>", "tier/<from>", "list/<id>" or "discount/<target>". */
  readonly id: string;
  readonly label: string;
  /** For per-unit lines: `units` × `unitPrice` (counted above `from` for number options). */
  readonly perUnit?: { readonly units: number; readonly unit: string; readonly unitPrice: Cents; readonly from?: number };
  /** For percentage lines: the percentage and the amount it was taken of. */
  readonly percentOf?: { readonly percent: number; readonly base: Cents };
  /** When several units of the design are ordered: the amount for one, and how many. */
  readonly times?: { readonly count: number; readonly each: Cents };
  readonly amount: Cents;
  readonly source: PriceSource;
}

/** Tax on the order: included in the listed prices, or added on top of them. */
export interface TaxLine {
  /** "vat/<country>". */
  readonly id: string;
  /** The tax's name, e.g. "VAT" or "IVA". */
  readonly name: string;
  readonly label: string;
  /** Percent. */
  readonly rate: number;
  /** The amount the tax is on, without the tax. */
  readonly base: Cents;
  readonly amount: Cents;
  /** True when the listed prices (and `total`) already include it. */
  readonly included: boolean;
}

export interface PriceBreakdown {
  readonly currency: string;
  readonly lines: readonly PriceLine[];
  /** Always the sum of `lines`: the order's price on its list (with tax on a tax-inclusive list). */
  readonly total: Cents;
  readonly taxes: readonly TaxLine[];
  /** What the customer pays: `total` plus the taxes not included in it. */
  readonly payable: Cents;
  readonly terms: PricingTerms;
}

/**
 * Price of a full selection on some terms (price list, market, quantity), line by line.
 *
 * One unit: base price; each chosen value's delta; per-unit pricing of number options above
 * `priceFrom`; text options when filled; priced components (unit price × quantity); then the
 * catalog's price rules in order (surcharges, tiers, percentages of everything before them).
 * Every catalog amount is taken in the list's currency, with the market's VAT added or taken out
 * as the list shows prices (`listedAmount`).
 * Several units: each line × the quantity, then the quantity tier's discount and the price list's
 * own percentage, each a percentage of everything before it.
 * Tax: on an inclusive list the VAT in the total is total × rate / (100 + rate); on an exclusive
 * list total × rate / 100 is added on top.
 *
 * Rounding: each line (and each tax) is rounded once to the nearest cent, halves away from zero;
 * the total is the sum of the rounded lines, so it always equals what the breakdown shows.
 */
export function priceBreakdown(catalog: Catalog, selections: Selections, terms: PricingTerms = pricingTerms(catalog)): PriceBreakdown {
  const price = (money: Parameters<typeof listedAmount>[0]) => listedAmount(money, terms);
  const unitLines: PriceLine[] = [
    { id: 'base', label: domainLabels(catalog.locale).baseLine(catalog.name), amount: price(catalog.basePrice), source: { kind: 'base' } },
  ];
  const lines = unitLines;

  for (const group of catalog.groups) {
    const selection = selectionOf(selections, group.id);
    if (group.kind === 'number') {
      const unitPrice = price(group.pricePerUnit);
      if (typeof selection !== 'number' || unitPrice === 0) continue;
      const from = group.priceFrom ?? group.min;
      const units = Number((selection - from).toFixed(10));
      if (units <= 0) continue;
      lines.push({
        id: group.id,
        label: `${group.label}: ${selection} ${group.unit}`,
        perUnit: { units, unit: group.unit, unitPrice, from },
        amount: multiplyCents(unitPrice, units),
        source: { kind: 'option', groupId: group.id },
      });
    } else if (group.kind === 'text') {
      if (isFilled(selection) && price(group.price) !== 0) {
        lines.push({ id: group.id, label: `${group.label}: “${selection}”`, amount: price(group.price), source: { kind: 'option', groupId: group.id } });
      }
    } else {
      for (const id of chosenValueIds(group, selection)) {
        const value = findValue(group, id);
        if (!value || price(value.price) === 0) continue;
        lines.push({
          id: `${group.id}/${value.id}`,
          label: `${group.label}: ${value.label}`,
          amount: price(value.price),
          source: { kind: 'option', groupId: group.id, valueId: value.id },
        });
      }
    }
  }

  for (const { component, quantity } of billOfMaterials(catalog, selections)) {
    if (component.price === undefined || price(component.price) === 0) continue;
    lines.push({
      id: `component/${component.id}`,
      label: quantity === 1 ? component.name : `${component.name} × ${quantity}`,
      perUnit: { units: quantity, unit: 'pcs', unitPrice: price(component.price) },
      amount: multiplyCents(price(component.price), quantity),
      source: { kind: 'component', componentId: component.id },
    });
  }

  for (const rule of catalog.priceRules) {
    const line = priceRuleLine(rule, selections, lines, terms);
    if (line) lines.push(line);
  }

  const orderLines: PriceLine[] =
    terms.quantity === 1
      ? [...unitLines]
      : unitLines.map((line) => ({ ...line, times: { count: terms.quantity, each: line.amount }, amount: multiplyCents(line.amount, terms.quantity) }));
  if (terms.tier) {
    const base = sumCents(orderLines.map((line) => line.amount));
    orderLines.push({
      id: `tier/${terms.tier.from}`,
      label: domainLabels(terms.locale).volumeDiscount(terms.tier.from),
      percentOf: { percent: terms.tier.percent, base },
      amount: multiplyCents(base, terms.tier.percent / 100),
      source: { kind: 'quantity-tier', from: terms.tier.from },
    });
  }
  if (terms.list.percent !== undefined && terms.list.percent !== 0) {
    const base = sumCents(orderLines.map((line) => line.amount));
    orderLines.push({
      id: `list/${terms.list.id}`,
      label: terms.list.label,
      percentOf: { percent: terms.list.percent, base },
      amount: multiplyCents(base, terms.list.percent / 100),
      source: { kind: 'price-list', listId: terms.list.id },
    });
  }

  const total = sumCents(orderLines.map((line) => line.amount));
  const taxes = taxLines(total, terms);
  const payable = sumCents([total, ...taxes.filter((tax) => !tax.included).map((tax) => tax.amount)]);
  return { currency: terms.list.currency, lines: orderLines, total, taxes, payable, terms };
}

/** The market's VAT on a total: the part of it on an inclusive list, on top of it on an exclusive one. */
export function taxLines(total: Cents, terms: PricingTerms): TaxLine[] {
  const market = terms.market;
  if (!market) return [];
  const rate = market.vatRate;
  const included = terms.list.taxMode === 'inclusive';
  const labels = domainLabels(terms.locale);
  const name = market.taxLabel ?? labels.taxName;
  const label = rate === 0 ? (market.taxNote ?? labels.noTax(name, market.name)) : labels.taxLine(name, rate, market.name);
  if (included) {
    const amount = multiplyCents(total, rate / (100 + rate));
    return [{ id: `vat/${market.country}`, name, label, rate, base: sumCents([total, multiplyCents(amount, -1)]), amount, included }];
  }
  return [{ id: `vat/${market.country}`, name, label, rate, base: total, amount: multiplyCents(total, rate / 100), included }];
}

function priceRuleLine(rule: PriceRule, selections: Selections, before: readonly PriceLine[], terms: PricingTerms): PriceLine | undefined {
  const price = (money: Parameters<typeof listedAmount>[0]) => listedAmount(money, terms);
  const common = { id: `rule/${rule.id}`, label: rule.label, source: { kind: 'price-rule', ruleId: rule.id } as const };
  switch (rule.kind) {
    case 'surcharge': {
      if (rule.if && !conditionHolds(rule.if, selections)) return undefined;
      if (rule.per === undefined) return { ...common, amount: price(rule.amount) };
      const units = selectionOf(selections, rule.per);
      if (typeof units !== 'number' || units === 0) return undefined;
      return { ...common, perUnit: { units, unit: rule.per, unitPrice: price(rule.amount) }, amount: multiplyCents(price(rule.amount), units) };
    }
    case 'tiers': {
      const units = selectionOf(selections, rule.option);
      if (typeof units !== 'number' || units <= 0) return undefined;
      const tier = [...rule.tiers].sort((a, b) => b.from - a.from).find((t) => units >= t.from);
      if (!tier) return undefined;
      return { ...common, perUnit: { units, unit: rule.option, unitPrice: price(tier.unitPrice) }, amount: multiplyCents(price(tier.unitPrice), units) };
    }
    case 'percent': {
      if (rule.if && !conditionHolds(rule.if, selections)) return undefined;
      const base = sumCents(before.map((line) => line.amount));
      const amount = multiplyCents(base, rule.percent / 100);
      return amount === 0 ? undefined : { ...common, percentOf: { percent: rule.percent, base }, amount };
    }
  }
}
