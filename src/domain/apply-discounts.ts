import { multiplyCents, sumCents, type Cents } from './money.ts';
import { domainLabels } from './domain-labels.ts';
import { formatDiscountProblem, type DiscountProblem } from './discount-problems.ts';
import { taxLines, type PriceBreakdown, type PriceLine } from './price-breakdown.ts';

/** The whole order, as a discount target. */
export const WHOLE_ORDER = 'total';

/** A discount sales staff give: `percent` off one price line (by its id) or off the whole order. */
export interface Discount {
  /** A price line's id, or "total". */
  readonly target: string;
  /** Percent off, above 0 and at most 100, in hundredths at most (12.5 is fine, 12.345 is not). */
  readonly percent: number;
}

/** Why a discount cannot be written down as asked, in English (not whether it is allowed: see `checkDiscounts`), or undefined. */
export function invalidDiscountReason(discount: Discount, lines: readonly PriceLine[]): string | undefined {
  const problem = discountProblem(discount, lines);
  return problem && formatDiscountProblem(problem);
}

/** Why a discount cannot be written down as asked, as a code with parameters (see discount-problems.ts), or undefined. */
export function discountProblem(discount: Discount, lines: readonly PriceLine[]): DiscountProblem | undefined {
  const { percent, target } = discount;
  if (!Number.isFinite(percent) || percent <= 0 || percent > 100) return { code: 'notPercent' };
  if (Math.round(percent * 100) !== Number((percent * 100).toFixed(6))) return { code: 'tooPrecise' };
  if (target === WHOLE_ORDER) return undefined;
  const line = lines.find((l) => l.id === target);
  if (!line) return { code: 'noSuchLine', params: { target } };
  if (line.source.kind === 'discount') return { code: 'discountOfDiscount' };
  if (line.amount <= 0) return { code: 'notCharge', params: { label: line.label } };
  return undefined;
}

/**
 * The price with discounts added as lines after every other line (so after quantity tiers and the
 * price list's own percentage): first line discounts in the order of the lines they reduce, then
 * the discount on the whole order, a percentage of everything before it. Each line is rounded once
 * (halves away from zero); `total` stays the sum of the lines, and the taxes are worked out again on
 * the discounted total (VAT is owed on what is paid, not on the list price).
 * A line discount's base is the line as listed, before the order's own reductions (volume tier,
 * price list, percent rules), so discounts near 100 % stacked on those could take the total below
 * zero: this is arithmetic only, and `checkDiscounts` (never below cost) refuses such discounts.
 * Discounts that cannot be applied (see `invalidDiscountReason`) add no line. Their labels follow
 * the price's language (the catalog's, like its other lines: see domain-labels.ts).
 */
export function applyDiscounts(price: PriceBreakdown, discounts: readonly Discount[]): PriceBreakdown {
  if (discounts.length === 0) return price;
  const words = domainLabels(price.terms.locale);
  const lines: PriceLine[] = [...price.lines];
  for (const line of price.lines) {
    const discount = discounts.find((d) => d.target === line.id);
    if (!discount || invalidDiscountReason(discount, price.lines)) continue;
    lines.push(discountLine(discount, words.discountOnLine(line.label, discount.percent), line.amount));
  }
  const whole = discounts.find((d) => d.target === WHOLE_ORDER);
  if (whole && !invalidDiscountReason(whole, price.lines)) {
    lines.push(discountLine(whole, words.discountOnOrder(whole.percent), sumCents(lines.map((line) => line.amount))));
  }
  const total = sumCents(lines.map((line) => line.amount));
  const taxes = taxLines(total, price.terms);
  const payable = sumCents([total, ...taxes.filter((tax) => !tax.included).map((tax) => tax.amount)]);
  return { ...price, lines, total, taxes, payable };
}

function discountLine(discount: Discount, label: string, base: Cents): PriceLine {
  return {
    id: `discount/${discount.target}`,
    label,
    percentOf: { percent: -discount.percent, base },
    amount: multiplyCents(base, -discount.percent / 100),
    source: { kind: 'discount', target: discount.target },
  };
}

/** The discounts a price's lines carry (e.g. to rebuild a spec's price from the catalog). */
export function discountsOf(lines: readonly PriceLine[]): Discount[] {
  return lines.flatMap((line) => (line.source.kind === 'discount' && line.percentOf ? [{ target: line.source.target, percent: -line.percentOf.percent }] : []));
}
