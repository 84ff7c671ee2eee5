import { multiplyCents, sumCents, type Cents } from './money.ts';
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

/** Why a discount cannot be written down as asked (not whether it is allowed: see `checkDiscounts`), or undefined. */
export function invalidDiscountReason(discount: Discount, lines: readonly PriceLine[]): string | undefined {
  const { percent, target } = discount;
  if (!Number.isFinite(percent) || percent <= 0 || percent > 100) return 'a discount is a percentage above 0 and at most 100';
  if (Math.round(percent * 100) !== Number((percent * 100).toFixed(6))) return 'a discount has at most two decimals (e.g. 12.5)';
  if (target === WHOLE_ORDER) return undefined;
  const line = lines.find((l) => l.id === target);
  if (!line) return `there is no price line "${target}" to discount`;
  if (line.source.kind === 'discount') return 'a discount cannot be discounted again';
  if (line.amount <= 0) return `"${line.label}" is not a charge, so it cannot be discounted`;
  return undefined;
}

/**
 * The price with discounts added as lines after every other line (so after quantity tiers and the
 * price list's own percentage): first line discounts in the order of the lines they reduce, then
 * the discount on the whole order, a percentage of everything before it. Each line is rounded once
 * (halves away from zero); `total` stays the sum of the lines, and the taxes are worked out again on
 * the discounted total (VAT is owed on what is paid, not on the list price).
 * Discounts that cannot be applied (see `invalidDiscountReason`) add no line.
 */
export function applyDiscounts(price: PriceBreakdown, discounts: readonly Discount[]): PriceBreakdown {
  if (discounts.length === 0) return price;
  const lines: PriceLine[] = [...price.lines];
  for (const line of price.lines) {
    const discount = discounts.find((d) => d.target === line.id);
    if (!discount || invalidDiscountReason(discount, price.lines)) continue;
    lines.push(discountLine(discount, `Discount on ${line.label}`, line.amount));
  }
  const whole = discounts.find((d) => d.target === WHOLE_ORDER);
  if (whole && !invalidDiscountReason(whole, price.lines)) {
    lines.push(discountLine(whole, 'Discount on the order', sumCents(lines.map((line) => line.amount))));
  }
  const total = sumCents(lines.map((line) => line.amount));
  const taxes = taxLines(total, price.terms);
  const payable = sumCents([total, ...taxes.filter((tax) => !tax.included).map((tax) => tax.amount)]);
  return { ...price, lines, total, taxes, payable };
}

function discountLine(discount: Discount, label: string, base: Cents): PriceLine {
  return {
    id: `discount/${discount.target}`,
    label: `${label} (${discount.percent}%)`,
    percentOf: { percent: -discount.percent, base },
    amount: multiplyCents(base, -discount.percent / 100),
    source: { kind: 'discount', target: discount.target },
  };
}

/** The discounts a price's lines carry (e.g. to rebuild a spec's price from the catalog). */
export function discountsOf(lines: readonly PriceLine[]): Discount[] {
  return lines.flatMap((line) => (line.source.kind === 'discount' && line.percentOf ? [{ target: line.source.target, percent: -line.percentOf.percent }] : []));
}
