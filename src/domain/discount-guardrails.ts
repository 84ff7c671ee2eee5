import type { Catalog, SalesGuardrails } from './catalog-schema.ts';
import { applyDiscounts, discountProblem, type Discount } from './apply-discounts.ts';
import { billOfMaterials } from './bill-of-materials.ts';
import { formatDiscountProblem, type DiscountProblem } from './discount-problems.ts';
import { multiplyCents, sumCents, type Cents } from './money.ts';
import { priceBreakdown, type PriceBreakdown } from './price-breakdown.ts';
import { amountInCurrency, pricingTerms, type PricingChoice, type PricingTerms } from './pricing-terms.ts';
import { resolveSelections } from './resolve-selections.ts';
import type { Selections } from './selections.ts';

/** Who approved a discount: the signed-in staff member alone, or with a manager's code. */
export type DiscountApproval = 'staff' | 'manager';

/** What a set of discounts needs: nothing (none given), staff alone ("free"), or a manager. */
export type DiscountLevel = 'none' | 'free' | 'manager';

export type DiscountCheck =
  | {
      readonly ok: true;
      readonly level: DiscountLevel;
      /** All discounts together, as a percentage of the price before them. */
      readonly percentOff: number;
      /** The discounted price. */
      readonly price: PriceBreakdown;
      /** What the order costs the shop, and what it brings in net of tax after the discounts. */
      readonly cost: Cents;
      readonly net: Cents;
    }
  | {
      readonly ok: false;
      /** Why, as a code with parameters (the UI words it in its language). */
      readonly problem: DiscountProblem;
      /** Why, in English (the domain, `verifySpec`, the server). */
      readonly reason: string;
      readonly needsManager: boolean;
    };

function refused(problem: DiscountProblem, needsManager = false): DiscountCheck {
  return { ok: false, problem, reason: formatDiscountProblem(problem), needsManager };
}

/**
 * What the order costs the shop, net of tax, in the price list's currency: the catalog's `baseCost`
 * plus each component's `cost` × its quantity, for every unit ordered. Missing costs count as 0.
 */
export function orderCost(catalog: Catalog, selections: Selections, terms: PricingTerms): Cents {
  const currency = terms.list.currency;
  const perUnit = [catalog.baseCost === undefined ? (0 as Cents) : amountInCurrency(catalog.baseCost, currency)];
  for (const { component, quantity } of billOfMaterials(catalog, selections)) {
    if (component.cost !== undefined) perUnit.push(multiplyCents(amountInCurrency(component.cost, currency), quantity));
  }
  return multiplyCents(sumCents(perUnit), terms.quantity);
}

/** What the customer pays net of tax: the total without the tax included in it. */
export function netOf(price: PriceBreakdown): Cents {
  return sumCents([price.total, ...price.taxes.filter((tax) => tax.included).map((tax) => multiplyCents(tax.amount, -1))]);
}

/**
 * Whether sales staff may give these discounts on this price. The guardrails look at the order as
 * a whole: the discounts together, as a percentage of the price before them, may reach the
 * catalog's `freeDiscountPercent` with staff approval and its `managerDiscountPercent` with a
 * manager's; and the order must still bring in (net of tax) at least what it costs. A discount on
 * one line counts by what it takes off the order, so a generous discount on a small extra is cheap.
 */
export function checkDiscounts(
  price: PriceBreakdown,
  discounts: readonly Discount[],
  guardrails: SalesGuardrails,
  cost: Cents,
  approval: DiscountApproval,
): DiscountCheck {
  const targets = new Set<string>();
  for (const discount of discounts) {
    if (targets.has(discount.target)) return refused({ code: 'twoOnTarget', params: { target: discount.target } });
    targets.add(discount.target);
    const problem = discountProblem(discount, price.lines);
    if (problem) return refused(problem);
  }
  const discounted = applyDiscounts(price, discounts);
  const off = price.total - discounted.total;
  const percentOff = price.total > 0 ? Math.round((off / price.total) * 10_000) / 100 : 0;
  // Compared in cents × 100 so a limit of 10 % allows exactly 10.00 % and not a cent more.
  const within = (limit: number) => off * 100 <= limit * price.total + 1e-6;
  const net = netOf(discounted);
  const level: DiscountLevel = off <= 0 ? 'none' : within(guardrails.freeDiscountPercent) ? 'free' : 'manager';
  if (level === 'manager' && !within(guardrails.managerDiscountPercent)) {
    return refused({ code: 'aboveLimit', params: { percent: percentOff, limit: guardrails.managerDiscountPercent } });
  }
  if (level === 'manager' && approval !== 'manager') {
    return refused({ code: 'needsManager', params: { percent: percentOff, limit: guardrails.freeDiscountPercent } }, true);
  }
  if (off > 0 && net < cost) {
    return refused({ code: 'belowCost' });
  }
  return { ok: true, level, percentOff, price: discounted, cost, net };
}

/** `checkDiscounts` for a catalog, the customer's choices and pricing choice. */
export function checkDiscountsFor(
  catalog: Catalog,
  choices: Selections,
  pricing: PricingChoice,
  discounts: readonly Discount[],
  approval: DiscountApproval,
): DiscountCheck {
  const selections = resolveSelections(catalog, choices);
  const terms = pricingTerms(catalog, pricing);
  return checkDiscounts(priceBreakdown(catalog, selections, terms), discounts, catalog.sales, orderCost(catalog, selections, terms), approval);
}
